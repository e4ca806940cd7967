package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/store"
)

// list is the body of every paged answer.
type list[T any] struct {
	Items  []T `json:"items"`
	Total  int `json:"total"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
}

func paged[T any](items []T, total int, p store.Page) list[T] {
	limit, offset := p.Bounds()
	return list[T]{Items: items, Total: total, Limit: limit, Offset: offset}
}

// answer writes a query's result, or the error that stopped it.
func (s *Server) answer(w http.ResponseWriter, r *http.Request, v any, err error) {
	switch {
	case err == nil:
		writeJSON(w, http.StatusOK, v)
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, err.Error())
	case errors.Is(err, context.DeadlineExceeded):
		writeError(w, http.StatusServiceUnavailable, "the query took too long")
	case r.Context().Err() != nil:
		// The client went away; nobody reads the answer.
	default:
		s.log.Error("query failed", "path", r.URL.Path, "err", err)
		writeError(w, http.StatusInternalServerError, "the query failed")
	}
}

func (s *Server) handleStats(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	if p.err != nil {
		writeError(w, http.StatusBadRequest, p.err.Error())
		return
	}
	c, err := s.store.Counts(r.Context())
	s.answer(w, r, c, err)
}

func (s *Server) handleArticles(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	page := p.page()
	if p.err != nil {
		writeError(w, http.StatusBadRequest, p.err.Error())
		return
	}
	items, total, err := s.store.Articles(r.Context(), page)
	s.answer(w, r, paged(items, total, page), err)
}

func (s *Server) handleArticle(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("article id %q is not a positive whole number", r.PathValue("id")))
		return
	}
	a, err := s.store.Article(r.Context(), id)
	s.answer(w, r, a, err)
}

func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	f, err := eventFilter(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	items, total, err := s.store.Events(r.Context(), f)
	s.answer(w, r, paged(items, total, f.Page), err)
}

// handleDyads counts the events between pairs of actor codes, with the
// filters of /api/events: the edges of the actor network.
func (s *Server) handleDyads(w http.ResponseWriter, r *http.Request) {
	f, err := eventFilter(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	items, err := s.store.Dyads(r.Context(), f)
	s.answer(w, r, map[string]any{"items": items}, err)
}

func eventFilter(r *http.Request) (store.EventFilter, error) {
	p := newParams(r, "actor", "source", "target", "dyad", "name", "root", "cameo", "plover", "quad_class",
		"from", "to", "negated", "mode", "article")
	f := store.EventFilter{
		Actor: p.code("actor"), Source: p.code("source"), Target: p.code("target"), Dyad: p.dyad("dyad"),
		Name: p.name("name"), Root: p.digits("root", 2), CAMEO: p.digits("cameo", 4),
		PLOVER: strings.ToUpper(p.word("plover", ploverTypes...)), QuadClass: p.int("quad_class", 1, 4),
		From: p.date("from"), To: p.date("to"), Negated: p.bool("negated"),
		Mode:      p.word("mode", "asserted", "intended", "hypothetical", "failed", "denied"),
		ArticleID: int64(p.int("article", 1, 1<<62)), Page: p.page(),
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		p.fail("from %s is after to %s", f.From, f.To)
	}
	return f, p.err
}

// ploverTypes are PLOVER's event types, the values the plover filter takes.
var ploverTypes = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

func (s *Server) handleActors(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, "name", "code", "kind")
	f := store.ActorFilter{Name: p.name("name"), Code: p.code("code"),
		Kind: p.word("kind", "person", "organization", "country", "media", "anonymous", "group"), Page: p.page()}
	if p.err != nil {
		writeError(w, http.StatusBadRequest, p.err.Error())
		return
	}
	items, total, err := s.store.Actors(r.Context(), f)
	s.answer(w, r, paged(items, total, f.Page), err)
}

func (s *Server) handleAttributions(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, "speaker", "code", "source_kind", "reported_by", "article")
	f := store.AttributionFilter{Speaker: p.name("speaker"), Code: p.code("code"),
		SourceKind: p.word("source_kind", "named", "pronoun", "anonymous", "vague", "description", "none"),
		ReportedBy: p.name("reported_by"), ArticleID: int64(p.int("article", 1, 1<<62)), Page: p.page()}
	if p.err != nil {
		writeError(w, http.StatusBadRequest, p.err.Error())
		return
	}
	items, total, err := s.store.Attributions(r.Context(), f)
	s.answer(w, r, paged(items, total, f.Page), err)
}

// searchResult is the answer of /api/search.
type searchResult struct {
	Query    string             `json:"query"`
	Articles []store.ArticleHit `json:"articles"`
	Quotes   []store.QuoteHit   `json:"quotes"`
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, "q")
	q, page := p.get("q"), p.page()
	if q == "" {
		p.fail("q: give the words to search for")
	}
	if p.err != nil {
		writeError(w, http.StatusBadRequest, p.err.Error())
		return
	}
	res := searchResult{Query: q}
	var err error
	if res.Articles, err = s.store.SearchArticles(r.Context(), q, page); err == nil {
		res.Quotes, err = s.store.SearchQuotes(r.Context(), q, page)
	}
	if res.Articles == nil {
		res.Articles = []store.ArticleHit{}
	}
	if res.Quotes == nil {
		res.Quotes = []store.QuoteHit{}
	}
	s.answer(w, r, res, err)
}

// handleCode codes a posted article and answers with what parley code
// writes for it, storing nothing. The body is a JSON record like a line of
// JSONL input ({"id","url","title","published","text"} or "html"), or
// plain text with Content-Type text/plain.
func (s *Server) handleCode(w http.ResponseWriter, r *http.Request) {
	if s.code == nil {
		writeError(w, http.StatusNotImplemented, "this server does not code articles")
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxCodeBody))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("the article is larger than %d bytes", MaxCodeBody))
		return
	case err != nil:
		writeError(w, http.StatusBadRequest, "reading the body: "+err.Error())
		return
	}
	d, err := documentOf(r, body)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	select {
	case s.coders <- struct{}{}:
		defer func() { <-s.coders }()
	case <-time.After(codeWait):
		w.Header().Set("Retry-After", "5")
		writeError(w, http.StatusServiceUnavailable, "every coder is busy; try again shortly")
		return
	case <-r.Context().Done():
		return
	}
	s.code(d)
	writeJSON(w, http.StatusOK, d.InChars())
}

// documentOf reads a posted article.
func documentOf(r *http.Request, body []byte) (*document.Document, error) {
	ct := r.Header.Get("Content-Type")
	var d *document.Document
	if strings.HasPrefix(ct, "text/plain") {
		if err := checkPlain(body); err != nil {
			return nil, err
		}
		d = article.FromText(string(body))
		if len(d.Parts) == 0 {
			return nil, errors.New("the article has no text")
		}
	} else {
		if ct != "" && !strings.HasPrefix(ct, "application/json") {
			return nil, fmt.Errorf("content type %q: send application/json or text/plain", ct)
		}
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		var rec article.JSONRecord
		if err := dec.Decode(&rec); err != nil {
			return nil, fmt.Errorf("invalid JSON: %w", err)
		}
		if dec.More() {
			return nil, errors.New("invalid JSON: more than one value in the body")
		}
		var err error
		if d, err = article.FromRecord(r.Context(), rec); err != nil {
			return nil, err
		}
	}
	d.Source, d.OffsetUnit = "api", "byte"
	if d.ID == "" {
		d.ID = "posted"
	}
	article.InferDate(d)
	return d, nil
}

func checkPlain(body []byte) error {
	if strings.TrimSpace(string(body)) == "" {
		return errors.New("the body is empty")
	}
	if !utf8.Valid(body) {
		return errors.New("the body is not valid UTF-8")
	}
	return nil
}
