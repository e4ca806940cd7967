package event

import (
	"fmt"
	"strings"
	"time"

	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/petrarch"
)

// PetrarchCoder codes events with dictionaries in the PETRARCH/TABARI
// formats instead of parley's own: the verb and its patterns give the
// code, the actor and agent dictionaries give the codes of the two
// sides. Which words are the sides comes from parley's dependency parse,
// as PETRARCH 2 took it from a constituency parse; modality, date,
// location and attribution are read as parley's own coder reads them.
type PetrarchCoder struct {
	dict  *petrarch.Dictionaries
	codes *Lexicon // labels, quad classes and PLOVER types of CAMEO codes
	// NullTargets codes events that have a source but no target, with
	// the target ---, as PETRARCH does when require_dyad is off. They
	// are mostly statements ("a senior official said"); off by default.
	NullTargets bool
}

// NewPetrarchCoder returns a coder over the dictionaries; codes supplies
// the CAMEO labels (parley's built-in lexicon will do).
func NewPetrarchCoder(dict *petrarch.Dictionaries, codes *Lexicon) *PetrarchCoder {
	return &PetrarchCoder{dict: dict, codes: codes}
}

// Dictionaries are the dictionaries the coder codes with.
func (p *PetrarchCoder) Dictionaries() *petrarch.Dictionaries { return p.dict }

// petrarchTargetCases are the prepositions whose object PETRARCH may
// take as the target when no pattern binds one.
var petrarchTargetCases = set("with to against on for into toward towards from in at over upon by of about")

// Code fills d.Events, replacing what was there.
func (p *PetrarchCoder) Code(d *document.Document) {
	d.Events = d.Events[:0]
	if _, story := p.dict.Discards.Match(d.Text); story {
		return
	}
	actorAt := actorIndex(d)
	seen := map[string]bool{}
	var lastDate time.Time
	for si := range d.Sentences {
		s := &d.Sentences[si]
		if found, _ := p.dict.Discards.Match(d.Text[s.Start:s.End]); found {
			continue
		}
		date := sentenceDate(d, s, lastDate)
		if !date.t.IsZero() && date.p == day {
			lastDate = date.t
		}
		on := date.t
		if on.IsZero() {
			on = d.Published
		}
		sc := p.newSentence(s, on)
		for i, w := range s.Words {
			if !strings.HasPrefix(w.XPOS, "VB") {
				continue
			}
			lo, hi := sc.clause(i)
			m, ok := p.dict.Verbs.Verb(&sc.Sentence, i, strings.ToUpper(w.Lemma), lo, hi)
			if !ok || m.Code == "" {
				continue
			}
			for _, e := range sc.events(m, i) {
				ev := p.event(d, sc, e, si, i, actorAt)
				if !date.t.IsZero() {
					ev.Date, ev.DateText = date.p.format(date.t), date.text
				}
				if key := fmt.Sprintf("%s|%s|%s|%d", ev.CAMEO, ev.Source.Code, ev.Target.Code, ev.Evidence.Start); !seen[key] {
					seen[key] = true
					ev.ID = fmt.Sprintf("e%d", len(d.Events)+1)
					d.Events = append(d.Events, ev)
				}
			}
		}
	}
}

// petrarchSentence is a sentence as the PETRARCH coder sees it.
type petrarchSentence struct {
	petrarch.Sentence
	t      *tree
	day    time.Time
	agents []petrarch.AgentMatch
	lex    *Lexicon
	// requireDyad: code only events with both sides, as PETRARCH's
	// require_dyad option does.
	requireDyad bool
}

func (p *PetrarchCoder) newSentence(s *document.Sentence, day time.Time) *petrarchSentence {
	sc := &petrarchSentence{t: newTree(s), day: day, lex: p.codes, requireDyad: !p.NullTargets}
	sc.Words = make([]string, len(s.Words))
	for i, w := range s.Words {
		sc.Words[i] = strings.ToUpper(w.Form)
	}
	sc.Actors = p.dict.Actors.Find(sc.Words)
	sc.agents = p.dict.Agents.Find(sc.Words)
	return sc
}

// clause is the span of words a verb's patterns may look at: the verb's
// subtree, widened to the clause it completes ("is about to restore")
// and to its subject.
func (sc *petrarchSentence) clause(i int) (lo, hi int) {
	top := i
	for top >= 0 && (sc.t.Rel(top) == "xcomp" || sc.t.Rel(top) == "conj") && sc.t.Head(top) >= 0 {
		top = sc.t.Head(top)
	}
	words := sc.t.Subtree(top, -1)
	lo, hi = words[0], words[len(words)-1]+1
	for _, s := range sc.lex.sources(sc.t, i) {
		sub := sc.t.Subtree(s, -1)
		lo, hi = min(lo, sub[0]), max(hi, sub[len(sub)-1]+1)
	}
	return lo, hi
}

// side is one coded side of an event: its code and its words.
type petrarchSide struct {
	code       string
	head       int // the head word, for the evidence and parley's actor
	start, end int // words
}

type petrarchEvent struct {
	code           string
	source, target petrarchSide
}

// events turns a verb match into events: one per source and target (a
// compound gives one each), and for a code "A:B" a second event B the
// other way round ("left for Gondor": a visit, and Gondor hosting); a
// code ":B" gives the second alone.
func (sc *petrarchSentence) events(m petrarch.VerbMatch, i int) []petrarchEvent {
	var sources, targets []petrarchSide
	if m.Source >= 0 && !m.Compound {
		sources = sc.matchSide(m.Source)
	} else if sources = sc.sides(sc.lex.subjects(sc.t, i, true)); len(sources) == 0 {
		sources = sc.pronounSources(i)
	}
	if m.Target >= 0 {
		targets = sc.matchSide(m.Target)
	} else {
		targets = sc.targets(i, m.End)
	}
	code, back, _ := strings.Cut(m.Code, ":")
	var out []petrarchEvent
	if len(targets) == 0 && len(sources) == 1 && !sc.requireDyad {
		// A source without a target: PETRARCH's null target.
		targets = []petrarchSide{{code: petrarch.NullCode, head: -1}}
	}
	add := func(s, t petrarchSide) {
		if s.code == "" || t.code == "" || s.code == t.code {
			return
		}
		if code != "" {
			out = append(out, petrarchEvent{code: code, source: s, target: t})
		}
		if back != "" && !petrarch.IsNull(back) && t.code != petrarch.NullCode {
			out = append(out, petrarchEvent{code: back, source: t, target: s})
		}
	}
	if len(targets) == 0 && len(sources) > 1 && (m.Compound || len(sc.t.ChildrenWith(i, "obj", "obl")) == 0) {
		// "Gondor and Osgiliath met", or a pattern for a compound actor
		// ("- % * DIPLOMATIC"): each with the other. "Ithilen and Gondor
		// warned their populations" is no event between them.
		for _, s := range sources {
			for _, t := range sources {
				if s != t && code != "" {
					out = append(out, petrarchEvent{code: code, source: s, target: t})
				}
			}
		}
		return out
	}
	for _, s := range sources {
		for _, t := range targets {
			add(s, t)
		}
	}
	return out
}

// targets are the coded phrases that may be the verb's target: its
// objects, then the objects of its prepositions, then those hanging under
// its object ("restore ties with Gondor").
func (sc *petrarchSentence) targets(i, verbEnd int) []petrarchSide {
	t := sc.t
	var out []petrarchSide
	take := func(heads []int) {
		for _, h := range heads {
			for _, c := range conjuncts(t, h) {
				out = append(out, sc.side(c)...)
			}
		}
	}
	take(t.ChildrenWith(i, "obj", "iobj"))
	// "cordoned off the roads": a particle of a multi-word verb that the
	// parse made a preposition leaves the object an oblique.
	for _, o := range t.ChildrenWith(i, "obl") {
		for _, c := range t.ChildrenWith(o, "case") {
			if c > i && c < verbEnd {
				take([]int{o})
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	// "Eriador was opposed by Osgiliath": the passive subject (without
	// an agent it is the source; see subjects).
	if len(t.ChildrenWith(i, "aux:pass")) > 0 && byAgent(t, i) {
		if take(t.ChildrenWith(i, "nsubj:pass")); len(out) > 0 {
			return out
		}
	}
	var obliques []int
	for _, o := range t.ChildrenWith(i, "obl", "nmod") {
		if petrarchTargetCases[t.caseOf(o)] && o > i {
			obliques = append(obliques, o)
		}
	}
	for _, o := range t.ChildrenWith(i, "obj", "obl", "xcomp", "advcl") {
		if t.Rel(o) == "advcl" && (o < i || !purpose(t, o)) {
			continue
		}
		for _, n := range t.ChildrenWith(o, "nmod", "obl", "obj") {
			if petrarchTargetCases[t.caseOf(n)] || t.Rel(n) == "obj" {
				obliques = append(obliques, n)
			}
		}
	}
	for _, o := range obliques {
		if take([]int{o}); len(out) > 0 {
			return out
		}
	}
	// "Arnor believes Dagolath can cope": the subject of the complement.
	// Not a report that comes after what it reports ("…, a senior
	// official said"), which PETRARCH codes without a target.
	for _, x := range t.ChildrenWith(i, "ccomp") {
		if x > i {
			take(t.ChildrenWith(x, "nsubj"))
		}
	}
	return out
}

// purpose: an infinitive clause of purpose ("signed an accord to supply
// Gondor"), whose object the main verb's event may be about.
func purpose(t *tree, x int) bool {
	for _, m := range t.ChildrenWith(x, "mark") {
		if t.lemma(m) == "to" {
			return true
		}
	}
	return false
}

func (sc *petrarchSentence) sides(heads []int) []petrarchSide {
	var out []petrarchSide
	for _, h := range heads {
		out = append(out, sc.side(h)...)
	}
	return out
}

// matchSide is the side a pattern bound to an actor phrase, one per code
// of an actor with several ("THE_SHIRE [FRO/BIL/SAM]").
func (sc *petrarchSentence) matchSide(k int) []petrarchSide {
	a := sc.Actors[k]
	var out []petrarchSide
	for _, code := range strings.Split(a.Code(sc.day), "/") {
		out = append(out, petrarchSide{code: code, head: a.End - 1, start: a.Start, end: a.End})
	}
	return out
}

// pronounSources: a pronoun subject of a complement clause is the
// subject of the clause it completes ("Ethiopia indicated it would act").
func (sc *petrarchSentence) pronounSources(i int) []petrarchSide {
	t := sc.t
	heads := sc.lex.sources(t, i)
	if len(heads) != 1 || t.w(heads[0]).UPOS != "PRON" {
		return nil
	}
	k := i
	for k >= 0 && (t.Rel(k) == "xcomp" || t.Rel(k) == "conj") {
		k = t.Head(k)
	}
	if k < 0 || t.Rel(k) != "ccomp" || t.Head(k) < 0 {
		return nil
	}
	return sc.sides(sc.lex.sources(t, t.Head(k)))
}

// side codes the noun phrase headed by word h: its first actor phrase,
// with the codes of the agents in it ("Gondor's government" GONGOV, "MSF
// Arnor" NGOARN); an actor with conjuncts gives one side each ("the
// ambassadors of Arnor and Gondor" ARNGOV and GONGOV).
func (sc *petrarchSentence) side(h int) []petrarchSide {
	if h < 0 {
		return nil
	}
	in := map[int]bool{}
	var walk func(int)
	walk = func(k int) {
		in[k] = true
		for _, c := range sc.t.Children(k) {
			switch sc.t.Rel(c) {
			case "cc", "appos", "parataxis", "advcl", "punct", "ccomp", "dep":
				continue
			case "conj":
				if k == h {
					continue // a conjunct of the head is a side of its own
				}
			}
			if sc.t.w(c).Rel == "acl:relcl" {
				continue
			}
			walk(c)
		}
	}
	walk(h)
	inside := func(start, end int) bool {
		for k := start; k < end; k++ {
			if !in[k] {
				return false
			}
		}
		return true
	}
	// A dictionary name is one phrase even where the parse split it
	// ("activists of Amnesty International" with "International" hung
	// elsewhere): it belongs to the side its first word is in.
	var actors []int
	for k, a := range sc.Actors {
		if in[a.Start] && a.Code(sc.day) != "" {
			actors = append(actors, k)
		}
	}
	var before, after []string
	start, end := h, h+1
	if len(actors) > 0 {
		start, end = min(h, sc.Actors[actors[0]].Start), max(h+1, sc.Actors[actors[0]].End)
	}
	for _, g := range sc.agents {
		if !inside(g.Start, g.End) || overlaps(g.Start, g.End, actors, sc.Actors) {
			continue
		}
		if g.Agent.Before {
			before = append(before, g.Agent.Code)
		} else {
			after = append(after, g.Agent.Code)
		}
		start, end = min(start, g.Start), max(end, g.End)
	}
	if len(actors) == 0 {
		if len(before)+len(after) == 0 {
			return nil
		}
		// Agents alone: an actor of unknown country, as PETRARCH
		// writes it ("a senior official": ---GOV).
		return []petrarchSide{{code: withAgents(petrarch.NullCode, before, after), head: h, start: start, end: end}}
	}
	first := sc.Actors[actors[0]]
	// The first actor, and those conjoined with it.
	chosen := []petrarch.ActorMatch{first}
	conj := map[int]bool{}
	for k := first.Start; k < first.End; k++ {
		for _, c := range sc.t.ChildrenWith(k, "conj") {
			conj[c] = true
		}
	}
	for _, k := range actors[1:] {
		a := sc.Actors[k]
		for w := a.Start; w < a.End; w++ {
			if conj[w] {
				chosen = append(chosen, a)
				for _, c := range sc.t.ChildrenWith(w, "conj") {
					conj[c] = true
				}
				break
			}
		}
	}
	out := make([]petrarchSide, 0, len(chosen))
	for _, a := range chosen {
		// An actor with several codes is several actors.
		for _, code := range strings.Split(a.Code(sc.day), "/") {
			out = append(out, petrarchSide{code: withAgents(code, before, after), head: h,
				start: min(start, a.Start), end: max(end, a.End)})
		}
	}
	return out
}

func overlaps(start, end int, actors []int, all []petrarch.ActorMatch) bool {
	for _, k := range actors {
		if start < all[k].End && all[k].Start < end {
			return true
		}
	}
	return false
}

// withAgents adds agent codes to an actor's: "NGO~" before, "~GOV" after,
// each once.
func withAgents(code string, before, after []string) string {
	for _, c := range after {
		if !strings.Contains(code, c) {
			code += c
		}
	}
	for i := len(before) - 1; i >= 0; i-- {
		if !strings.HasPrefix(code, before[i]) {
			code = before[i] + code
		}
	}
	return code
}

// event builds the document's event from a coded one.
func (p *PetrarchCoder) event(d *document.Document, sc *petrarchSentence, e petrarchEvent, si, i int, actorAt map[int]*document.Actor) document.Event {
	w := sc.t.w(i)
	ev := document.Event{CAMEO: e.code, Sentence: si, Evidence: document.Span{Start: w.Start, End: w.End}}
	if len(e.code) >= 2 {
		ev.Root = e.code[:2]
	}
	if c, ok := p.codes.Lookup(e.code); ok {
		ev.Label, ev.QuadClass, ev.Goldstein, ev.PLOVER, ev.PLOVERMode, ev.PLOVERContext = c.Label, c.Quad, c.Goldstein, c.PLOVER, c.PLOVERMode, c.PLOVERContexts
	}
	ev.Negated = negated(sc.t, i, nil)
	ev.Mode = mode(sc.t, i, nil)
	ev.Location = location(d, sc.t, i, actorAt, violence[ev.Root])
	ev.Attribution = attributionOf(d, w)
	ev.Source, ev.Target = sc.eventActor(d, e.source, actorAt), sc.eventActor(d, e.target, actorAt)
	return ev
}

func (sc *petrarchSentence) eventActor(d *document.Document, s petrarchSide, actorAt map[int]*document.Actor) document.EventActor {
	if s.head < 0 {
		return document.EventActor{Code: s.code} // the null target: no words
	}
	words := sc.t.Sentence.Words
	ea := document.EventActor{Code: s.code, Start: words[s.start].Start, End: words[s.end-1].End}
	ea.Text = d.Text[ea.Start:ea.End]
	if a := actorAt[words[s.head].Start]; a != nil {
		ea.Actor = a.ID
	}
	return ea
}
