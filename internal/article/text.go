package article

import (
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/document"
)

// FromText builds a document from plain text. It recognises the layout of
// wire copy saved as text: a headline line, a standfirst line, a "-"
// separator, a photo caption, then body paragraphs with short
// sub-headings between them. Text without that layout is a headline (when
// the first line is short and unpunctuated) followed by paragraphs: blocks
// separated by blank lines, or single lines when there are no blank lines.
func FromText(text string) *document.Document {
	d := &document.Document{Text: text}
	lines := splitLines(text)
	var nonEmpty []line
	for _, l := range lines {
		if strings.TrimSpace(text[l.start:l.end]) != "" {
			nonEmpty = append(nonEmpty, l)
		}
	}
	if len(nonEmpty) == 0 {
		return d
	}
	body := nonEmpty
	if len(nonEmpty) >= 4 && isSeparator(text[nonEmpty[2].start:nonEmpty[2].end]) {
		d.Parts = append(d.Parts,
			part(document.Headline, text, nonEmpty[0]),
			part(document.Standfirst, text, nonEmpty[1]))
		body = nonEmpty[3:]
		if looksLikeCaption(text[body[0].start:body[0].end]) {
			d.Parts = append(d.Parts, part(document.Caption, text, body[0]))
			body = body[1:]
		}
	} else if len(nonEmpty) >= 3 && isSeparator(text[nonEmpty[1].start:nonEmpty[1].end]) {
		// A headline and the separator, without a standfirst.
		d.Parts = append(d.Parts, part(document.Headline, text, nonEmpty[0]))
		body = nonEmpty[2:]
		if looksLikeCaption(text[body[0].start:body[0].end]) {
			d.Parts = append(d.Parts, part(document.Caption, text, body[0]))
			body = body[1:]
		}
	} else if len(nonEmpty) > 1 && looksLikeHeadline(text[nonEmpty[0].start:nonEmpty[0].end]) {
		d.Parts = append(d.Parts, part(document.Headline, text, nonEmpty[0]))
		body = nonEmpty[1:]
	}
	if len(body) > 0 {
		for _, b := range paragraphs(text, body, lines) {
			kind := document.Paragraph
			if looksLikeHeading(text[b.start:b.end], 80) {
				kind = document.Subheading
			}
			d.Parts = append(d.Parts, part(kind, text, b))
		}
	}
	for _, p := range d.Parts {
		if p.Kind == document.Headline {
			d.Title = strings.TrimSpace(text[p.Start:p.End])
			break
		}
	}
	return d
}

type line struct{ start, end int }

func splitLines(text string) []line {
	var out []line
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			end := i
			if end > start && text[end-1] == '\r' {
				end--
			}
			out = append(out, line{start, end})
			start = i + 1
		}
	}
	return out
}

// paragraphs groups body lines into paragraphs. Without blank lines, each
// line is a paragraph. With blank lines, each block between them is a
// paragraph when its lines are hard-wrapped (most of them break mid
// sentence); otherwise its lines are paragraphs and sub-headings of their
// own, as in copy that mixes both styles.
func paragraphs(text string, body, all []line) []line {
	blank := false
	for _, l := range all {
		if l.start >= body[0].start && strings.TrimSpace(text[l.start:l.end]) == "" && l.end < body[len(body)-1].start {
			blank = true
			break
		}
	}
	if !blank {
		return trimLines(text, body)
	}
	var out []line
	block := []line{body[0]}
	flush := func() {
		if hardWrapped(text, block) {
			out = append(out, line{block[0].start, block[len(block)-1].end})
		} else {
			out = append(out, block...)
		}
	}
	for _, l := range body[1:] {
		prev := block[len(block)-1]
		if strings.Count(text[prev.end:l.start], "\n") >= 2 {
			flush()
			block = block[:0:0]
		}
		block = append(block, l)
	}
	flush()
	return trimLines(text, out)
}

// hardWrapped reports whether most lines of a block, but its last, end
// without sentence-final punctuation.
func hardWrapped(text string, block []line) bool {
	if len(block) < 2 {
		return false
	}
	open := 0
	for _, l := range block[:len(block)-1] {
		s := strings.TrimSpace(text[l.start:l.end])
		last, _ := utf8.DecodeLastRuneInString(s)
		if !strings.ContainsRune(".!?:\"”’", last) {
			open++
		}
	}
	return 2*open > len(block)-1
}

func trimLines(text string, ls []line) []line {
	out := ls[:0:0]
	for _, l := range ls {
		for l.start < l.end {
			r, size := utf8.DecodeRuneInString(text[l.start:l.end])
			if !unicode.IsSpace(r) {
				break
			}
			l.start += size
		}
		for l.end > l.start {
			r, size := utf8.DecodeLastRuneInString(text[l.start:l.end])
			if !unicode.IsSpace(r) {
				break
			}
			l.end -= size
		}
		if l.end > l.start {
			out = append(out, l)
		}
	}
	return out
}

func part(kind document.PartKind, text string, l line) document.Part {
	t := trimLines(text, []line{l})
	if len(t) == 0 {
		return document.Part{Kind: kind, Start: l.start, End: l.start}
	}
	return document.Part{Kind: kind, Start: t[0].start, End: t[0].end}
}

func isSeparator(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && strings.Trim(s, "-—–_*=") == ""
}

// looksLikeHeading: short, no sentence-final punctuation, starts with a
// capital or a digit.
func looksLikeHeading(s string, maxLen int) bool {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > maxLen {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".!?;,\"”’'", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(first) || unicode.IsDigit(first)
}

// looksLikeHeadline: a first line that looks like a heading, also when it
// ends with a quotation ("Britain calls the veto 'a disgrace'") or an
// initialism's stop ("Venezuela releases 10 Americans in prisoner swap
// with U.S."), as long as no sentence ends inside it.
func looksLikeHeadline(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), "\"”’'")
	if initialismEnd.MatchString(s) {
		s = strings.TrimSuffix(s, ".")
	}
	return looksLikeHeading(s, 200)
}

// initialismEnd matches a line that ends with an initialism written with
// stops: "U.S.", "U.N.", "E.U.".
var initialismEnd = regexp.MustCompile(`(?:^|\s)(?:[A-Z]\.){2,}$`)

var (
	creditRe  = regexp.MustCompile(`\((AP|AFP|Reuters|Getty Images|EPA|AA|Anadolu|Photo[^)]*|[A-Z][A-Za-z .]*/[A-Za-z .]+)\)\s*$`)
	weekdays  = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
	months    = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`
	fullDate  = regexp.MustCompile(`(?:` + weekdays + `,?\s+)?(` + months + `)\s+(\d{1,2}),?\s+(\d{4})`)
	dayFirst  = regexp.MustCompile(`\b(\d{1,2})\s+(` + months + `)\s+(\d{4})\b`)
	isoDateRe = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
)

func looksLikeCaption(s string) bool {
	return creditRe.MatchString(strings.TrimSpace(s)) || fullDate.MatchString(s) && !strings.HasSuffix(strings.TrimSpace(s), ".")
}

// FindDate looks for a calendar date written in the text ("Friday, June 20,
// 2025", "20 June 2025", "2025-06-20") and returns the first one.
func FindDate(s string) (time.Time, bool) {
	// Every form holds a four-digit year; running the patterns only near
	// years keeps this fast on long texts, where most words are not dates.
	windows := yearWindows(s)
	for _, w := range windows {
		if m := fullDate.FindStringSubmatch(w); m != nil {
			if t, ok := parseDate(m[1], m[2], m[3]); ok {
				return t, true
			}
		}
	}
	for _, w := range windows {
		if m := dayFirst.FindStringSubmatch(w); m != nil {
			if t, ok := parseDate(m[2], m[1], m[3]); ok {
				return t, true
			}
		}
	}
	for _, w := range windows {
		if m := isoDateRe.FindString(w); m != "" {
			if t, err := time.Parse("2006-01-02", m); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// yearWindows returns, for each run of exactly four digits in s, the text
// from a little before it to a little after it: enough to hold any date
// form FindDate knows around that year.
func yearWindows(s string) []string {
	const before, after = 40, 7
	var out []string
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i == 4 {
			out = append(out, s[max(0, i-before):min(len(s), j+after)])
		}
		i = j
	}
	return out
}

var isoDate = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9])(?:[^0-9]|$)`)

// dateInName finds an ISO date (YYYY-MM-DD) in the base name of a file.
func dateInName(file string) (time.Time, bool) {
	if file == "" {
		return time.Time{}, false
	}
	m := isoDate.FindStringSubmatch(filepath.Base(file))
	if m == nil {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", m[1])
	return t, err == nil
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func parseDate(month, day, year string) (time.Time, bool) {
	month = strings.TrimSuffix(month, ".")
	if len(month) > 3 {
		month = month[:3]
	}
	t, err := time.Parse("Jan 2 2006", month+" "+day+" "+year)
	return t, err == nil
}

// InferDate sets the publication date from the text when metadata gave
// none: a caption's date first, then a date where a story's dateline
// gives it ("WASHINGTON, June 20, 2025 (AP) —").
func InferDate(d *document.Document) { inferDate(d, "") }

// inferDate is InferDate for an article read from a file: a date in the
// file's name ("wash-post_2015-12-10_netanyahu-rejects.txt"), as archives
// and corpora name their files, comes after a caption's and before the
// dateline's. A date further in the text is no publication date: "since
// the war began on Oct. 7, 2023" in a story's last paragraph dated
// every "Wednesday" before it to October 2023.
func inferDate(d *document.Document, file string) {
	if !d.Published.IsZero() {
		return
	}
	for _, p := range d.Parts {
		if p.Kind == document.Caption {
			if t, ok := FindDate(d.Text[p.Start:p.End]); ok {
				d.Published, d.DateInferred, d.DateSource = t, true, "caption"
				return
			}
		}
	}
	if t, ok := dateInName(file); ok {
		d.Published, d.DateInferred, d.DateSource = t, true, "file name"
		return
	}
	if t, ok := FindDate(dateline(d)); ok {
		d.Published, d.DateInferred, d.DateSource = t, true, "text"
	}
}

// dateline is the opening of the article's first paragraph, where a
// wire story gives its place and date, or, with no paragraph, of its
// text.
func dateline(d *document.Document) string {
	const reach = 100 // "WASHINGTON, Friday, June 20, 2025 (Reuters) -" and more
	start := 0
	for _, p := range d.Parts {
		if p.Kind == document.Paragraph {
			start = p.Start
			break
		}
	}
	end := min(len(d.Text), start+reach)
	for end < len(d.Text) && !utf8.RuneStart(d.Text[end]) {
		end++
	}
	return d.Text[start:end]
}
