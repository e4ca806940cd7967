package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode"
)

// ErrNotFound is returned when a requested record does not exist.
var ErrNotFound = errors.New("not found")

// Page selects a stretch of a result list.
type Page struct {
	Limit  int // at most MaxLimit; 0 means DefaultLimit
	Offset int
}

// Limits of a page.
const (
	DefaultLimit = 50
	MaxLimit     = 1000
)

// Bounds is the limit and offset a query runs with: the default limit
// when none is given, capped at MaxLimit.
func (p Page) Bounds() (limit, offset int) {
	limit, offset = p.Limit, max(p.Offset, 0)
	if limit <= 0 {
		limit = DefaultLimit
	}
	return min(limit, MaxLimit), offset
}

// where collects the conditions of a query and their arguments.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// ArticleSummary describes a stored article without its text.
type ArticleSummary struct {
	ID           int64  `json:"id"`
	DocID        string `json:"doc_id"`
	Source       string `json:"source"`
	URL          string `json:"url"`
	Title        string `json:"title"`
	Byline       string `json:"byline"`
	Published    string `json:"published"`
	DateInferred bool   `json:"date_inferred"`
	Actors       int    `json:"actors"`
	Attributions int    `json:"attributions"`
	Events       int    `json:"events"`
}

const articleColumns = `a.id, a.doc_id, a.source, a.url, a.title, a.byline, a.published, a.date_inferred,
	(SELECT COUNT(*) FROM actors x WHERE x.article_id = a.id),
	(SELECT COUNT(*) FROM attributions x WHERE x.article_id = a.id),
	(SELECT COUNT(*) FROM events x WHERE x.article_id = a.id)`

func scanArticle(row interface{ Scan(...any) error }, a *ArticleSummary, extra ...any) error {
	var inferred int
	dest := append([]any{&a.ID, &a.DocID, &a.Source, &a.URL, &a.Title, &a.Byline, &a.Published, &inferred,
		&a.Actors, &a.Attributions, &a.Events}, extra...)
	err := row.Scan(dest...)
	a.DateInferred = inferred != 0
	return err
}

// Articles lists stored articles, newest first.
func (s *Store) Articles(ctx context.Context, p Page) ([]ArticleSummary, int, error) {
	limit, offset := p.Bounds()
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles`).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count articles: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, s.bind(`SELECT `+articleColumns+` FROM articles a
		ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?`), limit, offset)
	if err != nil {
		return nil, 0, fmt.Errorf("list articles: %w", err)
	}
	out, err := collect(rows, func(r *sql.Rows) (ArticleSummary, error) {
		var a ArticleSummary
		return a, scanArticle(r, &a)
	})
	return out, total, err
}

// Article is a stored article with its coded document: text, parts,
// sentence spans, actors, attributions and events, in character offsets
// (the output of parley code, without the words of each sentence).
type Article struct {
	ArticleSummary
	Document json.RawMessage `json:"document"`
}

// Article returns one article by id.
func (s *Store) Article(ctx context.Context, id int64) (*Article, error) {
	var a Article
	var body string
	err := scanArticle(s.db.QueryRowContext(ctx, s.bind(`SELECT `+articleColumns+`, a.document FROM articles a WHERE a.id = ?`), id),
		&a.ArticleSummary, &body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read article %d: %w", id, err)
	}
	a.Document = json.RawMessage(body)
	return &a, nil
}

// EventFilter selects events. Empty fields select everything.
type EventFilter struct {
	Actor     string   // an actor code on either side, e.g. IRNGOV; a country code (IRN) matches its sectors too
	Source    string   // the source side's code
	Target    string   // the target side's code
	Dyad      []string // two codes: events between them, either way
	Name      string   // an actor's name on either side
	Root      string   // CAMEO root, "01".."20"
	CAMEO     string   // a CAMEO code or its prefix
	PLOVER    string   // PLOVER event type
	QuadClass int      // 1..4
	From, To  string   // dates, YYYY-MM-DD, inclusive
	Negated   *bool
	Mode      string
	ArticleID int64
	Page
}

// EventRow is a stored event with the article it came from.
type EventRow struct {
	ID            int64   `json:"id"`
	ArticleID     int64   `json:"article_id"`
	ArticleTitle  string  `json:"article_title"`
	EventID       string  `json:"event_id"`
	CAMEO         string  `json:"cameo"`
	Root          string  `json:"root"`
	Label         string  `json:"label"`
	QuadClass     int     `json:"quad_class"`
	Goldstein     float64 `json:"goldstein"`
	PLOVER        string  `json:"plover"`
	Source        Side    `json:"source"`
	Target        Side    `json:"target"`
	Negated       bool    `json:"negated"`
	Mode          string  `json:"mode"`
	Date          string  `json:"date"`
	DateText      string  `json:"date_text"`
	Location      string  `json:"location"`
	LocationCode  string  `json:"location_country"`
	Sentence      int     `json:"sentence"`
	Evidence      Excerpt `json:"evidence"`
	AttributionID string  `json:"attribution"`
}

// Side is one actor of an event.
type Side struct {
	Actor string `json:"actor"` // the actor's id within its article
	Name  string `json:"name"`
	Code  string `json:"code"`
	Text  string `json:"text"`
}

// Excerpt is a span of an article's text, in characters.
type Excerpt struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// codeCond matches an actor code column against a code given by a user:
// a bare country code (IRN) matches every sector of that country too.
func codeCond(column, code string) (string, []any) {
	code = strings.ToUpper(code)
	if len(code) == 3 {
		return "(" + column + " = ? OR " + column + " LIKE ?)", []any{code, likePrefix(code)}
	}
	return column + " = ?", []any{code}
}

// sideCond matches one side of an event against a code: a country code
// matches the side's country column, which has an index.
func sideCond(side, code string) (string, []any) {
	code = strings.ToUpper(code)
	if len(code) == 3 {
		return "e." + side + "_country = ?", []any{code}
	}
	return "e." + side + "_code = ?", []any{code}
}

// addCode adds a condition that any of columns matches code.
func (w *where) addCode(code string, columns ...string) {
	var conds []string
	for _, c := range columns {
		cond, args := codeCond(c, code)
		conds = append(conds, cond)
		w.args = append(w.args, args...)
	}
	w.conds = append(w.conds, "("+strings.Join(conds, " OR ")+")")
}

func likePrefix(s string) string {
	s = strings.NewReplacer(`\`, ``, `%`, ``, `_`, ``).Replace(s)
	return s + "%"
}

// Events lists events matching f, in date order, and how many match.
func (s *Store) Events(ctx context.Context, f EventFilter) ([]EventRow, int, error) {
	w := f.where()
	var total int
	if err := s.db.QueryRowContext(ctx, s.bind(`SELECT COUNT(*) FROM events e`+w.String()), w.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count events: %w", err)
	}
	limit, offset := f.Bounds()
	rows, err := s.db.QueryContext(ctx, s.bind(`SELECT e.id, e.article_id, a.title, e.event_id, e.cameo, e.root, e.label, e.quad_class, e.goldstein, e.plover,
		e.source_actor, e.source_name, e.source_code, e.source_text, e.target_actor, e.target_name, e.target_code, e.target_text,
		e.negated, e.mode, e.date, e.date_text, e.location, e.location_country, e.sentence,
		e.evidence_text, e.evidence_start, e.evidence_end, e.attribution_id
		FROM events e JOIN articles a ON a.id = e.article_id`+w.String()+`
		ORDER BY e.date, e.id LIMIT ? OFFSET ?`), append(w.args, limit, offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("list events: %w", err)
	}
	out, err := collect(rows, func(r *sql.Rows) (EventRow, error) {
		var e EventRow
		var negated int
		err := r.Scan(&e.ID, &e.ArticleID, &e.ArticleTitle, &e.EventID, &e.CAMEO, &e.Root, &e.Label, &e.QuadClass, &e.Goldstein, &e.PLOVER,
			&e.Source.Actor, &e.Source.Name, &e.Source.Code, &e.Source.Text, &e.Target.Actor, &e.Target.Name, &e.Target.Code, &e.Target.Text,
			&negated, &e.Mode, &e.Date, &e.DateText, &e.Location, &e.LocationCode, &e.Sentence,
			&e.Evidence.Text, &e.Evidence.Start, &e.Evidence.End, &e.AttributionID)
		e.Negated = negated != 0
		return e, err
	})
	return out, total, err
}

// where turns the filter into conditions on events e.
func (f EventFilter) where() *where {
	w := &where{}
	if f.Actor != "" {
		src, srcArgs := sideCond("source", f.Actor)
		tgt, tgtArgs := sideCond("target", f.Actor)
		w.add("("+src+" OR "+tgt+")", append(srcArgs, tgtArgs...)...)
	}
	if f.Source != "" {
		cond, args := sideCond("source", f.Source)
		w.add(cond, args...)
	}
	if f.Target != "" {
		cond, args := sideCond("target", f.Target)
		w.add(cond, args...)
	}
	if len(f.Dyad) == 2 {
		aSrc, aSrcArgs := sideCond("source", f.Dyad[0])
		bTgt, bTgtArgs := sideCond("target", f.Dyad[1])
		bSrc, bSrcArgs := sideCond("source", f.Dyad[1])
		aTgt, aTgtArgs := sideCond("target", f.Dyad[0])
		args := append(append(append(append([]any{}, aSrcArgs...), bTgtArgs...), bSrcArgs...), aTgtArgs...)
		w.add("(("+aSrc+" AND "+bTgt+") OR ("+bSrc+" AND "+aTgt+"))", args...)
	}
	if f.Name != "" {
		w.add("(e.source_name = ? OR e.target_name = ?)", f.Name, f.Name)
	}
	if f.Root != "" {
		w.add("e.root = ?", f.Root)
	}
	if f.CAMEO != "" {
		w.add("e.cameo LIKE ?", likePrefix(f.CAMEO))
	}
	if f.PLOVER != "" {
		w.add("e.plover = ?", strings.ToUpper(f.PLOVER))
	}
	if f.QuadClass != 0 {
		w.add("e.quad_class = ?", f.QuadClass)
	}
	if f.From != "" {
		// An event dated to the month or year that holds From ("2025-05",
		// "2025": see document.Event.Date) sorts before it, but happened
		// in the range as much as on its day.
		month, year := f.From[:min(7, len(f.From))], f.From[:min(4, len(f.From))]
		w.add("(e.date >= ? OR e.date IN (?, ?))", f.From, month, year)
	}
	if f.To != "" {
		w.add("e.date <> '' AND e.date <= ?", f.To)
	}
	if f.Negated != nil {
		w.add("e.negated = ?", boolInt(*f.Negated))
	}
	if f.Mode != "" {
		w.add("e.mode = ?", f.Mode)
	}
	if f.ArticleID != 0 {
		w.add("e.article_id = ?", f.ArticleID)
	}
	return w
}

// Dyad is a pair of actor codes and the events from one to the other.
type Dyad struct {
	Source    string  `json:"source"`
	Target    string  `json:"target"`
	Events    int     `json:"events"`
	QuadClass [4]int  `json:"quad_class"` // events of each quad class: verbal and material cooperation, verbal and material conflict
	Goldstein float64 `json:"goldstein"`  // mean Goldstein scale
}

// Dyads counts events between actor codes, for the actor network: every
// event matching f whose two sides have codes.
func (s *Store) Dyads(ctx context.Context, f EventFilter) ([]Dyad, error) {
	w := f.where()
	w.add("e.source_code <> '' AND e.target_code <> '' AND e.source_code <> e.target_code")
	limit, offset := f.Bounds()
	rows, err := s.db.QueryContext(ctx, s.bind(`SELECT e.source_code, e.target_code, COUNT(*),
		SUM(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END),
		SUM(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END),
		SUM(CAST(ROUND(e.goldstein * 10) AS INTEGER))
		FROM events e`+w.String()+` GROUP BY e.source_code, e.target_code
		ORDER BY COUNT(*) DESC, `+s.bytewise("e.source_code")+`, `+s.bytewise("e.target_code")+` LIMIT ? OFFSET ?`), append(w.args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("count dyads: %w", err)
	}
	return collect(rows, func(r *sql.Rows) (Dyad, error) {
		var d Dyad
		// Goldstein scores have one decimal: summed as integer tenths,
		// the mean is the same on SQLite and PostgreSQL, whose floating
		// point sums can round a mean like 2.035 apart.
		var tenths int64
		err := r.Scan(&d.Source, &d.Target, &d.Events, &d.QuadClass[0], &d.QuadClass[1], &d.QuadClass[2], &d.QuadClass[3], &tenths)
		if d.Events > 0 {
			d.Goldstein = math.Round(float64(tenths)*10/float64(d.Events)) / 100
		}
		return d, err
	})
}

// ActorCount is an actor across the corpus: every article's actor with
// the same name and code, counted.
type ActorCount struct {
	Name       string `json:"name"`
	Code       string `json:"code"`
	Kind       string `json:"kind"`
	Country    string `json:"country"`
	Sector     string `json:"sector"`
	Articles   int    `json:"articles"`
	Mentions   int    `json:"mentions"`
	Events     int    `json:"events"`
	Statements int    `json:"statements"`
}

// ActorFilter selects actors.
type ActorFilter struct {
	Name string // a part of the name, any case
	Code string // an actor code; a country code matches its sectors too
	Kind string
	Page
}

// Actors lists actors by how often the corpus mentions them.
func (s *Store) Actors(ctx context.Context, f ActorFilter) ([]ActorCount, int, error) {
	var w where
	if f.Name != "" {
		w.add("LOWER(name) LIKE ?", "%"+strings.TrimSuffix(likePrefix(strings.ToLower(f.Name)), "%")+"%")
	}
	if f.Code != "" {
		w.addCode(f.Code, "code")
	}
	if f.Kind != "" {
		w.add("kind = ?", f.Kind)
	}
	grouped := `SELECT name, code, kind, country, sector, COUNT(DISTINCT article_id) AS articles, SUM(mentions) AS mentions
		FROM actors` + w.String() + ` GROUP BY name, code, kind, country, sector`
	var total int
	if err := s.db.QueryRowContext(ctx, s.bind(`SELECT COUNT(*) FROM (`+grouped+`) g`), w.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count actors: %w", err)
	}
	limit, offset := f.Bounds()
	rows, err := s.db.QueryContext(ctx, s.bind(`SELECT g.*,
		(SELECT COUNT(*) FROM events e WHERE e.source_name = g.name) + (SELECT COUNT(*) FROM events e WHERE e.target_name = g.name),
		(SELECT COUNT(*) FROM attributions t WHERE t.speaker = g.name) +
		(SELECT COUNT(*) FROM attribution_speakers sp JOIN attributions t ON t.id = sp.attribution_row WHERE sp.name = g.name AND t.speaker <> g.name)
		FROM (`+grouped+`) g ORDER BY g.mentions DESC, `+s.bytewise("g.name")+`, `+s.bytewise("g.code")+`, g.kind, g.country, g.sector LIMIT ? OFFSET ?`), append(w.args, limit, offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("list actors: %w", err)
	}
	out, err := collect(rows, func(r *sql.Rows) (ActorCount, error) {
		var a ActorCount
		return a, r.Scan(&a.Name, &a.Code, &a.Kind, &a.Country, &a.Sector, &a.Articles, &a.Mentions, &a.Events, &a.Statements)
	})
	return out, total, err
}

// AttributionRow is a stored statement: who said what, where.
type AttributionRow struct {
	ID            int64   `json:"id"`
	ArticleID     int64   `json:"article_id"`
	ArticleTitle  string  `json:"article_title"`
	AttributionID string  `json:"attribution_id"`
	Kind          string  `json:"kind"`
	Speaker       string  `json:"speaker"`
	SpeakerActor  string  `json:"speaker_actor"`
	SpeakerCode   string  `json:"speaker_code"`
	SourceKind    string  `json:"source_kind"`
	Source        Excerpt `json:"source"`
	Cue           Excerpt `json:"cue"`
	Content       Excerpt `json:"content"`
	// ContentMore are the content's other fragments (a quotation that goes
	// on after the cue); empty for most.
	ContentMore []Excerpt `json:"content_more"`
	ReportedBy  string    `json:"reported_by"`
	Hedged      bool      `json:"hedged"`
	Sentence    int       `json:"sentence"`
	// Within is the attribution_id of the statement whose content holds
	// this one, which relays it; "" for an outermost one.
	Within string `json:"within"`
	// Speakers are every actor of a source that coordinates several
	// ("Starmer and Macron said"), in order; empty for one speaker.
	Speakers []Speaker `json:"speakers"`
}

// Speaker is one actor of a coordinated source.
type Speaker struct {
	Name  string `json:"name"`
	Actor string `json:"actor"`
	Code  string `json:"code"`
}

// AttributionFilter selects statements.
type AttributionFilter struct {
	Speaker    string // the speaker's name, exactly
	Code       string // the speaker's actor code; a country code matches its sectors too
	SourceKind string // named, anonymous, vague, pronoun, description
	ReportedBy string // who relays the statement, exactly ("Axios", "state media")
	ArticleID  int64
	Page
}

const attributionColumns = `t.id, t.article_id, a.title, t.attribution_id, t.kind, t.speaker, t.speaker_actor, t.speaker_code, t.source_kind,
	t.source_text, t.source_start, t.source_end, t.cue_text, t.cue_start, t.cue_end, t.content, t.content_start, t.content_end,
	t.reported_by, t.hedged, t.sentence, t.content_more, t.within_id`

func scanAttribution(r *sql.Rows, extra ...any) (AttributionRow, error) {
	t := AttributionRow{Speakers: []Speaker{}}
	var hedged int
	var more string
	err := r.Scan(append([]any{&t.ID, &t.ArticleID, &t.ArticleTitle, &t.AttributionID, &t.Kind, &t.Speaker, &t.SpeakerActor, &t.SpeakerCode, &t.SourceKind,
		&t.Source.Text, &t.Source.Start, &t.Source.End, &t.Cue.Text, &t.Cue.Start, &t.Cue.End, &t.Content.Text, &t.Content.Start, &t.Content.End,
		&t.ReportedBy, &hedged, &t.Sentence, &more, &t.Within}, extra...)...)
	if err != nil {
		return t, err
	}
	t.Hedged = hedged != 0
	if err := json.Unmarshal([]byte(more), &t.ContentMore); err != nil {
		return t, fmt.Errorf("attribution %d: content fragments: %w", t.ID, err)
	}
	return t, nil
}

// Attributions lists statements matching f, by article and position.
func (s *Store) Attributions(ctx context.Context, f AttributionFilter) ([]AttributionRow, int, error) {
	var w where
	if f.Speaker != "" {
		w.addSpeaker("t.speaker = ?", "s.name = ?", []any{f.Speaker}, []any{f.Speaker})
	}
	if f.Code != "" {
		stored, storedArgs := codeCond("t.speaker_code", f.Code)
		other, otherArgs := codeCond("s.code", f.Code)
		w.addSpeaker(stored, other, storedArgs, otherArgs)
	}
	if f.SourceKind != "" {
		w.add("t.source_kind = ?", f.SourceKind)
	}
	if f.ReportedBy != "" {
		w.add("t.reported_by = ?", f.ReportedBy)
	}
	if f.ArticleID != 0 {
		w.add("t.article_id = ?", f.ArticleID)
	}
	var total int
	if err := s.db.QueryRowContext(ctx, s.bind(`SELECT COUNT(*) FROM attributions t`+w.String()), w.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count attributions: %w", err)
	}
	limit, offset := f.Bounds()
	rows, err := s.db.QueryContext(ctx, s.bind(`SELECT `+attributionColumns+` FROM attributions t JOIN articles a ON a.id = t.article_id`+
		w.String()+` ORDER BY a.published DESC, t.article_id, t.content_start, t.id LIMIT ? OFFSET ?`), append(w.args, limit, offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("list attributions: %w", err)
	}
	out, err := collect(rows, func(r *sql.Rows) (AttributionRow, error) { return scanAttribution(r) })
	if err != nil {
		return nil, 0, err
	}
	found := make([]*AttributionRow, len(out))
	for i := range out {
		found[i] = &out[i]
	}
	if err := s.addSpeakers(ctx, found...); err != nil {
		return nil, 0, err
	}
	return out, total, nil
}

// addSpeaker adds a condition on a statement's speaker: the stored one
// (a condition on t) or any of a coordinated source's (on s, a row of
// attribution_speakers).
func (w *where) addSpeaker(stored, other string, storedArgs, otherArgs []any) {
	w.add("("+stored+" OR EXISTS (SELECT 1 FROM attribution_speakers s WHERE s.attribution_row = t.id AND "+other+"))",
		append(storedArgs, otherArgs...)...)
}

// addSpeakers fills the speakers of coordinated sources among rows.
func (s *Store) addSpeakers(ctx context.Context, rows ...*AttributionRow) error {
	if len(rows) == 0 {
		return nil
	}
	byID := make(map[int64]*AttributionRow, len(rows))
	marks := make([]string, len(rows))
	args := make([]any, len(rows))
	for i, row := range rows {
		byID[row.ID] = row
		marks[i], args[i] = "?", row.ID
	}
	r, err := s.db.QueryContext(ctx, s.bind(`SELECT attribution_row, name, actor_id, code FROM attribution_speakers
		WHERE attribution_row IN (`+strings.Join(marks, ", ")+`) ORDER BY attribution_row, position`), args...)
	if err != nil {
		return fmt.Errorf("list speakers: %w", err)
	}
	defer r.Close()
	for r.Next() {
		var id int64
		var sp Speaker
		if err := r.Scan(&id, &sp.Name, &sp.Actor, &sp.Code); err != nil {
			return fmt.Errorf("list speakers: %w", err)
		}
		if row := byID[id]; row != nil {
			row.Speakers = append(row.Speakers, sp)
		}
	}
	return r.Err()
}

// ArticleHit is an article found by a search, with a snippet of its text
// and where the query's words are in the snippet: [start, end) character
// offsets, for a reader to mark them.
type ArticleHit struct {
	ArticleSummary
	Snippet    string   `json:"snippet"`
	Highlights [][2]int `json:"highlights"`
}

// The databases mark the query's words in a snippet with these two
// characters of Unicode's private use area, which news text does not hold;
// highlight takes them out again.
const (
	markStart = '\uE000'
	markEnd   = '\uE001'
)

// highlight removes the marks from a snippet and returns the marked
// spans in character offsets of what is left.
func highlight(marked string) (string, [][2]int) {
	var b strings.Builder
	spans := [][2]int{}
	chars, open := 0, -1
	for _, r := range marked {
		switch r {
		case markStart:
			open = chars
		case markEnd:
			if open >= 0 && chars > open {
				spans = append(spans, [2]int{open, chars})
			}
			open = -1
		default:
			b.WriteRune(r)
			chars++
		}
	}
	return b.String(), spans
}

// QuoteHit is a statement found by a search.
type QuoteHit struct {
	AttributionRow
}

// SearchArticles finds articles whose title or text hold every word of
// the query (stemmed: "talks" finds "talk").
func (s *Store) SearchArticles(ctx context.Context, query string, p Page) ([]ArticleHit, error) {
	rows, err := s.search(ctx, query, p, `SELECT `+articleColumns+`,
			ts_headline('english', a.text, q, 'StartSel=`+string(markStart)+`,StopSel=`+string(markEnd)+`,MaxWords=30,MinWords=12')
			FROM articles a, plainto_tsquery('english', $1) q WHERE a.search @@ q
			ORDER BY ts_rank(a.search, q) DESC, a.id LIMIT $2 OFFSET $3`,
		`SELECT `+articleColumns+`, snippet(article_search, 1, '`+string(markStart)+`', '`+string(markEnd)+`', '…', 24)
			FROM article_search JOIN articles a ON a.id = article_search.rowid WHERE article_search MATCH ?
			ORDER BY bm25(article_search), a.id LIMIT ? OFFSET ?`)
	if rows == nil || err != nil {
		return nil, err
	}
	return collect(rows, func(r *sql.Rows) (ArticleHit, error) {
		var h ArticleHit
		err := scanArticle(r, &h.ArticleSummary, &h.Snippet)
		h.Snippet, h.Highlights = highlight(h.Snippet)
		return h, err
	})
}

// SearchQuotes finds statements whose speaker or content hold every word
// of the query.
func (s *Store) SearchQuotes(ctx context.Context, query string, p Page) ([]QuoteHit, error) {
	rows, err := s.search(ctx, query, p, `SELECT `+attributionColumns+`
			FROM attributions t JOIN articles a ON a.id = t.article_id, plainto_tsquery('english', $1) q WHERE t.search @@ q
			ORDER BY ts_rank(t.search, q) DESC, t.id LIMIT $2 OFFSET $3`,
		`SELECT `+attributionColumns+`
			FROM quote_search JOIN attributions t ON t.id = quote_search.rowid JOIN articles a ON a.id = t.article_id
			WHERE quote_search MATCH ? ORDER BY bm25(quote_search), t.id LIMIT ? OFFSET ?`)
	if rows == nil || err != nil {
		return nil, err
	}
	hits, err := collect(rows, func(r *sql.Rows) (QuoteHit, error) {
		t, err := scanAttribution(r)
		return QuoteHit{t}, err
	})
	if err != nil {
		return nil, err
	}
	found := make([]*AttributionRow, len(hits))
	for i := range hits {
		found[i] = &hits[i].AttributionRow
	}
	if err := s.addSpeakers(ctx, found...); err != nil {
		return nil, err
	}
	return hits, nil
}

// search runs a full-text query written for each database, with the
// query's words, limit and offset as its arguments. Rows are nil when the
// query holds no word.
func (s *Store) search(ctx context.Context, query string, p Page, postgresSQL, sqliteSQL string) (*sql.Rows, error) {
	terms := searchTerms(query)
	if len(terms) == 0 {
		return nil, nil
	}
	limit, offset := p.Bounds()
	var rows *sql.Rows
	var err error
	if s.postgres {
		rows, err = s.db.QueryContext(ctx, postgresSQL, strings.Join(terms, " "), limit, offset)
	} else {
		rows, err = s.db.QueryContext(ctx, sqliteSQL, ftsQuery(terms), limit, offset)
	}
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	return rows, nil
}

// searchTerms splits a user's query into words, so that nothing in it is
// read as search syntax.
func searchTerms(q string) []string {
	return strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// ftsQuery quotes each term for FTS5: every term must occur.
func ftsQuery(terms []string) string {
	quoted := make([]string, len(terms))
	for i, t := range terms {
		quoted[i] = `"` + t + `"`
	}
	return strings.Join(quoted, " ")
}

// bytewise orders a text column by its bytes, as SQLite does, so that
// both databases list the same rows in the same order.
func (s *Store) bytewise(column string) string {
	if s.postgres {
		return column + ` COLLATE "C"`
	}
	return column
}

// Counts are the sizes of the corpus.
type Counts struct {
	Articles     int `json:"articles"`
	Actors       int `json:"actors"`
	Attributions int `json:"attributions"`
	Events       int `json:"events"`
}

// Counts returns how many rows each table holds.
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM actors),
		(SELECT COUNT(*) FROM attributions), (SELECT COUNT(*) FROM events)`).
		Scan(&c.Articles, &c.Actors, &c.Attributions, &c.Events)
	if err != nil {
		return c, fmt.Errorf("count rows in %s: %w", s.name, err)
	}
	return c, nil
}

func collect[T any](rows *sql.Rows, scan func(*sql.Rows) (T, error)) ([]T, error) {
	defer rows.Close()
	out := []T{}
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
