package attrib

import (
	"strings"

	"github.com/parley-news/parley/internal/document"
)

// view is a sentence with its children lists, built once.
type view struct {
	text     string
	s        *document.Sentence
	children [][]int // 0-based child indices per word
	inQuote  []bool  // word lies inside quotation marks
}

func newView(text string, s *document.Sentence) *view {
	v := &view{text: text, s: s, children: make([][]int, len(s.Words)), inQuote: make([]bool, len(s.Words))}
	for i, w := range s.Words {
		if w.Head > 0 && w.Head <= len(s.Words) {
			v.children[w.Head-1] = append(v.children[w.Head-1], i)
		}
	}
	open := false
	for i, w := range s.Words {
		if isQuote(w.Form) {
			open = !open
			continue
		}
		v.inQuote[i] = open
	}
	return v
}

func isQuote(form string) bool {
	switch form {
	case `"`, "“", "”", "``", "''", "‘", "’":
		return true
	}
	return false
}

func (v *view) word(i int) *document.Word { return &v.s.Words[i] }

func (v *view) lemma(i int) string {
	if i < 0 || i >= len(v.s.Words) {
		return "<none>"
	}
	return strings.ToLower(v.s.Words[i].Lemma)
}

// head returns the 0-based head of word i, -1 for the root.
func (v *view) head(i int) int { return v.s.Words[i].Head - 1 }

// child returns the first child of i with one of the relations, or -1.
func (v *view) child(i int, rels ...string) int {
	for _, c := range v.children[i] {
		r := universal(v.s.Words[c].Rel)
		for _, want := range rels {
			if r == want || v.s.Words[c].Rel == want {
				return c
			}
		}
	}
	return -1
}

func universal(rel string) string {
	r, _, _ := strings.Cut(rel, ":")
	return r
}

// subtree returns the words dominated by i (i included), as a sorted
// range of indices; skip excludes one child's subtree.
func (v *view) subtree(i, skip int) []int {
	var out []int
	var walk func(int)
	walk = func(k int) {
		if k == skip {
			return
		}
		out = append(out, k)
		for _, c := range v.children[k] {
			walk(c)
		}
	}
	walk(i)
	sortInts(out)
	return out
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

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
	return w.UPOS == "PUNCT" && !isQuote(w.Form) || universal(w.Rel) == "cc"
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
	for lo > 0 && ws[lo-1] == ws[lo]-1 {
		lo--
	}
	for hi+1 < len(ws) && ws[hi+1] == ws[hi]+1 {
		hi++
	}
	return v.span(ws[lo : hi+1])
}
