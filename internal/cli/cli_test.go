package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/document"
)

func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = Main(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestCommands(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		stdin    string
		code     int
		inStdout []string
		inStderr []string
	}{
		{"no arguments", nil, "", exitUsage, nil, []string{"Usage:", "parse"}},
		{"help", []string{"help"}, "", exitOK, []string{"Commands:", "code", "eval"}, nil},
		{"help of a command", []string{"help", "parse"}, "", exitOK, nil, []string{"Usage: parley parse", "-input"}},
		{"flag help", []string{"code", "--help"}, "", exitOK, nil, []string{"Usage: parley code", "-pretty"}},
		{"unknown command", []string{"frobnicate"}, "", exitUsage, nil, []string{`unknown command "frobnicate"`}},
		{"bad flag", []string{"parse", "-nope", "x"}, "", exitUsage, nil, []string{"flag provided but not defined"}},
		{"bad input format", []string{"parse", "-input", "pdf", "testdata/wire.txt"}, "", exitUsage, nil, []string{`unknown input format "pdf"`}},
		{"bad date", []string{"code", "-date", "20 Oct 2025", "testdata/wire.txt"}, "", exitUsage, nil, []string{`-date "20 Oct 2025": want YYYY-MM-DD`}},
		{"version", []string{"version"}, "", exitOK, []string{"parley "}, nil},
		{"parse a file", []string{"parse", "testdata/wire.txt"}, "", exitOK,
			[]string{"# newdoc id = wire", "# part = headline", "# part = caption", "# sent_id = wire-1", "TokenRange="}, nil},
		{"parse stdin", []string{"parse", "-"}, "Norway offered talks. Kenya agreed.", exitOK,
			[]string{"# text = Norway offered talks.", "# text = Kenya agreed."}, nil},
		{"missing file", []string{"parse", "testdata/nope.txt"}, "", exitFailure, nil, []string{"testdata/nope.txt", "no article could be read"}},
		{"empty stdin", []string{"parse", "-"}, "", exitFailure, nil, []string{"stdin: empty input"}},
		{"jsonl with a broken line", []string{"parse", "testdata/bulk.jsonl"}, "", exitOK,
			[]string{"# newdoc id = a1", "# newdoc id = a3"}, []string{"testdata/bulk.jsonl:2:", "2 article(s) read, 1 record(s) skipped"}},
		{"code events as csv", []string{"code", "-format", "csv", "testdata/wire.txt"}, "", exitOK, []string{"article_id,url,event_id,date", "\nwire,"}, nil},
		{"code events as gdelt", []string{"code", "-format", "gdelt", "testdata/wire.txt"}, "", exitOK, []string{"1\t2025"}, nil},
		{"code events as plover", []string{"code", "-format", "plover", "testdata/wire.txt"}, "", exitOK, []string{`"coder":"parley"`}, nil},
		{"code as a readable account", []string{"code", "-format", "text", "testdata/wire.txt"}, "", exitOK, []string{"== ", "\nWho said what (", "\nWho did what to whom ("}, nil},
		{"flags after the file", []string{"code", "testdata/wire.txt", "-format", "text"}, "", exitOK, []string{"== ", "\nWho said what ("}, nil},
		{"a file named like a flag after --", []string{"parse", "-j", "1", "--", "-nope.txt"}, "", exitFailure, nil, []string{"-nope.txt", "no article could be read"}},
		{"code unknown format", []string{"code", "-format", "xlsx", "testdata/wire.txt"}, "", exitUsage, nil, []string{"Usage: parley code"}},
		{"eval petrarch", []string{"eval", "petrarch", "testdata/petrarch/suite.xml"}, "", exitOK,
			[]string{"3 records, 3 expected codings", "reproduced exactly  1.000 (3/3)", "extra codings       0", "1 of 1 coded nothing", "AGENT "}, nil},
		{"eval petrarch on the records' parses alone", []string{"eval", "petrarch", "-parse", "record", "testdata/petrarch/suite.xml"}, "", exitOK,
			[]string{"(the records' Penn parses)", "unreadable parses   3"}, nil}, // the test suite's records carry no parses
		{"eval petrarch, a missing dictionary", []string{"eval", "petrarch", "-dict", "testdata", "testdata/petrarch/suite.xml"}, "", exitFailure,
			nil, []string{"suite.xml names test.verbs.txt"}},
		{"code with petrarch dictionaries", []string{"code", "-dict", "petrarch", "testdata/petrarch", "testdata/wire.txt"}, "", exitOK, []string{`"events":`}, nil},
		{"code with petrarch dictionaries and null targets", []string{"code", "-null-targets", "-dict", "petrarch", "testdata/petrarch", "-"},
			"Arnor arrived in the night.\n", exitOK, []string{`"cameo":"032"`, `"source":{"actor":"A1","code":"ARN"`, `"target":{"actor":"","code":"---"`}, nil},
		{"null targets without petrarch dictionaries", []string{"code", "-null-targets", "testdata/wire.txt"}, "", exitFailure, nil, []string{"-null-targets works with -dict petrarch DIR"}},
		{"code with an unknown dictionary kind", []string{"code", "-dict", "tabari:x", "testdata/wire.txt"}, "", exitFailure, nil, []string{`want -dict petrarch DIR`}},
		{"eval without a kind", []string{"eval"}, "", exitUsage, nil, []string{"parley eval <kind>"}},
		{"eval unknown kind", []string{"eval", "nope"}, "", exitUsage, nil, []string{`unknown kind "nope"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := run(t, tc.stdin, tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tc.code, errOut)
			}
			for _, s := range tc.inStdout {
				if !strings.Contains(out, s) {
					t.Errorf("stdout lacks %q:\n%.2000s", s, out)
				}
			}
			for _, s := range tc.inStderr {
				if !strings.Contains(errOut, s) {
					t.Errorf("stderr lacks %q:\n%s", s, errOut)
				}
			}
		})
	}
}

func TestCodeWritesJSONPerArticle(t *testing.T) {
	code, out, errOut := run(t, "", "code", "testdata/wire.txt", "testdata/bulk.jsonl")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d JSON lines, want 3 (wire, a1, a3)", len(lines))
	}
	var doc struct {
		ID           string
		Text         string
		OffsetUnit   string `json:"offset_unit"`
		DateInferred bool   `json:"date_inferred"`
		Parts        []struct {
			Kind       string
			Start, End int
		}
		Attributions []struct {
			Kind                 string
			Source, Cue, Content struct{ Start, End int }
		}
		Sentences []struct {
			Start, End int
			Words      []struct {
				Start, End int
				Form       string
				Head       int
				Rel        string
			}
		}
	}
	if err := json.Unmarshal([]byte(lines[0]), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.ID != "wire" || doc.OffsetUnit != "character" || !doc.DateInferred || len(doc.Sentences) < 6 {
		t.Errorf("unexpected document: id %q, unit %q, inferred %v, %d sentences", doc.ID, doc.OffsetUnit, doc.DateInferred, len(doc.Sentences))
	}
	runes := []rune(doc.Text)
	var cues []string
	for _, a := range doc.Attributions {
		cues = append(cues, string(runes[a.Cue.Start:a.Cue.End]))
	}
	if !strings.Contains(strings.Join(cues, "|"), "said") {
		t.Errorf("attributions %v lack the diplomats' \"said\"", cues)
	}
	for _, s := range doc.Sentences {
		for _, w := range s.Words {
			if string(runes[w.Start:w.End]) != w.Form && !strings.ContainsAny(w.Form, "’'") {
				t.Errorf("word %q at [%d,%d) covers %q", w.Form, w.Start, w.End, string(runes[w.Start:w.End]))
			}
		}
	}
}

func TestDirectoryWithBadFiles(t *testing.T) {
	dir := t.TempDir()
	good, _ := os.ReadFile("testdata/wire.txt")
	files := map[string][]byte{
		"a.txt": good,
		"b.txt": {},
		"c.txt": []byte("\x00\x01binary"),
		"d.txt": []byte("bad \xff byte"),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := run(t, "", "parse", dir)
	if code != exitOK {
		t.Errorf("exit %d, want 0 when some articles were read", code)
	}
	if !strings.Contains(out, "# newdoc id = a") {
		t.Errorf("good file not parsed")
	}
	for _, want := range []string{"b.txt: empty input", "c.txt: binary data", "d.txt: invalid UTF-8 at line 1", "1 article(s) read, 3 record(s) skipped"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
}

func TestEvalUD(t *testing.T) {
	code, out, errOut := run(t, "", "eval", "ud", "testdata/tiny.conllu")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"gold tokenization", "UPOS", "LAS", "raw text", "Tokens", "Sentences"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestEvalUDTitleCase(t *testing.T) {
	code, out, errOut := run(t, "", "eval", "ud", "-title-case", "testdata/tiny.conllu")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "every word capitalized") || strings.Contains(out, "raw text") {
		t.Errorf("want the gold-token scores of the capitalized words alone:\n%s", out)
	}
}

func TestCodeBrat(t *testing.T) {
	dir := t.TempDir()
	code, _, errOut := run(t, "", "code", "-format", "brat", "-out", dir, "testdata/wire.txt")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	ann, err := os.ReadFile(filepath.Join(dir, "wire.ann"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(ann), "\tCue ") || !strings.Contains(string(ann), "Attribution") {
		t.Errorf("brat file lacks attributions:\n%s", ann)
	}
	if code, _, _ := run(t, "", "code", "-format", "brat", "testdata/wire.txt"); code != exitUsage {
		t.Errorf("brat without -out: exit %d, want %d", code, exitUsage)
	}
}

// TestCodeOddArticles: unbalanced quotes, thousands of sentences and text
// without sentence punctuation still give valid JSON.
func TestCodeOddArticles(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"quotes.txt":  "Talks\n\nHe said “we will never talk. She added that “nothing changed.\n\n“Another one, he said",
		"long.txt":    strings.Repeat("The minister said talks were off. ", 5000),
		"nopunct.txt": strings.Repeat("officials said talks were off and the minister told reporters nothing ", 200),
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := run(t, "", "code", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(files) {
		t.Fatalf("got %d JSON lines, want %d", len(lines), len(files))
	}
	for _, l := range lines {
		var v map[string]any
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Errorf("invalid JSON: %v", err)
		}
		for _, field := range []string{"actors", "attributions", "events"} {
			if _, ok := v[field]; !ok {
				t.Errorf("no %s field", field)
			}
		}
	}
}

func TestCodeUserEvents(t *testing.T) {
	dir := t.TempDir()
	mine := filepath.Join(dir, "mine.tsv")
	if err := os.WriteFile(mine, []byte("verb\tlambaste\t111\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "Kenya lambasted Norway.", "code", "-events", mine, "-")
	if code != exitOK || !strings.Contains(out, `"cameo":"111"`) {
		t.Errorf("exit %d, no 111 event from the user's trigger:\n%s\n%s", code, out, errOut)
	}
	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(bad, []byte("verb\tlambaste\t999\n"), 0o644)
	if code, _, errOut := run(t, "Kenya lambasted Norway.", "code", "-events", bad, "-"); code != exitFailure || !strings.Contains(errOut, "bad.tsv line 1") {
		t.Errorf("exit %d, stderr %q; want a failure naming bad.tsv line 1", code, errOut)
	}
}

// TestCodeDate: -date dates the articles that give no date, and the
// events in them against it; an article's own date wins.
func TestCodeDate(t *testing.T) {
	const story = "ISLAMABAD, Oct 19 (Reuters) - Pakistan launched air strikes on Kabul on Friday."
	code, out, errOut := run(t, story, "code", "-date", "2025-10-19", "-")
	if code != exitOK || !strings.Contains(out, `"published":"2025-10-19T00:00:00Z"`) || !strings.Contains(out, `"date_source":"-date"`) ||
		!strings.Contains(out, `"date":"2025-10-17"`) {
		t.Errorf("exit %d, no article dated 2025-10-19 with a strike on 2025-10-17:\n%s\n%s", code, out, errOut)
	}
	const dated = "WASHINGTON, June 20, 2025 (AP) - Iran refused talks on Monday."
	if _, out, _ := run(t, dated, "code", "-date", "2025-10-19", "-"); !strings.Contains(out, `"published":"2025-06-20T00:00:00Z"`) {
		t.Errorf("the dateline's date was overridden:\n%s", out)
	}
}

// TestFailedAnalysisIsSkipped: an article the analysis fails on is
// reported with where it came from, and the others are still written.
func TestFailedAnalysisIsSkipped(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{"a.txt": "Iran spoke.\n", "b.txt": "ODD text.\n", "c.txt": "Iraq spoke.\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errOut bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut}
	process := func(d *document.Document) {
		if strings.Contains(d.Text, "ODD") {
			panic("no rule foresaw this parse")
		}
	}
	var written []string
	err := processInputs(context.Background(), e, &inputFlags{format: "auto", workers: 2}, []string{dir}, process, func(d *document.Document) error {
		written = append(written, d.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(written, []string{"a", "c"}) {
		t.Errorf("written %q, want a and c", written)
	}
	for _, want := range []string{"b.txt: analysis failed: no rule foresaw this parse", "2 article(s) read, 1 record(s) skipped"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut.String())
		}
	}
}

func TestFlagsFirst(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{nil, nil},
		{[]string{"a.txt"}, []string{"--", "a.txt"}},
		{[]string{"a.txt", "-format", "text"}, []string{"-format", "text", "--", "a.txt"}},
		{[]string{"-pretty", "a.txt", "b.txt"}, []string{"-pretty", "--", "a.txt", "b.txt"}},
		{[]string{"a.txt", "-pretty", "b.txt"}, []string{"-pretty", "--", "a.txt", "b.txt"}},
		{[]string{"a.txt", "--format=csv", "-j", "1", "-"}, []string{"--format=csv", "-j", "1", "--", "a.txt", "-"}},
		{[]string{"a.txt", "--", "-b.txt", "-pretty"}, []string{"--", "a.txt", "-b.txt", "-pretty"}},
		{[]string{"a.txt", "-nope", "b.txt"}, []string{"-nope", "--", "a.txt", "b.txt"}},
		{[]string{"a.txt", "-format"}, []string{"-format", "--", "a.txt"}},
	}
	for _, tt := range tests {
		fs := newFlags(&env{stderr: io.Discard}, "code", "", "")
		fs.String("format", "json", "")
		fs.Int("j", 2, "")
		fs.Bool("pretty", false, "")
		if got := flagsFirst(fs, tt.args); !slices.Equal(got, tt.want) {
			t.Errorf("flagsFirst(%q) = %q, want %q", tt.args, got, tt.want)
		}
	}
}
