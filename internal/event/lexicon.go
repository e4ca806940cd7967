package event

import (
	"bufio"
	_ "embed"
	"fmt"
	"github.com/parley-news/parley/internal/actor"
	"github.com/parley-news/parley/internal/nlp/lemma"
	"io"
	"strconv"
	"strings"
	"sync"
)

//go:embed codes.tsv
var codesTSV string

//go:embed verbs.tsv
var verbsTSV string

// Code is what codes.tsv says of a CAMEO code.
type Code struct {
	Code, Label        string
	Quad               int
	Goldstein          float64
	PLOVER, PLOVERMode string
	PLOVERContexts     []string // the PLOVER manual's contexts: "military", "legal"
}

// Trigger is a lemma that expresses an event.
type Trigger struct {
	Code  string
	Preps []string // prepositions that mark the target
}

// Lexicon holds the codes and triggers. It is read-only once built.
type Lexicon struct {
	actors *actor.Dictionary // for nationality adjectives
	lemmas *lemma.Lemmatizer // for verbs the tagger took for adjectives
	codes  map[string]Code
	verbs  map[string]Trigger
	nouns  map[string]Trigger
	// commands are verbs that are an event only with an infinitive
	// complement: "told them to sign" demands, "told them" does not.
	commands map[string]Trigger
	// light verbs carry a noun event whose agent, or one of whose
	// parties, is their subject: "Turkey hosted talks", "Iran refused
	// talks".
	light map[string]bool
	// none are verbs with a particle or object that are no event though
	// the verb alone is one ("give up").
	none map[string]bool
	// only are verbs that are an event only when an object (or the
	// subject of their passive) is one of the lemmas: "cut" aid, "lift"
	// sanctions.
	only map[string]map[string]bool
	// dyadic are verbs that are an event only with a target: "Erdogan
	// received Pezeshkian" is a visit, "received 9,500 applications" and
	// "hosted a fundraiser" are none.
	dyadic map[string]bool
	// mutual are acts whose coordinated sources with no other side act on
	// each other: "India and Pakistan exchanged fire", "rebels and troops
	// clashed".
	mutual map[string]bool
	// cues are verbs that are an event only as the cue of an attribution:
	// "wrote on Telegram that …" is a statement, "wrote a book" is none.
	cues map[string]Trigger
}

// Default returns the built-in lexicon over the built-in actor
// dictionary, built on first use.
var Default = sync.OnceValues(func() (*Lexicon, error) {
	dict, err := actor.Default()
	if err != nil {
		return nil, err
	}
	return New(dict, nil)
})

// New returns the built-in lexicon extended with the user's verb files,
// in the format of verbs.tsv. dict is the actor dictionary whose
// nationality adjectives name countries ("Israeli attacks"), the same the
// actors were found with.
func New(dict *actor.Dictionary, extra map[string]io.Reader) (*Lexicon, error) {
	lemmas, err := lemma.Default()
	if err != nil {
		return nil, fmt.Errorf("event lexicon: %w", err)
	}
	l := &Lexicon{actors: dict, lemmas: lemmas, codes: map[string]Code{}, verbs: map[string]Trigger{}, nouns: map[string]Trigger{},
		commands: map[string]Trigger{}, light: map[string]bool{}, none: map[string]bool{}, only: map[string]map[string]bool{},
		dyadic: map[string]bool{}, mutual: map[string]bool{}, cues: map[string]Trigger{}}
	if err := l.readCodes(strings.NewReader(codesTSV)); err != nil {
		return nil, err
	}
	if err := l.AddTriggers(strings.NewReader(verbsTSV), "verbs.tsv"); err != nil {
		return nil, err
	}
	for name, r := range extra {
		if err := l.AddTriggers(r, name); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// records calls fn with the tab-separated fields of every line of r that
// is neither blank nor a "#" comment.
func records(r io.Reader, fn func(line int, f []string) error) error {
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		if err := fn(n, strings.Split(line, "\t")); err != nil {
			return err
		}
	}
	return sc.Err()
}

func (l *Lexicon) readCodes(r io.Reader) error {
	return records(r, func(n int, f []string) error {
		if len(f) < 5 {
			return fmt.Errorf("codes.tsv line %d: want code, label, quad, goldstein, plover[, mode[, contexts]]", n)
		}
		quad, err1 := strconv.Atoi(f[2])
		g, err2 := strconv.ParseFloat(f[3], 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("codes.tsv line %d: bad quad class or Goldstein score", n)
		}
		c := Code{Code: f[0], Label: f[1], Quad: quad, Goldstein: g, PLOVER: f[4]}
		if len(f) > 5 {
			c.PLOVERMode = f[5]
		}
		if len(f) > 6 && f[6] != "" {
			c.PLOVERContexts = strings.Split(f[6], ",")
			for _, x := range c.PLOVERContexts {
				if !ploverContexts[x] {
					return fmt.Errorf("codes.tsv line %d: %q is not one of the PLOVER manual's contexts", n, x)
				}
			}
		}
		l.codes[c.Code] = c
		return nil
	})
}

// ploverContexts are the general contexts of the PLOVER manual (2021).
var ploverContexts = set(`military intelligence executive legislative election political_institutions
	pro_democracy pro_autocracy economic legal reparations human_rights rights_freedoms repression
	human_security gender lgbt religion_ethnicity inequality diplomatic territory peacekeeping health
	asylum migration disasters natural_resource environment technology terrorism cbrn cyber
	misinformation crime corruption illegal_drugs trafficking`)

// AddTriggers reads trigger lines: kind, lemma, code[, prepositions].
func (l *Lexicon) AddTriggers(r io.Reader, source string) error {
	err := records(r, func(n int, f []string) error {
		if len(f) == 2 && f[0] == "light" {
			l.light[f[1]] = true
			return nil
		}
		if len(f) == 2 && f[0] == "none" {
			l.none[f[1]] = true
			return nil
		}
		if len(f) == 2 && f[0] == "dyadic" {
			l.dyadic[f[1]] = true
			return nil
		}
		if len(f) == 2 && f[0] == "mutual" {
			l.mutual[f[1]] = true
			return nil
		}
		if f[0] == "only" {
			if len(f) != 3 || strings.TrimSpace(f[2]) == "" {
				return fmt.Errorf("%s line %d: want only, verb, the lemmas of its objects", source, n)
			}
			if l.only[f[1]] == nil {
				l.only[f[1]] = map[string]bool{}
			}
			for _, w := range strings.Fields(f[2]) {
				l.only[f[1]][w] = true
			}
			return nil
		}
		if len(f) < 3 {
			return fmt.Errorf("%s line %d: want kind, lemma, code[, prepositions]", source, n)
		}
		if _, ok := l.codes[f[2]]; !ok {
			return fmt.Errorf("%s line %d: unknown CAMEO code %q (codes.tsv lists those parley knows)", source, n, f[2])
		}
		t := Trigger{Code: f[2]}
		if len(f) > 3 && f[3] != "" {
			t.Preps = strings.Split(f[3], ",")
		}
		switch f[0] {
		case "verb":
			l.verbs[f[1]] = t
		case "noun":
			l.nouns[f[1]] = t
		case "command":
			l.commands[f[1]] = t
		case "cue":
			l.cues[f[1]] = t
		default:
			return fmt.Errorf("%s line %d: kind %q is not verb, noun, command, cue, light, none, only, dyadic or mutual", source, n, f[0])
		}
		return nil
	})
	if err != nil && !strings.HasPrefix(err.Error(), source+" line") {
		return fmt.Errorf("read %s: %w", source, err) // the reader's own error
	}
	return err
}

// Lookup returns what the lexicon knows of a CAMEO code.
func (l *Lexicon) Lookup(code string) (Code, bool) {
	c, ok := l.codes[code]
	return c, ok
}

// gsrTypes maps CAMEO roots to the PLOVER 0.5 event types of the PLOVER
// gold-standard records (which predate the 2021 names in codes.tsv).
var gsrTypes = map[string]string{
	"02": "DEMAND", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
	"08": "CONCEDE", "09": "INVESTIGATE", "10": "DEMAND", "11": "DISAPPROVE", "12": "REJECT",
	"13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
	"18": "ASSAULT", "19": "FIGHT", "20": "ASSAULT",
}

// GSRType returns the PLOVER 0.5 event type of a CAMEO code, as the PLOVER
// gold-standard records name them ("" for statements, which they do not
// code). Returns and releases (084-087) are RETREAT.
func GSRType(code string) string {
	if len(code) < 2 {
		return ""
	}
	if code >= "084" && code < "088" {
		return "RETREAT"
	}
	return gsrTypes[code[:2]]
}
