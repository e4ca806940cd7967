package cli

import (
	"context"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/parley-news/parley/internal/conllu"
	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/eval"
	"github.com/parley-news/parley/internal/nlp"
)

func runEval(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		fmt.Fprintln(e.stderr, `Usage: parley eval <kind> [flags] FILE

Kinds:
	ud FILE.conllu   UPOS, XPOS, UAS and LAS against a Universal Dependencies
	                 treebank, with gold tokenization and from raw text
	polnear DIR      attribution source, cue and content against a PolNeAR split
	plover FILE      event type and actors against PLOVER gold-standard records`)
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	switch args[0] {
	case "ud":
		return runEvalUD(ctx, e, args[1:])
	case "polnear":
		return runEvalPolNeAR(ctx, e, args[1:])
	case "plover":
		return runEvalPLOVER(ctx, e, args[1:])
	}
	fmt.Fprintf(e.stderr, "parley eval: unknown kind %q (want ud, polnear or plover)\n", args[0])
	return errUsage
}

func runEvalUD(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval ud", "[flags] FILE.conllu",
		`Score the tagger and parser against a CoNLL-U treebank, as the CoNLL 2018
shared task's scorer does. "gold" tags and parses the treebank's own words;
"raw" rebuilds the raw text (sentences of a paragraph joined by a space),
runs the whole pipeline on it, and aligns words on characters. LAS compares
universal relations (the part before ":").`)
	mode := fs.String("mode", "both", "gold, raw or both")
	models := fs.String("models", "", "directory of models written by parley train (default: the models built in)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 || (*mode != "gold" && *mode != "raw" && *mode != "both") {
		fs.Usage()
		return errUsage
	}
	path := fs.Arg(0)
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	sents, err := conllu.ReadAll(f, path)
	f.Close()
	if err != nil {
		return err
	}
	if len(sents) == 0 {
		return fmt.Errorf("%s: no sentences", path)
	}
	pipe, err := loadPipeline(*models)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(e.stdout, "%s: %d sentences\n", path, len(sents))
	if *mode != "raw" {
		start := time.Now()
		sc := evalGoldTokens(pipe, sents)
		secs := time.Since(start).Seconds()
		fmt.Fprintf(e.stdout, "\ngold tokenization (%d words, %.0f words/s tag+lemma+parse on one core)\n", sc.words, float64(sc.words)/secs)
		fmt.Fprintln(tw, "metric\taccuracy\t")
		for _, m := range []struct {
			name string
			n    int
		}{{"UPOS", sc.upos}, {"XPOS", sc.xpos}, {"UPOS+XPOS", sc.tags}, {"Lemma", sc.lemma}, {"UAS", sc.uas}, {"LAS", sc.las}} {
			fmt.Fprintf(tw, "%s\t%.2f\t\n", m.name, pct(m.n, sc.words))
		}
		tw.Flush()
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if *mode != "gold" {
		text, gold := eval.RawText(sents)
		d := &document.Document{ID: "eval", Text: text, Parts: paragraphParts(text)}
		start := time.Now()
		pipe.Analyze(d)
		secs := time.Since(start).Seconds()
		sc := eval.ScoreUD(gold, eval.FromDocument(d))
		fmt.Fprintf(e.stdout, "\nraw text (%d characters, %.0f KB/s whole pipeline on one core)\n", len(text), float64(len(text))/1024/secs)
		fmt.Fprintln(tw, "metric\tprecision\trecall\tF1\t")
		for _, m := range []struct {
			name string
			s    eval.Score
		}{{"Tokens", sc.Tokens}, {"Sentences", sc.Sentences}, {"Words", sc.Words}, {"UPOS", sc.UPOS}, {"UAS", sc.UAS}, {"LAS", sc.LAS}} {
			fmt.Fprintf(tw, "%s\t%.2f\t%.2f\t%.2f\t\n", m.name, 100*m.s.Precision(), 100*m.s.Recall(), 100*m.s.F1())
		}
		tw.Flush()
	}
	return nil
}

type goldTokenScores struct {
	words, upos, xpos, tags, lemma, uas, las int
}

func evalGoldTokens(pipe *nlp.Pipeline, sents []*conllu.Sentence) goldTokenScores {
	var sc goldTokenScores
	for _, s := range sents {
		words := make([]document.Word, len(s.Words))
		for i, w := range s.Words {
			words[i].Form = w.Form
		}
		pipe.Annotate(words)
		for i, g := range s.Words {
			w := words[i]
			sc.words++
			sc.upos += b2i(w.UPOS == g.UPOS)
			sc.xpos += b2i(w.XPOS == g.XPOS)
			sc.tags += b2i(w.UPOS == g.UPOS && w.XPOS == g.XPOS)
			sc.lemma += b2i(w.Lemma == g.Lemma)
			if w.Head == g.Head {
				sc.uas++
				sc.las += b2i(universalRel(w.Rel) == universalRel(g.Deprel))
			}
		}
	}
	return sc
}

// paragraphParts cuts text at blank lines.
func paragraphParts(text string) []document.Part {
	var parts []document.Part
	for start := 0; start < len(text); {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			parts = append(parts, document.Part{Kind: document.Paragraph, Start: start, End: end})
		}
		start = end + 2
	}
	return parts
}

func universalRel(r string) string {
	r, _, _ = strings.Cut(r, ":")
	return r
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
