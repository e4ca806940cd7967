package article

import (
	"context"
	"fmt"
	"mime"
	"net/http"
	"strings"
	"time"
)

// IsURL reports whether an input names a web address rather than a file.
func IsURL(path string) bool {
	return strings.HasPrefix(path, "http://") || strings.HasPrefix(path, "https://")
}

// fetchTimeout bounds one download: a feed or a page, not a stream.
const fetchTimeout = 60 * time.Second

// ReadURL downloads a feed, a page or a JSONL dump and reads it as
// ReadStream does. The format comes from the flag, else the response's
// content type, else the content itself.
func ReadURL(ctx context.Context, client *http.Client, url string, format Format, h Handler) error {
	ctx, cancel := context.WithTimeout(ctx, fetchTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return h(nil, &Error{Source: url, Err: err})
	}
	req.Header.Set("User-Agent", "parley (+https://github.com/parley-news/parley)")
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/xml, text/html, application/x-ndjson, text/plain;q=0.8, */*;q=0.5")
	resp, err := client.Do(req)
	if err != nil {
		return h(nil, &Error{Source: url, Err: err})
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return h(nil, &Error{Source: url, Err: fmt.Errorf("HTTP %s", resp.Status)})
	}
	if format == Auto {
		format = formatFromContentType(resp.Header.Get("Content-Type"))
	}
	return ReadStream(ctx, url, resp.Body, format, h)
}

func formatFromContentType(ct string) Format {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return Auto
	}
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return HTML
	case strings.Contains(mt, "rss") || strings.Contains(mt, "atom") || mt == "application/xml" || mt == "text/xml":
		return Feed
	case mt == "application/x-ndjson" || mt == "application/jsonl" || mt == "application/x-jsonlines":
		return JSONL
	}
	return Auto
}
