package coder

import (
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/nlp"
)

func ExampleCoder_Code() {
	c, err := Default()
	if err != nil {
		panic(err)
	}
	d := article.FromText("Sources told Axios that Iran refused talks with the United States.")
	c.Code(d)
	for _, a := range d.Attributions {
		fmt.Println("attribution:", d.Text[a.Source.Start:a.Source.End], "/", d.Text[a.Cue.Start:a.Cue.End], "/", a.SourceKind)
	}
	for _, e := range d.Events {
		fmt.Println("event:", e.CAMEO, e.PLOVER, e.Source.Code, "->", e.Target.Code, e.Attribution != "")
	}
	// Output:
	// attribution: Sources / told / anonymous
	// event: 010 OTHER  -> MED false
	// event: 120 REJECT IRN -> USA true
	// event: 046 CONSULT IRN -> USA true
}

// BenchmarkCode runs what parley code does to one article of about 4 KB:
// analysis, attributions, actors, events. Issue 3's bar is articles/s on
// one core.
func BenchmarkCode(b *testing.B) {
	data, err := os.ReadFile("../../examples/oslo-talks.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	body := text[strings.Index(text, "Norway has"):]
	for len(text) < 4000 {
		text += "\n" + body
	}
	c, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		c.Code(article.FromText(text))
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// TestUserDictionaries: nationalities a user adds to the actor dictionary
// reach the event coder too.
func TestUserDictionaries(t *testing.T) {
	p, err := nlp.Load()
	if err != nil {
		t.Fatal(err)
	}
	c, err := Load(p, map[string]io.Reader{"mine.tsv": strings.NewReader("demonym\tRuritanian\tRUR\n")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	d := article.FromText("Ruritanian attacks on the border continued.")
	c.Code(d)
	for _, e := range d.Events {
		if e.Source.Code == "RUR" {
			return
		}
	}
	t.Errorf("no event from RUR in %+v", d.Events)
}

// FuzzCode runs every stage on arbitrary text: no panic, and every span
// an actor, attribution or event points to lies inside the text.
func FuzzCode(f *testing.F) {
	for _, s := range []string{
		"Nigeria announced that it will withdraw their force from Chad.",
		"“Iran should have signed the 'deal' I told them to sign,” Trump wrote.",
		"In its statement, Iran and Iraq said they would talk. It works.",
		"Aides said, “they”",
		"“We will fight on,” he said.",
		"Asked what he wanted, he said nothing. Trump agreed, telling Reuters, “Sheldon and I have been friends for a long time.”",
		"Headline\n\nA spokesman for the group, Lawrence Kanyuka, said it would continue talks.", // "the group" bound as a role once panicked
		"Iran-backed.",        // a hyphen-joined participle as the root once panicked
		"It was the People's", // a possessive that ends a sentence once panicked
		"“No.” ― Ann Li\n\n\"Yes.\"\n\n- Bo.\n\nLaw. https://t.co/x — Al (@al) July 5, 2016",
		"<tweet id=\"1\">pic.twitter.com/a — Li (@l)</tweet>",
		"”―AA", // a signed "quotation" of one mark once panicked
	} {
		f.Add(s)
	}
	c, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := article.FromText(text)
		c.Code(d)
		inside := func(what string, s document.Span) {
			if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
				t.Fatalf("%s span %+v outside a text of %d bytes", what, s, len(d.Text))
			}
		}
		for _, a := range d.Actors {
			for _, m := range a.Mentions {
				inside("mention", m)
			}
		}
		for _, a := range d.Attributions {
			inside("source", a.Source)
			inside("cue", a.Cue)
			inside("content", a.Content)
		}
		if id := repeatedID(d.Attributions); id != "" {
			t.Fatalf("attribution ID %s twice", id)
		}
		for _, e := range d.Events {
			inside("evidence", e.Evidence)
		}
	})
}

// TestUniqueAttributionIDs: every pass of the extractor names its
// attributions, and the store keys them by article and ID; an article
// with a quotation no cue claims and a question it opens with has both.
func TestUniqueAttributionIDs(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	d := article.FromText("Asked what he wanted, Adelson said nothing. Hours later, Trump returned the compliment to " +
		"Adelson, telling Reuters, “Sheldon and I have been friends for a long time. He is an amazing man.”")
	c.Code(d)
	if id := repeatedID(d.Attributions); id != "" {
		t.Errorf("attribution ID %s twice among %d", id, len(d.Attributions))
	}
	if len(d.Attributions) < 3 {
		t.Errorf("%d attributions, want the answer, the question and the quotation", len(d.Attributions))
	}
}

// repeatedID is an ID two attributions share, or "".
func repeatedID(atts []document.Attribution) string {
	seen := map[string]bool{}
	for _, a := range atts {
		if seen[a.ID] {
			return a.ID
		}
		seen[a.ID] = true
	}
	return ""
}
