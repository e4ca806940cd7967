package eval

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/parley-news/parley/internal/conllu"
	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/nlp"
)

// ZZUD=file ZZOUT=out go test ./internal/eval -run ZZDump
func TestZZDump(t *testing.T) {
	in, out := os.Getenv("ZZUD"), os.Getenv("ZZOUT")
	if in == "" {
		t.Skip()
	}
	p, err := nlp.Load()
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open(in)
	sents, err := conllu.ReadAll(f, filepath.Base(in))
	if err != nil {
		t.Fatal(err)
	}
	o, _ := os.Create(out)
	bw := bufio.NewWriter(o)
	for si, s := range sents {
		words := make([]document.Word, len(s.Words))
		for i, w := range s.Words {
			words[i].Form = w.Form
		}
		p.Annotate(words)
		form := func(h int) string {
			if h == 0 {
				return "ROOT"
			}
			return words[h-1].Form
		}
		for i, g := range s.Words {
			w := words[i]
			gf := "ROOT"
			if g.Head > 0 {
				gf = s.Words[g.Head-1].Form
			}
			fmt.Fprintf(bw, "%d\t%d\t%s\t%s\t%s:%d:%s\t%s:%d:%s\n", si, i+1, w.Form, w.XPOS, form(w.Head), w.Head, w.Rel, gf, g.Head, g.Deprel)
		}
	}
	bw.Flush()
	o.Close()
}
