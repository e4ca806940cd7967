package event

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/document"
)

var weekdays = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}

// precision is how much of a date the text gives.
type precision int

const (
	day precision = iota
	month
	year
)

// format writes a date to its precision, in ISO 8601's reduced forms:
// "2025-06-16", "2025-05", "2024".
func (p precision) format(t time.Time) string {
	switch p {
	case month:
		return t.Format("2006-01")
	case year:
		return t.Format("2006")
	}
	return t.Format("2006-01-02")
}

// sentenceDate normalises the first time expression of a sentence
// against the article's date: a calendar date, a month and day with no
// year (in the year likelyDate gives), a weekday
// (the last one on or before the article's date), "the (very) next day"
// after the last date, "yesterday", "today", "this week" (the article's
// date); failing those, a month ("last month", "in March", "earlier this
// month") or a year ("last year", "earlier this year") to that
// precision.
func sentenceDate(d *document.Document, s *document.Sentence, last time.Time) (time.Time, string, precision) {
	text := d.Text[s.Start:s.End]
	// A calendar date has a year in digits; most sentences have none,
	// and the date expressions are slow to try.
	digits := strings.IndexFunc(text, unicode.IsDigit) >= 0
	if digits {
		if t, ok := article.FindDate(text); ok {
			return t, "date", day
		}
	}
	if d.Published.IsZero() {
		return time.Time{}, "", day
	}
	pub := d.Published
	if digits {
		if m := monthDay.FindStringSubmatch(text); m != nil {
			if t, ok := likelyDate(pub, m[1], m[2], day, futureWords(s)); ok {
				return t, strings.TrimRight(m[0], " .,;:)"), day
			}
		}
	}
	low := strings.ToLower(text)
	if t, said, ok := dayDate(s, low, pub, last); ok {
		return t, said, day
	}
	return coarseDate(s, low, pub)
}

// futureWords: the sentence speaks of what is to come ("will host
// talks on June 25", "is scheduled to meet in March").
func futureWords(s *document.Sentence) bool {
	for _, w := range s.Words {
		switch strings.ToLower(w.Form) {
		case "will", "'ll", "’ll", "shall", "next", "scheduled", "due", "upcoming", "planned", "expected":
			return true
		}
	}
	return false
}

// dayDate reads the relative day expressions of a sentence.
func dayDate(s *document.Sentence, low string, pub, last time.Time) (time.Time, string, bool) {
	switch {
	case strings.Contains(low, "next day") && !last.IsZero():
		return last.AddDate(0, 0, 1), "next day", true
	case strings.Contains(low, "yesterday"):
		return pub.AddDate(0, 0, -1), "yesterday", true
	case strings.Contains(low, "today"):
		return pub, "today", true
	}
	for _, w := range s.Words {
		wd, ok := weekdays[strings.ToLower(w.Form)]
		if !ok {
			continue
		}
		back := (int(pub.Weekday()) - int(wd) + 7) % 7
		return pub.AddDate(0, 0, -back), w.Form, true
	}
	if strings.Contains(low, "this week") {
		return pub, "this week", true
	}
	return time.Time{}, "", false
}

// coarseDate reads a month or a year a sentence names relative to the
// article's date, or a month it names alone ("in March").
func coarseDate(s *document.Sentence, low string, pub time.Time) (time.Time, string, precision) {
	for _, c := range relativePeriods {
		// Not "in the last year of his presidency": a span, not a date.
		if k := strings.Index(low, c.words); k >= 0 && !strings.HasSuffix(low[:k], "the ") && wordAt(low, k, len(c.words)) {
			return c.shift(pub), c.words, c.p
		}
	}
	for k, w := range s.Words {
		if k == 0 || !strings.EqualFold(s.Words[k-1].Form, "in") || !monthWord(w.Form) || w.Form[0] < 'A' || w.Form[0] > 'Z' {
			continue
		}
		if k+1 < len(s.Words) && strings.IndexFunc(s.Words[k+1].Form, unicode.IsDigit) == 0 {
			// "in April 2023": that month of that year.
			y, err := strconv.Atoi(s.Words[k+1].Form)
			m, ok := monthNumber(w.Form)
			if err != nil || !ok || y < 1000 || y > 9999 {
				continue
			}
			return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC), "in " + w.Form + " " + s.Words[k+1].Form, month
		}
		if t, ok := likelyDate(pub, w.Form, "1", month, futureWords(s)); ok {
			return t, "in " + w.Form, month
		}
	}
	return time.Time{}, "", day
}

// relativePeriods are the months and years named relative to the
// article's date, each with how to find it from that date.
var relativePeriods = []struct {
	words string
	shift func(time.Time) time.Time
	p     precision
}{
	{"last month", func(t time.Time) time.Time { return firstOfMonth(t).AddDate(0, -1, 0) }, month},
	{"earlier this month", firstOfMonth, month},
	{"this month", firstOfMonth, month},
	{"last year", func(t time.Time) time.Time { return t.AddDate(-1, 0, 0) }, year},
	{"earlier this year", func(t time.Time) time.Time { return t }, year},
}

func firstOfMonth(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, t.Location())
}

// monthDay matches a month and a day with no year after them: "on March
// 3", "Sept. 11" (FindDate has taken those with one).
var monthDay = regexp.MustCompile(`\b(Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August|Sep|Sept|September|Oct|October|Nov|November|Dec|December)\.? (\d{1,2})\b(?:[^,0-9]|$)`)

// wordAt: the n bytes at k in s are whole words.
func wordAt(s string, k, n int) bool {
	before, after := ' ', ' '
	if k > 0 {
		before = rune(s[k-1])
	}
	if k+n < len(s) {
		after = rune(s[k+n])
	}
	return !unicode.IsLetter(before) && !unicode.IsLetter(after)
}

// likelyDate is the month and day in the year the text most likely
// means: news tells mostly of what has happened, so the last such day
// (or month, at month precision) up to a few weeks after the article's
// date; in a sentence about what is to come, the first one from a week
// before it.
func likelyDate(pub time.Time, monthName, dayText string, p precision, future bool) (time.Time, bool) {
	m, ok := monthNumber(monthName)
	if !ok {
		return time.Time{}, false
	}
	dayNum, err := strconv.Atoi(dayText)
	if err != nil || dayNum < 1 || dayNum > 31 {
		return time.Time{}, false
	}
	ref := time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
	if p == month {
		ref = time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	var past, ahead time.Time
	for _, y := range []int{pub.Year() - 1, pub.Year(), pub.Year() + 1} {
		t := time.Date(y, m, dayNum, 0, 0, 0, 0, time.UTC)
		if t.Day() != dayNum {
			return time.Time{}, false // "February 30"
		}
		if !t.After(ref.AddDate(0, 0, 21)) {
			past = t
		}
		if ahead.IsZero() && !t.Before(ref.AddDate(0, 0, -7)) {
			ahead = t
		}
	}
	if future && !ahead.IsZero() || past.IsZero() {
		return ahead, !ahead.IsZero()
	}
	return past, true
}

// monthNumber reads a month's name or its abbreviation.
func monthNumber(name string) (time.Month, bool) {
	name = strings.ToLower(strings.TrimSuffix(name, "."))
	if name == "sept" {
		name = "sep"
	}
	for m := time.January; m <= time.December; m++ {
		full := strings.ToLower(m.String())
		if name == full || len(name) == 3 && strings.HasPrefix(full, name) {
			return m, true
		}
	}
	return 0, false
}

// monthWord: the lemma is a month's full name ("called him on March 3").
func monthWord(lemma string) bool {
	m, ok := monthNumber(lemma)
	return ok && strings.EqualFold(lemma, m.String())
}
