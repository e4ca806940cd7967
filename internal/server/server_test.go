package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/coder"
	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/store"
)

var (
	coderOnce = sync.OnceValues(coder.Default)
	quiet     = slog.New(slog.NewTextHandler(io.Discard, nil))
)

// testArticles are the articles the project wrote for its own tests.
var testArticles = []string{"../../examples/oslo-talks.txt", "testdata/geneva.txt"}

// corpus codes the test articles and saves them into s.
func corpus(t testing.TB, s *store.Store) {
	t.Helper()
	c, err := coderOnce()
	if err != nil {
		t.Fatal(err)
	}
	var docs []*document.Document
	for _, name := range testArticles {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		d := article.FromText(string(data))
		d.ID, d.Source, d.OffsetUnit = filepath.Base(name), name, "byte"
		article.InferDate(d)
		c.Code(d)
		docs = append(docs, d)
	}
	if _, err := s.Save(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
}

func newTestServer(t testing.TB) (*Server, *store.Store) {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "corpus.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	corpus(t, st)
	c, err := coderOnce()
	if err != nil {
		t.Fatal(err)
	}
	return New(st, c.Code, quiet), st
}

func do(h http.Handler, method, target, contentType string, body io.Reader) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, body)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestAPI(t *testing.T) {
	srv, st := newTestServer(t)
	before, _ := st.Counts(t.Context())
	tests := []struct {
		name, method, target, contentType, body string
		status                                  int
		contains                                []string
	}{
		{"stats", "GET", "/api/stats", "", "", 200, []string{`"articles":2`}},
		{"articles", "GET", "/api/articles?limit=1", "", "", 200, []string{`"total":2`, `"limit":1`, `"title":"Qatar and Oman`}},
		{"article", "GET", "/api/articles/1", "", "", 200, []string{`"document":`, `"offset_unit":"character"`, `"attributions":[`}},
		{"missing article", "GET", "/api/articles/99", "", "", 404, []string{"not found"}},
		{"bad article id", "GET", "/api/articles/x1", "", "", 400, []string{"not a positive whole number"}},
		{"events by actor", "GET", "/api/events?actor=NOR", "", "", 200, []string{`"code":"NOR`}},
		{"events by dyad", "GET", "/api/events?dyad=NOR,SDN&limit=5", "", "", 200, []string{`"items":[`}},
		{"events by type and date", "GET", "/api/events?root=03&from=2025-01-01&to=2025-12-31&negated=false&mode=intended", "", "", 200, []string{`"items":[`}},
		{"events by plover", "GET", "/api/events?plover=consult", "", "", 200, []string{`"plover":"CONSULT"`}},
		{"dyads", "GET", "/api/dyads?root=02", "", "", 200, []string{`"source":"USAGOV","target":"QAT"`, `"quad_class":[`}},
		{"actors", "GET", "/api/actors?name=dahl", "", "", 200, []string{`"name":"Ingrid Dahl"`, `"statements":`}},
		{"attributions by speaker", "GET", "/api/attributions?speaker=Ingrid%20Dahl", "", "", 200, []string{`"cue":{"text":"told"`}},
		{"attributions by relay", "GET", "/api/attributions?reported_by=Axios", "", "", 200, []string{`"total":0`}},
		{"search", "GET", "/api/search?q=ceasefire+Oslo", "", "", 200, []string{`"articles":[{`, `"snippet":`, `"highlights":[[`}},
		{"search with syntax", "GET", "/api/search?q=%22OR%20NEAR(*", "", "", 200, []string{`"articles":[]`}},
		{"code text", "POST", "/api/code", "text/plain", "Iran rejected talks with the United States, officials said.", 200,
			[]string{`"events":[`, `"plover":"REJECT"`, `"offset_unit":"character"`}},
		{"code json", "POST", "/api/code", "application/json", `{"id":"x","title":"T","published":"2025-06-17","text":"Erdogan proposed talks to Trump."}`, 200,
			[]string{`"id":"x"`, `"published":"2025-06-17T00:00:00Z"`}},
		{"ui", "GET", "/", "", "", 200, []string{"<!doctype html>"}},

		// Bad requests: each a 4xx with a JSON error, nothing stored.
		{"malformed json", "POST", "/api/code", "application/json", `{"text": "unterminated`, 400, []string{"invalid JSON"}},
		{"unknown json field", "POST", "/api/code", "application/json", `{"text":"Talks.","sneaky":1}`, 400, []string{`unknown field \"sneaky\"`}},
		{"two json values", "POST", "/api/code", "application/json", `{"text":"a"} {"text":"b"}`, 400, []string{"more than one"}},
		{"no text", "POST", "/api/code", "application/json", `{"title":"only a title"}`, 400, []string{`no \"text\"`}},
		{"empty text", "POST", "/api/code", "text/plain", "  \n", 400, []string{"empty"}},
		{"invalid utf-8", "POST", "/api/code", "text/plain", "caf\xe9", 400, []string{"UTF-8"}},
		{"wrong content type", "POST", "/api/code", "application/pdf", "%PDF", 400, []string{"content type"}},
		{"sql in an actor filter", "GET", "/api/events?actor=IRN%27%20OR%20%271%27=%271", "", "", 400, []string{"not an actor code"}},
		{"sql in a name filter", "GET", "/api/events?name=x%27%3B%20DROP%20TABLE%20events%3B%20--", "", "", 400, []string{"not a name"}},
		{"sql in a relay filter", "GET", "/api/attributions?reported_by=x%27--", "", "", 400, []string{"not a name"}},
		{"sql in a speaker filter", "GET", "/api/attributions?speaker=a%27%20UNION%20SELECT%20*%20FROM%20articles--", "", "", 400, []string{"not a name"}},
		{"invalid date", "GET", "/api/events?from=2025-02-30", "", "", 400, []string{"not a date"}},
		{"date words", "GET", "/api/events?to=yesterday", "", "", 400, []string{"not a date"}},
		{"dates reversed", "GET", "/api/events?from=2025-06-02&to=2025-06-01", "", "", 400, []string{"after"}},
		{"bad root", "GET", "/api/events?root=1%3B", "", "", 400, []string{"not a CAMEO code"}},
		{"raw semicolon", "GET", "/api/events?root=1;x=2", "", "", 400, []string{"malformed query"}},
		{"bad plover", "GET", "/api/events?plover=HUG", "", "", 400, []string{"not one of"}},
		{"bad negated", "GET", "/api/events?negated=maybe", "", "", 400, []string{"true or false"}},
		{"bad dyad", "GET", "/api/events?dyad=USA", "", "", 400, []string{"two actor codes"}},
		{"unknown filter", "GET", "/api/events?actr=IRN", "", "", 400, []string{`unknown parameter \"actr\"`}},
		{"limit too large", "GET", "/api/events?limit=100000", "", "", 400, []string{"limit"}},
		{"negative offset", "GET", "/api/actors?offset=-1", "", "", 400, []string{"offset"}},
		{"long parameter", "GET", "/api/search?q=" + strings.Repeat("a", 300), "", "", 400, []string{"longer than"}},
		{"empty search", "GET", "/api/search?q=", "", "", 400, []string{"q:"}},
		{"wrong method", "DELETE", "/api/events", "", "", 405, []string{"use GET"}},
		{"get code", "GET", "/api/code", "", "", 405, []string{"use POST"}},
		{"unknown endpoint", "GET", "/api/nope", "", "", 404, []string{"no such endpoint"}},
		{"post to the ui", "POST", "/index.html", "", "", 405, []string{"not allowed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(srv, tt.method, tt.target, tt.contentType, strings.NewReader(tt.body))
			body := rec.Body.String()
			if rec.Code != tt.status {
				t.Errorf("status %d, want %d: %.300s", rec.Code, tt.status, body)
			}
			for _, want := range tt.contains {
				if !strings.Contains(body, want) {
					t.Errorf("body lacks %s: %.500s", want, body)
				}
			}
			if rec.Code >= 400 {
				var e apiError
				if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Error == "" {
					t.Errorf("error body is not JSON {\"error\": ...}: %q", body)
				}
				if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
					t.Errorf("error content type %q", ct)
				}
			}
		})
	}
	if after, _ := st.Counts(t.Context()); after != before {
		t.Errorf("the requests changed the store: %+v, then %+v", before, after)
	}
}

// endless is a body of n bytes that is never held in memory.
type endless struct{ left int64 }

func (e *endless) Read(p []byte) (int, error) {
	if e.left <= 0 {
		return 0, io.EOF
	}
	n := min(int64(len(p)), e.left)
	for i := range p[:n] {
		p[i] = 'a'
	}
	e.left -= n
	return int(n), nil
}

func TestHugeBody(t *testing.T) {
	srv, _ := newTestServer(t)
	rec := do(srv, "POST", "/api/code", "text/plain", &endless{left: 100 << 20})
	if rec.Code != http.StatusRequestEntityTooLarge || !strings.Contains(rec.Body.String(), `"error"`) {
		t.Errorf("100 MB body: %d %s", rec.Code, rec.Body.String())
	}
	if rec := do(srv, "GET", "/api/stats", "", nil); rec.Code != 200 {
		t.Errorf("after a huge body the server answers %d", rec.Code)
	}
}

func TestArticleViewOffsets(t *testing.T) {
	srv, _ := newTestServer(t)
	rec := do(srv, "GET", "/api/articles/1", "", nil)
	var a struct {
		Document document.Document `json:"document"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &a); err != nil {
		t.Fatal(err)
	}
	text := []rune(a.Document.Text)
	if len(a.Document.Attributions) == 0 || len(a.Document.Events) == 0 {
		t.Fatalf("article 1 has %d attributions and %d events", len(a.Document.Attributions), len(a.Document.Events))
	}
	for _, at := range a.Document.Attributions {
		if got := string(text[at.Cue.Start:at.Cue.End]); got != at.Cue.Text {
			t.Errorf("cue %q at %d:%d reads %q", at.Cue.Text, at.Cue.Start, at.Cue.End, got)
		}
	}
	for _, e := range a.Document.Events {
		if got := string(text[e.Evidence.Start:e.Evidence.End]); got != e.Evidence.Text {
			t.Errorf("event evidence %q reads %q", e.Evidence.Text, got)
		}
	}
}

// TestServeAndShutdown runs the real listener: requests in flight finish,
// and Serve returns when its context ends.
func TestServeAndShutdown(t *testing.T) {
	srv, _ := newTestServer(t)
	ctx, cancel := context.WithCancel(t.Context())
	addrc := make(chan net.Addr, 1)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ctx, "127.0.0.1:0", func(a net.Addr) { addrc <- a }) }()
	base := "http://" + (<-addrc).String()
	resp, err := http.Get(base + "/api/events?limit=3")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("events: %s", resp.Status)
	}
	cancel()
	select {
	case err := <-errc:
		if err != nil {
			t.Errorf("Serve: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Serve did not return after its context ended")
	}
	if _, err := http.Get(base + "/api/stats"); err == nil {
		t.Error("the server still answers after shutdown")
	}
}

// TestSameAnswersOnPostgres stores the same corpus in SQLite and in
// PostgreSQL and asks both the same questions.
func TestSameAnswersOnPostgres(t *testing.T) {
	dsn := os.Getenv("PARLEY_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("PARLEY_TEST_POSTGRES is not set: run .ci/postgres to start PostgreSQL and set it to the URL it prints")
	}
	lite, _ := newTestServer(t)
	pg := postgresServer(t, dsn)
	for _, target := range []string{
		"/api/stats", "/api/articles", "/api/articles/1", "/api/articles/2",
		"/api/events", "/api/events?actor=NOR", "/api/events?root=03&limit=3&offset=1", "/api/events?negated=true",
		"/api/dyads", "/api/actors", "/api/actors?code=NOR", "/api/attributions", "/api/attributions?speaker=Ingrid%20Dahl",
	} {
		a, b := do(lite, "GET", target, "", nil), do(pg, "GET", target, "", nil)
		if a.Code != 200 || b.Code != 200 {
			t.Errorf("%s: SQLite %d, PostgreSQL %d", target, a.Code, b.Code)
			continue
		}
		if !bytes.Equal(a.Body.Bytes(), b.Body.Bytes()) {
			t.Errorf("%s differs:\nSQLite     %.400s\nPostgreSQL %.400s", target, a.Body.String(), b.Body.String())
		}
	}
	// Search ranks differently (bm25 and ts_rank), but finds the same.
	for _, q := range []string{"ceasefire", "Oslo talks", "Dahl"} {
		var a, b searchResult
		json.Unmarshal(do(lite, "GET", "/api/search?q="+strings.ReplaceAll(q, " ", "+"), "", nil).Body.Bytes(), &a)
		json.Unmarshal(do(pg, "GET", "/api/search?q="+strings.ReplaceAll(q, " ", "+"), "", nil).Body.Bytes(), &b)
		if len(a.Articles) != len(b.Articles) || len(a.Articles) == 0 {
			t.Errorf("search %q: SQLite finds %d articles, PostgreSQL %d", q, len(a.Articles), len(b.Articles))
		}
		// Snippets differ too (bm25's and ts_headline's windows), but both
		// mark the query's words.
		for _, hit := range append(a.Articles, b.Articles...) {
			if len(hit.Highlights) == 0 {
				t.Errorf("search %q: article %d has no highlights in %q", q, hit.ID, hit.Snippet)
			}
		}
	}
}

func postgresServer(t *testing.T, dsn string) *Server {
	admin, err := store.Open(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	schema := fmt.Sprintf("server_%d_%d", time.Now().UnixNano(), rand.IntN(1e6))
	if err := admin.Exec(t.Context(), "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		admin.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
		admin.Close()
	})
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	st, err := store.Open(t.Context(), dsn+sep+"search_path="+schema)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	corpus(t, st)
	c, _ := coderOnce()
	return New(st, c.Code, quiet)
}

// FuzzDocumentOf: whatever is posted to /api/code, reading it gives a
// document or an error, never a panic, and a document's parts lie
// within its text.
func FuzzDocumentOf(f *testing.F) {
	f.Add("application/json", []byte(`{"id":"x","text":"Iran rejected talks."}`))
	f.Add("application/json", []byte(`{"html":"<html><body><p>Talks in Oslo.</p></body></html>","published":"2025-06-17"}`))
	f.Add("text/plain", []byte("Headline\n\nBody text, officials said."))
	f.Add("", []byte(`{"text":1}`))
	f.Fuzz(func(t *testing.T, contentType string, body []byte) {
		req := httptest.NewRequest("POST", "/api/code", bytes.NewReader(body))
		req.Header.Set("Content-Type", contentType)
		d, err := documentOf(req, body)
		if err != nil {
			return
		}
		for _, p := range d.Parts {
			if p.Start < 0 || p.End > len(d.Text) || p.Start > p.End {
				t.Fatalf("part %+v outside text of %d bytes", p, len(d.Text))
			}
		}
	})
}
