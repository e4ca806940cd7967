package attrib

import (
	"slices"
	"strings"

	"github.com/parley-news/parley/internal/document"
)

// anonymousNouns head descriptions of unnamed sources, those a war
// correspondent quotes unnamed among them ("witnesses told The
// Associated Press").
var anonymousNouns = setOf(`official officials source sources diplomat diplomats aide aides person people
	insider insiders spokesman spokeswoman spokesperson adviser advisers advisor advisors staffer staffers
	member members officer officers analyst analysts expert experts negotiator negotiators mediator mediators minister ministers
	lawmaker lawmakers senators legislators figure figures someone individual individuals authority authorities envoy envoys
	witness witnesses eyewitness eyewitnesses resident residents survivor survivors medic medics rescuer rescuers
	prosecutor prosecutors investigator investigators groups organizers organisers`)

// vagueWords make a source vague rather than anonymous.
var vagueWords = setOf(`some many others critics observers commentators experts analysts reports rumors
	rumours most few several everyone nobody anyone people`)

// backReferences stand, as pronouns do, for those named before.
var backReferences = setOf(`both each neither all`)

// hedges distance the text from a report.
var hedges = setOf(`reportedly allegedly purportedly supposedly apparently rumored rumoured claimed alleged`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// describe fills the source kind, the relaying outlet and the hedge of an
// attribution whose cue heads at word i of sentence view v.
func describe(d *document.Document, v *view, i int, a *document.Attribution) {
	if c := citedSource(v, i); c >= 0 && !a.Source.Empty() {
		// "The Wall Street Journal reported, citing Saudi officials,
		// that …": the officials speak, through the outlet; what they
		// said starts after the citing phrase.
		a.ReportedBySpan = a.Source
		if cite := v.Head(c); inSpan(v.word(cite), a.Source) && cite >= 2 {
			// The outlet alone, before the comma that opens the citing.
			a.ReportedBySpan.End = v.word(cite - 2).End
		}
		a.Source = v.phrase(c, v.Subtree(c, -1))
		if cited := v.phrase(v.Head(c), v.Subtree(v.Head(c), -1)); a.Content.Start <= cited.Start && cited.End < a.Content.End {
			start := cited.End
			for start < a.Content.End && strings.ContainsRune(" ,\n", rune(d.Text[start])) {
				start++
			}
			a.Content.Start = start
		}
		a.SourceKind = sourceKind(v, a.Source)
		a.Hedged = hedged(v, i)
		return
	}
	a.SourceKind = sourceKind(v, a.Source)
	if s := nearestSubject(v, i); s >= 0 && quotedSpeaker(v, s, i) {
		if ag := quotingAgent(v, i); ag >= 0 {
			a.ReportedBySpan = v.phrase(ag, withoutBy(v, v.Subtree(ag, -1))) // "was quoted as saying by Tasnim news agency"
		}
	} else if a.SourceKind != "named" && a.SourceKind != "pronoun" {
		// "Sources told Axios": an unnamed source speaks through the
		// outlet. A named one telling someone is just speaking to them.
		a.ReportedBySpan = reportedBy(v, i, a)
	}
	a.Hedged = hedged(v, i)
}

// citedSource is the source a report at i cites in a participle beside
// it ("reported, citing Saudi officials, that"), or -1: a name or an
// unnamed source's noun, not what a speaker gives as a reason ("Citing
// security concerns, sources told Axios").
func citedSource(v *view, i int) int {
	for c := range v.s.Words {
		// On the report, or on a word of it the parse hung it on
		// ("reported earlier, citing …", with "citing" on "earlier").
		// Or set off inside the report's subject, the outlet ("The Wall
		// Street Journal, citing unnamed U.S. officials, reported").
		h := v.Head(c)
		onSubject := h >= 0 && v.Head(h) == i && strings.HasPrefix(v.word(h).Rel, "nsubj") && h < c && c < i
		if v.lemma(c) != "cite" || v.word(c).XPOS != "VBG" || h != i && !onSubject && (h < 0 || v.Head(h) != i || universal(v.word(h).Rel) != "advmod") {
			continue
		}
		o := v.child(c, "obj")
		if o < 0 {
			continue
		}
		// A singular name ("citing Reuters"), not a people ("citing the
		// many Americans who had given up looking for work").
		if w := v.word(o); w.XPOS == "NNP" || anonymousNouns[strings.ToLower(w.Form)] || anonymousNouns[v.lemma(o)] {
			return o
		}
	}
	return -1
}

func sourceKind(v *view, src document.Span) string {
	if src.Empty() {
		return "none"
	}
	// The phrase's head: its word whose head lies outside it.
	head := -1
	for k := range v.s.Words {
		if !inSpan(v.word(k), src) {
			continue
		}
		if hd := v.Head(k); hd < 0 || !inSpan(v.word(hd), src) {
			head = k
			break
		}
	}
	if head < 0 {
		return "none"
	}
	// "One of the sources", "two of the officials": the part is of
	// the kind its whole is (but "One of the men, Jessie Elkins," is
	// named).
	part := head
	if w := v.word(head); w.UPOS == "NUM" || strings.EqualFold(w.Form, "one") {
		for _, c := range v.Children(head) {
			if universal(v.word(c).Rel) == "nmod" && v.word(c).UPOS != "PRON" && inSpan(v.word(c), src) && v.child(c, "case") >= 0 && strings.EqualFold(v.word(v.child(c, "case")).Form, "of") {
				head = c
				break
			}
		}
	}
	w := v.word(head)
	low := strings.ToLower(w.Form)
	// A capitalized word mid-sentence, or a lone capitalized word (no
	// determiner) at its start, is a name even when tagged otherwise:
	// the tagger learnt "trump" as a verb. A plural common noun is no
	// name there ("Residents said").
	lone := src.End-src.Start == len(w.Form) && w.XPOS != "NNS"
	named := w.UPOS == "PROPN" || (head > 0 || lone) && startsUpper(w.Form) && w.UPOS != "PRON" && !anonymousNouns[low]
	// "spokeswoman Haley Morris": a name in apposition or flat under the head.
	// (A new slice: the tree's lists of children are not to be grown.)
	children := v.Children(head)
	if part != head {
		children = slices.Concat(children, v.Children(part))
	}
	for _, c := range children {
		if r := universal(v.word(c).Rel); (r == "appos" || r == "flat") && v.word(c).UPOS == "PROPN" {
			named = true
		}
		// "Former prosecutor and New York City Mayor Rudy Giuliani":
		// two roles of the one person named after the second.
		if v.word(c).Rel == "conj" && v.word(c).UPOS == "PROPN" && w.XPOS == "NN" && v.child(head, "det") < 0 && v.child(head, "nmod:poss") < 0 {
			named = true
		}
	}
	switch {
	case w.UPOS == "PRON" && vagueWords[low]:
		return "vague"
	case w.UPOS == "PRON":
		return "pronoun"
	case (low == "people" || low == "person") && inTheKnow(v, head):
		return "anonymous" // "three people familiar with the matter", "a person briefed on the talks"
	case vagueWords[low] && w.UPOS != "PROPN":
		return "vague"
	case backReferences[low] && lone:
		return "pronoun" // "Both deny the charges": the two named before, no name
	case named:
		return "named"
	case (low == "minister" || low == "ministers") && definite(v, head):
		return "description" // "Spain's foreign minister", "the Turkish foreign minister": one office's holder
	case anonymousNouns[low]:
		return "anonymous"
	case vagueWords[low]:
		return "vague"
	}
	return "description"
}

// inTheKnow: the people at k are described by what they know ("familiar
// with the matter", "briefed on the talks", "with knowledge of the
// plans", "close to the negotiations"), the formula for an unnamed
// source, not people at large.
func inTheKnow(v *view, k int) bool {
	for _, c := range v.Children(k) {
		switch strings.ToLower(v.word(c).Lemma) {
		case "familiar", "brief", "knowledge", "close", "involve", "aware":
			return true
		}
	}
	return false
}

// definite: the noun at k has a possessor or "the" ("Spain's foreign
// minister", "the Turkish foreign minister"), not "a minister".
func definite(v *view, k int) bool {
	for _, c := range v.Children(k) {
		if r := v.word(c).Rel; r == "nmod:poss" || r == "det" && strings.EqualFold(v.word(c).Form, "the") {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}

// isNationality: "US officials" is anonymous even though "US" is proper.
func isNationality(form string) bool {
	switch form {
	case "US", "U.S.", "UK", "U.K.", "EU", "UN", "U.N.":
		return true
	}
	return false
}

// reportedBy finds who relays the source: the addressee of "told",
// "cited by X" or "published/reported by X" in the source or sentence.
func reportedBy(v *view, i int, a *document.Attribution) document.Span {
	switch v.lemma(i) {
	case "tell", "inform", "brief", "confirm":
		if o := v.child(i, "iobj", "obj"); o >= 0 && v.word(o).UPOS == "PROPN" {
			return v.phrase(o, v.Subtree(o, -1))
		}
	}
	// "Citing security concerns, sources told Axios …": a participle
	// that shares its head's speaker shares the outlet it told.
	if hd := v.Head(i); hd >= 0 && hd != i && (v.word(i).XPOS == "VBG" || v.word(i).XPOS == "VBN") && v.word(hd).UPOS == "VERB" {
		if span := reportedBy(v, hd, a); !span.Empty() {
			return span
		}
	}
	for k := range v.s.Words {
		if !relays[v.lemma(k)] {
			continue
		}
		if k == i && !a.Source.Empty() {
			continue
		}
		if ag := byAgent(v, k); ag >= 0 {
			return v.phrase(ag, withoutBy(v, v.Subtree(ag, -1)))
		}
		for _, c := range v.Children(k) {
			if universal(v.word(c).Rel) == "obl" && v.word(c).UPOS == "PROPN" {
				for _, cc := range v.Children(c) {
					if strings.EqualFold(v.word(cc).Form, "by") {
						return v.phrase(c, withoutBy(v, v.Subtree(c, -1)))
					}
				}
			}
		}
	}
	return document.Span{}
}

func hedged(v *view, i int) bool {
	for k := range v.s.Words {
		if hedges[strings.ToLower(v.word(k).Form)] && (k == i || v.Head(k) == i || v.Head(k) == v.Head(i) || hedges[v.lemma(i)]) {
			return true
		}
	}
	// "it was claimed that": a passive cue with no agent.
	return v.child(i, "nsubj:pass", "expl") >= 0 && v.child(i, "aux:pass") >= 0 && byAgent(v, i) < 0 ||
		hedges[strings.ToLower(v.word(i).Form)]
}
