package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/nlp"
)

// inputFlags are the flags shared by commands that read articles.
type inputFlags struct {
	format  string
	workers int
	models  string
	date    string
}

func (f *inputFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.format, "input", "auto", "input format: auto, text, html, feed or jsonl (auto goes by extension, then content)")
	fs.IntVar(&f.workers, "j", runtime.GOMAXPROCS(0), "number of articles analysed in parallel")
	fs.StringVar(&f.models, "models", "", "directory of models written by parley train (default: the models built in)")
	fs.StringVar(&f.date, "date", "", "publication date (YYYY-MM-DD) of the articles that give none, in metadata or text, to resolve\n\"on Monday\" and \"last week\" against (a folder of wire copy whose datelines name no year)")
}

// publication is the -date flag's date, zero when it is not set.
func (f *inputFlags) publication() (time.Time, error) {
	if f.date == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", f.date)
	if err != nil {
		return time.Time{}, fmt.Errorf("-date %q: want YYYY-MM-DD", f.date)
	}
	return t, nil
}

// dated returns process, first giving an article with no publication
// date the -date flag's.
func (f *inputFlags) dated(process func(*document.Document)) func(*document.Document) {
	t, err := f.publication()
	if err != nil || t.IsZero() {
		return process
	}
	return func(d *document.Document) {
		if d.Published.IsZero() {
			d.Published, d.DateInferred, d.DateSource = t, false, "-date"
		}
		process(d)
	}
}

func loadPipeline(dir string) (*nlp.Pipeline, error) {
	if dir == "" {
		return nlp.Load()
	}
	return nlp.LoadDir(dir)
}

func (f *inputFlags) inputFormat() (article.Format, error) {
	switch f.format {
	case "auto", "":
		return article.Auto, nil
	case "text", "html", "feed", "jsonl":
		return article.Format(f.format), nil
	}
	return "", fmt.Errorf("unknown input format %q (want auto, text, html, feed or jsonl)", f.format)
}

// parseArgs parses a reading command's flags and checks that it names
// inputs and a known input format.
func (f *inputFlags) parseArgs(e *env, fs *flag.FlagSet, args []string) error {
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	return f.checkFormat(e)
}

// checkFormat reports a bad -input flag as a usage error, before any
// model is loaded.
func (f *inputFlags) checkFormat(e *env) error {
	if _, err := f.inputFormat(); err != nil {
		fmt.Fprintln(e.stderr, err)
		return errUsage
	}
	if _, err := f.publication(); err != nil {
		fmt.Fprintln(e.stderr, err)
		return errUsage
	}
	return nil
}

// processInputs reads every input, runs process on the articles on
// f.workers goroutines, and calls write for each in input order. Records
// that cannot be read are reported on stderr and skipped; the error is
// errNothingRead when no record could be read at all.
func processInputs(ctx context.Context, e *env, f *inputFlags, inputs []string, process func(*document.Document), write func(*document.Document) error) error {
	format, err := f.inputFormat()
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return errUsage
	}
	process = f.dated(process)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq int
		doc *document.Document
		err error // the analysis failed
	}
	jobs := make(chan job, 2*f.workers)
	done := make(chan job, 2*f.workers)
	var failed int
	go func() {
		defer close(jobs)
		seq := 0
		handle := func(d *document.Document, err error) error {
			if err != nil {
				failed++
				fmt.Fprintf(e.stderr, "parley: %v\n", err)
				return nil
			}
			select {
			case jobs <- job{seq: seq, doc: d}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		for _, in := range inputs {
			if err := article.ReadPath(ctx, in, format, e.stdin, handle); err != nil {
				if ctx.Err() != nil {
					return
				}
				handle(nil, err)
			}
		}
	}()
	var wg sync.WaitGroup
	for range max(f.workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.err = j.doc.Apply(process)
				done <- j
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	// Write in input order, holding back documents that finish early.
	pending := map[int]job{}
	next, written, crashed := 0, 0, 0
	var writeErr error
	for j := range done {
		pending[j.seq] = j
		for p, ok := pending[next]; ok; p, ok = pending[next] {
			delete(pending, next)
			next++
			d := p.doc
			if p.err != nil {
				crashed++
				fmt.Fprintf(e.stderr, "parley: %v\n", &article.Error{Source: d.Source, Err: p.err})
				continue
			}
			if writeErr == nil {
				if writeErr = write(d); writeErr != nil {
					cancel()
				}
				written++
			}
		}
	}
	switch {
	case writeErr != nil:
		return writeErr
	case ctx.Err() != nil:
		return ctx.Err()
	case written == 0:
		if failed+crashed == 0 {
			return errors.Join(errNothingRead, errors.New("the inputs hold no articles"))
		}
		return errNothingRead
	case failed+crashed > 0:
		fmt.Fprintf(e.stderr, "parley: %d article(s) read, %d record(s) skipped\n", written, failed+crashed)
	}
	return nil
}
