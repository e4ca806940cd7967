package article

import (
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/document"
)

func TestReadURL(t *testing.T) {
	feed, err := os.ReadFile("testdata/feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
			w.Write(feed)
		case "/page":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<html><head><title>Talks</title></head><body><article><p>Norway hosted talks in Oslo on Monday, officials said.</p></article></body></html>"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	tests := []struct {
		path    string
		docs    int
		errText string
	}{
		{srv.URL + "/feed", 2, ""},
		{srv.URL + "/page", 1, ""},
		{srv.URL + "/missing", 0, "404"},
	}
	for _, tt := range tests {
		var docs int
		var errs []error
		err := ReadPath(t.Context(), tt.path, Auto, nil, func(d *document.Document, err error) error {
			if err != nil {
				errs = append(errs, err)
				return nil
			}
			if !strings.HasPrefix(d.Source, srv.URL) {
				t.Errorf("%s: source %q does not name the URL", tt.path, d.Source)
			}
			docs++
			return nil
		})
		if err != nil {
			t.Errorf("%s: %v", tt.path, err)
		}
		if docs != tt.docs {
			t.Errorf("%s: %d documents, want %d", tt.path, docs, tt.docs)
		}
		if tt.errText != "" && (len(errs) != 1 || !strings.Contains(errs[0].Error(), tt.errText) || !strings.Contains(errs[0].Error(), tt.path)) {
			t.Errorf("%s: errors %v, want one naming the URL and %q", tt.path, errs, tt.errText)
		}
	}
}
