package petrarch

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// Verbs is a verb dictionary: verb blocks, each a set of synonymous verbs
// with a default code and patterns that refine it.
type Verbs struct {
	synsets map[string][][]string
	forms   map[string][]*verbForm // by inflected form
	bases   map[string][]*verbForm // by base form, for lookup by lemma
	blocks  []*Block
	// Transformations counts the verb-verb transformation rules (~ lines)
	// read; parley does not apply them.
	Transformations int
}

// Block is a verb synonym block.
type Block struct {
	Name     string
	Code     string
	Patterns []*Pattern
}

// verbForm is one verb of a block: the word that is the verb, and the
// words that must come right before and after it in a multi-word verb
// ("CORDON OFF", "WIRE TAP").
type verbForm struct {
	block         *Block
	code          string // the verb's own code, "" to use the block's
	before, after []string
}

// Pattern refines a block's code by the words around the verb.
type Pattern struct {
	Pre, Post []item
	// VerbGlued: the last pre-verb item must come right before the verb.
	VerbGlued bool
	Code      string
	Line      int
	literal   int // words to match, to prefer the most specific pattern
}

type itemKind int

const (
	itemWords    itemKind = iota // one of phrases
	itemSource                   // $
	itemTarget                   // +
	itemSkip                     // ^
	itemCompound                 // %
)

type item struct {
	kind    itemKind
	phrases [][]string
	glued   bool // comes right after the previous item in the text
}

func newVerbs() *Verbs {
	return &Verbs{synsets: map[string][][]string{}, forms: map[string][]*verbForm{}, bases: map[string][]*verbForm{}}
}

// Blocks is the number of verb blocks read.
func (v *Verbs) Blocks() int { return len(v.blocks) }

// Patterns is the number of patterns read.
func (v *Verbs) Patterns() int {
	n := 0
	for _, b := range v.blocks {
		n += len(b.Patterns)
	}
	return n
}

func (v *Verbs) read(r io.Reader, name string) error {
	var block *Block
	synset := ""
	return lines(r, name, func(n int, line string) error {
		switch {
		case line == "":
			synset = ""
			return nil
		case strings.HasPrefix(line, "&"):
			label := strings.Fields(line)[0]
			synset = label
			if _, ok := v.synsets[strings.TrimSuffix(label, "_")]; !ok {
				v.synsets[strings.TrimSuffix(label, "_")] = nil
			}
			return nil
		case synset != "" && strings.HasPrefix(line, "+"):
			return v.addSynonym(synset, strings.TrimSpace(line[1:]))
		case strings.HasPrefix(line, "---"):
			synset = ""
			inside, rest, ok := bracketed(strings.Trim(line, "- \t"), "[", "]")
			if !ok {
				return fmt.Errorf("verb block %q has no [code]", line)
			}
			block = &Block{Name: strings.TrimSpace(strings.Fields(rest + " _")[0]), Code: inside}
			v.blocks = append(v.blocks, block)
			return nil
		case strings.HasPrefix(line, "~"):
			v.Transformations++
			return nil
		}
		synset = ""
		if block == nil {
			return fmt.Errorf("%q comes before any verb block (--- NAME [CODE] ---)", line)
		}
		if strings.HasPrefix(line, "-") {
			p, err := v.parsePattern(line[1:])
			if err != nil {
				return err
			}
			p.Line = n
			block.Patterns = append(block.Patterns, p)
			return nil
		}
		return v.addVerb(block, line)
	})
}

// addSynonym adds a phrase, or the members of another synset, to a
// synset, with the plural of a noun phrase unless the label or the
// phrase ends in _.
func (v *Verbs) addSynonym(label, phrase string) error {
	key := strings.TrimSuffix(label, "_")
	if strings.HasPrefix(phrase, "&") {
		inner, ok := v.synsets[strings.TrimSuffix(strings.Fields(phrase)[0], "_")]
		if !ok {
			return fmt.Errorf("synset %s uses %s before it is defined", label, phrase)
		}
		v.synsets[key] = append(v.synsets[key], inner...)
		return nil
	}
	w, _ := phraseWords(phrase)
	if len(w) == 0 {
		return fmt.Errorf("synset %s has an empty member", label)
	}
	v.synsets[key] = append(v.synsets[key], w)
	if !strings.HasSuffix(label, "_") && !strings.HasSuffix(phrase, "_") {
		p := append(append([]string(nil), w[:len(w)-1]...), plural(w[len(w)-1]))
		v.synsets[key] = append(v.synsets[key], p)
	}
	return nil
}

// addVerb reads "WORD [code]", "WORD {IRREGULAR FORMS}" and multi-word
// verbs ("+CORDON_OFF", "WIRE_+TAP {WIRE_+TAPS …}").
func (v *Verbs) addVerb(b *Block, line string) error {
	code, rest, _ := bracketed(line, "[", "]")
	irregular, primary, hasForms := bracketed(rest, "{", "}")
	primary = strings.TrimSpace(primary)
	if primary == "" {
		return fmt.Errorf("verb line %q has no verb", line)
	}
	base := splitVerb(primary)
	if base.verb == "" {
		return fmt.Errorf("verb %q has no word", primary)
	}
	vf := func(p verbParts) *verbForm {
		return &verbForm{block: b, code: code, before: p.before, after: p.after}
	}
	v.bases[base.verb] = append(v.bases[base.verb], vf(base))
	forms := []verbParts{base}
	if hasForms {
		for _, f := range strings.Fields(irregular) {
			forms = append(forms, splitVerb(f))
		}
	} else {
		for _, f := range regularForms(base.verb) {
			p := base
			p.verb = f
			forms = append(forms, p)
		}
	}
	for _, p := range forms {
		if p.verb != "" {
			v.forms[p.verb] = append(v.forms[p.verb], vf(p))
		}
	}
	return nil
}

type verbParts struct {
	verb          string
	before, after []string
}

// splitVerb reads a verb phrase: the word marked with + is the verb,
// else the first word.
func splitVerb(phrase string) verbParts {
	parts := strings.Split(strings.ToUpper(phrase), "_")
	at := 0
	for i, p := range parts {
		if strings.HasPrefix(p, "+") {
			at = i
		}
	}
	var out verbParts
	for i, p := range parts {
		p = strings.TrimPrefix(p, "+")
		if p == "" {
			continue
		}
		switch {
		case i < at:
			out.before = append(out.before, p)
		case i == at:
			out.verb = p
		default:
			out.after = append(out.after, p)
		}
	}
	return out
}

// regularForms are an English verb's regular inflections.
func regularForms(base string) []string {
	if base == "" {
		return nil
	}
	last := base[len(base)-1]
	consonantY := last == 'Y' && len(base) > 1 && !strings.ContainsRune("AEIOU", rune(base[len(base)-2]))
	var s, ed, ing string
	switch {
	case consonantY:
		s, ed, ing = base[:len(base)-1]+"IES", base[:len(base)-1]+"IED", base+"ING"
	case strings.HasSuffix(base, "EE"):
		s, ed, ing = base+"S", base+"D", base+"ING"
	case last == 'E':
		s, ed, ing = base+"S", base+"D", base[:len(base)-1]+"ING"
	case strings.HasSuffix(base, "S") || strings.HasSuffix(base, "X") || strings.HasSuffix(base, "Z") ||
		strings.HasSuffix(base, "CH") || strings.HasSuffix(base, "SH"):
		s, ed, ing = base+"ES", base+"ED", base+"ING"
	default:
		s, ed, ing = base+"S", base+"ED", base+"ING"
	}
	return []string{s, ed, ing}
}

// parsePattern reads the part of a pattern line after its leading -.
func (v *Verbs) parsePattern(s string) (*Pattern, error) {
	code, body, ok := bracketed(s, "[", "]")
	if !ok {
		return nil, fmt.Errorf("pattern %q has no [code]", strings.TrimSpace(s))
	}
	p := &Pattern{Code: code}
	for _, r := range []string{"(", ")", "{", "}"} {
		body = strings.ReplaceAll(body, r, " ")
	}
	// Tokens and glue: an _ joins its neighbours, whatever blanks are
	// around it ("IN_ *" and "IN_*" alike).
	body = strings.ReplaceAll(body, "_", " _ ")
	seenVerb := false
	glue := false
	for _, tok := range strings.Fields(body) {
		if tok == "_" {
			glue = true
			continue
		}
		if tok == "*" {
			if seenVerb {
				return nil, fmt.Errorf("pattern %q has two verbs (*)", strings.TrimSpace(s))
			}
			seenVerb, p.VerbGlued, glue = true, glue, false
			continue
		}
		it, err := v.patternItem(tok)
		if err != nil {
			return nil, err
		}
		it.glued = glue
		glue = false
		if seenVerb {
			p.Post = append(p.Post, it)
		} else {
			p.Pre = append(p.Pre, it)
		}
		if it.kind == itemWords && len(it.phrases) > 0 {
			p.literal += len(it.phrases[0])
		}
	}
	if !seenVerb {
		return nil, fmt.Errorf("pattern %q has no verb (*)", strings.TrimSpace(s))
	}
	return p, nil
}

func (v *Verbs) patternItem(tok string) (item, error) {
	switch tok {
	case "$":
		return item{kind: itemSource}, nil
	case "+":
		return item{kind: itemTarget}, nil
	case "^":
		return item{kind: itemSkip}, nil
	case "%":
		return item{kind: itemCompound}, nil
	}
	tok = strings.ToUpper(tok)
	if strings.HasPrefix(tok, "&") {
		phrases, ok := v.synsets[strings.TrimSuffix(tok, "_")]
		if !ok {
			return item{}, errUndefinedSynset{tok}
		}
		return item{kind: itemWords, phrases: phrases}, nil
	}
	return item{kind: itemWords, phrases: [][]string{{tok}, {plural(tok)}}}, nil
}

type errUndefinedSynset struct{ label string }

func (e errUndefinedSynset) Error() string {
	return fmt.Sprintf("synset %s is used before it is defined", e.label)
}

// IsUndefinedSynset reports whether err is a pattern that uses a synset
// the dictionary does not define; PETRARCH ignores such patterns, and so
// may a caller.
func IsUndefinedSynset(err error) bool {
	var e errUndefinedSynset
	return errors.As(err, &e)
}
