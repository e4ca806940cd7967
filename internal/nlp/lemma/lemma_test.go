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
		{"n't", "PART", "RB", "not"},
		{"'s", "PART", "POS", "'s"},
		{"Axios", "PROPN", "NNP", "Axios"},
		{"Americans", "PROPN", "NNPS", "American"},
		{"better", "ADJ", "JJR", "good"},
		{"He", "PRON", "PRP", "he"},
		{"them", "PRON", "PRP", "they"},
		{"US", "PROPN", "NNP", "US"},
		{"canceled", "VERB", "VBN", "cancel"},
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
