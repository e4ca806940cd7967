package attrib

import (
	"strings"

	"github.com/parley-news/parley/internal/document"
)

// view is a sentence's parse tree with where its quotations are.
type view struct {
	*document.Tree
	text    string
	s       *document.Sentence
	inQuote []bool // word lies inside quotation marks
}

func newView(text string, s *document.Sentence) *view {
	v := &view{Tree: document.NewTree(s), text: text, s: s, inQuote: make([]bool, len(s.Words))}
	open := false
	for i, w := range s.Words {
		if document.IsQuote(w.Form) {
			open = !open
			continue
		}
		v.inQuote[i] = open
	}
	return v
}

func (v *view) word(i int) *document.Word { return &v.s.Words[i] }

func (v *view) lemma(i int) string {
	if i < 0 || i >= len(v.s.Words) {
		return "<none>"
	}
	return strings.ToLower(v.s.Words[i].Lemma)
}

// child returns the first child of i with one of the relations, or -1.
func (v *view) child(i int, rels ...string) int {
	if cs := v.ChildrenWith(i, rels...); len(cs) > 0 {
		return cs[0]
	}
	return -1
}

// universal is the universal part of a relation.
func universal(rel string) string { return document.UniversalRel(rel) }

// span covers the words from first to last of ws, trimming punctuation at
// the edges except quotation marks.
func (v *view) span(ws []int) document.Span {
	for len(ws) > 0 && v.trimmable(ws[0]) {
		ws = ws[1:]
	}
	for len(ws) > 0 && v.trimmable(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return document.Span{}
	}
	return document.Span{Start: v.s.Words[ws[0]].Start, End: v.s.Words[ws[len(ws)-1]].End}
}

func (v *view) trimmable(i int) bool {
	w := v.s.Words[i]
	return w.UPOS == "PUNCT" && !document.IsQuote(w.Form) || universal(w.Rel) == "cc"
}

// phrase is span over the contiguous run of ws that holds the word head:
// a parse error can hang a distant word under a phrase, and a span must
// not swallow everything in between.
func (v *view) phrase(head int, ws []int) document.Span {
	lo, hi := -1, -1
	for n, k := range ws {
		if k == head {
			lo, hi = n, n
		}
	}
	if lo < 0 {
		return v.span(ws)
	}
	for lo > 0 && (ws[lo-1] == ws[lo]-1 || v.commaBetween(ws[lo-1], ws[lo])) {
		lo--
	}
	for hi+1 < len(ws) && (ws[hi+1] == ws[hi]+1 || v.commaBetween(ws[hi], ws[hi+1])) {
		hi++
	}
	return v.span(ws[lo : hi+1])
}

// commaBetween: a lone comma the parse hung outside the phrase separates
// its words a and b ("Felicia Wong, …, a progressive think tank, and
// Stan Greenberg", with the comma before "and" on the verb).
func (v *view) commaBetween(a, b int) bool {
	return b == a+2 && v.word(a+1).Form == ","
}
