package lemma

import "testing"

func TestLemma(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ form, upos, xpos, want string }{
		{"said", "VERB", "VBD", "say"},
		{"went", "VERB", "VBD", "go"},
		{"proposed", "VERB", "VBD", "propose"},
		{"talks", "NOUN", "NNS", "talk"},
		{"officials", "NOUN", "NNS", "official"},
		{"mice", "NOUN", "NNS", "mouse"},
		{"is", "AUX", "VBZ", "be"},
		{"regards", "VERB", "VBZ", "regard"}, // "Kigali regards it as a threat", not the sign-off "Regards"
		{"Regards", "NOUN", "NNS", "regards"},
		{"n't", "PART", "RB", "not"},
		{"'s", "PART", "POS", "'s"},
		{"Axios", "PROPN", "NNP", "Axios"},
		{"Americans", "PROPN", "NNPS", "American"},
		{"better", "ADJ", "JJR", "good"},
		{"He", "PRON", "PRP", "he"},
		{"them", "PRON", "PRP", "they"},
		{"US", "PROPN", "NNP", "US"},
		{"canceled", "VERB", "VBN", "cancel"},
		// A past tagged as a present keeps the verb it is a form of,
		// unless it is a verb of its own.
		{"shot", "VERB", "VBP", "shoot"},
		{"left", "VERB", "VBP", "leave"},
		{"found", "VERB", "VBP", "found"},
		{"read", "VERB", "VB", "read"},
	}
	for _, tc := range tests {
		if got := l.Lemma(tc.form, tc.upos, tc.xpos); got != tc.want {
			t.Errorf("Lemma(%q, %s, %s) = %q, want %q", tc.form, tc.upos, tc.xpos, got, tc.want)
		}
	}
}

func BenchmarkLemma(b *testing.B) {
	l, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		l.Lemma("negotiations", "NOUN", "NNS")
		l.Lemma("relayed", "VERB", "VBD")
	}
}

func TestLexFiles(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if l.LexFiles("say", true)&(1<<VerbCommunication) == 0 {
		t.Error("say is not a verb of communication")
	}
	if l.LexFiles("believe", true)&(1<<VerbCognition) == 0 {
		t.Error("believe is not a verb of cognition")
	}
	if l.LexFiles("statement", false)&(1<<NounCommunication) == 0 {
		t.Error("statement is not a noun of communication")
	}
	if l.LexFiles("xyzzy", true) != 0 {
		t.Error("unknown word has sense classes")
	}
	if l.LexFiles("weapon", false) != 1<<6|1<<NounCommunication {
		t.Errorf("weapon: files %b, want artifact and communication", l.LexFiles("weapon", false))
	}
	for lemma, want := range map[string]int{"video": NounCommunication, "weapon": 6, "xyzzy": -1} {
		if got := l.FirstLexFile(lemma, false); got != want {
			t.Errorf("first file of %s: %d, want %d", lemma, got, want)
		}
	}
}
