package attrib

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"bufio"

	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/nlp/perceptron"
)

// Extractor finds attributions. It is safe for concurrent use.
type Extractor struct {
	cues *perceptron.Model
}

//go:embed cue.model.gz
var embedded []byte

var (
	defaultOnce sync.Once
	defaultX    *Extractor
	defaultErr  error
)

// Default returns the extractor with the embedded cue model.
func Default() (*Extractor, error) {
	defaultOnce.Do(func() { defaultX, defaultErr = Read(bytes.NewReader(embedded)) })
	return defaultX, defaultErr
}

const fileMagic = "PARLEYCUE1"

// Write saves the extractor's model, gzip-compressed.
func (x *Extractor) Write(w io.Writer) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	if _, err := io.WriteString(zw, fileMagic); err != nil {
		return err
	}
	if _, err := x.cues.WriteTo(zw); err != nil {
		return err
	}
	return zw.Close()
}

// Read loads a model saved by Write.
func Read(r io.Reader) (*Extractor, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("cue model: %w", err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(fileMagic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != fileMagic {
		return nil, errors.New("cue model: bad header")
	}
	m, err := perceptron.ReadModel(br)
	if err != nil {
		return nil, fmt.Errorf("cue model: %w", err)
	}
	if m.Classes() != 2 {
		return nil, errors.New("cue model: want two classes")
	}
	return &Extractor{cues: m}, nil
}

// Extract returns the attributions of an analysed document.
func (x *Extractor) Extract(d *document.Document) []document.Attribution {
	var out []document.Attribution
	scores := make([]float32, 2)
	feats := make([]uint64, 0, 64)
	taken := map[int]bool{} // word starts already in an attribution's content
	for si := range d.Sentences {
		s := &d.Sentences[si]
		v := newView(d.Text, s)
		for i := range s.Words {
			feats = cueFeatures(feats[:0], v, i)
			x.cues.Scores(feats, scores)
			if scores[1] <= scores[0] || taken[s.Words[i].Start] {
				continue
			}
			a, ok := build(d, si, v, i)
			if !ok {
				continue
			}
			a.ID = fmt.Sprintf("a%d", len(out)+1)
			a.Sentence = si
			out = append(out, a)
			// Nested attributions are not annotated: a cue inside another
			// attribution's content belongs to that content.
			for _, w := range s.Words {
				if w.Start >= a.Content.Start && w.End <= a.Content.End {
					taken[w.Start] = true
				}
			}
		}
	}
	return out
}

// build makes the attribution of the cue whose head is word i.
func build(d *document.Document, si int, v *view, i int) (document.Attribution, bool) {
	w := v.word(i)
	a := document.Attribution{Kind: document.Indirect}
	cue := []int{i}
	for _, c := range v.children[i] {
		if r := v.word(c).Rel; r == "fixed" || r == "compound:prt" {
			cue = append(cue, c)
		}
	}
	sortInts(cue)
	a.Cue = v.span(cue)
	if a.Cue.Empty() {
		a.Cue = document.Span{Start: w.Start, End: w.End}
	}
	lemma := v.lemma(i)
	switch {
	case lemma == "according" || strings.EqualFold(w.Form, "according"):
		x := v.head(i)
		if x < 0 {
			return a, false
		}
		a.Kind = document.AccordingTo
		src := withoutCase(v, v.subtree(x, -1))
		a.Source = v.span(src)
		if hd := v.head(x); hd >= 0 {
			a.Content = v.span(v.subtree(hd, x))
		}
	case w.Form == ":":
		a.Source = v.span(rangeInts(0, i))
		a.Content = v.span(rangeInts(i+1, len(v.s.Words)))
		if part := d.Sentences[si].Part; part >= 0 && part < len(d.Parts) {
			p := d.Parts[part]
			if p.Kind == document.Headline {
				a.Kind = document.HeadlineAtt
			} else if !a.Content.Empty() {
				a.Content.End = trimEnd(d.Text, a.Content.Start, p.End)
			}
		}
	default:
		a.Source = source(v, i)
		a.Content = content(v, i)
	}
	if a.Content.Empty() {
		return a, false
	}
	a.Content = extendQuote(d, si, a.Content)
	a.Kind = kindOf(d.Text, a)
	return a, true
}

func rangeInts(a, b int) []int {
	out := make([]int, 0, max(b-a, 0))
	for k := a; k < b; k++ {
		out = append(out, k)
	}
	return out
}

func withoutCase(v *view, ws []int) []int {
	out := ws[:0:0]
	for _, k := range ws {
		w := v.word(k)
		if universal(w.Rel) == "case" && (strings.EqualFold(w.Form, "according") || w.Rel == "fixed") {
			continue
		}
		if w.Rel == "fixed" && v.head(k) >= 0 && strings.EqualFold(v.word(v.head(k)).Form, "according") {
			continue
		}
		out = append(out, k)
	}
	return out
}

// source is the subject of the cue, the agent of a passive cue, or the
// subject of the verb a cue depends on ("wanted to say").
func source(v *view, i int) document.Span {
	if s := v.child(i, "nsubj"); s >= 0 && v.word(s).Rel != "nsubj:pass" {
		return v.span(v.subtree(s, -1))
	}
	if ag := v.child(i, "obl:agent"); ag >= 0 {
		return v.span(withoutBy(v, v.subtree(ag, -1)))
	}
	if s := v.child(i, "nmod:poss"); s >= 0 {
		return v.span(v.subtree(s, -1))
	}
	if r := universal(v.word(i).Rel); (r == "xcomp" || r == "conj") && v.head(i) >= 0 {
		if s := v.child(v.head(i), "nsubj"); s >= 0 {
			return v.span(v.subtree(s, -1))
		}
	}
	return document.Span{}
}

func withoutBy(v *view, ws []int) []int {
	out := ws[:0:0]
	for _, k := range ws {
		if !(universal(v.word(k).Rel) == "case" && strings.EqualFold(v.word(k).Form, "by")) {
			out = append(out, k)
		}
	}
	return out
}

// content is the clause the cue governs, or the clause that governs a
// parenthetical cue ("…, officials said"), or the cue's object.
func content(v *view, i int) document.Span {
	if c := v.child(i, "ccomp", "parataxis", "csubj"); c >= 0 {
		return v.span(v.subtree(c, -1))
	}
	if c := v.child(i, "xcomp"); c >= 0 {
		return v.span(v.subtree(c, -1))
	}
	if r := universal(v.word(i).Rel); (r == "parataxis" || r == "ccomp" || r == "advcl") && v.head(i) >= 0 {
		return v.span(v.subtree(v.head(i), i))
	}
	if c := v.child(i, "acl", "obj", "obl"); c >= 0 {
		return v.span(v.subtree(c, -1))
	}
	return document.Span{}
}

// extendQuote makes a content that starts or ends inside a quotation
// cover the whole quotation, which may run over several sentences of its
// part, and takes in the quotation marks around it.
func extendQuote(d *document.Document, si int, c document.Span) document.Span {
	part := d.Parts[d.Sentences[si].Part]
	text := d.Text
	// Opening mark right before the content.
	if k := lastNonSpace(text, part.Start, c.Start); k >= 0 && isOpenQuote(text[k:]) {
		c.Start = k
	}
	opens := strings.Count(text[c.Start:c.End], "“") - strings.Count(text[c.Start:c.End], "”")
	straight := strings.Count(text[c.Start:c.End], `"`) % 2
	if opens > 0 || straight == 1 {
		rest := text[c.End:part.End]
		closer := "”"
		if opens <= 0 {
			closer = `"`
		}
		if j := strings.Index(rest, closer); j >= 0 {
			c.End += j + len(closer)
		}
	} else if strings.HasPrefix(strings.TrimLeft(text[c.End:part.End], " .,"), "”") && strings.Contains(text[c.Start:c.End], "“") {
		j := strings.Index(text[c.End:part.End], "”")
		c.End += j + len("”")
	}
	return c
}

func lastNonSpace(text string, lo, hi int) int {
	for k := hi - 1; k >= lo; k-- {
		if text[k] != ' ' && text[k] != '\n' {
			// Step back to the start of a multibyte character.
			for k > lo && text[k]&0xc0 == 0x80 {
				k--
			}
			return k
		}
	}
	return -1
}

func isOpenQuote(s string) bool { return strings.HasPrefix(s, "“") || strings.HasPrefix(s, `"`) }

func trimEnd(text string, start, end int) int {
	for end > start && strings.ContainsRune(" \n\t", rune(text[end-1])) {
		end--
	}
	return end
}

func kindOf(text string, a document.Attribution) document.AttributionKind {
	if a.Kind == document.AccordingTo || a.Kind == document.HeadlineAtt {
		return a.Kind
	}
	c := strings.TrimSpace(text[a.Content.Start:a.Content.End])
	switch {
	case strings.HasPrefix(c, "“") || strings.HasPrefix(c, `"`):
		return document.Direct
	case strings.ContainsAny(c, `“"`):
		return document.Mixed
	}
	return document.Indirect
}
