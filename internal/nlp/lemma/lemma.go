package lemma

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

//go:embed wordnet.tsv.gz
var wordnetData []byte

// Class is a bit set of WordNet parts of speech.
type Class uint8

// WordNet parts of speech.
const (
	Noun Class = 1 << iota
	Verb
	Adj
	Adv
)

// Lemmatizer looks up lemmas. It is safe for concurrent use.
type Lemmatizer struct {
	lemmas     [4]map[string]bool
	exceptions [4]map[string]string
	lexfiles   [2]map[string]uint64 // nouns, verbs
}

// Default returns the lemmatizer over the embedded WordNet tables,
// loaded on first use.
var Default = sync.OnceValues(func() (*Lemmatizer, error) { return load(wordnetData) })

func load(data []byte) (*Lemmatizer, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("wordnet table: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("wordnet table: %w", err)
	}
	// The maps' keys are substrings of one string, and the maps are made
	// at their final size: growing them and allocating a key at a time
	// took most of the lemmatizer's start.
	table := string(raw)
	var lemmas, exceptions [4]int
	var lexfiles [2]int
	if err := eachRow(table, func(r row) error {
		switch {
		case r.exception:
			exceptions[r.pos]++
		case r.fields == 3:
			lexfiles[r.pos]++
			fallthrough
		default:
			lemmas[r.pos]++
		}
		return nil
	}); err != nil {
		return nil, err
	}
	l := &Lemmatizer{}
	for i := range l.lemmas {
		l.lemmas[i] = make(map[string]bool, lemmas[i])
		l.exceptions[i] = make(map[string]string, exceptions[i])
	}
	for i := range l.lexfiles {
		l.lexfiles[i] = make(map[string]uint64, lexfiles[i])
	}
	err = eachRow(table, func(r row) error {
		switch {
		case r.exception:
			if _, dup := l.exceptions[r.pos][r.word]; !dup {
				l.exceptions[r.pos][r.word] = r.rest
			}
		case r.fields == 3:
			mask, err := lexfileMask(r.rest)
			if err != nil {
				return err
			}
			l.lexfiles[r.pos][r.word] = mask
			fallthrough
		default:
			l.lemmas[r.pos][r.word] = true
		}
		return nil
	})
	return l, err
}

// row is a line of the WordNet table: a part of speech (n, v, a or r;
// with an x before it, an exception), a word, and the exception's base
// form or, for nouns and verbs, the word's lexicographer files.
type row struct {
	pos       int
	exception bool
	word      string
	rest      string
	fields    int
}

// eachRow calls f with every row of the table, stopping at the first
// error, which names the line.
func eachRow(table string, f func(row) error) error {
	line := 0
	for text := range strings.Lines(table) {
		line++
		text = strings.TrimSuffix(text, "\n")
		head, tail, _ := strings.Cut(text, "\t")
		r := row{fields: 1 + strings.Count(text, "\t"), exception: strings.HasPrefix(head, "x")}
		pos := strings.TrimPrefix(head, "x")
		r.pos = strings.Index("nvar", pos)
		if r.pos < 0 || len(pos) != 1 {
			return fmt.Errorf("wordnet table line %d: bad part of speech %q", line, head)
		}
		r.word, r.rest, _ = strings.Cut(tail, "\t")
		switch {
		case r.exception && r.fields == 3, !r.exception && r.fields == 2:
		case !r.exception && r.fields == 3 && r.pos < 2:
		default:
			return fmt.Errorf("wordnet table line %d: bad entry", line)
		}
		if err := f(r); err != nil {
			return fmt.Errorf("wordnet table line %d: %w", line, err)
		}
	}
	return nil
}

// lexfileMask encodes a word's lexicographer files, the first one (the
// word's most frequent sense) also in the bits from firstShift.
func lexfileMask(files string) (uint64, error) {
	var mask uint64
	for j, n := range strings.Split(files, ",") {
		k, err := strconv.Atoi(n)
		if err != nil || k < 0 || k >= firstShift {
			return 0, fmt.Errorf("bad lexicographer file %q", n)
		}
		mask |= 1 << k
		if j == 0 {
			mask |= uint64(k+1) << firstShift
		}
	}
	return mask, nil
}

var rules = [4][][2]string{
	{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
	{{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
	{{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
	{},
}

// morphy returns the WordNet base form of a lowercase word for part of
// speech index p, and whether one was found.
func (l *Lemmatizer) morphy(w string, p int) (string, bool) {
	if base, ok := l.exceptions[p][w]; ok {
		return base, true
	}
	if l.lemmas[p][w] {
		return w, true
	}
	// Candidates are built in buf: a map lookup keyed by string(bytes)
	// does not allocate, and Classes tries every rule on every word.
	var buf [64]byte
	for _, r := range rules[p] {
		if !strings.HasSuffix(w, r[0]) || len(w) <= len(r[0])+1 {
			continue
		}
		cand := append(append(buf[:0], w[:len(w)-len(r[0])]...), r[1]...)
		if l.lemmas[p][string(cand)] {
			return string(cand), true
		}
		// Doubled final consonant: "stopped" -> "stop".
		if p == 1 && r[1] == "" && (r[0] == "ed" || r[0] == "ing") && len(cand) > 2 && cand[len(cand)-1] == cand[len(cand)-2] {
			if c := cand[:len(cand)-1]; l.lemmas[p][string(c)] {
				return string(c), true
			}
		}
	}
	return "", false
}

// Classes returns the WordNet parts of speech a word can have, inflected
// forms included ("proposed" is a verb, "talks" a noun and a verb).
func (l *Lemmatizer) Classes(word string) Class {
	w := strings.ToLower(word)
	var c Class
	for p := 0; p < 4; p++ {
		if _, ok := l.morphy(w, p); ok {
			c |= 1 << p
		}
	}
	return c
}

// apostrophes are the curly quotes news uses as apostrophes ("Iran’s",
// and the wrong way round, "Trump‘s").
var apostrophes = strings.NewReplacer("’", "'", "‘", "'")

// Lemma returns the lemma of a word given its UPOS and XPOS tags.
func (l *Lemmatizer) Lemma(form, upos, xpos string) string {
	low := strings.ToLower(apostrophes.Replace(form))
	if xpos == "PRP$" {
		return low
	}
	if lem, ok := closedClass[upos+" "+low]; ok {
		return lem
	}
	if lem, ok := closedClass[low]; ok && upos != "PROPN" && upos != "NOUN" {
		return lem
	}
	switch upos {
	case "PROPN":
		if xpos == "NNPS" && strings.HasSuffix(form, "s") && len(form) > 3 {
			return strings.TrimSuffix(form, "s")
		}
		return form
	case "NOUN":
		if xpos == "NN" {
			return keepCaseIfAcronym(form, low)
		}
		if base, ok := l.exceptions[0][low]; ok {
			return base // irregular plurals: mice, women, criteria
		}
		if !endsLikePlural(low) {
			return keepCaseIfAcronym(form, low)
		}
		return l.inflected(form, low, 0)
	case "VERB", "AUX":
		if xpos == "VB" || xpos == "VBP" && low != "am" && low != "are" {
			// "They shot three men", the past tagged as a present: an
			// irregular form that is no verb of its own is inflected.
			if base, ok := l.exceptions[1][low]; ok && !l.lemmas[1][low] {
				return base
			}
			return low
		}
		return l.inflected(form, low, 1)
	case "ADJ":
		if xpos == "JJR" || xpos == "JJS" {
			return l.inflected(form, low, 2)
		}
		if r := []rune(form); len(r) > 1 && unicode.IsUpper(r[0]) && !isAllUpper(form) {
			return form
		}
		return low
	case "ADV":
		return low
	case "NUM", "SYM", "X", "PUNCT":
		return form
	}
	return low
}

func (l *Lemmatizer) inflected(form, low string, p int) string {
	if base, ok := l.exceptions[p][low]; ok {
		return base
	}
	if base, ok := l.morphy(low, p); ok && base != low {
		return base
	}
	// morphy found the form itself ("years", "lots" are WordNet lemmas):
	// prefer a regular base when one exists.
	for _, r := range rules[p] {
		if strings.HasSuffix(low, r[0]) && len(low) > len(r[0])+1 {
			if cand := low[:len(low)-len(r[0])] + r[1]; l.lemmas[p][cand] {
				return cand
			}
		}
	}
	if l.lemmas[p][low] {
		return low
	}
	// Unknown to WordNet: strip the regular ending.
	switch p {
	case 0:
		switch {
		case strings.HasSuffix(low, "ies") && len(low) > 4:
			return low[:len(low)-3] + "y"
		case strings.HasSuffix(low, "sses"):
			return low[:len(low)-2]
		case strings.HasSuffix(low, "s") && !strings.HasSuffix(low, "ss") && len(low) > 3:
			return low[:len(low)-1]
		}
	case 1:
		switch {
		case strings.HasSuffix(low, "ing") && len(low) > 5:
			return low[:len(low)-3]
		case strings.HasSuffix(low, "ied") && len(low) > 4:
			return low[:len(low)-3] + "y"
		case strings.HasSuffix(low, "ed") && len(low) > 4:
			return low[:len(low)-2]
		case strings.HasSuffix(low, "s") && len(low) > 3:
			return low[:len(low)-1]
		}
	}
	return low
}

func endsLikePlural(low string) bool {
	return strings.HasSuffix(low, "s") || strings.HasSuffix(low, "men") || strings.HasSuffix(low, "ren") || strings.HasSuffix(low, "ae") || strings.HasSuffix(low, "i") || strings.HasSuffix(low, "a")
}

func keepCaseIfAcronym(form, low string) string {
	if isAllUpper(form) && len(form) > 1 {
		return form
	}
	return low
}

func isAllUpper(s string) bool {
	has := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			has = true
		}
	}
	return has
}

// closedClass lemmas follow UD English EWT: keys are "UPOS form" or a bare
// form that applies to any tag but nouns and proper nouns.
var closedClass = map[string]string{
	"am": "be", "are": "be", "is": "be", "was": "be", "were": "be", "been": "be", "being": "be",
	"'m": "be", "'re": "be", "AUX 's": "be", "VERB 's": "be", "m": "be",
	"has": "have", "had": "have", "having": "have", "'ve": "have", "AUX 'd": "would",
	"does": "do", "did": "do", "doing": "do", "done": "do",
	"n't": "not", "nt": "not", "'ll": "will", "wo": "will", "ca": "can", "sha": "shall",
	"me": "I", "i": "I", "us": "we", "him": "he", "PRON her": "she", "them": "they", "u": "you",
	"those": "that", "these": "this", "might": "might", "AUX s": "be", "PART s": "'s", "ve": "have",
	"AUX r": "be", "etc": "etc.", "ADP regards": "regards", "INTJ regards": "regards", "NOUN regards": "regards",
	"PRON my": "my", "PRON myself": "myself",
	"PART 's": "'s", "PART '": "'s",
	"an": "a", "gon": "go", "na": "to", "wan": "want", "ta": "to",
	"PRON it": "it", "PRON its": "its",
}

// WordNet lexicographer files of interest (the coarse sense classes).
const (
	NounCommunication = 10
	NounCognition     = 9
	VerbCognition     = 31
	VerbCommunication = 32
)

// firstShift is where a lexfiles entry keeps its first sense's file,
// plus one, above the set of files (WordNet has 45).
const firstShift = 56

// LexFiles returns the set of WordNet lexicographer files (bit k set for
// file k) of the three most frequent senses of a noun or verb lemma.
func (l *Lemmatizer) LexFiles(lemma string, verb bool) uint64 {
	return l.lexfiles[index(verb)][lemma] & (1<<firstShift - 1)
}

// WordNet's lexicographer files of groups (noun.group) and of people
// (noun.person).
const (
	NounGroup  = 14
	NounPerson = 18
)

// FirstLexFile returns the lexicographer file of the most frequent sense
// of a noun or verb lemma ("video": communication, "weapon": artifact,
// though each has a sense in the other), or -1 for a lemma WordNet lacks.
func (l *Lemmatizer) FirstLexFile(lemma string, verb bool) int {
	return int(l.lexfiles[index(verb)][lemma]>>firstShift) - 1
}

func index(verb bool) int {
	if verb {
		return 1
	}
	return 0
}
