package parse

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// tiny is a treebank small enough to learn in a test: subject-verb-object
// sentences with optional determiners and punctuation.
func tiny() []Sentence {
	return []Sentence{
		{Words: []string{"Iran", "refused", "talks", "."}, UPOS: []string{"PROPN", "VERB", "NOUN", "PUNCT"},
			XPOS: []string{"NNP", "VBD", "NNS", "."}, Heads: []int{2, 0, 2, 2}, Rels: []string{"nsubj", "root", "obj", "punct"}},
		{Words: []string{"The", "envoy", "proposed", "a", "meeting"}, UPOS: []string{"DET", "NOUN", "VERB", "DET", "NOUN"},
			XPOS: []string{"DT", "NN", "VBD", "DT", "NN"}, Heads: []int{2, 3, 0, 5, 3}, Rels: []string{"det", "nsubj", "root", "det", "obj"}},
		{Words: []string{"Turkey", "relayed", "the", "offer", "."}, UPOS: []string{"PROPN", "VERB", "DET", "NOUN", "PUNCT"},
			XPOS: []string{"NNP", "VBD", "DT", "NN", "."}, Heads: []int{2, 0, 4, 2, 2}, Rels: []string{"nsubj", "root", "det", "obj", "punct"}},
	}
}

func checkTree(t *testing.T, heads []int, rels []string, n int) {
	t.Helper()
	if len(heads) != n || len(rels) != n {
		t.Fatalf("got %d heads and %d relations for %d words", len(heads), len(rels), n)
	}
	roots := 0
	for i, h := range heads {
		if h < 0 || h > n || h == i+1 {
			t.Fatalf("word %d has head %d", i+1, h)
		}
		if h == 0 {
			roots++
		}
	}
	if roots != 1 {
		t.Fatalf("%d roots in %v", roots, heads)
	}
}

func TestTrainGreedyAndBeam(t *testing.T) {
	for _, beam := range []int{1, 4} {
		p := Train(tiny(), TrainOptions{Iterations: 20, Seed: 1, Explore: 0.9, Beam: beam})
		var buf bytes.Buffer
		if err := p.Write(&buf); err != nil {
			t.Fatal(err)
		}
		p2, err := Read(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if p2.Beam() != max(beam, 1) {
			t.Errorf("beam %d read back as %d", beam, p2.Beam())
		}
		for _, s := range tiny() {
			heads, rels := p2.ParseBeam(s.Words, s.UPOS, s.XPOS, beam)
			checkTree(t, heads, rels, len(s.Words))
			for i := range heads {
				if heads[i] != s.Heads[i] || rels[i] != s.Rels[i] {
					t.Errorf("beam %d: %v: word %d got %d/%s, want %d/%s", beam, s.Words, i+1, heads[i], rels[i], s.Heads[i], s.Rels[i])
				}
			}
		}
	}
}

func TestEmbeddedParserMakesTrees(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tags := []string{"NOUN", "VERB", "PUNCT", "PROPN", "ADP", "DET", "ADJ", "PRON", "AUX", "CCONJ"}
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{1, 2, 7, 40, 250} {
		words, upos, xpos := make([]string, n), make([]string, n), make([]string, n)
		for i := range words {
			words[i] = []string{"talks", "said", ",", "Iran", "in", "the", "new", "he", "was", "and"}[rng.IntN(10)]
			upos[i] = tags[rng.IntN(len(tags))]
			xpos[i] = "NN"
		}
		for _, beam := range []int{1, 3} {
			heads, rels := p.ParseBeam(words, upos, xpos, beam)
			checkTree(t, heads, rels, n)
		}
	}
}

func TestReadRejectsGarbage(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("not gzip"), {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0}} {
		if _, err := Read(bytes.NewReader(in)); err == nil {
			t.Errorf("Read(%q) succeeded", in)
		}
	}
}
