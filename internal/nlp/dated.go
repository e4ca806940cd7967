package nlp

import (
	"slices"
	"strings"
	"unicode"

	"github.com/parley-news/parley/internal/document"
)

// Wire copy dates an act between its doer and its verb: "China on Friday
// imposed sanctions …", "Sudan's army chief Abdel Fattah al-Burhan on
// Tuesday ruled out negotiations". EWT has almost no such sentence, and
// the tagger and parser trained on it may break the clause around the
// date: "ruled" tagged a participle with "Tuesday" its passive
// auxiliary. Where the tagger took no finite verb after the date, the
// tagger and parser read the sentence without it, and the date goes to
// the verb as an oblique, as EWT attaches "on Tuesday" after a verb.

// datedSpan is a date phrase words[from:to] between a subject and its
// verb: "on Tuesday", "on Tuesday night".
type datedSpan struct{ from, to int }

// dayParts may follow the weekday of a date phrase cut out.
var dayParts = setOf("morning afternoon evening night")

// actingNouns are common nouns that head a subject that acts, unlike "the
// ceremony on Friday was …" or "her victories on Tuesday will …", where
// the date is the noun's.
var actingNouns = setOf(`official officials campaign government ministry council board court committee
	administration leader leaders candidate candidates nominee residents army military police party
	president minister spokesman spokeswoman chief host lawmakers senators prosecutors investigators
	authorities regulators judge group forces troops rebels protesters voters`)

// datedSpans finds the date phrases that open on "on" after a name or an
// acting noun, before what may be a verb. The tags, taken with and
// without them, decide which are cut out (tagDated).
func datedSpans(forms []string) []datedSpan {
	var spans []datedSpan
	for i := 1; i+2 < len(forms); i++ {
		if forms[i] != "on" || !document.IsWeekday(forms[i+1]) {
			continue
		}
		to := i + 2
		if dayParts[forms[to]] {
			to++
		}
		if to >= len(forms) || !unicode.IsLower(rune(forms[to][0])) {
			continue
		}
		before := forms[i-1]
		if !unicode.IsUpper(rune(before[0])) && !actingNouns[before] {
			continue
		}
		spans = append(spans, datedSpan{i, to})
	}
	return spans
}

// without returns the items not inside any span, and for each kept item
// its index in items.
func without[T any](items []T, spans []datedSpan) ([]T, []int) {
	kept := make([]T, 0, len(items))
	index := make([]int, 0, len(items))
	for i, it := range items {
		if !slices.ContainsFunc(spans, func(s datedSpan) bool { return i >= s.from && i < s.to }) {
			kept = append(kept, it)
			index = append(index, i)
		}
	}
	return kept, index
}

// tagDated tags forms with the date phrases of spans left out where the
// tagger, reading the date, took no finite verb after it, and keeps the
// spans whose words around them it then reads as a subject's last word
// and a verb. With none kept, the tags of the whole sentence stand: most
// such sentences the tagger and parser read well ("Clinton on Tuesday
// became …"), and leaving their words out changes the reading of others
// ("Azerbaijani President Ilham Aliyev on Friday signed", its name torn).
func (p *Pipeline) tagDated(forms, upos, xpos []string, spans []datedSpan) []datedSpan {
	spans = slices.DeleteFunc(spans, func(s datedSpan) bool { return finiteAt(xpos, s.to) })
	if len(spans) == 0 {
		return nil // the tagger read the verb through the date
	}
	short, index := without(forms, spans)
	su, sx := p.Tagger.Tag(short)
	at := func(full int) int { return slices.Index(index, full) }
	tested := len(spans)
	spans = slices.DeleteFunc(spans, func(s datedSpan) bool {
		b, a := at(s.from-1), at(s.to)
		if b < 0 || a < 0 || !strings.HasPrefix(sx[b], "NN") && sx[b] != "PRP" || prepositionalObject(sx, b) {
			return true
		}
		return !finiteAt(sx, a) && sx[a] != "VBN"
	})
	if len(spans) == 0 {
		return nil
	}
	if len(spans) < tested {
		// Tagged again without only the spans kept: a date left in
		// changes its neighbours' tags.
		short, index = without(forms, spans)
		su, sx = p.Tagger.Tag(short)
	}
	for k, i := range index {
		upos[i], xpos[i] = su[k], sx[k]
	}
	for _, s := range spans {
		if xpos[s.to] == "VBN" {
			xpos[s.to] = "VBD" // "al-Burhan on Tuesday ruled out": no auxiliary before it
		}
		upos[s.from], xpos[s.from] = "ADP", "IN"
		for i := s.from + 1; i < s.to; i++ {
			upos[i], xpos[i] = "PROPN", "NNP"
			if dayParts[forms[i]] {
				upos[i], xpos[i] = "NOUN", "NN"
			}
		}
	}
	return spans
}

// prepositionalObject: the noun phrase that ends at b opens after a
// preposition ("at the White House on Friday aimed at …"), no subject.
func prepositionalObject(xpos []string, b int) bool {
	for b >= 0 && (strings.HasPrefix(xpos[b], "NN") || xpos[b] == "JJ" || xpos[b] == "DT" || xpos[b] == "POS" || xpos[b] == "HYPH" || xpos[b] == "CD" || xpos[b] == "PRP$") {
		b--
	}
	return b >= 0 && (xpos[b] == "IN" || xpos[b] == "TO")
}

// finiteAt: the word at i, or the one after an adverb there ("on Monday
// also urged"), has a finite verb's tag.
func finiteAt(xpos []string, i int) bool {
	if xpos[i] == "RB" && i+1 < len(xpos) {
		i++
	}
	return xpos[i] == "VBD" || xpos[i] == "VBZ" || xpos[i] == "VBP" || xpos[i] == "MD"
}

// parseDated parses the sentence with the date phrases of spans left
// out, then hangs each phrase on the verb after it: "on" the case of
// the day, or of the part of the day with the day its compound.
func (p *Pipeline) parseDated(forms, upos, xpos []string, beam int, spans []datedSpan) ([]int, []string) {
	sf, index := without(forms, spans)
	su, _ := without(upos, spans)
	sx, _ := without(xpos, spans)
	sh, sr := p.parse(sf, su, sx, beam)
	heads, rels := make([]int, len(forms)), make([]string, len(forms))
	for k, i := range index {
		heads[i], rels[i] = 0, sr[k]
		if sh[k] > 0 {
			heads[i] = index[sh[k]-1] + 1
		}
	}
	for _, s := range spans {
		v := slices.Index(index, s.to)
		for sr[v] == "aux" || sr[v] == "aux:pass" || sr[v] == "advmod" || sr[v] == "cop" {
			if sh[v] == 0 {
				break
			}
			v = sh[v] - 1
		}
		day := s.to - 1
		heads[day], rels[day] = index[v]+1, "obl"
		heads[s.from], rels[s.from] = day+1, "case"
		if day > s.from+1 {
			heads[s.from+1], rels[s.from+1] = day+1, "compound" // "Tuesday night"
		}
	}
	return heads, rels
}
