package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"

	"github.com/parley-news/parley/internal/coder"
	"github.com/parley-news/parley/internal/event"
	"github.com/parley-news/parley/internal/ingest"
	"github.com/parley-news/parley/internal/petrarch"
	"github.com/parley-news/parley/internal/store"
)

// dbFlag registers -db, shared by the commands that use a corpus.
func dbFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("PARLEY_DB")
	if def == "" {
		def = store.DefaultPath
	}
	return fs.String("db", def, "the corpus: a SQLite file, or a postgres:// URL (default from $PARLEY_DB)")
}

// coderFlags are the dictionaries a coding command may add.
type coderFlags struct {
	actors, events string
	dict           string // "petrarch:DIR" to code events with PETRARCH dictionaries
	nullTargets    bool
}

func (f *coderFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&f.nullTargets, "null-targets", false, "with -dict petrarch, also code events without a target (target ---), as PETRARCH does with require_dyad off")
	fs.StringVar(&f.dict, "dict", "", "petrarch DIR: code events with the PETRARCH/TABARI dictionaries in DIR (verbs, actors,\nagents, discards; e.g. the Phoenix set) instead of parley's own")
	fs.StringVar(&f.actors, "actors", "", "comma-separated actor dictionaries to add to the built-in one (format of internal/actor/actors.tsv)")
	fs.StringVar(&f.events, "events", "", "comma-separated event triggers to add to the built-in ones (format of internal/event/verbs.tsv)")
}

// load builds the coder from the models and the dictionaries.
func (f *coderFlags) load(models string, log *slog.Logger) (*coder.Coder, error) {
	pipe, err := loadPipeline(models)
	if err != nil {
		return nil, err
	}
	actors, err := openAll(f.actors)
	if err != nil {
		return nil, err
	}
	events, err := openAll(f.events)
	if err != nil {
		return nil, err
	}
	c, err := coder.Load(pipe, actors, events)
	if err != nil {
		return nil, err
	}
	if f.dict == "" {
		if f.nullTargets {
			return nil, errors.New("-null-targets works with -dict petrarch DIR")
		}
		return c, nil
	}
	kind, dir, _ := strings.Cut(f.dict, ":")
	if kind != "petrarch" || dir == "" {
		return nil, fmt.Errorf("-dict %q: want -dict petrarch DIR", f.dict)
	}
	d, err := petrarch.LoadDir(dir)
	if err != nil {
		return nil, err
	}
	for _, w := range d.Warnings {
		log.Warn("PETRARCH dictionary record skipped", "err", w)
	}
	c.Petrarch = event.NewPetrarchCoder(d, c.Events)
	c.Petrarch.NullTargets = f.nullTargets
	return c, nil
}

// dictArgs lets -dict take the kind and the directory as two words, as
// in "parley code -dict petrarch DIR FILE", by joining them before the
// flags are parsed.
func dictArgs(args []string) []string {
	out := make([]string, 0, len(args))
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return append(out, args[i:]...)
		}
		if (a == "-dict" || a == "--dict") && i+2 < len(args) && !strings.Contains(args[i+1], ":") {
			out = append(out, a+"="+args[i+1]+":"+args[i+2])
			i += 2
			continue
		}
		out = append(out, a)
	}
	return out
}

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest", "[flags] FILE|DIR|URL|- ...",
		`Code articles and store them in a corpus that parley serve can explore.
Articles the corpus already holds (the same text, however spaced or cased,
or the same URL) are skipped before coding, so running ingest again adds
only what is new, and an interrupted ingest resumes where it stopped:
articles are stored in batches, one transaction each. A record that cannot
be read is reported with its file and line and skipped.`)
	var in inputFlags
	in.register(fs)
	var dicts coderFlags
	dicts.register(fs)
	db := dbFlag(fs)
	batch := fs.Int("batch", ingest.DefaultBatchSize, "articles stored per transaction")
	progress := fs.String("progress", "auto", "auto (a bar on a terminal, log lines otherwise), bar, log or none")
	if err := in.parseArgs(e, fs, dictArgs(args)); err != nil {
		return err
	}
	format, _ := in.inputFormat()
	st, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	c, err := dicts.load(in.models, e.log)
	if err != nil {
		return err
	}
	p, err := newProgress(*progress, e.stderr, e.log)
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return errUsage
	}
	if p != nil {
		p.Start(ingest.Count(ctx, fs.Args(), format))
	}
	sum, err := ingest.Run(ctx, ingest.Config{
		Store: st, Code: in.dated(c.Code), Format: format, Workers: in.workers, BatchSize: *batch,
		Stdin: e.stdin, Progress: p, Log: e.log,
	}, fs.Args())
	fmt.Fprintf(e.stdout, "ingest into %s: %d read, %d new, %d duplicate, %d failed; %d actors, %d attributions, %d events stored in %.1fs\n",
		st, sum.Read, sum.New, sum.Duplicate, sum.Failed, sum.Actors, sum.Attributions, sum.Events, sum.Elapsed.Seconds())
	if counts, cerr := st.Counts(context.WithoutCancel(ctx)); cerr == nil {
		fmt.Fprintf(e.stdout, "corpus: %d articles, %d actors, %d attributions, %d events\n",
			counts.Articles, counts.Actors, counts.Attributions, counts.Events)
	}
	switch {
	case errors.Is(err, ingest.ErrNothingRead):
		return errNothingRead
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("interrupted after storing %d new articles; run the same command again to resume", sum.New)
	}
	return err
}

func newProgress(mode string, w io.Writer, log *slog.Logger) (ingest.Progress, error) {
	if mode == "auto" {
		mode = "log"
		if f, ok := w.(*os.File); ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())) {
			mode = "bar"
		}
	}
	switch mode {
	case "bar":
		return &barProgress{w: w}, nil
	case "log":
		return &logProgress{log: log, every: 5 * time.Second}, nil
	case "none":
		return nil, nil // ingest.Run reports to no one when Progress is nil
	}
	return nil, fmt.Errorf("unknown -progress %q (want auto, bar, log or none)", mode)
}

// barProgress draws a progress bar with rate and ETA on a terminal.
type barProgress struct {
	w   io.Writer
	bar *progressbar.ProgressBar
}

func (p *barProgress) Start(total int) {
	p.bar = progressbar.NewOptions(total,
		progressbar.OptionSetWriter(p.w),
		progressbar.OptionSetDescription("ingest"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionFullWidth(),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionOnCompletion(func() { fmt.Fprintln(p.w) }),
	)
}

func (p *barProgress) Add(n int) { p.bar.Add(n) }
func (p *barProgress) Finish()   { p.bar.Finish() }

// logProgress writes a log line every so often, for logs and CI where a
// bar's carriage returns would be noise.
type logProgress struct {
	log   *slog.Logger
	every time.Duration

	mu          sync.Mutex
	total, done int
	start, last time.Time
}

func (p *logProgress) Start(total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.total, p.start, p.last = total, time.Now(), time.Now()
}

func (p *logProgress) Add(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done += n
	if time.Since(p.last) >= p.every {
		p.last = time.Now()
		p.report("ingest progress")
	}
}

func (p *logProgress) Finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.report("ingest finished")
}

func (p *logProgress) report(msg string) {
	elapsed := time.Since(p.start)
	rate := float64(p.done) / max(elapsed.Seconds(), 1e-9)
	attrs := []any{"done", p.done, "rate", fmt.Sprintf("%.1f/s", rate)}
	if p.total > 0 {
		attrs = append(attrs, "total", p.total, "percent", fmt.Sprintf("%.0f", 100*float64(p.done)/float64(p.total)))
		if rate > 0 && p.done < p.total {
			attrs = append(attrs, "eta", (time.Duration(float64(p.total-p.done)/rate) * time.Second).Round(time.Second).String())
		}
	}
	p.log.Info(msg, attrs...)
}
