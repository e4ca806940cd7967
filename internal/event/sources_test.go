package event

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/document"
)

// TestSourcesOfSplitCoordination: a parse that splits "Fornost and the
// evil Gondor welcomed …" into two subjects, the first with a conjunct,
// gives every subject and conjunct to the PETRARCH coder, the nearest
// subject alone to parley's own.
func TestSourcesOfSplitCoordination(t *testing.T) {
	type w struct {
		form, upos string
		head       int
		rel        string
	}
	words := []w{
		{"Fornost", "PROPN", 7, "nsubj"}, {"and", "CCONJ", 4, "cc"}, {"the", "DET", 4, "det"},
		{"evil", "NOUN", 1, "conj"}, {"awful", "ADJ", 6, "amod"}, {"Gondor", "PROPN", 7, "nsubj"},
		{"welcomed", "VERB", 0, "root"}, {"talks", "NOUN", 7, "obj"}, {".", "PUNCT", 7, "punct"},
	}
	s := &document.Sentence{}
	for _, x := range words {
		s.Words = append(s.Words, document.Word{Form: x.form, Lemma: strings.ToLower(x.form), UPOS: x.upos, Head: x.head, Rel: x.rel})
	}
	l := &Lexicon{}
	if got := l.sources(newTree(s), 6); !slices.Equal(got, []int{5}) {
		t.Errorf("parley's sources %v, want [5]", got)
	}
	got := l.subjects(newTree(s), 6, true)
	slices.Sort(got)
	if want := []int{0, 3, 5}; !slices.Equal(got, want) {
		t.Errorf("sources %v, want %v (Fornost, its conjunct, Gondor)", got, want)
	}
	// One subject alone stays one source.
	s.Words[0].Rel = "dep"
	if got := l.subjects(newTree(s), 6, true); !slices.Equal(got, []int{5}) {
		t.Errorf("sources %v, want [5]", got)
	}
}

// TestPairSameWords: a side named by the very words of the other side is
// no other side ("CREW's request", with CREW found as both).
func TestPairSameWords(t *testing.T) {
	crew := document.EventActor{Code: "", Text: "CREW", Start: 10, End: 14}
	e, ok := pair(nil, document.Event{CAMEO: "020", Root: "02"}, crew, crew, true, 1, document.EventActor{}, false)
	if !ok || e.Target != (document.EventActor{}) {
		t.Errorf("pair(CREW, CREW) = %+v, %v; want no target", e.Target, ok)
	}
}
