package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-news/parley/internal/store"
)

// TestMain lets a test run parley in a child process, which the test can
// kill: with PARLEY_CHILD set, the test binary is parley.
func TestMain(m *testing.M) {
	if os.Getenv("PARLEY_CHILD") == "1" {
		os.Exit(Main(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// bulkArticles writes n distinct articles as JSONL, each the wire story
// with its own numbers.
func bulkArticles(t *testing.T, n int) string {
	t.Helper()
	body, err := os.ReadFile("testdata/wire.txt")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "bulk.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for i := range n {
		text := strings.Replace(string(body), "two diplomats", fmt.Sprintf("%d diplomats", i+2), 1)
		enc.Encode(map[string]string{"id": fmt.Sprintf("w%d", i), "url": fmt.Sprintf("https://example.org/%d", i),
			"published": "2025-03-05", "text": text})
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestIngest(t *testing.T) {
	input := bulkArticles(t, 6)
	db := filepath.Join(t.TempDir(), "corpus.db")
	code, out, errOut := run(t, "", "ingest", "-db", db, "-progress", "log", input, "testdata/bulk.jsonl")
	if code != exitOK {
		t.Fatalf("exit %d; stderr:\n%s", code, errOut)
	}
	for _, want := range []string{"8 read, 8 new, 0 duplicate, 1 failed", "corpus: 8 articles"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	for _, want := range []string{"testdata/bulk.jsonl:2", "ingest finished", "total=9"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	code, out, _ = run(t, "", "ingest", "-db", db, "-progress", "none", input)
	if code != exitOK || !strings.Contains(out, "6 read, 0 new, 6 duplicate") {
		t.Errorf("second ingest: exit %d:\n%s", code, out)
	}
	code, _, errOut = run(t, "", "ingest", "-db", db, "-progress", "sparkles", input)
	if code != exitUsage || !strings.Contains(errOut, "sparkles") {
		t.Errorf("bad -progress: exit %d: %s", code, errOut)
	}
}

// TestIngestKilledMidway kills an ingest with SIGKILL after its first
// commit, runs it again, and expects the corpus one clean run makes. The
// killed run reads half the articles from a pipe that stays open, so it
// is still running, waiting for more, however fast it codes.
func TestIngestKilledMidway(t *testing.T) {
	if testing.Short() {
		t.Skip("codes 90 articles three times")
	}
	input := bulkArticles(t, 90)
	dir := t.TempDir()
	cleanDB, killedDB := filepath.Join(dir, "clean.db"), filepath.Join(dir, "killed.db")
	if code, _, errOut := run(t, "", "ingest", "-db", cleanDB, "-progress", "none", input); code != exitOK {
		t.Fatalf("clean ingest: exit %d: %s", code, errOut)
	}
	want := counts(t, cleanDB)

	lines, err := os.ReadFile(input)
	if err != nil {
		t.Fatal(err)
	}
	half := strings.SplitAfter(string(lines), "\n")
	half = half[:len(half)/2]
	cmd := exec.Command(os.Args[0], "ingest", "-db", killedDB, "-batch", "8", "-progress", "none", "-input", "jsonl", "-")
	cmd.Env = append(os.Environ(), "PARLEY_CHILD=1")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	if _, err := io.WriteString(stdin, strings.Join(half, "")); err != nil {
		t.Fatal(err)
	}
	killed := false
	for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if _, err := os.Stat(killedDB); err != nil {
			continue
		}
		if c := counts(t, killedDB); c.Articles > 0 {
			cmd.Process.Kill()
			killed = c.Articles < want.Articles
			break
		}
	}
	cmd.Wait()
	if !killed {
		t.Fatal("the ingest finished or stored nothing before it could be killed")
	}
	if code, out, errOut := run(t, "", "ingest", "-db", killedDB, "-progress", "none", input); code != exitOK {
		t.Fatalf("resumed ingest: exit %d: %s", code, errOut)
	} else if !strings.Contains(out, "duplicate") {
		t.Errorf("resumed ingest: %s", out)
	}
	if got := counts(t, killedDB); got != want {
		t.Errorf("after kill and resume: %+v; one clean run: %+v", got, want)
	}
}

func counts(t *testing.T, db string) store.Counts {
	t.Helper()
	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestIngestWithPetrarchDictionaries: -dict petrarch DIR works for ingest
// as for code, and the events stored carry the dictionaries' codes.
func TestIngestWithPetrarchDictionaries(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"test.verbs.txt":  "--- MEET [040] ---\nMEET\nMET\n",
		"test.actors.txt": "NORWAY [NOR]\nIRAN [IRN]\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	input := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(input, []byte("Norway met Iran in Oslo on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "corpus.db")
	code, out, errOut := run(t, "", "ingest", "-db", db, "-progress", "none", "-dict", "petrarch", dir, input)
	if code != exitOK {
		t.Fatalf("exit %d; stderr:\n%s", code, errOut)
	}
	if !strings.Contains(out, "1 new") || !strings.Contains(out, "1 events") {
		t.Errorf("summary:\n%s", out)
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	events, _, err := st.Events(context.Background(), store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 1 || events[0].Source.Code != "NOR" || events[0].Target.Code != "IRN" || events[0].CAMEO != "040" {
		t.Errorf("events = %+v", events)
	}
}
