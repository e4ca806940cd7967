package eval

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/parley-news/parley/internal/document"
)

// PolNeAR reading and scoring, following ../shared/polnear/SCORING.md:
// gold is the first-listed annotator's file, offsets are Unicode code
// points, and overlap is counted on the scorer's own tokens (\w+|[^\w\s]).

// Fragments is a possibly discontinuous span in character offsets.
type Fragments [][2]int

// AttributionSpans are the three roles of one attribution, in character
// offsets; Source is empty for an attribution without a source.
type AttributionSpans struct {
	Source, Cue, Content Fragments
}

// PolNeARArticle is one article with its gold attributions.
type PolNeARArticle struct {
	Name string
	Text string
	Gold []AttributionSpans
}

// ReadPolNeAR reads a split directory (with text/ and attributions/),
// taking gold annotators from metadata.tsv in the directory or its parent.
func ReadPolNeAR(dir string) ([]PolNeARArticle, error) {
	annotators, err := readPolNeARMetadata(dir)
	if err != nil {
		return nil, err
	}
	texts, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("%s: no text/*.txt files (want a PolNeAR split directory)", dir)
	}
	sort.Strings(texts)
	var out []PolNeARArticle
	for _, tp := range texts {
		name := strings.TrimSuffix(filepath.Base(tp), ".txt")
		text, err := os.ReadFile(tp)
		if err != nil {
			return nil, err
		}
		ann, err := goldAnnotation(dir, name, annotators[name])
		if err != nil {
			return nil, err
		}
		f, err := os.Open(ann)
		if err != nil {
			return nil, err
		}
		gold, err := ReadBrat(f, ann)
		f.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, PolNeARArticle{Name: name, Text: string(text), Gold: gold})
	}
	return out, nil
}

func readPolNeARMetadata(dir string) (map[string]string, error) {
	var path string
	for _, p := range []string{filepath.Join(dir, "metadata.tsv"), filepath.Join(filepath.Dir(filepath.Clean(dir)), "metadata.tsv")} {
		if _, err := os.Stat(p); err == nil {
			path = p
			break
		}
	}
	first := map[string]string{}
	if path == "" {
		return first, nil // fall back to the smallest annotator ID
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma, r.LazyQuotes, r.FieldsPerRecord = '\t', true, -1
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(rows) == 0 {
		return first, nil
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	fi, ai := col["filename"], col["annotators"]
	for _, row := range rows[1:] {
		if len(row) > max(fi, ai) {
			first[row[fi]] = strings.Split(row[ai], "|")[0]
		}
	}
	return first, nil
}

func goldAnnotation(dir, name, annotator string) (string, error) {
	if annotator != "" {
		p := filepath.Join(dir, "attributions", name+"_"+annotator+".ann")
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	cands, _ := filepath.Glob(filepath.Join(dir, "attributions", name+"_*.ann"))
	if len(cands) == 0 {
		return "", fmt.Errorf("%s: no annotation for %s", dir, name)
	}
	sort.Strings(cands)
	return cands[0], nil
}

// ReadBrat reads the attributions of a brat standoff file: E lines of type
// Attribution or Attribution-no-source, roles from their argument names.
func ReadBrat(r io.Reader, name string) ([]AttributionSpans, error) {
	spans := map[string]Fragments{}
	type event struct {
		line int
		args []string
	}
	var events []event
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		fields := strings.SplitN(line, "\t", 3)
		if len(fields) < 2 || line == "" {
			continue
		}
		switch line[0] {
		case 'T':
			typ, offs, ok := strings.Cut(fields[1], " ")
			if !ok || typ == "" {
				return nil, fmt.Errorf("%s line %d: bad text-bound annotation", name, n)
			}
			frags, err := parseFragments(offs)
			if err != nil {
				return nil, fmt.Errorf("%s line %d: %w", name, n, err)
			}
			spans[fields[0]] = frags
		case 'E':
			args := strings.Fields(fields[1])
			if len(args) == 0 {
				continue
			}
			typ, _, _ := strings.Cut(args[0], ":")
			if typ == "Attribution" || typ == "Attribution-no-source" {
				events = append(events, event{n, args[1:]})
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var out []AttributionSpans
	for _, e := range events {
		var a AttributionSpans
		roles := 0
		for _, arg := range e.args {
			role, id, ok := strings.Cut(arg, ":")
			if !ok {
				continue
			}
			frags, ok := spans[id]
			if !ok {
				return nil, fmt.Errorf("%s line %d: unknown annotation %s", name, e.line, id)
			}
			role = strings.TrimRightFunc(role, unicode.IsDigit)
			switch role {
			case "Source":
				a.Source = append(a.Source, frags...)
			case "Cue":
				a.Cue = append(a.Cue, frags...)
			case "Content":
				a.Content = append(a.Content, frags...)
			default:
				continue
			}
			roles++
		}
		if roles > 0 {
			out = append(out, a)
		}
	}
	return out, nil
}

func parseFragments(s string) (Fragments, error) {
	var out Fragments
	for _, part := range strings.Split(s, ";") {
		a, b, ok := strings.Cut(strings.TrimSpace(part), " ")
		start, err1 := strconv.Atoi(a)
		end, err2 := strconv.Atoi(b)
		if !ok || err1 != nil || err2 != nil || end < start {
			return nil, fmt.Errorf("bad offsets %q", part)
		}
		out = append(out, [2]int{start, end})
	}
	if len(out) == 0 {
		return nil, errors.New("no offsets")
	}
	return out, nil
}

// WriteBrat writes attributions in PolNeAR's brat standoff layout.
func WriteBrat(w io.Writer, text []rune, atts []AttributionSpans) error {
	bw := bufio.NewWriter(w)
	t := 0
	span := func(role string, f Fragments) string {
		if len(f) == 0 {
			return ""
		}
		t++
		var offs, texts []string
		for _, fr := range f {
			offs = append(offs, fmt.Sprintf("%d %d", fr[0], fr[1]))
			texts = append(texts, strings.ReplaceAll(string(text[fr[0]:fr[1]]), "\n", " "))
		}
		fmt.Fprintf(bw, "T%d\t%s %s\t%s\n", t, role, strings.Join(offs, ";"), strings.Join(texts, " "))
		return fmt.Sprintf("T%d", t)
	}
	for i, a := range atts {
		src, cue, content := span("Source", a.Source), span("Cue", a.Cue), span("Content", a.Content)
		anchor := span("Attribution", a.Cue)
		typ := "Attribution"
		if src == "" {
			typ = "Attribution-no-source"
		}
		line := fmt.Sprintf("E%d\t%s:%s", i+1, typ, anchor)
		for _, r := range []struct{ role, id string }{{"Content", content}, {"Cue", cue}, {"Source", src}} {
			if r.id != "" {
				line += " " + r.role + ":" + r.id
			}
		}
		fmt.Fprintln(bw, line)
	}
	return bw.Flush()
}

// scorerTokens returns the start offsets of the scorer's tokens,
// \w+|[^\w\s], in a text of runes.
func scorerTokens(text []rune) []int {
	var starts []int
	isWord := func(r rune) bool {
		return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
	}
	for i := 0; i < len(text); {
		r := text[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case isWord(r):
			starts = append(starts, i)
			for i < len(text) && isWord(text[i]) {
				i++
			}
		default:
			starts = append(starts, i)
			i++
		}
	}
	return starts
}

type tokenSet map[int]bool

func (a tokenSet) overlap(b tokenSet) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

func (a tokenSet) equal(b tokenSet) bool { return len(a) == len(b) && a.overlap(b) == len(a) }

// tokens of the fragments: those whose start lies inside one.
func toTokens(starts []int, f Fragments) tokenSet {
	set := tokenSet{}
	for _, fr := range f {
		i := sort.SearchInts(starts, fr[0])
		for ; i < len(starts) && starts[i] < fr[1]; i++ {
			set[starts[i]] = true
		}
	}
	return set
}

// PolNeARScores holds the counts behind every metric of SCORING.md §3.
type PolNeARScores struct {
	Exact, Partial, Overlap map[string]Score // by role: source, cue, content
	Strict, Loose           Score            // attribution level: strict and partial
}

// Roles in report order.
var Roles = []string{"source", "cue", "content"}

type tokAttribution struct{ roles [3]tokenSet }

// ScorePolNeAR adds the comparison of one article's predictions with its
// gold to sc.
func (sc *PolNeARScores) Add(text string, gold, pred []AttributionSpans) {
	if sc.Exact == nil {
		sc.Exact, sc.Partial, sc.Overlap = map[string]Score{}, map[string]Score{}, map[string]Score{}
	}
	starts := scorerTokens([]rune(text))
	g, p := tokAttributions(starts, gold), tokAttributions(starts, pred)
	for r, role := range Roles {
		var gs, ps []tokenSet
		for _, a := range g {
			if len(a.roles[r]) > 0 {
				gs = append(gs, a.roles[r])
			}
		}
		for _, a := range p {
			if len(a.roles[r]) > 0 {
				ps = append(ps, a.roles[r])
			}
		}
		sc.Exact[role] = addScore(sc.Exact[role], len(gs), len(ps), matchSets(gs, ps, true))
		sc.Partial[role] = addScore(sc.Partial[role], len(gs), len(ps), matchSets(gs, ps, false))
		ug, up := tokenSet{}, tokenSet{}
		for _, s := range gs {
			for k := range s {
				ug[k] = true
			}
		}
		for _, s := range ps {
			for k := range s {
				up[k] = true
			}
		}
		o := sc.Overlap[role]
		o.Gold += len(ug)
		o.System += len(up)
		o.Correct += ug.overlap(up)
		sc.Overlap[role] = o
	}
	used := make([]bool, len(p))
	strict, loose := 0, 0
	for _, ga := range g {
		best, bestOv := -1, -1
		for i, pa := range p {
			if used[i] || ga.roles[1].overlap(pa.roles[1]) == 0 {
				continue
			}
			if ov := ga.roles[1].overlap(pa.roles[1]) + ga.roles[2].overlap(pa.roles[2]); ov > bestOv {
				best, bestOv = i, ov
			}
		}
		if best < 0 {
			continue
		}
		used[best] = true
		pa := p[best]
		if ga.roles[0].equal(pa.roles[0]) && ga.roles[1].equal(pa.roles[1]) && ga.roles[2].equal(pa.roles[2]) {
			strict++
		}
		noSource := len(ga.roles[0]) == 0 && len(pa.roles[0]) == 0
		if ga.roles[2].overlap(pa.roles[2]) > 0 && (noSource || ga.roles[0].overlap(pa.roles[0]) > 0) {
			loose++
		}
	}
	sc.Strict = addScore(sc.Strict, len(g), len(p), strict)
	sc.Loose = addScore(sc.Loose, len(g), len(p), loose)
}

// UnmatchedContents returns the gold attributions whose content shares no
// scorer token with any predicted content (misses), and the predictions
// whose content shares none with any gold one (spurious): what a reader
// looks at to see why recall or precision falls short.
func UnmatchedContents(text string, gold, pred []AttributionSpans) (missed, spurious []int) {
	starts := scorerTokens([]rune(text))
	g, p := tokAttributions(starts, gold), tokAttributions(starts, pred)
	const content = 2 // index of the content in Roles
	unmatched := func(a, b []tokAttribution) []int {
		var out []int
		for i, x := range a {
			hit := false
			for _, y := range b {
				if x.roles[content].overlap(y.roles[content]) > 0 {
					hit = true
					break
				}
			}
			if !hit && len(x.roles[content]) > 0 {
				out = append(out, i)
			}
		}
		return out
	}
	return unmatched(g, p), unmatched(p, g)
}

// tokAttributions are attributions as sets of scorer tokens by role.
func tokAttributions(starts []int, as []AttributionSpans) []tokAttribution {
	out := make([]tokAttribution, len(as))
	for i, a := range as {
		out[i] = tokAttribution{[3]tokenSet{toTokens(starts, a.Source), toTokens(starts, a.Cue), toTokens(starts, a.Content)}}
	}
	return out
}

func addScore(s Score, gold, sys, correct int) Score {
	return Score{Gold: s.Gold + gold, System: s.System + sys, Correct: s.Correct + correct}
}

// matchSets counts 1:1 matches: identical sets when exact, else greedy by
// largest overlap with at least one shared token.
func matchSets(gold, pred []tokenSet, exact bool) int {
	type pair struct{ g, p, ov int }
	var pairs []pair
	for i, g := range gold {
		for j, p := range pred {
			if exact {
				if g.equal(p) {
					pairs = append(pairs, pair{i, j, len(g)})
				}
			} else if ov := g.overlap(p); ov > 0 {
				pairs = append(pairs, pair{i, j, ov})
			}
		}
	}
	sort.SliceStable(pairs, func(a, b int) bool { return pairs[a].ov > pairs[b].ov })
	ug, up := make([]bool, len(gold)), make([]bool, len(pred))
	n := 0
	for _, pr := range pairs {
		if !ug[pr.g] && !up[pr.p] {
			ug[pr.g], up[pr.p] = true, true
			n++
		}
	}
	return n
}

// DocumentAttributions returns a document's outermost attributions as
// character fragments, PolNeAR's coordinates: its guidelines leave the
// attributions another's content holds unannotated.
func DocumentAttributions(d *document.Document) []AttributionSpans {
	chars := document.NewCharOffsets(d.Text)
	frag := func(s document.Span) Fragments {
		if s.Empty() {
			return nil
		}
		return Fragments{{chars.Char(s.Start), chars.Char(s.End)}}
	}
	out := make([]AttributionSpans, 0, len(d.Attributions))
	for _, a := range d.Attributions {
		if a.Within != "" {
			continue // PolNeAR annotates the outermost attribution only
		}
		content := frag(a.Content)
		for _, m := range a.ContentMore {
			content = append(content, frag(m)...)
		}
		out = append(out, AttributionSpans{Source: frag(a.Source), Cue: frag(a.Cue), Content: content})
	}
	return out
}
