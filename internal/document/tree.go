package document

import (
	"slices"
	"strings"
)

// UniversalRel returns the universal part of a dependency relation:
// "nsubj" for "nsubj:pass".
func UniversalRel(rel string) string {
	r, _, _ := strings.Cut(rel, ":")
	return r
}

// Tree is a sentence's dependency parse with the children of every word,
// for the stages that walk it. Indices are 0-based; the root's head is -1.
type Tree struct {
	Sentence *Sentence
	children [][]int
}

// NewTree builds the children lists of a parsed sentence.
func NewTree(s *Sentence) *Tree {
	t := &Tree{Sentence: s, children: make([][]int, len(s.Words))}
	for i, w := range s.Words {
		if w.Head > 0 && w.Head <= len(s.Words) {
			t.children[w.Head-1] = append(t.children[w.Head-1], i)
		}
	}
	return t
}

// Head returns the head of word i, -1 for the root.
func (t *Tree) Head(i int) int { return t.Sentence.Words[i].Head - 1 }

// Children returns the children of word i in sentence order.
func (t *Tree) Children(i int) []int { return t.children[i] }

// Rel returns the universal relation of word i to its head.
func (t *Tree) Rel(i int) string { return UniversalRel(t.Sentence.Words[i].Rel) }

// ChildrenWith returns the children of i whose relation, universal
// ("nsubj") or full ("nsubj:pass"), is one of rels.
func (t *Tree) ChildrenWith(i int, rels ...string) []int {
	var out []int
	for _, c := range t.children[i] {
		full := t.Sentence.Words[c].Rel
		if slices.Contains(rels, UniversalRel(full)) || slices.Contains(rels, full) {
			out = append(out, c)
		}
	}
	return out
}

// FirstWord and LastWord are the leftmost and rightmost words of the
// phrase headed by i. Callers ask them of many words, so they walk the
// tree instead of collecting and sorting the phrase.
func (t *Tree) FirstWord(i int) int {
	first := i
	for _, c := range t.children[i] {
		first = min(first, t.FirstWord(c))
	}
	return first
}

func (t *Tree) LastWord(i int) int {
	last := i
	for _, c := range t.children[i] {
		last = max(last, t.LastWord(c))
	}
	return last
}

// Subtree returns the words dominated by i, i included, in sentence
// order, leaving out the subtree of skip (-1 for none).
func (t *Tree) Subtree(i, skip int) []int {
	var out []int
	var walk func(int)
	walk = func(k int) {
		if k == skip {
			return
		}
		out = append(out, k)
		for _, c := range t.children[k] {
			walk(c)
		}
	}
	walk(i)
	slices.Sort(out)
	return out
}

// Antecedent returns the word described by the relative clause whose
// verb word i depends on: for the pronoun that opens the clause, what it
// stands for ("Sanders" for "who" in "Sanders, who endorsed Clinton";
// "Trump" for "whose" in "Trump, whose views"). It returns -1 when the
// parse attaches no relative clause there.
func (t *Tree) Antecedent(i int) int {
	clause := t.Head(i)
	if t.Sentence.Words[i].Rel == "nmod:poss" && clause >= 0 {
		clause = t.Head(clause)
	}
	// "which experts say is backed": the report is the relative clause,
	// and the pronoun's clause its complement; "land that Russian forces
	// have been unable to capture": the pronoun is the infinitive's.
	for clause >= 0 && t.Head(clause) >= 0 && (t.Sentence.Words[clause].Rel == "xcomp" || t.Sentence.Words[clause].Rel == "ccomp" &&
		!slices.ContainsFunc(t.children[clause], func(k int) bool { return t.Sentence.Words[k].Rel == "mark" })) {
		clause = t.Head(clause)
	}
	if clause < 0 || t.Sentence.Words[clause].Rel != "acl:relcl" {
		return -1
	}
	return t.Head(clause)
}
