package petrarch

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const testVerbs = `<!-- a test dictionary -->
&TIETYPES
+MILITARY
+ECONOMIC

&CURRENCY_
+DOLLAR
+SWISS_FRANC

--- RESTORE  [060]  ---
RESTORE   # the block's verb
- * DIPLOMATIC TIES [064]
- * &TIETYPES TIES [063]
- * AID TO +  [070]
- $ NOT * [099]

--- ARRIVE  [032:033]  ---
ARRIVE
+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF} [172]
WIRE_+TAP [171]
SEEK {SOUGHT SEEKING SEEKS}
- * &UNDEFINED [111]
~ a (a b ATTACK) SAY = a b 015
`

const testActors = `GONDOR [GON]
+MINAS_TIRITH
ARNOR_  [ARN]
SAM_GAMGEE [HOB]
	[HOBCIV <20080120]
	[HOBGOV 20121109-20130119]
	[HOBELI >20130119]
BOROMIR  [---]
AL-QAEDA [ALQ]
`

const testAgents = `!PERSON! = MAN, MEN, WOMAN
CONGRESS!PERSON! [~LEG]
POLICE {} [~COP]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
MSF {} [NGO~]
MINISTRY [~GOV]
`

func load(t *testing.T) *Dictionaries {
	t.Helper()
	d := New()
	for kind, text := range map[Kind]string{KindVerbs: testVerbs, KindActors: testActors, KindAgents: testAgents,
		KindDiscards: "+WORLD CUP\nBASEBALL_\n"} {
		err := d.Read(strings.NewReader(text), "test."+string(kind), kind)
		if kind == KindVerbs {
			// The pattern with an undefined synset is reported and left out.
			if err == nil || !IsUndefinedSynset(err) || !strings.Contains(err.Error(), "test.verbs line 22") {
				t.Errorf("verbs: err = %v, want the undefined synset on line 22", err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
	}
	return d
}

func TestReadVerbs(t *testing.T) {
	d := load(t)
	if d.Verbs.Blocks() != 2 || d.Verbs.Patterns() != 4 || d.Verbs.Transformations != 1 {
		t.Errorf("blocks %d, patterns %d, transformations %d; want 2, 4, 1", d.Verbs.Blocks(), d.Verbs.Patterns(), d.Verbs.Transformations)
	}
	if got := d.Verbs.synsets["&TIETYPES"]; len(got) != 4 {
		t.Errorf("&TIETYPES = %v, want two words and their plurals", got)
	}
	if got := d.Verbs.synsets["&CURRENCY"]; len(got) != 2 || len(got[1]) != 2 {
		t.Errorf("&CURRENCY_ = %v, want two phrases without plurals", got)
	}
}

func sentence(d *Dictionaries, text string) *Sentence {
	w := strings.Fields(strings.ToUpper(text))
	return &Sentence{Words: w, Actors: d.Actors.Find(w)}
}

func TestVerbPatterns(t *testing.T) {
	d := load(t)
	tests := []struct {
		text   string
		verb   int
		lemma  string
		code   string
		target string // the actor a + bound
	}{
		{"Arnor restored diplomatic ties with Gondor", 1, "RESTORE", "064", ""},
		{"Arnor restores full military ties with Gondor", 1, "RESTORE", "063", ""},
		{"Arnor restored economic relations", 1, "RESTORE", "060", ""},
		{"Arnor is restoring aid to Gondor", 2, "RESTORE", "070", "GON"},
		{"Arnor did not restore aid", 3, "RESTORE", "099", ""},
		{"Gondor arrived", 1, "ARRIVE", "032:033", ""},
		{"Gondor cordoned off the roads", 1, "", "172", ""},
		{"Gondor sought aid", 1, "", "032:033", ""},
		{"Gondor seeks aid", 1, "", "032:033", ""},
		{"Gondor wire tapped Arnor", 2, "TAP", "171", ""},
	}
	for _, tt := range tests {
		s := sentence(d, tt.text)
		m, ok := d.Verbs.Verb(s, tt.verb, tt.lemma, 0, len(s.Words))
		if !ok {
			t.Errorf("%q: no verb at %d", tt.text, tt.verb)
			continue
		}
		if m.Code != tt.code {
			t.Errorf("%q: code %q, want %q", tt.text, m.Code, tt.code)
		}
		target := ""
		if m.Target >= 0 {
			target = s.Actors[m.Target].Code(time.Time{})
		}
		if target != tt.target {
			t.Errorf("%q: pattern target %q, want %q", tt.text, target, tt.target)
		}
	}
	s := sentence(d, "Gondor wired money")
	if _, ok := d.Verbs.Verb(s, 1, "WIRE", 0, 3); ok {
		t.Error(`"wired" alone matched the multi-word verb WIRE TAP`)
	}
}

func TestActors(t *testing.T) {
	d := load(t)
	day := func(s string) time.Time { t, _ := time.Parse("20060102", s); return t }
	tests := []struct {
		text string
		day  string
		want []string
	}{
		{"Minas Tirith and Arnor met", "", []string{"GON", "ARN"}},
		{"the Gondorian envoy", "", []string{"GON"}}, // a stem
		{"the Arnorian envoy", "", nil},              // ARNOR_ is not
		{"Sam Gamgee spoke", "20070101", []string{"HOBCIV"}},
		{"Sam Gamgee spoke", "20121225", []string{"HOBGOV"}},
		{"Sam Gamgee spoke", "20150101", []string{"HOBELI"}},
		{"Sam Gamgee spoke", "20100101", []string{"HOB"}},          // no restriction holds
		{"Boromir spoke", "", []string{""}},                        // the null code
		{"Minas_Tirith and Arnor met", "", []string{"GON", "ARN"}}, // words joined as the dictionaries join them
		{"the Gondorian_envoy spoke", "", nil},                     // a phrase ends at a whole word
		{"the Minas_Tirith_Gondorian envoy", "", nil},              // and nothing is left over
		{"the_Minas_Tirith spoke", "", nil},                        // or before
		{"_ Minas_Tirith_ spoke", "", []string{"GON"}},             // a stray underscore is no word
		{"Al-Qaeda spoke", "", []string{"ALQ"}},                    // a hyphenated name whole, as in a Penn parse
		{"Al - Qaeda spoke", "", []string{"ALQ"}},                  // and as parley's tokenizer splits it
		{"Al Qaeda spoke", "", nil},                                // the hyphen is part of the name
	}
	for _, tt := range tests {
		var got []string
		for _, m := range sentence(d, tt.text).Actors {
			got = append(got, m.Code(day(tt.day)))
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%q on %s: %v, want %v", tt.text, tt.day, got, tt.want)
		}
	}
}

func TestAgents(t *testing.T) {
	d := load(t)
	tests := map[string]string{
		"congresswoman": "~LEG", "congressmen": "~LEG", "police": "~COP", "polices": "",
		"golden geese": "~GGS", "golden gooses": "", "msf": "NGO~", "ministries": "~GOV",
	}
	for text, want := range tests {
		got := ""
		if ms := d.Agents.Find(strings.Fields(strings.ToUpper(text))); len(ms) == 1 && ms[0].End == len(strings.Fields(text)) {
			got = "~" + ms[0].Agent.Code
			if ms[0].Agent.Before {
				got = ms[0].Agent.Code + "~"
			}
		}
		if got != want {
			t.Errorf("%q: agent %q, want %q", text, got, want)
		}
	}
}

func TestDiscards(t *testing.T) {
	d := load(t)
	tests := []struct {
		text         string
		found, story bool
	}{
		{"Gondor won the World Cup final", true, true},
		{"a baseball game", true, false},
		{"baseballs were thrown", false, false}, // BASEBALL_ must end there
		{"Gondor met Arnor", false, false},
	}
	for _, tt := range tests {
		found, story := d.Discards.Match(tt.text)
		if found != tt.found || story != tt.story {
			t.Errorf("%q: found %v story %v, want %v %v", tt.text, found, story, tt.found, tt.story)
		}
	}
}

func TestBadRecords(t *testing.T) {
	tests := []struct {
		kind Kind
		text string
		want string
	}{
		{KindVerbs, "RESTORE\n", "line 1: \"RESTORE\" comes before any verb block"},
		{KindVerbs, "--- A [010] ---\nA\n- * * [011]\n", "line 3: pattern"},
		{KindVerbs, "--- A ---\n", "line 1: verb block"},
		{KindActors, "\t[GON]\n", "line 1: a date restriction before any actor"},
		{KindActors, "GONDOR\n\t[GON 2001-2002]\n", "line 2: date restriction"},
		{KindAgents, "POLICE\n", "line 1: agent \"POLICE\" has no [code]"},
	}
	for _, tt := range tests {
		err := New().Read(strings.NewReader(tt.text), "bad.txt", tt.kind)
		if err == nil || !strings.Contains(err.Error(), "bad.txt "+tt.want) {
			t.Errorf("%s %q: err = %v, want %q", tt.kind, tt.text, err, tt.want)
		}
	}
}

// TestPhoenixDictionaries reads the Phoenix and validation dictionaries
// PETRARCH ships with.
func TestPhoenixDictionaries(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "petrarch", "dictionaries")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("PETRARCH dictionaries not found at %s (the shared data folder is absent): %v", dir, err)
	}
	d, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if d.Verbs.Blocks() < 600 || d.Verbs.Patterns() < 5000 || d.Actors.Len() < 35000 || d.Agents.Len() < 2000 {
		t.Errorf("read %d verb blocks, %d patterns, %d actor and %d agent phrases: fewer than the files hold",
			d.Verbs.Blocks(), d.Verbs.Patterns(), d.Actors.Len(), d.Agents.Len())
	}
	for _, w := range d.Warnings {
		t.Logf("warning: %v", w)
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{testVerbs, testActors, testAgents, "+WORLD CUP\n", "- * [", "\t[X <", "!A! = B\nA!A! [~X]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, kind := range []Kind{KindVerbs, KindActors, KindAgents, KindDiscards} {
			d := New()
			_ = d.Read(strings.NewReader(text), "fuzz", kind)
			w := strings.Fields(strings.ToUpper(text))
			s := &Sentence{Words: w, Actors: d.Actors.Find(w)}
			d.Agents.Find(w)
			d.Discards.Match(text)
			for i := range w {
				d.Verbs.Verb(s, i, w[i], 0, len(w))
			}
		}
	})
}
