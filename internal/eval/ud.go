package eval

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/conllu"
	"github.com/parley-news/parley/internal/document"
)

// UDWord is a word in the coordinates the CoNLL 2018 scorer uses: character
// positions in the text with all whitespace removed.
type UDWord struct {
	TokStart, TokEnd int // span of the surface token the word belongs to
	Form             string
	UPOS             string
	Head             int // 1-based within the sentence; 0 is root
	Rel              string
	InMulti          bool
}

// UDSentence is a sentence span and its words.
type UDSentence struct {
	Start, End int
	Words      []UDWord
}

// RawText rebuilds the raw text of a treebank the way the CoNLL 2018 shared
// task did (UD's conllu_to_text): sentences of a paragraph joined by a
// space, paragraphs and documents separated by a blank line. It returns the
// text and the gold sentences in scorer coordinates.
func RawText(sents []*conllu.Sentence) (string, []UDSentence) {
	var b strings.Builder
	var gold []UDSentence
	pos := 0 // non-whitespace characters written so far
	for i, s := range sents {
		if i > 0 {
			if s.HasComment("newpar") || s.HasComment("newdoc") {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		us := UDSentence{Start: pos}
		for k := 0; k < len(s.Words); k++ {
			w := s.Words[k]
			form, misc := w.Form, w.Misc
			last := k
			multi := false
			if m, ok := s.MultiAt(w.ID); ok {
				form, misc = m.Form, m.Misc
				last = k + m.Last - m.First
				multi = true
			}
			n := nonSpaceLen(form)
			for j := k; j <= last && j < len(s.Words); j++ {
				g := s.Words[j]
				us.Words = append(us.Words, UDWord{TokStart: pos, TokEnd: pos + n, Form: g.Form,
					UPOS: g.UPOS, Head: g.Head, Rel: g.Deprel, InMulti: multi})
			}
			b.WriteString(form)
			pos += n
			if last < len(s.Words)-1 && !strings.Contains("|"+misc+"|", "|SpaceAfter=No|") {
				b.WriteByte(' ')
			}
			k = last
		}
		us.End = pos
		gold = append(gold, us)
	}
	b.WriteByte('\n')
	return b.String(), gold
}

func nonSpaceLen(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// FromDocument converts a parsed document to scorer coordinates.
func FromDocument(d *document.Document) []UDSentence {
	idx := nonSpaceIndex(d.Text)
	var out []UDSentence
	for _, s := range d.Sentences {
		if len(s.Words) == 0 {
			continue
		}
		us := UDSentence{Start: idx[s.Words[0].TokenStart], End: idx[s.Words[len(s.Words)-1].TokenEnd]}
		for k, w := range s.Words {
			multi := (k > 0 && s.Words[k-1].TokenStart == w.TokenStart) ||
				(k+1 < len(s.Words) && s.Words[k+1].TokenStart == w.TokenStart)
			us.Words = append(us.Words, UDWord{TokStart: idx[w.TokenStart], TokEnd: idx[w.TokenEnd],
				Form: w.Form, UPOS: w.UPOS, Head: w.Head, Rel: w.Rel, InMulti: multi})
		}
		out = append(out, us)
	}
	return out
}

// Score is precision, recall and F1 of one metric.
type Score struct {
	Gold, System, Correct int
}

// Precision is Correct/System.
func (s Score) Precision() float64 { return ratio(s.Correct, s.System) }

// Recall is Correct/Gold.
func (s Score) Recall() float64 { return ratio(s.Correct, s.Gold) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// UDScores are the CoNLL 2018 shared task's metrics.
type UDScores struct {
	Tokens, Sentences, Words, UPOS, UAS, LAS Score
}

// ScoreUD compares system sentences to gold sentences, both in scorer
// coordinates over the same text. Words are aligned on their token spans;
// inside multiword tokens, by their order within the token when both sides
// split the token into the same number of words, else by matching forms.
func ScoreUD(gold, sys []UDSentence) UDScores {
	var sc UDScores
	sc.Sentences = spanScore(sentenceSpans(gold), sentenceSpans(sys))
	gw, gHeads := flatten(gold)
	sw, sHeads := flatten(sys)
	sc.Tokens = spanScore(tokenSpans(gw), tokenSpans(sw))
	sc.Words.Gold, sc.Words.System = len(gw), len(sw)
	for _, s := range []*Score{&sc.UPOS, &sc.UAS, &sc.LAS} {
		s.Gold, s.System = len(gw), len(sw)
	}
	align := alignWords(gw, sw) // sys index -> gold index or -1
	for si, gi := range align {
		if gi < 0 {
			continue
		}
		sc.Words.Correct++
		g, s := gw[gi], sw[si]
		if g.UPOS == s.UPOS {
			sc.UPOS.Correct++
		}
		headOK := (gHeads[gi] < 0 && sHeads[si] < 0) || (sHeads[si] >= 0 && align[sHeads[si]] == gHeads[gi] && gHeads[gi] >= 0)
		if headOK {
			sc.UAS.Correct++
			if document.UniversalRel(g.Rel) == document.UniversalRel(s.Rel) {
				sc.LAS.Correct++
			}
		}
	}
	return sc
}

type span struct{ start, end int }

func sentenceSpans(ss []UDSentence) []span {
	out := make([]span, 0, len(ss))
	for _, s := range ss {
		out = append(out, span{s.Start, s.End})
	}
	return out
}

func tokenSpans(ws []UDWord) []span {
	var out []span
	for i, w := range ws {
		if i > 0 && ws[i-1].TokStart == w.TokStart && ws[i-1].TokEnd == w.TokEnd {
			continue
		}
		out = append(out, span{w.TokStart, w.TokEnd})
	}
	return out
}

func spanScore(gold, sys []span) Score {
	set := make(map[span]bool, len(gold))
	for _, g := range gold {
		set[g] = true
	}
	sc := Score{Gold: len(gold), System: len(sys)}
	for _, s := range sys {
		if set[s] {
			sc.Correct++
			delete(set, s)
		}
	}
	return sc
}

// flatten lists all words of all sentences and each word's head as an index
// into the flat list (-1 for the root).
func flatten(ss []UDSentence) ([]UDWord, []int) {
	var ws []UDWord
	var heads []int
	for _, s := range ss {
		base := len(ws)
		for _, w := range s.Words {
			ws = append(ws, w)
			if w.Head <= 0 || w.Head > len(s.Words) {
				heads = append(heads, -1)
			} else {
				heads = append(heads, base+w.Head-1)
			}
		}
	}
	return ws, heads
}

// alignWords aligns system words to gold words.
func alignWords(gold, sys []UDWord) []int {
	align := make([]int, len(sys))
	for i := range align {
		align[i] = -1
	}
	// Group words by token span on each side.
	type group struct{ first, n int }
	groups := func(ws []UDWord) map[span]group {
		m := make(map[span]group)
		for i, w := range ws {
			k := span{w.TokStart, w.TokEnd}
			g, ok := m[k]
			if !ok {
				g = group{first: i}
			}
			g.n++
			m[k] = g
		}
		return m
	}
	gg := groups(gold)
	sg := groups(sys)
	keys := make([]span, 0, len(sg))
	for k := range sg {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].start < keys[j].start })
	for _, k := range keys {
		s := sg[k]
		g, ok := gg[k]
		if !ok {
			continue
		}
		if g.n == s.n {
			for i := 0; i < s.n; i++ {
				align[s.first+i] = g.first + i
			}
			continue
		}
		// Different splits of the same token: match words by lowercase form.
		used := make([]bool, g.n)
		for i := 0; i < s.n; i++ {
			for j := 0; j < g.n; j++ {
				if !used[j] && strings.EqualFold(sys[s.first+i].Form, gold[g.first+j].Form) {
					used[j] = true
					align[s.first+i] = g.first + j
					break
				}
			}
		}
	}
	return align
}

// nonSpaceIndex maps every byte offset of text to the number of
// non-whitespace characters before it.
func nonSpaceIndex(text string) []int {
	idx := make([]int, len(text)+1)
	n := 0
	for i, r := range text {
		size := utf8.RuneLen(r)
		if size < 1 {
			size = 1
		}
		for k := 0; k < size && i+k < len(text); k++ {
			idx[i+k] = n
		}
		if !unicode.IsSpace(r) {
			n++
		}
	}
	idx[len(text)] = n
	return idx
}

// TaggedScores counts the words a tagger and parser got right on a
// treebank's own words.
type TaggedScores struct {
	Words, UPOS, XPOS, Tags, Lemma, UAS, LAS int
}

// Percent returns n as a percentage of the words.
func (s TaggedScores) Percent(n int) float64 { return 100 * ratio(n, s.Words) }

// ScoreGoldTokens annotates each sentence's gold words with annotate and
// compares tags, lemmas and the parse with the treebank's. LAS compares
// universal relations.
func ScoreGoldTokens(sents []*conllu.Sentence, annotate func([]document.Word)) TaggedScores {
	var sc TaggedScores
	count := func(n *int, ok bool) {
		if ok {
			*n++
		}
	}
	for _, s := range sents {
		words := make([]document.Word, len(s.Words))
		for i, w := range s.Words {
			words[i].Form = w.Form
		}
		annotate(words)
		for i, g := range s.Words {
			w := words[i]
			sc.Words++
			count(&sc.UPOS, w.UPOS == g.UPOS)
			count(&sc.XPOS, w.XPOS == g.XPOS)
			count(&sc.Tags, w.UPOS == g.UPOS && w.XPOS == g.XPOS)
			count(&sc.Lemma, w.Lemma == g.Lemma)
			count(&sc.UAS, w.Head == g.Head)
			count(&sc.LAS, w.Head == g.Head && document.UniversalRel(w.Rel) == document.UniversalRel(g.Deprel))
		}
	}
	return sc
}

// RawDocument is RawText as a document whose parts are the treebank's
// paragraphs, ready for the pipeline.
func RawDocument(sents []*conllu.Sentence) (*document.Document, []UDSentence) {
	text, gold := RawText(sents)
	d := &document.Document{ID: "treebank", Text: text}
	for start := 0; start < len(text); {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			d.Parts = append(d.Parts, document.Part{Kind: document.Paragraph, Start: start, End: end})
		}
		start = end + 2
	}
	return d, gold
}

// TitleCased returns copies of the sentences with the first letter of
// every word capitalized, as title-case headlines write them ("Iran Says
// It Will Not Talk To The US"), and the gold annotation unchanged: how
// well the tagger and parser read a headline they cannot learn names from
// capitals in.
func TitleCased(sents []*conllu.Sentence) []*conllu.Sentence {
	out := make([]*conllu.Sentence, len(sents))
	for i, s := range sents {
		c := *s
		c.Words = append([]conllu.Word(nil), s.Words...)
		for k := range c.Words {
			c.Words[k].Form = capitalize(c.Words[k].Form)
		}
		out[i] = &c
	}
	return out
}

// capitalize capitalizes a word but not a contraction's second half ("n't").
func capitalize(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) || strings.HasPrefix(w, "n't") || strings.HasPrefix(w, "n’t") {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}
