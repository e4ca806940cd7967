package actor

import (
	"fmt"
	"slices"
	"strings"

	"github.com/parley-news/parley/internal/document"
)

// pairKind is what a phrase like "the two countries" or "both sides"
// refers to: two countries, two people, or two parties of any kind.
type pairKind int

const (
	pairCountries pairKind = iota + 1
	pairPeople
	pairSides
	pairAny // "both" alone: any two named together
)

// pairNouns are the plural nouns that, after "the two" or "both", stand
// for two actors the article has named together: "Armenia and
// Azerbaijan … the two countries", "Aliyev and Pashinyan … the two
// leaders", "Israel and Hamas … both sides".
var pairNouns = map[string]pairKind{
	"country": pairCountries, "nation": pairCountries, "neighbour": pairCountries, "neighbor": pairCountries, "government": pairCountries,
	"leader": pairPeople, "president": pairPeople, "man": pairPeople, "minister": pairPeople,
	"side": pairSides, "rival": pairSides, "foe": pairSides, "adversary": pairSides, "enemy": pairSides, "belligerent": pairSides,
}

// pairReach is how many sentences back a pair named together is what
// "the two" refers to.
const pairReach = 20

// leadersReach is how many sentences after "the two leaders" a bare "the
// leaders" still means them.
const leadersReach = 6

// bareLeaders: the word at k is "the leaders", with nothing else to say
// whose, and no actor's words already.
func bareLeaders(t *document.Tree, k int, covering map[int]int) bool {
	w := t.Sentence.Words[k]
	if _, named := covering[w.Start]; named || w.Form != "leaders" {
		return false
	}
	children := t.Children(k)
	return slices.ContainsFunc(children, func(c int) bool { return t.Rel(c) == "det" && strings.EqualFold(t.Sentence.Words[c].Form, "the") }) &&
		!slices.ContainsFunc(children, func(c int) bool {
			r := t.Rel(c)
			return r == "amod" || r == "compound" || r == "nmod" || r == "nmod:poss" || r == "nummod" || r == "acl" || r == "acl:relcl" || r == "conj"
		})
}

// namedPair is two actors the text coordinates ("Armenia and
// Azerbaijan", "US-Iran"), ending at end.
type namedPair struct {
	actors [2]int
	end    int
	hyphen bool // "US-Iran": a modifier, which no pronoun refers to
	// located: the pair follows a preposition of place ("in Iraq and
	// Afghanistan"): places, which "the two countries" may be, but not
	// two parties "they" are.
	located bool
	// agents: the pair follows "by" ("a ceasefire proposal put forward
	// by the United States and Saudi Arabia"): go-betweens or authors,
	// not a story's two sides.
	agents bool
}

// twoPhrases makes a group actor of the two actors every phrase like
// "the two countries" or "both sides" stands for: the last pair the
// text named together before it that fits the noun. The group's members
// are the two; events done by the phrase are done by each of them, and
// a source "both sides" names both.
func (r *resolver) twoPhrases() {
	named := r.namedPairs()
	covering := r.coveringIndex()
	var sides [2]int // the two "the two sides" of the story stand for, once known
	sidesKnown := false
	// The pair a phrase like "the two countries" stood for as the
	// subject of a sentence, and that sentence's index: "they" opening
	// the next sentence is that pair ("The two countries fought a border
	// war … They signed a peace deal in 2018").
	var subjectPair [2]int
	subjectPairSentence := -2
	subjectPairEnd := 0 // where that phrase ends
	// The two people "the two leaders" last stood for, and where.
	var peoplePair [2]int
	peopleSentence := -1
	// The pair "each side" stood for, and where: "the other" after it in
	// the sentence is the pair too, each side's other.
	var eachPair [2]int
	eachSentence := -1
	add := func(members [2]int, span document.Span, subject bool, si int) {
		r.addToPair(members, span)
		if subject {
			subjectPair, subjectPairSentence, subjectPairEnd = members, si, span.End
		}
	}
	for si := range r.d.Sentences {
		t := r.tree(si)
		for k := range t.Sentence.Words {
			if r.pairPronoun(t, k, named, covering) {
				continue
			}
			if w := t.Sentence.Words[k]; si == eachSentence && strings.EqualFold(w.Form, "other") && t.Rel(k) != "amod" &&
				slices.ContainsFunc(t.ChildrenWith(k, "det"), func(c int) bool { return strings.EqualFold(t.Sentence.Words[c].Form, "the") }) {
				add(eachPair, phraseBefore(t, k), false, si) // "Each side has blamed the other"
				continue
			}
			// "… after the two sides held direct talks in Istanbul, where
			// they agreed to swap prisoners": so is a "they" later in the
			// phrase's own sentence, with no actor named between.
			later := si == subjectPairSentence && t.Sentence.Words[k].Start > subjectPairEnd && !r.namedBetween(t, covering, subjectPairEnd, t.Sentence.Words[k].Start)
			if w := t.Sentence.Words[k]; (k == 0 && si == subjectPairSentence+1 || later) && strings.EqualFold(w.Form, "they") && strings.HasPrefix(t.Rel(k), "nsubj") {
				if _, known := covering[w.Start]; !known {
					add(subjectPair, document.Span{Start: w.Start, End: w.End}, true, si)
					continue
				}
			}
			if bareBoth(t, k) {
				// "Maduro accused both of meddling", after "U.S. and EU
				// reject result": the last two named together.
				w := t.Sentence.Words[k]
				if members, ok := r.lastPair(named, w.Start, pairAny); ok {
					r.addToPair(members, document.Span{Start: w.Start, End: w.End})
				}
				continue
			}
			if peopleSentence >= 0 && si-peopleSentence <= leadersReach && bareLeaders(t, k, covering) {
				// "The two leaders met for 90 minutes in Tokyo … The
				// leaders also discussed China": the pair just named.
				add(peoplePair, phraseBefore(t, k), strings.HasPrefix(t.Rel(k), "nsubj"), si)
				continue
			}
			kind, ok := r.pairPhrase(t, k, covering)
			if !ok {
				continue
			}
			span := phraseBefore(t, k)
			if r.subjectPairOf(t, k, covering) {
				// "Colombia and Brazil urged both sides to talk": others,
				// a civil war's if the story tells of one ("Norway and
				// Cuba, which guarantee the talks, urged both sides").
				if others, ok := r.stateAndRebels(span.Start); ok && kind == pairSides {
					add(others, span, false, si)
				}
				continue
			}
			if kind == pairSides && t.Sentence.Words[k].XPOS != "NN" { // "each side" is of a pair just named (lastPair)
				// "The two sides signed a declaration … Guterres urged
				// both sides to honor the truce": a story's sides stay
				// the same though it names other pairs in between.
				if !sidesKnown {
					sides, sidesKnown = r.mainPair(named, span.Start)
				}
				if !sidesKnown && !r.armedGroupNamed() {
					// "India launched strikes …, and Pakistan retaliated
					// … before the two sides agreed to a ceasefire": the
					// two countries named most, as for "the two countries";
					// not in a war with a rebel side, whose two sides are
					// no two countries ("urged both sides" of Sudan's war
					// are the army and the RSF, not Sudan and the US).
					sides, sidesKnown = r.twoMostNamedCountries(false)
				}
				if !sidesKnown {
					// "Colombia suspended peace talks with the ELN … Norway
					// urged both sides to return": the one armed group the
					// story names, and its country.
					sides, sidesKnown = r.stateAndRebels(span.Start)
				}
				if sidesKnown {
					add(sides, span, strings.HasPrefix(t.Rel(k), "nsubj"), si)
					if t.Sentence.Words[k].XPOS == "NN" {
						eachPair, eachSentence = sides, si
					}
				}
				continue
			}
			members, ok := r.lastPair(named, span.Start, kind)
			if l := strings.ToLower(t.Sentence.Words[k].Lemma); kind == pairPeople && !ok && l != "man" {
				members, ok = r.twoCountriesLeaders(span.Start) // not "the two men", who may be anyone
			}
			if kind == pairCountries {
				// "Japan and Australia also expressed concern … The two
				// countries agreed last year to hold talks": two named
				// once in passing are not the story's two countries
				// when two others are named throughout it.
				// Nor are two named as go-betweens ("brokered by the United
				// States and Qatar … both countries pledged") when the
				// story's two have been named together before.
				if main, found := r.twoMostNamedCountries(false); found && (!ok || !r.samePair(members, main) && (r.passing(members) || r.namedTogether(named, main, span.Start))) {
					members, ok = main, true
				}
			}
			if ok {
				add(members, span, strings.HasPrefix(t.Rel(k), "nsubj"), si)
				if t.Sentence.Words[k].XPOS == "NN" {
					eachPair, eachSentence = members, si
				}
				if kind == pairPeople {
					peoplePair, peopleSentence = members, si
				}
			}
		}
	}
}

// namedBetween: an actor other than a place ("in Istanbul") is named
// between offsets from and to of the sentence.
func (r *resolver) namedBetween(t *document.Tree, covering map[int]int, from, to int) bool {
	return slices.ContainsFunc(t.Sentence.Words, func(w document.Word) bool {
		a, named := covering[w.Start]
		return named && w.Start >= from && w.End <= to && r.actors[a].Kind != "place"
	})
}

// pairPhrase reports whether word k heads a phrase like "the two
// countries" or "both sides" that no actor holds yet, and what it
// refers to. "Both sides of the border" is a place, not two parties.
func (r *resolver) pairPhrase(t *document.Tree, k int, covering map[int]int) (pairKind, bool) {
	w := t.Sentence.Words[k]
	if _, named := covering[w.Start]; named {
		return 0, false
	}
	if strings.EqualFold(w.Form, "two") && w.UPOS == "NUM" && t.Rel(k) != "nummod" &&
		slices.ContainsFunc(t.Children(k), func(c int) bool { return t.Rel(c) == "det" && strings.EqualFold(t.Sentence.Words[c].Form, "the") }) &&
		len(t.ChildrenWith(k, "nmod")) == 0 {
		return pairAny, true // "after hosting the two", "where the two discussed regional security"
	}
	kind, ok := pairNouns[strings.ToLower(w.Lemma)]
	if ok && w.XPOS == "NN" && kind == pairSides && len(t.ChildrenWith(k, "nmod")) == 0 && slices.ContainsFunc(t.ChildrenWith(k, "det"), func(c int) bool {
		f := strings.ToLower(t.Sentence.Words[c].Form)
		return f == "each" || f == "either"
	}) {
		return kind, true // "Each side has blamed the other": one of the two named just before; not "either side of the debate"
	}
	if !ok || (w.XPOS != "NNS" && w.Form != "men") {
		return 0, false
	}
	if caseWord(t, k) == "on" && !calledOn(t, k) || len(t.ChildrenWith(k, "conj")) > 0 {
		return 0, false // "voters on both sides": of any divide; "both men and women"; but "called on both sides"
	}
	both, two, definite, owned := false, false, false, false
	for _, c := range t.Children(k) {
		cw := t.Sentence.Words[c]
		switch form := strings.ToLower(cw.Form); {
		case (t.Rel(c) == "det" || t.Rel(c) == "cc") && form == "both":
			both = true
		case t.Rel(c) == "nummod" && (form == "two" || form == "2"):
			two = true
		case t.Rel(c) == "det" && (form == "the" || form == "these" || form == "those"):
			definite = true // "the two countries", not "between two men"
		case cw.Rel == "nmod:poss":
			owned = true // "our two countries"; but "its neighbours" are not a pair named before
		case t.Rel(c) == "nmod" && caseWord(t, c) == "of":
			return 0, false
		}
	}
	// "the neighbours": two countries named together before, as "the two
	// countries" are.
	neighbours := definite && kind == pairCountries && strings.HasPrefix(strings.ToLower(w.Lemma), "neighbo")
	return kind, both || two && (definite || owned) || neighbours
}

// calledOn: the phrase at k is what "call on" calls on ("Malaysia called
// on both sides to exercise restraint").
func calledOn(t *document.Tree, k int) bool {
	h := t.Head(k)
	return h >= 0 && strings.EqualFold(t.Sentence.Words[h].Lemma, "call") && t.Sentence.Words[h].UPOS == "VERB"
}

// subjectPairOf: the phrase at k is the object of a verb whose subject
// names two actors together, whom the phrase then does not mean
// ("Colombia and Brazil have urged both sides to resolve the dispute").
func (r *resolver) subjectPairOf(t *document.Tree, k int, covering map[int]int) bool {
	h := t.Head(k)
	if h < 0 || t.Rel(k) != "obj" {
		return false
	}
	subjects := t.ChildrenWith(h, "nsubj")
	if len(subjects) == 0 && t.Rel(h) == "conj" && t.Head(h) >= 0 {
		subjects = t.ChildrenWith(t.Head(h), "nsubj") // "Cuba and Norway … expressed concern and urged both sides": the subject they share
	}
	for _, s := range subjects {
		if len(t.ChildrenWith(s, "conj")) == 0 {
			continue
		}
		if _, ok := covering[t.Sentence.Words[s].Start]; ok {
			return true
		}
	}
	return false
}

// pairPronoun adds "they", "them" or "their" at word k to the pair named
// together right before it ("Armenia and Azerbaijan signed the deal on
// Friday. They agreed to open transport links"), in its sentence or the
// one before, when nothing else plural comes between and it is not
// quoted, and reports whether it did. No other rule gives such a pronoun
// an actor: one country or body before it would have had it.
func (r *resolver) pairPronoun(t *document.Tree, k int, named []namedPair, covering map[int]int) bool {
	w := t.Sentence.Words[k]
	if _, known := covering[w.Start]; w.UPOS != "PRON" || pronouns[strings.ToLower(w.Form)] != "group" || known {
		return false
	}
	si := r.d.SentenceAt(w.Start)
	for n := len(named) - 1; n >= 0; n-- {
		p := named[n]
		if p.end > w.Start || p.hyphen {
			continue
		}
		if p.located || r.d.SentenceAt(p.end-1) < si-1 || r.pluralBetween(p, w.Start, covering) ||
			r.quoted(document.Span{Start: w.Start, End: w.End}) {
			return false // not "Cruz and Trump have used …, with Cruz promising to “carpet bomb them”"
		}
		r.addToPair(p.actors, document.Span{Start: w.Start, End: w.End})
		return true
	}
	return false
}

// pluralBetween: between the end of the pair and offset off, a plural
// noun or pronoun, or an actor other than the pair's, may be what a
// plural pronoun at off stands for.
func (r *resolver) pluralBetween(p namedPair, off int, covering map[int]int) bool {
	for si := r.d.SentenceAt(p.end - 1); si >= 0 && si < len(r.d.Sentences) && r.d.Sentences[si].Start < off; si++ {
		for _, w := range r.d.Sentences[si].Words {
			if w.Start < p.end || w.Start >= off {
				continue
			}
			if w.XPOS == "NNS" || w.XPOS == "NNPS" || w.UPOS == "PRON" && pronouns[strings.ToLower(w.Form)] == "group" ||
				strings.EqualFold(w.Form, "percent") || w.Form == "%" { // "21 percent said they"
				return true
			}
			if a, ok := covering[w.Start]; ok && a != p.actors[0] && a != p.actors[1] && r.actors[a].Kind != "place" {
				return true
			}
		}
	}
	return false
}

// coveringIndex maps the start of every word a mention holds to the
// mention's actor, as actorCovering finds it one word at a time (the
// first actor in order whose mention holds the word).
func (r *resolver) coveringIndex() map[int]int {
	index := map[int]int{}
	for i, a := range r.actors {
		for _, m := range a.Mentions {
			for si := r.d.SentenceAt(m.Start); si >= 0 && si < len(r.d.Sentences) && r.d.Sentences[si].Start < m.End; si++ {
				for _, w := range r.d.Sentences[si].Words {
					if _, taken := index[w.Start]; m.Start <= w.Start && w.End <= m.End && !taken {
						index[w.Start] = i
					}
				}
			}
		}
	}
	return index
}

// bareBoth: the word at k is "both" standing alone for two parties, as
// subject or object ("accused both of meddling", "both said").
func bareBoth(t *document.Tree, k int) bool {
	switch t.Rel(k) {
	case "nsubj", "obj", "iobj", "obl":
		w := t.Sentence.Words[k]
		return strings.EqualFold(w.Form, "both") && w.UPOS != "NOUN" && w.UPOS != "PROPN"
	}
	return false
}

// caseWord is the lower-cased preposition of the phrase at k, or "".
func caseWord(t *document.Tree, k int) string {
	for _, c := range t.ChildrenWith(k, "case") {
		return strings.ToLower(t.Sentence.Words[c].Form)
	}
	return ""
}

// phraseBefore spans the words of the phrase headed by k up to k itself:
// "the two countries", "Both sides", not a relative clause after them.
func phraseBefore(t *document.Tree, k int) document.Span {
	ws := t.Sentence.Words
	start := ws[k].Start
	for _, c := range t.ChildrenWith(k, "det", "nummod", "amod", "compound", "cc") {
		if c < k {
			start = min(start, ws[c].Start)
		}
	}
	return document.Span{Start: start, End: ws[k].End}
}

// namedPairs are the pairs of actors the text names together, in text
// order: two mentions of different actors other than places that only
// "and" separates ("Armenia and Azerbaijan", "Azerbaijani President
// Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan", "between
// Israel and the Hamas militant group") or a hyphen joins ("US-Iran
// talks"), not two of a longer list ("France, Germany and Britain").
// The words between the mentions decide, not the parse, which often
// misses such a coordination of two long names.
func (r *resolver) namedPairs() []namedPair {
	type mentionOf struct {
		span  document.Span
		actor int
	}
	var ms []mentionOf
	for i := range r.actors {
		if !r.pairMember(i) {
			continue
		}
		for _, m := range r.actors[i].Mentions {
			if _, pronoun := pronouns[strings.ToLower(r.d.Text[m.Start:m.End])]; !pronoun && r.d.Text[m.Start:m.End] != "I" {
				ms = append(ms, mentionOf{m, i}) // not "If my son were still in Iraq and I say"
			}
		}
	}
	slices.SortFunc(ms, func(a, b mentionOf) int { return a.span.Start - b.span.Start })
	var out []namedPair
	for n := 0; n+1 < len(ms); n++ {
		a, b := ms[n], ms[n+1]
		if a.actor == b.actor || b.span.Start < a.span.End {
			continue
		}
		between := r.d.Text[a.span.End:b.span.Start]
		if rest := r.d.Text[b.span.End:]; strings.HasPrefix(rest, "-") && !strings.HasPrefix(rest, "- ") {
			// "Congo's government and the Rwanda-backed M23": the
			// hyphened name modifies the second side, named after it.
			if n+2 >= len(ms) || !hyphenModifier(r.d.Text[b.span.End:ms[n+2].span.Start]) || ms[n+2].actor == a.actor {
				continue
			}
			b = ms[n+2]
		}
		switch {
		case between == " and " || between == " and the " || between == "-" || between == "–":
		case meetingWords[between] && r.actors[a.actor].Kind == "person" && r.actors[b.actor].Kind == "person":
			// "Ramaphosa met U.S. President Donald Trump …. The two
			// leaders agreed": two people who meet are a pair.
		default:
			continue
		}
		if n > 0 && ms[n-1].span.End <= a.span.Start {
			if sep := r.d.Text[ms[n-1].span.End:a.span.Start]; sep == ", " || sep == ", the " {
				continue // "France, Germany and Britain", "Saudi Arabia, the United Arab Emirates and Egypt"
			}
		}
		out = append(out, namedPair{actors: [2]int{a.actor, b.actor}, end: b.span.End, hyphen: !strings.Contains(between, "and"),
			located: r.after(a.span, placePrepositions), agents: r.after(a.span, []string{" by"})})
	}
	return out
}

// meetingWords join the names of two people who meet.
var meetingWords = map[string]bool{" met ": true, " meets ": true, " met with ": true, " meets with ": true, " held talks with ": true,
	" holds talks with ": true, " spoke with ": true, " speaks with ": true, " hosted ": true, " hosts ": true}

// hyphenModifier: the text between a name and the next one is a hyphen
// and a participle or adjective ("-backed ", "-led "), which makes the
// first name a modifier of the second.
func hyphenModifier(text string) bool {
	w, ok := strings.CutPrefix(text, "-")
	w, ok2 := strings.CutSuffix(w, " ")
	return ok && ok2 && w != "" && !strings.ContainsAny(w, " ,.;:") && strings.ToLower(w) == w
}

// after: the mention follows one of the prepositions, each written with
// the space before it, and maybe "the".
func (r *resolver) after(m document.Span, preps []string) bool {
	before := strings.ToLower(strings.TrimRight(r.d.Text[max(0, m.Start-8):m.Start], " "))
	before = strings.TrimSuffix(before, " the")
	return slices.ContainsFunc(preps, func(p string) bool { return strings.HasSuffix(before, p) })
}

// placePrepositions are the prepositions of place, each with the space
// before it.
var placePrepositions = []string{" in", " to", " into", " from", " at", " across", " near", " inside"}

// pairMember: actor i can be one of a pair: not a place, an outlet, an
// unnamed source or a pair itself.
func (r *resolver) pairMember(i int) bool {
	switch r.actors[i].Kind {
	case "place", "media", "anonymous":
		return false
	}
	return len(r.actors[i].Members) == 0
}

// lastPair is the two actors a phrase of the kind at offset off stands
// for: of the pairs named before it, the last that fits.
func (r *resolver) lastPair(named []namedPair, off int, kind pairKind) ([2]int, bool) {
	si := r.d.SentenceAt(off)
	for n := len(named) - 1; n >= 0; n-- {
		if named[n].end > off {
			continue
		}
		if r.d.SentenceAt(named[n].end-1) < si-pairReach {
			break // "the first time the two men spoke": two people named since, but not together
		}
		if members, ok := r.fit(named[n].actors, kind); ok {
			return members, true
		}
	}
	return [2]int{}, false
}

// mainPair is what "the two sides" stand for at offset off: the pair of
// parties named together most often before it, the first on a tie —
// the story's, named in its headline or lede ("Russia and US swap
// prisoners … He thanked the UAE and Saudi Arabia for their help and said
// the exchange would build trust between the two sides"), not the last
// pair named.
func (r *resolver) mainPair(named []namedPair, off int) ([2]int, bool) {
	count := map[[2]int]int{}
	var order [][2]int
	for _, p := range named {
		if p.end > off {
			break
		}
		members, ok := r.fit(p.actors, pairSides)
		if !ok || p.located || p.agents {
			continue
		}
		if count[unordered(members)] == 0 {
			order = append(order, members)
		}
		count[unordered(members)]++
	}
	// On a tie, not a pair with a body of states in it, which mediates
	// more often than it fights ("The African Union and the United
	// States urged Ethiopia and Eritrea to show restraint. Kenya offered
	// to host talks between the two sides").
	best, n := [2]int{}, 0
	for _, members := range order {
		if c := count[unordered(members)]; c > n || c == n && r.mediatorIn(best) && !r.mediatorIn(members) {
			best, n = members, c
		}
	}
	return best, n > 0
}

// mediatorIn: one of the pair is a body of states (an IGO).
func (r *resolver) mediatorIn(p [2]int) bool {
	return r.actors[p[0]].Sector == "IGO" || r.actors[p[1]].Sector == "IGO"
}

// unordered is a pair as a key that does not depend on its order.
func unordered(p [2]int) [2]int { return [2]int{min(p[0], p[1]), max(p[0], p[1])} }

// armedGroupNamed: the story names a rebel, insurgent or other armed
// group that is no state's.
func (r *resolver) armedGroupNamed() bool {
	return slices.ContainsFunc(r.actors, func(a *document.Actor) bool { return rebels(a) || a.Sector == "UAF" })
}

// rebels: the actor is a rebel or insurgent group, by its sector or its
// code.
func rebels(a *document.Actor) bool {
	return a.Sector == "REB" || a.Sector == "INS" || strings.HasSuffix(a.Code, "REB") || strings.HasSuffix(a.Code, "INS")
}

// stateAndRebels are the one armed group named before offset at and
// the state it fights, by its army or its name, named before too: a
// civil war's two sides. None when two armed groups are named, or the
// state is not.
func (r *resolver) stateAndRebels(at int) ([2]int, bool) {
	armed := -1
	for i, a := range r.actors {
		if len(a.Mentions) == 0 || a.Mentions[0].Start >= at || a.Kind != "organization" || a.Country == "" || !rebels(a) {
			continue
		}
		if armed >= 0 {
			return [2]int{}, false
		}
		armed = i
	}
	if armed < 0 {
		return [2]int{}, false
	}
	c := r.actors[armed].Country
	// "Sudan's army … the Rapid Support Forces": the state's armed body
	// when the story names one, the war's other side.
	army := -1
	for i, a := range r.actors {
		if a.Kind == "organization" && a.Country == c && a.Sector == "MIL" && len(a.Mentions) > 0 && a.Mentions[0].Start < at &&
			(army < 0 || len(a.Mentions) > len(r.actors[army].Mentions)) {
			army = i
		}
	}
	if army >= 0 {
		return [2]int{army, armed}, true
	}
	state, ok := r.countryNames()[c]
	if !ok || state == armed || !slices.ContainsFunc(r.actors[state].Mentions, func(m document.Span) bool {
		// Named as a state, by its name or capital, not only by a place
		// in it ("a truce in Gaza" names no Palestinian state that Hamas
		// fights).
		e, known := r.dict.Lookup(r.d.Text[m.Start:m.End])
		before := strings.ToLower(strings.TrimRight(r.d.Text[max(0, m.Start-12):m.Start], " "))
		placed := slices.ContainsFunc(placePrepositions, func(p string) bool { return strings.HasSuffix(before, p) })
		return m.Start < at && known && (e.Kind == "country" || e.Kind == "capital") && !placed
	}) {
		return [2]int{}, false
	}
	return [2]int{state, armed}, true
}

// twoMostNamedCountries are the two countries a story names most, when
// no pair is named together: "In the Iran case, the prisoner swap came
// when the two countries were reaching closure". Each must be named three
// times or more and a third country less often than the second. ("Both
// sides" are not so found: in a story of two countries they were as
// often two others, of a conflict named by demonyms.)
func (r *resolver) twoMostNamedCountries(byLeaders bool) ([2]int, bool) {
	first, second, third := -1, -1, 0
	// A country is named by its bodies too ("Cambodia's government",
	// "the Cambodian foreign ministry"), and, for "the two leaders", by
	// its leaders ("Kenyan President William Ruto"); not for "the two
	// nations", which an American leader quoted in passing is no side of.
	bodies := map[string]int{}
	named := r.countryNames()
	for i, a := range r.actors {
		if a.Kind != "country" && a.Kind != "place" && a.Country != "" && (a.Kind != "person" || byLeaders && a.Sector == "GOV") ||
			a.Kind == "country" && named[a.Country] != i { // "Ethiopians", beside "Ethiopia"
			bodies[a.Country] += len(a.Mentions)
		}
	}
	// And by its demonym before a thing ("an Indian claim", "Pakistani
	// fighter jets"), which is no actor.
	for c, n := range r.demonymsOfThings() {
		bodies[c] += n
	}
	count := func(i int) int { return len(r.actors[i].Mentions) + bodies[r.actors[i].Country] }
	for i, a := range r.actors {
		if a.Kind != "country" || named[a.Country] != i {
			continue
		}
		switch {
		case first < 0 || count(i) > count(first):
			if second >= 0 {
				third = max(third, count(second))
			}
			first, second = i, first
		case second < 0 || count(i) > count(second):
			if second >= 0 {
				third = max(third, count(second))
			}
			second = i
		default:
			third = max(third, count(i))
		}
	}
	if second < 0 || count(second) < 3 || third >= count(second) {
		return [2]int{}, false
	}
	if f, s := r.actors[first].Mentions, r.actors[second].Mentions; len(f) > 0 && len(s) > 0 && s[0].Start < f[0].Start {
		first, second = second, first // in the order the story names them
	}
	return [2]int{first, second}, true
}

// countryNames gives each country the actor that names it for the pair
// phrases: the one that goes by the country's own name ("Ethiopia", not
// "Ethiopians"), else the one with the most mentions, the first of
// equals. The others are the same side.
func (r *resolver) countryNames() map[string]int {
	best := map[string]int{}
	rank := func(i int) (bool, int) {
		e, ok := r.dict.Lookup(r.actors[i].Name)
		return ok && e.Kind == "country", len(r.actors[i].Mentions)
	}
	for i, a := range r.actors {
		if a.Kind != "country" {
			continue
		}
		b, seen := best[a.Country]
		if !seen {
			best[a.Country] = i
			continue
		}
		ownA, nA := rank(i)
		ownB, nB := rank(b)
		if ownA && !ownB || ownA == ownB && nA > nB {
			best[a.Country] = i
		}
	}
	return best
}

// demonymsOfThings counts, by country, the demonyms that modify things
// ("an Indian claim") or open a person's title ("Venezuelan President
// Nicolas Maduro"), not those of a body, counted with it. Counted once:
// resolving pairs names no new country.
func (r *resolver) demonymsOfThings() map[string]int {
	if r.thingDemonyms != nil {
		return r.thingDemonyms
	}
	covering := r.coveringIndex()
	count := map[string]int{}
	r.thingDemonyms = count
	for si := range r.d.Sentences {
		for _, w := range r.d.Sentences[si].Words {
			if w.UPOS != "ADJ" || w.Form == "" || w.Form[0] < 'A' || w.Form[0] > 'Z' {
				continue
			}
			if a, covered := covering[w.Start]; covered && r.actors[a].Kind != "person" {
				continue // counted with the body it names ("Indian forces")
			}
			if e, ok := r.dict.Lookup(w.Form); ok && e.Kind == "demonym" && e.Country != "" {
				count[e.Country]++
			}
		}
	}
	return count
}

// namedTogether: the text coordinated the pair's two before offset off.
func (r *resolver) namedTogether(named []namedPair, pair [2]int, off int) bool {
	return slices.ContainsFunc(named, func(p namedPair) bool { return p.end <= off && r.samePair(p.actors, pair) })
}

// passing: each actor of the pair is named once.
func (r *resolver) passing(pair [2]int) bool {
	return len(r.actors[pair[0]].Mentions) <= 1 && len(r.actors[pair[1]].Mentions) <= 1
}

// samePair: the two pairs hold the same actors, in any order.
func (r *resolver) samePair(a, b [2]int) bool {
	return a == b || a[0] == b[1] && a[1] == b[0]
}

// fit returns the members a pair gives a phrase of the kind: two people
// for "the two leaders"; two countries' actors for "the two countries"
// (the countries of two leaders named together too); anything but two
// people for "both sides".
func (r *resolver) fit(pair [2]int, kind pairKind) ([2]int, bool) {
	a, b := r.actors[pair[0]], r.actors[pair[1]]
	switch kind {
	case pairPeople:
		return pair, a.Kind == "person" && b.Kind == "person"
	case pairSides:
		return pair, a.Kind != "person" && b.Kind != "person"
	case pairAny:
		return pair, true
	}
	if a.Country == "" || b.Country == "" || a.Country == b.Country {
		return pair, false
	}
	ca, cb := r.countryActor(a.Country), r.countryActor(b.Country)
	return [2]int{ca, cb}, ca >= 0 && cb >= 0
}

// countryActor is the actor of the country with the code, or -1.
func (r *resolver) countryActor(code string) int {
	for i, a := range r.actors {
		if a.Kind == "country" && a.Country == code {
			return i
		}
	}
	return -1
}

// addToPair adds the span to the group actor of the two members, made
// the first time the pair is referred to.
// twoCountriesLeaders is what "the two leaders" stands for when no two
// people were named together before it: the last leader named of each of
// the story's two countries ("Thai Prime Minister Anutin Charnvirakul
// said … Cambodian Prime Minister Hun Manet urged Thailand to honour the
// agreement, which the two leaders signed").
func (r *resolver) twoCountriesLeaders(off int) ([2]int, bool) {
	main, found := r.twoMostNamedCountries(true)
	if !found {
		return [2]int{}, false
	}
	var leaders [2]int
	for side, c := range main {
		leaders[side] = -1
		last := -1
		for i, a := range r.actors {
			if a.Kind != "person" || a.Country != r.actors[c].Country || a.Sector != "GOV" {
				continue
			}
			for _, m := range a.Mentions {
				if m.End <= off && m.Start > last {
					leaders[side], last = i, m.Start
				}
			}
		}
		if leaders[side] < 0 {
			return [2]int{}, false
		}
	}
	return leaders, true
}

func (r *resolver) addToPair(members [2]int, span document.Span) {
	ids := []string{r.actors[members[0]].ID, r.actors[members[1]].ID}
	key := fmt.Sprintf("pair:%d", unordered(members))
	idx, ok := r.byName[key]
	if !ok {
		idx = len(r.actors)
		r.actors = append(r.actors, &document.Actor{ID: fmt.Sprintf("A%d", idx+1), Kind: "group", Members: ids,
			Name: r.actors[members[0]].Name + " and " + r.actors[members[1]].Name})
		r.byName[key] = idx
	}
	r.addSpan(idx, span)
}
