package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/parley-news/parley/internal/coder"
	"github.com/parley-news/parley/internal/nlp"
	"github.com/parley-news/parley/internal/nlp/lemma"
	"github.com/parley-news/parley/internal/nlp/ptb"

	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/eval"
	"github.com/parley-news/parley/internal/event"
	"github.com/parley-news/parley/internal/petrarch"
)

func runEvalPetrarch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval petrarch", "[flags] FILE.xml",
		`Run a PETRARCH validation file (e.g.
../shared/petrarch/text/PETR.UnitTest.records.xml) with the dictionaries its
<Environment> names, read from -dict (default: ../dictionaries beside the
file, then the file's own folder), and print how many expected codings
(source, target, event code) were reproduced exactly and how many extra
codings came out, over all records and by category. -parse says whose
parse the coder reads: parley's own pipeline on the record's text, the
record's Penn Treebank parse converted to dependencies, or both (two
reports).`)
	parseBy := fs.String("parse", "both", "parley, record or both")
	nullTargets := fs.Bool("null-targets", false, "also code events without a target (target ---), as PETRARCH does with require_dyad off")
	dictDir := fs.String("dict", "", "folder of the dictionaries the file names")
	models := fs.String("models", "", "directory of models written by parley train (default: the models built in)")
	verbose := fs.Bool("v", false, "print every record with its expected and coded events")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 || (*parseBy != "parley" && *parseBy != "record" && *parseBy != "both") {
		fs.Usage()
		return errUsage
	}
	suite, err := readFileWith(fs.Arg(0), eval.ReadPetrarchSuite)
	if err != nil {
		return err
	}
	dict, err := loadSuiteDictionaries(suite, fs.Arg(0), *dictDir)
	if err != nil {
		return err
	}
	for _, w := range dict.Warnings {
		e.log.Warn("PETRARCH dictionary record skipped", "err", w)
	}
	c, err := suiteCoder(*parseBy, *models, e)
	if err != nil {
		return err
	}
	c.Petrarch = event.NewPetrarchCoder(dict, c.Events)
	c.Petrarch.NullTargets = *nullTargets
	for _, by := range []string{"parley", "record"} {
		if *parseBy != "both" && *parseBy != by {
			continue
		}
		if err := runPetrarchSuite(ctx, e, suite, fs.Arg(0), c, by, *verbose); err != nil {
			return err
		}
	}
	return nil
}

// suiteCoder loads what the suite needs: the whole pipeline for parley's
// parse; for the records' parses a coder over the lemmatizer alone,
// without the tagger and parser models that take most of the start-up
// time.
func suiteCoder(parseBy, models string, e *env) (*coder.Coder, error) {
	if parseBy != "record" {
		return (&coderFlags{}).load(models, e.log)
	}
	lemmas, err := lemma.Default()
	if err != nil {
		return nil, err
	}
	return coder.Load(&nlp.Pipeline{Lemmas: lemmas}, nil, nil)
}

// runPetrarchSuite codes every record, with parley's parse or the
// record's, and prints the scores.
func runPetrarchSuite(ctx context.Context, e *env, suite *eval.PetrarchSuite, name string, c *coder.Coder, by string, verbose bool) error {
	start := time.Now()
	var sc eval.PetrarchScores
	unparsed := 0
	for _, rec := range suite.Records {
		if err := ctx.Err(); err != nil {
			return err
		}
		d := &document.Document{ID: rec.ID, Text: rec.Text, Parts: []document.Part{{Kind: document.Paragraph, Start: 0, End: len(rec.Text)}}}
		if by == "record" {
			var err error
			if d, err = recordDocument(rec, c.NLP.Lemmas); err != nil {
				e.log.Warn("record parse unreadable; record scored with no events", "file", name, "record", rec.ID, "err", err)
				unparsed++
				d = &document.Document{ID: rec.ID}
			}
		}
		if t, err := time.Parse("20060102", rec.Date); err == nil {
			d.Published = t
		}
		stage := c.Code
		if by == "record" {
			stage = c.Petrarch.Code
		}
		if err := d.Apply(stage); err != nil {
			e.log.Warn("record not coded; scored with no events", "file", name, "record", rec.ID, "err", err)
			d.Events = nil
		}
		var coded []eval.PetrarchCoding
		for _, ev := range d.Events {
			coded = append(coded, eval.PetrarchCoding{Source: ev.Source.Code, Target: ev.Target.Code, Event: ev.CAMEO})
		}
		sc.Add(rec, coded)
		if verbose {
			fmt.Fprintf(e.stdout, "%s\t%s\n\twant", rec.ID, rec.Text)
			for _, x := range rec.Codings {
				fmt.Fprintf(e.stdout, " [%s]", x.Key())
			}
			fmt.Fprint(e.stdout, "\n\tgot ")
			for _, x := range coded {
				fmt.Fprintf(e.stdout, " [%s]", x.Key())
			}
			fmt.Fprintln(e.stdout)
		}
	}
	elapsed := time.Since(start)
	how := "parley's own parse"
	if by == "record" {
		how = "the records' Penn parses"
	}
	fmt.Fprintf(e.stdout, "%s: %d records, %d expected codings (%s)\n\n", name, sc.Records, sc.Expected, how)
	fmt.Fprintf(e.stdout, "reproduced exactly  %.3f (%d/%d)\n", sc.Rate(), sc.Reproduced, sc.Expected)
	fmt.Fprintf(e.stdout, "extra codings       %d\n", sc.Extra)
	fmt.Fprintf(e.stdout, "no-event records    %d of %d coded nothing\n", sc.Silent, sc.NoEvents)
	if unparsed > 0 {
		fmt.Fprintf(e.stdout, "unreadable parses   %d\n", unparsed)
	}
	fmt.Fprintf(e.stdout, "time                %.2fs (dictionaries loaded)\n\n", elapsed.Seconds())
	sc.WriteCategories(e.stdout)
	fmt.Fprintln(e.stdout)
	return nil
}

// recordDocument builds a one-sentence document from a record's Penn
// parse: its words joined by blanks, tags and dependencies from the
// tree, lemmas from parley's lemmatizer.
func recordDocument(rec eval.PetrarchRecord, lemmas *lemma.Lemmatizer) (*document.Document, error) {
	tree, err := ptb.Parse(rec.Parse)
	if err != nil {
		return nil, err
	}
	deps := tree.Dependencies()
	var b strings.Builder
	s := document.Sentence{Words: make([]document.Word, len(deps))}
	for i, dep := range deps {
		if i > 0 {
			b.WriteByte(' ')
		}
		w := document.Word{Start: b.Len(), Form: dep.Form, UPOS: dep.UPOS, XPOS: dep.XPOS, Head: dep.Head, Rel: dep.Rel}
		b.WriteString(dep.Form)
		w.End = b.Len()
		w.TokenStart, w.TokenEnd, w.SpaceAfter = w.Start, w.End, true
		w.Lemma = lemmas.Lemma(w.Form, w.UPOS, w.XPOS)
		s.Words[i] = w
	}
	text := b.String()
	s.End = len(text)
	return &document.Document{ID: rec.ID, Text: text, Parts: []document.Part{{Kind: document.Paragraph, Start: 0, End: len(text)}},
		Sentences: []document.Sentence{s}}, nil
}

// readFileWith opens a file and hands it to a reader that takes the
// file's name for its errors.
func readFileWith[T any](name string, read func(io.Reader, string) (T, error)) (T, error) {
	f, err := os.Open(name)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	return read(f, name)
}

// loadSuiteDictionaries reads the dictionaries a validation file names.
func loadSuiteDictionaries(s *eval.PetrarchSuite, file, dir string) (*petrarch.Dictionaries, error) {
	dirs := []string{dir}
	if dir == "" {
		dirs = []string{filepath.Join(filepath.Dir(file), "..", "dictionaries"), filepath.Dir(file)}
	}
	d := petrarch.New()
	for _, part := range []struct {
		name string
		kind petrarch.Kind
	}{{s.Verbs, petrarch.KindVerbs}, {s.Actors, petrarch.KindActors}, {s.Agents, petrarch.KindAgents}, {s.Discards, petrarch.KindDiscards}} {
		if part.name == "" {
			continue
		}
		var err error
		for _, dir := range dirs {
			path := filepath.Join(dir, filepath.Base(part.name))
			if _, err = os.Stat(path); err == nil {
				err = d.ReadFile(path, part.kind)
				break
			}
		}
		if err != nil {
			return nil, fmt.Errorf("%s names %s: %w", file, part.name, err)
		}
	}
	return d, nil
}
