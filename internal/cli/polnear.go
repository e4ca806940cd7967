package cli

import (
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/attrib"
	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/eval"
	"github.com/parley-news/parley/internal/nlp"
)

func loadExtractor(path string) (*attrib.Extractor, error) {
	if path == "" {
		return attrib.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return attrib.Read(f)
}

// analysePolNeAR reads a PolNeAR split and analyses its articles with
// the built-in pipeline.
func analysePolNeAR(ctx context.Context, dir string) ([]eval.PolNeARArticle, []*document.Document, error) {
	pipe, err := nlp.Load()
	if err != nil {
		return nil, nil, err
	}
	arts, err := eval.ReadPolNeAR(dir)
	if err != nil {
		return nil, nil, err
	}
	docs := make([]*document.Document, len(arts))
	for i, a := range arts {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		docs[i] = article.FromText(a.Text)
		docs[i].ID = a.Name
		if err := docs[i].Apply(pipe.Analyze); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", a.Name, err)
		}
	}
	return arts, docs, nil
}

func runEvalPolNeAR(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval polnear", "[flags] DIR",
		`Score attribution extraction against a PolNeAR split directory (text/ and
attributions/, gold annotator from metadata.tsv), following
../shared/polnear/SCORING.md: per role exact, partial (one shared token,
1:1) and token-overlap P/R/F1, and attribution-level strict and partial
matches, on the scorer's own tokens.`)
	model := fs.String("cue-model", "", "cue model written by parley train attrib (default: the built-in one)")
	verbose := fs.Bool("v", false, "list, per article, the gold attributions whose content no prediction overlaps (missed) and the predictions that overlap no gold content (spurious)")
	bias := fs.Float64("cue-bias", math.NaN(), "margin a word's cue score needs (default: the extractor's; lower favours recall)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	shared, err := loadExtractor(*model)
	if err != nil {
		return err
	}
	x := *shared // the built-in extractor is shared; set the bias on a copy
	if !math.IsNaN(*bias) {
		x.Bias = float32(*bias)
	}
	arts, docs, err := analysePolNeAR(ctx, fs.Arg(0))
	if err != nil {
		return err
	}
	var sc eval.PolNeARScores
	for i, a := range arts {
		if err := docs[i].Apply(func(d *document.Document) { d.Attributions = x.Extract(d) }); err != nil {
			return fmt.Errorf("%s: %w", a.Name, err)
		}
		pred := eval.DocumentAttributions(docs[i])
		sc.Add(a.Text, a.Gold, pred)
		if *verbose {
			listUnmatched(e.stdout, a, pred)
		}
	}
	fmt.Fprintf(e.stdout, "%s: %d articles, %d gold attributions, %d predicted\n\n", fs.Arg(0), len(arts), sc.Strict.Gold, sc.Strict.System)
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "role\tmatch\tprecision\trecall\tF1\t")
	for _, role := range eval.Roles {
		for _, m := range []struct {
			name string
			s    eval.Score
		}{{"exact", sc.Exact[role]}, {"partial", sc.Partial[role]}, {"token overlap", sc.Overlap[role]}} {
			fmt.Fprintf(tw, "%s\t%s\t%.3f\t%.3f\t%.3f\t\n", role, m.name, m.s.Precision(), m.s.Recall(), m.s.F1())
		}
	}
	fmt.Fprintf(tw, "attribution\tstrict\t%.3f\t%.3f\t%.3f\t\n", sc.Strict.Precision(), sc.Strict.Recall(), sc.Strict.F1())
	fmt.Fprintf(tw, "attribution\tpartial\t%.3f\t%.3f\t%.3f\t\n", sc.Loose.Precision(), sc.Loose.Recall(), sc.Loose.F1())
	return tw.Flush()
}

// listUnmatched prints an article's missed and spurious attributions,
// cue and content quoted from the text.
func listUnmatched(w io.Writer, a eval.PolNeARArticle, pred []eval.AttributionSpans) {
	text := []rune(a.Text)
	quote := func(f eval.Fragments) string {
		var parts []string
		for _, fr := range f {
			parts = append(parts, string(text[fr[0]:fr[1]]))
		}
		s := strings.Join(parts, " … ")
		if r := []rune(s); len(r) > 100 {
			s = string(r[:100]) + "…"
		}
		return strings.Join(strings.Fields(s), " ")
	}
	missed, spurious := eval.UnmatchedContents(a.Text, a.Gold, pred)
	for _, i := range missed {
		g := a.Gold[i]
		fmt.Fprintf(w, "%s: missed   source %q cue %q content %q\n", a.Name, quote(g.Source), quote(g.Cue), quote(g.Content))
	}
	for _, i := range spurious {
		p := pred[i]
		fmt.Fprintf(w, "%s: spurious source %q cue %q content %q\n", a.Name, quote(p.Source), quote(p.Cue), quote(p.Content))
	}
}

func runTrainAttrib(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train attrib", "[flags] POLNEAR_TRAIN_DIR",
		`Train the attribution cue model from a PolNeAR split (text/ and
attributions/): an averaged perceptron that marks the words heading a cue.`)
	out := fs.String("out", "cue.model", "file to write the model to")
	iters := fs.Int("iterations", 10, "training passes")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	arts, docs, err := analysePolNeAR(ctx, fs.Arg(0))
	if err != nil {
		return err
	}
	var examples []attrib.Example
	for i, a := range arts {
		ex := attrib.Example{Doc: docs[i]}
		for _, g := range a.Gold {
			ex.Cues = append(ex.Cues, g.Cue)
		}
		examples = append(examples, ex)
	}
	x := attrib.Train(examples, *iters, 1, func(it int, acc float64) {
		e.log.Info("cue model", "iteration", it, "train_accuracy", fmt.Sprintf("%.4f", acc))
	})
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := x.Write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
