package tag

import (
	"bytes"
	"testing"

	"github.com/parley-news/parley/internal/nlp/lemma"
)

func TestEmbeddedTagger(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words []string
		upos  []string
	}{
		{[]string{"Erdogan", "proposed", "the", "idea", "on", "Monday", "."},
			[]string{"PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"}},
		{[]string{"We", "have", "never", "had", "any", "contact", "with", "the", "Americans", "."},
			[]string{"PRON", "AUX", "ADV", "VERB", "DET", "NOUN", "ADP", "DET", "PROPN", "PUNCT"}},
		{[]string{"The", "meeting", "was", "canceled", "."},
			[]string{"DET", "NOUN", "AUX", "VERB", "PUNCT"}},
		// A title-case headline is tagged as its sentence-case reading
		// would be; a run of names, which also capitalizes most of its
		// words, keeps its proper nouns.
		{[]string{"Iran", "Says", "It", "Will", "Not", "Talk", "To", "The", "US"},
			[]string{"PROPN", "VERB", "PRON", "AUX", "PART", "VERB", "ADP", "DET", "PROPN"}},
		{[]string{"Erdogan", "Tells", "Me", "Iran", "Must", "Choose", "Peace", "Or", "War"},
			[]string{"PROPN", "VERB", "PRON", "PROPN", "AUX", "VERB", "NOUN", "CCONJ", "NOUN"}},
		{[]string{"By", "Deb", "Price", "/", "The", "Detroit", "News"},
			[]string{"ADP", "PROPN", "PROPN", "PUNCT", "DET", "PROPN", "PROPN"}},
	}
	for _, tc := range tests {
		upos, xpos := tg.Tag(tc.words)
		if len(xpos) != len(tc.words) {
			t.Fatalf("%d XPOS tags for %d words", len(xpos), len(tc.words))
		}
		for i := range upos {
			if upos[i] != tc.upos[i] {
				t.Errorf("%v: %q tagged %s, want %s", tc.words, tc.words[i], upos[i], tc.upos[i])
			}
		}
	}
	if upos, _ := tg.Tag(nil); len(upos) != 0 {
		t.Errorf("tags for no words: %v", upos)
	}
}

func TestTrainRoundTrip(t *testing.T) {
	lex, err := lemma.Default()
	if err != nil {
		t.Fatal(err)
	}
	sents := []Sentence{
		{Words: []string{"Iran", "refused", "talks"}, UPOS: []string{"PROPN", "VERB", "NOUN"}, XPOS: []string{"NNP", "VBD", "NNS"}},
		{Words: []string{"Turkey", "relayed", "offers"}, UPOS: []string{"PROPN", "VERB", "NOUN"}, XPOS: []string{"NNP", "VBD", "NNS"}},
	}
	tg := Train(sents, lex, 5, 1, nil)
	var buf bytes.Buffer
	if err := tg.Write(&buf); err != nil {
		t.Fatal(err)
	}
	tg2, err := Read(&buf, lex)
	if err != nil {
		t.Fatal(err)
	}
	upos, xpos := tg2.Tag([]string{"Iran", "relayed", "talks"})
	if upos[0] != "PROPN" || upos[1] != "VERB" || xpos[2] != "NNS" {
		t.Errorf("got %v %v", upos, xpos)
	}
	if _, err := Read(bytes.NewReader([]byte("junk")), lex); err == nil {
		t.Error("Read accepted junk")
	}
}

func TestNamesInsideSentences(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	upos, _ := tg.Tag([]string{"Erdogan", "proposed", "the", "idea", "during", "a", "call", "with", "Trump", "."})
	if upos[8] == "VERB" {
		t.Errorf("Trump inside a sentence tagged VERB")
	}
}

// TestAfterDeterminerAndName: "the US offer" is a noun phrase, "demanded
// that Iran offer talks" a subjunctive.
// TestCoordinatedFirstName: a first word "and" joins to a name is a
// name; a pronoun stays one.
func TestCoordinatedFirstName(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		words []string
		want  string
	}{
		{[]string{"Trump", "and", "Erdogan", "planned", "talks", "."}, "PROPN"},
		{[]string{"She", "and", "Jack", "Goldsmith", "outlined", "a", "plan", "."}, "PRON"},
	} {
		if upos, _ := tg.Tag(tc.words); upos[0] != tc.want {
			t.Errorf("%q: first word %s, want %s", tc.words, upos[0], tc.want)
		}
	}
}

func TestAfterDeterminerAndName(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words []string
		at    int
		xpos  string
	}{
		{[]string{"Fidan", "relayed", "the", "US", "offer", "to", "Pezeshkian", "."}, 4, "NN"},
		{[]string{"Trump", "demanded", "that", "Iran", "offer", "talks", "."}, 4, "VB"},
		{[]string{"The", "US", "offered", "talks", "."}, 2, "VBD"},
	}
	for _, tc := range tests {
		if _, xpos := tg.Tag(tc.words); xpos[tc.at] != tc.xpos {
			t.Errorf("%v: %q tagged %s, want %s", tc.words, tc.words[tc.at], xpos[tc.at], tc.xpos)
		}
	}
}

func TestTitleCase(t *testing.T) {
	for _, tc := range []struct {
		words []string
		want  bool
	}{
		{[]string{"Trump", "And", "Erdogan", "Planned", "Secret", "Talks"}, true},
		{[]string{"Trump", "and", "Erdogan", "planned", "secret", "talks"}, false},
		{[]string{"A", "b"}, false},
	} {
		if got := titleCase(tc.words); got != tc.want {
			t.Errorf("titleCase(%v) = %v", tc.words, got)
		}
	}
}
