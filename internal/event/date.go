package event

import (
	"strings"
	"time"
	"unicode"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/document"
)

var weekdays = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}

// sentenceDate normalises the first time expression of a sentence
// against the article's date: a calendar date, a weekday (the last one on
// or before the article's date), "the (very) next day" after the last
// date, "yesterday", "today", "this week" (the article's date).
func sentenceDate(d *document.Document, s *document.Sentence, last time.Time) (time.Time, string) {
	text := d.Text[s.Start:s.End]
	// A calendar date has a year in digits; most sentences have none,
	// and the date expressions are slow to try.
	if strings.IndexFunc(text, unicode.IsDigit) >= 0 {
		if t, ok := article.FindDate(text); ok {
			return t, "date"
		}
	}
	if d.Published.IsZero() {
		return time.Time{}, ""
	}
	pub := d.Published
	low := strings.ToLower(text)
	switch {
	case strings.Contains(low, "next day") && !last.IsZero():
		return last.AddDate(0, 0, 1), "next day"
	case strings.Contains(low, "yesterday"):
		return pub.AddDate(0, 0, -1), "yesterday"
	case strings.Contains(low, "today"):
		return pub, "today"
	}
	for _, w := range s.Words {
		wd, ok := weekdays[strings.ToLower(w.Form)]
		if !ok {
			continue
		}
		back := (int(pub.Weekday()) - int(wd) + 7) % 7
		return pub.AddDate(0, 0, -back), w.Form
	}
	if strings.Contains(low, "this week") {
		return pub, "this week"
	}
	return time.Time{}, ""
}

// monthWord: the lemma names a month ("called him on March 3").
func monthWord(lemma string) bool {
	for m := time.January; m <= time.December; m++ {
		if strings.EqualFold(lemma, m.String()) {
			return true
		}
	}
	return false
}
