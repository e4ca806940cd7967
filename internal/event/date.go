package event

import (
	"regexp"
	"slices"
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
func sentenceDate(d *document.Document, s *document.Sentence, last time.Time) dated {
	text := d.Text[s.Start:s.End]
	// A calendar date has a year in digits; most sentences have none,
	// and the date expressions are slow to try.
	digits := strings.IndexFunc(text, unicode.IsDigit) >= 0
	if digits {
		if t, ok := article.FindDate(text); ok {
			return dated{t: t, text: "date", word: -1}
		}
	}
	if d.Published.IsZero() {
		return dated{word: -1}
	}
	pub := d.Published
	if digits {
		if m := monthDay.FindStringSubmatchIndex(text); m != nil {
			if t, ok := likelyDate(pub, text[m[2]:m[3]], text[m[4]:m[5]], day, futureWords(s)); ok {
				return dated{t: t, text: strings.TrimRight(text[m[0]:m[1]], " .,;:)"), word: s.WordStarting(s.Start + m[0]), yearless: true}
			}
		}
	}
	low := strings.ToLower(text)
	if t, said, k, ok := dayDate(s, low, pub, last); ok {
		return dated{t: t, text: said, word: k}
	}
	t, said, p, k := coarseDate(s, low, pub)
	if k < 0 && digits {
		return yearDate(s, pub)
	}
	// A month or year to come dates only its own clause: "before
	// lawmakers leave for an extended recess next month" is no time of
	// the funds allocated to fight Zika.
	return dated{t: t, text: said, p: p, word: k, ownPhrase: strings.HasPrefix(said, "next ")}
}

// clauseDate is a month or year a sentence names besides the day that
// dates it, which dates only its own clause or phrase: "agreed on Sunday
// to extend a fragile ceasefire and to meet again in Istanbul next
// month" meets next month.
func clauseDate(d *document.Document, s *document.Sentence, first dated) dated {
	if first.p != day || first.t.IsZero() || d.Published.IsZero() {
		return dated{word: -1}
	}
	low := strings.ToLower(d.Text[s.Start:s.End])
	t, said, p, k := coarseDate(s, low, d.Published)
	if k < 0 || k == first.word {
		return dated{word: -1}
	}
	return dated{t: t, text: said, p: p, word: k, ownPhrase: true}
}

// dated is a sentence's date: the day, month or year (to precision p),
// the words that say it, and the index of the word that carries it in
// the parse, or -1 when none is known.
type dated struct {
	t    time.Time
	text string
	p    precision
	word int
	// yearless: a month and day the year of which was guessed.
	yearless bool
	// ownPhrase: a year that dates only the clause or noun its phrase
	// is on: "reminds me of President Reagan's trip to Geneva in 1985"
	// dates the trip, not the reminding.
	ownPhrase bool
}

// forEvent is the sentence's date as it holds for the event at i. A
// date in a clause about what is to come ("agreed ... to let military
// commanders meet on Tuesday", "said the two sides would meet again on
// Oct. 25") dates only that clause and those under it, and a weekday
// there is the next one, not the last.
func (w dated) forEvent(t *tree, i int, pub time.Time) (time.Time, bool) {
	if w.t.IsZero() {
		return w.t, false
	}
	if w.word < 0 || w.word+1 < len(t.Sentence.Words) && t.w(w.word+1).XPOS == "POS" {
		// "last year's nuclear deal": a month or year that names a
		// thing dates that thing alone ("the United States lifted
		// sanctions" after "the terms of last year's nuclear agreement"
		// is no older).
		// An event the thing is the setting of is of its time too
		// ("used to kill nine people in last year's shooting").
		if n := max(t.Head(max(w.word, 0)), -1); w.word >= 0 && w.p != day && n >= 0 && !dominates(t, n, i) && t.Head(n) != i {
			return time.Time{}, false
		}
		return w.t, true // "Monday's decision": a day that names a thing, not a clause's time
	}
	if w.ownPhrase && !datesPhrase(t, w.word, i) {
		return time.Time{}, false
	}
	// "imposed export restrictions on Tuesday, days after the European
	// Union raised tariffs": what came days or weeks before or after the
	// dated event is not of its day (what came hours after may be).
	// But "on Thursday, a day after soldiers seized power": a count of
	// days from a day is a day too.
	for k := i; k >= 0 && w.word >= 0; k = t.Head(k) {
		if daysApart(t, k) && !dominates(t, k, w.word) {
			if n, ok := daysBetween(t, k); ok && w.p == day && !w.t.IsZero() {
				return w.t.AddDate(0, 0, n), true
			}
			return time.Time{}, false
		}
	}
	// "Lee, who took office in June, said …": a relative clause's date
	// is its own; so is the date of a clause or phrase "since" or "until"
	// opens ("The United Nations says … since the war erupted in April
	// 2023", "gave Hamas until Sunday to respond": where a span starts
	// or ends).
	if r := relativeClauseOf(t, w.word); r >= 0 && !dominates(t, r, i) {
		return time.Time{}, false
	}
	if r := spanEdgeClause(t.Sentence, w.word); r >= 0 && !dominates(t, r, i) {
		return time.Time{}, false
	}
	c := clauseOf(t, w.word)
	if !prospective(t, c) {
		return w.nextYearIfThreatened(t, c, pub), true
	}
	if !dominates(t, c, clauseOf(t, i)) {
		return time.Time{}, false
	}
	// "ordered two Russian diplomats to leave the country on Monday
	// after prosecutors charged a German man": what came before or after
	// the act to come is not of its day.
	for k := clauseOf(t, i); k != c && k >= 0; k = clauseOf(t, t.Head(k)) {
		if slices.ContainsFunc(t.ChildrenWith(k, "mark"), func(m int) bool { l := t.lemma(m); return l == "after" || l == "before" || l == "since" }) {
			return time.Time{}, false
		}
		if t.Head(k) < 0 {
			break
		}
	}
	if wd, ok := weekdays[strings.ToLower(t.w(w.word).Form)]; ok && !pub.IsZero() {
		return pub.AddDate(0, 0, (int(wd)-int(pub.Weekday())+7)%7), true
	}
	return w.t, true
}

// daysApart: the clause at k is opened by "after" or "before" with days,
// weeks, months or years before it ("days after the European Union
// raised tariffs").
func daysApart(t *tree, k int) bool {
	for _, m := range t.ChildrenWith(k, "mark") {
		if l := t.lemma(m); (l == "after" || l == "before") && m > 0 && spanNouns[t.lemma(m-1)] {
			return true
		}
	}
	return false
}

// daysBetween is how many days the clause at k, which daysApart opens,
// lies from the day it is counted from: -1 for "a day after", 2 for "two
// days before"; false for a count it cannot read ("days after").
func daysBetween(t *tree, k int) (int, bool) {
	for _, m := range t.ChildrenWith(k, "mark") {
		l := t.lemma(m)
		if l != "after" && l != "before" || m < 2 || t.lemma(m-1) != "day" {
			continue
		}
		n, ok := dayCounts[strings.ToLower(t.w(m-2).Form)]
		if !ok {
			return 0, false
		}
		if l == "after" {
			n = -n
		}
		return n, true
	}
	return 0, false
}

// dayCounts are the counts of days a wire story spells out.
var dayCounts = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}

// spanNouns are the time nouns that put days or more between two events.
var spanNouns = set(`day week month year decade`)

// datesPhrase: the time phrase at k is on the event at i: on its verb's
// clause, or on the noun phrase the event heads ("trip to Geneva in
// 1985", with the year on "Geneva").
func datesPhrase(t *tree, k, i int) bool {
	h := t.Head(k)
	if h < 0 {
		return false
	}
	if t.w(h).UPOS == "VERB" {
		// Not a present tense's phrase ("reminds me of Reagan's trip to
		// Geneva in 1985", the year hung on "reminds"): the parse has
		// lost what the year is on.
		x := t.w(h).XPOS
		return x != "VBZ" && x != "VBP" && clauseOf(t, i) == clauseOf(t, k)
	}
	for t.Rel(h) == "nmod" && t.Head(h) >= 0 {
		h = t.Head(h)
	}
	return dominates(t, h, i)
}

// nextYearIfThreatened is the date of a month and day that times what
// is threatened, as the time it is threatened for: "threatened to
// impose tariffs from November 1", in October, is the next November,
// not the last. (The date of the threat itself stays the sentence's:
// "threatened to walk out Thursday night".)
func (w dated) nextYearIfThreatened(t *tree, c int, pub time.Time) time.Time {
	h := t.Head(c)
	if !w.yearless || pub.IsZero() || !w.t.Before(pub.AddDate(0, 0, -7)) || h < 0 || t.lemma(h) != "threaten" ||
		t.Rel(c) != "xcomp" || !infinitive(t, c) {
		return w.t
	}
	return w.t.AddDate(1, 0, 0)
}

// plannedNouns, with proposalsFor, are the nouns whose infinitive tells
// what is to come ("a plan to meet on Tuesday", "a decision to").
var plannedNouns = set(`plans decision agreement deal promise pledge threat call invitation intention readiness`)

// dominates: word a is x or above it.
func dominates(t *tree, a, x int) bool {
	for n := 0; x >= 0 && n <= len(t.Sentence.Words); n++ {
		if x == a {
			return true
		}
		x = t.Head(x)
	}
	return false
}

// clauseOf is the head of the clause word k is in.
func clauseOf(t *tree, k int) int {
	for t.Head(k) >= 0 {
		switch t.Rel(k) {
		case "ccomp", "xcomp", "advcl", "acl", "parataxis", "csubj":
			return k
		case "conj":
			if t.w(k).UPOS == "VERB" {
				return k
			}
		}
		k = t.Head(k)
	}
	return k
}

// relativeClauseOf is the head of the relative clause word k is in, or
// -1.
func relativeClauseOf(t *tree, k int) int {
	for n := 0; k >= 0 && n <= len(t.Sentence.Words); n++ {
		if t.w(k).Rel == "acl:relcl" {
			return k
		}
		k = t.Head(k)
	}
	return -1
}

// prospective: the clause at c tells of what is to come: a modal or
// "will" ("would meet"), an infinitive ("to meet"), or a complement or
// bare conjunct under one ("to let commanders meet").
func prospective(t *tree, c int) bool {
	for ; c >= 0; c = t.Head(c) {
		for _, a := range t.ChildrenWith(c, "aux") {
			switch t.lemma(a) {
			case "will", "shall", "may", "might", "could", "should", "must":
				return true
			case "would":
				// Not "would not say Tuesday how …", a refusal told
				// in the past.
				return !slices.ContainsFunc(t.ChildrenWith(c, "advmod"), func(n int) bool { return t.lemma(n) == "not" })
			}
		}
		// What one plans, agrees, is due or is urged to do ("agreed to
		// let commanders meet on Tuesday", "a plan to meet"); not what
		// one tries ("attempting to enter Texas on Monday") nor a
		// purpose ("opened fire to disperse demonstrators on Monday
		// night"), as timed as their acts.
		if h := t.Head(c); infinitive(t, c) && h >= 0 && (t.Rel(c) == "xcomp" || t.Rel(c) == "acl") {
			l := t.lemma(h)
			return intentHeads[l] && l != "try" && l != "attempt" || scheduledHeads[l] || directiveHeads[l] || plannedNouns[l] || proposalsFor[l]
		}
		// A complement shares its governor's time ("let commanders
		// meet", tagged a present), as does a bare conjunct.
		if t.Rel(c) != "xcomp" && (t.Rel(c) != "conj" || t.w(c).XPOS != "VB") {
			return false
		}
	}
	return false
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

// verbTense is the time of the verb a phrase at k hangs on: 1 to come
// ("will meet in January"), -1 past ("bombed … in June"), 0 when its
// form does not say (an infinitive's time is its governor's: "asked for
// $1.9 billion to fight Zika in February").
func verbTense(s *document.Sentence, k int) int {
	v := s.Words[k].Head - 1
	for steps := 0; v >= 0 && v < len(s.Words) && s.Words[v].UPOS != "VERB" && steps < len(s.Words); steps++ {
		v = s.Words[v].Head - 1 // bounded: a tree read from outside may have a cycle
	}
	if v < 0 || v >= len(s.Words) || s.Words[v].UPOS != "VERB" {
		return 0
	}
	for _, w := range s.Words {
		if w.Head == v+1 && w.Rel == "aux" && comingAuxiliaries[strings.ToLower(w.Form)] {
			return 1 // "must support Clinton in November": what is owed is to come
		}
	}
	if s.Words[v].XPOS == "VBD" {
		return -1
	}
	return 0
}

// comingAuxiliaries make a verb's time one to come.
var comingAuxiliaries = set(`will shall 'll ’ll must should`)

// dayDate reads the relative day expressions of a sentence, and the
// index of the weekday that says it (-1 for others).
func dayDate(s *document.Sentence, low string, pub, last time.Time) (time.Time, string, int, bool) {
	switch {
	case strings.Contains(low, "next day") && !last.IsZero():
		return last.AddDate(0, 0, 1), "next day", -1, true
	case strings.Contains(low, "yesterday"):
		return pub.AddDate(0, 0, -1), "yesterday", -1, true
	case strings.Contains(low, "today"):
		return pub, "today", -1, true
	}
	for k, w := range s.Words {
		wd, ok := weekdays[strings.ToLower(w.Form)]
		if !ok {
			continue
		}
		back := (int(pub.Weekday()) - int(wd) + 7) % 7
		return pub.AddDate(0, 0, -back), w.Form, k, true
	}
	if strings.Contains(low, "this week") {
		return pub, "this week", -1, true
	}
	return time.Time{}, "", -1, false
}

// coarseDate reads a month or a year a sentence names relative to the
// article's date, or a month it names alone ("in March"), with the
// month's word, or -1.
func coarseDate(s *document.Sentence, low string, pub time.Time) (time.Time, string, precision, int) {
	for _, c := range relativePeriods {
		// Not "in the last year of his presidency": a span, not a date.
		if k := strings.Index(low, c.words); k >= 0 && !strings.HasSuffix(low[:k], "the ") && wordAt(low, k, len(c.words)) {
			// "last year's nuclear deal": the date of the thing named, with
			// the word before the possessive to tell which.
			j := s.WordStarting(s.Start + k + len(c.words))
			if j > 0 && s.Words[j].XPOS == "POS" {
				return c.shift(pub), c.words, c.p, j - 1
			}
			// Else the period's noun, so that forEvent keeps the date to
			// its clause when that is relative, to come, or opened by
			// "since" ("urged Thailand to honour the agreement, which the
			// two leaders signed last month"; "said the next round would
			// be held later this month"; "came as Washington pressed
			// Caracas, since the president returned to office last
			// month": where a span starts, not when the sentence's
			// events are).
			last := s.WordStarting(s.Start + k + strings.LastIndexByte(c.words, ' ') + 1)
			return c.shift(pub), c.words, c.p, last
		}
	}
	for k, w := range s.Words {
		in := k > 0 && strings.EqualFold(s.Words[k-1].Form, "in")
		possessive := k+1 < len(s.Words) && s.Words[k+1].XPOS == "POS" // "June's strikes"
		if !in && !possessive || !monthWord(w.Form) || w.Form[0] < 'A' || w.Form[0] > 'Z' {
			continue
		}
		if possessive {
			if t, ok := likelyDate(pub, w.Form, "1", month, false); ok {
				return t, w.Form + s.Words[k+1].Form, month, k
			}
			continue
		}
		if k+1 < len(s.Words) && strings.IndexFunc(s.Words[k+1].Form, unicode.IsDigit) == 0 {
			// "in April 2023": that month of that year.
			y, err := strconv.Atoi(s.Words[k+1].Form)
			m, ok := monthNumber(w.Form)
			if err != nil || !ok || y < 1000 || y > 9999 {
				continue
			}
			return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC), "in " + w.Form + " " + s.Words[k+1].Form, month, k
		}
		future := futureWords(s)
		if tense := verbTense(s, k); tense != 0 {
			future = tense > 0 // "Israel, which bombed … in June, has warned it will strike again"
		}
		if t, ok := likelyDate(pub, w.Form, "1", month, future); ok {
			return t, "in " + w.Form, month, k
		}
	}
	return time.Time{}, "", day, -1
}

// yearDate reads a year a sentence names in an "in" phrase ("pulled out
// of the accord in 2018"), which dates only what the phrase is on (see
// forEvent).
func yearDate(s *document.Sentence, pub time.Time) dated {
	for k, w := range s.Words {
		if k == 0 || !strings.EqualFold(s.Words[k-1].Form, "in") || w.UPOS != "NUM" || len(w.Form) != 4 {
			continue
		}
		if y, err := strconv.Atoi(w.Form); err == nil && y >= 1900 && y <= pub.Year()+10 {
			return dated{t: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), text: "in " + w.Form, p: year, word: k, ownPhrase: true}
		}
	}
	return dated{word: -1}
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
	{"next month", func(t time.Time) time.Time { return firstOfMonth(t).AddDate(0, 1, 0) }, month},
	{"next year", func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }, year},
}

// spanEdgeClause is the head of the clause or phrase that "since" or
// "until" opens around the word at k ("since the war erupted in April
// 2023", "since last month", "until Sunday"), or -1.
func spanEdgeClause(s *document.Sentence, k int) int {
	for n, depth := k, 0; n >= 0 && n < len(s.Words) && depth < 8; n, depth = s.Words[n].Head-1, depth+1 {
		for j := max(0, n-12); j < n; j++ {
			if w := s.Words[j]; w.Head == n+1 && (w.Rel == "mark" || w.Rel == "case") && (strings.EqualFold(w.Form, "since") || strings.EqualFold(w.Form, "until")) {
				return n
			}
		}
	}
	return -1
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
