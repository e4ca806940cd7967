package ingest

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/store"
)

// Progress is told how many records there are, when known, and each time
// one is settled: stored, skipped as a duplicate, or failed.
type Progress interface {
	Start(total int) // total is -1 when it is not known in advance
	Add(n int)
	Finish()
}

// Config is what an ingest runs with.
type Config struct {
	Store     *store.Store
	Code      func(*document.Document) // the coder; called from several goroutines at once
	Format    article.Format
	Workers   int // coding goroutines; 0 means one per core
	BatchSize int // articles per transaction; 0 means DefaultBatchSize
	Stdin     io.Reader
	Progress  Progress     // nil for none
	Log       *slog.Logger // where skipped records are reported; nil for slog.Default()
}

// DefaultBatchSize is the number of articles stored per transaction:
// large enough that commits cost little, small enough that an interrupt
// loses little coding work.
const DefaultBatchSize = 64

// Summary counts what an ingest did.
type Summary struct {
	Read         int           `json:"read"`      // records read as articles
	New          int           `json:"new"`       // articles stored
	Duplicate    int           `json:"duplicate"` // articles the store already held, or repeated in the input
	Failed       int           `json:"failed"`    // records that could not be read or coded
	Actors       int           `json:"actors"`    // of the new articles
	Attributions int           `json:"attributions"`
	Events       int           `json:"events"`
	Elapsed      time.Duration `json:"elapsed_ns"`
}

// ErrNothingRead is returned when the inputs held no readable record.
var ErrNothingRead = errors.New("no article could be read")

// Count returns how many records the inputs hold, for a progress bar's
// total, or -1 when an input can only be read once (standard input, a
// URL). It reads every file, so it costs about one pass of the readers.
func Count(ctx context.Context, inputs []string, format article.Format) int {
	n := 0
	for _, in := range inputs {
		if in == "-" || article.IsURL(in) {
			return -1
		}
		err := article.ReadPath(ctx, in, format, nil, func(*document.Document, error) error {
			n++
			return ctx.Err()
		})
		if err != nil {
			if ctx.Err() != nil {
				return -1
			}
			n++ // a missing input is reported as one bad record
		}
	}
	return n
}

type job struct {
	seq int
	doc *document.Document
	err error // coding failed
}

// Run ingests the inputs. It returns the summary of what was done even
// when it stops early: on a cancelled context (after storing every
// article already coded) or on a store error (the batch being written is
// rolled back; earlier batches stay).
func Run(ctx context.Context, cfg Config, inputs []string) (Summary, error) {
	start := time.Now()
	cfg = withDefaults(cfg)
	var sum Summary
	var mu sync.Mutex // guards sum's reader-side counts
	jobs := make(chan job, 2*cfg.Workers)
	done := make(chan job, 2*cfg.Workers)
	readCtx, stopReading := context.WithCancel(ctx)
	defer stopReading()

	var readErr error
	go func() {
		defer close(jobs)
		readErr = read(readCtx, cfg, inputs, jobs, &sum, &mu)
	}()
	var wg sync.WaitGroup
	for range cfg.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.err = j.doc.Apply(cfg.Code)
				cfg.Progress.Add(1)
				done <- j
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	saveErr := write(ctx, cfg, done, &sum, &mu)
	if saveErr != nil {
		stopReading()
		for range done { // let the workers finish
		}
	}
	cfg.Progress.Finish()
	mu.Lock()
	defer mu.Unlock()
	sum.Elapsed = time.Since(start)
	switch {
	case saveErr != nil:
		return sum, saveErr
	case ctx.Err() != nil:
		return sum, ctx.Err()
	case readErr != nil:
		return sum, readErr
	case sum.Read == 0:
		return sum, ErrNothingRead
	}
	return sum, nil
}

func withDefaults(cfg Config) Config {
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = DefaultBatchSize
	}
	if cfg.Progress == nil {
		cfg.Progress = noProgress{}
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	return cfg
}

// read sends every new article to the coders, counting and reporting the
// records it skips.
func read(ctx context.Context, cfg Config, inputs []string, jobs chan<- job, sum *Summary, mu *sync.Mutex) error {
	seq := 0
	handle := func(d *document.Document, err error) error {
		if err != nil {
			mu.Lock()
			sum.Failed++
			mu.Unlock()
			cfg.Log.Warn("skipped a record", "err", err)
			cfg.Progress.Add(1)
			return nil
		}
		seen, err := cfg.Store.Has(ctx, d.Text, d.URL)
		if err != nil {
			return storeError{err}
		}
		if seen {
			mu.Lock()
			sum.Read++
			sum.Duplicate++
			mu.Unlock()
			cfg.Progress.Add(1)
			return nil
		}
		select {
		case jobs <- job{seq: seq, doc: d}:
			// Counted once handed on, so that an interrupted run's summary
			// adds up: read = new + duplicate + failed while coding.
			mu.Lock()
			sum.Read++
			mu.Unlock()
			seq++
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	for _, in := range inputs {
		if err := article.ReadPath(ctx, in, cfg.Format, cfg.Stdin, handle); err != nil {
			if ctx.Err() != nil {
				return nil // the caller reports the cancellation
			}
			if isStoreError(err) {
				return err
			}
			// A missing or unreadable input is one bad record, not the end.
			var recErr *article.Error
			if !errors.As(err, &recErr) {
				err = &article.Error{Source: in, Err: err}
			}
			handle(nil, err)
		}
	}
	return nil
}

func isStoreError(err error) bool {
	var se storeError
	return errors.As(err, &se)
}

// storeError marks a failure of the store during reading, which stops
// the ingest; any other reading error costs one input.
type storeError struct{ error }

func (e storeError) Unwrap() error { return e.error }

// write stores coded articles in input order, a batch per transaction.
// When ctx is cancelled it still stores what has been coded, so that an
// interrupt loses as little work as possible.
func write(ctx context.Context, cfg Config, done <-chan job, sum *Summary, mu *sync.Mutex) error {
	pending := map[int]job{}
	next := 0
	var batch []*document.Document
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		saveCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
		defer cancel()
		saved, err := cfg.Store.Save(saveCtx, batch)
		if err != nil {
			return err
		}
		mu.Lock()
		for i, s := range saved {
			if s.Duplicate {
				sum.Duplicate++
				continue
			}
			d := batch[i]
			sum.New++
			sum.Actors += len(d.Actors)
			sum.Attributions += len(d.Attributions)
			sum.Events += len(d.Events)
		}
		mu.Unlock()
		batch = batch[:0]
		return nil
	}
	for j := range done {
		pending[j.seq] = j
		for p, ok := pending[next]; ok; p, ok = pending[next] {
			delete(pending, next)
			next++
			if p.err != nil {
				mu.Lock()
				sum.Failed++
				mu.Unlock()
				cfg.Log.Warn("skipped a record", "err", &article.Error{Source: p.doc.Source, Err: p.err})
				continue
			}
			batch = append(batch, p.doc)
			if len(batch) >= cfg.BatchSize {
				if err := flush(); err != nil {
					return err
				}
			}
		}
	}
	return flush()
}

type noProgress struct{}

func (noProgress) Start(int) {}
func (noProgress) Add(int)   {}
func (noProgress) Finish()   {}
