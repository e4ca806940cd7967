package cli

import (
	"context"
	"fmt"
	"os"
	"text/tabwriter"
	"time"

	"github.com/parley-news/parley/internal/conllu"
	"github.com/parley-news/parley/internal/eval"
)

func runEval(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		fmt.Fprintln(e.stderr, `Usage: parley eval <kind> [flags] FILE

Kinds:
	ud FILE.conllu   UPOS, XPOS, UAS and LAS against a Universal Dependencies
	                 treebank, with gold tokenization and from raw text
	polnear DIR      attribution source, cue and content against a PolNeAR split
	plover FILE      event type and actors against PLOVER gold-standard records
	petrarch FILE    a PETRARCH validation file with the dictionaries it names`)
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
	case "petrarch":
		return runEvalPetrarch(ctx, e, args[1:])
	}
	fmt.Fprintf(e.stderr, "parley eval: unknown kind %q (want ud, polnear, plover or petrarch)\n", args[0])
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
	titleCase := fs.Bool("title-case", false, "capitalize every word first, as title-case headlines do, and score the gold words (-mode gold)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *titleCase {
		*mode = "gold"
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
	if *titleCase {
		sents = eval.TitleCased(sents)
	}
	pipe, err := loadPipeline(*models)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(e.stdout, "%s: %d sentences\n", path, len(sents))
	if *mode != "raw" {
		start := time.Now()
		sc := eval.ScoreGoldTokens(sents, pipe.Annotate)
		secs := time.Since(start).Seconds()
		what := "gold tokenization"
		if *titleCase {
			what += ", every word capitalized"
		}
		fmt.Fprintf(e.stdout, "\n%s (%d words, %.0f words/s tag+lemma+parse on one core)\n", what, sc.Words, float64(sc.Words)/secs)
		fmt.Fprintln(tw, "metric\taccuracy\t")
		for _, m := range []struct {
			name string
			n    int
		}{{"UPOS", sc.UPOS}, {"XPOS", sc.XPOS}, {"UPOS+XPOS", sc.Tags}, {"Lemma", sc.Lemma}, {"UAS", sc.UAS}, {"LAS", sc.LAS}} {
			fmt.Fprintf(tw, "%s\t%.2f\t\n", m.name, sc.Percent(m.n))
		}
		tw.Flush()
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if *mode != "gold" {
		d, gold := eval.RawDocument(sents)
		text := d.Text
		start := time.Now()
		if err := d.Apply(pipe.Analyze); err != nil {
			return fmt.Errorf("raw text of %s: %w", path, err)
		}
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
