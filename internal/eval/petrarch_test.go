package eval

import (
	"strings"
	"testing"
)

const suite = `<Validation><Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile></Environment>
<Sentences>
<Sentence date="19950101" id="A-1" category="DEMO">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="064"></EventCoding>
<Text>Arnor and Gondor
  restored ties.</Text><Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Sentence date="19950101" id="A-2" category="VERB"><EventCoding noevents="True"></EventCoding><Text>Rain.</Text></Sentence>
</Sentences></Validation>`

func TestPetrarchSuite(t *testing.T) {
	s, err := ReadPetrarchSuite(strings.NewReader(suite), "suite.xml")
	if err != nil {
		t.Fatal(err)
	}
	if s.Verbs != "v.txt" || s.Actors != "a.txt" || len(s.Records) != 2 || s.Records[0].Text != "Arnor and Gondor restored ties." ||
		!strings.Contains(s.Records[0].Parse, "NNP Arnor") {
		t.Fatalf("suite = %+v", s)
	}
	var sc PetrarchScores
	sc.Add(s.Records[0], []PetrarchCoding{{"ARN", "GON", "064", ""}, {"ARN", "GON", "064", ""}, {"ARN", "GON", "060", ""}})
	sc.Add(s.Records[1], nil)
	if sc.Expected != 2 || sc.Reproduced != 1 || sc.Extra != 1 || sc.NoEvents != 1 || sc.Silent != 1 || sc.Rate() != 0.5 {
		t.Errorf("scores = %+v", sc)
	}
	var b strings.Builder
	sc.WriteCategories(&b)
	if !strings.Contains(b.String(), "DEMO") || !strings.Contains(b.String(), "VERB") {
		t.Errorf("categories:\n%s", b.String())
	}
	for _, bad := range []string{"", "<Validation><Sentences></Sentences></Validation>", "<Validation><Sentences><Sentence"} {
		if _, err := ReadPetrarchSuite(strings.NewReader(bad), "bad.xml"); err == nil || !strings.Contains(err.Error(), "bad.xml") {
			t.Errorf("%q: err = %v, want one naming the file", bad, err)
		}
	}
}

func FuzzReadPetrarchSuite(f *testing.F) {
	f.Add(suite)
	f.Add("<Validation><Sentences><Sentence><Text>x</Text></Sentence></Sentences></Validation>")
	f.Fuzz(func(t *testing.T, text string) {
		s, err := ReadPetrarchSuite(strings.NewReader(text), "fuzz.xml")
		if err != nil {
			return
		}
		var sc PetrarchScores
		for _, r := range s.Records {
			sc.Add(r, r.Codings)
		}
		if sc.Reproduced != sc.Expected {
			t.Errorf("a record's own codings reproduce %d of %d", sc.Reproduced, sc.Expected)
		}
	})
}
