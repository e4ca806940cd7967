package eval

import (
	"bytes"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/document"
)

const ann = "T1\tSource 0 4\tIran\nT2\tCue 5 9\tsaid\nT3\tContent 10 27;30 35\tit refused talks x\nT4\tAttribution 5 9\tsaid\n" +
	"E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n#1\tAnnotatorNotes T1\tnote\nE2\tAttribution-no-source:T4\n"

func TestReadBrat(t *testing.T) {
	atts, err := ReadBrat(strings.NewReader(ann), "a.ann")
	if err != nil {
		t.Fatal(err)
	}
	if len(atts) != 1 {
		t.Fatalf("got %d attributions, want 1 (the role-less E is skipped)", len(atts))
	}
	a := atts[0]
	if len(a.Content) != 2 || a.Source[0] != [2]int{0, 4} || a.Cue[0] != [2]int{5, 9} {
		t.Errorf("got %+v", a)
	}
	if _, err := ReadBrat(strings.NewReader("T1\tSource x y\tz\n"), "bad.ann"); err == nil || !strings.Contains(err.Error(), "bad.ann line 1") {
		t.Errorf("error %v should name the file and line", err)
	}
}

func TestWriteBratRoundTrip(t *testing.T) {
	text := []rune("Iran said it refused talks, officials said.")
	atts := []AttributionSpans{{Source: Fragments{{0, 4}}, Cue: Fragments{{5, 9}}, Content: Fragments{{10, 25}}}, {Cue: Fragments{{37, 41}}, Content: Fragments{{0, 25}}}}
	var buf bytes.Buffer
	if err := WriteBrat(&buf, text, atts); err != nil {
		t.Fatal(err)
	}
	back, err := ReadBrat(&buf, "x")
	if err != nil {
		t.Fatal(err)
	}
	var sc PolNeARScores
	sc.Add(string(text), atts, back)
	if sc.Strict.F1() != 1 || len(back) != 2 || len(back[1].Source) != 0 {
		t.Errorf("round trip lost attributions: %+v", back)
	}
}

func TestPolNeARScores(t *testing.T) {
	text := "Iran said it refused talks, officials said."
	gold := []AttributionSpans{{Source: Fragments{{0, 4}}, Cue: Fragments{{5, 9}}, Content: Fragments{{10, 26}}}}
	pred := []AttributionSpans{
		{Source: Fragments{{0, 4}}, Cue: Fragments{{5, 9}}, Content: Fragments{{10, 20}}},    // content partial
		{Source: Fragments{{28, 37}}, Cue: Fragments{{38, 42}}, Content: Fragments{{0, 26}}}, // spurious
	}
	var sc PolNeARScores
	sc.Add(text, gold, pred)
	check := func(name string, s Score, g, p, c int) {
		t.Helper()
		if s.Gold != g || s.System != p || s.Correct != c {
			t.Errorf("%s = %+v, want %d/%d/%d", name, s, g, p, c)
		}
	}
	check("source exact", sc.Exact["source"], 1, 2, 1)
	check("content exact", sc.Exact["content"], 1, 2, 0)
	check("content partial", sc.Partial["content"], 1, 2, 1)
	// Gold content tokens: it refused talks (3); the predictions cover
	// Iran said it refused talks (5) between them.
	check("content overlap", sc.Overlap["content"], 3, 5, 3)
	check("strict", sc.Strict, 1, 2, 0)
	check("partial", sc.Loose, 1, 2, 1)
}

func TestUnmatchedContents(t *testing.T) {
	text := "Iran said it refused talks, officials said. Turkey offered help, Fidan said."
	gold := []AttributionSpans{
		{Cue: Fragments{{5, 9}}, Content: Fragments{{10, 26}}},   // found
		{Cue: Fragments{{70, 74}}, Content: Fragments{{44, 63}}}, // missed
	}
	pred := []AttributionSpans{
		{Cue: Fragments{{5, 9}}, Content: Fragments{{13, 20}}}, // overlaps the first gold
		{Cue: Fragments{{38, 42}}, Content: Fragments{{0, 4}}}, // spurious
	}
	missed, spurious := UnmatchedContents(text, gold, pred)
	if len(missed) != 1 || missed[0] != 1 || len(spurious) != 1 || spurious[0] != 1 {
		t.Errorf("missed %v spurious %v, want [1] [1]", missed, spurious)
	}
}

func TestPolNeARGoldAgainstItself(t *testing.T) {
	arts, err := ReadPolNeAR("../../../shared/polnear/dev")
	if err != nil {
		t.Skipf("PolNeAR dev not readable (%v); it lives in ../shared/polnear", err)
	}
	var sc PolNeARScores
	for _, a := range arts {
		sc.Add(a.Text, a.Gold, a.Gold)
	}
	if sc.Strict.F1() != 1 || sc.Loose.F1() != 1 || sc.Exact["content"].F1() != 1 {
		t.Errorf("gold against itself: strict %.3f partial %.3f", sc.Strict.F1(), sc.Loose.F1())
	}
	if len(arts) != 84 || sc.Strict.Gold < 1000 {
		t.Errorf("read %d articles with %d attributions", len(arts), sc.Strict.Gold)
	}
	t.Logf("%d articles, %d gold attributions", len(arts), sc.Strict.Gold)
}

// TestOutermostAttributions: PolNeAR annotates the outermost attribution
// only, so one that another relays is left out of the scored spans.
func TestOutermostAttributions(t *testing.T) {
	d := &document.Document{Text: "Iran said it refused talks, officials said."}
	d.Attributions = []document.Attribution{
		{ID: "a1", Cue: document.Span{Start: 37, End: 41}, Content: document.Span{Start: 0, End: 26}},
		{ID: "n1", Within: "a1", Source: document.Span{Start: 0, End: 4}, Cue: document.Span{Start: 5, End: 9}, Content: document.Span{Start: 10, End: 26}},
	}
	got := DocumentAttributions(d)
	if len(got) != 1 || got[0].Cue[0] != [2]int{37, 41} {
		t.Errorf("got %+v, want only the outermost attribution", got)
	}
}
