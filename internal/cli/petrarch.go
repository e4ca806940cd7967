package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

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
codings came out, over all records and by category. Sentences are parsed
by parley's own pipeline, not taken from the records' Penn parses.`)
	dictDir := fs.String("dict", "", "folder of the dictionaries the file names")
	models := fs.String("models", "", "directory of models written by parley train (default: the models built in)")
	verbose := fs.Bool("v", false, "print every record with its expected and coded events")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	suite, err := eval.ReadPetrarchSuite(f, fs.Arg(0))
	f.Close()
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
	c, err := (&coderFlags{}).load(*models, e.log)
	if err != nil {
		return err
	}
	c.Petrarch = event.NewPetrarchCoder(dict, c.Events)
	start := time.Now()
	var sc eval.PetrarchScores
	for _, rec := range suite.Records {
		if err := ctx.Err(); err != nil {
			return err
		}
		d := &document.Document{ID: rec.ID, Text: rec.Text, Parts: []document.Part{{Kind: document.Paragraph, Start: 0, End: len(rec.Text)}}}
		if t, err := time.Parse("20060102", rec.Date); err == nil {
			d.Published = t
		}
		c.Code(d)
		var coded []eval.PetrarchCoding
		for _, ev := range d.Events {
			coded = append(coded, eval.PetrarchCoding{Source: ev.Source.Code, Target: ev.Target.Code, Event: ev.CAMEO})
		}
		sc.Add(rec, coded)
		if *verbose {
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
	fmt.Fprintf(e.stdout, "%s: %d records, %d expected codings (parley's own parse)\n\n", fs.Arg(0), sc.Records, sc.Expected)
	fmt.Fprintf(e.stdout, "reproduced exactly  %.3f (%d/%d)\n", sc.Rate(), sc.Reproduced, sc.Expected)
	fmt.Fprintf(e.stdout, "extra codings       %d\n", sc.Extra)
	fmt.Fprintf(e.stdout, "no-event records    %d of %d coded nothing\n", sc.Silent, sc.NoEvents)
	fmt.Fprintf(e.stdout, "time                %.2fs (parse and code, dictionaries loaded)\n\n", elapsed.Seconds())
	sc.WriteCategories(e.stdout)
	return nil
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
