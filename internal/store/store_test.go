package store

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/document"
)

// postgresEnv names the variable holding a PostgreSQL URL for the tests;
// .ci/postgres starts a server and prints one.
const postgresEnv = "PARLEY_TEST_POSTGRES"

// backends runs a test on SQLite and, when PARLEY_TEST_POSTGRES is set, on
// PostgreSQL, each in a fresh database.
func backends(t *testing.T, test func(t *testing.T, s *Store)) {
	t.Run("sqlite", func(t *testing.T) {
		s, err := Open(t.Context(), filepath.Join(t.TempDir(), "test.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		test(t, s)
	})
	t.Run("postgres", func(t *testing.T) {
		s := openPostgres(t)
		test(t, s)
	})
}

// openPostgres opens a fresh schema of the test database, dropped when
// the test ends.
func openPostgres(t *testing.T) *Store {
	t.Helper()
	dsn := os.Getenv(postgresEnv)
	if dsn == "" {
		t.Skipf("%s is not set: run .ci/postgres to start PostgreSQL and set it to the URL it prints", postgresEnv)
	}
	ctx := t.Context()
	admin, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	schema := fmt.Sprintf("test_%d_%d", time.Now().UnixNano(), rand.IntN(1e6))
	if _, err := admin.db.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		admin.db.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
		admin.Close()
	})
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	s, err := Open(ctx, dsn+sep+"search_path="+schema)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// article builds a coded document by hand: Iran's foreign minister says
// that Iran rejected talks with the United States.
func article(id, url, prefix string) *document.Document {
	text := prefix + "Iran’s minister Abbas Araghchi said Iran rejected talks with the United States on Monday."
	at := func(s string) document.Span {
		i := strings.Index(text, s)
		return document.Span{Start: i, End: i + len(s)}
	}
	d := &document.Document{ID: id, Source: id + ".txt", URL: url, Title: "Iran rejects talks " + id, Text: text,
		Published: time.Date(2025, 6, 17, 0, 0, 0, 0, time.UTC), OffsetUnit: "byte",
		Parts: []document.Part{{Kind: document.Paragraph, Start: 0, End: len(text)}}}
	d.Sentences = []document.Sentence{{Start: 0, End: len(text), Words: []document.Word{{Start: 0, End: 4, Form: "Iran"}}}}
	araghchi := at("Abbas Araghchi")
	d.Actors = []document.Actor{
		{ID: "A1", Name: "Abbas Araghchi", Kind: "person", Country: "IRN", Sector: "GOV", Code: "IRNGOV", Mentions: []document.Span{araghchi}},
		{ID: "A2", Name: "Iran", Kind: "country", Country: "IRN", Code: "IRN", Mentions: []document.Span{at("Iran rejected")}},
		{ID: "A3", Name: "United States", Kind: "country", Country: "USA", Code: "USA", Mentions: []document.Span{at("United States")}},
	}
	src := araghchi
	src.Actor = "A1"
	d.Attributions = []document.Attribution{{ID: "T1", Kind: document.Indirect, Source: src, Cue: at("said"),
		Content: at("Iran rejected talks with the United States on Monday"), SourceKind: "named"}}
	ev := at("rejected")
	d.Events = []document.Event{{ID: "E1", CAMEO: "120", Root: "12", Label: "Reject", QuadClass: 3, Goldstein: -4, PLOVER: "REJECT",
		Source: document.EventActor{Actor: "A2", Code: "IRN", Text: "Iran"},
		Target: document.EventActor{Actor: "A3", Code: "USA", Text: "United States"},
		Mode:   "asserted", Date: "2025-06-16", DateText: "on Monday", Evidence: ev, Attribution: "T1"}}
	return d
}

func TestSaveDeduplicates(t *testing.T) {
	backends(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		first := []*document.Document{article("a", "https://example.org/a", ""), article("b", "", "Tehran — ")}
		saved, err := s.Save(ctx, first)
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range saved {
			if r.Duplicate || r.ID == 0 {
				t.Errorf("first save of %s: %+v, want a new article", first[i].ID, r)
			}
		}
		again := []*document.Document{
			article("a2", "", ""), // same text: duplicate
			article("b2", "https://example.org/b", "TEHRAN —  "), // same words, other case and spacing
			article("c", "https://example.org/a", "Other: "),     // same URL as a
			article("d", "", "New: "),                            // new
			article("d2", "", "new "),                            // repeats d within the batch
		}
		saved, err = s.Save(ctx, again)
		if err != nil {
			t.Fatal(err)
		}
		want := []bool{true, true, true, false, true}
		for i, r := range saved {
			if r.Duplicate != want[i] {
				t.Errorf("%s: duplicate = %v, want %v", again[i].ID, r.Duplicate, want[i])
			}
		}
		c, err := s.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if want := (Counts{Articles: 3, Actors: 9, Attributions: 3, Events: 3}); c != want {
			t.Errorf("counts = %+v, want %+v", c, want)
		}
		if has, err := s.Has(ctx, "tehran: IRAN’S MINISTER Abbas Araghchi said Iran rejected talks with the United States on Monday", ""); err != nil || !has {
			t.Errorf("Has(normalised text) = %v, %v; want true", has, err)
		}
		if has, err := s.Has(ctx, "something else", "https://example.org/a"); err != nil || !has {
			t.Errorf("Has(known URL) = %v, %v; want true", has, err)
		}
		if has, err := s.Has(ctx, "something else", ""); err != nil || has {
			t.Errorf("Has(new text) = %v, %v; want false", has, err)
		}
	})
}

func TestArticleOffsetsAreCharacters(t *testing.T) {
	backends(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		saved, err := s.Save(ctx, []*document.Document{article("a", "", "Ankara — “Quote” ")})
		if err != nil {
			t.Fatal(err)
		}
		a, err := s.Article(ctx, saved[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		var d document.Document
		if err := json.Unmarshal(a.Document, &d); err != nil {
			t.Fatal(err)
		}
		if d.OffsetUnit != "character" {
			t.Errorf("offset unit = %q", d.OffsetUnit)
		}
		runes := []rune(d.Text)
		m := d.Actors[0].Mentions[0]
		if got := string(runes[m.Start:m.End]); got != "Abbas Araghchi" {
			t.Errorf("mention by character offsets = %q", got)
		}
		if len(d.Sentences) != 1 || d.Sentences[0].Words != nil {
			t.Errorf("stored sentences = %+v, want spans without words", d.Sentences)
		}
		if a.Title != "Iran rejects talks a" || a.Events != 1 || a.Attributions != 1 || a.Actors != 3 {
			t.Errorf("summary = %+v", a.ArticleSummary)
		}
		if _, err := s.Article(ctx, 999); err == nil || !strings.Contains(err.Error(), "not found") {
			t.Errorf("missing article: err = %v", err)
		}
	})
}

// TestCoarseDates: an event dated to a month or a year is in a range
// that overlaps its period.
func TestCoarseDates(t *testing.T) {
	backends(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		d := article("coarse", "", "")
		d.Events[0].Date = "2025-05"
		if _, err := s.Save(ctx, []*document.Document{d}); err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			filter EventFilter
			want   int
		}{
			{EventFilter{From: "2025-05-10"}, 1},
			{EventFilter{From: "2025-01-01", To: "2025-12-31"}, 1},
			{EventFilter{From: "2025-06-01"}, 0},
			{EventFilter{To: "2025-04-30"}, 0},
		} {
			if got, _, err := s.Events(ctx, tc.filter); err != nil || len(got) != tc.want {
				t.Errorf("%+v: %d events (%v), want %d", tc.filter, len(got), err, tc.want)
			}
		}
	})
}

func TestEventFilters(t *testing.T) {
	backends(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		d1, d2 := article("a", "", ""), article("b", "", "Later: ")
		d2.Events[0].Source, d2.Events[0].Target = d2.Events[0].Target, d2.Events[0].Source
		d2.Events[0].Negated = true
		d2.Events[0].Date = ""
		if _, err := s.Save(ctx, []*document.Document{d1, d2}); err != nil {
			t.Fatal(err)
		}
		yes := true
		tests := []struct {
			name   string
			filter EventFilter
			want   int
		}{
			{"all", EventFilter{}, 2},
			{"actor code", EventFilter{Actor: "irn"}, 2},
			{"source", EventFilter{Source: "IRN"}, 1},
			{"target", EventFilter{Target: "IRN"}, 1},
			{"country matches sectors", EventFilter{Actor: "USA"}, 2},
			{"full code", EventFilter{Actor: "USAGOV"}, 0},
			{"dyad either way", EventFilter{Dyad: []string{"USA", "IRN"}}, 2},
			{"root", EventFilter{Root: "12"}, 2},
			{"cameo prefix", EventFilter{CAMEO: "12"}, 2},
			{"plover", EventFilter{PLOVER: "reject"}, 2},
			{"negated", EventFilter{Negated: &yes}, 1},
			{"mode", EventFilter{Mode: "intended"}, 0},
			{"from", EventFilter{From: "2025-06-17"}, 1}, // d2 is dated by its article
			{"to", EventFilter{To: "2025-06-16"}, 1},
			{"name", EventFilter{Name: "United States"}, 2},
			{"sql in a filter", EventFilter{Actor: "IRN' OR '1'='1", Name: "x'; DROP TABLE events; --"}, 0},
			{"like wildcards", EventFilter{CAMEO: "%"}, 2},
		}
		for _, tt := range tests {
			got, total, err := s.Events(ctx, tt.filter)
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
				continue
			}
			if len(got) != tt.want || total != tt.want {
				t.Errorf("%s: %d events (total %d), want %d", tt.name, len(got), total, tt.want)
			}
		}
		got, total, err := s.Events(ctx, EventFilter{Page: Page{Limit: 1, Offset: 1}})
		if err != nil || len(got) != 1 || total != 2 {
			t.Fatalf("page 2 of 1: %d events, total %d, %v", len(got), total, err)
		}
		e := got[0]
		if e.Source.Name != "United States" || e.Target.Code != "IRN" || !e.Negated || e.Date != "2025-06-17" || e.Evidence.Text != "rejected" {
			t.Errorf("second event = %+v", e)
		}
	})
}

func TestActorsAndAttributions(t *testing.T) {
	backends(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		if _, err := s.Save(ctx, []*document.Document{article("a", "", ""), article("b", "", "Again: ")}); err != nil {
			t.Fatal(err)
		}
		actors, total, err := s.Actors(ctx, ActorFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if total != 3 || len(actors) != 3 {
			t.Fatalf("actors = %+v (total %d), want 3", actors, total)
		}
		byName := map[string]ActorCount{}
		for _, a := range actors {
			byName[a.Name] = a
		}
		if a := byName["Abbas Araghchi"]; a.Articles != 2 || a.Mentions != 2 || a.Statements != 2 || a.Code != "IRNGOV" {
			t.Errorf("Araghchi = %+v", a)
		}
		if a := byName["Iran"]; a.Events != 2 {
			t.Errorf("Iran = %+v", a)
		}
		if got, _, err := s.Actors(ctx, ActorFilter{Name: "araGH"}); err != nil || len(got) != 1 {
			t.Errorf("actors by part of a name = %+v, %v", got, err)
		}
		if got, _, err := s.Actors(ctx, ActorFilter{Code: "IRN"}); err != nil || len(got) != 2 {
			t.Errorf("actors of IRN = %+v, %v", got, err)
		}
		said, total, err := s.Attributions(ctx, AttributionFilter{Speaker: "Abbas Araghchi"})
		if err != nil || total != 2 {
			t.Fatalf("statements by Araghchi: %d, %v", total, err)
		}
		if q := said[0]; q.Cue.Text != "said" || q.SpeakerCode != "IRNGOV" || !strings.HasPrefix(q.Content.Text, "Iran rejected") {
			t.Errorf("statement = %+v", q)
		}
	})
}

// TestContentFragments: a content's other fragments are stored with the
// statement, in characters, and quotation search finds their words.
func TestContentFragments(t *testing.T) {
	backends(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		d := article("a", "", "")
		more := " It will not negotiate under fire."
		start := len(d.Text)
		d.Text += more
		d.Parts[0].End = len(d.Text)
		d.Attributions[0].ContentMore = []document.Span{{Start: start + 1, End: len(d.Text)}}
		if _, err := s.Save(ctx, []*document.Document{d}); err != nil {
			t.Fatal(err)
		}
		said, _, err := s.Attributions(ctx, AttributionFilter{Speaker: "Abbas Araghchi"})
		if err != nil || len(said) != 1 {
			t.Fatalf("statements: %+v, %v", said, err)
		}
		chars := utf8.RuneCountInString(d.Text[:start+1])
		want := []Excerpt{{Text: "It will not negotiate under fire.", Start: chars, End: chars + len(more) - 1}}
		if !slices.Equal(said[0].ContentMore, want) {
			t.Errorf("fragments %+v, want %+v", said[0].ContentMore, want)
		}
		if quotes, err := s.SearchQuotes(ctx, "fire", Page{}); err != nil || len(quotes) != 1 {
			t.Errorf("search for a word of a fragment: %+v, %v", quotes, err)
		}
	})
}

// TestRelayedStatements: a statement relayed inside another keeps the
// one that holds it, and its relay by name, or by the words that name it
// when they name no actor.
func TestRelayedStatements(t *testing.T) {
	backends(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		d := article("a", "", "")
		d.Text = strings.TrimSuffix(d.Text, ".") + ", according to state media."
		d.Parts[0].End = len(d.Text)
		inner := d.Attributions[0]
		inner.ID, inner.Within = "n1", "a1"
		media := strings.Index(d.Text, "state media")
		inner.ReportedBySpan = document.Span{Start: media, End: media + len("state media")}
		outer := document.Attribution{ID: "a1", Kind: document.AccordingTo, Source: inner.ReportedBySpan,
			Cue: document.Span{Start: media - len("according to "), End: media - 1}, Content: document.Span{Start: 0, End: media - len(", according to ")}}
		d.Attributions = []document.Attribution{outer, inner}
		if _, err := s.Save(ctx, []*document.Document{d}); err != nil {
			t.Fatal(err)
		}
		said, _, err := s.Attributions(ctx, AttributionFilter{Speaker: "Abbas Araghchi"})
		if err != nil || len(said) != 1 {
			t.Fatalf("statements: %+v, %v", said, err)
		}
		if said[0].Within != "a1" || said[0].ReportedBy != "state media" {
			t.Errorf("within %q, reported by %q; want a1, state media", said[0].Within, said[0].ReportedBy)
		}
		for relay, want := range map[string]int{"state media": 1, "Axios": 0} {
			if rows, total, err := s.Attributions(ctx, AttributionFilter{ReportedBy: relay}); err != nil || total != want || len(rows) != want {
				t.Errorf("relayed by %s: %d rows, total %d, %v; want %d", relay, len(rows), total, err, want)
			}
		}
	})
}

func TestSearch(t *testing.T) {
	backends(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		d := article("a", "", "")
		d.Text += " Geneva hosted nuclear negotiations."
		d.Parts[0].End = len(d.Text)
		if _, err := s.Save(ctx, []*document.Document{d, article("b", "", "Other: ")}); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			query         string
			articles, quo int
		}{
			{"negotiation", 1, 0}, // stemmed
			{"Geneva nuclear", 1, 0},
			{"rejected talks", 2, 2},
			{"Araghchi", 2, 2},
			{`"unbalanced OR -minus* NEAR(`, 0, 0},
			{"'; DROP TABLE articles; --", 0, 0},
			{"", 0, 0},
		}
		for _, tt := range tests {
			arts, err := s.SearchArticles(ctx, tt.query, Page{})
			if err != nil {
				t.Errorf("articles %q: %v", tt.query, err)
			}
			quotes, err := s.SearchQuotes(ctx, tt.query, Page{})
			if err != nil {
				t.Errorf("quotes %q: %v", tt.query, err)
			}
			if len(arts) != tt.articles || len(quotes) != tt.quo {
				t.Errorf("%q: %d articles, %d quotes; want %d, %d", tt.query, len(arts), len(quotes), tt.articles, tt.quo)
			}
		}
		arts, _ := s.SearchArticles(ctx, "Geneva", Page{})
		if len(arts) != 1 || !strings.Contains(arts[0].Snippet, "Geneva") {
			t.Fatalf("search Geneva: %+v", arts)
		}
		// The query's words are marked by character offsets in the
		// snippet, which keeps no marker of its own.
		snippet := []rune(arts[0].Snippet)
		if len(arts[0].Highlights) == 0 || strings.ContainsAny(arts[0].Snippet, "\uE000\uE001") {
			t.Fatalf("snippet %q, highlights %v", arts[0].Snippet, arts[0].Highlights)
		}
		for _, h := range arts[0].Highlights {
			if got := string(snippet[h[0]:h[1]]); got != "Geneva" {
				t.Errorf("highlight %v is %q, want Geneva", h, got)
			}
		}
	})
}

func TestReopenKeepsSchemaAndRefusesNewer(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "corpus.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Save(ctx, []*document.Document{article("a", "", "")}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES (99, 'future')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(ctx, path); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("open a newer schema: err = %v", err)
	}
	s, err = Open(ctx, path+"-other")
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(ctx, path+"-other"); err != nil {
		t.Fatalf("reopen: %v", err)
	}
	s.Close()
}

func TestOpenErrors(t *testing.T) {
	ctx := t.Context()
	dir := t.TempDir()
	notDB := filepath.Join(dir, "notes.txt")
	os.WriteFile(notDB, []byte(strings.Repeat("not a database\n", 200)), 0o644)
	for _, dsn := range []string{notDB, filepath.Join(dir, "missing", "dir", "x.db"), "postgres://nobody:secret@127.0.0.1:1/none?connect_timeout=2"} {
		s, err := Open(ctx, dsn)
		if err == nil {
			s.Close()
			t.Errorf("Open(%s) succeeded", dsn)
			continue
		}
		if strings.Contains(err.Error(), "secret") {
			t.Errorf("error shows the password: %v", err)
		}
	}
}

func TestFingerprint(t *testing.T) {
	same := []string{"Iran rejects talks.", "IRAN  rejects\ntalks", "  iran rejects — talks!"}
	for _, s := range same[1:] {
		if Fingerprint(s) != Fingerprint(same[0]) {
			t.Errorf("Fingerprint(%q) differs from Fingerprint(%q)", s, same[0])
		}
	}
	if Fingerprint("Iran rejects talks") == Fingerprint("Iran accepts talks") {
		t.Error("different texts share a fingerprint")
	}
}

// TestConcurrentOpen: processes that open a new corpus at once (an
// ingest and a server, say) apply the schema once between them.
func TestConcurrentOpen(t *testing.T) {
	{
		dsn := filepath.Join(t.TempDir(), "shared.db")
		errs := make(chan error, 4)
		for range 4 {
			go func() {
				st, err := Open(t.Context(), dsn)
				if err == nil {
					st.Close()
				}
				errs <- err
			}()
		}
		for range 4 {
			if err := <-errs; err != nil {
				t.Error(err)
			}
		}
	}
}

func TestHighlight(t *testing.T) {
	tests := []struct {
		marked, plain string
		spans         [][2]int
	}{
		{"talks in \uE000Geneva\uE001 and \uE000Oslo\uE001", "talks in Geneva and Oslo", [][2]int{{9, 15}, {20, 24}}},
		{"Türkiye’s \uE000talks\uE001…", "Türkiye’s talks…", [][2]int{{10, 15}}},
		{"no marks", "no marks", [][2]int{}},
		{"\uE001unbalanced \uE000end", "unbalanced end", [][2]int{}},
		{"\uE000\uE001empty", "empty", [][2]int{}},
	}
	for _, tt := range tests {
		plain, spans := highlight(tt.marked)
		if plain != tt.plain || !slices.Equal(spans, tt.spans) {
			t.Errorf("highlight(%q) = %q %v, want %q %v", tt.marked, plain, spans, tt.plain, tt.spans)
		}
	}
}

// TestCoordinatedSpeakers: a statement whose source coordinates actors
// is found under each of them, by name and by code, and lists them all.
func TestCoordinatedSpeakers(t *testing.T) {
	backends(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		d := article("a", "", "")
		d.Attributions[0].SourceActors = []string{"A1", "A3"} // as if "Araghchi and the United States said"
		if _, err := s.Save(ctx, []*document.Document{d}); err != nil {
			t.Fatal(err)
		}
		for _, f := range []AttributionFilter{{Speaker: "Abbas Araghchi"}, {Speaker: "United States"}, {Code: "USA"}, {Code: "IRN"}} {
			rows, total, err := s.Attributions(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			if total != 1 || len(rows) != 1 {
				t.Errorf("%+v: %d statements, want 1", f, total)
				continue
			}
			var names []string
			for _, sp := range rows[0].Speakers {
				names = append(names, sp.Name+"/"+sp.Code)
			}
			if want := []string{"Abbas Araghchi/IRNGOV", "United States/USA"}; !slices.Equal(names, want) {
				t.Errorf("%+v: speakers %v, want %v", f, names, want)
			}
		}
		if _, total, err := s.Attributions(ctx, AttributionFilter{Speaker: "Iran"}); err != nil || total != 0 {
			t.Errorf("Iran: %d statements (err %v), want none", total, err)
		}
		// Each speaker's statements count it once.
		actors, _, err := s.Actors(ctx, ActorFilter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range actors {
			want := map[string]int{"Abbas Araghchi": 1, "United States": 1, "Iran": 0}[a.Name]
			if a.Statements != want {
				t.Errorf("%s: %d statements, want %d", a.Name, a.Statements, want)
			}
		}
	})
}
