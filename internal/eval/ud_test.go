package eval

import (
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/conllu"
	"github.com/parley-news/parley/internal/document"
)

const gold = `# newpar
1	Iran	Iran	PROPN	NNP	_	2	nsubj	_	_
2	refused	refuse	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_

1-2	Don't	_	_	_	_	_	_	_	_
1	Do	do	AUX	VB	_	3	aux	_	_
2	n't	not	PART	RB	_	3	advmod	_	_
3	go	go	VERB	VB	_	0	root	_	SpaceAfter=No
4	!	!	PUNCT	.	_	3	punct	_	_

`

func TestRawText(t *testing.T) {
	sents, err := conllu.ReadAll(strings.NewReader(gold), "gold")
	if err != nil {
		t.Fatal(err)
	}
	text, us := RawText(sents)
	if text != "Iran refused. Don't go!\n" {
		t.Errorf("raw text %q", text)
	}
	if len(us) != 2 || us[1].Start != len("Iranrefused.") || us[1].Words[0].TokEnd != us[1].Start+5 {
		t.Errorf("gold sentences %+v", us)
	}
}

// system builds a parsed document over text from (form, upos, head, rel)
// rows, one slice per sentence; words are found left to right in text.
func system(text string, sents [][][4]string) *document.Document {
	d := &document.Document{Text: text}
	pos := 0
	for _, rows := range sents {
		var s document.Sentence
		for _, r := range rows {
			i := strings.Index(text[pos:], r[0]) + pos
			head := 0
			for _, c := range r[2] {
				head = head*10 + int(c-'0')
			}
			s.Words = append(s.Words, document.Word{Start: i, End: i + len(r[0]), TokenStart: i, TokenEnd: i + len(r[0]),
				Form: r[0], UPOS: r[1], Head: head, Rel: r[3]})
			pos = i + len(r[0])
		}
		s.Start, s.End = s.Words[0].Start, s.Words[len(s.Words)-1].End
		d.Sentences = append(d.Sentences, s)
	}
	return d
}

func TestScoreUD(t *testing.T) {
	sents, _ := conllu.ReadAll(strings.NewReader(gold), "gold")
	text, g := RawText(sents)
	// The system does not split "Don't", misses the sentence break, and
	// gets one head wrong.
	d := system(text, [][][4]string{{
		{"Iran", "PROPN", "2", "nsubj"}, {"refused", "VERB", "0", "root"}, {".", "PUNCT", "2", "punct"},
		{"Don't", "AUX", "6", "aux"}, {"go", "VERB", "2", "conj"}, {"!", "PUNCT", "5", "punct"},
	}})
	sc := ScoreUD(g, FromDocument(d))
	check := func(name string, s Score, gold, sys, correct int) {
		t.Helper()
		if s.Gold != gold || s.System != sys || s.Correct != correct {
			t.Errorf("%s = %+v, want gold %d system %d correct %d", name, s, gold, sys, correct)
		}
	}
	check("Tokens", sc.Tokens, 6, 6, 6)
	check("Sentences", sc.Sentences, 2, 1, 0)
	check("Words", sc.Words, 7, 6, 5)
	check("UPOS", sc.UPOS, 7, 6, 5)
	// Iran, refused, "." and "!" have the right heads; "go" is attached to
	// refused instead of being the root.
	check("UAS", sc.UAS, 7, 6, 4)
	if f := sc.Tokens.F1(); f != 1 {
		t.Errorf("token F1 = %v", f)
	}
}

func TestScoreGoldTokens(t *testing.T) {
	sents, _ := conllu.ReadAll(strings.NewReader(gold), "gold")
	// An annotator that gets "Iran" and "refused" right and everything
	// else wrong.
	sc := ScoreGoldTokens(sents, func(ws []document.Word) {
		for i := range ws {
			ws[i].UPOS, ws[i].Head, ws[i].Rel = "X", 99, "dep"
		}
		if ws[0].Form == "Iran" {
			ws[0].UPOS, ws[0].Head, ws[0].Rel = "PROPN", 2, "nsubj"
			ws[1].UPOS, ws[1].Head, ws[1].Rel = "VERB", 0, "root"
		}
	})
	if sc.Words != 7 || sc.UPOS != 2 || sc.UAS != 2 || sc.LAS != 2 {
		t.Errorf("got %+v", sc)
	}
}

func TestRawDocumentParts(t *testing.T) {
	sents, _ := conllu.ReadAll(strings.NewReader(gold), "gold")
	d, _ := RawDocument(sents)
	if len(d.Parts) != 1 || d.Text[d.Parts[0].Start:d.Parts[0].End] != "Iran refused. Don't go!\n" {
		t.Errorf("parts %+v of %q", d.Parts, d.Text)
	}
}

func TestTitleCased(t *testing.T) {
	sents, err := conllu.ReadAll(strings.NewReader(gold), "gold")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range TitleCased(sents) {
		for _, w := range s.Words {
			got = append(got, w.Form+"/"+w.UPOS)
		}
	}
	if want := "Iran/PROPN Refused/VERB ./PUNCT Do/AUX n't/PART Go/VERB !/PUNCT"; strings.Join(got, " ") != want {
		t.Errorf("title-cased: %s, want %s", strings.Join(got, " "), want)
	}
	if sents[0].Words[1].Form != "refused" {
		t.Errorf("the original sentence changed: %q", sents[0].Words[1].Form)
	}
}
