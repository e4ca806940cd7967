package attrib

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/document"
)

// signedQuotations attributes words signed with a dash and the speaker's
// name: a quotation that fills its paragraph, as pull quotes and readers'
// comments are printed ("“He represents our greatest shame.” ― Sonya
// Herridge", or the name in a paragraph of its own: "- Bernie Sanders."),
// and an embedded post ("No one should be above the law.
// pic.twitter.com/… — Paul Ryan (@SpeakerRyan) July 5, 2016"). The dash
// is the cue and the name the source, as PolNeAR marks them. A cue the
// model found on the dash, or inside the signed words, gives way: its
// parse reads the signature as a clause ("pic.twitter.com/… — Paul Ryan"
// made the link the speaker). Words another cue outside them reports are
// not signed ("insisted that his party was “still the No. 1 force in
// Spain.”--Kim Hjelmgaard.", a brief's byline).
func signedQuotations(d *document.Document, have []document.Attribution) []document.Attribution {
	if len(d.Sentences) == 0 {
		return have
	}
	var out []document.Attribution
	lines := textLines(d)
	for li, line := range lines {
		for _, end := range signatureEnds(d.Text, line) {
			a, ok := signed(d.Text, lines, li, end)
			if a.Sentence = d.SentenceAt(a.Cue.Start); !ok || a.Sentence < 0 {
				continue
			}
			if slices.ContainsFunc(have, func(b document.Attribution) bool {
				return overlaps(b.Content, a.Content) && !overlaps(b.Cue, a.Cue) && !within(b.Cue, a.Content)
			}) {
				continue
			}
			have = slices.DeleteFunc(have, func(b document.Attribution) bool {
				return overlaps(b.Cue, a.Cue) || within(b.Cue, a.Content)
			})
			a.ID = fmt.Sprintf("s%d", len(out)+1)
			out = append(out, a)
		}
	}
	return append(have, out...)
}

// textLines are the lines of the article's parts but its headlines: a
// paragraph can hold several signed quotations, a line each.
func textLines(d *document.Document) []document.Span {
	var out []document.Span
	for _, p := range d.Parts {
		if p.Kind == document.Headline {
			continue
		}
		for k := p.Start; k < p.End; {
			end := strings.IndexByte(d.Text[k:p.End], '\n')
			if end < 0 {
				end = p.End - k
			}
			out = append(out, document.Span{Start: k, End: k + end})
			k += end + 1
		}
	}
	return out
}

// signatureEnds are where a signature can end in line p: the line's end,
// and the end of each embedded post in it ("…</tweet>").
func signatureEnds(text string, p document.Span) []int {
	ends := []int{p.End}
	for k := p.Start; ; {
		i := strings.Index(text[k:p.End], "</tweet>")
		if i < 0 {
			return ends
		}
		ends = append(ends, k+i)
		k += i + len("</tweet>")
	}
}

// signatureRE is what follows a signing dash: a name of capitalised
// words (with particles: "Oscar P. Quintero", "Luis de la Cruz"), then a
// post's handle and date, or a short description after a comma
// ("Michelle Marks, Philadelphia.").
var signatureRE = regexp.MustCompile(`^[\s\x{a0}]*(\p{Lu}[\p{L}'’.-]*(?:[ \x{a0}]+(?:\p{Lu}[\p{L}'’.-]*|de|del|della|da|di|du|la|le|van|von|der|den|al|bin|ibn))*)` +
	`(?:\s+\(@\w+\))?(?:\s+\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4})?(?:,\s+[^,\n]{1,60})?[.\s\x{a0}]*$`)

// signed reads the signature that ends at end in lines[li], and the
// words it signs.
func signed(text string, lines []document.Span, li, end int) (document.Attribution, bool) {
	p := lines[li]
	start := p.Start
	if i := strings.LastIndex(text[p.Start:end], "<tweet"); i >= 0 {
		if j := strings.Index(text[p.Start+i:end], ">"); j >= 0 {
			start = p.Start + i + j + 1
		}
	}
	dash, dashEnd := lastDash(text, start, end)
	if dash < 0 {
		return document.Attribution{}, false
	}
	m := signatureRE.FindStringSubmatchIndex(text[dashEnd:end])
	if m == nil {
		return document.Attribution{}, false
	}
	name := document.Span{Start: dashEnd + m[2], End: dashEnd + m[3]}
	words := strings.Fields(text[name.Start:name.End])
	if len(words) > 5 {
		return document.Attribution{}, false
	}
	if last := words[len(words)-1]; strings.HasSuffix(last, ".") && utf8.RuneCountInString(last) > 2 {
		name.End-- // the full stop after the name ("Carla Sanchez."), not an initial's
	}
	post := strings.Contains(text[name.End:end], "(@") || start > p.Start
	var content document.Span
	switch {
	case strings.TrimSpace(text[start:dash]) == "" && li > 0 && start == p.Start:
		// "- Bernie Sanders." signs the line before.
		content = wholeQuotation(text, lines[li-1].Start, lines[li-1].End)
	case post:
		content = postText(text, start, dash)
	default:
		content = wholeQuotation(text, start, dash)
	}
	if content.Empty() || strings.HasPrefix(text[dash:dashEnd], "-") && dash != firstNonSpace(text, p.Start, end) {
		return document.Attribution{}, false
	}
	return document.Attribution{Kind: document.Direct, Cue: document.Span{Start: dash, End: dashEnd},
		Source: name, Content: content, SourceKind: "named"}, true
}

// lastDash finds the last signing dash in text[lo:hi], or a hyphen that
// opens it.
func lastDash(text string, lo, hi int) (start, end int) {
	best := -1
	for _, dash := range document.SigningDashes {
		if i := strings.LastIndex(text[lo:hi], dash); i >= 0 && lo+i > best {
			best, end = lo+i, lo+i+len(dash)
		}
	}
	if best < 0 {
		if k := firstNonSpace(text, lo, hi); k < hi && text[k] == '-' {
			return k, k + 1
		}
	}
	return best, end
}

func firstNonSpace(text string, lo, hi int) int {
	return lo + len(text[lo:hi]) - len(strings.TrimLeftFunc(text[lo:hi], unicode.IsSpace))
}

// wholeQuotation is the quotation that fills text[lo:hi] but for spaces,
// or an empty span. An opening mark that is a closing one ("”Mr. Trump
// embodies …”") still opens it.
func wholeQuotation(text string, lo, hi int) document.Span {
	lo = firstNonSpace(text, lo, hi)
	hi = lo + len(strings.TrimRightFunc(text[lo:hi], unicode.IsSpace))
	first, nf := utf8.DecodeRuneInString(text[lo:hi])
	last, nl := utf8.DecodeLastRuneInString(text[lo:hi])
	if lo+nf >= hi-nl { // no words between the marks ("”―AA": one mark)
		return document.Span{}
	}
	if !strings.ContainsRune(`“”"`, first) || !strings.ContainsRune(`”"`, last) || strings.ContainsAny(text[lo+nf:hi-nl], "\n") {
		return document.Span{}
	}
	return document.Span{Start: lo, End: hi}
}

// postText is the text of an embedded post before its signing dash,
// without the links a post ends with ("pic.twitter.com/…",
// "https://t.co/…", at times glued to the last word).
func postText(text string, lo, hi int) document.Span {
	lo = firstNonSpace(text, lo, hi)
	for {
		hi = lo + len(strings.TrimRightFunc(text[lo:hi], unicode.IsSpace))
		k := strings.LastIndexFunc(text[lo:hi], unicode.IsSpace) + 1
		last := text[lo+k : hi]
		i := strings.Index(last, "http")
		if j := strings.Index(last, "pic.twitter.com"); j >= 0 && (i < 0 || j < i) {
			i = j
		}
		if i < 0 || lo+k+i == lo {
			break
		}
		hi = lo + k + i
	}
	if hi <= lo {
		return document.Span{}
	}
	return document.Span{Start: lo, End: hi}
}
