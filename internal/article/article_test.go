package article

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parley-news/parley/internal/document"
)

var update = flag.Bool("update", false, "rewrite golden files")

// partsView is what golden files record of a document: its metadata and
// the text of each part.
type partsView struct {
	ID, Title, Byline, URL string
	Published              string
	DateInferred           bool
	DateSource             string
	Parts                  []string
}

func view(d *document.Document) partsView {
	v := partsView{ID: d.ID, Title: d.Title, Byline: d.Byline, URL: d.URL, DateInferred: d.DateInferred, DateSource: d.DateSource}
	if !d.Published.IsZero() {
		v.Published = d.Published.UTC().Format(time.RFC3339)
	}
	for _, p := range d.Parts {
		v.Parts = append(v.Parts, string(p.Kind)+": "+d.Text[p.Start:p.End])
	}
	return v
}

func readAll(t *testing.T, path string, format Format) ([]*document.Document, []error) {
	t.Helper()
	var docs []*document.Document
	var errs []error
	err := ReadPath(context.Background(), path, format, nil, func(d *document.Document, err error) error {
		if err != nil {
			errs = append(errs, err)
			return nil
		}
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatalf("ReadPath(%s): %v", path, err)
	}
	return docs, errs
}

func checkGolden(t *testing.T, name string, got any) {
	t.Helper()
	data, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, '\n')
	path := filepath.Join("testdata", name+".golden.json")
	if *update {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(data, want) {
		t.Errorf("%s differs from golden file %s:\n%s", name, path, data)
	}
}

func TestGoldenReaders(t *testing.T) {
	for _, tc := range []struct {
		file    string
		format  Format
		records int
		errors  int
	}{
		{"wire.txt", Auto, 1, 0},
		{"page.html", Auto, 1, 0},
		{"feed.xml", Auto, 2, 0},
		{"bulk.jsonl", Auto, 2, 1},
	} {
		t.Run(tc.file, func(t *testing.T) {
			docs, errs := readAll(t, filepath.Join("testdata", tc.file), tc.format)
			if len(docs) != tc.records || len(errs) != tc.errors {
				t.Fatalf("got %d documents and errors %v, want %d and %d errors", len(docs), errs, tc.records, tc.errors)
			}
			var views []partsView
			for _, d := range docs {
				checkOffsets(t, d)
				views = append(views, view(d))
			}
			checkGolden(t, strings.TrimSuffix(tc.file, filepath.Ext(tc.file)), views)
		})
	}
}

func checkOffsets(t *testing.T, d *document.Document) {
	t.Helper()
	prev := 0
	for _, p := range d.Parts {
		if p.Start < prev || p.End <= p.Start || p.End > len(d.Text) {
			t.Fatalf("%s: bad part %+v after %d (text length %d)", d.Source, p, prev, len(d.Text))
		}
		if s := d.Text[p.Start:p.End]; strings.TrimSpace(s) != s {
			t.Errorf("%s: part %q has surrounding space", d.Source, s)
		}
		prev = p.End
	}
}

func TestSeedLayout(t *testing.T) {
	docs, _ := readAll(t, "testdata/wire.txt", Auto)
	d := docs[0]
	want := []document.PartKind{document.Headline, document.Standfirst, document.Caption,
		document.Paragraph, document.Paragraph, document.Subheading, document.Paragraph}
	if len(d.Parts) != len(want) {
		t.Fatalf("got %d parts, want %d: %+v", len(d.Parts), len(want), view(d).Parts)
	}
	for i, k := range want {
		if d.Parts[i].Kind != k {
			t.Errorf("part %d is %s, want %s", i, d.Parts[i].Kind, k)
		}
	}
	if !d.DateInferred || d.DateSource != "caption" || d.Published.Format("2006-01-02") != "2025-03-04" {
		t.Errorf("date %v inferred=%v from %q, want 2025-03-04 inferred from the caption", d.Published, d.DateInferred, d.DateSource)
	}
}

// TestLayouts: the headline is found with a standfirst or without one,
// and also when it ends with a quotation or an initialism's stop.
func TestLayouts(t *testing.T) {
	for _, tc := range []struct {
		name, text, title string
		kinds             []document.PartKind
	}{
		{"no standfirst", "Russia vetoes UN resolution on Sudan\n-\nThe Security Council in session, Monday, Nov. 18, 2024 (AP)\nUNITED NATIONS (AP) — Russia vetoed it.\n\nBritain objected.\n",
			"Russia vetoes UN resolution on Sudan", []document.PartKind{document.Headline, document.Caption, document.Paragraph, document.Paragraph}},
		{"quoted headline", "Britain calls the veto \"a disgrace\"\n\nRussia vetoed the resolution on Monday.\n",
			`Britain calls the veto "a disgrace"`, []document.PartKind{document.Headline, document.Paragraph}},
		{"quoted sentence", "He said: \"We will win.\"\n\nRussia vetoed the resolution on Monday.\n",
			"", []document.PartKind{document.Paragraph, document.Paragraph}},
		{"initialism", "Venezuela releases 10 Americans in prisoner swap with U.S.\n\nVenezuela freed 10 American citizens.\n",
			"Venezuela releases 10 Americans in prisoner swap with U.S.", []document.PartKind{document.Headline, document.Paragraph}},
		{"sentence", "Venezuela freed 10 American citizens on Friday.\n\nThe United States welcomed it.\n",
			"", []document.PartKind{document.Paragraph, document.Paragraph}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := FromText(tc.text)
			checkOffsets(t, d)
			var kinds []document.PartKind
			for _, p := range d.Parts {
				kinds = append(kinds, p.Kind)
			}
			if d.Title != tc.title || !slices.Equal(kinds, tc.kinds) {
				t.Errorf("title %q, parts %v; want %q, %v", d.Title, kinds, tc.title, tc.kinds)
			}
		})
	}
}

func TestSharedSeed(t *testing.T) {
	path := "../../../shared/seed/000_bb7310f83aa69dfe.txt"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("shared data absent (%v); the seed article lives in ../shared", err)
	}
	docs, errs := readAll(t, path, Auto)
	if len(docs) != 1 || len(errs) != 0 {
		t.Fatalf("got %d documents, errors %v", len(docs), errs)
	}
	d := docs[0]
	kinds := map[document.PartKind]int{}
	for _, p := range d.Parts {
		kinds[p.Kind]++
	}
	if kinds[document.Headline] != 1 || kinds[document.Standfirst] != 1 || kinds[document.Caption] != 1 || kinds[document.Paragraph] < 10 {
		t.Errorf("parts by kind: %v", kinds)
	}
	if !d.DateInferred || d.Published.IsZero() {
		t.Errorf("no publication date inferred from the caption")
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	long := bytes.Repeat([]byte("word "), 50<<20/5)
	tests := []struct {
		name    string
		path    string
		wantErr string // in the error; "" when the file reads
	}{
		{"empty", write("empty.txt", nil), "empty input"},
		{"blank", write("blank.txt", []byte("\n \n\t\n")), "empty input"},
		{"binary", write("image.txt", []byte("GIF89a\x00\x01\x02\x03")), "binary data"},
		{"invalid UTF-8", write("latin1.txt", []byte("Caf\xe9 talks\nline two")), "invalid UTF-8 at line 1"},
		{"50 MB line", write("huge.txt", long), "larger than 10 MB"},
		{"truncated HTML", write("cut.html", []byte("<html><head><title>Talks</title></head><body><article><p>Norway has offered to host talks between the two sides in Oslo, according to two diplomats briefed on the proposal.</p><p>Dahl raised the idea in a call")), ""},
		{"HTML without text", write("nav.html", []byte("<html><body><nav><a href='/'>Home</a></nav></body></html>")), "no article text"},
		{"missing file", filepath.Join(dir, "nope.txt"), "no such file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var docs []*document.Document
			var errs []error
			err := ReadPath(context.Background(), tc.path, Auto, nil, func(d *document.Document, err error) error {
				if err != nil {
					errs = append(errs, err)
				} else {
					docs = append(docs, d)
				}
				return nil
			})
			if err != nil {
				errs = append(errs, err)
			}
			if tc.wantErr == "" {
				if len(errs) > 0 || len(docs) != 1 {
					t.Fatalf("got %d documents, errors %v", len(docs), errs)
				}
				return
			}
			if len(errs) != 1 || len(docs) != 0 {
				t.Fatalf("got %d documents and errors %v, want one error", len(docs), errs)
			}
			if msg := errs[0].Error(); !strings.Contains(msg, tc.wantErr) || !strings.Contains(msg, filepath.Base(tc.path)) {
				t.Errorf("error %q should name the file and say %q", msg, tc.wantErr)
			}
		})
	}
}

func TestJSONLErrorsNameLines(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"ok1","text":"Norway offered talks."}`,
		`{"id":"broken","text":"unterminated`,
		``,
		`{"id":"notext"}`,
		`{"id":"bad-date","text":"Talks.","published":"someday"}`,
		`{"id":"ok2","text":"Kenya welcomed the offer."}`,
	}, "\n")
	var ids []string
	var errs []string
	err := ReadStream(context.Background(), "dump.jsonl", strings.NewReader(in), JSONL, func(d *document.Document, err error) error {
		if err != nil {
			var rerr *Error
			if !errors.As(err, &rerr) {
				t.Errorf("error %v is not an *article.Error", err)
			}
			errs = append(errs, err.Error())
			return nil
		}
		ids = append(ids, d.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(ids, ",") != "ok1,ok2" {
		t.Errorf("read %v, want ok1 and ok2", ids)
	}
	want := []string{"dump.jsonl:2: ", "dump.jsonl:4: ", "dump.jsonl:5: "}
	if len(errs) != len(want) {
		t.Fatalf("errors %q, want %d", errs, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(errs[i], w) {
			t.Errorf("error %q should start with %q", errs[i], w)
		}
	}
}

func TestFindDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Erdogan speaks in Istanbul, Turkey, Friday, June 20, 2025. (AP Photo)", "2025-06-20"},
		{"Published 20 June 2025", "2025-06-20"},
		{"Updated 2024-12-01 10:00", "2024-12-01"},
		{"Sept. 3, 2023 statement", "2023-09-03"},
		{"no date here", ""},
		{"February 30, 2025", ""},
	}
	for _, tc := range tests {
		got, ok := FindDate(tc.in)
		gotS := ""
		if ok {
			gotS = got.Format("2006-01-02")
		}
		if gotS != tc.want {
			t.Errorf("FindDate(%q) = %q, want %q", tc.in, gotS, tc.want)
		}
	}
}

func FuzzReadStream(f *testing.F) {
	for _, name := range []string{"wire.txt", "page.html", "feed.xml", "bulk.jsonl"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("\xff\xfe\x00"))
	f.Add([]byte("<rss><channel><item><title>x"))
	f.Add([]byte(`{"text":`))
	f.Fuzz(func(t *testing.T, data []byte) {
		err := ReadStream(context.Background(), "fuzz", bytes.NewReader(data), Auto, func(d *document.Document, err error) error {
			if err != nil {
				return nil
			}
			checkOffsets(t, d)
			return nil
		})
		if err != nil {
			t.Fatalf("ReadStream returned %v; record errors go to the handler", err)
		}
	})
}

func ExampleFromText() {
	d := FromText("Talks offered in Oslo\nNorway proposed talks, diplomats said\n-\nDahl in Oslo, Tuesday, March 4, 2025. (AP)\nNorway has offered to host talks.\n")
	InferDate(d)
	for _, p := range d.Parts {
		fmt.Printf("%s: %s\n", p.Kind, d.Text[p.Start:p.End])
	}
	fmt.Println(d.Published.Format("2006-01-02"))
	// Output:
	// headline: Talks offered in Oslo
	// standfirst: Norway proposed talks, diplomats said
	// caption: Dahl in Oslo, Tuesday, March 4, 2025. (AP)
	// paragraph: Norway has offered to host talks.
	// 2025-03-04
}

// TestDirectoryLinks: links to files in a directory are read, a link to
// a directory (here one that would loop) is not followed.
func TestDirectoryLinks(t *testing.T) {
	base := t.TempDir()
	target := filepath.Join(base, "a.txt")
	if err := os.WriteFile(target, []byte("Norway offered to host talks.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(base, "links")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, filepath.Join(dir, "a.txt")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	if err := os.Symlink(base, filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}
	var n int
	err := ReadPath(context.Background(), dir, Auto, nil, func(d *document.Document, err error) error {
		if err != nil {
			t.Errorf("read: %v", err)
		} else {
			n++
		}
		return nil
	})
	if err != nil || n != 1 {
		t.Errorf("read %d articles (error %v), want 1", n, err)
	}
}

// TestDateInFileName: a file's name dates an article that has no date of
// its own; a caption's date comes first, and a name without a date gives
// none.
func TestDateInFileName(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ name, text, date, source string }{
		{"wash-post_2015-12-10_netanyahu-rejects.txt", "Netanyahu rejects remarks\n\nNetanyahu said on Wednesday that he would meet Trump.\n", "2015-12-10", "file name"},
		{"2019-04-01.txt", "Talks offered\nNorway proposed talks\n-\nDahl in Oslo, Tuesday, March 4, 2025. (AP)\nNorway has offered to host talks.\n", "2025-03-04", "caption"},
		{"000_bb7310f83aa69dfe.txt", "Talks offered\n\nNorway has offered to host talks.\n", "", ""},
		{"report-2015-13-45.txt", "Talks offered\n\nNorway has offered to host talks.\n", "", ""},
		// A dateline's date dates the story; a date further on does not.
		{"wire-a.txt", "Talks offered\n\nOSLO, June 20, 2025 (AP) — Norway has offered to host talks.\n", "2025-06-20", "text"},
		{"wire-b.txt", "Talks offered\n\nOSLO (AP) — Norway has offered to host talks on Wednesday.\n\nThe ministry said so.\n\nThe war began on Oct. 7, 2023.\n", "", ""},
	} {
		path := filepath.Join(dir, tc.name)
		if err := os.WriteFile(path, []byte(tc.text), 0o644); err != nil {
			t.Fatal(err)
		}
		err := ReadPath(context.Background(), path, Auto, nil, func(d *document.Document, err error) error {
			if err != nil {
				return err
			}
			got := ""
			if !d.Published.IsZero() {
				got = d.Published.Format("2006-01-02")
			}
			if got != tc.date || d.DateSource != tc.source || d.DateInferred != (tc.date != "") {
				t.Errorf("%s: date %q from %q (inferred %v), want %q from %q", tc.name, got, d.DateSource, d.DateInferred, tc.date, tc.source)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
