package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/document"
)

// Fingerprint identifies an article's content: a hash of its text with
// case, punctuation and spacing normalised away, so the same story
// re-wrapped, re-quoted or re-encoded is one article.
func Fingerprint(text string) string {
	h := sha256.New()
	space, started := false, false
	var buf [4]byte
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && started {
				h.Write([]byte{' '})
			}
			space, started = false, true
			n := utf8.EncodeRune(buf[:], unicode.ToLower(r))
			h.Write(buf[:n])
		default:
			space = true
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Saved is what became of one document given to Save.
type Saved struct {
	ID        int64 // the article's id in the store (0 for a duplicate)
	Duplicate bool  // the store already held an article with its text or URL
}

// Has reports whether the store holds an article with the text's
// fingerprint or with the URL, so an ingest can skip it before coding.
func (s *Store) Has(ctx context.Context, text, url string) (bool, error) {
	held, err := s.holds(ctx, s.db, Fingerprint(text), url)
	if err != nil {
		return false, fmt.Errorf("look up article in %s: %w", s.name, err)
	}
	return held, nil
}

// rowQuerier is what a *sql.DB and a *sql.Tx share for one-row queries.
type rowQuerier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// holds reports whether the store holds an article with the fingerprint
// or the URL.
func (s *Store) holds(ctx context.Context, q rowQuerier, fingerprint, url string) (bool, error) {
	// Two lookups, so that each uses its index.
	var n int
	err := q.QueryRowContext(ctx, s.bind(`SELECT
		(SELECT COUNT(*) FROM articles WHERE fingerprint = ?) +
		(SELECT COUNT(*) FROM articles WHERE url = ? AND url <> '')`),
		fingerprint, url).Scan(&n)
	return n > 0, err
}

// Save stores coded documents (byte offsets, as the coder leaves them) in
// one transaction, with their actors, attributions and events. Documents
// whose text or URL the store already holds, or that repeat one earlier
// in the batch, are skipped and reported as duplicates.
func (s *Store) Save(ctx context.Context, docs []*document.Document) ([]Saved, error) {
	out := make([]Saved, len(docs))
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		for i, d := range docs {
			id, err := s.saveArticle(ctx, tx, d.WithoutWords().InChars())
			if err != nil {
				return fmt.Errorf("article %s: %w", d.Source, err)
			}
			out[i] = Saved{ID: id, Duplicate: id == 0}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("save to %s: %w", s.name, err)
	}
	return out, nil
}

// saveArticle inserts one document in character offsets and returns its
// id, or 0 when it is a duplicate.
func (s *Store) saveArticle(ctx context.Context, tx *sql.Tx, d *document.Document) (int64, error) {
	body, err := json.Marshal(d)
	if err != nil {
		return 0, err
	}
	published := ""
	if !d.Published.IsZero() {
		published = d.Published.UTC().Format(time.RFC3339)
	}
	// Look before inserting: on PostgreSQL an insert that conflicts still
	// uses up an id, and ids should not depend on the database.
	fingerprint := Fingerprint(d.Text)
	if held, err := s.holds(ctx, tx, fingerprint, d.URL); err != nil || held {
		return 0, err
	}
	var id int64
	err = tx.QueryRowContext(ctx, s.bind(`INSERT INTO articles
		(doc_id, source, url, title, byline, published, date_inferred, fingerprint, text, document, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT DO NOTHING RETURNING id`),
		d.ID, d.Source, d.URL, title(d), d.Byline, published, boolInt(d.DateInferred),
		fingerprint, d.Text, string(body), now()).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	actors := map[string]document.Actor{}
	for _, a := range d.Actors {
		actors[a.ID] = a
		if _, err := tx.ExecContext(ctx, s.bind(`INSERT INTO actors
			(article_id, actor_id, name, kind, country, sector, code, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
			id, a.ID, a.Name, a.Kind, a.Country, a.Sector, a.Code, len(a.Mentions)); err != nil {
			return 0, fmt.Errorf("actor %s: %w", a.ID, err)
		}
	}
	for _, a := range d.Attributions {
		if err := s.saveAttribution(ctx, tx, id, a, actors); err != nil {
			return 0, fmt.Errorf("attribution %s: %w", a.ID, err)
		}
	}
	day := ""
	if published != "" {
		day = published[:10]
	}
	for _, e := range d.Events {
		if err := s.saveEvent(ctx, tx, id, e, actors, day); err != nil {
			return 0, fmt.Errorf("event %s: %w", e.ID, err)
		}
	}
	if !s.postgres {
		// PostgreSQL indexes its generated tsvector columns itself.
		if _, err := tx.ExecContext(ctx, `INSERT INTO article_search (rowid, title, text) VALUES (?, ?, ?)`, id, title(d), d.Text); err != nil {
			return 0, fmt.Errorf("search index: %w", err)
		}
	}
	return id, nil
}

func (s *Store) saveAttribution(ctx context.Context, tx *sql.Tx, articleID int64, a document.Attribution, actors map[string]document.Actor) error {
	speaker := actors[a.Source.Actor]
	name := speaker.Name
	if name == "" {
		name = a.Source.Text
	}
	more, moreText := fragments(a.ContentMore)
	var rowID int64
	err := tx.QueryRowContext(ctx, s.bind(`INSERT INTO attributions
		(article_id, attribution_id, kind, speaker, speaker_actor, speaker_code, source_kind, source_text, source_start, source_end,
		 cue_text, cue_start, cue_end, content, content_start, content_end, reported_by, hedged, sentence, content_more, content_more_text, within_id)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`),
		articleID, a.ID, string(a.Kind), name, a.Source.Actor, speaker.Code, a.SourceKind, a.Source.Text, a.Source.Start, a.Source.End,
		a.Cue.Text, a.Cue.Start, a.Cue.End, a.Content.Text, a.Content.Start, a.Content.End,
		relayName(a, actors), boolInt(a.Hedged), a.Sentence, more, moreText, a.Within).Scan(&rowID)
	if err != nil {
		return err
	}
	for k, id := range a.SourceActors {
		sp := actors[id]
		if _, err := tx.ExecContext(ctx, s.bind(`INSERT INTO attribution_speakers (attribution_row, position, name, actor_id, code) VALUES (?, ?, ?, ?, ?)`),
			rowID, k, sp.Name, id, sp.Code); err != nil {
			return fmt.Errorf("speaker %s: %w", id, err)
		}
	}
	if !s.postgres {
		_, err = tx.ExecContext(ctx, `INSERT INTO quote_search (rowid, speaker, content) VALUES (?, ?, ?)`, rowID, name,
			strings.TrimSpace(a.Content.Text+" "+moreText))
	}
	return err
}

// relayName names who relays a's source: the actor, else the words that
// name it ("according to state media", no actor).
func relayName(a document.Attribution, actors map[string]document.Actor) string {
	if name := actors[a.ReportedBy].Name; name != "" {
		return name
	}
	return a.ReportedBySpan.Text
}

// fragments encodes a content's other fragments as the JSON list the API
// returns, and their words joined for search.
func fragments(spans []document.Span) (string, string) {
	list := make([]Excerpt, len(spans))
	words := make([]string, len(spans))
	for i, f := range spans {
		list[i] = Excerpt{Text: f.Text, Start: f.Start, End: f.End}
		words[i] = f.Text
	}
	b, _ := json.Marshal(list) // a list of plain structs always encodes
	return string(b), strings.Join(words, " ")
}

func (s *Store) saveEvent(ctx context.Context, tx *sql.Tx, articleID int64, e document.Event, actors map[string]document.Actor, articleDay string) error {
	date := e.Date
	if date == "" {
		// An event with no date of its own is dated by its article, as
		// GDELT and Phoenix do.
		date = articleDay
	}
	_, err := tx.ExecContext(ctx, s.bind(`INSERT INTO events
		(article_id, event_id, cameo, root, label, quad_class, goldstein, plover,
		 source_actor, source_name, source_code, source_text, target_actor, target_name, target_code, target_text,
		 negated, mode, date, date_text, location, location_country, sentence, evidence_text, evidence_start, evidence_end, attribution_id,
		 source_country, target_country)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
		articleID, e.ID, e.CAMEO, e.Root, e.Label, e.QuadClass, e.Goldstein, e.PLOVER,
		e.Source.Actor, sideName(e.Source, actors), e.Source.Code, e.Source.Text,
		e.Target.Actor, sideName(e.Target, actors), e.Target.Code, e.Target.Text,
		boolInt(e.Negated), e.Mode, date, e.DateText, e.Location.Text, e.Location.Country,
		e.Sentence, e.Evidence.Text, e.Evidence.Start, e.Evidence.End, e.Attribution,
		country(e.Source.Code), country(e.Target.Code))
	return err
}

// country is the country part of an actor code: its first three letters.
func country(code string) string { return code[:min(3, len(code))] }

func sideName(side document.EventActor, actors map[string]document.Actor) string {
	if a, ok := actors[side.Actor]; ok && a.Name != "" {
		return a.Name
	}
	return side.Text
}

// title is the article's title; else its headline part; else the start
// of its first part, so that a list of articles always has something to
// show.
func title(d *document.Document) string {
	if d.Title != "" {
		return d.Title
	}
	if len(d.Parts) == 0 {
		return ""
	}
	text := []rune(d.Text)
	p := d.Parts[0]
	for _, q := range d.Parts {
		if q.Kind == document.Headline {
			p = q
			break
		}
	}
	t := strings.Join(strings.Fields(string(text[p.Start:p.End])), " ")
	if r := []rune(t); len(r) > maxTitle {
		cut := strings.LastIndexByte(string(r[:maxTitle]), ' ')
		if cut < maxTitle/2 {
			cut = len(string(r[:maxTitle]))
		}
		t = t[:cut] + "…"
	}
	return t
}

const maxTitle = 100

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
