package ingest

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/store"
)

// fakeCode stands in for the coder: one actor and one event per article,
// and a panic on an article that asks for one.
func fakeCode(d *document.Document) {
	if strings.Contains(d.Text, "PANIC") {
		panic("the coder met an odd text")
	}
	d.Actors = []document.Actor{{ID: "A1", Name: "Iran", Kind: "country", Country: "IRN", Code: "IRN",
		Mentions: []document.Span{{Start: 0, End: 4}}}}
	d.Events = []document.Event{{ID: "E1", CAMEO: "036", Root: "03", PLOVER: "CONSULT",
		Source: document.EventActor{Actor: "A1", Code: "IRN", Text: "Iran"}, Evidence: document.Span{Start: 5, End: 10}}}
}

// corpus writes n articles as text files and returns the directory.
func corpus(t *testing.T, n int) string {
	dir := t.TempDir()
	for i := range n {
		text := fmt.Sprintf("Iran talks number %d.\n\nOfficials met on day %d to discuss the matter.\n", i, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%04d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func openStore(t *testing.T) *store.Store {
	s, err := store.Open(t.Context(), filepath.Join(t.TempDir(), "corpus.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

type countingProgress struct{ total, done atomic.Int64 }

func (p *countingProgress) Start(n int) { p.total.Store(int64(n)) }
func (p *countingProgress) Add(n int)   { p.done.Add(int64(n)) }
func (p *countingProgress) Finish()     {}

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func TestRunThenRerun(t *testing.T) {
	dir := corpus(t, 40)
	// Bad records among good ones: binary, invalid UTF-8, a broken JSONL
	// line, an article the coder fails on, and a copy of an article.
	os.WriteFile(filepath.Join(dir, "binary.txt"), []byte("GIF89a\x00\x01\x02"), 0o644)
	os.WriteFile(filepath.Join(dir, "latin1.txt"), []byte("Caf\xe9 talks in Paris."), 0o644)
	os.WriteFile(filepath.Join(dir, "bulk.jsonl"), []byte(`{"id":"j1","text":"Iran and Oman held talks in Muscat."}
{"id":"j2","text": broken
{"id":"j3","text":"PANIC in the coder."}
{"id":"j4","url":"https://example.org/x","text":"IRAN TALKS NUMBER 7. Officials met on day 7 to discuss the matter"}
`), 0o644)
	s := openStore(t)
	var logs strings.Builder
	p := &countingProgress{}
	p.Start(Count(t.Context(), []string{dir, filepath.Join(dir, "missing.txt")}, ""))
	sum, err := Run(t.Context(), Config{Store: s, Code: fakeCode, Workers: 3, BatchSize: 7, Progress: p,
		Log: slog.New(slog.NewTextHandler(&logs, nil))}, []string{dir, filepath.Join(dir, "missing.txt")})
	if err != nil {
		t.Fatal(err)
	}
	want := Summary{Read: 43, New: 41, Duplicate: 1, Failed: 5, Actors: 41, Events: 41}
	sum.Elapsed = 0
	if sum != want {
		t.Errorf("summary = %+v\nwant      %+v", sum, want)
	}
	// One step per record: 47 of them, one (j3) both read and failed.
	if p.done.Load() != 47 || p.total.Load() != 47 {
		t.Errorf("progress %d of %d, want 47 of 47", p.done.Load(), p.total.Load())
	}
	for _, where := range []string{"binary.txt", "latin1.txt", "bulk.jsonl:2", "bulk.jsonl:3", "missing.txt", "analysis failed"} {
		if !strings.Contains(logs.String(), where) {
			t.Errorf("log does not name %q:\n%s", where, logs.String())
		}
	}
	// Stored in input order, whatever order the workers finished in.
	arts, _, err := s.Articles(t.Context(), store.Page{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if a.DocID == "0000" && a.ID != 1 || a.DocID == "0039" && a.ID != 40 {
			t.Errorf("article %s has id %d: not stored in input order", a.DocID, a.ID)
		}
	}

	again, err := Run(t.Context(), Config{Store: s, Code: fakeCode, Log: quiet()}, []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if again.New != 0 || again.Duplicate != 42 {
		t.Errorf("second run: %+v, want every article a duplicate", again)
	}
}

func TestInterruptedRunResumes(t *testing.T) {
	dir := corpus(t, 60)
	clean := openStore(t)
	if _, err := Run(t.Context(), Config{Store: clean, Code: fakeCode, Log: quiet()}, []string{dir}); err != nil {
		t.Fatal(err)
	}
	want, _ := clean.Counts(t.Context())

	s := openStore(t)
	ctx, cancel := context.WithCancel(t.Context())
	var coded atomic.Int64
	stopAfter := func(d *document.Document) {
		if coded.Add(1) == 25 {
			cancel()
		}
		fakeCode(d)
	}
	sum, err := Run(ctx, Config{Store: s, Code: stopAfter, Workers: 2, BatchSize: 4, Log: quiet()}, []string{dir})
	if err == nil || sum.New == 0 || sum.New >= 60 {
		t.Fatalf("interrupted run: %+v, %v; want some articles stored and context.Canceled", sum, err)
	}
	if _, err := Run(t.Context(), Config{Store: s, Code: fakeCode, Log: quiet()}, []string{dir}); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Counts(t.Context())
	if got != want {
		t.Errorf("after resuming: %+v, want %+v as after one clean run", got, want)
	}
}

func TestNothingRead(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	_, err := Run(t.Context(), Config{Store: openStore(t), Code: fakeCode, Log: quiet()}, []string{dir})
	if err != ErrNothingRead {
		t.Errorf("err = %v, want ErrNothingRead", err)
	}
}
