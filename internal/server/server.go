package server

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"strings"
	"time"

	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/store"
)

//go:embed web
var webFiles embed.FS

// Limits of a request.
const (
	MaxCodeBody  = 2 << 20 // bytes of an article posted to /api/code
	queryTimeout = 10 * time.Second
	codeWait     = 5 * time.Second // how long /api/code waits for a free coder
)

// Server answers the API and serves the UI.
type Server struct {
	store *store.Store
	code  func(*document.Document)
	log   *slog.Logger
	// coders bounds how many articles /api/code codes at once: coding is
	// CPU-bound, so more than one per core only queues.
	coders chan struct{}
	mux    *http.ServeMux
}

// New returns a server over the store; code is the coder for /api/code
// (nil disables that endpoint).
func New(st *store.Store, code func(*document.Document), log *slog.Logger) *Server {
	s := &Server{store: st, code: code, log: log,
		coders: make(chan struct{}, runtime.GOMAXPROCS(0)), mux: http.NewServeMux()}
	s.routes()
	return s
}

func (s *Server) routes() {
	s.mux.HandleFunc("GET /api/stats", s.handleStats)
	s.mux.HandleFunc("GET /api/articles", s.handleArticles)
	s.mux.HandleFunc("GET /api/articles/{id}", s.handleArticle)
	s.mux.HandleFunc("GET /api/events", s.handleEvents)
	s.mux.HandleFunc("GET /api/dyads", s.handleDyads)
	s.mux.HandleFunc("GET /api/actors", s.handleActors)
	s.mux.HandleFunc("GET /api/attributions", s.handleAttributions)
	s.mux.HandleFunc("GET /api/search", s.handleSearch)
	s.mux.HandleFunc("POST /api/code", s.handleCode)
	s.mux.HandleFunc("/api/", s.handleUnknown)
	static, err := fs.Sub(webFiles, "web")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	files := securityHeaders(http.FileServerFS(static))
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, http.StatusMethodNotAllowed, r.Method+" is not allowed here")
			return
		}
		files.ServeHTTP(w, r)
	})
}

// handleUnknown answers API requests no route took: a known endpoint asked
// with the wrong method, or no endpoint at all.
func (s *Server) handleUnknown(w http.ResponseWriter, r *http.Request) {
	allow := ""
	switch p := r.URL.Path; {
	case p == "/api/code":
		allow = "POST"
	case p == "/api/stats", p == "/api/articles", p == "/api/events", p == "/api/dyads", p == "/api/actors",
		p == "/api/attributions", p == "/api/search", strings.HasPrefix(p, "/api/articles/"):
		allow = "GET, HEAD"
	}
	if allow != "" {
		w.Header().Set("Allow", allow)
		writeError(w, http.StatusMethodNotAllowed, r.Method+" "+r.URL.Path+": use "+allow)
		return
	}
	writeError(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
}

// ServeHTTP answers one request, turning a panic into a 500 so that one
// bad request cannot take the server down.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
	defer func() {
		if p := recover(); p != nil {
			s.log.Error("request panicked", "method", r.Method, "path", r.URL.Path, "panic", p)
			writeError(rec, http.StatusInternalServerError, "internal error")
		}
		level := slog.LevelDebug
		if rec.status >= 500 {
			level = slog.LevelError
		}
		s.log.Log(r.Context(), level, "request", "method", r.Method, "path", r.URL.Path, "status", rec.status, "duration", time.Since(start))
	}()
	ctx, cancel := context.WithTimeout(r.Context(), queryTimeout)
	defer cancel()
	s.mux.ServeHTTP(rec, r.WithContext(ctx))
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		h.ServeHTTP(w, r)
	})
}

// Serve listens on addr until ctx is done, then shuts down gracefully:
// requests in flight get shutdownGrace to finish. ready, if not nil,
// receives the address listened on (useful with port 0).
func (s *Server) Serve(ctx context.Context, addr string, ready func(net.Addr)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	if ready != nil {
		ready(ln.Addr())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

const shutdownGrace = 10 * time.Second

// writeJSON writes v with the status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// apiError is the body of every error response.
type apiError struct {
	Error string `json:"error"`
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, apiError{Error: msg})
}
