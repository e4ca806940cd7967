package article

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/document"
)

// MaxArticleBytes bounds one article, one JSONL line, or one input file
// read as a whole: news articles are far smaller, and a larger input is
// almost always the wrong file (a dump without line breaks, a binary).
const MaxArticleBytes = 10 << 20

// Format is an input format.
type Format string

// Input formats.
const (
	Auto  Format = ""
	Text  Format = "text"
	HTML  Format = "html"
	Feed  Format = "feed"
	JSONL Format = "jsonl"
)

// Error is a problem with one input record; reading goes on after it.
type Error struct {
	Source string // file, or file:line
	Err    error
}

func (e *Error) Error() string { return e.Source + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Handler receives each document read, or the error for a record that
// could not be read. Returning an error stops reading.
type Handler func(d *document.Document, err error) error

// ReadPath reads a file, every file under a directory (sorted, hidden
// files skipped), standard input when path is "-", or a feed, page or
// dump at an http(s) URL. In a directory, links to files are read too;
// links to directories are not followed, so a link cannot make a loop.
func ReadPath(ctx context.Context, path string, format Format, stdin io.Reader, h Handler) error {
	if path == "-" {
		return ReadStream(ctx, "stdin", stdin, format, h)
	}
	if IsURL(path) {
		return ReadURL(ctx, http.DefaultClient, path, format, h)
	}
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if !info.IsDir() {
		return readFile(ctx, path, format, h)
	}
	var files []string
	err = filepath.WalkDir(path, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return h(nil, &Error{Source: p, Err: err})
		}
		if strings.HasPrefix(e.Name(), ".") && p != path {
			if e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if e.Type().IsRegular() || e.Type()&fs.ModeSymlink != 0 && isFile(p) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return err
	}
	sort.Strings(files)
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := readFile(ctx, f, format, h); err != nil {
			return err
		}
	}
	return nil
}

func readFile(ctx context.Context, path string, format Format, h Handler) error {
	f, err := os.Open(path)
	if err != nil {
		return h(nil, &Error{Source: path, Err: err})
	}
	defer f.Close()
	if format == Auto {
		format = formatFromName(path)
	}
	return ReadStream(ctx, path, f, format, h)
}

func formatFromName(path string) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson":
		return JSONL
	case ".html", ".htm", ".xhtml":
		return HTML
	case ".rss", ".atom", ".xml":
		return Feed
	case ".txt", ".text":
		return Text
	}
	return Auto
}

// ReadStream reads one input; name is used in sources and errors.
func ReadStream(ctx context.Context, name string, r io.Reader, format Format, h Handler) error {
	if format == JSONL {
		return readJSONL(ctx, name, r, h)
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxArticleBytes+1))
	if err != nil {
		return h(nil, &Error{Source: name, Err: err})
	}
	if len(data) > MaxArticleBytes {
		return h(nil, &Error{Source: name, Err: fmt.Errorf("larger than %d MB: parley reads one article per file (for bulk input use JSONL, one article per line)", MaxArticleBytes>>20)})
	}
	if format == Auto {
		format = sniff(data)
	}
	if format == JSONL {
		return readJSONL(ctx, name, bytes.NewReader(data), h)
	}
	if err := checkText(data); err != nil {
		return h(nil, &Error{Source: name, Err: err})
	}
	switch format {
	case HTML:
		d, err := FromHTML(ctx, data)
		if err != nil {
			return h(nil, &Error{Source: name, Err: err})
		}
		return emit(d, name, name, h)
	case Feed:
		docs, err := FromFeed(ctx, data)
		if err != nil {
			return h(nil, &Error{Source: name, Err: err})
		}
		for i, d := range docs {
			if err := emit(d, fmt.Sprintf("%s#%d", name, i+1), name, h); err != nil {
				return err
			}
		}
		return nil
	default:
		d := FromText(string(data))
		if len(d.Parts) == 0 {
			return h(nil, &Error{Source: name, Err: errors.New("no text")})
		}
		return emit(d, name, name, h)
	}
}

func emit(d *document.Document, source, file string, h Handler) error {
	d.Source, d.OffsetUnit = source, "byte"
	if d.ID == "" {
		d.ID = idFromName(file)
		if source != file {
			d.ID = idFromName(source)
		}
	}
	inferDate(d, file)
	return h(d, nil)
}

func idFromName(name string) string {
	base := filepath.Base(name)
	if i := strings.IndexByte(base, '.'); i > 0 && !strings.Contains(base[i:], "#") {
		base = base[:i]
	}
	return base
}

// sniff guesses the format from the first bytes.
func sniff(data []byte) Format {
	head := bytes.TrimSpace(data[:min(len(data), 4096)])
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	switch {
	case bytes.HasPrefix(head, []byte("{")):
		return JSONL
	case bytes.HasPrefix(head, []byte("<")):
		low := bytes.ToLower(head)
		if bytes.Contains(low, []byte("<rss")) || bytes.Contains(low, []byte("<feed")) || bytes.Contains(low, []byte("<rdf:rdf")) {
			return Feed
		}
		return HTML
	}
	return Text
}

// checkText rejects empty, binary and non-UTF-8 input, naming the line.
func checkText(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return errors.New("empty input")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("binary data (NUL byte at line %d, byte %d)", lineOf(data, i), i)
	}
	if !utf8.Valid(data) {
		for i := 0; i < len(data); {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				return fmt.Errorf("invalid UTF-8 at line %d, byte %d (convert the file to UTF-8)", lineOf(data, i), i)
			}
			i += size
		}
	}
	return nil
}

func lineOf(data []byte, off int) int { return bytes.Count(data[:off], []byte("\n")) + 1 }

// JSONRecord is one line of JSONL input.
type JSONRecord struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
}

func readJSONL(ctx context.Context, name string, r io.Reader, h Handler) error {
	br := bufio.NewReaderSize(r, 1<<20)
	lineNo := 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, err := readLine(br, MaxArticleBytes)
		if err == io.EOF {
			return nil
		}
		lineNo++
		src := fmt.Sprintf("%s:%d", name, lineNo)
		if err != nil {
			if herr := h(nil, &Error{Source: src, Err: err}); herr != nil {
				return herr
			}
			continue
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		d, err := fromJSON(ctx, line)
		if err != nil {
			if herr := h(nil, &Error{Source: src, Err: err}); herr != nil {
				return herr
			}
			continue
		}
		if d.ID == "" {
			d.ID = fmt.Sprintf("%s-%d", idFromName(name), lineNo)
		}
		if err := emit(d, src, name, h); err != nil {
			return err
		}
	}
}

// readLine reads one line, skipping the rest of lines longer than max.
func readLine(br *bufio.Reader, max int) ([]byte, error) {
	var buf []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > max {
			tooLong = true
		} else {
			buf = append(buf, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF && (len(buf) > 0 || tooLong) {
			err = nil
		}
		if err != nil {
			return nil, err
		}
		if tooLong {
			return nil, fmt.Errorf("line longer than %d MB", max>>20)
		}
		return buf, nil
	}
}

func fromJSON(ctx context.Context, line []byte) (*document.Document, error) {
	var rec JSONRecord
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&rec); err != nil {
		return nil, fmt.Errorf("invalid JSON: %w", err)
	}
	return FromRecord(ctx, rec)
}

// FromRecord makes a document of a JSON record: its text, or the main
// text of its HTML, with its metadata. The date is not yet inferred.
func FromRecord(ctx context.Context, rec JSONRecord) (*document.Document, error) {
	var d *document.Document
	switch {
	case strings.TrimSpace(rec.Text) != "":
		if !utf8.ValidString(rec.Text) {
			return nil, errors.New("text is not valid UTF-8")
		}
		d = FromText(rec.Text)
	case strings.TrimSpace(rec.HTML) != "":
		var err error
		if d, err = FromHTML(ctx, []byte(rec.HTML)); err != nil {
			return nil, err
		}
	default:
		return nil, errors.New(`record has no "text"`)
	}
	d.ID, d.URL = rec.ID, rec.URL
	if rec.Title != "" {
		d.Title = rec.Title
	}
	if rec.Published != "" {
		t, err := ParseTime(rec.Published)
		if err != nil {
			return nil, fmt.Errorf("published: %w", err)
		}
		d.Published, d.DateSource = t, "metadata"
	}
	return d, nil
}

// ParseTime accepts the timestamp layouts news metadata uses.
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05",
		"2006-01-02", time.RFC1123Z, time.RFC1123, "January 2, 2006", "Jan 2, 2006", "2 January 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("unrecognised date %q", s)
}

// isFile reports whether p, a symbolic link, leads to a regular file.
func isFile(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.Mode().IsRegular()
}
