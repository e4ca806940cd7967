package token

import "strings"

// abbreviations keep their final period as part of the token. The list
// holds titles, months, corporate suffixes and Latin shorthands common in
// news; initials and dotted acronyms ("U.S.", "p.m.") are recognised by
// shape instead.
var abbreviations = map[string]bool{}

func init() {
	for _, a := range strings.Fields(`mr mrs ms dr prof gen sen rep gov lt col capt sgt cpl adm maj
		brig cmdr pres amb rev fr hon st jr sr inc corp co ltd llc bros plc vs etc al approx est
		jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
		no nos vol fig figs ave blvd rd mt ft dept univ assn intl natl govt e.g i.e a.m p.m cf ca
		pp para sec art ch mins hrs min max tel ext oz lb lbs dist div est mfg mgr dir asst
		ariz calif colo conn fla ga ill ind kan ky la mass md mich minn miss mo mont neb nev okla
		ore pa tenn tex va vt wash wis wyo`) {
		abbreviations[a] = true
	}
}

// keepsPeriod reports whether a chunk ending in one period is an
// abbreviation whose period belongs to it.
func keepsPeriod(chunk string) bool {
	body := strings.TrimSuffix(chunk, ".")
	if body == "" {
		return false
	}
	if abbreviations[strings.ToLower(body)] {
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
