package report

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/coder"
	"github.com/parley-news/parley/internal/document"
)

var update = flag.Bool("update", false, "rewrite golden files")

func code(t testing.TB, text, id string) *document.Document {
	t.Helper()
	c, err := coder.Default()
	if err != nil {
		t.Fatal(err)
	}
	d := article.FromText(text)
	d.ID = id
	article.InferDate(d)
	c.Code(d)
	return d
}

// TestGolden writes the example articles' accounts; -update rewrites
// them. The wire story holds what news agencies write and web text does
// not: a dateline, a casualty report closing on "officials said
// Wednesday", past tenses a tagger takes for participles, repression,
// an appeal to withdraw, a meeting in a capital.
func TestGolden(t *testing.T) {
	for _, id := range []string{"oslo-talks", "kharkiv-wire"} {
		text, err := os.ReadFile("../../examples/" + id + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := Write(&buf, code(t, string(text), id)); err != nil {
			t.Fatal(err)
		}
		golden := "testdata/" + id + ".txt"
		if *update {
			if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if buf.String() != string(want) {
			t.Errorf("account differs from %s (go test -update to accept):\n%s", golden, buf.String())
		}
	}
}

// TestSeedStory: the account of the seed article tells the mediation
// chain with the sources behind it.
func TestSeedStory(t *testing.T) {
	text, err := os.ReadFile("../../../shared/seed/000_bb7310f83aa69dfe.txt")
	if err != nil {
		t.Skip("../shared is absent: ", err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, code(t, string(text), "seed")); err != nil {
		t.Fatal(err)
	}
	got := buf.String()
	for _, want := range []string{
		"Recep Tayyip Erdogan (TURGOV) → Donald Trump (USAGOV)\n" +
			indent + "041 Discuss by telephone · CONSULT · asserted",
		": multiple US officials and a source with direct knowledge (anonymous), reported by Axios — according to\n",
		"Axios (named) — indirect: reports\n       “Trump and Erdogan planned secret US-Iran talks in Istanbul”",
		"Recep Tayyip Erdogan (TURGOV), Hakan Fidan (TURGOV) → Masoud Pezeshkian (IRNGOV), Abbas Araghchi (IRNGOV)",
		"Iranian delegation (IRNGOV) → Ali Khamenei (IRNGOV)\n" + indent + "020 Make an appeal or request · REQUEST · failed",
		"sources (anonymous), reported by Axios — indirect: told\n       “that Khamenei could not be reached”",
		"Iran (IRNGOV) → United States (USA)\n" + indent + "NOT 040 Consult",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("account lacks %q", want)
		}
	}
	if t.Failed() {
		t.Log(got)
	}
}

// TestDates: an event without a day of its own is dated by the article,
// in brackets; an article without a date leaves it undated.
func TestDates(t *testing.T) {
	d := code(t, "Turkey criticized Israel. Iran refused talks with the United States.", "dates")
	if len(d.Events) < 2 {
		t.Fatalf("%d events, want 2", len(d.Events))
	}
	var buf bytes.Buffer
	Write(&buf, d)
	if !strings.Contains(buf.String(), "  undated      Turkey") {
		t.Errorf("no undated event in an undated article:\n%s", buf.String())
	}
	d.Published = time.Date(2025, 6, 20, 0, 0, 0, 0, time.UTC)
	d.Events[len(d.Events)-1].Date = "2025-06-16"
	buf.Reset()
	Write(&buf, d)
	for _, want := range []string{"  (2025-06-20) Turkey", "  2025-06-16   Iran"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("account lacks %q:\n%s", want, buf.String())
		}
	}
}

// A source that coordinates two actors names both, not only its head.
func TestCoordinatedSource(t *testing.T) {
	d := code(t, "Egypt and Qatar said the talks would resume on Monday.", "pair")
	var buf bytes.Buffer
	Write(&buf, d)
	if want := "Egypt and Qatar (named) — indirect: said"; !strings.Contains(buf.String(), want) {
		t.Errorf("account lacks %q:\n%s", want, buf.String())
	}
}

func ExampleWrite() {
	c, err := coder.Default()
	if err != nil {
		panic(err)
	}
	d := article.FromText("Sources told Axios that Iran refused talks with the United States.")
	c.Code(d)
	Write(os.Stdout, d)
	// Output:
	// == (untitled)
	//
	// Actors (4)
	//   A1   Axios — media MED; 1 mention
	//   A2   Iran — country IRN; 1 mention
	//   A3   United States — country USA; 1 mention
	//   A4   Sources — anonymous; 1 mention
	//
	// Who said what (1)
	//   a1   Sources (anonymous), reported by Axios — indirect: told
	//        “that Iran refused talks with the United States”
	//
	// Who did what to whom (3)
	//   undated      Sources → Axios (MED)
	//                010 Make statement · OTHER · asserted  (e1)
	//                Sources [told] Axios that Iran refused talks with the United States.
	//   undated      Iran (IRN) → United States (USA)
	//                120 Reject · REJECT · asserted  (e2)
	//                Sources told Axios that Iran [refused] talks with the United States.
	//                reported under a1: Sources (anonymous), reported by Axios — indirect: told
	//   undated      Iran (IRN) → United States (USA)
	//                046 Engage in negotiation · CONSULT · failed  (e3)
	//                Sources told Axios that Iran refused [talks] with the United States.
	//                reported under a1: Sources (anonymous), reported by Axios — indirect: told
}

// TestBadOffsets: a document whose spans do not fit its text (one built
// by hand or read from elsewhere) is written without panicking.
func TestBadOffsets(t *testing.T) {
	d := &document.Document{Text: "Iran refused talks.",
		Sentences:    []document.Sentence{{Start: 0, End: 19}},
		Attributions: []document.Attribution{{ID: "a1", Source: document.Span{Start: 5, End: 99}, Content: document.Span{Start: -3, End: 4}}},
		Events: []document.Event{
			{ID: "e1", Sentence: 0, Evidence: document.Span{Start: 15, End: 40}},
			{ID: "e2", Sentence: 7, Evidence: document.Span{Start: 5, End: 12}},
		}}
	var buf bytes.Buffer
	if err := Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "(e1)") || !strings.Contains(buf.String(), "(e2)") {
		t.Errorf("events missing from the account:\n%s", buf.String())
	}
}

// TestRelayedStatements: a statement another relays is listed under it,
// indented, with the relay named.
func TestRelayedStatements(t *testing.T) {
	d := code(t, "Talks\n\nIran has never had any contact with the Americans, Araghchi said, according to Iran's state news agency IRNA.\n", "relayed")
	var buf bytes.Buffer
	if err := Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	outer := strings.Index(out, "  a1   Iran's state news agency IRNA")
	inner := strings.Index(out, "\n      n1   Araghchi [Abbas Araghchi] (named), reported by ")
	if outer < 0 || inner < outer {
		t.Errorf("want n1 under a1, indented:\n%s", out)
	}
	// A relay that names no actor is named by its words.
	d = code(t, "Talks\n\nIran has never had any contact with the Americans, Araghchi said, according to a readout from the ministry.\n", "readout")
	buf.Reset()
	if err := Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "(named), reported by a readout from the ministry — indirect: said") {
		t.Errorf("want the relay by its words:\n%s", buf.String())
	}
}
