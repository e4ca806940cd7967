package coder

import (
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/article"
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
	// event: 120 REJECT IRN ->  true
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
