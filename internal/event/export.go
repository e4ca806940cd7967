package event

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/parley-news/parley/internal/document"
)

// Exporter writes the events of coded documents in one of the formats
// event-data users load: CSV with a header, the GDELT 2.0 event table,
// or PLOVER records (as in PLOVER's gold standard), one JSON per line.
type Exporter interface {
	Write(d *document.Document) error // d in byte offsets, as the coder leaves it
	Flush() error
}

// ExportFormats are the formats NewExporter knows.
var ExportFormats = []string{"csv", "gdelt", "plover"}

// NewExporter returns the exporter for format, writing to w.
func NewExporter(format string, w io.Writer) (Exporter, error) {
	switch format {
	case "csv":
		return &csvExporter{w: csv.NewWriter(w)}, nil
	case "gdelt":
		return &gdeltExporter{w: w}, nil
	case "plover":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return &ploverExporter{enc: enc}, nil
	}
	return nil, fmt.Errorf("unknown export format %q (want %s)", format, strings.Join(ExportFormats, ", "))
}

// row is an event with what every format needs to know about it.
type row struct {
	doc            *document.Document // in character offsets
	e              document.Event
	source, target document.Actor
	date           string // the event's date, else the article's
}

func rows(d *document.Document) []row {
	c := d.WithoutWords().InChars()
	actors := map[string]document.Actor{}
	for _, a := range c.Actors {
		actors[a.ID] = a
	}
	day := ""
	if !c.Published.IsZero() {
		day = c.Published.Format("2006-01-02")
	}
	out := make([]row, len(c.Events))
	for i, e := range c.Events {
		out[i] = row{doc: c, e: e, source: actors[e.Source.Actor], target: actors[e.Target.Actor], date: e.Date}
		if out[i].date == "" {
			out[i].date = day
		}
	}
	return out
}

func sideName(side document.EventActor, a document.Actor) string {
	if a.Name != "" {
		return a.Name
	}
	return side.Text
}

func (r row) sentence() string {
	if r.e.Sentence < 0 || r.e.Sentence >= len(r.doc.Sentences) {
		return ""
	}
	s := r.doc.Sentences[r.e.Sentence]
	return string([]rune(r.doc.Text)[s.Start:s.End])
}

// csvHeader names the CSV columns; offsets count characters.
var csvHeader = []string{"article_id", "url", "event_id", "date", "date_text",
	"source_name", "source_code", "source_text", "cameo", "root", "label", "quad_class", "goldstein",
	"plover", "plover_mode", "plover_context", "target_name", "target_code", "target_text", "negated", "mode",
	"location", "location_country", "sentence", "evidence_text", "evidence_start", "evidence_end", "attribution"}

type csvExporter struct {
	w      *csv.Writer
	header bool
}

func (x *csvExporter) Write(d *document.Document) error {
	if !x.header {
		x.header = true
		if err := x.w.Write(csvHeader); err != nil {
			return err
		}
	}
	for _, r := range rows(d) {
		e := r.e
		err := x.w.Write([]string{r.doc.ID, r.doc.URL, e.ID, r.date, e.DateText,
			sideName(e.Source, r.source), e.Source.Code, e.Source.Text, e.CAMEO, e.Root, e.Label,
			strconv.Itoa(e.QuadClass), strconv.FormatFloat(e.Goldstein, 'f', -1, 64),
			e.PLOVER, e.PLOVERMode, strings.Join(e.PLOVERContext, ";"), sideName(e.Target, r.target), e.Target.Code, e.Target.Text,
			strconv.FormatBool(e.Negated), e.Mode, e.Location.Text, e.Location.Country, strconv.Itoa(e.Sentence),
			e.Evidence.Text, strconv.Itoa(e.Evidence.Start), strconv.Itoa(e.Evidence.End), e.Attribution})
		if err != nil {
			return err
		}
	}
	return nil
}

func (x *csvExporter) Flush() error { x.w.Flush(); return x.w.Error() }

// gdeltExporter writes the 61 tab-separated columns of the GDELT 2.0
// event table, without a header, as GDELT's own files. Columns parley
// cannot fill are empty: known group, ethnic and religion codes, tone,
// the geography's FIPS codes, ADM codes and coordinates. NumMentions,
// NumSources and NumArticles are 1 (one article); DATEADDED is the
// article's publication time; GLOBALEVENTID counts from 1 in the output.
type gdeltExporter struct {
	w  io.Writer
	id int
}

func (x *gdeltExporter) Write(d *document.Document) error {
	for _, r := range rows(d) {
		x.id++
		e := r.e
		cols := make([]string, 0, 61)
		cols = append(cols, strconv.Itoa(x.id))
		cols = append(cols, gdeltDates(r.date)...)
		cols = append(cols, gdeltActor(e.Source, r.source)...)
		cols = append(cols, gdeltActor(e.Target, r.target)...)
		root := "0"
		if isLead(r.doc, e.Sentence) {
			root = "1"
		}
		base := e.CAMEO
		if len(base) > 3 {
			base = base[:3]
		}
		cols = append(cols, root, e.CAMEO, base, e.Root, strconv.Itoa(e.QuadClass),
			strconv.FormatFloat(e.Goldstein, 'f', 1, 64), "1", "1", "1", "")
		cols = append(cols, make([]string, 16)...) // Actor1Geo_*, Actor2Geo_*: not known
		actionGeo := make([]string, 8)
		if e.Location.Text != "" {
			actionGeo[0], actionGeo[1] = "1", e.Location.Text // type 1: country-level, the best parley claims
		}
		cols = append(cols, actionGeo...)
		added := ""
		if !r.doc.Published.IsZero() {
			added = r.doc.Published.UTC().Format("20060102150405")
		}
		cols = append(cols, added, r.doc.URL)
		for i, c := range cols {
			cols[i] = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(c)
		}
		if _, err := io.WriteString(x.w, strings.Join(cols, "\t")+"\n"); err != nil {
			return err
		}
	}
	return nil
}

func (x *gdeltExporter) Flush() error { return nil }

// gdeltDates gives SQLDATE, MonthYear, Year and FractionDate. A date
// known to the month ("last month") or the year ("last year") fills
// only the columns it can; its FractionDate is the period's start.
func gdeltDates(date string) []string {
	frac := func(t time.Time) string {
		return strconv.FormatFloat(float64(t.Year())+float64(t.YearDay()-1)/365, 'f', 4, 64)
	}
	if t, err := time.Parse("2006-01-02", date); err == nil {
		return []string{t.Format("20060102"), t.Format("200601"), t.Format("2006"), frac(t)}
	}
	if t, err := time.Parse("2006-01", date); err == nil {
		return []string{"", t.Format("200601"), t.Format("2006"), frac(t)}
	}
	if t, err := time.Parse("2006", date); err == nil {
		return []string{"", "", t.Format("2006"), frac(t)}
	}
	return []string{"", "", "", ""}
}

// gdeltActor gives an actor's ten columns: code, name, country, known
// group, ethnic, two religion codes and three type codes (the sector).
func gdeltActor(side document.EventActor, a document.Actor) []string {
	cols := make([]string, 10)
	if side.Code == "" && side.Text == "" {
		return cols
	}
	cols[0], cols[1] = side.Code, strings.ToUpper(sideName(side, a))
	cols[2] = a.Country
	if cols[2] == "" && len(side.Code) >= 3 {
		cols[2] = side.Code[:3]
	}
	cols[7] = a.Sector
	return cols
}

// isLead reports whether a sentence is in the headline or the first
// paragraph: GDELT's IsRootEvent.
func isLead(d *document.Document, sentence int) bool {
	if sentence < 0 || sentence >= len(d.Sentences) {
		return false
	}
	part := d.Sentences[sentence].Part
	for i, p := range d.Parts {
		if p.Kind == document.Paragraph {
			return part <= i
		}
	}
	return true
}

// ploverRecord is an event in the layout of PLOVER's gold-standard
// records, with parley's CAMEO coding and provenance added.
type ploverRecord struct {
	ID        string        `json:"id"`
	Date      string        `json:"date"`
	Source    []ploverActor `json:"source"`
	Target    []ploverActor `json:"target"`
	Event     string        `json:"event"`
	EventText string        `json:"eventText"`
	Mode      string        `json:"mode,omitempty"`
	Context   []string      `json:"context,omitempty"`
	Text      string        `json:"text"`
	Language  string        `json:"language"`
	Coder     string        `json:"coder"`
	CAMEO     string        `json:"cameo"`
	Negated   bool          `json:"negated"`
	Assertion string        `json:"assertion"` // parley's mode: asserted, intended, hypothetical, failed
	Location  string        `json:"eventLoc,omitempty"`
	URL       string        `json:"url,omitempty"`
	Evidence  [2]int        `json:"evidenceOffsets"` // characters of the article's text
}

type ploverActor struct {
	ActorText string `json:"actorText"`
	Code      string `json:"code"`
	Sector    string `json:"sector"`
}

type ploverExporter struct{ enc *json.Encoder }

func (x *ploverExporter) Write(d *document.Document) error {
	for _, r := range rows(d) {
		e := r.e
		rec := ploverRecord{ID: r.doc.ID + "-" + e.ID, Date: r.date, Source: ploverSide(e.Source, r.source), Target: ploverSide(e.Target, r.target),
			Event: e.PLOVER, EventText: e.Evidence.Text, Mode: e.PLOVERMode, Context: e.PLOVERContext, Text: r.sentence(), Language: "en", Coder: "parley",
			CAMEO: e.CAMEO, Negated: e.Negated, Assertion: e.Mode, Location: e.Location.Text, URL: r.doc.URL,
			Evidence: [2]int{e.Evidence.Start, e.Evidence.End}}
		if err := x.enc.Encode(rec); err != nil {
			return err
		}
	}
	return nil
}

func (x *ploverExporter) Flush() error { return nil }

func ploverSide(side document.EventActor, a document.Actor) []ploverActor {
	if side.Code == "" && side.Text == "" {
		return []ploverActor{}
	}
	country := a.Country
	if country == "" && len(side.Code) >= 3 {
		country = side.Code[:3]
	}
	return []ploverActor{{ActorText: side.Text, Code: country, Sector: a.Sector}}
}
