package token

import (
	"strings"
)

// abbreviations keep their final period as part of the token. The list
// holds titles, months, corporate suffixes and Latin shorthands common in
// news; initials and dotted acronyms ("U.S.", "p.m.") are recognised by
// shape instead.
var abbreviations = map[string]bool{}

func init() {
	for _, a := range strings.Fields(`mr mrs ms dr prof gen sen sens rep reps gov lt col capt sgt cpl adm maj
		brig cmdr pres amb rev fr hon st jr sr inc corp co ltd llc bros plc vs etc al approx est
		jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
		no nos vol fig figs ave blvd rd mt ft dept univ assn intl natl govt e.g i.e a.m p.m cf ca
		pp para sec art ch mins hrs min max tel ext oz lb lbs dist div est mfg mgr dir asst
		ariz calif colo conn fla ga ill ind kan ky la mass md mich minn miss mo mont neb nev okla
		ore pa tenn tex va vt wash wis wyo`) {
		abbreviations[a] = true
	}
}

// ambiguous abbreviations are also common words ("no", "sun", "miss") or
// rare outside references ("Fig. 3"): they keep their period only before a
// number.
var ambiguous = map[string]bool{}

func init() {
	for _, a := range strings.Fields(`no nos mar sun mon sat wash ind miss ill mass ore pa la ca est art
		sec min max fig figs vol mo ch al hon rev fr dir div dist para pp tel ext ft mt`) {
		ambiguous[a] = true
	}
}

// keepsPeriodBefore is keepsPeriod for a chunk followed by the character
// next (0 at the end of the text). Before a closing quote or bracket the
// period ends the sentence unless the chunk is an initial or acronym
// ("U.S.").
func keepsPeriodBefore(chunk string, next rune) bool {
	if !keepsPeriod(chunk) {
		return false
	}
	body := strings.TrimSuffix(chunk, ".")
	if len(body) == 1 && next == 0 {
		return false // "in a post on X." ends a paragraph: no initial does
	}
	if next == ',' || next == ';' {
		return true // no sentence ends on a comma: "Carthage, Ill., said"
	}
	if strings.ContainsRune("\"”’')]}»", next) {
		return strings.Contains(body, ".") || len(body) == 1 || partyState(body)
	}
	if ambiguous[strings.ToLower(body)] {
		return next >= '0' && next <= '9'
	}
	return true
}

// keepsPeriod reports whether a chunk ending in one period is an
// abbreviation whose period belongs to it.
func keepsPeriod(chunk string) bool {
	body := strings.TrimSuffix(chunk, ".")
	if body == "" {
		return false
	}
	if abbreviations[strings.ToLower(body)] || partyState(body) {
		return true
	}
	// Single initial: "J." in "Donald J. Trump".
	if len(body) == 1 && body[0] >= 'A' && body[0] <= 'Z' {
		return true
	}
	// Dotted acronyms: "U.S.", "p.m.", "e.g.", "U.S.A.".
	if strings.Contains(body, ".") {
		for _, part := range strings.Split(body, ".") {
			if len(part) == 0 || len(part) > 2 {
				return false
			}
		}
		return true
	}
	return false
}

// partyState: an American legislator's party and state, "R-Ill", "D-Calif"
// (the period comes after), whose state abbreviation keeps its period
// wherever it stands: "Sen. Mark Kirk (R-Ill.) said".
func partyState(body string) bool {
	party, state, ok := strings.Cut(body, "-")
	return ok && (party == "R" || party == "D" || party == "I") && abbreviations[strings.ToLower(state)]
}
