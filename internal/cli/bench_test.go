package cli

import (
	"os"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/actor"
	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/attrib"
	"github.com/parley-news/parley/internal/event"
	"github.com/parley-news/parley/internal/nlp"
)

// BenchmarkCode runs what parley code does to one article of about 4 KB:
// analysis, attributions, actors, events. The bar is articles/s on one
// core.
func BenchmarkCode(b *testing.B) {
	data, err := os.ReadFile("testdata/wire.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	for len(text) < 4000 {
		text += "\n" + string(data[strings.Index(string(data), "Norway has"):])
	}
	pipe, err := nlp.Load()
	if err != nil {
		b.Fatal(err)
	}
	x, _ := attrib.Default()
	dict, _ := actor.Default()
	lex, _ := event.Default()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		d := article.FromText(text)
		pipe.Analyze(d)
		d.Attributions = x.Extract(d)
		dict.Find(d)
		lex.Code(d)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
