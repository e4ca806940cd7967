package nlp

import (
	"os"
	"testing"

	"github.com/parley-news/parley/internal/conllu"
	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/eval"
	"github.com/parley-news/parley/internal/nlp/token"
)

const ewtDev = "../../../shared/ud/en_ewt-ud-dev.conllu"

// benchSentences returns the word forms of EWT dev, or of the test article
// when ../shared is absent.
func benchSentences(b *testing.B, p *Pipeline) [][]string {
	b.Helper()
	if f, err := os.Open(ewtDev); err == nil {
		defer f.Close()
		sents, err := conllu.ReadAll(f, ewtDev)
		if err != nil {
			b.Fatal(err)
		}
		out := make([][]string, len(sents))
		for i, s := range sents {
			for _, w := range s.Words {
				out[i] = append(out[i], w.Form)
			}
		}
		return out
	}
	b.Logf("%s absent; benchmarking on testdata/wire.txt", ewtDev)
	d := readArticle(b, "testdata/wire.txt")
	p.Analyze(d)
	var out [][]string
	for _, s := range d.Sentences {
		var forms []string
		for _, w := range s.Words {
			forms = append(forms, w.Form)
		}
		out = append(out, forms)
	}
	return out
}

func countWords(sents [][]string) int {
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	return n
}

// BenchmarkTagParse measures tagging and parsing (the speed bar: words per
// second on one core), on EWT dev's words.
func BenchmarkTagParse(b *testing.B) {
	p := load(b)
	sents := benchSentences(b, p)
	words := 0
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		s := sents[i%len(sents)]
		upos, xpos := p.Tagger.Tag(s)
		p.Parser.Parse(s, upos, xpos)
		words += len(s)
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkTag(b *testing.B) {
	p := load(b)
	sents := benchSentences(b, p)
	words := 0
	for i := 0; b.Loop(); i++ {
		s := sents[i%len(sents)]
		p.Tagger.Tag(s)
		words += len(s)
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkParse(b *testing.B) {
	p := load(b)
	sents := benchSentences(b, p)
	tags := make([][2][]string, len(sents))
	for i, s := range sents {
		tags[i][0], tags[i][1] = p.Tagger.Tag(s)
	}
	words := 0
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		k := i % len(sents)
		p.Parser.Parse(sents[k], tags[k][0], tags[k][1])
		words += len(sents[k])
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkSplit(b *testing.B) {
	p := load(b)
	text := benchText(b)
	toks := token.Tokenize(text, 0, len(text))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		p.Splitter.Split(text, toks)
	}
}

// BenchmarkAnalyze runs the whole pipeline from raw text.
func BenchmarkAnalyze(b *testing.B) {
	p := load(b)
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		d := &document.Document{Text: text}
		p.Analyze(d)
	}
}

// benchText is about 40 KB of EWT dev's raw text, or the test article.
func benchText(b *testing.B) string {
	if f, err := os.Open(ewtDev); err == nil {
		defer f.Close()
		sents, err := conllu.ReadAll(f, ewtDev)
		if err != nil {
			b.Fatal(err)
		}
		text, _ := eval.RawText(sents[:600])
		return text
	}
	data, err := os.ReadFile("testdata/wire.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}
