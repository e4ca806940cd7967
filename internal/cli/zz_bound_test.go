package cli

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/eval"
)

func TestZZBoundaries(t *testing.T) {
	dir := os.Getenv("ZZDIR")
	if dir == "" {
		t.Skip()
	}
	x, _ := loadExtractor("")
	arts, docs, err := analysePolNeAR(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	out, _ := os.Create("/tmp/w/bounds.txt")
	defer out.Close()
	for i, a := range arts {
		docs[i].Apply(func(d *document.Document) { d.Attributions = x.Extract(d) })
		pred := eval.DocumentAttributions(docs[i])
		text := []rune(a.Text)
		span := func(f eval.Fragments) (int, int) {
			if len(f) == 0 {
				return -1, -1
			}
			return f[0][0], f[len(f)-1][1]
		}
		for _, g := range a.Gold {
			gs, ge := span(g.Content)
			cs, ce := span(g.Cue)
			if gs < 0 || cs < 0 {
				continue
			}
			for _, p := range pred {
				ps, pe := span(p.Content)
				qs, qe := span(p.Cue)
				if ps < 0 || qs >= ce || qe <= cs || pe <= gs || ps >= ge {
					continue
				}
				trim := func(s, e int) string { return strings.TrimSpace(string(text[s:e])) }
				var kinds []string
				if ps < gs && trim(ps, gs) != "" {
					kinds = append(kinds, "L+ "+fmt.Sprintf("%q", trim(ps, gs)))
				}
				if ps > gs && trim(gs, ps) != "" {
					kinds = append(kinds, "L- "+fmt.Sprintf("%q", trim(gs, ps)))
				}
				if pe > ge && trim(ge, pe) != "" {
					kinds = append(kinds, "R+ "+fmt.Sprintf("%q", trim(ge, pe)))
				}
				if pe < ge && trim(pe, ge) != "" {
					kinds = append(kinds, "R- "+fmt.Sprintf("%q", trim(pe, ge)))
				}
				if len(g.Content) > 1 {
					kinds = append(kinds, "GFRAG")
				}
				for _, k := range kinds {
					fmt.Fprintf(out, "%s\t%s\tcue=%q\n", a.Name, k, string(text[cs:ce]))
				}
			}
		}
	}
}
