package actor

import (
	"slices"
	"strings"

	"github.com/parley-news/parley/internal/document"
)

// staffRoles are the roles whose holder serves whoever the role's
// possessor, "to" or "for" phrase or compound names: "Putin's spokesman",
// "an adviser to Supreme Leader Ayatollah Ali Khamenei", "the CIA
// director"; so do a body's officials, leaders, members and negotiators
// ("Osama Hamdan, a senior Hamas official,"). A lawyer or a campaign's
// manager serves no office.
var staffRoles = wordSet(`spokesman spokeswoman spokesperson adviser advisor aide envoy deputy director chief head counselor ` +
	`secretary commander representative ambassador chairman chairwoman chairperson official leader member negotiator`)

// staffOf gives a person named without a country the country, and the
// sector when none is known, of the office holder or body a staff role
// beside the name serves: "Putin's spokesman, Dmitry Peskov" and "Dmitry
// Peskov, Putin's spokesman," RUSGOV; "Netanyahu's spokesman Omer
// Dostri" ISRGOV; "The CIA director, John Ratcliffe," USAGOV.
func (r *resolver) staffOf() {
	for idx, a := range r.actors {
		if a.Kind != "person" || a.Country != "" {
			continue
		}
		for _, m := range a.Mentions {
			if served, former := r.servedBy(idx, m); served >= 0 {
				s := r.actors[served]
				a.Country = s.Country
				if a.Sector == "" && !former {
					a.Sector = s.Sector // not "Obama's former adviser", as not "Former President Bill Clinton"
				}
				break
			}
		}
		if a.Country == "" && len(a.Mentions) > 0 {
			// "ministry spokesperson Sun Li-fang" after "Taiwan's Defense
			// Ministry": the body a title names in lower case is the one
			// of that name told of before.
			for _, title := range a.Titles {
				title = strings.ToLower(title) // "Junta spokesman Col. Amadou Abdramane"
				if !staffBodies[title] {
					continue
				}
				if b := r.bodyNamedBefore(title, a.Mentions[0].Start); b >= 0 && r.actors[b].Country != "" {
					a.Country = r.actors[b].Country
					if a.Sector == "" {
						a.Sector = r.actors[b].Sector
					}
					break
				}
			}
		}
	}
}

// staffBodies are the bodies a staff title may name without their
// country ("ministry spokesperson", "army spokesman", "Junta spokesman").
var staffBodies = wordSet(`ministry army military police government junta`)

// servedBy is the actor the staff role beside the mention m of person
// idx serves, or -1: an office holder of government or army, or a body
// of a country; former tells that the role is no longer held.
func (r *resolver) servedBy(idx int, m document.Span) (served int, former bool) {
	si := r.d.SentenceAt(m.Start)
	if si < 0 {
		return -1, false
	}
	t := r.tree(si)
	ws := t.Sentence.Words
	for _, role := range rolesBeside(t, m) {
		if ws[role].UPOS != "NOUN" || !staffRoles[strings.ToLower(ws[role].Lemma)] ||
			slices.ContainsFunc(t.Children(role), func(c int) bool { return strings.EqualFold(ws[c].Form, "campaign") }) {
			continue
		}
		former := slices.ContainsFunc(t.Children(role), func(c int) bool { return pastRoles[strings.ToLower(ws[c].Form)] })
		for _, c := range t.Children(role) {
			switch rel := ws[c].Rel; {
			case rel == "nmod:poss", rel == "compound", t.Rel(c) == "nmod" && servingCase(t, role, c):
			default:
				continue
			}
			served := r.actorCovering(ws[c])
			if served < 0 && t.Rel(c) == "nmod" {
				served = r.possessorOf(t, c) // "a member of the group's political bureau": the group's
			}
			if served < 0 || served == idx {
				continue
			}
			switch s := r.actors[served]; {
			case s.Country == "" || s.Kind == "place" || s.Kind == "media":
			case s.Kind == "person" && s.Sector != "GOV" && s.Sector != "MIL":
			default:
				return served, former
			}
		}
	}
	return -1, false
}

// rolesBeside are the words that may name the role of the person named
// at m: its appositions, descriptions and compounds, and the noun it is
// an apposition of.
func rolesBeside(t *document.Tree, m document.Span) []int {
	head := spanHead(t, m)
	if head < 0 || t.Sentence.Words[head].UPOS != "PROPN" {
		return nil // a pronoun or a description
	}
	roles := t.ChildrenWith(head, "appos", "nmod:desc", "compound")
	if t.Rel(head) == "appos" && t.Head(head) >= 0 {
		roles = append(roles, t.Head(head))
	}
	return roles
}

// rolesCountries gives a person named without a country the country a
// role beside the name ties them to: a kin noun, the relative's country
// without an office ("Khan's wife, Bushra Bibi," is Pakistani as Imran
// Khan is; "His son Kasim Khan" as the man "his" stands for); else an
// office "whose" owns, the owning body's country and the office's sector
// ("the Salvadoran government, whose president, Nayib Bukele, had
// agreed" makes Bukele SLVGOV).
func (r *resolver) rolesCountries() {
	for _, a := range r.actors {
		if a.Kind != "person" || a.Country != "" {
			continue
		}
		for _, m := range a.Mentions {
			if c := r.relativesCountry(m); c != "" {
				a.Country = c
				break
			}
		}
		if a.Country != "" {
			continue
		}
		for _, m := range a.Mentions {
			if b, e, ok := r.whoseOffice(m); ok {
				a.Country = r.actors[b].Country
				if a.Sector == "" {
					a.Sector = e.Sector
				}
				break
			}
		}
	}
}

// relativesCountry is the country of the person a kin noun beside the
// mention m names through its possessive, or "".
func (r *resolver) relativesCountry(m document.Span) string {
	si := r.d.SentenceAt(m.Start)
	if si < 0 {
		return ""
	}
	t := r.tree(si)
	for _, role := range rolesBeside(t, m) {
		if _, kin := kinNouns[strings.ToLower(t.Sentence.Words[role].Lemma)]; !kin {
			continue
		}
		if i := r.possessorOf(t, role); i >= 0 && r.actors[i].Kind == "person" && r.actors[i].Country != "IGO" {
			return r.actors[i].Country
		}
	}
	return ""
}

// whoseOffice is the body with a country and the title of the office
// that a title beside the mention m, owned by "whose", names.
func (r *resolver) whoseOffice(m document.Span) (body int, title Entry, ok bool) {
	si := r.d.SentenceAt(m.Start)
	if si < 0 {
		return -1, Entry{}, false
	}
	t := r.tree(si)
	for _, role := range rolesBeside(t, m) {
		e, ok := r.dict.Lookup(strings.ToLower(t.Sentence.Words[role].Lemma))
		if !ok || e.Kind != "title" {
			continue
		}
		for _, w := range t.ChildrenWith(role, "nmod:poss") {
			ante := t.Antecedent(w)
			if !strings.EqualFold(t.Sentence.Words[w].Form, "whose") || ante < 0 {
				continue
			}
			if b := r.actorCovering(t.Sentence.Words[ante]); b >= 0 && r.actors[b].Country != "" && r.actors[b].Kind != "person" {
				return b, e, true
			}
		}
	}
	return -1, Entry{}, false
}

// possessorOf is the actor whose possessive owns the noun at k, or -1.
func (r *resolver) possessorOf(t *document.Tree, k int) int {
	for _, p := range t.ChildrenWith(k, "nmod:poss") {
		if i := r.actorCovering(t.Sentence.Words[p]); i >= 0 {
			return i
		}
	}
	return -1
}

// bodyNamedBefore is the organization named before off whose name ends
// in the noun ("Taiwan's Defense Ministry" for the "ministry" of a later
// "ministry spokesperson"), the last one named, or -1.
func (r *resolver) bodyNamedBefore(noun string, off int) int {
	best, at := -1, -1
	for i, a := range r.actors {
		if a.Kind != "organization" || !strings.HasSuffix(strings.ToLower(a.Name), " "+noun) {
			continue
		}
		for _, m := range a.Mentions {
			if m.End <= off && m.Start > at {
				best, at = i, m.Start
			}
		}
	}
	return best
}

// servingCase: the phrase at k is the "to", "for" or "of" phrase of the
// role at role that says whom it serves ("an adviser to Khamenei", "a
// spokesman for the ministry"); an ambassador's or envoy's "to" names
// the country they are sent to.
func servingCase(t *document.Tree, role, k int) bool {
	switch caseWord(t, k) {
	case "to":
		return !envoys[strings.ToLower(t.Sentence.Words[role].Lemma)]
	case "for", "of":
		return true
	}
	return false
}

// envoys are the envoys and missions a state sends to another or to a
// body, whose "to" names the host (see also sentTo); of them only the
// ambassador, envoy and representative are staff roles.
var envoys = wordSet(`ambassador envoy representative mission delegation embassy delegate`)

// pastRoles are the words that make a role one no longer held.
var pastRoles = wordSet(`former then late ex`)
