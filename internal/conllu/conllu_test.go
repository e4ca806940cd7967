package conllu

import (
	"bytes"
	"strings"
	"testing"
)

const sample = `# newdoc id = t1
# sent_id = t1-1
# text = Iran's FM didn't go.
1-2	Iran's	_	_	_	_	_	_	_	_
1	Iran	Iran	PROPN	NNP	Number=Sing	3	nmod:poss	3:nmod:poss	_
2	's	's	PART	POS	_	1	case	1:case	_
3	FM	FM	NOUN	NN	Number=Sing	6	nsubj	6:nsubj	_
4-5	didn't	_	_	_	_	_	_	_	_
4	did	do	AUX	VBD	Mood=Ind	6	aux	6:aux	_
5	n't	not	PART	RB	_	6	advmod	6:advmod	_
6	go	go	VERB	VB	VerbForm=Inf	0	root	0:root	SpaceAfter=No
7	.	.	PUNCT	.	_	6	punct	6:punct	_

`

func TestRoundTrip(t *testing.T) {
	sents, err := ReadAll(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 1 {
		t.Fatalf("got %d sentences", len(sents))
	}
	s := sents[0]
	if got := s.SurfaceText(); got != "Iran's FM didn't go." {
		t.Errorf("SurfaceText = %q", got)
	}
	if id, _ := s.Comment("newdoc id"); id != "t1" {
		t.Errorf("newdoc id = %q", id)
	}
	var buf bytes.Buffer
	if err := Write(&buf, s); err != nil {
		t.Fatal(err)
	}
	if buf.String() != sample {
		t.Errorf("round trip differs:\n%s", buf.String())
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"few fields", "1\tword\n", "line 1: want 10 tab-separated fields"},
		{"bad id", "x\ta\t_\t_\t_\t_\t0\troot\t_\t_\n", "line 1: bad word id"},
		{"out of sequence", "2\ta\t_\t_\t_\t_\t0\troot\t_\t_\n", "word id 2 out of sequence"},
		{"bad head", "1\ta\t_\t_\t_\t_\tx\troot\t_\t_\n", "bad head"},
		{"head beyond sentence", "1\ta\t_\t_\t_\t_\t5\troot\t_\t_\n", "word 1 has head 5"},
		{"multiword beyond", "1-3\tabc\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n", "beyond the last word"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadAll(strings.NewReader(tc.in), "bad.conllu")
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "bad.conllu") {
				t.Errorf("error %v, want one naming the file and saying %q", err, tc.want)
			}
		})
	}
}

func FuzzReader(f *testing.F) {
	f.Add(sample)
	f.Add("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n\n# c\n1-2\tab\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, _ := ReadAll(strings.NewReader(in), "fuzz")
		for _, s := range sents {
			var buf bytes.Buffer
			if err := Write(&buf, s); err != nil {
				t.Fatal(err)
			}
			s.SurfaceText()
		}
	})
}
