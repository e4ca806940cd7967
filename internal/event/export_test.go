package event

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/parley-news/parley/internal/document"
)

// exportDoc is a coded article by hand: a headline and a paragraph, with
// one event in each; "Tehran’s" puts a multi-byte character before them.
func exportDoc() *document.Document {
	text := "Tehran’s envoy rejects talks\n\nIran rejected talks with the United States in Geneva, officials said."
	at := func(s string) document.Span {
		i := strings.Index(text, s)
		return document.Span{Start: i, End: i + len(s)}
	}
	head, body := at("Tehran’s envoy rejects talks"), at("Iran rejected talks with the United States in Geneva, officials said.")
	d := &document.Document{ID: "a1", URL: "https://example.org/a1", Text: text, OffsetUnit: "byte",
		Published: time.Date(2025, 6, 17, 9, 30, 0, 0, time.UTC),
		Parts: []document.Part{{Kind: document.Headline, Start: head.Start, End: head.End},
			{Kind: document.Paragraph, Start: body.Start, End: body.End}},
		Sentences: []document.Sentence{{Start: head.Start, End: head.End, Part: 0}, {Start: body.Start, End: body.End, Part: 1}},
		Actors: []document.Actor{{ID: "A1", Name: "Iran", Kind: "country", Country: "IRN", Sector: "GOV", Code: "IRNGOV"},
			{ID: "A2", Name: "United States", Kind: "country", Country: "USA", Code: "USA"}},
	}
	iran := document.EventActor{Actor: "A1", Code: "IRNGOV", Text: "Iran"}
	usa := document.EventActor{Actor: "A2", Code: "USA", Text: "the United States"}
	d.Events = []document.Event{
		{ID: "e1", CAMEO: "120", Root: "12", Label: "Reject", QuadClass: 3, Goldstein: -4, PLOVER: "REJECT", Source: iran,
			Mode: "asserted", Sentence: 0, Evidence: at("rejects")},
		{ID: "e2", CAMEO: "1246", Root: "12", Label: "Refuse to de-escalate", QuadClass: 3, Goldstein: -5, PLOVER: "REJECT", PLOVERMode: "yield",
			PLOVERContext: []string{"military"}, Source: iran, Target: usa,
			Mode: "asserted", Negated: true, Date: "2025-06-16", Location: document.Place{Text: "Geneva", Country: "CHE"}, Sentence: 1,
			Evidence: at("rejected"), Attribution: "t1"},
	}
	return d
}

func export(t *testing.T, format string) string {
	t.Helper()
	var buf bytes.Buffer
	x, err := NewExporter(format, &buf)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 { // two articles: a header once, ids go on counting
		if err := x.Write(exportDoc()); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.Flush(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestExportCSV(t *testing.T) {
	recs, err := csv.NewReader(strings.NewReader(export(t, "csv"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 5 || recs[0][0] != "article_id" {
		t.Fatalf("%d records, first %v; want a header and 4 events", len(recs), recs[0])
	}
	col := map[string]int{}
	for i, name := range recs[0] {
		col[name] = i
	}
	e1, e2 := recs[1], recs[2]
	checks := []struct{ got, want string }{
		{e1[col["date"]], "2025-06-17"}, // dated by its article
		{e2[col["date"]], "2025-06-16"},
		{e2[col["target_name"]], "United States"},
		{e2[col["negated"]], "true"},
		{e2[col["cameo"]], "1246"},
		{e2[col["plover_mode"]], "yield"},
		{e2[col["plover_context"]], "military"},
		{e1[col["evidence_start"]], "15"}, // characters: "Tehran’s" is 8 characters, 10 bytes
		{e1[col["evidence_text"]], "rejects"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestExportGDELT(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(export(t, "gdelt"), "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d lines, want 4", len(lines))
	}
	for i, line := range lines {
		cols := strings.Split(line, "\t")
		if len(cols) != 61 {
			t.Fatalf("line %d has %d columns, want GDELT 2.0's 61", i+1, len(cols))
		}
		if cols[0] != string(rune('1'+i)) {
			t.Errorf("GLOBALEVENTID %q, want %d", cols[0], i+1)
		}
	}
	e1, e2 := strings.Split(lines[0], "\t"), strings.Split(lines[1], "\t")
	checks := []struct {
		name      string
		got, want string
	}{
		{"SQLDATE", e2[1], "20250616"}, {"MonthYear", e2[2], "202506"}, {"Year", e2[3], "2025"},
		{"Actor1Code", e2[5], "IRNGOV"}, {"Actor1Name", e2[6], "IRAN"}, {"Actor1CountryCode", e2[7], "IRN"}, {"Actor1Type1Code", e2[12], "GOV"},
		{"Actor2Code", e2[15], "USA"}, {"Actor2CountryCode", e2[17], "USA"},
		{"IsRootEvent (headline)", e1[25], "1"}, {"IsRootEvent (first paragraph)", e2[25], "1"},
		{"EventCode", e2[26], "1246"}, {"EventBaseCode", e2[27], "124"}, {"EventRootCode", e2[28], "12"},
		{"QuadClass", e2[29], "3"}, {"GoldsteinScale", e2[30], "-5.0"}, {"NumArticles", e2[33], "1"},
		{"ActionGeo_FullName", e2[52], "Geneva"}, {"DATEADDED", e2[59], "20250617093000"}, {"SOURCEURL", e2[60], "https://example.org/a1"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
}

// TestGDELTDates: a date known to the month or the year fills only the
// columns it can.
func TestGDELTDates(t *testing.T) {
	for date, want := range map[string]string{
		"2025-06-16": "20250616 202506 2025 2025.4548",
		"2025-05":    " 202505 2025 2025.3288",
		"2024":       "  2024 2024.0000",
		"":           "   ",
	} {
		if got := strings.Join(gdeltDates(date), " "); got != want {
			t.Errorf("%q: %q, want %q", date, got, want)
		}
	}
}

func TestExportPLOVER(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(export(t, "plover"), "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d lines, want 4", len(lines))
	}
	var rec ploverRecord
	if err := json.Unmarshal([]byte(lines[1]), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.ID != "a1-e2" || rec.Event != "REJECT" || rec.Date != "2025-06-16" || !rec.Negated ||
		len(rec.Source) != 1 || rec.Source[0].Code != "IRN" || rec.Source[0].Sector != "GOV" ||
		len(rec.Target) != 1 || rec.Target[0].ActorText != "the United States" ||
		!strings.HasPrefix(rec.Text, "Iran rejected talks") || rec.EventText != "rejected" ||
		rec.Mode != "yield" || len(rec.Context) != 1 || rec.Context[0] != "military" {
		t.Errorf("record = %+v", rec)
	}
}

func TestExportUnknownFormat(t *testing.T) {
	if _, err := NewExporter("xlsx", &bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), "csv, gdelt, plover") {
		t.Errorf("err = %v", err)
	}
}
