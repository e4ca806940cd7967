package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/parley-news/parley/internal/conllu"
	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/eval"
	"github.com/parley-news/parley/internal/event"
	"github.com/parley-news/parley/internal/report"
)

func runParse(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "parse", "[flags] FILE|DIR|- ...",
		`Split articles into sentences and words, tag, lemmatize and parse them, and
write Universal Dependencies CoNLL-U. Each article starts a "newdoc", each
part (headline, standfirst, caption, paragraph) a "newpar"; MISC gives
TokenRange, the span in Unicode characters of the article's text.`)
	var in inputFlags
	in.register(fs)
	if err := in.parseArgs(e, fs, args); err != nil {
		return err
	}
	pipe, err := loadPipeline(in.models)
	if err != nil {
		return err
	}
	out := bufio.NewWriterSize(e.stdout, 1<<16)
	err = processInputs(ctx, e, &in, fs.Args(), pipe.Analyze, func(d *document.Document) error {
		for _, s := range conllu.FromDocument(d) {
			if err := conllu.Write(out, s); err != nil {
				return err
			}
		}
		return nil
	})
	if ferr := out.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("write output: %w", ferr)
	}
	return err
}

func runCode(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "code", "[flags] FILE|DIR|- ...",
		`Analyse articles and write one JSON object per article and line: its
metadata (title, byline, publication date and whether it was inferred from
the text), its parts, and its sentences with words, lemmas, tags and
dependency parse, its actors, its attributions (source, cue and content
spans of every quotation and report) and its events. Offsets count
Unicode characters of "text".`)
	var in inputFlags
	in.register(fs)
	pretty := fs.Bool("pretty", false, "indent the JSON")
	format := fs.String("format", "json", "json (one object per article and line), text (a readable account: actors, who said what\naccording to whom, who did what to whom), brat (standoff files like PolNeAR's, written to -out),\nor the events alone: csv (with a header), gdelt (the GDELT 2.0 event table's 61 tab-separated columns)\nor plover (PLOVER gold-standard records, one JSON per line)")
	outDir := fs.String("out", "", "directory for -format brat: ID.txt and ID.ann per article")
	var dicts coderFlags
	dicts.register(fs)
	if err := parseFlags(fs, dictArgs(args)); err != nil {
		return err
	}
	exported := slices.Contains(event.ExportFormats, *format)
	if fs.NArg() == 0 || (*format != "json" && *format != "text" && *format != "brat" && !exported) || (*format == "brat") != (*outDir != "") {
		fs.Usage()
		return errUsage
	}
	if *format == "brat" {
		if err := os.MkdirAll(*outDir, 0o755); err != nil {
			return err
		}
	}
	out := bufio.NewWriterSize(e.stdout, 1<<16)
	var exporter event.Exporter
	if exported {
		var err error
		if exporter, err = event.NewExporter(*format, out); err != nil {
			return err
		}
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if *pretty {
		enc.SetIndent("", "  ")
	}
	if err := in.checkFormat(e); err != nil {
		return err
	}
	c, err := dicts.load(in.models, e.log)
	if err != nil {
		return err
	}
	err = processInputs(ctx, e, &in, fs.Args(), c.Code, func(d *document.Document) error {
		switch {
		case *format == "brat":
			return writeBrat(*outDir, d)
		case *format == "text":
			return report.Write(out, d)
		case exporter != nil:
			return exporter.Write(d)
		}
		return enc.Encode(d.InChars())
	})
	if exporter != nil {
		if ferr := exporter.Flush(); err == nil && ferr != nil {
			err = fmt.Errorf("write output: %w", ferr)
		}
	}
	if ferr := out.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("write output: %w", ferr)
	}
	return err
}

// openAll reads the comma-separated files named by a flag ("" for none).
func openAll(files string) (map[string]io.Reader, error) {
	if files == "" {
		return nil, nil
	}
	out := map[string]io.Reader{}
	for _, name := range strings.Split(files, ",") {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		out[name] = bytes.NewReader(data)
	}
	return out, nil
}

// writeBrat writes an article's text and its attributions in brat
// standoff, named after the article's ID.
func writeBrat(dir string, d *document.Document) error {
	name := filepath.Join(dir, safeName(d.ID))
	if err := os.WriteFile(name+".txt", []byte(d.Text), 0o644); err != nil {
		return err
	}
	f, err := os.Create(name + ".ann")
	if err != nil {
		return err
	}
	if err := eval.WriteBrat(f, []rune(d.Text), eval.DocumentAttributions(d)); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// safeName makes an article ID usable as a file name.
func safeName(id string) string {
	id = strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r == ':' || r < ' ' {
			return '_'
		}
		return r
	}, id)
	if id == "" || id == "." || id == ".." {
		id = "article"
	}
	return id
}
