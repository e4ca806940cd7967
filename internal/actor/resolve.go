package actor

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/biter777/countries"
	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/nlp/lemma"
)

// mention is a span found in a sentence, before resolution.
type mention struct {
	span     document.Span
	sentence int
	name     string   // the name words, without titles
	titles   []string // titles and roles bound to the name
	country  string   // from a demonym or country name among the titles
	sector   string
	kind     string // name, pronoun, description
	subject  bool   // subject of its clause
	plural   bool
	thing    bool // "it", "its"
	word     int  // index of a pronoun in its sentence
	// afterPlacePrep: the name follows "in", "at", "to", "from" or "near";
	// located: not "from" ("pressure from Washington" is the government's).
	afterPlacePrep, located bool
	// region: a word for a part of a country follows the name ("the
	// Essequibo region").
	region bool
	// photographer: the name in a photo credit, "(AP Photo/Sam Haddad)".
	photographer bool
	// signer: the name that signs a quotation after a dash ("“…” ―
	// Sonya Herridge"), a person's unless the dictionary knows it.
	signer bool
	// honorific: the name follows "Mr.", "Mrs.", "Ms." or "Dr.", which
	// make it a person's and may tell the gender ('m', 'f' or 0).
	honorific bool
	// kin: the one-word name follows a word for a relative ("his
	// brother Freddy"), a first name the person's full name may follow.
	kin    bool
	gender byte
	// ofEnd and fullTitle: a description's "of" part and the title with
	// it, "Leader of the Islamic Revolution".
	ofEnd     int
	fullTitle string
	// headSubject: a word of the name other than the last is its
	// clause's subject ("Volodymyr" of "Volodymyr Zelenskiy"), or the
	// name is the speaker of "quoted … as saying", a subject as much.
	headSubject bool
	// leader: the name of a leader whose government the words after it
	// name ("Obama" in "the Obama administration"), read as the person.
	leader bool
}

// resolver holds the actors found so far in one document.
type resolver struct {
	dict   *Dictionary
	d      *document.Document
	actors []*document.Actor
	byName map[string]int // lower-cased name or surname -> actor index
	recent []int          // person actors by last mention, most recent last
	// lastSubject is the person last mentioned as a subject, in sentence
	// lastSubjectSentence; lastSubjectMain says it was the subject of
	// the sentence's main clause, which a subject of a clause inside it
	// does not replace ("Zelenskiy said Putin was afraid to meet him. He
	// urged …": Zelenskiy).
	lastSubject, lastSubjectSentence int
	lastSubjectMain                  bool
	// lastSpeaker is the person last named as a subject by a name whose
	// first word heads it ("Volodymyr Zelenskiy thanked the EU"), whom
	// "he" after a quotation in the next sentences continues; as with
	// lastSubject, a subject inside the main clause's report does not
	// replace the main one of its sentence.
	lastSpeaker, lastSpeakerSentence int
	lastSpeakerMain                  bool
	guessed                          map[int]bool // actors whose kind is a guess
	// describedAs is the person a bare role description ("the
	// president", no country) was last resolved to, by the role: the
	// story keeps calling its own president so after a foreign one is
	// named with his country ("Palestinian President Mahmoud Abbas").
	describedAs map[string]int
	// cities are the capitals named as places, by lower-cased name,
	// kept apart from byName and their countries' actors (see
	// capitalPlace).
	cities map[string]int
	// gender is what an honorific told of a person: 'm' or 'f'.
	gender map[int]byte
	// civilians are the people called "Mr.", "Mrs." or "Ms.", whom a
	// rank before their surname does not name ("Captain Khan", the son,
	// in a story of Mr. Khan, his father).
	civilians map[int]bool
	// thingDemonyms counts by country the demonyms that modify things
	// (see demonymsOfThings), once counted.
	thingDemonyms map[string]int
	// collectives are the mentions of countries and organisations, in
	// order, the antecedents "they" and "them" can have.
	collectives []collectiveMention
	trees       []*document.Tree // by sentence, built when a pronoun needs one
	// home is the country of the article's dateline, or "".
	home string
	// seatHome is the country of a dateline that is a body's seat
	// ("BRUSSELS"), home only if the story names it again.
	seatHome string
	// datelinePlace spans the place names of the article's dateline
	// ("TBILISI, Georgia"): where the story was filed, no actor.
	datelinePlace document.Span
	// homeless are the actors of bodies named without a country ("the
	// government") in a story with a dateline.
	homeless []int
	// titleCase: the sentence being read capitalizes most of its words
	// ("Iran Must Choose Peace Or War"), so a capital marks no name.
	titleCase bool
	// namedQuotes holds, by sentence, the quoted words after a verb of
	// naming (see namedInQuotes), found once a sentence.
	namedQuotes map[int][]document.Span
}

type collectiveMention struct {
	span  document.Span
	actor int
}

// Find fills d.Actors and links attribution sources to them.
func (dict *Dictionary) Find(d *document.Document) {
	r := &resolver{dict: dict, d: d, byName: map[string]int{}, lastSubject: -1, lastSpeaker: -1, guessed: map[int]bool{}, gender: map[int]byte{}, civilians: map[int]bool{},
		cities: map[string]int{}, describedAs: map[string]int{}}
	r.home = r.datelineCountry()
	city, _, place := r.dateline()
	r.datelinePlace = place
	if _, seat := dict.Seat(city); seat && city != "" {
		// "BRUSSELS (Reuters) - Hungary blocked a joint European Union
		// statement …": a story filed from a body's seat is the body's,
		// not about the seat's country unless it names it.
		r.seatHome, r.home = r.home, ""
	}
	signed := signedSources(d)
	for si := range d.Sentences {
		for _, m := range r.withSigners(si, r.mentions(si), signed) {
			r.resolve(m)
		}
	}
	if r.seatHome != "" && r.countryMentions()[r.seatHome] > 1 {
		r.home = r.seatHome // named beyond the dateline
	}
	r.organsOfBodies()
	r.anonymousSources()
	r.pronounsOfAnonymousSources()
	r.speakersArePeople()
	r.firstPersonInQuotes()
	r.relativePronouns()
	r.americanArticle()
	r.namedHolders()
	// Staff serve whom their role names before the home country claims
	// their rank ("Major General Song Yanchao, the deputy director of
	// China's Central Military Commission Office", in a story from
	// Washington), and again once home bodies have their country.
	r.staffOf()
	r.homeBodies()
	r.staffOf()
	r.rolesCountries()
	r.affiliations()
	r.mergeShortNames()
	r.mergeNationalBodies()
	r.mergeNationalForces()
	r.mergeEarlyAcronyms()
	r.mergeRolesIntoHolders()
	r.mergeHeadlineBodies()
	r.sharedSurnames()
	r.namesAfterRoles()
	r.firmsCountries()
	r.twoPhrases()
	d.Actors = d.Actors[:0]
	for _, a := range r.actors {
		a.Code = code(a)
		if a.Titles == nil {
			a.Titles = []string{}
		}
		d.Actors = append(d.Actors, *a)
	}
	r.linkSources()
	renumber(d)
}

// mergeShortNames gives a person named in full the mentions of an actor
// known by one word of that name and nothing else, found before the full
// name was ("Xi, Lula sign trade deals", then "Brazilian President Luiz
// Inacio Lula da Silva"): the one person, when one alone has the word as
// surname or as the name before a particle. The actor left without
// mentions is dropped by renumber.
func (r *resolver) mergeShortNames() {
	keys := map[string][]int{}
	for i, a := range r.actors {
		if a.Kind != "person" {
			continue
		}
		words := strings.Fields(a.Name)
		if len(words) < 2 {
			continue
		}
		last := foldName(surnameOf(words))
		keys[last] = append(keys[last], i)
		if bare := withoutArticle(last); bare != last {
			keys[bare] = append(keys[bare], i) // "Sharaa" in the headline, then "Ahmed al-Sharaa"
		}
		if key := nameBeforeParticle(words); key != "" {
			keys[key] = append(keys[key], i)
		}
	}
	for i, a := range r.actors {
		if strings.Contains(a.Name, " ") || a.Country != "" || a.Sector != "" || len(a.Titles) > 0 || a.Kind != "person" && a.Kind != "organization" {
			continue
		}
		full := keys[foldName(a.Name)]
		if len(full) != 1 || full[0] == i {
			continue
		}
		moveMentions(a, r.actors[full[0]])
	}
}

// mergeNationalBodies gives a body or group named with its country's
// demonym the mentions of the same one named with the country's name
// ("Kenya police fire tear gas" in the headline, then "Kenyan police
// fired"): one actor, known by the body's form.
func (r *resolver) mergeNationalBodies() {
	for _, a := range r.actors {
		first, rest, ok := strings.Cut(a.Name, " ")
		if !ok || a.Country == "" || a.Kind != "organization" && a.Kind != "group" {
			continue
		}
		if e, ok := r.dict.Lookup(first); !ok || e.Kind != "country" || e.Country != a.Country {
			continue // not "Kenya police"
		}
		for _, b := range r.actors {
			bFirst, bRest, ok := strings.Cut(b.Name, " ")
			if b == a || !ok || b.Country != a.Country || b.Sector != a.Sector || !strings.EqualFold(bRest, rest) || b.Kind != "organization" && b.Kind != "group" {
				continue
			}
			if e, ok := r.dict.Lookup(bFirst); ok && e.Kind == "demonym" && e.Country == a.Country {
				moveMentions(a, b)
				break
			}
		}
	}
}

// mergeNationalForces gives one actor the mentions of a country's armed
// forces named as its army and as its military ("Sudan's army and RSF
// agree …" in the headline, then "Sudan's military and the paramilitary
// Rapid Support Forces", "Army chief Gen. Abdel Fattah Burhan"): one
// body, known by the first name it is given with its country.
func (r *resolver) mergeNationalForces() {
	first := map[string]*document.Actor{}
	for _, a := range r.actors {
		if len(a.Mentions) == 0 || !r.nationalForce(a) {
			continue
		}
		f, ok := first[a.Country]
		switch {
		case !ok:
			first[a.Country] = a
		case !strings.Contains(f.Name, " ") && strings.Contains(a.Name, " "):
			moveMentions(f, a) // "the army", then "the Lebanese army": known by the name with its country
			first[a.Country] = a
		default:
			moveMentions(a, f)
		}
	}
}

// nationalForce: the actor is a country's army or military named so,
// alone or after the country's name or demonym ("Sudan's army", "the
// Israeli military", "Army"), not a branch or an armed group named
// otherwise ("Kachin Independence Army").
func (r *resolver) nationalForce(a *document.Actor) bool {
	if a.Kind != "organization" || a.Sector != "MIL" || a.Country == "" || a.Country == "IGO" {
		return false
	}
	words := strings.Fields(a.Name)
	if last := strings.ToLower(words[len(words)-1]); last != "army" && last != "military" || len(words) > 2 {
		return false
	}
	if len(words) == 1 {
		return true
	}
	e, ok := r.dict.Lookup(withoutPossessive(words[0]))
	return ok && (e.Kind == "country" || e.Kind == "demonym") && e.Country == a.Country
}

// mergeEarlyAcronyms gives a body whose acronym is defined in brackets
// after its name the mentions of an actor known by that acronym alone,
// found before the definition was: "Colombia suspends peace talks with
// ELN rebels" in the headline, then "the National Liberation Army (ELN)"
// (an acronym of the Spanish name, so the brackets alone define it).
func (r *resolver) mergeEarlyAcronyms() {
	for _, a := range r.actors {
		if a.Kind != "organization" || a.Country != "" || a.Sector != "" || len(a.Name) < 2 || strings.ToUpper(a.Name) != a.Name || strings.Contains(a.Name, " ") {
			continue
		}
		for _, b := range r.actors {
			if b != a && b.Kind == "organization" && strings.Contains(b.Name, " ") && r.definesAcronym(b, a) {
				moveMentions(a, b)
				break
			}
		}
	}
}

// definesAcronym: the acronym stands in brackets right after a mention
// of body.
func (r *resolver) definesAcronym(body, acronym *document.Actor) bool {
	for _, m := range slices.Concat(acronym.Mentions, body.Mentions) { // the bracketed one may be the body's already
		if r.d.Text[m.Start:m.End] != acronym.Name {
			continue
		}
		before := strings.TrimRight(r.d.Text[:m.Start], " ")
		if !strings.HasSuffix(before, "(") {
			continue
		}
		end := len(strings.TrimRight(before[:len(before)-1], " "))
		if slices.ContainsFunc(body.Mentions, func(b document.Span) bool { return b.End == end }) {
			return true
		}
	}
	return false
}

// mergeHeadlineBodies gives a body a headline names bare ("…, military
// says", "Junta says it foiled coup plot") the mentions of the one the
// story then names in full ("the Israeli military", "Niger's junta"):
// the headline's is that body, whatever country the dateline suggested.
func (r *resolver) mergeHeadlineBodies() {
	inHeadline := func(m document.Span) bool {
		si := r.d.SentenceAt(m.Start)
		return si >= 0 && r.d.InHeadline(&r.d.Sentences[si])
	}
	for _, a := range r.actors {
		name := strings.ToLower(a.Name)
		if a.Kind != "organization" && a.Kind != "group" || !homeInstitutions[name] || len(a.Mentions) == 0 ||
			slices.ContainsFunc(a.Mentions, func(m document.Span) bool { return !inHeadline(m) }) {
			continue
		}
		var full *document.Actor
		for _, b := range r.actors {
			if b == a || b.Kind != "organization" && b.Kind != "group" || !strings.EqualFold(lastWord(b.Name), name) || b.Name == a.Name ||
				len(b.Mentions) == 0 || inHeadline(b.Mentions[0]) {
				continue
			}
			if full != nil && full != b {
				full = nil // two bodies of that name: which one the headline means is not known
				break
			}
			full = b
		}
		if full != nil {
			moveMentions(a, full)
		}
	}
}

// sharedSurnames makes two people of a couple or siblings named with one
// surname ("Khizr and Ghazala Khan", "Bill and Hillary Clinton"), which
// the name finder read as a lone word (a body's name, or none) and a
// person: the first name alone is its bearer, who has the surname too.
// A surname alone after "Mr." or "Mrs." ("Mr. Khan said") is then the one
// of the two whose first name tells that sex.
func (r *resolver) sharedSurnames() {
	for si := range r.d.Sentences {
		ws := r.d.Sentences[si].Words
		for i := 0; i+4 <= len(ws); i++ {
			if ws[i].UPOS != "PROPN" || ws[i+1].Form != "and" || ws[i+2].UPOS != "PROPN" || ws[i+3].UPOS != "PROPN" || allCaps(ws[i].Form) ||
				i > 0 && (ws[i-1].UPOS == "PROPN" || ws[i-1].XPOS == "HYPH") || i+4 < len(ws) && ws[i+4].UPOS == "PROPN" {
				continue // not "Ros-Lehtinen and Carlos Curbelo", nor "JFK and Bill Clinton"
			}
			first := document.Span{Start: ws[i].Start, End: ws[i].End}
			full := document.Span{Start: ws[i+2].Start, End: ws[i+3].End}
			b := r.mentionedAt(full)
			if b < 0 || r.actors[b].Kind != "person" && !r.guessed[b] || r.inDictionary(ws[i].Form) || r.knownName(ws[i].Form) && r.mentionedAt(first) < 0 {
				continue
			}
			surname := ws[i+3].Form
			if strings.ContainsRune(ws[i].Form, '.') || landforms[strings.TrimSuffix(surname, "s")] {
				continue // "Mr. and Mrs. Khan", "Allen and Stanton Streets"
			}
			_, givenX := r.dict.Given(ws[i].Form)
			_, givenY := r.dict.Given(ws[i+2].Form)
			honorific := r.honorificSurname(surname)
			if !givenX && honorific < 0 || r.actors[b].Kind != "person" && !givenY && honorific < 0 {
				continue // "Chips Ahoy and Nilla Wafers"
			}
			a := r.mentionedAt(first)
			if a >= 0 && (len(r.actors[a].Mentions) > 1 || strings.Contains(r.actors[a].Name, " ") || r.actors[a].Kind == "place") {
				continue // "Trump and Kamala Harris", "Biden and Susan Rice": a name of its own
			}
			if named, ok := r.byName[foldName(ws[i].Form+" "+surname)]; ok && named != b && r.actors[named].Kind == "person" {
				// "Khizr and Ghazala Khan", with "Khizr Khan" named later:
				// that actor.
				if a >= 0 {
					moveMentions(r.actors[a], r.actors[named])
				} else {
					r.addSpan(named, first)
				}
				r.actors[b].Kind = "person"
				continue
			}
			if a < 0 {
				r.actors = append(r.actors, &document.Actor{ID: fmt.Sprintf("A%d", len(r.actors)+1), Mentions: []document.Span{first}})
				a = len(r.actors) - 1
			}
			r.actors[a].Name, r.actors[a].Kind = ws[i].Form+" "+surname, "person"
			if e, ok := r.dict.Lookup(r.actors[a].Name); ok && e.Kind == "person" {
				e = e.At(r.d.Published) // "Bill Clinton", a former president
				r.actors[a].Name, r.actors[a].Country, r.actors[a].Sector = e.Name, e.Country, e.Sector
			}
			r.actors[b].Kind = "person"
			delete(r.guessed, a)
			delete(r.guessed, b)
			if honorific >= 0 {
				r.giveBySex(honorific, a, b, ws[i].Form, ws[i+2].Form)
			}
		}
	}
}

// honorificSurname is the person actor named by a surname alone after
// an honorific that tells a sex ("Mr. Khan", whose sex addMention kept
// in r.gender), or -1.
func (r *resolver) honorificSurname(surname string) int {
	for i, a := range r.actors {
		if g := r.gender[i]; a.Kind == "person" && a.Name == surname && g != 0 {
			return i
		}
	}
	return -1
}

// giveBySex moves the mentions of the surname's actor h to whichever of
// a and b, first named firstA and firstB, its honorific's sex fits, when
// the first names tell it.
func (r *resolver) giveBySex(h, a, b int, firstA, firstB string) {
	want := r.gender[h]
	ga, givenA := r.dict.Given(firstA)
	gb, givenB := r.dict.Given(firstB)
	switch {
	case givenA && ga == want && !(givenB && gb == want), !givenA && givenB && gb != want && gb != 'b':
		moveMentions(r.actors[h], r.actors[a])
	case givenB && gb == want && !(givenA && ga == want), !givenB && givenA && ga != want && ga != 'b':
		moveMentions(r.actors[h], r.actors[b])
	}
}

// moveMentions gives actor to the mentions of actor from, in text order;
// from, left with none, is dropped by renumber.
func moveMentions(from, to *document.Actor) {
	to.Mentions = append(to.Mentions, from.Mentions...)
	slices.SortFunc(to.Mentions, func(x, y document.Span) int { return x.Start - y.Start })
	from.Mentions = nil
}

// mergeRolesIntoHolders gives a person named later with a title the
// mentions of the role that title names, found before the name was:
// "days after Taiwan's president vowed …", then "Taiwanese President Lai
// Ching-te". The holder is the one person of that country with that
// title; the role left without mentions is dropped by renumber.
func (r *resolver) mergeRolesIntoHolders() {
	role := func(a *document.Actor) bool {
		return a.Kind == "person" && a.Country != "" && len(a.Titles) == 1 && strings.HasSuffix(strings.ToLower(a.Name), strings.ToLower(a.Titles[0]))
	}
	for _, a := range r.actors {
		if !role(a) || len(a.Mentions) == 0 {
			continue
		}
		var holders []*document.Actor
		for _, p := range r.actors {
			if p != a && p.Kind == "person" && p.Country == a.Country && !role(p) && slices.ContainsFunc(p.Titles, func(t string) bool { return sameOffice(a.Titles[0], t) }) {
				holders = append(holders, p)
			}
		}
		if len(holders) != 1 {
			continue
		}
		moveMentions(a, holders[0])
	}
}

// sameOffice: a role's title names the holder's office ("PM", a
// headline's "Prime Minister"; "leader", a head of state or government).
func sameOffice(role, title string) bool {
	switch {
	case strings.EqualFold(role, title):
		return true
	case strings.EqualFold(role, "PM"):
		return strings.EqualFold(title, "Prime Minister")
	case strings.EqualFold(role, "leader"):
		return headsOfState[strings.ToLower(title)]
	}
	return false
}

// headsOfState are the offices a country's "leader" holds.
var headsOfState = wordSet(`president premier king emir chancellor`)

// namesAfterRoles gives the person a paragraph opens with, by bare name
// as the speaker, the mentions, country and title of the unnamed holder
// of an office who spoke in the sentence before: "…, Armenia's deputy
// prime minister said … Mher Grigoryan said commissions from both
// countries would meet", as wire copy names the speaker once the lead has
// given the office. The role left without mentions is dropped by
// renumber.
func (r *resolver) namesAfterRoles() {
	for _, p := range r.actors {
		if p.Kind != "person" || p.Country != "" || len(p.Titles) > 0 || len(p.Mentions) == 0 || !strings.Contains(p.Name, " ") {
			continue
		}
		m := p.Mentions[0]
		si := r.d.SentenceAt(m.Start)
		if si < 1 || r.d.Sentences[si].Words[0].Start != m.Start || !r.speaks(mention{span: m, sentence: si}) {
			continue
		}
		for _, a := range r.actors {
			if r.officeHolder(a) && r.d.SentenceAt(a.Mentions[0].Start) == si-1 && r.speaks(mention{span: a.Mentions[0], sentence: si - 1}) {
				p.Country, p.Sector, p.Titles = a.Country, a.Sector, append(p.Titles, officeOf(a.Name))
				moveMentions(a, p)
				break
			}
		}
	}
}

// officeOf is the office an unnamed holder's name gives after its
// possessive ("deputy prime minister").
func officeOf(name string) string {
	if k := strings.LastIndexAny(name, "'’"); k >= 0 {
		_, office, _ := strings.Cut(name[k:], " ")
		return office
	}
	return name
}

// officeHolder: the actor is an unnamed holder of one office, named once
// by its country's or body's possessive and its title ("Armenia's deputy
// prime minister", "the EU's envoy").
func (r *resolver) officeHolder(a *document.Actor) bool {
	// The parse that hangs the possessive on the title's head makes the
	// holder a person, still with no name: the office is all lower case.
	unnamed := a.Kind == "anonymous" || a.Kind == "person" && strings.ToLower(officeOf(a.Name)) == officeOf(a.Name)
	if !unnamed || a.Country == "" || len(a.Mentions) != 1 || !strings.Contains(a.Name, "'s ") && !strings.Contains(a.Name, "’s ") {
		return false
	}
	e, ok := r.dict.Lookup(lastWord(a.Name))
	return ok && e.Kind == "title"
}

// renumber drops the actors left without mentions (see mergeShortNames)
// and numbers the rest again, in the document and its attributions.
func renumber(d *document.Document) {
	ids := map[string]string{}
	kept := d.Actors[:0]
	for _, a := range d.Actors {
		if len(a.Mentions) == 0 {
			continue
		}
		id := fmt.Sprintf("A%d", len(kept)+1)
		ids[a.ID], a.ID = id, id
		kept = append(kept, a)
	}
	d.Actors = kept
	for i := range d.Actors {
		for k, id := range d.Actors[i].Members {
			d.Actors[i].Members[k] = ids[id]
		}
	}
	for i := range d.Attributions {
		at := &d.Attributions[i]
		at.Source.Actor, at.ReportedBySpan.Actor, at.ReportedBy = ids[at.Source.Actor], ids[at.ReportedBySpan.Actor], ids[at.ReportedBy]
		for k, id := range at.SourceActors {
			at.SourceActors[k] = ids[id]
		}
	}
}

// namedHolders gives a titled person of no known country the country of
// an unnamed holder of the title told of before ("China summoned Japan's
// ambassador ... Vice Foreign Minister Sun Weidong told ambassador Kenji
// Kanasugi"), when the earlier holders of the title are all of one
// country.
func (r *resolver) namedHolders() {
	for _, a := range r.actors {
		if a.Kind != "person" || a.Country != "" || len(a.Titles) == 0 || len(a.Mentions) == 0 {
			continue
		}
		country := ""
		for _, b := range r.actors {
			if b == a || b.Kind != "person" || b.Country == "" || len(b.Mentions) == 0 || b.Mentions[0].Start > a.Mentions[0].Start ||
				!slices.ContainsFunc(a.Titles, func(t string) bool { return strings.HasSuffix(strings.ToLower(b.Name), " "+strings.ToLower(t)) }) {
				continue
			}
			if country != "" && country != b.Country {
				country = ""
				break
			}
			country = b.Country
		}
		if country != "" {
			a.Country = country
		}
	}
}

// armedMen are the words for a state's armed men that an unnamed source
// may be ("The officers, who called themselves …, said").
var armedMen = wordSet(`officers soldiers troops commanders`)

// organsOfBodies gives an organization no dictionary codes the code of
// the international body whose possessive names it: "The U.N. nuclear
// watchdog's Board of Governors", "the IAEA's Board of Governors" are
// the agency's organ (IGO). A country's possessive, or a pronoun's that
// stands for one, gives it the country ("Pakistan denied any role. Its
// National Security Committee said …").
func (r *resolver) organsOfBodies() {
	for _, a := range r.actors {
		if a.Kind != "organization" || a.Country != "" || a.Sector != "" || len(a.Mentions) == 0 {
			continue
		}
		m := a.Mentions[0]
		si := r.d.SentenceAt(m.Start)
		if si < 0 {
			continue
		}
		t := r.tree(si)
		h := spanHead(t, m)
		if h < 0 {
			continue
		}
		for _, c := range t.ChildrenWith(h, "nmod:poss") {
			b := r.collectiveAt(t.Sentence.Words[c].Start)
			switch {
			case b < 0:
			case r.actors[b].Kind == "organization" && r.actors[b].Country == "IGO":
				a.Country, a.Sector = r.actors[b].Country, r.actors[b].Sector
			case r.actors[b].Kind == "country" && strings.Contains(a.Name, " "):
				a.Country = r.actors[b].Country // not "Brazil's Lula", a short name mergeShortNames gives the person
			}
		}
	}
}

// homeBodies gives the bodies of a state named without their country
// ("the Interior Ministry", "the Defense Ministry") the country of the
// article's dateline ("TBILISI, Georgia (AP) —"): a wire story names its
// own country's ministries so.
func (r *resolver) homeBodies() {
	if congresses[r.home] {
		for _, a := range r.actors {
			if a.Kind == "organization" && a.Name == "Congress" && a.Country == "USA" {
				// "He called on Congress to act" in a story from Guatemala
				// City: the home country's congress, not Washington's.
				a.Country = r.home
			}
		}
	}
	for _, a := range r.actors {
		if a.Kind != "organization" || a.Country != "" || !homeInstitutions[strings.ToLower(lastWord(a.Name))] {
			continue
		}
		for _, m := range a.Mentions {
			if c := r.placeCountryAfterIn(m.End); c != "" {
				a.Country = c // "the regime in Yerevan", "the government in Kabul", "the foreign ministry in Minsk"
				break
			}
		}
	}
	home := r.home
	if home == "" {
		for _, a := range r.actors {
			if unplacedBody(a) {
				a.Country = r.bodysPlace(a)
			}
		}
		r.homelessOfficials()
		return
	}
	count := r.countryMentions()
	mostNamed := mostNamedIn(count)
	subject := home
	if mostNamed != "" && count[mostNamed] >= 2*count[home] && !r.leadSubjectAtHome() {
		// "JEDDAH, Saudi Arabia (Reuters) - Sudan's army on Sunday
		// rejected …": a story filed from talks abroad is about the
		// country it names far more than the host, and "the army" is
		// that country's.
		subject = mostNamed
	}
	for idx, a := range r.actors {
		// "the government", "the interior ministry", and "Army" of a
		// headline's "Army and RSF delegations" that "the army" goes on.
		homeless := slices.Contains(r.homeless, idx) || a.Kind == "organization" && (homeInstitutions[strings.ToLower(a.Name)] || ministryOfField(a)) ||
			a.Kind == "person" && a.Country == "" && slices.ContainsFunc(a.Titles, homeBodyTitle) || // "foreign ministry spokeswoman Mao Ning"
			a.Kind == "person" && a.Country == "" && len(a.Titles) > 1 && slices.ContainsFunc(a.Titles, func(t string) bool { return homeInstitutions[strings.ToLower(t)] }) // "Government spokesman Amadou Coulibaly"
		if homeless && a.Country == "" && len(a.Mentions) > 0 {
			a.Country = r.itsCountry(a.Mentions[0].Start) // "Iran condemned …, its foreign ministry spokesman Nasser Kanaani said"
		}
		if homeless && a.Country == "" && a.Kind == "organization" && len(a.Mentions) > 0 {
			// "Canadian Agriculture Minister Heath MacDonald said the
			// government was disappointed", from Beijing: the government
			// an official speaks of is his own.
			a.Country = r.officialReportersCountry(a.Mentions[0])
		}
		if homeless && a.Country == "" && strings.EqualFold(lastWord(a.Name), "police") && len(a.Mentions) > 0 {
			// "In Nairobi, protesters clashed with police. Police fired
			// tear gas": the police of where the story is, in its
			// sentence or the one before, in a story from Kyiv.
			si := r.d.SentenceAt(a.Mentions[0].Start)
			if c := cmp.Or(r.placeCountryIn(si), r.placeCountryIn(si-1)); c != "" {
				a.Country = c
				continue
			}
		}
		if homeless && a.Country == "" && armedBodies[strings.ToLower(lastWord(a.Name))] && len(a.Mentions) > 0 {
			// "Israeli warplanes struck villages in southern Lebanon after
			// the military warned residents", from Beirut: the military of
			// the armed side its sentence names before it.
			if c := r.armedCountryBefore(a.Mentions[0], home); c != "" {
				a.Country = c
				continue
			}
		}
		if homeless && a.Country == "" && (subject == mostNamed || subject == home && len(a.Mentions) > 0 && r.homeNamedAt(a.Mentions[0], home)) {
			// "Pakistani security forces killed 30 militants …, the
			// military said" from Islamabad, in a story that names
			// Afghanistan more: the army of the country its sentence names.
			// So after the home state's body spoke ("Somalia's Foreign
			// Ministry accused Ethiopia … The government considers
			// Somaliland part of its territory" from Mogadishu).
			a.Country = subject
		}
		if homeless && a.Country == "" && strings.EqualFold(a.Name, "junta") {
			// "Niger's military rulers … A spokesman for the junta": the
			// junta of the country whose military rulers the story named.
			a.Country = r.militaryRulersCountry()
		}
	}
	for _, a := range r.actors {
		if unplacedBody(a) {
			a.Country = cmp.Or(r.bodysPlace(a), r.reportedCountry(a), home)
		}
		if a.Kind == "person" && a.Country == "" && slices.ContainsFunc(a.Titles, localTitle) {
			a.Country = home // "Regional governor Oleh Syniehubov" in a story from Kyiv
			// "… an oil refinery in Russia's Ryazan region, regional
			// governor Pavel Malkov said" in a story from Kyiv: the
			// governor of the place his sentence names, or the last
			// sentences before it ("Ukrainian drones hit an oil refinery
			// in Russia's Saratov region … Regional governor Roman
			// Busargin said debris had damaged buildings").
			if len(a.Mentions) > 0 {
				si := r.d.SentenceAt(a.Mentions[0].Start)
				for back := 0; back <= 3 && si-back >= 0; back++ {
					if c := r.placeCountryIn(si - back); c != "" {
						a.Country = c
						break
					}
				}
			}
		}
		stateRole := a.Kind == "person" && slices.ContainsFunc(a.Titles, nationalTitle) ||
			(a.Kind == "anonymous" || a.Kind == "group") && slices.ContainsFunc(strings.Fields(strings.ToLower(a.Name)), func(w string) bool {
				w = withoutPossessive(w) // "the government's top spokesman"
				return homeInstitutions[w] || armedBodies[w] || armedMen[w] || stateSides[w]
			})
		if stateRole && a.Kind == "person" && a.Country == "" && len(a.Mentions) > 0 {
			// "Pakistan denied any role. Its National Security Committee
			// said … Defense Minister Khawaja Asif told a local television
			// channel that Pakistan had nothing to do with the killings and
			// accused India …" from New Delhi: an office named without a
			// country, right after another state spoke, is that state's
			// when its own sentence names the state too.
			si := r.d.SentenceAt(a.Mentions[0].Start)
			if p := r.previousSubject(si); p >= 0 && r.actors[p].Kind != "person" {
				if c := r.actors[p].Country; c != "" && c != home && c != "IGO" && r.namedIn(si, c, false) {
					a.Country = c
				}
			}
		}
		if stateRole && a.Kind == "anonymous" && a.Country == "" {
			a.Country = r.reportedBodysCountry(a)
		}
		if stateRole && a.Kind == "person" && (a.Country == "" || a.Country == home && !r.nationalityInMentions(a)) {
			// "Japanese Foreign Minister Yoko Kamikawa and Defense
			// Minister Minoru Kihara": the nationality goes on to the
			// second title (which the story's home may have taken); not
			// to one with a nationality of its own ("South Korean
			// President Lee Jae-myung and Japanese Prime Minister Shigeru
			// Ishiba" from Tokyo).
			if c := r.coordinatedOfficialsCountry(a); c != "" {
				a.Country = c
				continue
			}
		}
		if stateRole && a.Kind == "person" && a.Country == "" {
			// "Ecuador's presidency said former Vice President Jorge Glas
			// had been convicted" in a story from Mexico City: the office
			// of the country whose body reports on its holder.
			a.Country = r.reportingBodysCountry(a)
		}
		if stateRole && a.Country == "" &&
			(home == mostNamed || subject == home && len(a.Mentions) > 0 && r.stateNamedAround(r.d.SentenceAt(a.Mentions[0].Start), home)) {
			// "Germany will resume deportations …, Interior Minister
			// Alexander Dobrindt said" in a story from Berlin that names
			// Afghanistan more: the minister of the country his sentence,
			// or the one before it, names. So for an unnamed spokesman of
			// the government or its officers ("Mali's military government
			// suspended two French broadcasters …, a government spokesman
			// said" from Bamako; "The officers … said" from Bissau).
			a.Country = home
		}
		if a.Kind == "person" && a.Country != "" && a.Country != home && count[home] > 0 && count[a.Country] == len(a.Mentions) &&
			slices.ContainsFunc(a.Titles, nationalTitle) && !r.nationalityInMentions(a) {
			// "Defence Minister Pedro Sanchez said" in a story from Bogota
			// that names no one and nothing else of Spain: a namesake of
			// the dictionary's office holder, a minister of the story's
			// country.
			a.Country = home
		}
	}
}

// homelessOfficials gives a national office holder named without a
// country, in a story with no country in its dateline ("UNITED NATIONS,
// Dec 1 (Reuters) - …the government of President Salva Kiir"), the
// country the story names far more than any other: at least three
// times, and twice as often as the next.
func (r *resolver) homelessOfficials() {
	count := r.countryMentions()
	top := mostNamedIn(count)
	second := 0
	for c, n := range count {
		if c != top {
			second = max(second, n)
		}
	}
	if top == "" || count[top] < 3 || count[top] < 2*second {
		return
	}
	for _, a := range r.actors {
		if a.Kind != "person" || a.Country != "" || a.Sector == "" || !slices.ContainsFunc(a.Titles, nationalTitle) || len(a.Mentions) == 0 {
			continue // not "Judicial Watch President Tom Fitton", a body's, not a state's
		}
		// Not one whose sentence names another country ("Mexico's
		// economy … President Peña Nieto"), whose office it may be.
		si := r.d.SentenceAt(a.Mentions[0].Start)
		if slices.ContainsFunc(r.actors, func(b *document.Actor) bool {
			return b.Kind == "country" && b.Country != top && slices.ContainsFunc(b.Mentions, func(m document.Span) bool {
				return r.d.SentenceAt(m.Start) == si || r.d.SentenceAt(m.Start) == si-1
			})
		}) {
			continue
		}
		a.Country = top
	}
}

// militaryRulersCountry is the country of the one military government
// the story names by its country ("Niger's military rulers", "Mali's
// military government", "Niger junta"), or "".
func (r *resolver) militaryRulersCountry() string {
	country := ""
	for _, a := range r.actors {
		name := strings.ToLower(a.Name)
		if a.Country == "" || !strings.Contains(name, "military rulers") && !strings.Contains(name, "military government") && !strings.HasSuffix(name, " junta") {
			continue
		}
		if country != "" && country != a.Country {
			return ""
		}
		country = a.Country
	}
	return country
}

// unplacedBody: the actor is a body of state named with no country ("the
// foreign ministry").
func unplacedBody(a *document.Actor) bool {
	words := strings.Fields(a.Name)
	return a.Kind == "organization" && a.Country == "" && a.Sector != "" && len(words) > 1 && bodyHead(words[len(words)-1])
}

// reportedCountry is the country whose act the body's first mention
// reports, beside or before it: "Colombia recalled its ambassador in
// Washington for consultations, the foreign ministry said" in a story
// from Washington is Colombia's ministry. "" when the reported clause's
// subject is no country.
func (r *resolver) reportedCountry(a *document.Actor) string {
	for _, i := range r.reportedSubjects(a) {
		if r.actors[i].Kind == "country" {
			return r.actors[i].Country
		}
	}
	return ""
}

// reportedBodysCountry is the country of the body whose act an unnamed
// source of the same kind of body reports: "Israel's foreign ministry
// rejected the accusation …, a ministry spokesman said" in a story from
// Bogota is Israel's. "" when the reported clause's subject is no such
// body.
func (r *resolver) reportedBodysCountry(a *document.Actor) string {
	words := strings.Fields(strings.ToLower(a.Name))
	sameKind := func(i int) bool {
		b := r.actors[i]
		return b.Kind == "organization" && b.Country != "" && bodyHead(lastWord(b.Name)) && slices.Contains(words, strings.ToLower(lastWord(b.Name)))
	}
	for _, i := range r.reportedSubjects(a) {
		if sameKind(i) {
			return r.actors[i].Country
		}
	}
	// Or the body that spoke in the sentence before: "Israel's foreign
	// ministry said the decision was meaningless … A ministry spokesman
	// said", in a story from Managua.
	if len(a.Mentions) > 0 {
		if i := r.previousSubject(r.d.SentenceAt(a.Mentions[0].Start)); i >= 0 && sameKind(i) {
			return r.actors[i].Country
		}
	}
	return ""
}

// reportingBodysCountry is the country of the body or state whose report
// first names the person a, when it is not the story's home country and
// the report's sentence names it; or "".
func (r *resolver) reportingBodysCountry(a *document.Actor) string {
	if len(a.Mentions) == 0 {
		return ""
	}
	m := a.Mentions[0]
	at, b := r.reportHolding(m)
	if at == nil || b < 0 || r.actors[b].Kind == "person" || r.actors[b].Kind == "anonymous" {
		return ""
	}
	c := r.actors[b].Country
	if c == "" || c == "IGO" || c == r.home || !r.namedIn(at.Sentence, c, true) {
		return ""
	}
	// Not when what is reported names another state's people or bodies
	// first: "Niger's military rulers have released the son of ousted
	// President Mohamed Bazoum, …, the Togolese government said" is
	// Niger's president.
	if slices.ContainsFunc(r.actors, func(o *document.Actor) bool {
		return o.Country != "" && o.Country != c && o.Country != "IGO" && o.Kind != "place" && o.Kind != "person" &&
			slices.ContainsFunc(o.Mentions, func(om document.Span) bool { return om.Start >= at.Content.Start && om.End <= m.Start })
	}) {
		return ""
	}
	return c
}

// officialReportersCountry is the country of the official whose report
// holds the mention m, or "".
func (r *resolver) officialReportersCountry(m document.Span) string {
	at, b := r.reportHolding(m)
	if at == nil || b < 0 || r.actors[b].Kind != "person" || r.actors[b].Sector != "GOV" || r.actors[b].Country == "IGO" {
		return ""
	}
	return r.actors[b].Country
}

// reportHolding is the first attribution with a source whose content
// holds the mention m, and the actor of that source (-1 for none); nil
// and -1 when no report holds m.
func (r *resolver) reportHolding(m document.Span) (*document.Attribution, int) {
	for i := range r.d.Attributions {
		at := &r.d.Attributions[i]
		if at.Content.Start > m.Start || m.End > at.Content.End || at.Source.Empty() {
			continue
		}
		return at, r.actorAt(at.Source)
	}
	return nil, -1
}

// subjectEnding is the tree of the sentence of span s and the word that
// ends s, when that word is a subject (nsubj); else k is -1.
func (r *resolver) subjectEnding(s document.Span) (t *document.Tree, k int) {
	si := r.d.SentenceAt(s.Start)
	if si < 0 {
		return nil, -1
	}
	t = r.tree(si)
	if k = t.Sentence.WordEnding(s.End); k < 0 || t.Rel(k) != "nsubj" {
		return t, -1
	}
	return t, k
}

// reportedSubjects are the actors that are subjects of the clause the
// actor's first mention reports, beside or before it ("…, the foreign
// ministry said"), or none when the mention is no subject of a verb of
// saying.
func (r *resolver) reportedSubjects(a *document.Actor) []int {
	if len(a.Mentions) == 0 {
		return nil
	}
	t, k := r.subjectEnding(a.Mentions[0])
	if k < 0 {
		return nil
	}
	v := t.Head(k)
	if v < 0 || !sayingVerbs[strings.ToLower(t.Sentence.Words[v].Lemma)] {
		return nil
	}
	c := -1
	if h := t.Head(v); h >= 0 && h < v && (t.Rel(v) == "parataxis" || t.Rel(v) == "conj") {
		c = h // "…, the foreign ministry said"
	} else if cs := t.ChildrenWith(v, "ccomp"); len(cs) > 0 && cs[0] < v {
		c = cs[0]
	}
	if c < 0 {
		return nil
	}
	var subjects []int
	for _, s := range t.ChildrenWith(c, "nsubj") {
		if i := r.actorCovering(t.Sentence.Words[s]); i >= 0 {
			subjects = append(subjects, i)
		}
	}
	return subjects
}

// bodysPlace is the country of the place a mention of the body puts it
// in ("the foreign ministry in Minsk", in a story from Brussels), or "".
func (r *resolver) bodysPlace(a *document.Actor) string {
	for _, m := range a.Mentions {
		if c := r.placeCountryAfterIn(m.End); c != "" {
			return c
		}
	}
	return ""
}

// armedCountryBefore is the country of a demonym that modifies an armed
// noun ("Israeli warplanes", "Russian troops") before the mention in its
// sentence, or "" for none or several; home when the mention is the
// subject of a report that closes the sentence ("Russian drones struck
// Kyiv, the military said" from Kyiv: the one reporting is the home's).
func (r *resolver) armedCountryBefore(m document.Span, home string) string {
	si := r.d.SentenceAt(m.Start)
	if si < 0 {
		return ""
	}
	t := r.tree(si)
	ws := t.Sentence.Words
	if h := spanHead(t, m); h >= 0 && t.Head(h) >= 0 && strings.HasPrefix(t.Rel(h), "nsubj") && sayingVerbs[strings.ToLower(ws[t.Head(h)].Lemma)] {
		// "Russian drones struck Kyiv, the military said": the one
		// reporting is the home's; not one whose report is inside the
		// strike ("Israeli jets struck what the military said were
		// Hezbollah depots"), the attacker's word for its targets.
		switch v := t.Head(t.Head(h)); {
		case v < 0:
			return home
		case v > t.Head(h):
			return ""
		}
	}
	country := ""
	for k := 0; k+1 < len(ws) && ws[k+1].End <= m.Start; k++ {
		e, ok := r.dict.Lookup(ws[k].Form)
		next := strings.ToLower(ws[k+1].Form)
		if (next == "fighter" || next == "war") && k+2 < len(ws) && ws[k+2].End <= m.Start {
			next = strings.ToLower(ws[k+2].Form) // "Israeli fighter jets", "Russian war planes"
		}
		if !ok || e.Kind != "demonym" || e.Country == "" || !armedNouns[next] {
			continue
		}
		if country != "" && country != e.Country {
			return ""
		}
		country = e.Country
	}
	return country
}

// armedBodies are the bodies a story names without their country that
// an armed side of another may own; armedNouns the nouns of that side.
var (
	armedBodies = wordSet(`military army`)
	armedNouns  = wordSet(`warplanes planes jets aircraft drones troops forces soldiers tanks artillery navy army military strikes airstrikes`)
)

// nationalityInMentions: a mention of the person names the person's
// country ("Ukrainian President Volodymyr Zelenskiy"), which the text,
// not the dictionary, gave.
func (r *resolver) nationalityInMentions(a *document.Actor) bool {
	for _, m := range a.Mentions {
		for _, w := range strings.FieldsFunc(r.d.Text[m.Start:m.End], func(c rune) bool { return c == ' ' || c == '-' }) {
			if e, ok := r.dict.Lookup(withoutPossessive(w)); ok && e.Country == a.Country && (e.Kind == "demonym" || e.Kind == "country") {
				return true
			}
		}
	}
	return false
}

// capitalAfterIn is the country whose capital "in" names right after
// offset end ("the government in Kabul"), by the dictionary: the capital
// comes later in the sentence than the body, so no actor has it yet.
func (r *resolver) capitalAfterIn(end int) string {
	rest, ok := strings.CutPrefix(r.d.Text[end:], " in ")
	if !ok {
		return ""
	}
	words := strings.FieldsFunc(rest, func(c rune) bool { return c == ' ' || c == ',' || c == '.' || c == '\n' })
	for n := min(3, len(words)); n > 0; n-- {
		if e, ok := r.dict.Lookup(strings.Join(words[:n], " ")); ok && e.Kind == "capital" {
			return e.Country
		}
	}
	return ""
}

// placeCountryAfterIn is the country of the place named by "in" right
// after offset end, or "".
func (r *resolver) placeCountryAfterIn(end int) string {
	rest := r.d.Text[end:]
	if !strings.HasPrefix(rest, " in ") {
		return ""
	}
	at := end + len(" in ")
	for _, a := range r.actors {
		if a.Kind == "place" && a.Country != "" && slices.ContainsFunc(a.Mentions, func(m document.Span) bool { return m.Start == at }) {
			return a.Country
		}
	}
	return ""
}

// placeCountryIn is the one country of the places named in sentence si
// ("Russia's Ryazan region"), or "" for none or several.
func (r *resolver) placeCountryIn(si int) string {
	if si < 0 {
		return ""
	}
	s := r.d.Sentences[si]
	country := ""
	for _, a := range r.actors {
		if a.Kind != "place" || a.Country == "" {
			continue
		}
		for _, m := range a.Mentions {
			if m.Start >= s.Start && m.End <= s.End {
				if country != "" && country != a.Country {
					return ""
				}
				country = a.Country
			}
		}
	}
	return country
}

// shipPrefixes give the navy a ship's name prefix says it is of.
var shipPrefixes = map[string]string{"USS": "USA", "HMS": "GBR", "HMCS": "CAN", "HMAS": "AUS", "HMNZS": "NZL", "INS": "IND"}

// familyNameFirst is the known person a one-word mention names by the
// family name written first, which may be a given name elsewhere when
// the mention's country is the person's.
func (r *resolver) familyNameFirst(m mention) (Entry, bool) {
	if e, ok := r.dict.FamilyNameFirst(m.name); ok {
		return e, true
	}
	e, ok := r.dict.FirstWordOf(m.name)
	if !ok || e.Country == "" {
		return e, false
	}
	return e, e.Country == cmp.Or(m.country, r.possessingCountry(m))
}

// possessingCountry is the country named in the possessive right before
// a mention ("South Korea's Lee"), or "".
func (r *resolver) possessingCountry(m mention) string {
	before := strings.TrimRight(r.d.Text[:m.span.Start], " ")
	for _, pos := range []string{"'s", "’s"} {
		if !strings.HasSuffix(before, pos) {
			continue
		}
		end := len(before) - len(pos)
		for _, a := range r.actors {
			if a.Kind == "country" && slices.ContainsFunc(a.Mentions, func(x document.Span) bool { return x.End == end }) {
				return a.Country
			}
		}
	}
	return ""
}

// leadSubjectAtHome: the subject of the sentence the dateline opens is
// of the dateline's country ("CHISINAU (AP) - Moldova expelled a Russian
// diplomat …"): the story is about its home, however often it names the
// country it accuses.
func (r *resolver) leadSubjectAtHome() bool {
	if r.datelinePlace.Empty() {
		return false
	}
	si := r.d.SentenceAt(r.datelinePlace.Start)
	if si < 0 {
		return false
	}
	// The dateline may be a sentence of its own.
	for _, sj := range []int{si, si + 1} {
		if sj >= len(r.d.Sentences) {
			break
		}
		t := r.tree(sj)
		for k, w := range t.Sentence.Words {
			if w.Head != 0 || w.UPOS != "VERB" {
				continue
			}
			// "BEIJING - China summoned Japan's ambassador …, the foreign
			// ministry said": a report's speaker without a country yet
			// leaves its content's subject to say.
			for _, v := range append([]int{k}, t.ChildrenWith(k, "ccomp", "parataxis")...) {
				for _, s := range t.ChildrenWith(v, "nsubj") {
					a := r.actorCovering(t.Sentence.Words[s])
					if a >= 0 && r.actors[a].Country == r.home {
						return true
					}
					if a < 0 || r.actors[a].Country != "" {
						return false
					}
				}
			}
			return false
		}
	}
	return false
}

// localTitle: a title of local office, whose holder a story datelined
// in a country is of that country's.
func localTitle(t string) bool {
	switch strings.ToLower(t) {
	case "governor", "regional governor", "gov.", "mayor", "police chief":
		return true
	}
	return false
}

// nationalTitle: a title of the state's own leaders and commanders. A wire
// story gives a foreign one his country ("French President Emmanuel
// Macron") and the story's own one none ("President Ali Bongo" in a story
// from Libreville); a story from talks abroad ("JEDDAH, Saudi Arabia" on
// Sudan's war) names other countries' so too.
func nationalTitle(t string) bool {
	switch t = strings.ToLower(t); t {
	case "president", "vice president", "prime minister", "general", "gen.", "colonel", "col.", "captain", "capt.", "major", "maj.",
		"lt. gen.", "maj. gen.", "brig. gen.", "lt. col.", "lieutenant general", "major general", "brigadier general",
		"senator", "sen.", "sens.", "representative", "rep.", "reps.", "speaker", "house speaker", "lawmaker", "legislator",
		"attorney general", "opposition leader", "opposition candidate", "opposition figure", "chief justice", "justice", "judge", "chief cabinet secretary", "cabinet secretary",
		"foreign secretary":
		return true
	}
	return strings.HasSuffix(t, " minister") && !strings.Contains(t, " of ")
}

// mostNamedCountry is the country whose actors the article names most
// often, or "" when two tie.
func (r *resolver) mostNamedCountry() string { return mostNamedIn(r.countryMentions()) }

// mostNamedIn is the country with the most mentions, or "" when two tie.
func mostNamedIn(count map[string]int) string {
	best, n, tie := "", 0, false
	for c, k := range count {
		switch {
		case k > n:
			best, n, tie = c, k, false
		case k == n:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// stateNamedIn: the country with the code, or a body of its government,
// armed forces or police, is named in sentence si ("Vice Foreign Minister Sun Weidong told …,
// China's foreign ministry said").
func (r *resolver) stateNamedIn(si int, code string) bool {
	return r.namedIn(si, code, false) || slices.ContainsFunc(r.actors, func(a *document.Actor) bool {
		// Its government, or its officials ("…, Ukrainian officials said"),
		// its military or police ("Moldovan police said …").
		return a.Country == code && (a.Kind == "organization" || a.Kind == "anonymous" || a.Kind == "group") && (a.Sector == "GOV" || a.Sector == "MIL" || a.Sector == "COP") &&
			slices.ContainsFunc(a.Mentions, func(m document.Span) bool { return r.d.SentenceAt(m.Start) == si })
	})
}

// coordinatedOfficialsCountry is the country of the titled official
// whose name the first mention of person a is coordinated with ("Japanese
// Foreign Minister Yoko Kamikawa and Defense Minister Minoru Kihara"), or
// "".
func (r *resolver) coordinatedOfficialsCountry(a *document.Actor) string {
	if len(a.Mentions) == 0 {
		return ""
	}
	m := a.Mentions[0]
	si := r.d.SentenceAt(m.Start)
	if si < 0 {
		return ""
	}
	t := r.tree(si)
	ws := t.Sentence.Words
	for _, w := range ws {
		if w.Start < m.Start || w.End > m.End {
			continue
		}
		if e, ok := r.dict.Lookup(w.Form); ok && (e.Kind == "demonym" || e.Kind == "country") {
			return "" // "… and Philippine Defense Secretary Gilberto Teodoro": a nationality of its own
		}
	}
	for k, w := range ws {
		if w.Start < m.Start || w.End > m.End || t.Rel(k) != "conj" {
			continue
		}
		h := t.Head(k)
		if h < 0 || ws[h].End > m.Start || k < 1 || !slices.ContainsFunc(t.ChildrenWith(k, "cc"), func(c int) bool { return ws[c].End <= m.Start }) {
			return ""
		}
		if b := r.actorCovering(ws[h]); b >= 0 && r.actors[b].Kind == "person" && len(r.actors[b].Titles) > 0 && r.actors[b].Country != "" {
			return r.actors[b].Country
		}
		return ""
	}
	return ""
}

// leadersGovernments are the governments named after their leader
// ("Trump administration officials").
var leadersGovernments = wordSet(`administration government regime`)

// homeNamedAt: the home country with the code, or any actor of it, is
// named in the sentence of mention m; or that sentence names no country
// and a body of the home government was the last sentence's subject.
func (r *resolver) homeNamedAt(m document.Span, code string) bool {
	si := r.d.SentenceAt(m.Start)
	if r.namedIn(si, code, true) {
		return true
	}
	if slices.ContainsFunc(r.actors, func(a *document.Actor) bool {
		return a.Kind == "country" && slices.ContainsFunc(a.Mentions, func(m document.Span) bool { return r.d.SentenceAt(m.Start) == si })
	}) {
		return false // "Colombia recalled its ambassador …, the foreign ministry said": another's
	}
	p := r.previousSubject(si)
	return p >= 0 && r.actors[p].Country == code && r.actors[p].Kind == "organization" && r.actors[p].Sector == "GOV"
}

// stateNamedAround: the state with the code is named in sentence si or
// the one before it ("Venezuela recalled its ambassador to Guyana. …
// Foreign Minister Yvan Gil said in a statement that Georgetown had …").
func (r *resolver) stateNamedAround(si int, code string) bool {
	return r.stateNamedIn(si, code) || si > 0 && r.stateNamedIn(si-1, code)
}

// namedIn: an actor of the country with the code is named in sentence
// si, outside the dateline: the country itself ("Germany will resume
// …"), or, with anyKind, any actor of it ("Pakistani security forces").
func (r *resolver) namedIn(si int, code string, anyKind bool) bool {
	return slices.ContainsFunc(r.actors, func(a *document.Actor) bool {
		return a.Country == code && (a.Kind == "country" || anyKind && a.Kind != "place") && slices.ContainsFunc(a.Mentions, func(m document.Span) bool {
			return r.d.SentenceAt(m.Start) == si && (m.End <= r.datelinePlace.Start || m.Start >= r.datelinePlace.End)
		})
	})
}

// countryMentions counts the mentions of each country's actors.
func (r *resolver) countryMentions() map[string]int {
	count := map[string]int{}
	for _, a := range r.actors {
		if a.Country != "" && a.Country != "IGO" {
			count[a.Country] += len(a.Mentions)
		}
	}
	return count
}

// dateline matches the place a wire story's first paragraph opens with:
// "KYIV, Ukraine (AP) —", "BEIJING (Reuters) -", "CAIRO —", "NEW
// DELHI/ISLAMABAD (Reuters) -".
// The region has no digits; a date may follow it ("BRASILIA, Sept 11,
// 2025 (AP) —", "TBILISI, Georgia, Oct 3 (Reuters) -", "GENEVA, 3
// March 2025 -").
var dateline = regexp.MustCompile(`^([A-Z][A-Z.' -]*[A-Z.])(/[A-Z][A-Z.' -]*[A-Z.])?(?:, ([A-Z][A-Za-z. ]*[A-Za-z.]))??` +
	`(?:,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]+(?:,? \d{4})?))?\s*(?:\([A-Za-z ]+\))?\s*[—–-]`)

// insideHyphenedDateline: m is a piece of a hyphened word of the
// dateline ("AU" and "PRINCE" of "PORT-AU-PRINCE").
func (r *resolver) insideHyphenedDateline(m mention) bool {
	p := r.datelinePlace
	if p.Empty() || m.span.Start < p.Start || m.span.End > p.End {
		return false
	}
	return m.span.Start > p.Start && r.d.Text[m.span.Start-1] == '-' || m.span.End < p.End && r.d.Text[m.span.End] == '-'
}

// datelineCountry is the country of the article's dateline, or "".
func (r *resolver) datelineCountry() string {
	city, region, _ := r.dateline()
	for _, name := range []string{region, city} {
		if e, ok := r.dict.Lookup(name); ok && name != "" && (e.Kind == "country" || e.Kind == "capital" || e.Kind == "place") && e.Country != "" {
			return e.Country
		}
	}
	return ""
}

// dateline reads the dateline that opens the article's first paragraph:
// its city and region ("TBILISI", "Georgia" in "TBILISI, Georgia (Reuters)
// -") and the span of both; empty when the first paragraph opens with
// none.
func (r *resolver) dateline() (city, region string, span document.Span) {
	for _, p := range r.d.Parts {
		if p.Kind != document.Paragraph {
			continue
		}
		text := r.d.Text[p.Start:p.End]
		m := dateline.FindStringSubmatchIndex(text)
		if m == nil {
			return "", "", document.Span{}
		}
		city, end := text[m[2]:m[3]], m[3]
		if m[4] >= 0 {
			end = m[5] // "NEW DELHI/ISLAMABAD": both cities are where it was filed
		}
		if m[6] >= 0 {
			region, end = text[m[6]:m[7]], m[7]
		}
		return city, region, document.Span{Start: p.Start + m[2], End: p.Start + end}
	}
	return "", "", document.Span{}
}

// americanArticle reads US news as such. Georgia is the US state in an
// article that names more places in the USA than other countries
// ("Clinton won Alabama, Georgia and Texas"), not the country it is in one
// that lists it with others ("Albania, Azerbaijan, Cyprus, Georgia").
// Republicans and Democrats are the members of the US parties in one whose
// actors are more often American than not, not of Ireland's or Sweden's.
func (r *resolver) americanArticle() {
	usPlaces, foreign, us, other := 0, 0, 0, 0
	countries := map[string]bool{}
	for _, a := range r.actors {
		if a.Kind == "country" {
			countries[a.Country] = true
		}
	}
	city := map[int]bool{}
	for _, idx := range r.cities {
		city[idx] = true
	}
	for i, a := range r.actors {
		if city[i] {
			// A capital counts as its country did when it was one actor
			// with it.
			if countries[a.Country] {
				continue
			}
			countries[a.Country] = true
		}
		switch {
		case a.Kind == "place" && a.Country == "USA":
			usPlaces++
		case a.Kind == "country" && a.Country != "USA" && a.Country != "GEO":
			foreign++
		}
		switch a.Country {
		case "USA":
			us++
		case "", "GEO":
		default:
			other++
		}
	}
	for _, a := range r.actors {
		switch {
		case a.Kind == "country" && a.Country == "GEO" && a.Name == "Georgia" && usPlaces > foreign:
			a.Kind, a.Country, a.Sector = "place", "USA", ""
		case a.Kind == "group" && a.Country == "" && (a.Name == "Republicans" || a.Name == "Democrats") && us > other:
			a.Country, a.Sector = "USA", "PTY"
		case a.Kind == "organization" && a.Country == "USA" && (a.Name == "Democratic Party" || a.Name == "Republican Party") && other > us:
			// "The main opposition Democratic Party called on Yoon to
			// resign" in a story from Seoul: the party of the country the
			// story names most, not America's.
			if home := r.mostNamedCountry(); home != "" && home != "USA" && r.home != "USA" {
				a.Country = home
			}
		}
	}
}

var pronouns = map[string]string{"he": "person", "him": "person", "his": "person", "she": "person", "her": "person",
	"they": "group", "them": "group", "their": "group", "it": "thing", "its": "thing"}

// signedSources are the sources of the quotations signed with a dash
// ("“…” ― Sonya Herridge"), by the sentence of their dash.
func signedSources(d *document.Document) map[int][]document.Span {
	var out map[int][]document.Span
	for _, at := range d.Attributions {
		if !at.Source.Empty() && document.IsSigningDash(d.Text[at.Cue.Start:at.Cue.End]) {
			if out == nil {
				out = map[int][]document.Span{}
			}
			out[at.Sentence] = append(out[at.Sentence], at.Source)
		}
	}
	return out
}

// withSigners adds to the mentions of sentence si the names that sign
// a quotation in it where the tagger saw none ("- Sanders." tagged as a
// word that goes with the dash), in the text's order.
func (r *resolver) withSigners(si int, ms []mention, signed map[int][]document.Span) []mention {
	if len(signed[si]) == 0 {
		return ms
	}
	for _, src := range signed[si] {
		if !slices.ContainsFunc(ms, func(m mention) bool { return m.span.Start < src.End && src.Start < m.span.End }) {
			ms = append(ms, mention{span: src, sentence: si, name: r.d.Text[src.Start:src.End], kind: "name", signer: true})
		}
	}
	slices.SortStableFunc(ms, func(a, b mention) int { return a.span.Start - b.span.Start })
	return ms
}

// mentions finds names (with the titles before them), pronouns and role
// descriptions in sentence si.
func (r *resolver) mentions(si int) []mention {
	s := &r.d.Sentences[si]
	ws := s.Words
	r.titleCase = titleCased(ws)
	var out []mention
	for i := 0; i < len(ws); {
		w := ws[i]
		if kind, ok := pronouns[strings.ToLower(w.Form)]; ok && w.UPOS == "PRON" && !r.surnameHe(ws, i) {
			out = append(out, mention{span: document.Span{Start: w.Start, End: w.End}, sentence: si, kind: "pronoun",
				name: strings.ToLower(w.Form), subject: strings.HasPrefix(w.Rel, "nsubj"), plural: kind == "group",
				word: i, thing: kind == "thing"})
			i++
			continue
		}
		if m, n := r.unnamedRole(si, ws, i); n > 0 {
			out = append(out, m)
			i += n
			continue
		}
		j := r.nameEnd(ws, i)
		if r.titleCase && j-i > 1 && !r.known(w.Form) && !r.givenFirst(formsFrom(ws, i, j-i)) && !r.known(joinForms(ws[i:j])) &&
			r.known(joinForms(ws[i+1:j])) {
			i++ // "[Donald Trump] Praises Breitbart": the verb before a known name, not "Matt Moore"
			continue
		}
		// A sentence's first word, or the first after a rubric's colon
		// ("Exclusive: Saudi Arabia and Iran held …") or a quotation
		// ("“…,” Foreign Minister Gedion Timothewos wrote").
		opening := i == 0 || i >= 2 && ws[i-1].Form == ":" && ws[i-2].UPOS != "NUM" ||
			i >= 2 && document.IsQuote(ws[i-1].Form) && quoteEnders[ws[i-2].Form]
		if j == i && opening && r.known(w.Form) {
			j = max(r.nameEnd(ws, i+1), i+1) // "Trump welcomed": a known name tagged as a verb
		} else if j == i && opening && len(ws) > i+1 {
			// "Red Cross officials", "Arab League Secretary-General …",
			// "Prime Minister Keir Starmer said": a known name, or a title
			// before a name, whose first word the tagger did not take for
			// a name starts the run.
			k := r.nameEnd(ws, i+1)
			for p := i + 2; p <= k; p++ {
				if r.known(joinForms(ws[i:p])) || p < k && r.isTitle(joinForms(ws[i:p])) {
					j = k // "Arab League Secretary-General Chedli Klibi"
					break
				}
			}
			if k := r.knownCapitalRun(ws, i); j == i && k > i+1 {
				j = k // "Reporters Without Borders condemned": a known name whose first word was taken for a noun, and a later for a preposition
			}
		}
		if j > i && r.legislatorLabel(ws, i, j) {
			i = j
			continue
		}
		if j > i && j < len(ws) {
			if e, ok := r.dict.Lookup(joinForms(ws[i : j+1])); ok && e.Kind == "thing" {
				i = j + 1 // "Air Force One": a thing named by a name and a word after it
				continue
			}
			if e, ok := r.dict.Lookup(joinForms(ws[i : j+1])); ok && e.Kind == "media" && ws[j].UPOS == "NUM" {
				j++ // "told France 24": a channel named by a name and a number
			}
		}
		if j > i && worksAfter(ws, j) && r.unknownName(formsFrom(ws, i, j-i)) && !bodyName(ws[j-1].Form) {
			i = j // "the Druzhba oil pipeline", "the Nord Stream pipelines": a thing's name, no actor
			continue
		}
		if k := r.demonymEnd(ws, i, j); k > j {
			j = i // "his South Korean counterpart": a nationality, not "South"
		}
		if j == i+1 && (w.Form == "Democrat" || w.Form == "Republican") {
			i = j // "a Democrat", "Republican lawmakers": a party's member, no name
			continue
		}
		if j == i+1 && len(strings.TrimSuffix(w.Form, ".")) == 1 {
			i = j // a letter alone: "X." between sections, "does X, Y and Z"
			continue
		}
		if j > i && i > 0 && (ws[i-1].Form == "al" || ws[i-1].Form == "el") {
			if _, ok := r.dict.Lookup(r.d.Text[ws[i-1].Start:ws[j-1].End]); ok {
				i-- // "an al Qaeda affiliate": the article, unjoined, of a name the dictionary knows
			}
		}
		if k, ok := r.envoyHost(ws, i, j, out); ok {
			// "U.S. Ambassador to Manila MaryKay Carlson": the envoy's
			// title, the host it is sent to, then the name.
			prev := out[len(out)-1]
			m := r.nameMention(si, ws, k, j)
			if host, _ := r.dict.Lookup(joinForms(ws[i:k])); m.country == host.Country {
				m.country = "" // not the host's, as a nationality before a name would make it
			}
			for _, w := range ws[:i-1] {
				if w.Start >= prev.span.Start {
					r.addTitle(&m, w.Form)
				}
			}
			m.span.Start = prev.span.Start
			out[len(out)-1] = m
			i = j
			continue
		}
		if j > i {
			// A photo credit: "(AP Photo/Sam Haddad)" names the agency
			// AP and the photographer.
			credit := j-i > 1 && (ws[j-1].Form == "Photo" || ws[j-1].Form == "Photos")
			if credit {
				j--
			}
			m := r.nameMention(si, ws, i, j)
			m.photographer = i >= 2 && ws[i-1].Form == "/" && (ws[i-2].Form == "Photo" || ws[i-2].Form == "Photos")
			out = append(out, m)
			i = j
			if credit {
				i++
			}
			continue
		}
		if m, n := r.description(si, ws, i); n > 0 {
			out = append(out, m)
			i += n
			continue
		}
		i++
	}
	return r.placesInPlaces(r.appositives(out))
}

// envoyHost is the end of a country or capital that starts the name run
// [i, j) after "to" and an envoy's title, the last mention so far ("U.S.
// Ambassador to Manila MaryKay Carlson"), when a name follows it.
func (r *resolver) envoyHost(ws []document.Word, i, j int, out []mention) (int, bool) {
	if i < 2 || j <= i+1 || ws[i-1].Form != "to" || !envoys[strings.ToLower(ws[i-2].Form)] || !unicode.IsUpper(rune(ws[i-2].Form[0])) ||
		len(out) == 0 || out[len(out)-1].span.End != ws[i-2].End {
		return 0, false
	}
	k := r.knownCapitalRun(ws, i)
	if k <= i || k >= j {
		return 0, false
	}
	e, _ := r.dict.Lookup(joinForms(ws[i:k]))
	return k, e.Kind == "country" || e.Kind == "capital"
}

// knownCapitalRun is the end of the longest name of capitalized words
// starting at i that the dictionary knows whole, or i.
func (r *resolver) knownCapitalRun(ws []document.Word, i int) int {
	end := i
	for p := i + 1; p <= min(len(ws), i+r.dict.longest); p++ {
		if f := ws[p-1].Form; f == "" || f[0] < 'A' || f[0] > 'Z' {
			break
		}
		if r.known(joinForms(ws[i:p])) {
			end = p
		}
	}
	return end
}

// demonymEnd is the end of a nationality word of two or three words
// that starts at i and goes on past the name run ws[i:j] ("South
// Korean", "Sri Lankan"), or j.
func (r *resolver) demonymEnd(ws []document.Word, i, j int) int {
	if j <= i || j >= len(ws) || ws[j].UPOS != "ADJ" {
		return j
	}
	for k := min(len(ws), i+3); k > j; k-- {
		if e, ok := r.dict.Lookup(r.d.Text[ws[i].Start:ws[k-1].End]); ok && e.Kind == "demonym" {
			return k
		}
	}
	return j
}

// placesInPlaces reads "Manchester, N.H.", "Montclair, New Jersey",
// "Sderot, Israel": an unknown name followed by a comma and a place or
// country the dictionary knows, which ends the phrase, is a place in
// that place's country.
func (r *resolver) placesInPlaces(out []mention) []mention {
	for i := 0; i+1 < len(out); i++ {
		a, b := &out[i], &out[i+1]
		if a.kind != "name" || b.kind != "name" || len(a.titles) > 0 || a.plural || a.photographer ||
			!r.commaBetween(a.span.End, b.span.Start) || !r.closesPhrase(b.span.End) {
			continue
		}
		e, ok := r.dict.Lookup(b.name)
		if !ok || e.Country == "" || e.Kind != "place" && e.Kind != "country" {
			continue
		}
		if _, known := r.dict.Lookup(a.name); known || r.knownName(a.name) || r.givenFirst(strings.Fields(a.name)) {
			continue
		}
		a.afterPlacePrep, a.country = true, e.Country
	}
	return out
}

// unnamedRole recognises a role that names no one by name: a national
// group ("Moroccan diplomats") or an American legislator's party and
// state ("Republican of South Carolina").
func (r *resolver) unnamedRole(si int, ws []document.Word, i int) (mention, int) {
	if m, n := r.nationalGroup(si, ws, i); n > 0 {
		return m, n
	}
	return r.partyOfState(si, ws, i)
}

// partyOfState recognises "Republican of South Carolina", "Democrat of
// New York" as American newspapers describe a legislator after the name:
// a role, in the USA, that appositives binds to the name before it.
func (r *resolver) partyOfState(si int, ws []document.Word, i int) (mention, int) {
	switch ws[i].Form {
	case "Democrat", "Republican", "Independent":
	default:
		return mention{}, 0
	}
	if i+2 >= len(ws) || ws[i+1].Form != "of" {
		return mention{}, 0
	}
	q := r.nameEnd(ws, i+2)
	if q == i+2 {
		return mention{}, 0
	}
	e, ok := r.dict.Lookup(joinForms(ws[i+2 : q]))
	if !ok || e.Country != "USA" || e.Kind != "place" && e.Kind != "country" {
		return mention{}, 0
	}
	m := mention{sentence: si, kind: "description", country: "USA", name: strings.ToLower(ws[i].Form),
		titles: []string{ws[i].Form}, span: document.Span{Start: ws[i].Start, End: ws[i].End},
		ofEnd: ws[q-1].End, fullTitle: r.d.Text[ws[i].Start:ws[q-1].End], subject: strings.HasPrefix(ws[i].Rel, "nsubj")}
	return m, q - i
}

// mentionsSurname: the article has the last word of name as a word of
// its own.
func (r *resolver) mentionsSurname(name string) bool {
	words := strings.Fields(name)
	last := words[len(words)-1]
	for text := r.d.Text; ; {
		k := strings.Index(text, last)
		if k < 0 {
			return false
		}
		before, _ := utf8.DecodeLastRuneInString(text[:k])
		after, _ := utf8.DecodeRuneInString(text[k+len(last):])
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return true
		}
		text = text[k+len(last):]
	}
}

// knownName: the article has named an actor so.
func (r *resolver) knownName(name string) bool {
	_, ok := r.byName[foldName(name)]
	return ok
}

// datedRole: the actor is a person whose roles the dictionary dates, in
// an article whose day is known; a title ("former President Bill
// Clinton") then says nothing the roles do not.
func (r *resolver) datedRole(a *document.Actor) bool {
	if a.Kind != "person" || r.d.Published.IsZero() {
		return false
	}
	e, ok := r.dict.Lookup(a.Name)
	return ok && len(e.Roles) > 0
}

// counts are the words for how many that open a story after its dateline.
var counts = wordSet(`hundreds thousands dozens millions scores tens`)

// notNames are capitalized words that name no actor.
var notNames = wordSet(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
		March April May June July August September October November December Mr Mrs Ms Dr I No Nor Let
		Editing Reporting EST EDT CST CDT PST PDT GMT UTC`)

// monthAbbrevs are months as news abbreviates them ("Feb. 3"), with the
// period that tells them from first names ("Jan Brewer").
var monthAbbrevs = map[string]bool{"Jan.": true, "Feb.": true, "Mar.": true, "Apr.": true, "Aug.": true, "Sep.": true,
	"Sept.": true, "Oct.": true, "Nov.": true, "Dec.": true}

// isNameWord: a proper noun, or a capitalized word inside the sentence
// that the tagger took for something else ("a call with Trump"), or a
// capitalized adjective that starts a name ("United States", "White
// House", "Turkish Foreign Minister"). In a title-case headline a capital
// says nothing, and only proper nouns and known names count.
func (r *resolver) isNameWord(ws []document.Word, i int) bool {
	w := ws[i]
	if r.surnameHe(ws, i) {
		return true
	}
	if w.Form != "" && w.Form[0] >= '1' && w.Form[0] <= '9' && i+1 < len(ws) && r.inDictionary(w.Form+" "+ws[i+1].Form) {
		return true // "the U.S. Navy's 5th Fleet"
	}
	if w.Form == "" || w.Form[0] < 'A' || w.Form[0] > 'Z' || notNames[strings.TrimSuffix(w.Form, ".")] || monthAbbrevs[w.Form] ||
		monthAbbrevs[w.Form+"."] && i+1 < len(ws) && ws[i+1].UPOS == "NUM" { // Reuters' "Nov 20"
		return false
	}
	if headlineCapitals(w.Form) && !r.inDictionary(w.Form) && !r.hyphenedName(ws, i) {
		return false // "HAVE", "WEAPON", but not "U.S.", nor "NATO" or "UNIFIL" the dictionary knows
	}
	if allCaps(w.Form) && (i > 0 && headlineCapitals(ws[i-1].Form) || i+1 < len(ws) && headlineCapitals(ws[i+1].Form)) && !r.known(w.Form) {
		return false // "LOS ANGELES", "NEW YORK" in a dateline, but "NBC NEWS"
	}
	if w.UPOS == "PROPN" {
		// The first word of a sentence, or of a quotation that opens
		// it ("“Dialogue is the only way forward,” he said").
		first := i == 0 || i == 1 && opensQuote(ws[0].Form)
		return !first || !r.commonOpening(ws[i:])
	}
	if hyphenJoined(ws, i+1) && r.inDictionary(w.Form+"-"+ws[i+2].Form) {
		return true // "Guinea-Bissau has seen …", with "Guinea" taken for a noun
	}
	if w.UPOS == "ADJ" {
		if _, ok := r.dict.FamilyNameFirst(w.Form); ok {
			return true // "Xi said", with "Xi" (to WordNet a Roman numeral) taken for an adjective
		}
	}
	if i == 0 || ws[i-1].Form == "“" || ws[i-1].Form == `"` || ws[i-1].Form == ":" {
		return false
	}
	if counts[strings.ToLower(w.Form)] && (ws[i-1].Form == "—" || ws[i-1].Form == "–" || ws[i-1].Form == "-") {
		return false // "PORT-AU-PRINCE (AP) — Hundreds of Kenyan police officers": the capital opens the story
	}
	switch w.UPOS {
	case "NOUN", "VERB":
		return !r.titleCase || r.known(w.Form)
	case "ADJ":
		// "United States" ("African-Americans", which the dictionary
		// knows, is a name above)
		return i+1 < len(ws) && r.isNameWord(ws, i+1)
	}
	return false
}

// commonOpening: the sentence opens with a common noun the tagger took
// for a name because of its capital ("Gunfire was heard in the capital",
// "Famine has been declared"): a word WordNet's most frequent sense
// files as no person, place or group, that neither the dictionary nor
// the article names, before no other name word.
func (r *resolver) commonOpening(ws []document.Word) bool {
	w := ws[0]
	if r.dict.lemmas == nil || len(ws) > 1 && (ws[1].UPOS == "PROPN" || ws[1].Form == "-") || allCaps(w.Form) {
		return false // "Mark-Viverito", "HP"
	}
	switch r.dict.lemmas.FirstLexFile(strings.ToLower(w.Form), false) {
	case -1, lexPerson, lexLocation, lexGroup:
		return false
	}
	// Last, as the dearest: the article's own names ("Bush said",
	// "Murphy's campaign" after "Patrick Murphy").
	return !r.known(w.Form) && !r.inDictionary(w.Form) && !r.nameElsewhere(w.Form)
}

// nameElsewhere: the article writes form with its capital inside a
// sentence too, where a capital marks a name.
func (r *resolver) nameElsewhere(form string) bool {
	for _, s := range r.d.Sentences {
		for k := 1; k < len(s.Words); k++ {
			if s.Words[k].Form == form && !opensQuote(s.Words[k-1].Form) && s.Words[k-1].Form != ":" {
				return true
			}
		}
	}
	return false
}

// opensQuote: a mark that may open a quotation, after which a capital
// marks no name (document.IsQuote also takes the closing ones).
func opensQuote(form string) bool {
	return form == "“" || form == `"` || form == "‘" || form == "''" || form == "``"
}

// WordNet's lexicographer files of persons, places and groups, and of
// acts and events.
const (
	lexAct           = 4
	lexArtifact      = 6
	lexCognition     = 9
	lexCommunication = 10
	lexEvent         = 11
	lexGroup         = lemma.NounGroup
	lexLocation      = 15
	lexPerson        = lemma.NounPerson
)

// headlineCapitals: a word of more than three letters in capitals, as a
// headline or dateline writes it, and no abbreviation.
func headlineCapitals(form string) bool {
	return len(form) > 3 && allCaps(form) && !strings.Contains(form, ".")
}

// allCaps: the word has capital letters and no small ones; it is asked of
// every capitalized word, so it allocates nothing.
func allCaps(form string) bool {
	upper := false
	for _, c := range form {
		if unicode.IsLower(c) {
			return false
		}
		upper = upper || unicode.IsUpper(c)
	}
	return upper
}

// titleCased: most words of the sentence other than its first and its
// proper nouns are capitalized ("Trump Says He Never Pledged To Kill"),
// unlike a sentence with long names in it ("Republican Secretary of State
// Jon Husted applauded the ruling").
func titleCased(ws []document.Word) bool {
	caps, words := 0, 0
	for _, w := range ws[min(1, len(ws)):] {
		if w.Form == "" || !unicode.IsLetter(rune(w.Form[0])) || w.UPOS == "PROPN" {
			continue
		}
		words++
		if w.Form[0] >= 'A' && w.Form[0] <= 'Z' {
			caps++
		}
	}
	return caps >= 2 && 2*caps > words
}

// known reports whether a word names an actor already seen or in the
// dictionary.
func (r *resolver) known(form string) bool {
	if r.knownName(form) {
		return true
	}
	if _, ok := r.dict.Surname(form); ok {
		return true
	}
	e, ok := r.dict.Lookup(form)
	return ok && e.Kind != "title" && e.Kind != "demonym"
}

func (r *resolver) isTitle(form string) bool {
	e, ok := r.dict.Lookup(form)
	return ok && e.Kind == "title"
}

// unofficialTitle: the form is a title of no office ("journalist",
// "troops").
func (r *resolver) unofficialTitle(form string) bool {
	e, ok := r.dict.Lookup(form)
	return ok && e.Kind == "title" && e.Sector != "" && e.Sector != "GOV" && e.Sector != "LEG" && e.Sector != "JUD"
}

func (r *resolver) inDictionary(form string) bool {
	_, ok := r.dict.Lookup(form)
	return ok
}

// nameEnd returns the end of the run of name words starting at i, cut
// before a possessive.
func (r *resolver) nameEnd(ws []document.Word, i int) int {
	j := r.nameRun(ws, i)
	// A name the dictionary knows whole runs on through a possessive or
	// lower-case words: "Democratic People's Republic of Korea".
	for n := min(r.dict.longest+1, len(ws)-i); j > i && i+n > j; n-- {
		if last := ws[i+n-1]; !r.isNameWord(ws, i+n-1) && !notNames[last.Form] && last.UPOS != "PROPN" { // "Super Tuesday", "Mar-a-Lago"
			continue
		}
		if e, ok := r.dict.Lookup(r.d.Text[ws[i].Start:ws[i+n-1].End]); ok && e.Kind != "title" && e.Kind != "demonym" {
			return i + n
		}
	}
	if r.titleCase && j-i > 2 && !r.known(joinForms(ws[i:j])) {
		// "Donald Trump Leads", "Mike Pence Calls": a headline capitalizes
		// the verb after a name too; the longest known start of two words
		// or more is the name ("Chad Connelly" is not Chad's).
		for k := j - 1; k > i+1; k-- {
			if r.known(joinForms(ws[i:k])) {
				return k
			}
		}
	}
	return j
}

// placeName: the dictionary knows the words as a country, a capital or
// another place.
func (r *resolver) placeName(words []string) bool {
	e, ok := r.dict.Lookup(strings.Join(words, " "))
	return ok && (e.Kind == "country" || e.Kind == "capital" || e.Kind == "place")
}

// givenPair: both parts of a hyphenated name are given names ("Karine
// Jean-Pierre", "Jean-Claude Juncker"), though one may name a place too.
func (r *resolver) givenPair(left, right string) bool {
	_, l := r.dict.Given(left)
	_, g := r.dict.Given(right)
	return l && g
}

// nameRun returns the end of the run of name words starting at i.
func (r *resolver) nameRun(ws []document.Word, i int) int {
	j := i
	through := false // the name has gone on through "of", "for" or "on"
	for j < len(ws) {
		if r.articleJoined(ws, j) {
			// "al-Sisi", "Hassan al-Sisi", "Al-Qaeda": the Arabic article
			// is part of the name, lower case or not.
			j += 2
			continue
		}
		if r.isNameWord(ws, j) && ws[j].XPOS != "POS" {
			j++
			continue
		}
		// "King Abdullah II", "Pope John Paul II": a regnal numeral ends
		// a monarch's or pope's name (not "Joe Manchin III", whose
		// surname later mentions name alone).
		if j > i && regnalNumerals[ws[j].Form] && (ws[j].Rel == "flat" || ws[j].Rel == "nummod") && ws[j].Head-1 >= i && ws[j].Head-1 < j &&
			slices.ContainsFunc(ws[max(0, i-2):j], func(w document.Word) bool { return royalTitles[w.Form] }) {
			j++
			continue
		}
		// "the Palestinian Prisoners' Club", "the Department of Veterans'
		// Affairs": a plural's bare apostrophe inside the name of a body,
		// before the rest of it; not "Bernie Sanders' College for All"
		// nor "the Democrats' Senate majority", whose owners are known.
		if j > i && j+1 < len(ws) && ws[j].XPOS == "POS" && r.isNameWord(ws, j+1) && !r.known(joinForms(ws[i:j])) && !r.known(ws[j-1].Form) &&
			((ws[j].Form == "'" || ws[j].Form == "’") && ws[j-1].XPOS == "NNPS" || ws[j-1].Form == "People") {
			// "the Republican People's Party" too.
			if end := r.nameRun(ws, j+1); bodyName(joinForms(ws[j+1:end])) || ws[end-1].Form == "Affairs" {
				j = end
				continue
			}
		}
		// "Secretary-General", tokenized as three words: a hyphen with no
		// space around it between two name words is one name ("Ben-Gurion",
		// "Coca-Cola") when the dictionary knows it joined or knows
		// neither part; "US-Iran talks" are two names.
		if j > i && hyphenJoined(ws, j) && (r.isNameWord(ws, j+1) || r.inDictionary(ws[j-1].Form+"-"+ws[j+1].Form)) { // "General" tagged an adjective
			left, right := ws[j-1].Form, ws[j+1].Form
			if r.inDictionary(left+"-"+right) || !r.knownPart(left) && !r.knownPart(right) || r.givenPair(left, right) {
				j += 2
				continue
			}
		}
		// "Lashkar-e-Taiba", "Pakistan Tehreek-e-Insaf", "Port-au-Prince":
		// a small word in lower case that hyphens join to name words on
		// both sides is inside the name.
		if j > i && hyphenJoined(ws, j) && hyphenJoined(ws, j+2) && ws[j+1].UPOS == "PROPN" && r.isNameWord(ws, j+3) &&
			ws[j+1].Form != "" && ws[j+1].Form[0] >= 'a' && ws[j+1].Form[0] <= 'z' && len(ws[j+1].Form) <= 3 {
			j += 4
			continue
		}
		// "Lai Ching-te", "Kim Jong-un", "Moon Jae-in": a given name of
		// two syllables joined by a hyphen, the second in lower case,
		// after a surname (not "Iran-backed", "Donald Trump-led").
		if j >= i+2 && len(ws[j-2].Form) <= 5 && len(ws[j-1].Form) <= 5 && hyphenJoined(ws, j) && syllable(ws[j+1].Form) {
			j += 2
			continue
		}
		// "Wen-ti Sung", "Jae-in Moon": in Western order, such a given
		// name opening the name, before the surname.
		if j == i+1 && len(ws[i].Form) <= 5 && hyphenJoined(ws, j) && syllable(ws[j+1].Form) && j+2 < len(ws) &&
			ws[j+2].Start > ws[j+1].End && r.isNameWord(ws, j+2) && len(ws[j+2].Form) <= 6 {
			j += 2
			continue
		}
		// "Secretary of State Jon Husted", "Minister of Foreign Affairs
		// Abbas Araghchi": a title with "of" inside goes on through it.
		if n := r.titleOf(ws, j); n > 0 && j > i {
			j += n
			continue
		}
		// "Bank of England", "Ministry of the Interior", "Center for
		// American Progress", "Council on Foreign Relations": a body's
		// name goes on through "of", "for" or "on" (and "the" or "a"),
		// and once it has, through any "of" ("High Military Command for
		// the Restoration of Order", "National Front for the Liberation
		// of Angola").
		if j > i && j+1 < len(ws) && (ws[j].Form == "of" && (ofHeads[ws[j-1].Form] || through) || ws[j].Form == "for" && forHeads[ws[j-1].Form] ||
			ws[j].Form == "on" && onHeads[ws[j-1].Form]) {
			k := j + 1
			if (ws[k].Form == "the" || ws[k].Form == "a") && k+1 < len(ws) {
				k++
			}
			if r.isNameWord(ws, k) {
				j, through = k, true
				continue
			}
		}
		// "Mohammed bin Abdulrahman Al Thani", "Ursula von der Leyen":
		// a lower-case particle inside a name, followed by more of it.
		k := j
		for k < len(ws) && k-j < 2 && document.IsNameParticle(ws[k].Form) {
			k++
		}
		if j == i || k == j || k >= len(ws) || !r.isNameWord(ws, k) {
			break
		}
		j = k
	}
	return j
}

// legislatorLabel: the name ws[i:j] is a legislator's party and state or
// state alone, no actor: "Sen. Marco Rubio (R-Fla.)", "(I-Vt.)" (whose
// "I" is no name word, so the name starts at the state), "Sen. Rand Paul
// (Ky.)".
func (r *resolver) legislatorLabel(ws []document.Word, i, j int) bool {
	end := ws[j-1].End
	return partyTag(r.d.Text[ws[i].Start:end]) || i >= 2 && hyphenJoined(ws, i-1) && partyTag(r.d.Text[ws[i-2].Start:end]) ||
		stateLabel(ws, i, j) || partyLetter(ws, i, j)
}

// partyLetter: the name ws[i:j] is a party's letter before a state
// ("Ted Cruz, R-Texas", where the state is a name the letter does not
// join) or alone in parentheses ("Gov. Pat McCrory (R)").
func partyLetter(ws []document.Word, i, j int) bool {
	if j != i+1 || len(ws[i].Form) != 1 || !strings.Contains("RDI", ws[i].Form) {
		return false
	}
	return hyphenJoined(ws, j) || i > 0 && ws[i-1].Form == "(" && j < len(ws) && ws[j].Form == ")"
}

// titleOf returns how many words from ws[j], a lower-case "of", complete
// a title the dictionary knows with the word before it ("Secretary" +
// "of State"), or 0.
func (r *resolver) titleOf(ws []document.Word, j int) int {
	if j == 0 || ws[j].Form != "of" {
		return 0
	}
	for n := min(3, len(ws)-j-1); n >= 1; n-- {
		if !r.isNameWord(ws, j+n) {
			continue
		}
		title := ws[j-1].Form + " of " + joinForms(ws[j+1:j+n+1])
		if e, ok := r.dict.Lookup(title); ok && e.Kind == "title" {
			return n + 1
		}
	}
	return 0
}

// partyTag reports whether a name is an American legislator's party and
// state: "R-Fla", "D-N.Y", "I-Vt".
func partyTag(name string) bool {
	if len(name) < 4 || len(name) > 8 || !strings.Contains("RDI", name[:1]) || name[1] != '-' {
		return false
	}
	for _, c := range name[2:] {
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '.' || c == '-') {
			return false // "D-W.Va", "D-W-Va"
		}
	}
	return name[2] >= 'A' && name[2] <= 'Z'
}

// stateLabel: the name ws[i:j] is one abbreviation with its period in
// parentheses, a legislator's state ("Sen. Rand Paul (Ky.)"); "(AP)" has
// no period.
func stateLabel(ws []document.Word, i, j int) bool {
	if j != i+1 || i == 0 || ws[i-1].Form != "(" || len(ws[i].Form) > 6 {
		return false
	}
	f := strings.TrimSuffix(ws[i].Form, ".")
	if strings.Contains(f, ".") {
		return false
	}
	switch {
	case f != ws[i].Form: // "Ky." one token
		return j < len(ws) && ws[j].Form == ")"
	default: // "Ky" "." ")"
		return j+1 < len(ws) && ws[j].Form == "." && ws[j].Start == ws[i].End && ws[j+1].Form == ")"
	}
}

// regnalNumerals are the numerals of monarchs and popes, and
// royalTitles the titles before them.
var (
	regnalNumerals = wordSet(`II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI`)
	royalTitles    = wordSet(`King Queen Pope Emperor Empress Sultan Tsar Shah Prince Princess`)
)

// syllable: a lower-case syllable of a romanized East Asian given name
// ("te", "un", "in", "wen", "myung"), not an English word that hyphens
// join to names ("led", "backed", "style", "like").
func syllable(s string) bool {
	return len(s) >= 2 && len(s) <= 5 && syllablePattern.MatchString(s) && !notSyllables[s]
}

// syllablePattern: one consonant (with an "h", "y" or "w" after it) or
// none, then a vowel: "te", "un", "myung", "koo"; not "spent".
var syllablePattern = regexp.MustCompile(`^([bcdfghjklmnprstwyz][hyw]?)?[aeiou][a-z]*$`)

var notSyllables = wordSet(`style like era based born made owned run led free level wide class type fest gate less area in at as on up`)

// hyphenJoined: ws[j] is a hyphen with no space on either side.
func hyphenJoined(ws []document.Word, j int) bool {
	return j > 0 && j+1 < len(ws) && ws[j].Form == "-" && ws[j].Start == ws[j-1].End && ws[j+1].Start == ws[j].End
}

// hyphenedName: ws[i] opens a name the dictionary knows whose words are
// joined by hyphens ("PORT-AU-PRINCE (AP) —").
func (r *resolver) hyphenedName(ws []document.Word, i int) bool {
	if !hyphenJoined(ws, i+1) {
		return false
	}
	j := i + 2
	for hyphenJoined(ws, j+1) {
		j += 2
	}
	return r.inDictionary(r.d.Text[ws[i].Start:ws[j].End])
}

// articleJoined: ws[j] is the Arabic article joined by a hyphen to a
// name word ("al-Assad", "El-Sisi").
func (r *resolver) articleJoined(ws []document.Word, j int) bool {
	switch ws[j].Form {
	case "al", "Al", "el", "El", "AL", "EL":
		return hyphenJoined(ws, j+1) && r.isNameWord(ws, j+2)
	}
	return false
}

// knownPart: a word that names something on its own, so that a hyphen
// after or before it joins two names ("Trump-Putin summit",
// "Franco-German") rather than making one.
func (r *resolver) knownPart(form string) bool {
	if r.knownName(form) || r.inDictionary(form) {
		return true
	}
	_, ok := r.dict.Surname(form)
	return ok
}

func hasParticle(words []string) bool {
	for _, w := range words[1:] {
		if document.IsNameParticle(w) {
			return true
		}
	}
	return false
}

// runSubject: a word of the run ws[i:j] is the subject of a word outside
// it.
// spanHead is the first word inside span s whose head lies outside it:
// the head of the phrase the span holds, or -1.
func spanHead(t *document.Tree, s document.Span) int {
	ws := t.Sentence.Words
	inside := func(k int) bool { return k >= 0 && ws[k].Start >= s.Start && ws[k].End <= s.End }
	for k := range ws {
		if inside(k) && !inside(t.Head(k)) {
			return k
		}
	}
	return -1
}

// modifierAt: the span's last word modifies a noun after it, as
// "Korean" of "a North Korean missile" does, whatever its tag.
func (r *resolver) modifierAt(s document.Span) bool {
	si := r.d.SentenceAt(s.Start)
	if si < 0 {
		return false
	}
	sent := &r.d.Sentences[si]
	k := sent.WordEnding(s.End)
	if k < 0 {
		return false
	}
	w := sent.Words[k]
	return w.Head-1 > k && (w.Rel == "amod" || w.Rel == "compound")
}

// bareDescription: the description's words are "the", perhaps "new" or
// "former", and its role alone: "the ministry", "The new government".
func (r *resolver) bareDescription(m mention) bool {
	words := strings.Fields(strings.ToLower(r.d.Text[m.span.Start:m.end()]))
	if len(words) == 0 || words[0] != "the" {
		return false
	}
	if after := r.d.Text[m.end():]; strings.HasPrefix(after, " in ") || strings.HasPrefix(after, " of ") {
		return false // "the government in Beijing" says whose
	}
	words = words[1:]
	if len(words) > 1 && formerly[words[0]] {
		words = words[1:]
	}
	return strings.Join(words, " ") == strings.ToLower(m.name)
}

// surnameHe: "He" at i is a Chinese family name, not the pronoun: a title
// before it and a name after it ("Vice Premier He Lifeng").
func (r *resolver) surnameHe(ws []document.Word, i int) bool {
	return ws[i].Form == "He" && i > 0 && i+1 < len(ws) && r.isTitle(ws[i-1].Form) &&
		ws[i+1].UPOS == "PROPN" && ws[i+1].Form[0] >= 'A' && ws[i+1].Form[0] <= 'Z'
}

// quotedAsSaying: the name ws[i:j] is the object of "quoted … as
// saying", the speaker of what follows ("KCNA quoted Kim Yo Jong … as
// saying …. “…,” she said"), as a subject would be.
func quotedAsSaying(ws []document.Word, i, j int) bool {
	for k := i; k < j; k++ {
		h := ws[k].Head - 1
		if ws[k].Rel != "obj" || h < 0 || (h >= i && h < j) || ws[h].Lemma != "quote" {
			continue
		}
		for c := range ws {
			if ws[c].Head == h+1 && ws[c].Rel == "advcl" && ws[c].Lemma == "say" {
				return true
			}
		}
	}
	return false
}

func runSubject(ws []document.Word, i, j int) bool {
	for k := i; k < j; k++ {
		if h := ws[k].Head - 1; strings.HasPrefix(ws[k].Rel, "nsubj") && (h < i || h >= j) {
			return true
		}
	}
	return false
}

// apposedToSubject: the name's last word is an apposition of a subject,
// who is the name's bearer ("The United Nations envoy for Sudan, Ramtane
// Lamamra, urged both sides …": the next "He" is Lamamra).
func apposedToSubject(ws []document.Word, k int) bool {
	for steps := 0; ws[k].Rel == "flat" && ws[k].Head > 0 && steps < len(ws); steps++ {
		k = ws[k].Head - 1 // bounded: a parse read from outside may have a cycle
	}
	h := ws[k].Head - 1
	return ws[k].Rel == "appos" && h >= 0 && h < k && strings.HasPrefix(ws[h].Rel, "nsubj")
}

// quoted: the span lies in a quotation some attribution reports (a name
// said, not a speaker: "“… Donald Trump is unfit to be president,” he
// said").
func (r *resolver) quoted(s document.Span) bool {
	return slices.ContainsFunc(r.d.Attributions, func(at document.Attribution) bool {
		return (at.Kind == document.Direct || at.Kind == document.Mixed) && at.Content.Start <= s.Start && s.End <= at.Content.End
	})
}

// namedInQuotes: the name m is inside quotation marks that follow a verb
// of naming ("named the “Trump Route for International Peace and
// Prosperity”", "dubbed “Operation Spiderweb”"): what something is called,
// not who acts.
func (r *resolver) namedInQuotes(m mention) bool {
	spans, ok := r.namedQuotes[m.sentence]
	if !ok {
		// Once a sentence: most sentences quote nothing, and run no
		// pattern at all.
		s := r.d.Sentences[m.sentence]
		if text := r.d.Text[s.Start:s.End]; strings.ContainsAny(text, "\"“") {
			for _, loc := range namingQuote.FindAllStringSubmatchIndex(text, -1) {
				spans = append(spans, document.Span{Start: s.Start + loc[2], End: s.Start + loc[3]})
			}
		}
		if r.namedQuotes == nil {
			r.namedQuotes = map[int][]document.Span{}
		}
		r.namedQuotes[m.sentence] = spans
	}
	return slices.ContainsFunc(spans, func(q document.Span) bool { return q.Start <= m.span.Start && m.span.End <= q.End })
}

// namingQuote finds the quoted words after a verb of naming.
var namingQuote = regexp.MustCompile(`(?i)\b(?:named|called|dubbed|titled|entitled|nicknamed|renamed|known as)\s+(?:the\s+|a\s+)?["“]([^"”]+)["”]`)

// afterQuotation: the pronoun m follows a quotation's closing mark and a
// comma, a question or an exclamation mark, as the speaker of "“…,” he
// wrote" or "“…?” he asked".
func (r *resolver) afterQuotation(m mention) bool {
	ws := r.d.Sentences[m.sentence].Words
	k := m.word
	return k >= 2 && (ws[k-1].XPOS == "''" && quoteEnders[ws[k-2].Form] || ws[k-1].Form == "," && ws[k-2].XPOS == "''")
}

// hangsOnRun: the title at t hangs on the name that starts at k, unless
// that name owns a noun after it: only a possessor is tested, the parse
// of a title before a name being too often wrong for a rule.
func hangsOnRun(ws []document.Word, t, k int) bool {
	j := k
	for j < len(ws) && ws[j].UPOS == "PROPN" {
		j++
	}
	if j == k || j >= len(ws) || ws[j].XPOS != "POS" || ws[j-1].Head-1 <= j {
		return true
	}
	return hangsOn(ws, t, k, j) || !verbsArgument(ws, t)
}

// verbsArgument: the word at k is a verb's subject or object in the
// parse, a part of the clause of its own (the parse of a title before a
// name is too often wrong for more: "former Florida governor Jeb Bush's
// presidential bid", with "governor" on a noun before it).
func verbsArgument(ws []document.Word, k int) bool {
	h := ws[k].Head - 1
	switch ws[k].Rel {
	case "obj", "iobj", "nsubj", "nsubj:pass":
		return h >= 0 && ws[h].UPOS == "VERB"
	}
	return false
}

// hangsOn: the word at k hangs on a word of ws[i:j], directly or
// through words between them.
func hangsOn(ws []document.Word, k, i, j int) bool {
	h := ws[k].Head - 1
	for steps := 0; steps < 4 && h > k && h < j; steps++ {
		if h >= i {
			return true
		}
		h = ws[h].Head - 1
	}
	return false
}

// bodyBefore is the institution named right before the lower-case
// words that end at k (at most two: "national security"), or "".
func (r *resolver) bodyBefore(ws []document.Word, k int) string {
	for n := 0; n < 2 && k-n >= 0; n++ {
		w := ws[k-n]
		if !fieldWord(w) {
			return ""
		}
		b := k - n - 1
		if b >= 1 {
			if e, ok := r.dict.Lookup(ws[b-1].Form + " " + ws[b].Form); ok && e.Kind == "institution" {
				return ws[b-1].Form + " " + ws[b].Form
			}
		}
		if b >= 0 {
			if e, ok := r.dict.Lookup(ws[b].Form); ok && e.Kind == "institution" {
				return ws[b].Form
			}
		}
	}
	return ""
}

// quoteEnders end a quotation before its speaker.
var quoteEnders = map[string]bool{",": true, "?": true, "!": true}

// nameMention builds the mention of the name ws[i:j], taking in titles
// and demonyms before it ("Turkish Foreign Minister Hakan Fidan", "his
// special envoy Steve Witkoff").
func (r *resolver) nameMention(si int, ws []document.Word, i, j int) mention {
	var words []string
	for k := i; k < j; k++ {
		words = append(words, ws[k].Form)
	}
	m := mention{sentence: si, kind: "name", subject: strings.HasPrefix(ws[j-1].Rel, "nsubj") || apposedToSubject(ws, j-1),
		headSubject: runSubject(ws, i, j) || quotedAsSaying(ws, i, j)}
	// The run may start with titles: "President Donald Trump",
	// "Foreign Minister Hakan Fidan", "US President Donald Trump".
	start := 0
	leadCountry := false  // the run opened with a country's name ("Taiwan Affairs Office")
	fieldCountry := false // a country's name stands before the name as a field ("Iran ambassador")
	for start < len(words)-1 {
		if e, ok := r.dict.Lookup(joinTitle(words[start:])); ok && e.Kind != "title" && e.Kind != "demonym" {
			break // the rest is a known name: "European Community", not a European "Community"
		}
		if partyLabels[words[start]] && r.givenFirst(words[start+1:]) {
			start++ // "Democrat Hillary Clinton": a party, then a person's name
			continue
		}
		n := r.titleAt(words[start:])
		if n == 0 || start+n < len(words) && (words[start+n] == "of" || words[start+n] == "for") {
			break // "Ministry of Defence", "Americans for Prosperity": a body's name, not a title and a name
		}
		if e, _ := r.dict.Lookup(joinTitle(words[start : start+n])); e.Kind == "institution" && bodyName(words[len(words)-1]) {
			r.addTitle(&m, joinTitle(words[start:start+n])) // "House Intelligence Committee": the House's, by its whole name
			break
		}
		if e, _ := r.dict.Lookup(joinTitle(words[start : start+n])); start == 0 && e.Kind == "country" {
			leadCountry, fieldCountry = true, true
		}
		r.addTitle(&m, joinTitle(words[start:start+n]))
		if e, ok := r.dict.Lookup(joinTitle(words[start:])); ok && e.Kind == "title" && start+n < len(words) && words[start+n] == "-" {
			// "The United Nations Secretary-General said": the run ends
			// with a hyphened title, and names no one.
			m.kind, m.name, m.titles = "description", joinTitle(words), append(m.titles[:len(m.titles)-1], joinTitle(words[start:]))
			m.span = document.Span{Start: ws[i].Start, End: ws[j-1].End}
			return m
		}
		start += n
	}
	national := false // "British Business Secretary Jonathan Reynolds": a nationality before the run
	if i > 0 {
		e, ok := r.dict.Lookup(ws[i-1].Form)
		national = ok && (e.Kind == "demonym" || e.Kind == "country")
	}
	start = r.innerTitle(&m, words, start, national)
	if len(words) == 2 && start == 0 && ws[j-1].XPOS == "NNPS" {
		if e, ok := r.dict.Lookup(words[0]); ok && e.Kind == "institution" {
			r.addTitle(&m, words[0]) // "Senate Republicans": a group in the Senate
		}
	}
	// "Russia's Samara region", "Helmand province": a place of a country's.
	// "the Netzarim corridor", "the Rafah crossing", "the Jabalia refugee
	// camp" too ("the Clinton camp" is none).
	// "Abu Shouk camp", "Israel's Ben Gurion airport" too, but not the
	// camp of a person.
	// "the Rabia border crossing" too.
	// "the Tigris and Euphrates rivers", "which Beijing calls the Diaoyu"
	// too.
	regionNext := j < len(ws) && (regionNouns[strings.ToLower(ws[j].Form)] || ws[j].Form == "state") || // "Borno state", not "Islamic State"
		j+1 < len(ws) && strings.EqualFold(ws[j].Form, "border") && regionNouns[strings.ToLower(ws[j+1].Form)] ||
		j+1 < len(ws) && strings.EqualFold(ws[j].Form, "refugee") && strings.EqualFold(ws[j+1].Form, "camp") ||
		j < len(ws) && strings.EqualFold(ws[j].Form, "camp") && r.unknownName(words) ||
		landformAfter(ws, j) || namesLandform(ws, i, j)
	// Lower-case titles and demonyms just before: "special envoy", "Iranian".
	// A name that owns what follows it takes only those the parse hangs
	// on it: "handed Israel's negotiators Hamas's response" is no
	// negotiator's.
	possessor := j < len(ws) && ws[j].XPOS == "POS" && ws[j-1].Head-1 > j
	first := i
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if possessor && verbsArgument(ws, k) && !hangsOn(ws, k, i, j) {
			break
		}
		f := ws[k].Form
		if k > 1 {
			if e, ok := r.dict.Lookup(joinForms(ws[k-2 : k+1])); ok && e.Kind == "title" && !verbal(ws[k]) {
				r.addTitle(&m, joinForms(ws[k-2:k+1])) // "national security adviser"
				first = k - 2
				k -= 2
				continue
			} else if ok && e.Kind == "institution" && first < i {
				r.addTitle(&m, joinForms(ws[k-2:k+1])) // "National Security Council spokesman", not the UN's council
				break
			}
		}
		if k > 0 {
			two := ws[k-1].Form + " " + f
			e, ok := r.dict.Lookup(two)
			if ok && e.Kind == "institution" && first < i {
				r.addTitle(&m, two) // "White House press secretary Josh Earnest", not the House's
				break
			}
			if ok && (e.Kind == "title" && !verbal(ws[k]) || e.Kind == "demonym" || e.Kind == "country" && ws[k].UPOS == "PROPN") {
				// "press secretary", "foreign minister", not "would judge
				// Iran"; "North Korean leader Kim Jong Un", not a South
				// "Korean" one.
				r.addTitle(&m, two)
				first = k - 1
				k--
				continue
			}
		}
		if (f == "'s" || f == "’s") && k > 0 && (r.titleNext(ws, k+1) || fieldCountry && first < i || bodyHead(ws[j-1].Form) || regionNext || r.countrylessBody(ws[i:j])) {
			// "Ukraine's President Volodymyr Zelenskyy": a country's
			// possessive before an office gives its holder the country,
			// as "Ukrainian" would (not "New Jersey's Steve Lonegan", nor
			// "Switzerland's Donald Trump", who hold no office there).
			c := k - 1
			for c > 0 && ws[c-1].UPOS == "PROPN" {
				c--
			}
			name := r.d.Text[ws[c].Start:ws[k-1].End]
			if e, ok := r.dict.Lookup(name); ok && (e.Kind == "country" || e.Kind == "capital") { // "Moscow's foreign ministry spokeswoman"
				if fieldCountry && m.country != e.Country {
					// "China's Taiwan Affairs Office", "Britain's Iran
					// ambassador": the possessor's body or envoy, named
					// with the country it deals with.
					m.country = ""
					if leadCountry {
						start = 0
					}
				}
				r.addTitle(&m, name)
				first = c
			} else if ok && e.Kind == "institution" && e.Country != "IGO" && e.Sector != "" && r.titleNext(ws, k+1) {
				r.addTitle(&m, name) // "Hezbollah's leader Naim Qassem": the body's, as "Hezbollah leader" is
			}
			break
		}
		if (first < i || start > 0) && rank(ws[k]) {
			// "Nigerian junior foreign minister Dubem Oniya", "Thailand's
			// acting Prime Minister Phumtham Wechayachai": the nationality
			// is further.
			if formerOffice[strings.ToLower(f)] && len(m.titles) > 0 {
				// "Former Philippine President Rodrigo Duterte": the
				// country stays, the office does not; CAMEO's sector of
				// former officials is the elite's.
				m.sector = "ELI"
			}
			continue
		}
		e, ok := r.dict.Lookup(f)
		if ok && e.Kind == "title" && strings.HasSuffix(f, "s") && r.placeName(words) {
			break // "attacks by militants Islamabad says operate …": people of a title in the plural hold no office of a place
		}
		if ok && (e.Kind == "title" && !verbal(ws[k]) || e.Kind == "demonym" || e.Kind == "country" && (ws[k].UPOS == "PROPN" || ws[k].UPOS == "ADJ")) {
			fieldCountry = fieldCountry || e.Kind == "country"
			r.addTitle(&m, f)
			first = k
			continue
		}
		if ok && e.Kind == "institution" && first < i {
			// "Pentagon spokesman John Kirby": the body is a mention of its
			// own, but gives the person its country and sector.
			r.addTitle(&m, f)
			if e.Country == "IGO" && k > 1 && (ws[k-1].Form == "'s" || ws[k-1].Form == "’s") {
				first = k
				continue // "Iran's U.N. ambassador Amir Saeid Iravani": the country's envoy to the body
			}
			if d, ok := r.dict.Lookup(ws[max(k-1, 0)].Form); e.Country == "IGO" && k > 0 && ok && d.Kind == "demonym" {
				first = k
				continue // "Palestinian U.N. envoy Riyad Mansour": so is a nationality's
			}
		}
		if !ok && first < i {
			// "White House national security spokesman John Kirby": a
			// title's lower-case field after the body.
			if inst := r.bodyBefore(ws, k); inst != "" {
				r.addTitle(&m, inst)
			} else if strings.EqualFold(f, "campaign") && m.sector == "GOV" {
				m.sector = "" // "Sanders campaign spokesman Michael Briggs" holds no office
			} else if k > 0 && first == k+1 && fieldWord(ws[k]) && rank(ws[k-1]) {
				continue // "Iran's top security official Ali Shamkhani": the rank and possessive are further
			} else if m.country == "" && institutions[strings.ToLower(f)] {
				if b := r.bodyNamedBy(f); b != nil { // a scan of the actors: only for a kind of body
					m.country = b.Country // "Coalition spokesman Turki al-Maliki", after "the Saudi-led coalition"
				}
			}
		}
		break
	}
	if first == i && i > 0 {
		if g, ok := honorifics[strings.TrimSuffix(ws[i-1].Form, ".")]; ok {
			m.honorific, m.gender = true, g
			first = i - 1
		} else if g, ok := kinNouns[ws[i-1].Form]; ok && j-i == 1 {
			// "whose son Matan was among those released": a relative
			// named by a first name is a person (the kin word stays out
			// of the mention).
			m.kin, m.gender = true, g
		}
	}
	m.name = joinTitle(words[start:])
	if m.name == "" {
		m.name = joinTitle(words)
	}
	if text := r.d.Text[ws[i+start].Start:ws[j-1].End]; strings.Contains(text, "'") || strings.Contains(text, "’") {
		if _, ok := r.dict.Lookup(text); ok {
			m.name = text // "Democratic People's Republic of Korea", as written
		}
	}
	m.span = document.Span{Start: ws[first].Start, End: ws[j-1].End}
	// "Republicans", "Muslims", "Kurds": a plural name is a group.
	// "House Republicans", "Dallas Cowboys" too, but not "Lehman Brothers"
	// or "Chris Matthews", nor a body named with "of" or "for", whose
	// head comes first ("Foundation for Defense of Democracies").
	m.plural = ws[j-1].XPOS == "NNPS" && !landformAfter(ws, j) && (j-i == 1 || !thingHeads[ws[j-1].Form] && !mediaHeads[ws[j-1].Form] &&
		!firmPlurals[ws[j-1].Form] && !r.givenFirst(words) && !slices.ContainsFunc(words, func(w string) bool { return w == "of" || w == "for" }))
	if regionNext && len(m.titles) == 0 || regionNext && m.country != "" && len(m.titles) == 1 {
		m.afterPlacePrep, m.region = true, true
	} else if r.datelinePlace.Start <= m.span.Start && m.span.End <= r.datelinePlace.End && !r.datelinePlace.Empty() {
		m.afterPlacePrep, m.located = true, true // "DAMASCUS, March 3 (Reuters) -": filed there
	} else if first > 0 {
		switch strings.ToLower(ws[first-1].Form) {
		case "in", "at", "from", "near":
			// Not the particle of "swore in Jose Jeri".
			m.afterPlacePrep = len(m.titles) == 0 && !(first > 1 && strings.EqualFold(ws[first-1].Form, "in") && swornIn[strings.ToLower(ws[first-2].Lemma)])
			m.located = m.afterPlacePrep && !strings.EqualFold(ws[first-1].Form, "from")
		case "to":
			// "en route to Montclair", "traveled to Iowa", but
			// "apologized to Hillary Clinton".
			m.afterPlacePrep = len(m.titles) == 0 && first > 1 && towardPlace[ws[first-2].Lemma]
			m.located = m.afterPlacePrep
		case "of":
			// "the village of Tawori", "the town of Dori".
			m.afterPlacePrep = len(m.titles) == 0 && first > 1 && settlements[strings.ToLower(ws[first-2].Form)]
			m.located = m.afterPlacePrep
			if m.afterPlacePrep && m.country == "" && first > 2 {
				if e, ok := r.dict.Lookup(ws[first-3].Form); ok && e.Kind == "demonym" {
					m.country = e.Country // "the Egyptian resort of Sharm el-Sheikh"
				}
			}
		case "and", "or":
			// "the cities of Goma and Bukavu", "in Kherson or
			// Zaporizhzhia": the second of two places.
			// One unknown word, not a subject: not "in New York and
			// Sanders said", nor a byline's "in Beijing and Ben
			// Blanchard".
			m.afterPlacePrep = len(m.titles) == 0 && len(words) == 1 && placeBeforeConjunction(ws, first-1) && r.unknownName(words) &&
				!r.givenFirst(words) && (j >= len(ws) || ws[j].UPOS != "VERB" && ws[j].UPOS != "AUX")
			m.located = m.afterPlacePrep
		}
	}
	return m
}

// worksAfter: an installation's common noun follows the name at j,
// perhaps after one noun of what it carries ("oil pipeline", "gas
// field").
func worksAfter(ws []document.Word, j int) bool {
	if j+1 < len(ws) && ws[j].UPOS == "NOUN" && ws[j].Rel == "compound" && ws[j].Form != "" && unicode.IsLower(rune(ws[j].Form[0])) {
		j++
	}
	return j < len(ws) && ws[j].UPOS == "NOUN" && works[strings.ToLower(ws[j].Form)]
}

// works are installations named after a place or a word: pipelines,
// dams, fields, refineries, plants.
var works = wordSet(`pipeline pipelines dam dams canal refinery refineries oilfield oilfields field fields terminal terminals reactor plant plants`)

// stateBodyHeads end the names of a state's organs, when a country's
// possessive or demonym comes before them (not "Committee": "American
// Israel Public Affairs Committee" is a lobby).
var stateBodyHeads = wordSet(`Office Council Commission Agency Bureau Administration Directorate Authority Service`)

// kinNouns name a relative just before a first name, with the gender
// they tell ('m', 'f' or 0).
var kinNouns = map[string]byte{"son": 'm', "daughter": 'f', "wife": 'f', "husband": 'm', "brother": 'm', "sister": 'f',
	"father": 'm', "mother": 'f', "nephew": 'm', "niece": 'f', "cousin": 0, "grandson": 'm', "granddaughter": 'f'}

// landformAfter: a landform's common noun follows the name, or a second
// name and the noun: "the Diaoyu islands", "the Tigris and Euphrates
// rivers".
func landformAfter(ws []document.Word, j int) bool {
	if j+2 < len(ws) && strings.EqualFold(ws[j].Form, "and") && ws[j+1].UPOS == "PROPN" {
		j += 2
	}
	if j >= len(ws) {
		return false
	}
	return ws[j].UPOS == "NOUN" && ws[j].Rel != "compound" && landformNoun(ws[j].Form)
}

// landformNoun: the lower-case word is a landform's common noun, not a
// town's ("square" is also a verb).
func landformNoun(f string) bool {
	if f == "" || !unicode.IsLower(rune(f[0])) {
		return false
	}
	f = strings.ToUpper(f[:1]) + f[1:]
	f = strings.TrimSuffix(f, "s")
	return landforms[f] && !townFeatures[f] || landforms[f+"s"]
}

// townFeatures are the landforms of a town.
var townFeatures = wordSet(`Square Street Avenue Boulevard Bridge Plaza Airport Airbase Harbor Harbour`)

// namesLandform: the name ws[i:j] is what a landform is called: "the
// islands, which Beijing calls the Diaoyu", "calls the islands the
// Malvinas".
func namesLandform(ws []document.Word, i, j int) bool {
	h := j - 1
	v := ws[h].Head - 1
	if ws[h].Rel != "xcomp" && ws[h].Rel != "obj" || v < 0 || !namingVerbs[strings.ToLower(ws[v].Lemma)] {
		return false
	}
	for o := range ws {
		if o == h || ws[o].Head != v+1 || ws[o].Rel != "obj" {
			continue
		}
		if ws[o].UPOS == "PRON" && ws[v].Rel == "acl:relcl" {
			o = ws[v].Head - 1 // "the islands, which Beijing calls …"
		}
		if o >= 0 {
			return landformNoun(ws[o].Form)
		}
	}
	return false
}

// namingVerbs give a thing its name.
var namingVerbs = wordSet("call name dub rename")

// landforms end the names of places: rivers, seas, mountains, straits,
// and a town's squares, streets and bridges.
var landforms = wordSet(`River Lake Sea Ocean Mountains Mountain Valley Strait Gulf Bay Canal Desert Island Islands Peninsula Plateau Heights Hills Coast Basin Delta Corridor Strip Shoal Reef Atoll Square Street Avenue Boulevard Bridge Plaza Wall
	Airport Airbase Harbor Harbour`)

// peakTitles begin the names of mountains and lakes.
var peakTitles = wordSet(`Mount Lake`)

// settlements are the nouns an "of" phrase names a place by: "the
// village of Tawori".
var settlements = wordSet(`village villages town towns city cities hamlet district province region county state port island suburb neighbourhood neighborhood commune municipality governorate oblast prefecture resort resorts exclave enclave territory peninsula capital`)

// innerTitle finds a person's title after a body's name in a run of name
// words ("House Judiciary Committee Chairman Bob Goodlatte", "RNC
// Chairman Reince Priebus"): when a first name follows the last title,
// the words up to it are the person's role, and the name starts after.
// national says that a nationality or a country stands just before the
// run, which makes the role a state's.
func (r *resolver) innerTitle(m *mention, words []string, start int, national bool) int {
	for t := len(words) - 2; t > start; t-- {
		e, ok := r.dict.Lookup(words[t])
		if !ok || e.Kind != "title" || len(words)-t-1 > 3 || !r.givenFirst(words[t+1:]) {
			continue
		}
		// A nationality before a minister's title says whose office it is
		// ("British Business Secretary Jonathan Reynolds"; but "American
		// Bridge President Jessica Mackler" heads a body), as a country
		// in the run does ("U.S. District Judge Emmet G. Sullivan").
		known := national && (words[t] == "Secretary" || words[t] == "Minister") || slices.ContainsFunc(words[:start], func(w string) bool {
			e, ok := r.dict.Lookup(w)
			return ok && e.Kind == "country"
		})
		for _, w := range words[start:t] {
			if e, ok := r.dict.Lookup(w); ok && (e.Kind == "institution" || e.Kind == "demonym" || e.Kind == "country") {
				r.addTitle(m, w)
				known = true
			}
		}
		if known {
			r.addTitle(m, words[t])
		} else {
			// "CNN President Jeff Zucker", "Judicial Watch President Tom
			// Fitton": the title of a body the dictionary does not know
			// says nothing of the sector.
			m.titles = append(m.titles, words[t])
		}
		return t + 1
	}
	return start
}

// honorifics are the courtesy titles before a person's name, with the
// gender they tell, if any.
var honorifics = map[string]byte{"Mr": 'm', "Mrs": 'f', "Ms": 'f', "Miss": 'f', "Dr": 0, "Sir": 'm', "Dame": 'f'}

// verbal: the tagger took the word for a verb, which no title is ("would
// judge Iran").
func verbal(w document.Word) bool { return w.UPOS == "VERB" || w.UPOS == "AUX" }

// swornIn are the verbs whose "in" is a particle before the person
// ("swore in", "ushered in").
var swornIn = wordSet("swear usher")

// placeBeforeConjunction: the name before the conjunction at c follows
// "in", "at", "near" or "the city of", as a place does.
func placeBeforeConjunction(ws []document.Word, c int) bool {
	p := c - 1
	for p >= 0 && ws[p].UPOS == "PROPN" {
		p--
	}
	if p == c-1 || p < 0 {
		return false
	}
	switch strings.ToLower(ws[p].Form) {
	case "in", "at", "near":
		return true
	case "of":
		return p > 0 && settlements[strings.ToLower(ws[p-1].Form)]
	}
	return false
}

// regionNouns follow the name of a part of a country or a place in it.
var regionNouns = wordSet("exclave enclave region province district governorate oblast county prefecture corridor crossing checkpoint airport airbase temple shrine regions provinces districts governorates oblasts counties prefectures")

// unknownName: no actor, dictionary entry, surname or first name has the
// name.
func (r *resolver) unknownName(words []string) bool {
	known, _, _ := r.personhood(strings.Join(words, " "))
	return !known && !slices.ContainsFunc(words, func(w string) bool {
		_, given := r.dict.FirstName(w)
		return given || len(r.dict.Bearers(w)) > 0
	})
}

// homeBodyTitle: a title that names a body of the story's country as
// well as a role in it ("foreign ministry spokeswoman", "army chief",
// "police chief").
func homeBodyTitle(title string) bool {
	words := strings.Fields(strings.ToLower(title))
	return len(words) > 1 && slices.ContainsFunc(words[:len(words)-1], func(w string) bool { return w == "ministry" || armedHomeBodies[w] })
}

// armedHomeBodies are the forces a role's title may name as the story's
// country's ("army chief Joseph Aoun", from Beirut).
var armedHomeBodies = wordSet(`army police military navy`)

// bodyHead: a name's last word that makes it a body of the state
// ("Defense Ministry", "Lebanese Army", "Joint Chiefs of Staff").
func bodyHead(form string) bool {
	f := strings.ToLower(form)
	return institutions[f] && f != "delegation" && f != "forces" && f != "troops" || form == "Staff"
}

// towardPlace are the words after which "to" leads to a place.
var towardPlace = map[string]bool{"travel": true, "fly": true, "go": true, "head": true, "return": true, "move": true,
	"come": true, "drive": true, "sail": true, "deploy": true, "relocate": true, "flee": true, "march": true,
	"route": true, "trip": true, "visit": true, "flight": true, "journey": true, "way": true, "bind": true, "bound": true}

// titleNext: a title starts at word k ("President", "Foreign Minister").
func (r *resolver) titleNext(ws []document.Word, k int) bool {
	for k < len(ws) && rank(ws[k]) {
		k++ // "Thailand's acting Prime Minister"
	}
	if k < len(ws) {
		if e, ok := r.dict.Lookup(ws[k].Form); ok && e.Kind == "institution" && e.Country == "IGO" {
			k++ // "Algeria's U.N. Ambassador"
		}
	}
	for n := 1; n <= 3 && k+n <= len(ws); n++ { // "foreign ministry spokesman"
		if e, ok := r.dict.Lookup(joinForms(ws[k : k+n])); ok && e.Kind == "title" {
			return true
		}
	}
	if k+1 < len(ws) && fieldWord(ws[k]) {
		e, ok := r.dict.Lookup(ws[k+1].Form)
		return ok && e.Kind == "title" // "Iran's top security official"
	}
	return false
}

// commonNounOpening: the one-word name m opens its sentence as the
// modifier of a plural noun, and WordNet files the word under people or
// groups: "Student leaders", "Terrorist groups", "Minority voters",
// which the tagger took for names.
func (r *resolver) commonNounOpening(m mention) bool {
	s := &r.d.Sentences[m.sentence]
	if k := s.WordStarting(m.span.Start); k != 0 || len(s.Words) < 2 || s.Words[1].XPOS != "NNS" || s.Words[0].Head != 2 || s.Words[0].Rel != "compound" {
		return false
	}
	lex := r.dict.lemmas.FirstLexFile(strings.ToLower(m.name), false)
	return lex == lexPerson || lex == lexGroup
}

// bodyEndingIn is the one body named before by a name of more words
// ending in the word ("European Commission" of "Commission"), or -1.
// The caller asks the word to name a kind of body (bodyName): not
// "State" after "Islamic State", nor "Phoenix" after "the U.S. District
// Court of Phoenix". Unlike bodyNamedBy, two bodies of one country
// ("the State Department", "the Justice Department") leave the word
// unresolved.
func (r *resolver) bodyEndingIn(word string) int {
	found := -1
	for i, a := range r.actors {
		if a.Kind == "organization" && (a.Country != "" || a.Sector != "") && strings.Contains(a.Name, " ") && strings.EqualFold(lastWord(a.Name), word) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// insurgentArmy: the body is an armed group that calls itself an army
// ("National Liberation Army", "Kachin Independence Army", "Arakan
// Army"), never the story's "the army", a state's.
func insurgentArmy(a *document.Actor) bool {
	if !strings.EqualFold(lastWord(a.Name), "army") {
		return false
	}
	if a.Sector == "REB" || a.Sector == "INS" || a.Sector == "UAF" {
		return true
	}
	return slices.ContainsFunc(strings.Fields(a.Name), func(w string) bool { return insurgentWords[strings.ToLower(w)] })
}

// insurgentWords name a cause an armed group fights for.
var insurgentWords = wordSet(`liberation independence revolutionary resistance free republican salvation islamic mujahideen`)

// bodyNamedBy is the body named before whose name ends in the word
// ("coalition" of "Saudi-led coalition"), when one alone does, or nil.
// The caller asks the word to be a kind of body: "New York mayor" is no
// body's.
func (r *resolver) bodyNamedBy(word string) *document.Actor {
	var found *document.Actor
	for _, a := range r.actors {
		if a.Kind == "organization" && a.Country != "" && strings.EqualFold(lastWord(a.Name), word) && strings.Contains(a.Name, " ") {
			if found != nil && found.Country != a.Country {
				return nil
			}
			found = a
		}
	}
	return found
}

// fieldWord: a lower-case noun or adjective that may name an office's
// field before its title ("security" of "top security official").
func fieldWord(w document.Word) bool {
	return w.Form != "" && w.Form[0] >= 'a' && w.Form[0] <= 'z' && (w.UPOS == "NOUN" || w.UPOS == "ADJ")
}

// titleAt returns how many words at the start of words form a title or a
// demonym or a country name used as one ("US President").
func (r *resolver) titleAt(words []string) int {
	for n := min(5, len(words)-1); n >= 1; n-- { // "Minister of Foreign Affairs"
		e, ok := r.dict.Lookup(joinTitle(words[:n]))
		if !ok {
			continue
		}
		switch {
		case e.Kind == "title", e.Kind == "demonym":
			return n
		case e.Kind == "country" || e.Kind == "institution":
			// "US President Donald Trump", "U.N. Secretary-General Kofi
			// Annan": a country or body before more of the name.
			if n < len(words)-1 {
				return n
			}
		case e.Kind == "place" && n < len(words)-1:
			// "Ohio Gov. John Kasich": a place before a title.
			if t, ok := r.dict.Lookup(words[n]); ok && t.Kind == "title" {
				return n
			}
		}
	}
	return 0
}

// joinTitle joins the words of a title as the dictionary spells it:
// "Secretary - General" (three tokens) is "Secretary-General".
func joinTitle(words []string) string {
	return nameJoiner.Replace(strings.Join(words, " "))
}

// nameJoiner closes the spaces joined words leave around a hyphen and
// before a plural's apostrophe ("Prisoners' Club").
var nameJoiner = strings.NewReplacer(" - ", "-", " ' ", "' ", " ’ ", "’ ", " 's ", "'s ", " ’s ", "’s ")

func (r *resolver) addTitle(m *mention, t string) {
	e, _ := r.dict.Lookup(t)
	switch e.Kind {
	case "demonym", "country", "place", "capital":
		switch {
		case m.country == "":
			m.country = e.Country
		case m.country == "IGO" && e.Country != "" && e.Country != "IGO":
			// "Algeria's U.N. Ambassador Amar Bendjama": a country's
			// envoy to the body, of the country's government.
			m.country = e.Country
			if m.sector == "IGO" {
				m.sector = "GOV"
			}
		}
	case "institution":
		if e.Country == "IGO" && m.country != "" && m.country != "IGO" {
			break // "Algeria's U.N. Ambassador": the country's envoy to the body
		}
		// "Pentagon spokesman John Kirby": the body's country and sector.
		if m.country == "" {
			m.country = e.Country
		}
		if m.sector == "" || m.sector == "GOV" || rebelsOwn(m.sector, e.Sector) { // "Houthi military spokesman": the rebels' own
			m.sector = e.Sector
		}
	case "title":
		m.titles = append(m.titles, t)
		// "Army spokesman Nabil Abdullah": the body he speaks for
		// decides, not the role's usual government.
		if m.sector == "" || m.sector == "GOV" && (e.Sector == "MIL" || e.Sector == "COP") && institutionTitle(t) ||
			rebelsOwn(m.sector, e.Sector) { // "rebel commander Pablo Beltran", "insurgent leader"
			m.sector = e.Sector
		}
		if m.country == "" {
			m.country = e.Country // a title only one country has ("Chief Cabinet Secretary")
		}
	}
}

// description recognises "the Turkish president", "the Supreme
// Leader", "the president of Turkey"-like role phrases: a determiner, an
// optional demonym, and a title, perhaps with "of" and a name after it.
// The mention covers the title; the name after "of" is a mention of its
// own unless the phrase turns out an appositive (see appositives).
func (r *resolver) description(si int, ws []document.Word, i int) (mention, int) {
	if f := strings.ToLower(ws[i].Form); i > 0 && (f == "neighbor" || f == "neighbour") && strings.EqualFold(ws[i-1].Form, "its") &&
		(i+1 == len(ws) || !nominal[ws[i+1].UPOS]) {
		// "Venezuela … accusing its neighbor of joining U.S. war
		// provocations": the country's neighbour, as "the neighbouring
		// country" is (see resolve); "its" stays the country's.
		m := mention{sentence: si, kind: "description", name: "neighbouring country", word: i,
			span: document.Span{Start: ws[i].Start, End: ws[i].End}, subject: strings.HasPrefix(ws[i].Rel, "nsubj")}
		return m, 1
	}
	if low := strings.ToLower(ws[i].Form); bareBodies[low] && (i == 0 || ws[i-1].UPOS != "DET" && ws[i-1].UPOS != "ADJ" && ws[i-1].XPOS != "POS" && !nominal[ws[i-1].UPOS]) &&
		strings.HasPrefix(ws[i].Rel, "nsubj") {
		// "Police fired tear gas", "…, military says": the police or the
		// military of the story's country, named with no article (see
		// homeBodies).
		m := mention{sentence: si, kind: "description", name: low, titles: []string{low}, subject: true, plural: low == "police",
			span: document.Span{Start: ws[i].Start, End: ws[i].End}}
		if e, ok := r.dict.Lookup(low); ok {
			m.sector = e.Sector
		}
		return m, 1
	}
	if n := bareStateMedia(ws, i); n > 0 {
		// "…, state media said": the outlets of the story's country,
		// named with no article (see homeMedia).
		name := strings.ToLower(joinForms(ws[i : i+n]))
		m := mention{sentence: si, kind: "description", name: name, titles: []string{name}, subject: true,
			span: document.Span{Start: ws[i].Start, End: ws[i+n-1].End}}
		if e, ok := r.dict.Lookup(name); ok {
			m.sector = e.Sector
		}
		return m, n
	}
	if !strings.EqualFold(ws[i].Form, "the") || i+1 >= len(ws) {
		return mention{}, 0
	}
	m := mention{sentence: si, kind: "description"}
	k := i + 1
	if formerly[ws[k].Form] && k+1 < len(ws) {
		k++ // "the former mayor of Burlington"
	}
	if e, ok := r.dict.Lookup(ws[k].Form); ok && (e.Kind == "demonym" || e.Kind == "country") {
		m.country = e.Country
		k++
	} else if k+2 < len(ws) && ws[k].Form == "country" && ws[k+1].XPOS == "POS" && r.home != "" {
		m.country = r.home // "the country's interior ministry" in a story datelined in Tbilisi
		k += 2
	} else if e, ok := r.dict.Lookup(ws[k].Form); ok && e.Kind == "institution" && e.Country != "" && e.Country != "IGO" && k+3 < len(ws) &&
		ws[k+1].Form == "-" && rulers[strings.ToLower(ws[k+2].Form)] && homeInstitutions[strings.ToLower(lastBodyWord(ws, k+3))] {
		// "The Hamas-run health ministry", "the Houthi-controlled
		// government": the body of the land the group runs.
		m.country = e.Country
		k += 3
	}
	if m.country != "" && k+2 < len(ws) && ws[k].Form == "-" && strings.EqualFold(ws[k+1].Form, "led") && ledForces[strings.ToLower(ws[k+2].Form)] {
		// "The Saudi-led coalition": the body the country leads, the
		// country's, with its noun's sector as the event coder gives it
		// ("Vietnamese-led forces" VNMMIL, "the Saudi-led coalition" SAU).
		g := k + 2
		m.name = r.d.Text[ws[k-1].Start:ws[g].End]
		if strings.EqualFold(ws[g].Form, "forces") {
			m.sector = "MIL"
		}
		m.titles = []string{strings.ToLower(ws[g].Form)}
		m.span = document.Span{Start: ws[i].Start, End: ws[g].End}
		m.subject = strings.HasPrefix(ws[g].Rel, "nsubj")
		return m, g + 1 - i
	}
	if k+2 < len(ws) && ws[k].Form == "-" && backers[strings.ToLower(ws[k+1].Form)] && groupNouns[ws[k+2].Form] {
		// "the Iran-backed group": backed by the country, not of it. The
		// mention is the noun's, and the country's name is read as a
		// mention of its own (the backer of the backing).
		g := k + 2
		m.name, m.span = ws[g].Form, document.Span{Start: ws[g].Start, End: ws[g].End}
		m.subject = strings.HasPrefix(ws[g].Rel, "nsubj")
		return m, 1
	}
	if k >= len(ws) {
		return mention{}, 0
	}
	if g := k + 1; g < len(ws) && (ws[k].UPOS == "ADJ" || ws[k].UPOS == "NOUN" && ws[k].Rel == "compound") && groupNouns[ws[g].Form] && ws[k].Form[0] >= 'a' && ws[k].Form[0] <= 'z' {
		k = g // "the militant group", "the rebel group"
	}
	if k+1 < len(ws) && k == i+1 && ws[k].Form == "world" && ws[k+1].Form == "body" {
		// "the world body": wire copy's name for the United Nations.
		m.kind, m.name = "name", "United Nations"
		m.span = document.Span{Start: ws[i].Start, End: ws[k+1].End}
		m.subject = strings.HasPrefix(ws[k+1].Rel, "nsubj")
		return m, k + 2 - i
	}
	if k == i+1 && k+1 < len(ws) && neighbouring[strings.ToLower(ws[k].Form)] && ws[k+1].Form == "country" && (k+2 == len(ws) || !nominal[ws[k+2].UPOS]) {
		// "accused the neighbouring country": the other country named
		// before (see resolve).
		m.name, m.word = "neighbouring country", k+1
		m.span = document.Span{Start: ws[i].Start, End: ws[k+1].End}
		m.subject = strings.HasPrefix(ws[k+1].Rel, "nsubj")
		return m, k + 2 - i
	}
	if g := epithetEnd(ws, k); k == i+1 && g > k && (g+1 == len(ws) || !nominal[ws[g+1].UPOS] && ws[g+1].Form != "of") {
		// "eased restrictions on the war-torn country": wire copy's
		// epithet for a country named before (see resolve).
		m.name, m.word = "country epithet", g
		m.span = document.Span{Start: ws[i].Start, End: ws[g].End}
		m.subject = strings.HasPrefix(ws[g].Rel, "nsubj")
		return m, g + 1 - i
	}
	if _, ok := monarchies[ws[k].Form]; ok && m.country == "" && k == i+1 && (k+1 == len(ws) || ws[k+1].Form != "of" && !nominal[ws[k+1].UPOS]) {
		// "The kingdom has insisted …": the monarchy named before (see
		// resolve).
		m.name, m.span = ws[k].Form, document.Span{Start: ws[i].Start, End: ws[k].End}
		m.subject = strings.HasPrefix(ws[k].Rel, "nsubj")
		return m, k + 1 - i
	}
	if memberNouns[ws[k].Form] && m.country == "" && k == i+1 && (k+1 == len(ws) || ws[k+1].Form != "of" && !nominal[ws[k+1].UPOS]) {
		// "The leaders", the members of a body or country named before
		// (see namedCollective), or no actor.
		m.name, m.span, m.plural = ws[k].Form, document.Span{Start: ws[i].Start, End: ws[k].End}, true
		m.subject = strings.HasPrefix(ws[k].Rel, "nsubj")
		return m, k + 1 - i
	}
	if (blocNouns[ws[k].Form] || groupNouns[ws[k].Form] || councilNouns[ws[k].Form] && k == i+1) && m.country == "" && (k+1 == len(ws) || ws[k+1].Form != "of" && !nominal[ws[k+1].UPOS] || chargedOf(ws, k+1)) {
		// "the bloc", "the alliance": a body of states named before
		// (see resolve), not a title.
		m.name, m.span = ws[k].Form, document.Span{Start: ws[i].Start, End: ws[k].End}
		m.subject = strings.HasPrefix(ws[k].Rel, "nsubj")
		return m, k + 1 - i
	}
	n := r.roleAt(ws, k)
	if n == 0 && k+1 < len(ws) && ws[k].Form != "" && ws[k].Form[0] >= 'a' && ws[k].Form[0] <= 'z' && strings.EqualFold(ws[k+1].Form, "ministry") &&
		(k+2 == len(ws) || !r.isNameWord(ws, k+2)) {
		n = 2 // "the interior ministry", "the foreign ministry"
	}
	if n == 0 {
		return mention{}, 0
	}
	end := k + n - 1
	title := joinTitle(formsFrom(ws, k, n))
	e, ok := r.dict.Lookup(title)
	if !ok && n == 2 && strings.EqualFold(ws[end].Form, "ministry") {
		e, _ = r.dict.Lookup("ministry")
	}
	m.titles = []string{strings.ToLower(title)}
	m.sector = e.Sector
	m.name = strings.ToLower(title)
	m.span = document.Span{Start: ws[i].Start, End: ws[end].End}
	m.subject = strings.HasPrefix(ws[end].Rel, "nsubj")
	m.plural = ws[end].XPOS == "NNS" || ws[end].XPOS == "NNPS"
	if p := end + 1; p+1 < len(ws) && ws[p].Form == "of" {
		// "the president of Turkey", "the Leader of the Islamic
		// Revolution".
		p++
		if ws[p].Form == "the" && p+1 < len(ws) {
			p++
		}
		// The name must end the phrase: not "the president of the
		// D.C.-based Arab American Institute", nor "the chairman of
		// President Barack Obama's Council of Economic Advisers".
		if q := r.nameEnd(ws, p); q > p && (q == len(ws) || ws[q].Form != "-" && ws[q].XPOS != "POS" && !nominal[ws[q].UPOS]) {
			m.ofEnd = ws[q-1].End
			m.fullTitle = r.d.Text[ws[k].Start:m.ofEnd]
			// "of Turkey", "of the European Commission": the country, or
			// the body's country and sector. A head of a body no
			// dictionary knows ("the president of Judicial Watch") is no
			// government's.
			of := joinForms(ws[p:q])
			if e, ok := r.dict.Lookup(of); ok && e.Kind != "media" && e.Kind != "person" {
				r.addTitle(&m, of)
			} else if m.sector == "GOV" {
				m.sector = ""
			}
		}
	}
	return m, end + 1 - i
}

// rulers are the participles after a hyphen that say who runs a body
// ("the Hamas-run health ministry").
var rulers = wordSet(`run controlled held`)

// lastBodyWord is the form of the last of the nouns that run on from
// word k ("health ministry"), or "".
func lastBodyWord(ws []document.Word, k int) string {
	last := ""
	for ; k < len(ws) && (ws[k].UPOS == "NOUN" || ws[k].UPOS == "ADJ"); k++ {
		last = ws[k].Form
	}
	return last
}

// backers are the participles after a hyphen that say who backs or
// leads a group ("Iran-backed", "Kurdish-led"): its own words, no
// actor's group.
var backers = wordSet(`backed led aligned allied linked affiliated`)

// ledForces are the bodies a country leads ("the Saudi-led
// coalition").
var ledForces = wordSet(`coalition alliance forces mission`)

// formerOffice are the words before a title that say its holder holds
// it no longer.
var formerOffice = wordSet(`former ex late`)

// formerly are the words between "the" and a role that leave it the
// role of the person named beside it.
var formerly = map[string]bool{"former": true, "then": true, "late": true, "current": true, "outgoing": true,
	"incoming": true, "new": true, "acting": true, "interim": true}

// nominal are the tags of words that go on a noun phrase.
var nominal = map[string]bool{"NOUN": true, "PROPN": true, "ADJ": true, "NUM": true}

// roleAt returns how many words from ws[k] make a title that stands for
// a person or body by itself, without a name after it: "president",
// "Supreme Leader", but not the "Supreme Leader" of "Supreme Leader Ali
// Khamenei", which is the name's title.
func (r *resolver) roleAt(ws []document.Word, k int) int {
	for n := min(3, len(ws)-k); n >= 1; n-- {
		e, ok := r.dict.Lookup(joinTitle(formsFrom(ws, k, n)))
		if !ok || e.Kind != "title" {
			continue
		}
		last := ws[k+n-1]
		if last.UPOS != "NOUN" && (last.UPOS != "PROPN" || n == 1 && last.Form[0] >= 'a') {
			return 0
		}
		if k+n < len(ws) && r.isNameWord(ws, k+n) {
			return 0
		}
		if n == 1 && k+1 < len(ws) && ws[k+1].Form == "of" && ofHeads[last.Form] {
			return 0 // a body's name: "the Ministry of Defence"
		}
		return n
	}
	return 0
}

// appositives binds a role phrase to the name it stands beside, set off
// by a comma: "the Leader of the Islamic Revolution, Ayatollah Ali
// Khamenei", "Erdogan, the Turkish president,". The role becomes a
// mention of the named person and gives the name its title and country;
// a name inside the role ("Islamic Revolution") is part of the title.
func (r *resolver) appositives(out []mention) []mention {
	for i := 0; i+1 < len(out); i++ {
		a, b := &out[i], &out[i+1]
		desc, name := a, b
		if a.kind == "name" {
			desc, name = b, a
		}
		// "Iran's foreign minister, Abbas Araqchi,": a country's role,
		// which nationalGroup reads as a group of one, is a description.
		role := desc.kind == "description" || desc.kind == "group" && len(desc.titles) > 0 &&
			strings.HasSuffix(strings.ToLower(desc.name), strings.ToLower(desc.titles[len(desc.titles)-1])) // not "France's military academy"
		if !role || desc.plural {
			continue
		}
		// The role's "of" part may hold names ("Islamic Revolution"):
		// out[from:j] are inside the role.
		from := i + 1
		if desc == b {
			from = i + 2
		}
		j := from
		for j < len(out) && out[j].span.End <= desc.end() {
			j++
		}
		descEnd, ofEnd := desc.end(), desc.ofEnd
		if desc == a {
			// "Sudan's envoy to the U.N., Al-Harith Idriss,", "The U.S.
			// ambassador in Manila, MaryKay Carlson,": the body or
			// country an envoy is sent to, or the place one serves in,
			// is part of the role.
			if j+1 < len(out) && toPhrase.MatchString(r.d.Text[descEnd:out[j].span.Start]) {
				descEnd = out[j].end()
				j++
			}
			// "Ukraine's commander of drone forces, Robert Brovdi,",
			// "Israel's minister for strategic affairs, Ron Dermer,": an
			// "of" or "for" phrase of common nouns is part of the role.
			if j < len(out) {
				if loc := commonOfPhrase.FindStringSubmatchIndex(r.d.Text[descEnd:out[j].span.Start]); loc != nil && !r.worksOrThings(r.d.Text[descEnd:descEnd+loc[3]]) {
					if r.phraseModifies(*desc, descEnd) {
						desc.ofEnd = descEnd + loc[3]
					}
					descEnd += loc[3]
					ofEnd = descEnd
				}
			}
			if j == len(out) {
				continue
			}
			name = &out[j]
		}
		firstEnd, second := descEnd, name
		if name == a {
			firstEnd, second = name.end(), desc
		}
		// "the group" and "the bloc" are no roles (see description):
		// "A spokesman for the group, Lawrence Kanyuka, said".
		if name.kind != "name" || !r.mayBePerson(*name) || institutions[desc.name] || len(desc.titles) == 0 ||
			!r.commaBetween(firstEnd, second.span.Start) || !r.closesPhrase(second.end()) {
			continue
		}
		// A name after the role may be a list's next item or a place's
		// state ("the mayor of Burlington, Vt."): it must look like a
		// person's full name or be one already known.
		if desc == a && !r.knownPerson(*name) && (!strings.Contains(name.name, " ") || strings.HasSuffix(name.name, ".")) {
			continue
		}
		// With no name bound, the "of" phrase is the role's only where the
		// parse hangs it on the role: "the French minister of environment
		// and energy, Ségolène Royal" (a name spelt past reading), not
		// "blamed the army for the attack, saying".
		desc.ofEnd = ofEnd
		r.bindRole(desc, name)
		out = slices.Delete(out, from, j) // the names inside the title
		i++
	}
	return out
}

// phraseModifies: the first preposition after from heads a phrase the
// parse attaches to a word of m.
func (r *resolver) phraseModifies(m mention, from int) bool {
	ws := r.d.Sentences[m.sentence].Words
	p := slices.IndexFunc(ws, func(w document.Word) bool { return w.Start >= from })
	if p < 0 || ws[p].Head == 0 {
		return false
	}
	if h := ws[ws[p].Head-1].Head; h > 0 {
		return ws[h-1].Start >= m.span.Start && ws[h-1].End <= m.span.End
	}
	return false
}

// toPhrase is the text between a role and the body or country it is
// sent to, or the place it serves in: "envoy to the U.N.", "ambassador
// to Washington", "ambassador in Manila".
var toPhrase = regexp.MustCompile(`^\s+(?:to|in|at|for)\s+(?:the\s+)?$`)

// worksOrThings: the phrase ends in a noun WordNet files first under
// artifacts or communication, a role over a thing made, no office ("the
// director of the film, Michael Bay").
func (r *resolver) worksOrThings(phrase string) bool {
	f := r.dict.lemmas.FirstLexFile(strings.TrimSuffix(lastWord(phrase), "s"), false)
	return f == lexArtifact || f == lexCommunication
}

// commonOfPhrase is an "of" or "for" phrase of lower-case words after a
// role, up to the comma before a name: " of drone forces", " for
// strategic affairs".
var commonOfPhrase = regexp.MustCompile(`^(\s+(?:of|for)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})\s*,`)

// end is where the mention's phrase ends, its "of" part included.
func (m mention) end() int { return max(m.span.End, m.ofEnd) }

// bindRole makes the role phrase desc a mention of the person named by
// name.
func (r *resolver) bindRole(desc, name *mention) {
	title := desc.titles[0]
	if desc.fullTitle != "" {
		title = desc.fullTitle
	}
	desc.kind, desc.name = "name", name.name
	desc.span.End = desc.end()
	desc.titles = []string{title}
	name.titles = append(name.titles, title)
	if name.country == "" {
		name.country = desc.country
	}
	if desc.country == "" {
		desc.country = name.country
	}
	if name.sector == "" {
		name.sector = desc.sector
	}
	desc.subject = desc.subject || name.subject
}

// mayBePerson: the name is not one of a country, place, outlet or body
// the dictionary or the article knows.
func (r *resolver) mayBePerson(m mention) bool {
	if m.plural || m.afterPlacePrep || m.photographer {
		return false
	}
	known, person, guess := r.personhood(m.name)
	return !known || person || guess
}

// knownPerson: the name is a person's the dictionary or the article
// knows.
func (r *resolver) knownPerson(m mention) bool {
	known, person, _ := r.personhood(m.name)
	return known && person
}

// personhood tells what the article, then the dictionary, knows of a
// name: whether it is known, as a person, or as a guess that may yet
// turn out one. A surname alone is a known person's.
func (r *resolver) personhood(name string) (known, person, guess bool) {
	if idx, ok := r.byName[foldName(name)]; ok {
		return true, r.actors[idx].Kind == "person", r.guessed[idx]
	}
	if e, ok := r.dict.Lookup(name); ok {
		return true, e.Kind == "person", false
	}
	_, ok := r.dict.Surname(name)
	return ok, ok, false
}

// commaBetween: the text from offset a to b is a comma.
func (r *resolver) commaBetween(a, b int) bool {
	return a <= b && strings.TrimSpace(r.d.Text[a:b]) == ","
}

// closesPhrase: the text after offset a ends the noun phrase: a comma,
// the sentence's end, a bracket ("(AP)") or a closing quote.
func (r *resolver) closesPhrase(a int) bool {
	rest := strings.TrimLeft(r.d.Text[a:], " \t")
	if rest == "" {
		return true
	}
	switch rest[0] {
	case ',', '.', ';', '(', ')', '\n', '"':
		return true
	}
	return strings.HasPrefix(rest, "’") || strings.HasPrefix(rest, "”") || strings.HasPrefix(rest, "—")
}

// nationalGroup recognises an unnamed actor given by its country and
// role: a demonym or a country's possessive, then a noun phrase whose
// words include a role with a sector ("Moroccan diplomats", "Bangladeshi
// peacekeeping troops", "Israeli intelligence officials", "Taiwan's Vice
// Foreign Minister", "Israel's high court"). A role followed by a name is
// the name's title ("Iranian President Masoud Pezeshkian") and is left to
// nameMention. It returns the mention and the words it covers.
func (r *resolver) nationalGroup(si int, ws []document.Word, i int) (mention, int) {
	if ws[i].Form[0] < 'A' || ws[i].Form[0] > 'Z' || i > 0 && strings.EqualFold(ws[i-1].Form, "as") {
		return mention{}, 0 // "did not recognise Maduro as Venezuela's legitimate leader": what he is called, no one else
	}
	k, country := r.nationalityAt(ws, i)
	if k == 0 && rank(ws[i]) && i+1 < len(ws) {
		// "Senior Saudi and Iranian officials": a rank before the first
		// nationality, which opens the sentence.
		if m, n := r.nationalGroup(si, ws, i+1); n > 0 {
			m.span.Start = ws[i].Start
			return m, n + 1
		}
	}
	if k == 0 {
		return mention{}, 0
	}
	if k+1 < len(ws) && (ws[k].Form == "and" || ws[k].Form == "or") && ws[k-1].XPOS != "NNPS" && ws[k-1].XPOS != "NNS" {
		if other, n := r.nationalGroup(si, ws, k+1); n > 0 {
			// "Indian and Pakistani troops": each nationality has the
			// group the last one names (not "ethnic Russians and Russian
			// speakers").
			end, _ := r.nationalityAt(ws, k+1)
			m := other
			m.country, m.span = country, document.Span{Start: ws[i].Start, End: ws[k-1].End}
			m.name = r.d.Text[m.span.Start:m.span.End] + " " + r.d.Text[ws[end].Start:other.span.End]
			return m, k - i
		}
	}
	m := mention{sentence: si, kind: "group", country: country}
	head, lastTitle := -1, -1
	for ; k < len(ws) && k-i <= 5; k++ {
		w := ws[k]
		if n := r.titleAt(formsFrom(ws, k, 4)); n > 1 {
			t, _ := r.dict.Lookup(joinForms(ws[k : k+n]))
			if t.Kind == "title" {
				m.sector = t.Sector // "Foreign Minister"
				m.titles = append(m.titles, joinForms(ws[k:k+n]))
				k += n - 1
				head, lastTitle = k, k
				continue
			}
		}
		if w.Form == "-" && k+1 < len(ws) && ws[k+1].Rel == "amod" && ws[k+1].Head-1 > k+1 && head >= 0 {
			// "Sudan's army-backed government": the role only backs the
			// group, which the noun after the participle names.
			m.sector, m.titles, head = "", nil, -1
			k++
			continue
		}
		if lower := strings.ToLower(w.Form); timeNouns[lower] || (lower == "last" || lower == "next" || lower == "this") && k+1 < len(ws) && timeNouns[strings.ToLower(ws[k+1].Form)] {
			break // "Iranian officials last week": a time, no more of the group
		}
		if len(r.tree(si).ChildrenWith(k, "obj")) > 0 {
			break // "South Korean president lifts martial law": a noun takes no object; the verb the tagger missed ends the group
		}
		capital := w.Form[0] >= 'A' && w.Form[0] <= 'Z'
		if capital && k > i && k+1 < len(ws) && ws[k-1].XPOS == "POS" && r.envoyToBody(w.Form, ws[k+1].Form) {
			continue // "Sudan's U.N. ambassador": the country's envoy to the body
		}
		t, isTitle := r.dict.Lookup(w.Form)
		if !isTitle && w.XPOS == "NNS" {
			t, isTitle = r.dict.Lookup(strings.TrimSuffix(w.Form, "s")) // "leaders"
		}
		if w.Form == "media" && !strings.EqualFold(ws[k-1].Form, "social") {
			// "Israeli media": a country's outlets, in lower case only (not
			// the "Media" of "the Center of Media Justice"), and no
			// country's social media, whose users write on it.
			t, isTitle = Entry{Kind: "title", Sector: "MED"}, true
		}
		isTitle = isTitle && t.Kind == "title"
		if capital && !isTitle && !titleModifiers[w.Form] || w.UPOS != "NOUN" && w.UPOS != "ADJ" && w.UPOS != "PROPN" {
			break
		}
		if isTitle && t.Sector != "" {
			// The first role other than government wins ("police
			// officers", "rebel leaders", "army officials").
			if m.sector == "" || m.sector == "GOV" {
				m.sector = t.Sector
			}
			m.titles = append(m.titles, w.Form)
			lastTitle = k
		}
		head = k
	}
	roleOnly := lastTitle >= 0 && lastTitle < head && ws[head].UPOS == "NOUN" && r.deedNoun(ws[head], m.titles)
	if roleOnly {
		// "Lebanese government plan", "Chinese coast guard entry",
		// "Israeli military policies": the role is the actor (however
		// the tagger read "military"), and what it does or says is no
		// part of it.
		head, k = lastTitle, lastTitle+1
	}
	if head < 0 || m.sector == "" || ws[head].UPOS == "ADJ" && !roleOnly || r.deedNoun(ws[head], m.titles) {
		return mention{}, 0
	}
	if m.sector == "MIL" && rulingBodies[strings.ToLower(ws[head].Form)] {
		m.sector = "GOV" // "Mali's military government": the government, which soldiers run
	}
	if k+1 < len(ws) && ws[k].XPOS == "POS" && officeNouns[ws[k+1].Form] && len(m.titles) > 0 {
		// "Israel's Prime Minister's Office": the office of the role, a
		// body of the country.
		m.titles = append(m.titles, ws[k+1].Form)
		head, k = k+1, k+2
	}
	if k < len(ws) && (r.isNameWord(ws, k) && hangsOnRun(ws, head, k) || r.titleOf(ws, k) > 0) {
		// A title: "Iranian President Masoud Pezeshkian", "Iranian
		// Minister of Foreign Affairs Abbas Araghchi"; not before a name
		// that owns what follows it ("handed Israel's negotiators
		// Hamas's response").
		return mention{}, 0
	}
	if k+1 < len(ws) && head == k-1 && ws[k].Form == "of" && ofHeads[ws[head].Form] && r.isNameWord(ws, k+1) {
		return mention{}, 0 // "China's Ministry of State Security": a body's name, read as one
	}
	m.span = document.Span{Start: ws[i].Start, End: ws[head].End}
	if r.insideUnnamedSource(m.span) {
		return mention{}, 0 // "multiple US officials": see anonymousSources
	}
	m.name = r.d.Text[m.span.Start:m.span.End]
	m.subject = strings.HasPrefix(ws[head].Rel, "nsubj")
	m.plural = ws[head].XPOS == "NNS" || ws[head].XPOS == "NNPS"
	return m, head + 1 - i
}

// envoyToBody: body is an international body's name and title a
// diplomat's, as a country's envoy to the body is called ("U.N.
// ambassador").
func (r *resolver) envoyToBody(body, title string) bool {
	e, ok := r.dict.Lookup(body)
	return ok && e.Kind == "institution" && e.Country == "IGO" && envoys[strings.ToLower(title)]
}

// rebelsOwn: a title or body of the rebels (sector) makes a role that an
// earlier word gave the military's or the government's (have) the
// rebels' own: "Houthi military spokesman", "rebel commander".
func rebelsOwn(have, sector string) bool {
	return sector == "REB" && (have == "MIL" || have == "GOV")
}

// rulingBodies are the nouns of who rules a state, whoever staffs it.
var rulingBodies = wordSet(`government regime junta administration`)

// deedNoun: the head of a national group is no role but what the role
// does, has or says ("India's military action", "a Russian military
// operation", "Pakistani military facilities", "Lebanese government
// plan", "Chinese coast guard entry"): WordNet files it first under acts,
// events, thoughts or messages (other than the outlets that carry them),
// or it is a site.
func (r *resolver) deedNoun(w document.Word, titles []string) bool {
	// A title's own last word is its holder ("security service"), no deed.
	if r.dict.lemmas == nil || slices.ContainsFunc(titles, func(t string) bool {
		return strings.EqualFold(t, w.Form) || strings.HasSuffix(strings.ToLower(t), " "+strings.ToLower(w.Form))
	}) {
		return false
	}
	if sites[strings.ToLower(w.Lemma)] || manoeuvres[strings.ToLower(w.Lemma)] {
		return true
	}
	switch r.dict.lemmas.FirstLexFile(strings.ToLower(w.Lemma), false) {
	case lexAct, lexEvent:
		return true
	case lexCognition, lexCommunication:
		return !outletNouns[strings.ToLower(w.Lemma)]
	}
	return false
}

// outletNouns are messages' carriers, a command and an intelligence service, which WordNet files
// with messages but which speak and act ("Israeli army radio", "Iran's
// military command").
var outletNouns = wordSet(`television tv radio newspaper news channel daily press command intelligence`)

// sites are the places a role has, which are targets, not actors
// ("Pakistani military facilities"); its machines act for it ("Israeli
// army bulldozers demolished homes").
var sites = wordSet(`facility installation site base infrastructure position target compound outpost`)

// manoeuvres are what forces do, though WordNet's first sense of some is
// a tool ("Chinese military drills").
var manoeuvres = wordSet(`drill exercise manoeuvre maneuver wargame parade`)

// compass words name a part of a country: "South Lebanon", "Western
// Cambodia". (South Korea and South Sudan are countries of their own and
// found in the dictionary first.)
var compass = map[string]bool{"North": true, "South": true, "East": true, "West": true, "Northern": true,
	"Southern": true, "Eastern": true, "Western": true, "Central": true, "Upper": true, "Lower": true}

// ranks are the adjectives between a nationality and a title: "Nigerian
// junior foreign minister", "Ukrainian presidential adviser", "Hezbollah's
// late leader Hassan Nasrallah", "its new leader Naim Qassem".
var ranks = map[string]bool{"junior": true, "senior": true, "deputy": true, "acting": true, "former": true, "top": true,
	"interim": true, "outgoing": true, "assistant": true, "veteran": true, "presidential": true, "royal": true,
	"late": true, "new": true, "slain": true}

// halfOfDivided: the mention is "the North" or "the South" in an article
// that names a country of a divided pair ("North Korea", "South Sudan"),
// and the other half, or this one, is the country it means.
func (r *resolver) halfOfDivided(m mention) (string, bool) {
	if m.kind != "name" || m.name != "North" && m.name != "South" {
		return "", false
	}
	s := &r.d.Sentences[m.sentence]
	// A headline drops the article: "South Korea's Lee proposes military
	// talks with North".
	if k := s.WordStarting(m.span.Start); k < 1 || !strings.EqualFold(s.Words[k-1].Form, "the") && !r.d.InHeadline(s) {
		return "", false
	}
	for _, a := range r.actors {
		if a.Kind != "country" {
			continue
		}
		_, rest, ok := strings.Cut(a.Name, " ")
		if !ok || !strings.HasPrefix(a.Name, "North ") && !strings.HasPrefix(a.Name, "South ") {
			continue
		}
		if e, ok := r.dict.Lookup(m.name + " " + rest); ok && e.Kind == "country" {
			return e.Name, true
		}
	}
	return "", false
}

// language: the mention is a language's name used as a noun, not a
// people ("the English") nor a modifier ("English officials"): spoken,
// taught, preferred, or after "in", "of", "for" ("in Spanish", "a word
// of English"), or before "-language".
func (r *resolver) language(m mention) bool {
	if !languages[m.name] {
		return false
	}
	s := &r.d.Sentences[m.sentence]
	k := s.WordStarting(m.span.Start)
	if k < 0 || s.WordEnding(m.span.End) != k {
		return false
	}
	ws := s.Words
	if k+2 < len(ws) && ws[k+1].Form == "-" && strings.EqualFold(ws[k+2].Form, "language") {
		return true
	}
	if k > 0 && strings.EqualFold(ws[k-1].Form, "the") || k+1 < len(ws) && (ws[k+1].UPOS == "NOUN" || ws[k+1].UPOS == "PROPN") {
		return false
	}
	if h := ws[k].Head - 1; ws[k].Rel == "conj" && h >= 0 && h < k && languages[ws[h].Form] {
		k = h // "in both English and Spanish": as the first language goes
	}
	if h := ws[k].Head - 1; h >= 0 && ws[k].Rel == "obj" && languageVerbs[strings.ToLower(ws[h].Lemma)] {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		switch strings.ToLower(ws[j].Form) {
		case "both", "either":
			continue
		case "in", "of", "for", "speak", "speaks", "speaking", "spoke":
			return true
		}
		break
	}
	return false
}

// languages are the demonyms that name a language too, and
// languageVerbs the verbs whose object is one.
var (
	languages = wordSet(`English Spanish French German Russian Chinese Arabic Portuguese Italian Japanese Korean Hindi
		Urdu Persian Farsi Hebrew Turkish Mandarin Cantonese Dutch Greek Polish Ukrainian Swahili`)
	languageVerbs = wordSet(`speak teach learn write translate prefer understand study read`)
)

// rank: the word is one of ranks, used as an adjective.
func rank(w document.Word) bool { return w.UPOS == "ADJ" && ranks[strings.ToLower(w.Form)] }

// countrylessBody: the words name a body the dictionary knows of no one
// country, whose country a possessive before it gives ("South Korea's
// Joint Chiefs of Staff").
func (r *resolver) countrylessBody(ws []document.Word) bool {
	e, ok := r.dict.Lookup(joinForms(ws))
	return ok && e.Kind == "institution" && e.Country == ""
}

// titleModifiers are capitalized words that go before a title without
// naming anyone: "Taiwan's Vice Foreign Minister", "the Ivory Coast's
// Supreme Court".
var titleModifiers = map[string]bool{"Vice": true, "Deputy": true, "Acting": true, "Former": true, "Senior": true, "Chief": true, "Top": true,
	"Supreme": true, "High": true, "Constitutional": true, "Federal": true, "National": true}

// nationalityAt is the end of a demonym or a country's possessive at i
// (of several words: "Sri Lankan", "the Ivory Coast's") and its country;
// 0 if there is none.
func (r *resolver) nationalityAt(ws []document.Word, i int) (end int, country string) {
	for n := min(3, len(ws)-i); n >= 1; n-- {
		e, ok := r.dict.Lookup(joinForms(ws[i : i+n]))
		switch {
		case !ok:
		case e.Kind == "demonym" && i > 0 && strings.EqualFold(ws[i-1].Form, "ethnic"):
			return i + n, "" // "ethnic Albanian mayors" in Kosovo: a people, not Albania's
		case e.Kind == "demonym":
			return i + n, e.Country
		case e.Kind == "country" && i+n < len(ws) && ws[i+n].XPOS == "POS":
			return i + n + 1, e.Country // "Taiwan's"
		case e.Kind == "country" && n == 1 && ws[i].UPOS == "ADJ":
			return i + n, e.Country // "Saudi and Iranian officials": a country's short name used as its adjective
		case e.Kind == "country" && i+n < len(ws) && homeInstitutions[ws[i+n].Form] && ws[i+n-1].Rel == "compound" && ws[i+n-1].Head == i+n+1 &&
			ws[i+n].Rel != "compound": // not "U.S. government securities"
			return i + n, e.Country // "Kosovo police": the country's, as "Georgian police"
		case e.Kind == "country" && i+n < len(ws) && ws[i+n-1].Rel == "compound" && ws[i+n-1].Head == i+n+1 && ws[i+n].Rel != "compound" &&
			r.unofficialTitle(ws[i+n].Form) && (i == 0 || ws[i-1].UPOS == "DET" || !unicode.IsUpper(rune(ws[i-1].Form[0]))) &&
			(i+n+1 == len(ws) || ws[i+n+1].UPOS != "PROPN"):
			// "Russia jails US journalist": the country's, as "American
			// journalist"; not "New Jersey governor" (Jersey's) nor "U.S.
			// senator Bernie Sanders" (the title of the name after it),
			// nor an office, which a name holds ("the former first lady
			// and U.S. senator").
			return i + n, e.Country
		}
	}
	return 0, ""
}

func formsFrom(ws []document.Word, k, n int) []string {
	var out []string
	for ; k < len(ws) && len(out) < n; k++ {
		out = append(out, ws[k].Form)
	}
	return out
}

func joinForms(ws []document.Word) string {
	return strings.Join(formsFrom(ws, 0, len(ws)), " ")
}

// bareTitle: a name mention that is a title word alone, not an
// institution ("the Army"), a surname ("King said") or the modifier of a
// noun ("Justice officials").
func (r *resolver) bareTitle(m mention) bool {
	// The dictionary's kind first: every name mention asks, and few are
	// titles (Bearers builds a list).
	if m.kind != "name" || strings.Contains(m.name, " ") {
		return false
	}
	if e, ok := r.dict.Lookup(m.name); !ok || e.Kind != "title" {
		return false
	}
	if institutions[strings.ToLower(m.name)] || len(r.dict.Bearers(m.name)) > 0 {
		return false
	}
	if _, named := r.byName[foldName(m.name)]; named {
		return false // "Rep. Peter King … King said"
	}
	ws := r.d.Sentences[m.sentence].Words
	k := slices.IndexFunc(ws, func(w document.Word) bool { return w.Start == m.span.Start })
	return k >= 0 && ws[k].Rel != "compound"
}

// leadersGovernment reads a person's name before "administration" or
// "government" ("the Obama administration", "the Netanyahu government")
// as that government: a description of the person's country, in the
// government sector, not the person.
func (r *resolver) leadersGovernment(m mention) (mention, bool) {
	if m.kind != "name" || m.leader || m.sentence < 0 || m.sentence >= len(r.d.Sentences) {
		return m, false
	}
	ws := r.d.Sentences[m.sentence].Words
	name, end := m.name, m.span.End
	body := ""
	if sp := strings.LastIndexByte(name, ' '); sp > 0 && (name[sp+1:] == "Administration" || name[sp+1:] == "Government") {
		name, body = name[:sp], strings.ToLower(name[sp+1:]) // "the Obama Administration", one name to the tagger
	} else if k := slices.IndexFunc(ws, func(w document.Word) bool { return w.Start >= m.span.End }); k >= 0 {
		if k+1 < len(ws) && ws[k].XPOS == "POS" {
			k++ // "Maduro's government"
		}
		if ws[k].Form == "administration" || ws[k].Form == "government" {
			body, end = ws[k].Form, ws[k].End
		}
	}
	if body == "" {
		return m, false
	}
	country := r.personsCountry(name)
	if country == "" {
		return m, false
	}
	g := m
	g.kind, g.name, g.country, g.sector = "description", body, country, "GOV"
	g.titles = []string{body}
	g.span.End = end
	return g, true
}

// personsCountry is the country of the known person a name is, or of all
// the known people whose surname it is ("Bush"), or "".
func (r *resolver) personsCountry(name string) string {
	if e, ok := r.dict.Lookup(name); ok {
		if e.Kind == "person" {
			return e.Country
		}
		return ""
	}
	words := strings.Fields(name)
	if e, ok := r.surname(words, 0); ok {
		return e.Country
	}
	country := ""
	for _, e := range r.dict.Bearers(words[len(words)-1]) {
		if e.Country == "" || country != "" && e.Country != country {
			return ""
		}
		country = e.Country
	}
	return country
}

// insideUnnamedSource reports whether a span lies inside the source of an
// attribution to an anonymous or vague source.
func (r *resolver) insideUnnamedSource(s document.Span) bool {
	for _, at := range r.d.Attributions {
		if (at.SourceKind == "anonymous" || at.SourceKind == "vague") && at.Source.Start <= s.Start && s.End <= at.Source.End {
			return true
		}
	}
	return false
}

// resolve links a mention to an actor, creating one when it is new.
func (r *resolver) resolve(m mention) {
	// A guess is marked for the actor about to be made (r.guessed at the
	// next index); a mention that joins an actor made before leaves no
	// mark for the next one.
	defer func(next int) {
		if len(r.actors) == next {
			delete(r.guessed, next)
		}
	}(len(r.actors))
	if m.kind == "name" && r.namedInQuotes(m) {
		return // "would be named the "Trump Route for International Peace and Prosperity"": a name given, no actor
	}
	if r.insideHyphenedDateline(m) {
		return // "PORT-AU-PRINCE (AP) —": a piece of the city's name, not the African Union
	}
	if r.bareTitle(m) {
		// "run for President", "Editor's Note", "Mr. President": a title
		// alone names no body; it is a description of whoever holds it.
		m.kind, m.titles, m.name = "description", []string{m.name}, strings.ToLower(m.name)
	}
	if g, ok := r.leadersGovernment(m); ok {
		// The name is the leader's too, whom later surnames and pronouns
		// name ("a Hillary Clinton administration … Clinton said").
		person := m
		person.leader = true
		if ws := r.d.Sentences[m.sentence].Words; m.span.End == g.span.End {
			// "the Obama Administration", one name: the person is the
			// words before the last.
			if k := r.d.Sentences[m.sentence].WordEnding(m.span.End); k > 0 {
				person.name = m.name[:strings.LastIndexByte(m.name, ' ')]
				person.span.End = ws[k-1].End
			}
		}
		if e, ok := r.dict.Lookup(person.name); ok && e.Kind == "person" {
			r.resolve(person)
		} else if _, ok := r.surname(strings.Fields(person.name), 0); ok {
			r.resolve(person)
		} // not "Bush", whom no one known alone bears
		m = g
	}
	switch m.kind {
	case "pronoun":
		if m.thing {
			a := r.sanctionedIts(m) // "thanked Washington for its support": not the thanker's
			if a < 0 {
				a = r.clauseSubject(m)
			}
			if a < 0 && m.subject && m.word == 0 && r.itReports(m) {
				a = r.previousSubject(m.sentence) // "The Israeli military said it had hit … It did not provide evidence."
			}
			if a < 0 && m.word == 0 && r.ownsSubject(m) {
				a = r.previousSubject(m.sentence) // "ECOWAS has threatened to use force. Its defence chiefs agreed …"
			}
			if a < 0 {
				a = r.reportersIts(m)
			}
			if a < 0 {
				a = r.deniedClaimIt(m)
			}
			if a < 0 {
				a = r.accusedIt(m)
			}
			if a >= 0 {
				r.addMention(a, m)
			}
			return
		}
		if m.plural {
			a := r.pluralSubject(m)
			if a < 0 {
				a = r.pluralAntecedent(m)
			}
			if a >= 0 {
				r.addMention(a, m)
			}
			return
		}
		g := pronounGender[m.name]
		a := r.lastPerson(g)
		if s := r.possessingSubject(m, g); s >= 0 {
			a = s // "Francois Bayrou announced his resignation": his own
		}
		office := r.reportedSubjectsOffice(m, g)
		if office >= 0 {
			a = office // "Zelenskiy will travel to Florida to meet Trump, his office said": the subject's
		}
		if m.subject && r.lastSubject >= 0 && m.sentence-r.lastSubjectSentence <= 2 && r.agrees(r.lastSubject, g) && !r.namedBeforeIn(a, m) {
			a = r.lastSubject // "He" continues the last sentence's subject
		}
		if s := r.guessedSubjectBefore(m); s >= 0 && r.agrees(s, g) {
			a = s // "Ramtane Lamamra urged both sides …. He warned …": a name of no known person, guessed a body
		}
		if s := r.reportingSpeaker(m, g); s >= 0 {
			a = s // "U.N. human rights chief Volker Turk said he was shocked": the speaker
		}
		if s := r.accusedSubject(m, g); s >= 0 {
			a = s // "Imamoglu has been in jail since March on charges he denies": the accused
		}
		if a >= 0 && a != office && (a == r.objectsSubject(m) || a == r.demandersSubject(m)) {
			// "The president accepted the resignation and asked him to
			// lead": whom a verb's subject asks is someone else.
			a = r.lastPersonBut(g, a)
		}
		if s := r.conditionsObject(m, g); s >= 0 {
			a = s
		}
		if s := r.relativeReporter(m, g); s >= 0 {
			a = s // "Gov. Babagana Zulum urged … to protect farmers, who he said were being killed": the sentence's subject
		}
		if m.subject && r.afterQuotation(m) && r.lastSpeaker >= 0 && m.sentence-r.lastSpeakerSentence <= 1 && r.agrees(r.lastSpeaker, g) {
			a = r.lastSpeaker // "Zelenskiy thanked the EU. “…,” he wrote": the last one named doing so
		}
		if c, ok := r.conjunctsPossessor(m, g, a); ok {
			a = c // "The Republican nominee and his aides": the nominee's, whoever that is
		}
		if a >= 0 {
			r.addMention(a, m)
		}
		return
	case "description":
		if blocNouns[strings.ToLower(m.name)] {
			// "The European Union imposed sanctions. The bloc said": the
			// last body of states named.
			for k := len(r.collectives) - 1; k >= 0; k-- {
				if a := r.actors[r.collectives[k].actor]; a.Kind == "organization" && a.Sector == "IGO" && !organOfBody(a.Name) {
					r.addMention(r.collectives[k].actor, m)
					return
				}
			}
			return
		}
		if councilNouns[strings.ToLower(m.name)] {
			// "the bloc's Peace and Security Council said … The council
			// condemned": the body of that name named last, if recently;
			// else no one.
			if a := r.recentBody(m, func(a *document.Actor) bool { return namedAs(a, strings.ToLower(m.name)) }); a >= 0 {
				r.addMention(a, m)
			}
			return
		}
		if strings.EqualFold(m.name, "rebels") && m.country == "" {
			// "The rebels seized Goma": the rebel group named last; else
			// a group of their own.
			if a := r.recentBody(m, func(a *document.Actor) bool { return a.Sector == "REB" }); a >= 0 {
				r.addMention(a, m)
				return
			}
		}
		if noun := strings.ToLower(m.name); outletDescriptions[noun] && m.country == "" {
			// "…, the judiciary's Mizan news agency reported. …, the
			// agency said": the outlet named last, if recently.
			if a := r.recentOutlet(m, noun); a >= 0 {
				r.addMention(a, m)
				return
			}
		}
		if groupNouns[strings.ToLower(m.name)] {
			// "Hamas said … the group would not give up its demand": the
			// last armed, opposition or civic body named.
			if a := r.recentBody(m, func(a *document.Actor) bool { return groupSectors[a.Sector] }); a >= 0 {
				r.addMention(a, m)
			}
			return
		}
		body := institutions[strings.ToLower(m.name)]
		role := strings.ToLower(m.name)
		bare := strings.EqualFold(strings.Join(strings.Fields(r.d.Text[m.span.Start:m.end()]), " "), "the "+role) // not "the outgoing president"
		if idx, ok := r.describedAs[role]; ok && bare && m.country == "" && !body {
			r.addMention(idx, m)
			return
		}
		for k := len(r.recent) - 1; k >= 0; k-- {
			a := r.actors[r.recent[k]]
			if body && a.Kind == "person" {
				continue // "the army" is no "army chief"
			}
			if (m.country == "" || a.Country == m.country) && hasTitle(a, m.name) {
				if bare && m.country == "" && !body && a.Kind == "person" && holdsRole(a, role) {
					r.describedAs[role] = r.recent[k]
				}
				r.addMention(r.recent[k], m)
				return
			}
		}
		if body && r.bareDescription(m) {
			// "Qatar's foreign ministry said … the ministry said": the
			// last body of that kind named, as a person's title is (not
			// "the Bush administration" after the Obama one).
			for k := len(r.collectives) - 1; k >= 0; k-- {
				c := r.collectives[k]
				if a := r.actors[c.actor]; a.Kind == "organization" && (m.country == "" || a.Country == m.country) && (hasTitle(a, m.name) || namedAs(a, m.name)) {
					r.addMention(c.actor, m)
					return
				}
			}
		}
		if m.name == "neighbouring country" {
			// "Venezuela recalled its ambassador to Guyana and accused the
			// neighbouring country of …": the last country named that is
			// not the subject of its clause.
			// A subject is the neighbour of the last sentence's subject
			// ("Rwanda denied the charge. The neighbouring country said").
			self := -1
			if c := r.governingSubject(m); c >= 0 {
				self = r.collectiveAt(r.d.Sentences[m.sentence].Words[c].Start)
			} else if m.subject {
				self = r.previousSubject(m.sentence)
			}
			if a := r.lastNeighbour(self); a >= 0 {
				r.addMention(a, m)
			}
			return
		}
		if m.name == "country epithet" {
			// "lifted sanctions on Syria's central bank … to ease
			// restrictions on the war-torn country": the last country
			// named, other than one that is a side of a clause the
			// epithet is in ("relying upon America to defend the island
			// nation").
			sides := r.sidesAbove(m)
			for k := len(r.collectives) - 1; k >= 0; k-- {
				if a := r.collectives[k].actor; !slices.Contains(sides, a) && r.actors[a].Kind == "country" {
					r.addMention(a, m)
					break
				}
			}
			return
		}
		if codes, ok := monarchies[strings.ToLower(m.name)]; ok {
			// "Saudi Arabia … The kingdom has insisted": the last country
			// of that kind named.
			for k := len(r.collectives) - 1; k >= 0; k-- {
				if a := r.actors[r.collectives[k].actor]; a.Kind == "country" && slices.Contains(codes, a.Country) {
					r.addMention(r.collectives[k].actor, m)
					return
				}
			}
			if idx := r.monarchyOfOthers(codes, m); idx >= 0 {
				r.addMention(idx, m)
			}
			return
		}
		if a := r.namedCollective(m); a >= 0 {
			r.addMention(a, m) // "European Union leaders failed … The leaders instead asked"
			return
		}
		if m.country == "" && armedBodies[strings.ToLower(lastWord(m.name))] && !r.speaks(m) {
			// "Israeli Defense Minister Israel Katz warned that the army
			// would escalate its operations": the side just named, not
			// the dateline's (which one that reports is; see
			// armedCountryBefore).
			m.country = r.armedSideNear(m)
		}
		if m.country == "" && homeInstitutions[strings.ToLower(lastWord(m.name))] {
			m.country = r.capitalAfterIn(m.end()) // "the foreign ministry in Minsk said"
		}
		home := m.country == "" && (r.home != "" || r.seatHome != "") && (homeInstitutions[lastWord(m.name)] || homeMedia[strings.ToLower(m.name)])
		if m.country == "" && !home {
			return
		}
		// "the Mozambique government", "the Turkish president", "the
		// president of Turkey" with no one named before: an actor of its
		// own, known by country and role.
		m.name = r.d.Text[m.span.Start:m.end()]
		if sp := strings.IndexByte(m.name, ' '); sp > 0 && strings.EqualFold(m.name[:sp], "the") {
			m.name = m.name[sp+1:]
		}
		for _, poss := range []string{"country's ", "country’s "} {
			if name, ok := r.dict.CountryName(m.country); ok && strings.HasPrefix(m.name, poss) {
				m.name = name + "'s " + m.name[len(poss):] // "Georgia's interior ministry"
			}
		}
		key := foldName(m.name)
		if idx, ok := r.byName[key]; ok {
			r.addMention(idx, m)
			return
		}
		r.newGroup(key, m)
		if home {
			// "the government", "the interior ministry" in a story
			// datelined "TBILISI, Georgia": the dateline country's, if
			// the story is about it (see homeBodies).
			r.homeless = append(r.homeless, len(r.actors)-1)
		}
		return
	}
	if m.kind == "name" && m.located {
		if e, ok := r.dict.Lookup(m.name); ok && e.Kind == "capital" {
			r.capitalPlace(m, e)
			return
		}
	}
	if r.language(m) {
		if e, ok := r.dict.Lookup(m.name); ok && e.Kind == "demonym" {
			return // "speaking Spanish", "a word of English": a language, no actor
		}
	}
	if name, ok := r.halfOfDivided(m); ok {
		m.name = name // "Seoul urged the North to stop": North Korea
		r.resolve(m)
		return
	}
	if body, ok := r.dict.Seat(m.name); ok && m.kind == "name" && !m.located && !m.afterPlacePrep && !r.modifier(m) {
		m.name = body.Name // "Brussels warned Minsk": the European Union
		r.resolve(m)
		return
	}
	key := foldName(m.name)
	ownBody := r.countrysOwnBody(m) || r.otherCountrysBody(key, m)
	if ownBody {
		key = foldName(r.d.Text[m.span.Start:m.span.End]) // "Peru's Congress" after "Colombia's Congress" is another body
	}
	if idx := r.aliasOf(m); idx >= 0 {
		r.byName[key] = idx
		r.addMention(idx, m)
		return
	}
	idx, clash := r.byName[key]
	// "Tehran and Paris have clashed" in a story that names Jacques
	// Paris: a capital coordinated with a state is the capital.
	state := clash && r.actors[idx].Kind == "person" && r.capitalBesideState(m)
	apart := clash && r.rankAndCivilian(idx, m) // "Captain Khan" and "Mr. Khan": two people, the name the first one's
	if clash && !apart && !state && !r.otherGender(idx, m.gender) {
		r.addMention(idx, m)
		return
	}
	// A clash: "Mr. Clinton" in an article that has named Mrs. Clinton is
	// another person, who does not take her name from her.
	if m.kind == "group" {
		if idx := r.holderNamedBefore(m); idx >= 0 {
			r.addMention(idx, m) // "Qatar's prime minister" after "Qatari Prime Minister Sheikh Mohammed …"
			return
		}
		r.newGroup(key, m)
		return
	}
	words := strings.Fields(m.name)
	last := foldName(words[len(words)-1])
	if len(words) == 1 && !clash && !state && !ownBody {
		if idx, ok := r.byName[last]; ok && !r.rankAndCivilian(idx, m) {
			r.addMention(idx, m)
			return
		}
		if idx, ok := r.byName[withoutArticle(last)]; ok && r.actors[idx].Kind == "person" && !r.rankAndCivilian(idx, m) {
			r.addMention(idx, m) // "al-Ansari" after "Majed Ansari"
			return
		}
		if idx := r.byFirstName(words[0]); idx >= 0 {
			r.addMention(idx, m) // "Hillary", "Bernie"
			return
		}
	}
	a := &document.Actor{ID: fmt.Sprintf("A%d", len(r.actors)+1), Name: m.name, Country: m.country, Sector: m.sector}
	e, known := r.dict.Lookup(m.name)
	if !known && m.kind == "name" && len(m.titles) == 0 && r.faithOrPeopleAdjective(m) {
		return // "a Buddhist temple", "a Hutu militia": what kind of thing, no actor
	}
	if !known && m.kind == "name" && len(m.titles) == 0 && !bodyName(m.name) && r.modelName(m) {
		return // "hundreds of Shahed drones": a make of weapon, no actor
	}
	if known {
		if e.Kind == "thing" {
			return // "the Constitution", "Medicare": a name, but no actor's
		}
		e = e.At(r.d.Published)
		a.Name, a.Country, a.Sector = e.Name, e.Country, e.Sector
		switch e.Kind {
		case "demonym":
			if e.Country == "" {
				return // "Latin-American": a region's, no actor
			}
			if m.country != "" && m.country != e.Country {
				// "Bosnian Serbs", "Iraqi Kurds": a people of another
				// country, a group of its own.
				m.name = r.d.Text[m.span.Start:m.span.End]
				m.plural, m.sector = true, ""
				r.newGroup(foldName(m.name), m)
				return
			}
			// "the Americans": the country's people, one actor with it.
			if c, ok := r.dict.Lookup(e.Country); ok {
				a.Name = c.Name
			}
			if name, ok := r.dict.CountryName(e.Country); ok && r.modifierAt(m.span) {
				// "a North Korean missile": an adjective of two words the
				// name run took, a mention of the country.
				if idx, ok := r.byName[foldName(name)]; ok && r.actors[idx].Kind == "country" {
					r.byName[key] = idx
					r.addMention(idx, m)
					return
				}
				a.Name = name
			}
			a.Kind, a.Sector = "country", ""
		case "country", "capital":
			a.Kind = "country"
			if e.Kind == "capital" || m.sector != "" {
				a.Sector = "GOV" // "Tehran said": the government
			}
		case "media":
			a.Kind, a.Sector = "media", "MED"
		case "place":
			a.Kind, a.Sector = "place", "" // "Jericho": a town in the West Bank
		case "institution":
			a.Kind = "organization"
			if ownBody {
				a.Country, a.Name = m.country, r.d.Text[m.span.Start:m.span.End]
			}
		case "person":
			a.Kind = "person"
		case "group":
			a.Kind = "group"
		default:
			a.Kind = "organization"
		}
	} else if e, ok := r.surname(words, m.gender); ok {
		e = e.At(r.d.Published)
		a.Kind, a.Name, a.Country, a.Sector = "person", e.Name, e.Country, e.Sector
	} else if c, ok := r.dict.Lookup(strings.Join(words[1:], " ")); ok && len(words) > 1 && compass[words[0]] && c.Kind == "country" {
		a.Kind, a.Country = "place", c.Country // "South Lebanon", "northern Iraq" is no country of its own
	} else if k := slices.Index(words, "of"); k > 0 && ofHeads[words[k-1]] {
		// "Bank of England", "Ministry of Defence", "Court of Appeals": a
		// body, of the country it is named for, in the sector its head
		// word has.
		a.Kind = "organization"
		if e, ok := r.dict.Lookup(strings.Join(words[k+1:], " ")); ok && e.Kind != "title" && e.Kind != "demonym" {
			a.Country = e.Country
		}
		if e, ok := r.dict.Lookup(words[k-1]); ok && e.Kind == "title" && a.Sector == "" {
			a.Sector = e.Sector
		}
		if words[k-1] == "Department" && a.Sector == "" {
			a.Sector = "GOV" // "the Department of Foreign Affairs", a ministry by another name
		}
	} else if e, ok := r.familyNameFirst(m); ok && len(words) == 1 && !m.afterPlacePrep {
		// "President Xi", "Xi said": the family name a Chinese or Korean
		// name puts first.
		m.name = e.Name
		r.resolve(m)
		return
	} else if e, ok := r.dict.FirstName(m.name); ok && len(words) == 1 && !m.afterPlacePrep && r.mentionsSurname(e.Name) {
		// "Hillary" in an article that also says "Clinton": the one
		// person the dictionary knows by that first name.
		m.name = e.Name
		r.resolve(m)
		return
	} else {
		switch {
		case len(words) > 1 && nonActorHeads[words[len(words)-1]]:
			return
		case len(words) > 1 && mediaHeads[words[len(words)-1]]:
			a.Kind, a.Sector = "media", "MED" // "Des Moines Register", "Orlando Sentinel"
		case len(words) > 1 && shipPrefixes[words[0]] != "":
			a.Kind, a.Country, a.Sector = "organization", shipPrefixes[words[0]], "MIL" // "the USS Gerald R. Ford": a ship of the US Navy
		case m.afterPlacePrep:
			a.Kind = "place" // "in Istanbul", "to Geneva"
		case len(words) > 1 && (landforms[words[len(words)-1]] || peakTitles[words[0]]) && !r.givenFirst(words):
			a.Kind = "place" // "north of the Litani River", "the Golan Heights", "Mount Hermon"
		case len(words) > 1 && bodyHead(words[len(words)-1]):
			// "Defense Ministry", "Lebanese Army": a body in the sector
			// of its head word, of the country a possessive or demonym
			// gave.
			a.Kind = "organization"
			if e, ok := r.dict.Lookup(words[len(words)-1]); ok && a.Sector == "" {
				a.Sector = e.Sector
			}
			for n := len(words) - 1; n >= 1 && a.Country == ""; n-- {
				if e, ok := r.dict.Lookup(strings.Join(words[:n], " ")); ok && e.Kind == "country" {
					a.Country = e.Country // "U.S. Army", "U.S. Congress"
				} else if ok && e.Kind == "institution" && e.Sector == "IGO" {
					a.Country, a.Sector = e.Country, e.Sector // "African Union Commission": a body of the union's
				}
			}
		case len(words) > 1 && (bodyName(words[len(words)-1]) || words[len(words)-1] == "Staff") && !r.givenFirst(words): // "Central General Staff", not a "General"
			// "the main opposition Republican People's Party": a body
			// by its last word, though a title word came before it.
			a.Kind = "organization"
		case m.plural && len(m.titles) == 0:
			// A guess too: "Sanders'" may turn out a surname.
			a.Kind = "group"
			r.guessed[len(r.actors)] = true
		case m.kin:
			a.Kind = "person"
			r.guessed[len(r.actors)] = true // "his brother Freddy", then "Freddy Trump"
		case len(m.titles) > 0 && institutionTitle(m.titles[0]) && len(words) == 1 && !m.honorific && !r.givenFirst(words):
			a.Kind = "organization" // "The Swedish security service Sapo": a body named after what it is; a person has a name of two words
		case len(m.titles) > 0 || m.honorific || hasParticle(words) || m.photographer || m.signer || r.givenFirst(words) || r.apposedToPerson(m):
			// A title or "Mr.", "bin" or "von" inside the name, a photo
			// credit, a first name ("Hillary Clinton", "Corey Lewandowski").
			a.Kind = "person"
		case r.apposedToBody(m):
			a.Kind = "organization" // "Amnesty Kenya, a rights group," speaks for a body
		case len(words) == 1 && r.commonNounOpening(m):
			return // "Student leaders who organized …": a kind of people, capitalized to open the sentence
		default:
			// An unknown name without a title: an organisation unless it
			// turns out to speak (see linkSources).
			a.Kind = "organization"
			r.guessed[len(r.actors)] = true
		}
	}
	if !known && a.Kind == "organization" && a.Sector == "" && a.Country != "" && a.Country != "IGO" && len(words) > 1 && stateBodyHeads[words[len(words)-1]] {
		a.Sector = "GOV" // "China's Taiwan Affairs Office", "Iran's Supreme National Security Council": a state's organ
	}
	if ownBody && a.Name == m.name {
		// "Azerbaijan's Defence Ministry" after Armenia's: named as
		// written, of the country it names.
		a.Name, a.Country = r.d.Text[m.span.Start:m.span.End], m.country
	}
	if idx, ok := r.byName[foldName(a.Name)]; ok && !r.rankAndCivilian(idx, m) {
		if !clash {
			r.byName[key] = idx
		}
		r.addMention(idx, m)
		if a.Kind == "country" && a.Sector == "GOV" {
			r.actors[idx].Sector = "GOV"
		}
		return
	}
	if m.country != "" && a.Kind == "person" {
		a.Country = m.country
	}
	if r.takesSector(a, m) {
		a.Sector = m.sector
	}
	if idx := r.surnameFirst(a); idx >= 0 && !clash {
		r.byName[foldName(a.Name)] = idx
		r.byName[key] = idx
		r.addMention(idx, m)
		return
	}
	if a.Kind == "organization" && a.Country == "" && a.Sector == "" && !clash && !strings.Contains(a.Name, " ") && bodyName(a.Name) {
		if idx := r.bodyEndingIn(a.Name); idx >= 0 {
			// "The European Commission said … The Commission said": the
			// body named before by a longer name ending in the word.
			r.byName[key] = idx
			r.addMention(idx, m)
			return
		}
	}
	if a.Kind == "person" && !clash {
		if idx := r.guessedSurname(a.Name); idx >= 0 {
			// "China holds drills after Lai's US stopover", then "President
			// Lai Ching-te": the name guessed an organisation in the
			// headline is the person's surname.
			g := r.actors[idx]
			g.Name, g.Kind, g.Country, g.Sector = a.Name, a.Kind, a.Country, a.Sector
			delete(r.guessed, idx)
			r.byName[foldName(a.Name)] = idx
			r.byName[key] = idx
			r.surnameKeys(idx)
			r.addMention(idx, m)
			return
		}
	}
	idx = len(r.actors)
	r.actors = append(r.actors, a)
	if !apart {
		r.byName[foldName(a.Name)] = idx
	}
	if clash {
		r.addMention(idx, m)
		return
	}
	r.byName[key] = idx
	if a.Kind == "person" {
		r.surnameKeys(idx)
	}
	if _, ok := r.byName[foldName(m.name)]; !ok && ownBody {
		r.byName[foldName(m.name)] = idx // "Congress" after "Colombia's Congress": that one
	}
	r.addMention(idx, m)
}

// surnameKeys lets a person's surname alone name them later.
func (r *resolver) surnameKeys(idx int) {
	aw := strings.Fields(r.actors[idx].Name)
	last := foldName(surnameOf(aw))
	r.byName[last] = idx
	if bare := withoutArticle(last); bare != last {
		if _, taken := r.byName[bare]; !taken {
			r.byName[bare] = idx // "Majed al-Ansari", later "Ansari"
		}
	}
	if key := nameBeforeParticle(aw); key != "" {
		if _, taken := r.byName[key]; !taken {
			r.byName[key] = idx // "Luiz Inacio Lula da Silva", later "Lula"
		}
	}
	if key := particleSurname(aw); key != "" {
		if _, taken := r.byName[key]; !taken {
			r.byName[key] = idx // "Bart De Wever", later "De Wever"
		}
	}
	if len(aw) == 3 && !strings.Contains(aw[1], ".") && !document.IsNameParticle(aw[1]) {
		if _, given := r.dict.Given(aw[1]); !given {
			if _, taken := r.byName[foldName(aw[1])]; !taken {
				r.byName[foldName(aw[1])] = idx // "Issa Tchiroma Bakary", later "Tchiroma"
			}
		}
	}
}

// nameBeforeParticle is the lower-cased word before the first particle
// of a long name, by which the person may be known alone ("Lula" of
// "Luiz Inacio Lula da Silva"), or "".
func nameBeforeParticle(words []string) string {
	for p := 2; p+1 < len(words); p++ {
		if document.IsNameParticle(words[p]) && !document.IsNameParticle(words[p-1]) {
			return foldName(words[p-1])
		}
	}
	return ""
}

// particleSurname is the lower-cased surname with the particles before
// it, in whatever case they are written ("de wever" of "Bart De Wever",
// "van der bellen" of "Alexander Van der Bellen"), by which later
// mentions name the person, or "".
func particleSurname(words []string) string {
	n := len(words)
	if n < 3 || !document.IsNameParticle(strings.ToLower(words[n-2])) {
		return ""
	}
	p := n - 2
	for p > 1 && document.IsNameParticle(strings.ToLower(words[p-1])) {
		p--
	}
	return foldName(strings.Join(words[p:], " "))
}

// guessedSurname returns the actor guessed an organisation whose one-word
// name is the first or last word of a person's name, or -1.
func (r *resolver) guessedSurname(name string) int {
	words := strings.Fields(name)
	if len(words) < 2 {
		return -1
	}
	for _, w := range []string{words[0], words[len(words)-1]} {
		if idx, ok := r.byName[foldName(w)]; ok && r.guessed[idx] && strings.EqualFold(r.actors[idx].Name, w) {
			return idx
		}
	}
	return -1
}

// withoutArticle is a lower-cased surname without the Arabic article
// that later mentions often drop: "al-ansari" is "ansari".
func withoutArticle(surname string) string {
	for _, a := range []string{"al-", "el-"} {
		if rest, ok := strings.CutPrefix(surname, a); ok && rest != "" {
			return rest
		}
	}
	return surname
}

// capitalPlace makes a capital named as a place ("talks in Beijing",
// "flew to Nairobi") the city: not the government its name stands for as
// a subject ("Beijing said"), whose actor it neither joins nor names.
func (r *resolver) capitalPlace(m mention, e Entry) {
	key := foldName(m.name)
	idx, ok := r.cities[key]
	if !ok {
		idx = len(r.actors)
		r.actors = append(r.actors, &document.Actor{ID: fmt.Sprintf("A%d", idx+1), Name: unshouted(m.name), Kind: "place", Country: e.Country})
		r.cities[key] = idx
	}
	r.addMention(idx, m)
}

// countrysOwnBody: m names a body the dictionary knows as another
// country's ("Peru's Congress", where "Congress" is the US one): the
// body of that name the country m names has.
func (r *resolver) countrysOwnBody(m mention) bool {
	e, ok := r.dict.Lookup(m.name)
	return ok && e.Kind == "institution" && m.country != "" && e.Country != "" && e.Country != "IGO" && m.country != e.Country
}

// otherCountrysBody: the body of m's name already met is another
// country's ("Azerbaijan's Defence Ministry" after "Armenia's Defence
// Ministry"): m names its own country's.
func (r *resolver) otherCountrysBody(key string, m mention) bool {
	idx, ok := r.byName[key]
	if !ok || m.country == "" {
		return false
	}
	a := r.actors[idx]
	if a.Kind == "organization" && a.Country == "" && r.home != "" && m.country != r.home && homeInstitutions[strings.ToLower(lastWord(a.Name))] {
		// "the foreign ministry said" in a story from Berlin, then
		// "Russian Foreign Ministry spokeswoman Maria Zakharova": the
		// bare body is the dateline's, not the one named with a country.
		return true
	}
	return a.Kind == "organization" && a.Country != "" && a.Country != "IGO" && a.Country != m.country
}

// apposedToPerson: the name stands in apposition with a noun WordNet
// files under persons ("a civilian hostage, Arbel Yehud", "Arbel Yehud,
// a civilian hostage").
func (r *resolver) apposedToPerson(m mention) bool {
	lemma, ok := r.apposition(m)
	if !ok {
		return false
	}
	// A name that ends in a word for a body, place or thing is none
	// ("the Congressional Progressive Caucus", "the National Front").
	switch r.dict.lemmas.FirstLexFile(strings.ToLower(lastWord(m.name)), false) {
	case lexGroup, lexLocation, lexArtifact:
		return false
	}
	return r.dict.lemmas.LexFiles(lemma, false)&(1<<lexPerson) != 0
}

// apposedToBody: the name is set off by a comma beside a noun WordNet
// files first under groups ("The Emergency Lawyers, a rights group
// tracking the war,"), which makes it a body's, though it speaks.
func (r *resolver) apposedToBody(m mention) bool {
	lemma, ok := r.apposition(m)
	return ok && r.dict.lemmas.FirstLexFile(lemma, false) == lexGroup
}

// apposition is the lemma of the noun in apposition to a name that may
// be a person's or a body's.
func (r *resolver) apposition(m mention) (string, bool) {
	if r.dict.lemmas == nil {
		return "", false
	}
	t := r.tree(m.sentence)
	ws := t.Sentence.Words
	first := slices.IndexFunc(ws, func(w document.Word) bool { return w.Start >= m.span.Start })
	last := slices.IndexFunc(ws, func(w document.Word) bool { return w.End >= m.span.End })
	inside := func(k int) bool { return k >= first && k <= last && first >= 0 }
	for k := first; first >= 0 && k <= last; k++ {
		if inside(t.Head(k)) {
			continue
		}
		partner := -1
		if t.Rel(k) == "appos" {
			partner = t.Head(k)
		}
		if appos := t.ChildrenWith(k, "appos"); len(appos) > 0 {
			partner = appos[len(appos)-1]
		}
		// Set off by a comma next to the name, a singular noun with an
		// article or possessor: "a civilian hostage, Arbel Yehud".
		if partner < 0 || ws[partner].XPOS != "NN" || len(t.ChildrenWith(partner, "det", "nmod:poss")) == 0 ||
			!(partner == first-2 && ws[first-1].Form == ",") && !(partner > last && last+1 < len(ws) && ws[last+1].Form == ",") {
			return "", false
		}
		return strings.ToLower(ws[partner].Lemma), true
	}
	return "", false
}

// modifier: the mention modifies a noun ("the Brussels attacks"), where a
// city says where rather than who.
func (r *resolver) modifier(m mention) bool {
	s := &r.d.Sentences[m.sentence]
	k := s.WordEnding(m.span.End)
	if k < 0 {
		return false
	}
	w := s.Words[k]
	return w.Rel == "compound" || w.Rel == "amod" || strings.HasPrefix(w.Rel, "nmod")
}

// capitalBesideState: the mention is one word the dictionary knows as a
// capital or country, coordinated with another such word ("Tehran and
// Paris").
func (r *resolver) capitalBesideState(m mention) bool {
	state := func(form string) bool {
		e, ok := r.dict.Lookup(form)
		return ok && (e.Kind == "capital" || e.Kind == "country")
	}
	s := &r.d.Sentences[m.sentence]
	k := s.WordEnding(m.span.End)
	if k < 0 || s.Words[k].Start != m.span.Start || !state(m.name) {
		return false
	}
	if h := s.Words[k].Head - 1; s.Words[k].Rel == "conj" && h >= 0 && state(s.Words[h].Form) {
		return true
	}
	return slices.ContainsFunc(s.Words, func(w document.Word) bool { return w.Head == k+1 && w.Rel == "conj" && state(w.Form) })
}

// faithOrPeopleAdjective: the mention is one word WordNet knows as an
// adjective, modifying a common noun after "a" or "an" ("a Buddhist
// temple", "a Hutu militia").
func (r *resolver) faithOrPeopleAdjective(m mention) bool {
	s := &r.d.Sentences[m.sentence]
	k := s.WordEnding(m.span.End)
	if k < 1 || r.dict.lemmas == nil || strings.Contains(m.name, " ") || s.Words[k].Start != m.span.Start {
		return false
	}
	w, h := s.Words[k], s.Words[k].Head-1
	if w.Rel != "amod" && w.Rel != "compound" || h <= k || s.Words[h].UPOS != "NOUN" || !strings.EqualFold(s.Words[k-1].Form, "a") && !strings.EqualFold(s.Words[k-1].Form, "an") {
		return false
	}
	return r.dict.lemmas.Classes(w.Form)&lemma.Adj != 0
}

// modelName: the mention is a compound on a noun of weapons or
// vehicles, as a make or model is ("Shahed drones", "Patriot missiles",
// "Leopard tanks").
func (r *resolver) modelName(m mention) bool {
	s := &r.d.Sentences[m.sentence]
	k := s.WordEnding(m.span.End)
	if k < 0 {
		return false
	}
	ws := s.Words
	h := ws[k].Head - 1
	return ws[k].Rel == "compound" && h > k && h < len(ws) && modelHeads[strings.ToLower(ws[h].Lemma)] &&
		!strings.EqualFold(ws[h-1].Form, "think") // "the New Democrat Network think tank"
}

// modelHeads are the nouns a make or model names: weapons and vehicles.
var modelHeads = wordSet(`drone missile rocket tank jet bomber helicopter launcher system interceptor warhead
	submarine frigate destroyer howitzer rifle`)

// unshouted writes a name in capitals, as datelines write their cities
// ("BRUSSELS"), with a capital letter to each word: "Brussels". Of a
// word's hyphened parts, a particle of two letters stays small
// ("PORT-AU-PRINCE", "Port-au-Prince").
func unshouted(name string) string {
	if !allCaps(name) {
		return name
	}
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		parts := strings.Split(w, "-")
		for k, p := range parts {
			if k == 0 || len(p) > 2 {
				r, size := utf8.DecodeRuneInString(p)
				parts[k] = string(unicode.ToUpper(r)) + p[size:]
			}
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

// genderOfName is the sex a person's first name tells, 'f' or 'm', or 0.
func (r *resolver) genderOfName(name string) byte {
	first, _, _ := strings.Cut(name, " ")
	if g, ok := r.dict.Given(first); ok && g != 'b' {
		return g
	}
	return 0
}

// otherGender: the person is known to be of the other sex than the
// honorific gender says.
func (r *resolver) otherGender(idx int, gender byte) bool {
	return r.actors[idx].Kind == "person" && !r.agrees(idx, gender)
}

// surname returns the known person a name ends with the surname of: the
// only one with that surname, when the rest of the name is that person's
// too ("Trump", "Donald J. Trump"); else the only one whose other names
// share a word with it ("Hillary Rodham Clinton") or, for a surname alone
// after "Mrs." or "Mr.", of that sex.
func (r *resolver) surname(words []string, gender byte) (Entry, bool) {
	last := words[len(words)-1]
	if e, ok := r.dict.Surname(last); ok && (len(words) == 1 || sharesWord(words[:len(words)-1], e.Name)) {
		return e, true
	}
	var found []Entry
	for _, e := range r.dict.Bearers(last) {
		switch {
		case len(words) > 1 && sameForenames(words[:len(words)-1], strings.Fields(e.Name)),
			len(words) == 1 && gender != 0 && r.genderOfName(e.Name) == gender:
			found = append(found, e)
		}
	}
	if len(found) != 1 {
		return Entry{}, false
	}
	return found[0], true
}

// sameForenames: the names before the surname of a mention may be a known
// person's: the same first name, and middle names that the known name
// lacks or has alike ("Hillary Rodham Clinton" is Hillary Clinton;
// "George H.W. Bush" is not George W. Bush).
func sameForenames(mention, known []string) bool {
	known = known[:len(known)-1]
	if len(known) == 0 || mention[0] != known[0] {
		return false
	}
	return len(known) == 1 || len(mention) == 1 || slices.Equal(mention[1:], known[1:])
}

// newGroup makes the actor of a national group or role: a group when its
// head is plural, else a person ("Taiwan's Vice Foreign Minister") or, for
// an institution ("Israel's high court"), an organisation.
func (r *resolver) newGroup(key string, m mention) {
	a := &document.Actor{ID: fmt.Sprintf("A%d", len(r.actors)+1), Name: m.name, Country: m.country, Sector: m.sector, Kind: "group"}
	if !m.plural {
		a.Kind = "organization"
		title := strings.ToLower(m.titles[len(m.titles)-1])
		if !institutionTitle(title) { // "army", "air force"
			a.Kind = "person"
		}
		if m.sector == "MED" && (strings.HasPrefix(title, "state ") || title == "media") {
			a.Kind = "media" // "Syrian state media", "Iranian state television", "Israeli media"
		}
	}
	idx := len(r.actors)
	r.actors = append(r.actors, a)
	r.byName[key] = idx
	r.addMention(idx, m)
}

// recentBody is the organization of a sector that fits, named last
// in the three sentences before m (further back is too far for "the
// group" or "the rebels" to name it), or -1.
func (r *resolver) recentBody(m mention, fits func(*document.Actor) bool) int {
	for k := len(r.collectives) - 1; k >= 0; k-- {
		c := r.collectives[k]
		if m.sentence-r.d.SentenceAt(c.span.Start) > 3 {
			return -1
		}
		if a := r.actors[c.actor]; a.Kind == "organization" && fits(a) {
			return c.actor
		}
	}
	return -1
}

// outletDescriptions name a news outlet by what it is.
var outletDescriptions = wordSet(`agency broadcaster newspaper paper channel outlet daily`)

// recentOutlet is the outlet named last in the three sentences before m
// that the noun fits: any body with "agency" in a mention for "the
// agency" ("Mizan news agency", "the International Atomic Energy
// Agency"), an outlet for the others; not the agency that files the
// story ("(AP)"), or -1.
func (r *resolver) recentOutlet(m mention, noun string) int {
	best, bestStart := -1, -1
	for i, a := range r.actors {
		if a.Kind != "media" && (noun != "agency" || a.Kind != "organization") {
			continue
		}
		for _, s := range a.Mentions {
			if s.Start >= m.span.Start || s.Start <= bestStart || m.sentence-r.d.SentenceAt(s.Start) > 3 {
				continue
			}
			if s.Start > 0 && r.d.Text[s.Start-1] == '(' {
				continue // the dateline's credit
			}
			named := strings.ToLower(r.d.Text[s.Start:min(len(r.d.Text), s.End+len(" news agency"))]) // "Mizan news agency"
			if noun == "agency" && !strings.Contains(named, "agency") {
				continue
			}
			best, bestStart = i, s.Start
		}
	}
	return best
}

// chargedOf: the "of" at k opens what a body is charged with ("accused
// the group of deliberately delaying …"), not its members ("the group of
// seven countries").
func chargedOf(ws []document.Word, k int) bool {
	if ws[k].Form != "of" {
		return false
	}
	for k++; k < len(ws) && ws[k].UPOS == "ADV"; k++ {
	}
	return k < len(ws) && ws[k].XPOS == "VBG"
}

// councilNouns name a body by the last word of its name ("the
// council", "the committee"), no title: in "Council on Foreign
// Relations" or "Council Speaker" the word is part of a name.
var councilNouns = wordSet(`council committee`)

// blocNouns name a body of states by what it is: "the bloc", "the
// alliance".
var blocNouns = wordSet(`bloc alliance grouping`)

// speaks: the mention is the subject of a verb of saying.
func (r *resolver) speaks(m mention) bool {
	t := r.tree(m.sentence)
	h := spanHead(t, m.span)
	return h >= 0 && t.Head(h) >= 0 && strings.HasPrefix(t.Rel(h), "nsubj") && sayingVerbs[strings.ToLower(t.Sentence.Words[t.Head(h)].Lemma)]
}

// namedBeforeIn: person a is named earlier in m's sentence, which m does
// not open, with a relative clause after the name that m is in ("The
// move marks a shift for President Donald Trump, who had held off on
// sanctions while he pursued talks": Trump, not the last sentence's
// subject).
func (r *resolver) namedBeforeIn(a int, m mention) bool {
	if a < 0 || m.word == 0 || r.actors[a].Kind != "person" {
		return false
	}
	start := r.d.Sentences[m.sentence].Start
	return slices.ContainsFunc(r.actors[a].Mentions, func(mm document.Span) bool {
		if mm.Start < start || mm.End > m.span.Start || r.isPronounSpan(mm) {
			return false
		}
		// The person the pronoun's clause is about, "who" its subject
		// (not "Marco Rubio, who he dubbed …").
		after := strings.TrimLeft(r.d.Text[mm.End:m.span.Start], " ,")
		return strings.HasPrefix(after, "who ") && strings.TrimSpace(after[len("who "):]) != ""
	})
}

// isPronounSpan: the mention's words are a pronoun.
func (r *resolver) isPronounSpan(sp document.Span) bool {
	_, ok := pronouns[strings.ToLower(r.d.Text[sp.Start:sp.End])]
	return ok
}

// warningVerbs report what a side means to do.
var warningVerbs = wordSet("warn vow threaten pledge promise declare")

// armedSideNear is the country of the armed side named last before m in
// its sentence, or of the official whose words m is in, or "".
func (r *resolver) armedSideNear(m mention) string {
	s := r.d.Sentences[m.sentence]
	t := r.tree(m.sentence)
	speaker := -1
	if root := slices.IndexFunc(s.Words, func(w document.Word) bool { return w.Head == 0 }); root >= 0 && (sayingVerbs[strings.ToLower(s.Words[root].Lemma)] || warningVerbs[strings.ToLower(s.Words[root].Lemma)]) {
		if subj := t.ChildrenWith(root, "nsubj"); len(subj) > 0 {
			speaker = s.Words[subj[0]].Start
		}
	}
	best, country := -1, ""
	for _, a := range r.actors {
		if a.Country == "" || a.Kind == "place" {
			continue
		}
		for _, mm := range a.Mentions {
			if mm.Start < s.Start || mm.End > m.span.Start || mm.End <= best {
				continue
			}
			if strings.Contains(a.Sector, "MIL") || a.Kind == "person" && strings.Contains(a.Sector, "GOV") && mm.Start <= speaker && speaker < mm.End {
				best, country = mm.End, a.Country
			}
		}
	}
	return country
}

// namedCollective is the country or body of states whose members the
// plural description m names again ("The leaders" after "European Union
// leaders", "the ministers" after "NATO defence ministers"): the actor
// named right before the same word in the two sentences before m or in
// its own; or -1.
func (r *resolver) namedCollective(m mention) int {
	if !m.plural || m.country != "" || !memberNouns[strings.ToLower(m.name)] {
		return -1
	}
	for s := m.sentence; s >= 0 && s >= m.sentence-2; s-- {
		ws := r.d.Sentences[s].Words
		for k := len(ws) - 1; k > 0; k-- {
			if ws[k].Start >= m.span.Start || !strings.EqualFold(ws[k].Form, m.name) {
				continue
			}
			for j := k - 1; j >= 0 && j >= k-2; j-- {
				if a := r.actorEndingAt(ws[j].End); a >= 0 {
					if act := r.actors[a]; act.Kind == "country" || act.Kind == "organization" && act.Sector == "IGO" {
						return a
					}
					return -1
				}
				if ws[j].UPOS != "ADJ" && ws[j].UPOS != "NOUN" {
					break // "NATO defence ministers": a modifier may come between
				}
			}
		}
	}
	return -1
}

// actorEndingAt is the actor with a mention that ends at offset end, or -1.
func (r *resolver) actorEndingAt(end int) int {
	for i, a := range r.actors {
		for _, mm := range a.Mentions {
			if mm.End == end {
				return i
			}
		}
	}
	return -1
}

// lastNeighbour is the last country named other than self, on self's
// continent when one is ("Guyana signed a deal with Washington. Venezuela
// accused the neighbouring country": Guyana), or -1.
func (r *resolver) lastNeighbour(self int) int {
	var continent countries.RegionCode
	if self >= 0 {
		continent = countries.ByName(r.actors[self].Country).Region()
	}
	other := -1
	for k := len(r.collectives) - 1; k >= 0; k-- {
		a := r.collectives[k].actor
		if a == self || r.actors[a].Kind != "country" {
			continue
		}
		if self < 0 || countries.ByName(r.actors[a].Country).Region() == continent {
			return a
		}
		if other < 0 {
			other = a
		}
	}
	return other
}

// sidesAbove are the actors that the subject, objects, obliques or
// possessor of the nearest clause or noun above mention m's word that has
// any name ("Israel's relationship with the Middle Eastern nation"), none
// for a subject.
func (r *resolver) sidesAbove(m mention) []int {
	if m.subject {
		return nil
	}
	t := r.tree(m.sentence)
	var sides []int
	for h, depth := t.Head(m.word), 0; h >= 0 && depth < 8 && len(sides) == 0; h, depth = t.Head(h), depth+1 {
		for _, c := range t.ChildrenWith(h, "nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod:poss") {
			if a := r.collectiveAt(t.Sentence.Words[c].Start); a >= 0 && c != m.word {
				sides = append(sides, a)
			}
		}
	}
	return sides
}

// epithetEnd is the index of "country" or "nation" after the words of
// an epithet from ws[k] ("war-torn", "oil-rich", "impoverished Gulf"), or
// -1: words that describe one country, not "the whole country", "the
// first country" or "the greatest country".
func epithetEnd(ws []document.Word, k int) int {
	for g := k; g < len(ws) && g < k+5; g++ {
		w := ws[g]
		switch {
		case g > k && (w.Form == "country" || w.Form == "nation"):
			return g
		case w.UPOS == "PUNCT" && (w.Form != "-" || g == k || g+1 >= len(ws) || ws[g-1].End != w.Start || w.End != ws[g+1].Start):
			return -1
		case w.UPOS == "PUNCT":
		case w.UPOS != "ADJ" && w.UPOS != "NOUN" && w.UPOS != "PROPN" && w.XPOS != "VBN",
			w.XPOS == "JJS" || w.XPOS == "JJR" || notEpithets[strings.ToLower(w.Form)],
			w.Head < g+1 || w.Rel == "conj":
			return -1
		}
	}
	return -1
}

// notEpithets say which or how much of a country, not which country.
var notEpithets = wordSet(`whole entire same other own home host only first second third last next former new neighbouring neighboring country nation`)

// neighbouring are the words of "the neighbouring country".
var neighbouring = wordSet(`neighbouring neighboring`)

// monarchyOfOthers is the country actor for "the kingdom" when the
// article named that monarchy only through its people, places or
// officials ("Saudi Crown Prince Mohammed bin Salman received … in
// Riyadh … as the kingdom pledged"): the only monarchy of codes any
// actor mentioned before m belongs to, made a country actor if none is,
// or -1 when none or two are.
func (r *resolver) monarchyOfOthers(codes []string, m mention) int {
	code := ""
	for _, a := range r.actors {
		if a.Country == "" || !slices.Contains(codes, a.Country) || !slices.ContainsFunc(a.Mentions, func(s document.Span) bool { return s.End <= m.span.Start }) {
			continue
		}
		if code != "" && code != a.Country {
			return -1
		}
		code = a.Country
	}
	if code == "" {
		return -1
	}
	name, ok := r.dict.CountryName(code)
	if !ok {
		return -1
	}
	if idx, ok := r.byName[foldName(name)]; ok && r.actors[idx].Kind == "country" {
		return idx
	}
	idx := len(r.actors)
	r.actors = append(r.actors, &document.Actor{ID: fmt.Sprintf("A%d", idx+1), Name: name, Kind: "country", Country: code})
	r.byName[foldName(name)] = idx
	return idx
}

// monarchies are the countries that "the kingdom", "the emirate" and
// "the sultanate" stand for in the news.
var monarchies = map[string][]string{
	"kingdom":   {"SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "THA", "KHM", "SWZ", "LSO", "BTN", "TON"},
	"emirate":   {"QAT", "ARE", "KWT"},
	"sultanate": {"OMN", "BRN"},
}

// memberNouns are the plural words for the people a body or country
// sends, which a description may repeat without the body's name.
var memberNouns = wordSet(`leaders ministers`)

// organOfBody: an international body's name is that of an organ or
// agency, not of the states' body itself, which "the bloc" stands for
// (the European Commission, the International Atomic Energy Agency,
// the UN Security Council are no bloc).
func organOfBody(name string) bool {
	words := strings.Fields(name)
	return len(words) > 1 && (organs[words[len(words)-1]] || strings.HasSuffix(name, "Security Council"))
}

var organs = wordSet(`Commission Parliament Court Agency Bank Fund Programme Program Office Tribunal Secretariat`)

// groupNouns name a non-state body by what it is: "the group", "the
// militant group" (not "the movement", as often one no actor names);
// groupSectors are the sectors of the bodies they stand for.
var (
	groupNouns   = wordSet(`group militia`)
	groupSectors = wordSet(`REB OPP NGO INS SEP UAF RAD`)
)

// institutions are the roles in actors.tsv that name bodies, not people.
// officeNouns are the bodies a role's possessive names ("the Prime
// Minister's Office").
var officeNouns = map[string]bool{"Office": true, "Cabinet": true, "Bureau": true, "office": true, "cabinet": true, "bureau": true}

var institutions = map[string]bool{"government": true, "administration": true, "regime": true, "junta": true, "ministry": true, "department": true, "parliament": true,
	"congress": true, "delegation": true, "army": true, "guard": true, "military": true, "forces": true, "troops": true, "court": true, "police": true, "opposition": true,
	"council": true, "command": true, "commission": true, "agency": true, "bureau": true, "cabinet": true,
	"organization": true, "organisation": true, "air force": true, "navy": true, "marines": true, "service": true, "office": true, "judiciary": true, "mission": true,
	"embassy": true, "consulate": true, "presidency": true, "coalition": true, "alliance": true, "embassies": true, "consulates": true,
	"diplomatic post": true, "diplomatic posts": true, "diplomatic mission": true, "diplomatic missions": true}

// institutionTitle: the title names a body, not a person ("security
// service", "agency", "army").
func institutionTitle(title string) bool {
	words := strings.Fields(strings.ToLower(title))
	return len(words) > 0 && (institutions[words[len(words)-1]] || institutions[strings.Join(words, " ")])
}

// ministryOfField: the body is a ministry named for its field alone,
// with no country ("the Department of Foreign Affairs said" in a story
// from Manila), a home institution as "the foreign ministry" is.
func ministryOfField(a *document.Actor) bool {
	return a.Country == "" && (strings.HasPrefix(a.Name, "Ministry of ") || strings.HasPrefix(a.Name, "Department of "))
}

// congresses are the countries whose legislature is called Congress in
// English, besides the United States.
var congresses = map[string]bool{"GTM": true, "HND": true, "SLV": true, "NIC": true, "CRI": true, "PAN": true, "COL": true, "PER": true,
	"CHL": true, "ARG": true, "BRA": true, "PRY": true, "BOL": true, "ECU": true, "VEN": true, "MEX": true, "DOM": true, "PHL": true}

// homeInstitutions are the institutions a wire story names without
// their country when they are its dateline country's (see homeBodies);
// an agency, a council or a delegation may be anyone's, and "the
// administration" is Washington's in a story from Beijing too.
var homeInstitutions = map[string]bool{"government": true, "regime": true, "junta": true, "ministry": true, "parliament": true,
	"army": true, "military": true, "navy": true, "police": true, "cabinet": true, "opposition": true, "court": true, "senate": true}

// bareBodies are the bodies news names with no article, as those of the
// story's country.
var bareBodies = map[string]bool{"police": true, "military": true}

// bareStateMedia is how many words from i name state outlets with no
// article or nationality before them and speak ("state media said",
// "state television reported"), or 0.
func bareStateMedia(ws []document.Word, i int) int {
	if ws[i].Form != "state" || i+1 >= len(ws) || i > 0 && (ws[i-1].UPOS == "DET" || ws[i-1].UPOS == "ADJ" || ws[i-1].XPOS == "POS" || nominal[ws[i-1].UPOS]) {
		return 0
	}
	n := 2
	if strings.EqualFold(ws[i+1].Form, "news") && i+2 < len(ws) && ws[i+2].Form == "agency" {
		n = 3
	}
	if !homeMedia[strings.ToLower(joinForms(ws[i:i+n]))] || !strings.HasPrefix(ws[i+n-1].Rel, "nsubj") {
		return 0
	}
	return n
}

// homeMedia are the state outlets a wire story names without their
// country when they are its dateline country's ("state television
// reported" in a story from Niamey).
var homeMedia = map[string]bool{"state media": true, "state television": true, "state tv": true, "state radio": true, "state news agency": true}

func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

// surnameOf is the family name of a person's name of several words, the
// last but for a generational suffix ("Ferdinand Marcos Jr.": "Marcos").
func surnameOf(words []string) string {
	if n := len(words); n > 2 && generations[strings.TrimSuffix(words[n-1], ".")] {
		return strings.TrimSuffix(words[n-2], ",")
	}
	return words[len(words)-1]
}

var generations = wordSet(`Jr Sr II III IV`)

// holderNamedBefore is the person named before who holds the one title
// of a national role ("Qatar's prime minister"), of that country, or -1;
// a plural ("Iranian officials") is a group of its own.
func (r *resolver) holderNamedBefore(m mention) int {
	if m.plural || len(m.titles) != 1 || m.country == "" {
		return -1
	}
	title := strings.ToLower(m.titles[0])
	for k := len(r.recent) - 1; k >= 0; k-- {
		if a := r.actors[r.recent[k]]; a.Kind == "person" && a.Country == m.country && slices.ContainsFunc(a.Titles, func(x string) bool { return strings.EqualFold(x, title) }) {
			return r.recent[k]
		}
	}
	return -1
}

// namedAs: the organisation's name ends in the body noun ("the
// Environmental Protection Agency … the agency") or has it before "of"
// ("the International Court of Justice … the court"); an agency's may
// end in "Service", as intelligence services are called ("South Korea's
// National Intelligence Service … the agency"), and a junta's is a
// military government's ("Mali's military government … the junta").
func namedAs(a *document.Actor, body string) bool {
	head := strings.ToLower(lastWord(a.Name))
	if head == body && !insurgentArmy(a) || body == "agency" && head == "service" {
		return true
	}
	if body == "junta" && (head == "government" || head == "regime" || head == "rulers") && strings.Contains(strings.ToLower(a.Name), "military ") {
		return true
	}
	before, _, ok := strings.Cut(a.Name, " of ")
	return ok && strings.EqualFold(lastWord(before), body)
}

// holdsRole: one of a's titles is the role itself, not a deputy's or a
// former holder's ("Vice President Joe Biden" is no "the president").
func holdsRole(a *document.Actor, role string) bool {
	return slices.ContainsFunc(a.Titles, func(x string) bool {
		x = strings.ToLower(x)
		before, ok := strings.CutSuffix(x, role)
		if !ok || before != "" && !strings.HasSuffix(before, " ") {
			return false
		}
		return !slices.ContainsFunc(strings.Fields(before), func(w string) bool { return deputyWords[w] })
	})
}

var deputyWords = map[string]bool{"vice": true, "deputy": true, "former": true, "ex": true, "assistant": true, "acting": true, "first": true, "lady": true}

func hasTitle(a *document.Actor, t string) bool {
	for _, x := range a.Titles {
		if strings.Contains(strings.ToLower(x), t) {
			return true
		}
	}
	return false
}

func (r *resolver) addMention(idx int, m mention) {
	a := r.actors[idx]
	if r.guessed[idx] && a.Kind == "organization" && m.region {
		// "claim to Essequibo" in the headline, "the Essequibo region"
		// in the body: the name guessed a body's is a place's.
		a.Kind = "place"
		delete(r.guessed, idx)
	}
	if r.guessed[idx] && (r.personTitle(m) || m.honorific) {
		// "Bernie Sanders" in the headline, "Sen. Bernie Sanders" or
		// "Mr. Sanders" in the body: the name guessed an organisation is
		// a person's.
		a.Kind = "person"
		delete(r.guessed, idx)
		if e, ok := r.surname([]string{a.Name}, m.gender); ok && m.gender != 0 && !strings.Contains(a.Name, " ") {
			// "Clinton" in the headline, "Mrs. Clinton" in the body.
			e = e.At(r.d.Published)
			a.Name, a.Country, a.Sector = e.Name, e.Country, e.Sector
			r.byName[foldName(e.Name)] = idx
		}
		if aw := strings.Fields(a.Name); len(aw) > 1 {
			if _, ok := r.byName[foldName(surnameOf(aw))]; !ok {
				r.byName[foldName(surnameOf(aw))] = idx
			}
		}
	}
	if m.gender != 0 && a.Kind == "person" {
		r.gender[idx] = m.gender
		r.civilians[idx] = r.civilians[idx] || m.honorific
	}
	if (m.subject || m.headSubject) && a.Kind == "person" {
		main := r.mainSubject(m)
		if main || !r.lastSubjectMain || r.lastSubjectSentence != m.sentence || r.lastSubject < 0 {
			r.lastSubject, r.lastSubjectSentence, r.lastSubjectMain = idx, m.sentence, main
		}
		// Not the subject of what the sentence's speaker reports:
		// "Landsbergis said the diplomat had been declared persona non
		// grata. \"We will not tolerate …,\" he told reporters".
		if !r.quoted(m.span) && (main || r.lastSpeakerSentence != m.sentence || !r.lastSpeakerMain || r.lastSpeaker < 0) {
			r.lastSpeaker, r.lastSpeakerSentence, r.lastSpeakerMain = idx, m.sentence, main
		}
	}
	a.Mentions = append(a.Mentions, m.span)
	for _, t := range m.titles {
		if !hasTitle(a, strings.ToLower(t)) {
			a.Titles = append(a.Titles, t)
		}
	}
	if a.Country == "" {
		a.Country = m.country
	}
	if r.takesSector(a, m) {
		a.Sector = m.sector
	}
	if a.Kind == "country" || a.Kind == "organization" || a.Kind == "group" {
		r.collectives = append(r.collectives, collectiveMention{m.span, idx})
	}
	if a.Kind == "person" && !m.photographer { // a photographer is no one's "he"
		for k, x := range r.recent {
			if x == idx {
				r.recent = append(r.recent[:k], r.recent[k+1:]...)
				break
			}
		}
		r.recent = append(r.recent, idx)
	}
}

// mainSubject: the mention is the subject of the sentence's main
// clause: of its root, or of a verb coordinated with the root.
func (r *resolver) mainSubject(m mention) bool {
	s := &r.d.Sentences[m.sentence]
	k := s.WordEnding(m.span.End)
	if k < 0 {
		return false
	}
	t := r.tree(m.sentence)
	for t.Rel(k) == "flat" || t.Rel(k) == "compound" { // "Volodymyr Zelenskiy": the name's head
		k = t.Head(k)
	}
	v := t.Head(k)
	return v >= 0 && (t.Rel(v) == "root" || t.Rel(v) == "conj" && t.Head(v) >= 0 && t.Rel(t.Head(v)) == "root")
}

// personTitle: the mention carries a title a person holds ("Sen.",
// "President"), not a nationality or a body's ("government").
func (r *resolver) personTitle(m mention) bool {
	for _, t := range m.titles {
		if e, ok := r.dict.Lookup(t); ok && e.Kind == "title" && !institutions[strings.ToLower(t)] {
			return true
		}
	}
	return false
}

// pluralAntecedent resolves "they", "them" or "their" to the country or
// organisation it follows ("Iran should have signed the deal I told them
// to sign"), looking back through its sentence and the one before. A
// plural noun on the way ("officials … they") is the antecedent instead,
// and is no named actor; so is a pair of people ("Trump and Erdogan").
func (r *resolver) pluralAntecedent(m mention) int {
	if m.subject && m.word == 0 && m.sentence > 0 && r.pluralRootSubject(m.sentence-1) {
		// "The three countries said … that Iran had amassed a stockpile.
		// They said they remained committed": the subject goes on.
		return -1
	}
	if c := r.governingSubject(m); c >= 0 && coordinatedPhrase(r.tree(m.sentence), c) {
		// "Britain and France warned Iran that they would seek to
		// reimpose sanctions": both, not the one warned.
		return -1
	}
	if ws := r.d.Sentences[m.sentence].Words; m.word < len(ws) && ws[m.word].Rel == "nmod:poss" {
		if h := ws[m.word].Head - 1; h >= 0 && peoplesOwn[strings.ToLower(ws[h].Form)] {
			return -1 // "accused of espionage for Israel, a charge their families rejected": people's, no state's
		}
	}
	for si := m.sentence; si >= max(m.sentence-1, 0); si-- {
		ws := r.d.Sentences[si].Words
		for k := len(ws) - 1; k >= 0; k-- {
			w := ws[k]
			if w.Start >= m.span.Start {
				continue
			}
			if a := r.collectiveAt(w.Start); a >= 0 {
				t, n := r.tree(si), k
				for t.Head(n) >= 0 && t.Head(n) < n && (t.Rel(n) == "flat" || t.Rel(n) == "compound") {
					n = t.Head(n) // "Guinea-Bissau": the name's head says where
				}
				if whereNoun(t, n) && t.Head(n) >= 0 && strings.HasPrefix(ws[t.Head(n)].XPOS, "NN") {
					// "Military officers in Gabon said they …": the
					// officers; "to meet Xi at a summit in Russia, their
					// first talks": where they meet is no party.
					return -1
				} else if coordinatedPhrase(t, k) {
					return -1 // "Iran and Iraq … they": both
				} else if c := pluralRootSubjectBefore(t, k); si < m.sentence && c >= 0 && r.collectiveAt(ws[c].Start) != a {
					// "Several Democrats cautioned …, saying … the United
					// States. They also said": a subject goes on from the
					// sentence before, which was about the plural before
					// the state; "Opposition politicians in Germany
					// criticised the plan, saying Berlin could not afford
					// it. Zelensky … thanked them": nor is a state inside
					// what they said "them".
					if a := r.collectiveAt(ws[c].Start); m.subject && a >= 0 {
						return a
					}
					return -1
				}
				if p := pluralArgumentBefore(t, k); w.XPOS == "NN" && p >= 0 {
					// "sentenced three opposition leaders … for refusing to
					// appear before a commission investigating the former
					// government, their lawyers said": the plural the
					// clause is about, not a body in the singular after it.
					return r.groupNamedOn(t, p)
				}
				return a
			}
			if w.XPOS == "NNS" || w.XPOS == "NNPS" {
				return r.groupNamedOn(r.tree(si), k) // "Houthi rebels … they": the group they are
			}
			if w.UPOS == "CCONJ" && (w.Form == "and" || w.Form == "or") {
				return -1
			}
		}
	}
	return -1
}

// peoplesOwn are what only people have: a "their" before them is no
// state's or body's.
var peoplesOwn = map[string]bool{"family": true, "families": true, "relatives": true, "children": true, "parents": true,
	"wives": true, "husbands": true, "sons": true, "daughters": true}

// pluralRootSubject: the subject of sentence si's root is a plural
// noun that no actor holds.
func (r *resolver) pluralRootSubject(si int) bool {
	t := r.tree(si)
	c := pluralRootSubjectBefore(t, len(t.Sentence.Words))
	return c >= 0 && r.collectiveAt(t.Sentence.Words[c].Start) < 0
}

// pluralRootSubjectBefore is the plural noun before word k that is the
// subject of the sentence's root, or -1.
func pluralRootSubjectBefore(t *document.Tree, k int) int {
	ws := t.Sentence.Words
	for r := range ws {
		if t.Head(r) >= 0 {
			continue
		}
		for _, c := range t.ChildrenWith(r, "nsubj") {
			if c < k && (ws[c].XPOS == "NNS" || ws[c].XPOS == "NNPS") {
				return c
			}
		}
		return -1
	}
	return -1
}

// whereNoun: word k says where the noun it modifies is ("officers in
// Gabon"), which a plural pronoun after it means rather than the place.
func whereNoun(t *document.Tree, k int) bool {
	if t.Rel(k) != "nmod" {
		return false
	}
	for _, c := range t.ChildrenWith(k, "case") {
		switch strings.ToLower(t.Sentence.Words[c].Form) {
		case "in", "at", "from", "near", "inside":
			return true
		}
	}
	return false
}

// clauseSubject resolves "it" or "its" to the country or organisation
// that is the subject of a clause governing it: "Nigeria announced that
// it will withdraw", "Iran said its missiles were ready", "Israel moved
// its troops". Most "it"s are things or expletives, which have no such
// subject.
func (r *resolver) clauseSubject(m mention) int {
	ws := r.d.Sentences[m.sentence].Words
	c := r.governingSubject(m)
	if c >= 0 && ws[c].XPOS == "NNS" && ws[c].Form != "" && unicode.IsLower(rune(ws[c].Form[0])) && ws[c].Head > 0 &&
		(r.collectiveAt(ws[c].Start) >= 0 || ws[m.word].Rel == "nmod:poss") {
		// "Azerbaijan said Armenian forces fired on its positions",
		// "The Philippine military said Chinese ships had rammed its
		// boats": a subject in the plural is no "it"; the clause above
		// may have one. (Not a name tagged a plural: "The Times said
		// the emails it received"; nor an "it" that is no possessive
		// after a plural that is no actor: "are concerned that Sanders'
		// tactics could make it more difficult".)
		up := m
		up.word = ws[c].Head - 1
		c = r.governingSubject(up)
	}
	if c >= 0 && strings.EqualFold(ws[c].Form, "they") {
		return -1 // "they had targeted it because its owner had violated …": "they" is no "it"
	}
	person := func(k int) bool { a := r.actorCovering(ws[k]); return a >= 0 && r.actors[a].Kind == "person" }
	if c >= 0 && (!thingBetween(ws, c, m.word, person) || agentsOwn(ws, m.word)) && !objectOfOwnSubject(ws, m.word, c) {
		return r.collectiveAt(ws[c].Start)
	}
	if k := warOfRecipient(ws, c, m.word); k >= 0 {
		return r.collectiveAt(ws[k].Start)
	}
	return -1
}

// warOfRecipient is the name in a "to" phrase between the subject c and
// the possessive at k that owns a war the subject is said to send to or
// support: "Iran has sent ballistic missiles to Russia for use in its war
// against Ukraine", "sent troops to Russia to support its war in
// Ukraine". One sends arms to another for the other's war; -1 if none.
func warOfRecipient(ws []document.Word, c, k int) int {
	h := ws[k].Head - 1
	if c < 0 || c >= k || ws[k].Rel != "nmod:poss" || h < 0 || !wars[strings.ToLower(ws[h].Lemma)] {
		return -1
	}
	for n := k - 1; n > c; n-- {
		w := ws[n]
		if w.UPOS == "PROPN" && w.Rel == "obl" && n > 0 && strings.EqualFold(ws[n-1].Form, "to") {
			return n
		}
	}
	return -1
}

// wars are what one wages on another.
var wars = wordSet(`war invasion offensive`)

// agentsOwn: the possessive at k is on a stance only one who acts takes, so a
// thing named between it and a subject is not its owner: "condemned the
// Chinese action and reaffirmed its commitment to defend the
// Philippines".
func agentsOwn(ws []document.Word, k int) bool {
	h := ws[k].Head - 1
	return ws[k].Rel == "nmod:poss" && h > k && agentsHoldings[strings.ToLower(ws[h].Lemma)]
}

// agentsHoldings are the nouns of a stance only an actor takes (not its
// people or envoys, whom another may act on: "France said the junta had
// no authority to expel its envoy").
var agentsHoldings = wordSet(`commitment pledge readiness willingness determination intention resolve stance position support opposition`)

// objectOfOwnSubject: the pronoun at k is an object of the verb whose
// subject is c, which an object pronoun never stands for ("Germany and
// Hungary opposed it" would say "themselves"; "it" is the move).
func objectOfOwnSubject(ws []document.Word, k, c int) bool {
	return (ws[k].Rel == "obj" || ws[k].Rel == "iobj") && ws[k].Head == ws[c].Head
}

// pluralSubject resolves "their" to the body or group named in the
// plural that is the subject of a clause governing it: "The Houthis,
// who control much of northern Yemen, have vowed to continue their
// attacks" (not Yemen, the nearest name before it).
func (r *resolver) pluralSubject(m mention) int {
	t := r.tree(m.sentence)
	ws := t.Sentence.Words
	if ws[m.word].Rel != "nmod:poss" {
		return -1
	}
	c := r.governingSubject(m)
	if c >= 0 && ws[c].XPOS == "NN" && r.collectiveAt(ws[c].Start) < 0 {
		// "saying they had targeted it because its owner had violated
		// their ban": an owner is no "their"; the clause above's subject
		// may be.
		c = r.subjectGoverning(m.sentence, c)
	}
	if c < 0 || coordinatedPhrase(t, c) {
		return -1
	}
	a := r.collectiveAt(ws[c].Start)
	switch {
	case a < 0 || r.actors[a].Kind == "country" && strings.Contains(r.actors[a].Name, " "):
		return -1 // "the United States … their ruling": the states are one, "their" others'
	case ws[c].XPOS == "NNS" || ws[c].XPOS == "NNPS" || strings.EqualFold(ws[c].Form, "they"):
		return a
	case ws[c].XPOS == "NNP" && strings.HasSuffix(ws[c].Form, "s") && r.actors[a].Kind != "country":
		return a // "The Houthis", tagged a singular name
	}
	return -1
}

// reportingSpeaker is the person who says the clause a subject pronoun
// opens, when that person is the subject of the verb of saying and the
// pronoun's gender does not rule them out, or -1.
// relativeReporter is the person the sentence's subject names, for a
// pronoun that reports in a relative clause ("… urged the federal
// government to protect farmers, who he said were being killed"): the
// one who speaks in the sentence, not the last man named before it; or
// -1.
func (r *resolver) relativeReporter(m mention, g byte) int {
	if !m.subject {
		return -1
	}
	t := r.tree(m.sentence)
	v := t.Head(m.word)
	if v < 0 || t.Sentence.Words[v].Rel != "acl:relcl" || !sayingVerbs[strings.ToLower(t.Sentence.Words[v].Lemma)] {
		return -1
	}
	root := slices.IndexFunc(t.Sentence.Words, func(w document.Word) bool { return w.Head == 0 })
	if root < 0 || root > m.word {
		return -1
	}
	for _, c := range t.ChildrenWith(root, "nsubj") {
		for _, k := range append([]int{c}, t.ChildrenWith(c, "flat", "appos")...) {
			if a := r.actorCovering(t.Sentence.Words[k]); a >= 0 && r.actors[a].Kind == "person" && r.agrees(a, g) {
				return a
			}
		}
	}
	return -1
}

func (r *resolver) reportingSpeaker(m mention, g byte) int {
	if !m.subject {
		return -1
	}
	t := r.tree(m.sentence)
	clause := t.Head(m.word)
	if clause < 0 || t.Rel(clause) != "ccomp" {
		return -1
	}
	v := t.Head(clause)
	if v < 0 || !sayingVerbs[strings.ToLower(t.Sentence.Words[v].Lemma)] {
		return -1
	}
	c := r.governingSubject(m)
	// Or the subject a verb of saying shares with the verb it is joined
	// to: "Trump called Petro an \"illegal drug leader\" and said he
	// would cut off all aid".
	shared := t.Rel(v) == "conj" && len(t.ChildrenWith(v, "nsubj")) == 0 && c >= 0 && t.Head(c) == t.Head(v)
	if c < 0 || t.Head(c) != v && !shared {
		return -1
	}
	// "U.N. human rights chief Volker Turk", parsed with the body for
	// the head and the person its apposition.
	// "Turkish President Tayyip Erdogan's office said he had spoken with
	// Putin": the office speaks for its owner.
	candidates := append([]int{c}, t.ChildrenWith(c, "appos")...)
	if speakersStaff[strings.ToLower(t.Sentence.Words[c].Lemma)] {
		candidates = append(candidates, t.ChildrenWith(c, "nmod:poss")...)
	}
	for _, k := range candidates {
		if a := r.actorCovering(t.Sentence.Words[k]); a >= 0 && r.actors[a].Kind == "person" && r.agrees(a, g) {
			return a
		}
	}
	return -1
}

// pluralArgumentBefore is a plural noun before word k that is the
// subject or object of the sentence's root, or -1.
func pluralArgumentBefore(t *document.Tree, k int) int {
	for n := range k {
		w := t.Sentence.Words[n]
		if (w.XPOS == "NNS" || w.XPOS == "NNPS") && (w.Rel == "nsubj" || w.Rel == "obj") && t.Head(n) >= 0 && t.Sentence.Words[t.Head(n)].Rel == "root" {
			return n
		}
	}
	return -1
}

// conjunctsPossessor reads a possessive pronoun on a conjunct ("The
// Republican nominee and his aides", "Sanders and his wife"): it stands
// for the person the conjunct before names; when that is an office or a
// role in a race, for guess, the person the pronoun would otherwise stand
// for, if that person holds it, else for no one known. ok is false when
// the pronoun is on no such conjunct.
func (r *resolver) conjunctsPossessor(m mention, g byte, guess int) (idx int, ok bool) {
	t := r.tree(m.sentence)
	n := t.Head(m.word)
	if t.Sentence.Words[m.word].Rel != "nmod:poss" || n < 0 || t.Rel(n) != "conj" || t.Head(n) < 0 || t.Head(n) > m.word {
		return -1, false
	}
	h := t.Head(n)
	for _, c := range t.ChildrenWith(h, "conj") {
		if c < m.word {
			h = c // the conjunct right before: "On Saturday, Trump and his remarks", all three parsed conjuncts
		}
	}
	// The conjunct, or the name in apposition to it ("Freddy's best
	// friend, William Drake, also a pilot, and his wife").
	for _, k := range append([]int{h}, t.ChildrenWith(h, "appos")...) {
		if a := r.actorCovering(t.Sentence.Words[k]); a >= 0 && r.actors[a].Kind == "person" && r.agrees(a, g) {
			return a, true
		}
	}
	w := t.Sentence.Words[h]
	role := strings.ToLower(w.Lemma)
	if e, ok := r.dict.Lookup(role); w.XPOS != "NN" || !contenders[role] && (!ok || e.Kind != "title") {
		// "his positive theme and his call", "Merkel's welcome of
		// migrants and her support", "the former first lady as well as
		// his Republican rivals": no office holder's description.
		return -1, false
	}
	if guess >= 0 && hasTitle(r.actors[guess], role) {
		return guess, true
	}
	return -1, true
}

// contenders are the roles of a race, which name a person the story
// may call by no other name.
var contenders = wordSet(`nominee candidate frontrunner front-runner challenger incumbent contender`)

// sayingVerbs report what their subject said or thought of itself.
var sayingVerbs = wordSet("say tell add insist claim state announce confirm argue believe think")

// governingSubject is the subject of the nearest clause governing the
// pronoun of m that has one of its own, or -1.
func (r *resolver) governingSubject(m mention) int {
	return r.subjectGoverning(m.sentence, m.word)
}

// subjectGoverning is the subject of the nearest clause governing word k
// of sentence si that has one of its own, or -1.
func (r *resolver) subjectGoverning(si, k int) int {
	t := r.tree(si)
	ws := t.Sentence.Words
	from := k
	for h, depth := t.Head(k), 0; h >= 0 && depth < 6; from, h, depth = h, t.Head(h), depth+1 {
		if t.Rel(from) == "xcomp" && from != k && ws[from].XPOS == "VB" {
			// "told Iran to immediately end its support": whom the verb
			// tells or urges does its complement.
			if o := t.ChildrenWith(h, "obj", "iobj"); len(o) > 0 && o[0] < from {
				return o[0]
			}
		}
		// A passive's subject too: "The RSF has been accused … of
		// killing hundreds of civilians, which it denies".
		for _, c := range t.ChildrenWith(h, "nsubj", "nsubj:pass") {
			if c == from || timeNouns[strings.ToLower(ws[c].Form)] {
				// The pronoun is in this subject ("its missiles were
				// ready"), or the subject is a day the parse took for one
				// ("said today it had expelled").
				continue
			}
			return c
		}
		if t.Rel(h) == "conj" && ws[h].UPOS != "NOUN" && len(t.ChildrenWith(h, "nsubj")) > 0 {
			// A conjunct whose only subject is the clause climbed from
			// ("Iran welcomed the deal and it works"): which? One with no
			// subject of its own shares the first conjunct's ("condemned
			// China's actions and reaffirmed that its treaty …"), unless
			// a thing comes between (see thingBetween); so do coordinated
			// nouns ("sanctions on six companies and four officials it
			// accused").
			if first := t.Head(h); first >= 0 && t.Rel(first) == "ccomp" &&
				slices.ContainsFunc(t.ChildrenWith(h, "mark"), func(c int) bool { return strings.EqualFold(ws[c].Form, "that") }) {
				// "said most of the rockets were intercepted and that its
				// warplanes struck …": a second thing said, whose "its"
				// is the speaker's.
				h = first
				continue
			}
			return -1
		}
	}
	return -1
}

// deniedClaimIt resolves the "it" that opens the clause of a claim its
// subject denies to that subject: "The UAE has denied accusations by the
// army that it supplies weapons to the RSF". One does not accuse
// oneself, so the claimant named between them ("by the army") is not it,
// as clauseSubject's nearer noun would make it unsure.
func (r *resolver) deniedClaimIt(m mention) int {
	t := r.tree(m.sentence)
	ws := t.Sentence.Words
	c := t.Head(m.word)
	if !m.subject || c < 0 || t.Rel(c) != "acl" && t.Rel(c) != "ccomp" {
		return -1
	}
	n := t.Head(c)
	if n < 0 || !claimNouns[strings.ToLower(ws[n].Lemma)] || t.Rel(n) != "obj" {
		return -1
	}
	v := t.Head(n)
	if v < 0 || !claimDeniers[strings.ToLower(ws[v].Lemma)] {
		return -1
	}
	for _, s := range t.ChildrenWith(v, "nsubj") {
		return r.collectiveAt(ws[s].Start)
	}
	return -1
}

// claimNouns are the claims a party may deny; claimDeniers deny them.
var (
	claimNouns   = wordSet("accusation allegation claim charge report suggestion")
	claimDeniers = wordSet("deny reject dismiss refute")
)

// accusedIt resolves the "it" that a verb of blame or pressure takes as
// object to the country or body named last before it in the sentence,
// other than the verb's own subject: "his government does not seek
// conflict with Israel but has accused it of violating Syrian
// sovereignty". Such verbs hold an actor to account; the "it" of other
// verbs is as often a thing.
func (r *resolver) accusedIt(m mention) int {
	t := r.tree(m.sentence)
	ws := t.Sentence.Words
	v := t.Head(m.word)
	if !strings.EqualFold(ws[m.word].Form, "it") || ws[m.word].Rel != "obj" || v < 0 || !blameVerbs[strings.ToLower(ws[v].Lemma)] {
		return -1
	}
	subject := -1
	if c := r.governingSubject(m); c >= 0 {
		subject = r.collectiveAt(ws[c].Start)
	}
	for k := m.word - 1; k >= 0; k-- {
		if a := r.collectiveAt(ws[k].Start); a >= 0 && a != subject {
			return a
		}
	}
	return -1
}

// sanctionedIts resolves the "its" of what a measure is taken over to
// the one the measure is against: "sanctions against Russia over its
// war in Ukraine", "imposed sanctions on Belarus over its crackdown";
// so with whom one blames or thanks for something ("thanked Washington
// for its support"). It is tried before the clause's subject, which
// such an "its" is not.
func (r *resolver) sanctionedIts(m mention) int {
	t := r.tree(m.sentence)
	ws := t.Sentence.Words
	n := t.Head(m.word)
	if ws[m.word].Rel != "nmod:poss" || n < 0 {
		return -1
	}
	if c := slices.IndexFunc(ws, func(w document.Word) bool { return w.Head == n+1 && w.Rel == "case" }); c < 0 || !strings.EqualFold(ws[c].Form, "over") && !strings.EqualFold(ws[c].Form, "for") {
		return -1
	}
	for h, depth := t.Head(n), 0; h >= 0 && depth < 3; h, depth = t.Head(h), depth+1 {
		near := t.Children(h)
		for _, o := range t.ChildrenWith(h, "nmod") {
			if cs := t.ChildrenWith(o, "case"); len(cs) > 0 && strings.EqualFold(ws[cs[0]].Form, "of") {
				near = append(near, t.Children(o)...) // "a package of sanctions against Russia"
			}
		}
		for _, x := range near {
			if x < m.word && (t.Rel(x) == "nmod" || t.Rel(x) == "obl" || t.Rel(x) == "obj") {
				cs := t.ChildrenWith(x, "case")
				if t.Rel(x) == "obj" && (blameVerbs[strings.ToLower(ws[h].Lemma)] || creditVerbs[strings.ToLower(ws[h].Lemma)]) || len(cs) > 0 && (strings.EqualFold(ws[cs[0]].Form, "against") || strings.EqualFold(ws[cs[0]].Form, "on")) {
					if a := r.collectiveAt(ws[x].Start); a >= 0 {
						return a
					}
				}
			}
		}
	}
	return -1
}

// creditVerbs thank or praise their object for what a "for" phrase
// names ("thanked Washington for its support").
var creditVerbs = wordSet(`thank praise commend credit applaud congratulate reward`)

// blameVerbs hold whom they take to account.
var blameVerbs = wordSet(`accuse blame criticize criticise condemn denounce urge warn threaten pressure sanction punish attack invade`)

// reportersIts is the country or body that is the subject of the clause
// the owner of the "its" of m reports after it ("Germany summoned Iran's
// ambassador, its foreign ministry said"; "…, its foreign ministry
// spokesman Nasser Kanaani said"), or -1.
func (r *resolver) reportersIts(m mention) int {
	t := r.tree(m.sentence)
	n := t.Head(m.word)
	if t.Sentence.Words[m.word].Rel != "nmod:poss" || n < 0 {
		return -1
	}
	if rel := t.Sentence.Words[n].Rel; rel == "nmod:desc" || rel == "compound" {
		n = t.Head(n) // the name a title goes before
	}
	v := t.Head(n)
	if n < 0 || t.Rel(n) != "nsubj" || v < 0 || !sayingVerbs[strings.ToLower(t.Sentence.Words[v].Lemma)] {
		return -1
	}
	for _, c := range t.ChildrenWith(v, "ccomp") {
		if c > m.word {
			continue
		}
		for _, s := range t.ChildrenWith(c, "nsubj") {
			if a := r.collectiveAt(t.Sentence.Words[s].Start); a >= 0 {
				return a
			}
		}
	}
	return -1
}

// itsCountry is the country of the actor that an "its" right before
// start stands for ("its foreign ministry spokesman"), or "".
func (r *resolver) itsCountry(start int) string {
	at := len(strings.TrimRight(r.d.Text[:start], " ")) - 3
	if at < 0 || !strings.EqualFold(r.d.Text[at:at+3], "its") {
		return ""
	}
	for _, a := range r.actors {
		if a.Country != "" && slices.Contains(a.Mentions, document.Span{Start: at, End: at + 3}) {
			return a.Country
		}
	}
	return ""
}

// ownsSubject: the "its" of m is the possessor of its clause's subject
// ("Its defence chiefs agreed").
func (r *resolver) ownsSubject(m mention) bool {
	t := r.tree(m.sentence)
	h := t.Head(m.word)
	return t.Sentence.Words[m.word].Rel == "nmod:poss" && h >= 0 && t.Rel(h) == "nsubj"
}

// itReports: the "it" of m is the subject of a verb that goes on with
// what a body said, did not say or answered ("It added that …", "It did
// not provide evidence", "It declined to comment", "It thanked the
// UAE"), where an "it" that opens a sentence most often continues the
// body that spoke before;
// other verbs' "it" is as often a thing or stands for nothing ("It's
// time", "It included interviews").
func (r *resolver) itReports(m mention) bool {
	t := r.tree(m.sentence)
	h := t.Head(m.word)
	return h >= 0 && itReportVerbs[strings.ToLower(t.Sentence.Words[h].Lemma)]
}

var itReportVerbs = map[string]bool{"say": true, "add": true, "tell": true, "state": true, "deny": true, "claim": true,
	"decline": true, "refuse": true, "provide": true, "give": true, "comment": true, "confirm": true, "announce": true, "mention": true,
	"warn": true, "insist": true, "note": true, "accuse": true, "urge": true, "call": true, "reject": true,
	"thank": true, "welcome": true, "condemn": true, "praise": true, "criticize": true, "criticise": true, "vow": true, "pledge": true,
	// Acts only a state or a body does: "Niger's junta … has expelled
	// French troops. It withdrew from ECOWAS."
	"withdraw": true, "expel": true, "impose": true, "ratify": true, "sever": true, "recall": true, "summon": true, "deploy": true,
	"annex": true, "invade": true, "sanction": true, "boycott": true, "mobilize": true, "mobilise": true}

// previousSubject is the country or body that is the subject of the
// root of the sentence before si, which "It" opening sentence si
// continues, or -1; not across a headline or caption.
func (r *resolver) previousSubject(si int) int {
	if si == 0 || r.d.Sentences[si-1].Part < 0 || r.d.Sentences[si-1].Part >= len(r.d.Parts) ||
		r.d.Parts[r.d.Sentences[si-1].Part].Kind != document.Paragraph {
		return -1
	}
	t := r.tree(si - 1)
	ws := r.d.Sentences[si-1].Words
	for k := range ws {
		if t.Head(k) >= 0 || t.Rel(k) != "root" {
			continue
		}
		// "The tanker was taken by Iranian forces, the 5th Fleet said in
		// a statement. It called the seizure …": a passive's subject
		// is what was done to; the closing report's speaker goes on.
		for _, p := range t.ChildrenWith(k, "parataxis") {
			if !sayingVerbs[strings.ToLower(ws[p].Lemma)] || len(t.ChildrenWith(k, "nsubj:pass")) == 0 {
				continue
			}
			for _, c := range t.ChildrenWith(p, "nsubj") {
				if a := r.collectiveAt(ws[c].Start); a >= 0 {
					return a
				}
			}
		}
		for _, c := range t.ChildrenWith(k, "nsubj") {
			if a := r.collectiveAt(ws[c].Start); a >= 0 {
				return a
			}
		}
	}
	// "The missile flew 800 km, the Joint Chiefs of Staff said. It did
	// not say what type of missile it was": the body that spoke there.
	for _, at := range r.d.Attributions {
		if at.Sentence != si-1 || at.Source.Empty() {
			continue
		}
		for _, w := range ws {
			if w.Start >= at.Source.Start && w.End <= at.Source.End {
				if a := r.collectiveAt(w.Start); a >= 0 {
					return a
				}
			}
		}
	}
	return -1
}

// thingBetween: a singular common noun between a subject and the pronoun
// at k could be what "it" refers to ("Iran signed the deal, saying it
// …"); words of time ("Nigeria today announced that it …") could not.
func thingBetween(ws []document.Word, subject, k int, person func(int) bool) bool {
	pronoun := k
	if subject > k {
		subject, k = k, subject
	}
	for i, w := range ws[subject+1 : k] {
		// Not the noun right before the pronoun's preposition: "preparing
		// to wage war against it" is no war against the war.
		at := subject + 1 + i
		// Nor, for a possessive, one in a conjunct beside the pronoun's:
		// "Iran remained committed to the Non-Proliferation Treaty but
		// would reconsider its cooperation" (what the word hangs on is
		// not above the pronoun).
		if h := w.Head - 1; ws[pronoun].Rel == "nmod:poss" && h >= 0 && h != subject && (!above(ws, h, pronoun) || acrossConjunct(ws, h, pronoun)) {
			continue
		}
		// Nor what a report is made in: "said in a statement that its
		// cooperation …" is the speaker's.
		if w.Rel == "obl" && statementNouns[strings.ToLower(w.Lemma)] {
			continue
		}
		// Nor a noun that only modifies another ("attacks on Russian
		// energy facilities, which it says …"): its head is the thing.
		// Nor a person named so ("expelled a British diplomat it accused
		// of spying"): "it" is no one's.
		if w.XPOS == "NN" && w.Rel != "compound" && !timeNouns[strings.ToLower(w.Form)] && (at != pronoun-2 || ws[pronoun-1].UPOS != "ADP") && !person(at) {
			return true
		}
		// Another name in a prepositional phrase could be it too:
		// "supplying drones to Russia for use in its war" (an object
		// could not, when it is the doer of the pronoun's clause:
		// "accused Eritrea of preparing to wage war against it").
		if w.UPOS == "PROPN" && w.Head-1 != subject && (w.Rel == "obl" || w.Rel == "nmod") && !document.IsCalendarName(strings.ToLower(w.Form)) {
			return true
		}
	}
	return false
}

// statementNouns are what a report is made in.
var statementNouns = wordSet(`statement interview letter post briefing speech communique release message note address`)

// above: word a is an ancestor of word x in the parse.
func above(ws []document.Word, a, x int) bool {
	for n := 0; x >= 0 && n <= len(ws); n++ {
		if x = ws[x].Head - 1; x == a {
			return true
		}
	}
	return false
}

// acrossConjunct: the verb a, above word x, reaches it through a
// conjunct verb: "condemned the attack and reaffirmed that its treaty
// …", where "the attack" is the first verb's and "its" in the second's
// clause.
func acrossConjunct(ws []document.Word, a, x int) bool {
	if ws[a].UPOS != "VERB" {
		return false
	}
	for n := 0; x >= 0 && n <= len(ws); n++ {
		h := ws[x].Head - 1
		if h == a {
			return ws[x].Rel == "conj" && ws[x].UPOS == "VERB"
		}
		x = h
	}
	return false
}

var timeNouns = map[string]bool{"today": true, "yesterday": true, "tonight": true, "tomorrow": true, "week": true,
	"month": true, "year": true, "day": true, "morning": true, "afternoon": true, "evening": true, "weekend": true}

// coordinated: word k is one of a coordination.
func coordinated(t *document.Tree, k int) bool {
	return t.Rel(k) == "conj" || len(t.ChildrenWith(k, "conj")) > 0
}

// coordinatedPhrase: the word at k is coordinated, or its modifiers are
// ("Russian and Ukrainian delegations"): two sides.
func coordinatedPhrase(t *document.Tree, k int) bool {
	return coordinated(t, k) || slices.ContainsFunc(t.Children(k), func(c int) bool { return coordinated(t, c) })
}

// tree returns the dependency tree of sentence si, building it once.
func (r *resolver) tree(si int) *document.Tree {
	if r.trees == nil {
		r.trees = make([]*document.Tree, len(r.d.Sentences))
	}
	if r.trees[si] == nil {
		r.trees[si] = document.NewTree(&r.d.Sentences[si])
	}
	return r.trees[si]
}

// collectiveAt returns the country or organisation mentioned at byte
// offset off, or -1.
func (r *resolver) collectiveAt(off int) int {
	for k := len(r.collectives) - 1; k >= 0; k-- {
		c := r.collectives[k]
		if off >= c.span.Start && off < c.span.End {
			return c.actor
		}
		if c.span.End <= off {
			break // mentions are in text order
		}
	}
	return -1
}

// lastPerson is the person mentioned most recently whom a pronoun of the
// gender (0 for any) may refer to.
func (r *resolver) lastPerson(gender byte) int { return r.lastPersonBut(gender, -1) }

// lastPersonBut is lastPerson other than the actor except.
func (r *resolver) lastPersonBut(gender byte, except int) int {
	for k := len(r.recent) - 1; k >= 0; k-- {
		if r.recent[k] != except && r.agrees(r.recent[k], gender) {
			return r.recent[k]
		}
	}
	return -1
}

// demandersSubject is the actor named by the subject of a demand whose
// "that" clause the pronoun of m is the subject of ("Sun … demanded that
// she retract them"), or -1: one demands of someone else.
func (r *resolver) demandersSubject(m mention) int {
	if !m.subject {
		return -1
	}
	t := r.tree(m.sentence)
	ws := t.Sentence.Words
	c := t.Head(m.word)
	if c < 0 || t.Rel(c) != "ccomp" || !slices.ContainsFunc(t.ChildrenWith(c, "mark"), func(k int) bool { return strings.EqualFold(ws[k].Form, "that") }) {
		return -1
	}
	v := t.Head(c)
	if v < 0 || !demandVerbs[strings.ToLower(ws[v].Lemma)] {
		return -1
	}
	return r.subjectActor(t, v) // "told … and demanded that she …": the first conjunct's
}

// demandVerbs ask that someone else act.
var demandVerbs = wordSet("demand urge request")

// objectsSubject is the actor named by the subject of the verb whose
// object the pronoun of m is ("him" in "the president asked him"), or
// -1; a conjunct with no subject of its own has its first conjunct's.
func (r *resolver) objectsSubject(m mention) int {
	t := r.tree(m.sentence)
	ws := t.Sentence.Words
	if rel := ws[m.word].Rel; rel != "obj" && rel != "iobj" || m.name != "him" && m.name != "her" {
		return -1 // not "announced she and her husband …", "she" parsed as an object
	}
	return r.subjectActor(t, t.Head(m.word))
}

// conditionsObject is the actor of the pronoun object of the verb a
// condition is on, when the condition's subject is a pronoun of the same
// gender: "Trump … offered him safe passage out of the country if he
// resigned", where "he" is the one offered, not the one who offers; -1
// otherwise. The verb's subject is a person too.
func (r *resolver) conditionsObject(m mention, g byte) int {
	if m.name != "he" && m.name != "she" {
		return -1
	}
	t := r.tree(m.sentence)
	ws := t.Sentence.Words
	c := t.Head(m.word)
	if ws[m.word].Rel != "nsubj" || c < 0 || t.Rel(c) != "advcl" || !slices.ContainsFunc(t.ChildrenWith(c, "mark"), func(k int) bool {
		f := strings.ToLower(ws[k].Form)
		return f == "if" || f == "unless"
	}) {
		return -1
	}
	// Only between two people: "the media would call him a chicken if
	// he didn't" leaves "he" to the rules for one person.
	// (Nor does a misparsed "according to Trump, the media would call
	// him …", with "Trump" a subject that has a preposition.)
	v := t.Head(c)
	if s := r.subjectActor(t, v); s < 0 || r.actors[s].Kind != "person" ||
		slices.ContainsFunc(t.ChildrenWith(v, "nsubj"), func(k int) bool { return len(t.ChildrenWith(k, "case")) > 0 }) {
		return -1
	}
	for _, o := range t.ChildrenWith(v, "obj", "iobj") {
		if pronounGender[strings.ToLower(ws[o].Form)] == g {
			return r.actorCovering(ws[o])
		}
	}
	return -1
}

// subjectActor is the actor named by the subject of the verb at v, or of
// the first conjunct when v has none of its own; -1 if none.
func (r *resolver) subjectActor(t *document.Tree, v int) int {
	for v >= 0 && len(t.ChildrenWith(v, "nsubj")) == 0 && t.Rel(v) == "conj" {
		v = t.Head(v)
	}
	if v < 0 {
		return -1
	}
	for _, s := range t.ChildrenWith(v, "nsubj") {
		if a := r.actorCovering(t.Sentence.Words[s]); a >= 0 {
			return a
		}
	}
	return -1
}

// guessedSubjectBefore is the actor a "he" or "she" opening its
// sentence continues when the sentence before, in the same paragraph,
// has for its root's subject (or that subject's apposition: "The United
// Nations envoy for Sudan, Ramtane Lamamra, urged …") a name of more
// than one word that no dictionary knew and that was guessed a body, as
// unknown names without a title are until they speak: the pronoun shows
// it a person's, whom it makes one. Else -1.
func (r *resolver) guessedSubjectBefore(m mention) int {
	if !m.subject || m.word != 0 || m.sentence == 0 || r.d.Sentences[m.sentence-1].Part != r.d.Sentences[m.sentence].Part {
		return -1
	}
	t := r.tree(m.sentence - 1)
	ws := t.Sentence.Words
	root := slices.IndexFunc(ws, func(w document.Word) bool { return w.Head == 0 })
	if root < 0 {
		return -1
	}
	for _, s := range t.ChildrenWith(root, "nsubj") {
		for _, k := range append([]int{s}, t.ChildrenWith(s, "appos")...) {
			i := r.actorCovering(ws[k])
			if i < 0 || !r.guessed[i] {
				continue
			}
			if a := r.actors[i]; a.Kind == "organization" && !bodyName(a.Name) && !thingHeads[lastWord(a.Name)] && len(strings.Fields(a.Name)) > 1 {
				a.Kind = "person"
				delete(r.guessed, i)
				return i
			}
		}
	}
	return -1
}

// personsOwned is the parse of the sentence of a mention "his" or "her"
// and the noun it owns, or -1.
func (r *resolver) personsOwned(m mention) (*document.Tree, int) {
	if m.name != "his" && m.name != "her" {
		return nil, -1
	}
	t := r.tree(m.sentence)
	if t.Sentence.Words[m.word].Rel != "nmod:poss" {
		return t, -1
	}
	return t, t.Head(m.word)
}

// possessingSubject is the actor whose name is the subject of the
// clause a possessive "his" or "her" is in, as the object's possessor
// ("Francois Bayrou announced his resignation"), when the name fits
// the pronoun: a person, or a name of more than one word guessed a body
// that the pronoun shows is a person's; or -1.
func (r *resolver) possessingSubject(m mention, g byte) int {
	t, n := r.personsOwned(m)
	if n < 0 || t.Rel(n) != "obj" && !(t.Rel(n) == "obl" && journeys[strings.ToLower(t.Sentence.Words[n].Lemma)]) {
		return -1 // "met Saudi Crown Prince Mohammed bin Salman … on his first trip abroad": the traveller's
	}
	ws := t.Sentence.Words
	v := t.Head(n)
	for _, s := range t.ChildrenWith(v, "nsubj") {
		if s > m.word || ws[s].UPOS != "PROPN" {
			continue
		}
		i := r.actorCovering(ws[s])
		if i < 0 {
			continue
		}
		// A guessed body of one word may well be one ("Media", "ARG"
		// reported its poll); two or three words that own "his" are a
		// person's name.
		if a := r.actors[i]; a.Kind == "person" && r.agrees(i, g) || r.guessed[i] && a.Kind == "organization" && !bodyName(a.Name) && !thingHeads[lastWord(a.Name)] && len(strings.Fields(a.Name)) > 1 {
			a.Kind = "person"
			delete(r.guessed, i)
			return i
		}
		return -1
	}
	return -1
}

// takesSector: the actor takes the sector its mention's title gives: it
// has none yet, and no dated role of the dictionary's gives it one; or
// the story calls the person an opposition leader ("Opposition leader
// Lee Jae-myung"), whatever office the dictionary knows him in.
func (r *resolver) takesSector(a *document.Actor, m mention) bool {
	return a.Sector == "" && !r.datedRole(a) || a.Kind == "person" && m.sector == "OPP"
}

// accusedSubject is the person who is the subject of the clause whose
// charges the pronoun at m denies in a relative clause: "Istanbul's
// mayor, Ekrem Imamoglu, who is seen as President Erdogan's main rival,
// has been in jail since March on charges he denies" — the mayor, not
// the last man named; or -1.
func (r *resolver) accusedSubject(m mention, g byte) int {
	if !m.subject {
		return -1
	}
	t := r.tree(m.sentence)
	ws := t.Sentence.Words
	v := t.Head(m.word)
	if v < 0 || ws[v].Rel != "acl:relcl" || !denials[strings.ToLower(ws[v].Lemma)] {
		return -1
	}
	n := t.Head(v)
	if n < 0 || !charges[strings.ToLower(ws[n].Lemma)] {
		return -1
	}
	p := t.Head(n)
	for p >= 0 && t.Rel(p) != "root" && t.Rel(p) != "ccomp" && t.Rel(p) != "conj" {
		p = t.Head(p)
	}
	if p < 0 {
		return -1
	}
	for _, s := range t.ChildrenWith(p, "nsubj", "nsubj:pass") {
		if s > m.word {
			continue
		}
		for _, k := range append([]int{s}, t.ChildrenWith(s, "appos")...) { // "Istanbul's mayor, Ekrem Imamoglu,"
			if i := r.actorCovering(ws[k]); i >= 0 && r.actors[i].Kind == "person" && r.agrees(i, g) {
				return i
			}
		}
	}
	return -1
}

var (
	denials = wordSet("deny dispute reject contest")
	charges = wordSet("charge accusation allegation claim")
)

// journeys are the trips on which one does what one's clause says.
var journeys = wordSet(`trip visit tour journey stop stopover`)

// reportedSubjectsOffice is the actor whose name is the subject of the
// clause a speaker after it reports, when the speaker is "his" or "her"
// office, spokesman or aide: "Ukrainian President Volodymyr Zelenskiy
// will travel to Florida … to meet U.S. President Donald Trump, his
// office said" is Zelenskiy's office, not the last man named; or -1.
func (r *resolver) reportedSubjectsOffice(m mention, g byte) int {
	t, n := r.personsOwned(m)
	if n < 0 || !speakersStaff[strings.ToLower(t.Sentence.Words[n].Lemma)] {
		return -1
	}
	ws := t.Sentence.Words
	if h := t.Head(n); h == n+1 && t.Rel(n) == "nmod" && t.Rel(h) == "nsubj" && ws[h].UPOS == "PROPN" { // nmod:desc
		n = h // "…, his spokesman Kang Yu-jung told reporters": the named spokesman speaks
	}
	v := t.Head(n)
	c := -1
	switch {
	case t.Rel(n) == "obl" && slices.ContainsFunc(t.ChildrenWith(n, "case"), func(k int) bool { return strings.EqualFold(ws[k].Form, "according") }):
		c = v // "He met members of Congress …, according to his office": the clause the office vouches for
		for c >= 0 && t.Rel(c) == "conj" && len(t.ChildrenWith(c, "nsubj")) == 0 {
			c = t.Head(c) // "… and spoke by phone with Mike Johnson, according to his office"
		}
	case t.Rel(n) != "nsubj":
		return -1
	case v >= 0 && t.Rel(v) == "parataxis" && t.Head(v) < v:
		c = t.Head(v) // "…, his office said", the speaker set beside the clause
	case v >= 0:
		if cs := t.ChildrenWith(v, "ccomp"); len(cs) > 0 && cs[0] < v {
			c = cs[0]
		}
	}
	if c < 0 {
		return -1
	}
	for _, s := range t.ChildrenWith(c, "nsubj") {
		if i := r.actorCovering(ws[s]); i >= 0 && r.actors[i].Kind == "person" && r.agrees(i, g) {
			return i
		}
	}
	return -1
}

// speakersStaff speak for a person: "his office said".
var speakersStaff = map[string]bool{"office": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "aide": true, "adviser": true, "advisor": true, "lawyer": true, "campaign": true}

// pronounGender is the gender a pronoun refers to: 'f' or 'm'.
var pronounGender = map[string]byte{"he": 'm', "him": 'm', "his": 'm', "she": 'f', "her": 'f'}

// rankAndCivilian: of the mention and the person at idx, one is named
// with a military rank and the other called "Mr.", "Mrs." or "Ms.": two
// people of one surname, as a paper that calls a soldier by his rank
// writes ("Captain Khan", the son, and "Mr. Khan", his father).
func (r *resolver) rankAndCivilian(idx int, m mention) bool {
	ranked := slices.ContainsFunc(m.titles, func(t string) bool {
		e, ok := r.dict.Lookup(t)
		return ok && e.Kind == "title" && e.Sector == "MIL"
	})
	if ranked && !m.honorific {
		return r.civilians[idx]
	}
	return m.honorific && r.actors[idx].Kind == "person" && r.actors[idx].Sector == "MIL" && !r.civilians[idx]
}

// agrees: the person may be referred to by a pronoun of the gender: her
// first name is not borne by the other sex alone ("she" is not Ted Cruz).
func (r *resolver) agrees(idx int, gender byte) bool {
	if gender == 0 {
		return true
	}
	if g, ok := r.gender[idx]; ok {
		return g == gender // "Mrs. Clinton"
	}
	g := r.genderOfName(r.actors[idx].Name)
	return g == 0 || g == gender
}

// addSpan adds a span to an actor's mentions unless it is one already:
// a source two attributions share ("Citing security concerns, sources
// told Axios"), a pronoun inside the contents of two.
func (r *resolver) addSpan(idx int, span document.Span) {
	if !slices.Contains(r.actors[idx].Mentions, span) {
		r.actors[idx].Mentions = append(r.actors[idx].Mentions, span)
	}
}

// anonymousSources makes actors of the unnamed sources of attributions:
// "multiple US officials", "a source with direct knowledge", "sources".
func (r *resolver) anonymousSources() {
	for _, at := range r.d.Attributions {
		src := withoutClosingComma(r.d.Text, at.Source)
		text := r.d.Text[src.Start:src.End]
		if at.SourceKind != "anonymous" && at.SourceKind != "vague" && !describedSide(at.SourceKind, text) {
			if idx := r.sourceBefore(text, src.Start); idx >= 0 && strings.HasPrefix(strings.ToLower(text), "one of ") {
				r.addSpan(idx, src) // "One of them said"
				r.byName["anon:"+strings.ToLower(text)] = idx
			}
			continue
		}
		owner := r.staffsOwner(src)
		key := "anon:" + strings.ToLower(text)
		if owner >= 0 {
			key += fmt.Sprint("@", owner) // "his spokesman" of each man named
		}
		if idx, ok := r.byName[key]; ok {
			r.addSpan(idx, src)
			continue
		}
		if idx := r.mentionedAt(src); idx >= 0 && describedSide(at.SourceKind, text) {
			// "The opposition accused the government …", a body the
			// story's country has (see homeBodies): that actor, not a
			// second of the same words.
			r.byName[key] = idx
			continue
		}
		name := text
		for _, rel := range []string{", who ", ", which ", ", speaking "} {
			if k := strings.Index(name, rel); k > 0 {
				name = name[:k] // "The official, who declined to be named …": the official
			}
		}
		if idx := r.sourceBefore(name, src.Start); idx >= 0 {
			r.addSpan(idx, src)
			r.byName["anon:"+strings.ToLower(text)] = idx
			continue
		}
		a := &document.Actor{ID: fmt.Sprintf("A%d", len(r.actors)+1), Name: name, Kind: "anonymous"}
		mixed, located := false, ""
		words := strings.Fields(name)
		// "A senior Western diplomat in Addis Ababa", "a foreign diplomat
		// in Kyiv": not of the country where they are.
		abroad := false
		for k, w := range words {
			next := ""
			if k+1 < len(words) {
				next = strings.ToLower(words[k+1])
			}
			abroad = abroad || strings.EqualFold(w, "Western") || strings.EqualFold(w, "foreign") && !foreignOffices[next] ||
				envoyWords[strings.ToLower(strings.Trim(w, ",."))] // "Diplomats in Addis Ababa": posted there, of no one country
		}
		for k := 0; k < len(words); k++ {
			// Two words before one: "White House officials" are not the
			// House's, "North Korea's foreign ministry" not Korea's.
			start := k
			e, ok := Entry{}, false
			if k+1 < len(words) {
				if e, ok = r.dict.Lookup(words[k] + " " + withoutPossessive(strings.Trim(words[k+1], ",."))); ok {
					k++
				}
			}
			if !ok {
				// "U.S. officials": a country's name as written before the
				// word without its stops.
				e, ok = r.dict.Lookup(withoutPossessive(strings.TrimRight(words[k], ",")))
				ok = ok && (e.Kind == "country" || e.Kind == "alias" || e.Kind == "demonym")
			}
			if !ok {
				e, ok = r.dict.Lookup(withoutPossessive(strings.Trim(words[k], ",.")))
			}
			if w := withoutPossessive(strings.Trim(words[k], ",.")); !ok && (k > 0 || len(words) > 2 && leadersGovernments[strings.ToLower(words[1])]) && k+1 < len(words) && w != "" && unicode.IsUpper(rune(w[0])) {
				// "A Putin aide", "a Netanyahu adviser", "Trump
				// administration officials": the known person's country
				// and sector.
				if p, found := r.dict.Surname(w); found && p.Kind == "person" {
					if p = p.At(r.d.Published); p.Country != "" {
						e, ok = p, true
					}
				}
			}
			if ok {
				switch e.Kind {
				case "person":
					if a.Country == "" {
						a.Country, a.Sector = e.Country, e.Sector
					}
				case "demonym", "country", "alias", "capital", "place": // "Vermont lawmakers"
					if start > 0 && strings.EqualFold(words[start-1], "in") && (e.Kind == "country" || e.Kind == "capital" || e.Kind == "place") {
						// "A senior Western diplomat in Addis Ababa": where
						// the source is tells its country only when nothing
						// before did.
						if a.Country == "" && !mixed {
							located = e.Country
						}
						continue
					}
					if e.Kind == "place" && a.Country != "" {
						continue // "the officer in charge of the CIA's Benghazi base": a place tells less than a body
					}
					if a.Country != "" && a.Country != e.Country {
						mixed = true // "Saudi and US mediators": of no one country
					}
					a.Country = e.Country // "Iranian officials", "Tehran's top diplomat"
				case "title":
					// Not over a body's or a more telling title's: "a Twitter
					// spokesman", "Pentagon officials", "police officials".
					if a.Sector == "" || a.Sector == "GOV" {
						a.Sector = e.Sector
					}
				case "institution":
					a.Country, a.Sector = e.Country, e.Sector
					if c := r.possessorCountry(words, start); c != "" && e.Country != "IGO" {
						a.Country = c // "Critics in Colombia's Congress": the body of that name the country has
					}
				}
			}
		}
		if mixed {
			a.Country = ""
		}
		if b := r.possessingBody(src); b != nil && !mixed {
			// "the militant group's top official in Gaza": the group's,
			// whose the office is, wherever he is.
			a.Country, a.Sector = b.Country, b.Sector
		}
		if a.Country == "" && !mixed && !abroad {
			a.Country = located // "a source in Tehran"
		}
		if a.Country == "" && !mixed && !abroad && !at.ReportedBySpan.Empty() {
			// "Israeli media, citing an unnamed official, said": a
			// country's outlets cite its own officials when they name no
			// other country.
			if m := r.actorAt(at.ReportedBySpan); m >= 0 && r.actors[m].Kind == "media" && r.actors[m].Country != "" {
				a.Country = r.actors[m].Country
			}
		}
		if b := r.joinedSpeakersBody(name, src); b != nil && a.Country == "" {
			// "The White House said it was aware of the reports, but a
			// spokesman said …": the spokesman of the one who spoke first,
			// a state's of its government.
			a.Country = b.Country
			if b.Kind != "country" {
				a.Sector = b.Sector
			}
		}
		if b := r.bodySpokenFor(name, src.Start); b != nil && a.Country == "" && !mixed {
			// "A spokesman for the group said", the group the M23 named
			// before: the body's spokesman.
			a.Country, a.Sector = b.Country, b.Sector
		} else if sector, ok := firmSpokenFor(name); b == nil && ok && a.Sector == "GOV" {
			// "A spokesman for the ship's manager said": a firm's, not a
			// government's, whatever the title alone would say.
			a.Sector = sector
		}
		if owner >= 0 && a.Country == "" && a.Sector == "GOV" {
			// "Guterres was deeply concerned, his spokesman said": the
			// spokesman of the one "his" stands for.
			a.Country, a.Sector = r.actors[owner].Country, r.actors[owner].Sector
		}
		if at.SourceKind == "vague" || at.SourceKind == "description" { // "a group of officers"
			a.Kind = "group"
		}
		a.Mentions = []document.Span{src}
		r.byName[key] = len(r.actors)
		r.actors = append(r.actors, a)
	}
}

// possessingBody is the body with a code named in possession at the
// opening of a source ("the militant group's top official", the group
// named before as Hamas), or nil.
func (r *resolver) possessingBody(src document.Span) *document.Actor {
	for _, a := range r.actors {
		if a.Kind != "organization" || a.Country == "" || a.Sector == "" {
			continue
		}
		for _, m := range a.Mentions {
			if m.Start >= src.Start && m.Start <= src.Start+4 && m.End < src.End && (strings.HasPrefix(r.d.Text[m.End:], "'s ") || strings.HasPrefix(r.d.Text[m.End:], "’s ")) {
				return a
			}
		}
	}
	return nil
}

// staffsOwner is the person a source "his spokesman" or "her office"
// speaks for, the actor its possessive pronoun was resolved to, or -1.
func (r *resolver) staffsOwner(src document.Span) int {
	words := strings.Fields(strings.ToLower(r.d.Text[src.Start:src.End]))
	if len(words) != 2 || pronounGender[words[0]] == 0 || !speakersStaff[strings.Trim(words[1], ",")] {
		return -1
	}
	for i, a := range r.actors {
		if a.Kind == "person" && slices.Contains(a.Mentions, document.Span{Start: src.Start, End: src.Start + len(words[0])}) {
			return i
		}
	}
	return -1
}

// envoyWords name those a country posts abroad.
var envoyWords = wordSet(`diplomat diplomats envoy envoys ambassador ambassadors`)

// joinedSpeakersBody is the state or body that is the subject of the
// clause a bare spokesman's verb is joined to ("The White House said …,
// but a spokesman said"), or of the sentence before one that a bare
// spokesman opens, or nil.
func (r *resolver) joinedSpeakersBody(name string, src document.Span) *document.Actor {
	words := strings.Fields(strings.ToLower(name))
	if len(words) != 2 || words[0] != "a" && words[0] != "the" || !speakersStaff[words[1]] {
		return nil
	}
	t, k := r.subjectEnding(src)
	if k < 0 {
		return nil
	}
	v := t.Head(k)
	if v >= 0 && t.Head(v) < 0 && k == 1 {
		// Or the one that spoke in the sentence before: "The U.S.
		// Navy's Bahrain-based Fifth Fleet said it was monitoring the
		// situation. A spokesman called on Iran to release the ship".
		if b := r.previousSubject(r.d.SentenceAt(src.Start)); b >= 0 && r.actors[b].Country != "" {
			return r.actors[b]
		}
		return nil
	}
	if v < 0 || t.Sentence.Words[v].Rel != "conj" || t.Head(v) < 0 {
		return nil
	}
	for _, s := range t.ChildrenWith(t.Head(v), "nsubj") {
		if b := r.collectiveAt(t.Sentence.Words[s].Start); b >= 0 && r.actors[b].Country != "" {
			return r.actors[b]
		}
	}
	return nil
}

// mentionedAt is the actor, other than a place, with a mention of
// exactly the span s, or -1.
func (r *resolver) mentionedAt(s document.Span) int {
	return slices.IndexFunc(r.actors, func(a *document.Actor) bool { return a.Kind != "place" && slices.Contains(a.Mentions, s) })
}

// describedSide: a source described, not named, as armed men
// ("Mutinous soldiers in Gabon", "a group of officers"), an unnamed
// source of the military as much as "military officials" are; or as the
// opposition ("The main opposition coalition said"), the opposition's.
func describedSide(kind, text string) bool {
	return kind == "description" && slices.ContainsFunc(strings.Fields(strings.ToLower(text)), func(w string) bool { return armedMen[w] || w == "opposition" })
}

// stateSides are the words of an unnamed source, besides the bodies and
// armed men, that make it a side of the state it is named in:
// "authorities" its government, "the opposition" its opposition.
var stateSides = wordSet(`authorities opposition`)

// possessorCountry is the country whose possessive stands just before
// words[k] ("Colombia's" before "Congress"), or "".
func (r *resolver) possessorCountry(words []string, k int) string {
	if k == 0 {
		return ""
	}
	w := words[k-1]
	if owner := withoutPossessive(w); owner != w {
		if e, ok := r.dict.Lookup(owner); ok && (e.Kind == "country" || e.Kind == "capital") {
			return e.Country
		}
	}
	return ""
}

// firmSpokenFor reports the sector of the body that the words after
// "for" in an unnamed source name when it is no government's: a firm's
// (BUS) or a campaign's or family's (none).
func firmSpokenFor(name string) (string, bool) {
	_, after, ok := strings.Cut(name, " for ")
	if !ok {
		return "", false
	}
	head := strings.ToLower(strings.TrimRight(headNoun(after), ",."))
	switch {
	case firmNouns[head]:
		return "BUS", true
	case head == "campaign" || head == "family" || head == "families":
		return "", true
	}
	return "", false
}

// firmNouns are the nouns of a business, whose spokesman speaks for it.
var firmNouns = wordSet(`company firm manager managers owner owners operator operators airline bank carrier insurer shipper`)

// bodySpokenFor is the organization that the words after "for" in an
// unnamed source named name at offset start mention ("a spokesman for
// the group"), or nil.
func (r *resolver) bodySpokenFor(name string, start int) *document.Actor {
	k := strings.Index(name, " for ")
	if k < 0 {
		return nil
	}
	from, to := start+k+len(" for "), start+len(name)
	for _, b := range r.actors {
		if b.Kind == "organization" && b.Sector != "" && slices.ContainsFunc(b.Mentions, func(m document.Span) bool { return m.Start >= from && m.End <= to }) {
			return b
		}
	}
	return nil
}

// pronounsOfAnonymousSources gives to an unnamed source the "he" or
// "she" that speaks in the sentence after its report: "A Hamas official
// denied that the group had been threatened. "No one has given us an
// ultimatum," he said". Pronouns are resolved before unnamed sources
// are actors, so such a "he" went to the last person named, who is
// named before the unnamed source and not since.
func (r *resolver) pronounsOfAnonymousSources() {
	r.pronounsInsideAnonymousSources()
	ats := r.d.Attributions
	for k := 1; k < len(ats); k++ {
		at, prev := ats[k], ats[k-1]
		pronoun := strings.ToLower(r.d.Text[at.Source.Start:at.Source.End])
		if pronoun != "he" && pronoun != "she" || prev.SourceKind != "anonymous" || at.Sentence != prev.Sentence+1 {
			continue
		}
		src := withoutClosingComma(r.d.Text, prev.Source)
		text := strings.ToLower(r.d.Text[src.Start:src.End])
		owned := strings.Contains(text, "'s ") || strings.Contains(text, "’s ")
		oneOf := strings.HasPrefix(text, "one of ") // "According to one of the officials, …. \"…,\" he said"
		if !strings.HasPrefix(text, "a ") && !strings.HasPrefix(text, "an ") && !owned && !oneOf || strings.HasSuffix(headNoun(text), "s") {
			// One person new to the story: "a Hamas official", "Iran's
			// foreign ministry spokesman", not "two sources" nor "the
			// securities analyst" named before.
			continue
		}
		anon, ok := r.byName["anon:"+text]
		if !ok {
			continue
		}
		if oneOf && !slices.ContainsFunc(r.actors, func(a *document.Actor) bool { return slices.Contains(a.Mentions, at.Source) }) {
			r.addSpan(anon, at.Source) // a pronoun no one else took
			continue
		}
		for i, a := range r.actors {
			j := slices.Index(a.Mentions, at.Source)
			if j < 0 || i == anon || a.Kind != "person" {
				continue
			}
			if slices.ContainsFunc(a.Mentions, func(m document.Span) bool { return m.Start >= src.Start && m.Start < at.Source.Start }) {
				break // named since the unnamed source: the pronoun may be theirs
			}
			a.Mentions = slices.Delete(a.Mentions, j, j+1)
			r.addSpan(anon, at.Source)
			break
		}
	}
}

// pronounsInsideAnonymousSources gives to an unnamed source the "he" or
// "she" of the clause that describes it: "An Israeli official, speaking
// on condition of anonymity because he was not authorized to brief
// reporters, confirmed …" (the "he" went to the last man named).
func (r *resolver) pronounsInsideAnonymousSources() {
	for _, at := range r.d.Attributions {
		if at.SourceKind != "anonymous" {
			continue
		}
		src := withoutClosingComma(r.d.Text, at.Source)
		anon, ok := r.byName["anon:"+strings.ToLower(r.d.Text[src.Start:src.End])]
		if !ok || r.actors[anon].Kind != "anonymous" {
			continue
		}
		for i, a := range r.actors {
			if a.Kind != "person" {
				continue
			}
			a.Mentions = slices.DeleteFunc(a.Mentions, func(m document.Span) bool {
				if m.Start <= src.Start || m.End > src.End || m.End-m.Start > 3 {
					return false // the cheap tests first: this runs for every mention
				}
				// In a description set off by a comma, not "an FBI official
				// she spoke to", whom another spoke to.
				p := strings.ToLower(r.d.Text[m.Start:m.End])
				inside := (p == "he" || p == "she") && strings.Contains(r.d.Text[src.Start:m.Start], ",")
				if inside {
					r.addSpan(anon, m)
				}
				return inside
			})
			r.actors[i] = a
		}
	}
}

// foreignOffices are what "foreign" names a home office of ("a foreign
// ministry official in Tehran" is Iran's).
var foreignOffices = map[string]bool{"ministry": true, "minister": true, "office": true, "affairs": true, "policy": true, "secretary": true, "service": true}

// sourceBefore returns the unnamed source that a later source, named so
// as to point back to it, stands for, or -1: "The official said" after
// "a senior Israeli official" said something, "one of the sources" and
// "One of them" after "two sources familiar with the matter", "the
// sources" (a bare plural) after "two Egyptian security sources". The latest
// such source before offset off whose head noun is the same wins.
func (r *resolver) sourceBefore(name string, off int) int {
	lower := strings.ToLower(name)
	var head string
	plural := false
	switch {
	case lower == "one of them":
		plural = true
	case strings.HasPrefix(lower, "one of the "):
		head, plural = headNoun(strings.TrimPrefix(lower, "one of the ")), true
	case strings.HasPrefix(lower, "the ") && !strings.HasSuffix(headNoun(lower), "s"):
		head = headNoun(lower)
	case strings.HasPrefix(lower, "the ") && !strings.Contains(lower[len("the "):], " "):
		head, plural = headNoun(lower), true // "the sources said", after "two Egyptian security sources said"
	default:
		return -1
	}
	country := r.countryIn(name) // "The Turkish official" is not the Egyptian one
	best, bestStart := -1, -1
	for i, a := range r.actors {
		if a.Kind != "anonymous" || len(a.Mentions) == 0 {
			continue
		}
		first := a.Mentions[0]
		h := headNoun(strings.ToLower(a.Name))
		if first.Start >= off || first.Start <= bestStart || plural != strings.HasSuffix(h, "s") || head != "" && h != head ||
			country != "" && a.Country != country {
			continue
		}
		best, bestStart = i, first.Start
	}
	return best
}

// countryIn is the country a nationality or country word of a phrase
// names ("The Turkish official"), or "".
func (r *resolver) countryIn(phrase string) string {
	for _, w := range strings.Fields(phrase) {
		w = withoutPossessive(strings.Trim(w, ",."))
		if first, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(first) {
			if e, ok := r.dict.Lookup(w); ok && (e.Kind == "demonym" || e.Kind == "country") {
				return e.Country
			}
		}
	}
	return ""
}

// headNoun is the last word of an unnamed source's name before what
// qualifies it: "sources" in "two sources familiar with the matter",
// "official" in "a senior Israeli official".
func headNoun(name string) string {
	words := strings.Fields(name)
	for k, w := range words {
		if k > 0 && sourceQualifierWords[strings.Trim(w, ",")] {
			return strings.Trim(words[k-1], ",")
		}
	}
	if len(words) == 0 {
		return ""
	}
	return strings.Trim(words[len(words)-1], ",")
}

var sourceQualifierWords = map[string]bool{"familiar": true, "with": true, "close": true, "briefed": true, "who": true, "which": true,
	"knowledgeable": true, "involved": true, "in": true, "of": true, "from": true, "at": true, "speaking": true, "on": true, "for": true}

// firstPersonInQuotes resolves "I" and "we" inside a quotation to its
// speaker: "I" to the speaker, "we" to the speaker's country when the
// article names it ("we refused", Araghchi said: Iran), else to the
// speaker when that is an organisation or a country.
func (r *resolver) firstPersonInQuotes() {
	for _, at := range r.d.Attributions {
		if at.Kind != document.Direct && at.Kind != document.Mixed || at.Source.Empty() {
			continue
		}
		speaker := r.actorAt(at.Source)
		if speaker < 0 {
			continue
		}
		group := r.groupOf(speaker)
		if body := r.bodyOfSpeaker(speaker, r.d.Text[at.Source.Start:at.Source.End]); body >= 0 {
			group = body // "Hamas official Osama Hamdan": his "we" is Hamas
		}
		for si, s := range r.d.Sentences {
			if s.End <= at.Content.Start || s.Start >= at.Content.End {
				continue
			}
			for _, w := range s.Words {
				if w.Start < at.Content.Start || w.End > at.Content.End || w.UPOS != "PRON" {
					continue
				}
				m := mention{span: document.Span{Start: w.Start, End: w.End}, sentence: si, kind: "pronoun", name: strings.ToLower(w.Form)}
				switch m.name {
				case "i", "me", "my", "myself":
					r.addSpan(speaker, m.span)
				case "we", "us", "our", "ourselves":
					if group >= 0 {
						r.addSpan(group, m.span)
					}
				}
			}
		}
		for _, k := range []int{speaker, group} {
			if k >= 0 {
				slices.SortFunc(r.actors[k].Mentions, func(a, b document.Span) int { return a.Start - b.Start })
			}
		}
	}
}

// relativePronouns makes the pronoun that opens a relative clause a
// mention of the actor the clause describes: in "Trump, who has pledged
// to ban Muslims" and "the Treasury, which said" the pledge is Trump's and
// the statement the Treasury's.
func (r *resolver) relativePronouns() {
	for si, s := range r.d.Sentences {
		for i, w := range s.Words {
			if w.UPOS != "PRON" || !relativeWords[strings.ToLower(w.Form)] {
				continue
			}
			a := r.relativeActor(r.tree(si), i)
			if a >= 0 {
				r.addSpan(a, document.Span{Start: w.Start, End: w.End})
				slices.SortFunc(r.actors[a].Mentions, func(a, b document.Span) int { return a.Start - b.Start })
			}
		}
	}
}

// relativeActor is the actor a relative pronoun at i stands for, or -1.
// "Who" stands for a person or a body, not a place: in "Senator Ted Cruz
// of Texas, who" it is the senator the place is of.
func (r *resolver) relativeActor(t *document.Tree, i int) int {
	ws := t.Sentence.Words
	form := strings.ToLower(ws[i].Form)
	personal := form != "which" && form != "that"
	ante := t.Antecedent(i)
	if ante < 0 && form != "that" {
		// "Sanders, who endorsed Canova", "brokered by China, which
		// hosted the talks", with the clause parsed as the sentence's:
		// the name the comma closes.
		ante = nameBeforeComma(ws, i)
	}
	for step := 0; ante >= 0 && step < 2; step++ {
		a := r.actorCovering(ws[ante])
		for _, c := range t.ChildrenWith(ante, "flat") {
			if a < 0 {
				a = r.actorCovering(ws[c]) // "Sen. Mark Kirk", the title parsed as the head
			}
		}
		if a < 0 && step == 0 && personal {
			// "Former Democratic candidate Bernie Sanders, who": the
			// clause hangs on the title, the name is before the comma.
			if n := nameBeforeComma(ws, i); n >= 0 {
				a = r.actorCovering(ws[n])
			}
		}
		if a < 0 && step == 0 {
			if n := describedName(t, ante); n >= 0 {
				a = r.actorCovering(ws[n])
			}
		}
		if a < 0 && step == 0 {
			a = r.groupNamedOn(t, ante)
		}
		if a < 0 {
			return -1
		}
		switch kind := r.actors[a].Kind; {
		case personal && (kind == "place" || kind == "country") && t.Rel(ante) == "nmod":
			ante = t.Head(ante)
		case personal && (kind == "place" || kind == "country"), form == "that" && kind == "place":
			return -1 // "Harry Bond of Raleigh, N.C., who", "an ad targeting Iowa that attacks Clinton"
		default:
			return a
		}
	}
	return -1
}

// groupNamedOn is the organization named on the plural title at i ("The
// M23 rebels, who", "Hamas fighters who"): the group they are. It is -1
// for a person's ("Sanders supporters who") or a place's.
func (r *resolver) groupNamedOn(t *document.Tree, i int) int {
	ws := t.Sentence.Words
	if ws[i].XPOS != "NNS" {
		return -1
	}
	if e, ok := r.dict.Lookup(ws[i].Form); !ok || e.Kind != "title" {
		return -1
	}
	for _, c := range t.ChildrenWith(i, "compound", "nummod") {
		if a := r.actorCovering(ws[c]); a >= 0 && r.actors[a].Kind == "organization" {
			return a
		}
	}
	return -1
}

// nameBeforeComma is the proper noun that a comma or dash right before
// word i closes ("Weingarten, who", "Graham—who"), or -1.
func nameBeforeComma(ws []document.Word, i int) int {
	if i < 2 || !clauseOpeners[ws[i-1].Form] || ws[i-2].UPOS != "PROPN" {
		return -1
	}
	return i - 2
}

var clauseOpeners = wordSet(", — – --")

// describedName is the word that the common noun at i describes, when
// the noun is the name's apposition or predicate ("Robert Mercer, the
// GOP mega-donor who", "National Nurses United, a union that", "Trump is
// a serial liar and bully who"), or -1.
func describedName(t *document.Tree, i int) int {
	ws := t.Sentence.Words
	for step := 0; i >= 0 && step < 4 && ws[i].UPOS == "NOUN"; step++ {
		switch {
		case len(t.ChildrenWith(i, "cop")) > 0:
			if s := t.ChildrenWith(i, "nsubj"); len(s) > 0 {
				return s[0]
			}
			return -1
		case ws[i].Rel == "appos":
			return t.Head(i)
		case ws[i].Rel == "conj":
			i = t.Head(i)
		default:
			return -1
		}
	}
	return -1
}

var relativeWords = wordSet("who whom whose which that")

// aliasOf returns the person whose other name the mention is, or -1:
// "Mohamed Hamdan Dagalo, known as Hemedti", "Sayed, also known as Abu
// Ali", "Ahmed al-Sharaa, better known as Abu Mohammed al-Jolani".
func (r *resolver) aliasOf(m mention) int {
	ws := r.d.Sentences[m.sentence].Words
	k := slices.IndexFunc(ws, func(w document.Word) bool { return w.Start == m.span.Start })
	if k < 1 {
		return -1
	}
	if idx := r.acronymOf(ws, k, m); idx >= 0 {
		return idx
	}
	j := k - 1 // the word before the alias's introduction
	switch l := strings.ToLower(ws[k-1].Form); {
	case l == "nicknamed" || l == "dubbed":
		j = k - 2
	case l == "as" && k >= 2 && strings.ToLower(ws[k-2].Form) == "known":
		j = k - 3
		if j >= 0 && (ws[j].Form == "also" || ws[j].Form == "better" || ws[j].Form == "widely") {
			j--
		}
	default:
		return -1
	}
	if j < 1 || ws[j].Form != "," || ws[j-1].UPOS != "PROPN" {
		return -1
	}
	if idx := r.actorCovering(ws[j-1]); idx >= 0 && r.actors[idx].Kind == "person" {
		return idx
	}
	return -1
}

// acronymOf returns the body whose name the mention at word k abbreviates
// in brackets right after it, or -1: "South Korea's Joint Chiefs of Staff
// (JCS)", later "The JCS said".
func (r *resolver) acronymOf(ws []document.Word, k int, m mention) int {
	if k < 2 || ws[k-1].Form != "(" || m.span.End >= len(r.d.Text) || !strings.HasPrefix(r.d.Text[m.span.End:], ")") {
		return -1
	}
	idx := r.actorCovering(ws[k-2])
	if idx < 0 || r.actors[idx].Kind == "person" || r.actors[idx].Kind == "place" || initials(r.actors[idx].Name) != m.name {
		return -1
	}
	return idx
}

// initials are the capitals that open the words of a name: "JCS" of
// "Joint Chiefs of Staff", "ISWAP" of "Islamic State West Africa
// Province".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// actorCovering returns the actor with a mention that contains the word,
// or -1.
func (r *resolver) actorCovering(w document.Word) int {
	for i, a := range r.actors {
		for _, m := range a.Mentions {
			if m.Start <= w.Start && w.End <= m.End {
				return i
			}
		}
	}
	return -1
}

// groupOf is the actor a speaker's "we" stands for: the country actor of
// the speaker's country, or the speaker if it is not a person; -1 if
// neither.
// bodyOfSpeaker is the organization a speaker other than a government's
// speaks for: one named in the words that name the speaker ("Hamas
// official Osama Hamdan"), or -1. (The first version also asked that the
// two be coded alike, but codes are filled in only at the end of Find,
// so that test compared two empty codes and always held; comparing the
// codes as made moves three "we"s on PolNeAR train, which is left for a
// change of behaviour of its own.)
func (r *resolver) bodyOfSpeaker(speaker int, words string) int {
	a := r.actors[speaker]
	if a.Kind != "person" || a.Sector == "" || a.Sector == "GOV" {
		return -1
	}
	for i, b := range r.actors {
		if b.Kind == "organization" && (strings.Contains(words, b.Name) || r.namedBefore(b, a)) {
			return i
		}
	}
	return -1
}

// namedBefore: a mention of body b, or its possessive, comes right
// before a mention of person a by a title ("Hezbollah's leader Naim
// Qassem", and then "Qassem said"; not a headline's "… A Sign Of
// Leadership Marco Rubio defended").
func (r *resolver) namedBefore(b, a *document.Actor) bool {
	return slices.ContainsFunc(a.Mentions, func(m document.Span) bool {
		if strings.HasPrefix(r.d.Text[m.Start:m.End], a.Name) {
			return false
		}
		return slices.ContainsFunc(b.Mentions, func(n document.Span) bool {
			if n.End > m.Start {
				return false
			}
			between := strings.TrimSpace(r.d.Text[n.End:m.Start])
			return between == "" || between == "'s" || between == "’s"
		})
	})
}

func (r *resolver) groupOf(speaker int) int {
	a := r.actors[speaker]
	if a.Kind != "person" && a.Kind != "anonymous" {
		return speaker
	}
	if a.Country == "" {
		return -1
	}
	if i := r.countryActor(a.Country); i >= 0 {
		return i
	}
	return speaker // an Iranian minister's "we" is Iran's, coded as his
}

// actorAt returns the actor with a mention inside span s, or -1. In a
// source with an appositive, a name before it is the head: "Yukiya
// Amano, director general of the IAEA," is Amano's.
func (r *resolver) actorAt(s document.Span) int {
	s = withoutClosingComma(r.d.Text, s)
	if t := r.d.Text[s.Start:s.End]; strings.HasSuffix(t, ")") {
		// "Imamoglu's Republican People's Party (CHP)": the name before
		// its acronym; not a coordination ("Donald Trump and Sen. Ted
		// Cruz (R-Texas)") nor a dateline's agency ("Philadelphia (AFP)").
		if k := strings.LastIndex(t, " ("); k > 0 && acronym(t[k+2:len(t)-1]) && !strings.Contains(t[:k], " and ") && !strings.Contains(t[:k], ", ") {
			if i := r.actorAt(document.Span{Start: s.Start, End: s.Start + k}); i >= 0 && r.actors[i].Kind != "place" {
				return i
			}
		}
	}
	if p := relativeInside(r.d.Text[s.Start:s.End]); p > 0 {
		// "a resident who fled to the town of Dori": the speaker is
		// the noun the relative clause describes, not a name in it.
		return r.actorAt(document.Span{Start: s.Start, End: s.Start + p})
	}
	if c := strings.Index(r.d.Text[s.Start:s.End], ", "); c > 0 {
		if othersOfPossessor(r.d.Text[s.Start : s.Start+c]) {
			// "Trump's leading Republican rivals, Sens. Ted Cruz …":
			// the names after the comma, not the possessor.
			return r.actorAt(document.Span{Start: s.Start + c + 2, End: s.End})
		}
		for i, a := range r.actors {
			if slices.Contains(a.Mentions, document.Span{Start: s.Start, End: s.Start + c}) {
				return i
			}
		}
		// "The United States, which is pressing Kyiv and Moscow …": the
		// speaker is named before the relative clause that describes it.
		// "The RSF, led by Mohamed Hamdan Dagalo,": nor is one named in a
		// participle phrase that describes it.
		// "The United States, a treaty ally of Manila,": nor in an
		// appositive that describes it.
		if head := (document.Span{Start: s.Start, End: s.Start + c}); seenBy(r.d.Text[head.End+2 : s.End]) {
			// "The draft, seen by Reuters,": the outlet that saw a
			// document does not speak in it.
			return r.actorAt(head)
		}
		if head := (document.Span{Start: s.Start, End: s.Start + c}); relativeAfter(r.d.Text[head.End+2:s.End]) || participleAfter(r.d.Text[head.End+2:s.End]) ||
			describedAfter(r.d.Text[head.End+2:s.End]) && r.mentionIs(head) {
			i := r.actorAt(head)
			if i < 0 && participleAfter(r.d.Text[head.End+2:s.End]) && !relativeAfter(r.d.Text[head.End+2:s.End]) && r.thingSpeaks(head) {
				return -1 // "The resolution, drafted by Britain, calls on …": a document speaks, not its drafter
			}
			if i >= 0 {
				return i
			}
		}
	}
	if i := r.actorOpening(s); i >= 0 {
		return i
	}
	if i := r.actorOfHead(s); i >= 0 {
		return i // "Democrats supporting Mrs. Clinton": the Democrats, not Clinton
	}
	best, modifier, conjunct, located := -1, -1, -1, -1
	var first document.Span
	for i, a := range r.actors {
		if a.Kind == "place" {
			continue // "a joint statement issued after talks in Beijing" is not Beijing's
		}
		for _, m := range a.Mentions {
			if m.Start >= s.Start && m.End <= s.End && !s.Empty() && !r.backerOf(m) {
				// A mention that ends the span is its head: "a spokesman
				// for Norway's Dahl" is Dahl's, "Dahl's spokesman" not;
				// unless it says where the head is: "the United Nations
				// mission in Libya" is the UN's, though Libya is named
				// first in the story.
				if m.End == s.End && sentTo(r.d.Text[s.Start:m.Start]) {
					continue // "The Chinese mission to the EU": the host, not the speaker
				}
				if m.End == s.End && !locatedAfter(r.d.Text[s.Start:m.Start]) {
					return i
				}
				if m.End == s.End {
					located = i
					continue
				}
				if best < 0 {
					best, first = i, m
				}
				if headWordAfter(r.d.Text[m.End:s.End]) {
					modifier = i
				}
				if strings.HasPrefix(r.d.Text[m.End:s.End], " and ") {
					conjunct = i
				}
			}
		}
	}
	if best >= 0 && othersOfPossessor(r.d.Text[s.Start:s.End]) {
		return -1 // "His supporters said": not he
	}
	if modifier >= 0 && best != modifier && first.End <= s.End && possessedModifier(r.d.Text[first.End:s.End]) {
		return modifier // "Yemen's Houthi rebels" are the Houthis, not Yemen
	}
	if conjunct >= 0 && best != conjunct && possessor(r.d.Text[first.End:s.End]) {
		return conjunct // "Sudan's paramilitary Rapid Support Forces and its allies": the forces, not Sudan
	}
	if best < 0 && located < 0 {
		return r.actorAround(s)
	}
	if best < 0 {
		return located
	}
	return best
}

// thingSpeaks: the span is a text a body adopts, whose drafter is not
// who speaks in it ("the resolution", "the draft", "the bill"); unlike
// a survey or a report, whose maker speaks in it ("The survey, conducted
// by the Public Policy Institute of California, finds …").
func (r *resolver) thingSpeaks(s document.Span) bool {
	return speakingThings[strings.ToLower(lastWord(r.d.Text[s.Start:s.End]))]
}

var speakingThings = wordSet(`resolution text draft declaration communique communiqué bill proposal plan`)

// actorAround is the actor, other than a place, one of whose mentions
// ends with the span s: "federal prosecutor Ryan Dickey read a summary",
// whose source is the name and whose mention takes in the title. (A
// mention that goes on past the span is not the speaker's: a headline's
// run of capitals, "Jeb Bush Super PAC Chief Praises Marco Rubio
// Donor", is no one actor.)
func (r *resolver) actorAround(s document.Span) int {
	for i, a := range r.actors {
		if a.Kind != "place" && slices.ContainsFunc(a.Mentions, func(m document.Span) bool { return m.Start <= s.Start && s.End == m.End && !s.Empty() }) {
			return i
		}
	}
	return -1
}

// actorOfHead is the actor, other than a place, one of whose mentions
// holds the head word of span s in the parse, when a clause or an
// apposition after the head describes it, or -1.
func (r *resolver) actorOfHead(s document.Span) int {
	si := r.d.SentenceAt(s.Start)
	if si < 0 || s.End > r.d.Sentences[si].End {
		return -1
	}
	t := r.tree(si)
	h := spanHead(t, s)
	if h < 0 || slices.ContainsFunc(t.ChildrenWith(h, "conj"), func(c int) bool { return t.Sentence.Words[c].End <= s.End }) {
		return -1 // "Donald Trump and Bernie Sanders": each of them, as sourceConjuncts reads
	}
	// Only a head a clause or an apposition describes after it, which
	// may name others ("Parker Eaton, a nominal Republican who voted for
	// JFK and Bill Clinton"); the names before a head are read by the
	// caller.
	w := t.Sentence.Words[h]
	if !slices.ContainsFunc(t.Children(h), func(c int) bool {
		rel := t.Sentence.Words[c].Rel
		return c > h && t.Sentence.Words[c].End <= s.End && (rel == "acl" || rel == "acl:relcl" || rel == "appos")
	}) {
		return -1
	}
	best, size := -1, 0
	for i, a := range r.actors {
		if a.Kind == "place" {
			continue
		}
		for _, m := range a.Mentions {
			if m.Start <= w.Start && w.End <= m.End && m.Start >= s.Start && m.End <= s.End && (best < 0 || m.End-m.Start < size) {
				best, size = i, m.End-m.Start // the narrowest
			}
		}
	}
	return best
}

// othersOfPossessor: the text is a possessor and a noun that names
// other people than the possessor ("His supporters", "Trump's critics",
// "the senator's wife", "whose husband"), whom the possessor's mention does not name; an
// office, campaign or spokesman speaks for its possessor and is not one.
func othersOfPossessor(text string) bool {
	k := strings.LastIndexByte(text, ' ')
	if k < 0 || strings.Contains(text, " and ") { // "Sanders and his supporters" are Sanders too
		return false
	}
	if text[k+1:] == "Party" {
		return false // "Imamoglu's Republican People's Party": a party's name, not a noun of others
	}
	if head := strings.ToLower(text[k+1:]); !others[head] {
		if _, kin := kinNouns[head]; !kin {
			return false
		}
	}
	before := strings.ToLower(text[:k])
	if withoutPossessive(before) != before || strings.HasSuffix(before, "s'") {
		return true
	}
	// The possessor may come before the noun's adjectives: "his main
	// challenger", "Trump's leading Republican rivals".
	for _, w := range []string{before[strings.LastIndexByte(before, ' ')+1:], strings.Fields(before)[0]} {
		if w == "his" || w == "her" || w == "their" || w == "its" || w == "whose" || withoutPossessive(w) != w {
			return true
		}
	}
	return false
}

// others are people a possessor has who are not the possessor, besides
// the kin of kinNouns.
var others = map[string]bool{
	"supporters": true, "critics": true, "opponents": true, "rivals": true, "detractors": true, "followers": true,
	"fans": true, "enemies": true, "foes": true, "adversaries": true, "voters": true, "allies": true, "backers": true,
	"family": true, "relatives": true, "friends": true, "friend": true, "neighbours": true, "neighbors": true,
	// "as his main challenger claimed victory"
	"challenger": true, "challengers": true, "rival": true, "opponent": true, "critic": true, "successor": true,
	"predecessor": true, "accuser": true, "accusers": true,
	// "His party said it would appeal": a body of his, not he.
	"party": true,
}

// withoutPossessive is the word without its "'s".
func withoutPossessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

// locatedAfter: the text before a mention ends in "in" or "in the", the
// mention the place of what comes before it.
func locatedAfter(text string) bool {
	// Or what the head deals with: "the United Nations special
	// rapporteur on Myanmar" is the UN's.
	return strings.HasSuffix(text, " in ") || strings.HasSuffix(text, " in the ") || strings.HasSuffix(text, " on ") || strings.HasSuffix(text, " on the ")
}

// sentTo: the text before a mention is an envoy or mission sent to it
// ("The Chinese mission to the", "Russia's ambassador to"), whose speaker
// is the sender.
func sentTo(text string) bool {
	before, ok := strings.CutSuffix(text, " to ")
	if !ok {
		if before, ok = strings.CutSuffix(text, " to the "); !ok {
			return false
		}
	}
	return envoys[strings.ToLower(before[strings.LastIndexByte(before, ' ')+1:])]
}

// possessor: the text after a mention opens with its "'s".
func possessor(text string) bool {
	return strings.HasPrefix(text, "'s ") || strings.HasPrefix(text, "’s ")
}

// possessedModifier: the text after a possessor's mention is its "'s",
// one word and the head word ("'s Houthi rebels").
func possessedModifier(text string) bool {
	rest, ok := strings.CutPrefix(text, "'s ")
	if !ok {
		rest, ok = strings.CutPrefix(text, "’s ")
	}
	name, head, found := strings.Cut(rest, " ")
	return ok && found && name != "" && headWordAfter(" "+head)
}

// headWordAfter: the text is a space and one word, the head noun a name
// before it modifies ("Houthi rebels").
func headWordAfter(text string) bool {
	w, ok := strings.CutPrefix(text, " ")
	return ok && w != "" && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
}

// backerOf: the mention names who backs, leads or hosts what the word
// after it names, which is someone else: "The Iran-backed group says" is
// the group's, not Iran's.
func (r *resolver) backerOf(m document.Span) bool {
	rest, ok := strings.CutPrefix(r.d.Text[m.End:], "-")
	return ok && slices.ContainsFunc(backings, func(b string) bool { return strings.HasPrefix(rest, b) })
}

// backings are the words after a hyphen that make the name before it
// someone else's backer, leader or host.
var backings = []string{"backed", "allied", "aligned", "supported", "funded", "sponsored", "based", "linked", "affiliated", "led", "controlled", "run"}

// actorOpening is the person named at the start of the span, whom an
// "of" phrase or nothing follows, or -1: "Meenakshi Ganguly of Human
// Rights Watch" is Ganguly, "HBO comedian John Oliver" not HBO, "Trump
// campaign manager Corey Lewandowski" not Trump.
func (r *resolver) actorOpening(s document.Span) int {
	for i, a := range r.actors {
		// A name no dictionary knows, guessed a body, may be the
		// speaker's too: "Jean-Luc Melenchon of France Unbowed said"
		// (see speakersArePeople), "Marine Le Pen, leader of the
		// National Rally, told reporters", with "Marine" tagged an
		// adjective and left out of the name.
		if a.Kind != "person" && !r.guessed[i] {
			continue
		}
		if slices.ContainsFunc(a.Mentions, func(m document.Span) bool {
			if m.Start < s.Start || m.End > s.End || m.Start > s.Start && !oneCapitalWord(r.d.Text[s.Start:m.Start]) {
				return false
			}
			rest := r.d.Text[m.End:s.End]
			return rest == "" || strings.HasPrefix(rest, " of ") || r.guessed[i] && strings.HasPrefix(rest, ", ")
		}) {
			return i
		}
	}
	return -1
}

// oneCapitalWord: the text is one capitalized word and the space after
// it ("Marine ").
func oneCapitalWord(text string) bool {
	w, ok := strings.CutSuffix(text, " ")
	r, _ := utf8.DecodeRuneInString(w)
	return ok && w != "" && !strings.ContainsAny(w, " ,") && unicode.IsUpper(r)
}

// relativeInside is where a relative clause set off by no comma starts
// in the text, or -1.
func relativeInside(text string) int {
	for _, rel := range []string{" who ", " whom ", " whose ", " which "} {
		if p := strings.Index(text, rel); p > 0 && !strings.Contains(text[:p], ",") {
			return p
		}
	}
	return -1
}

// participleAfter: the text opens with a participle and its "by" or
// "in" ("led by", "backed by", "based in").
func participleAfter(text string) bool {
	w, rest, _ := strings.Cut(text, " ")
	if w == "" || w[0] < 'a' || w[0] > 'z' || !strings.HasSuffix(w, "ed") && w != "run" && w != "held" {
		return false
	}
	return strings.HasPrefix(rest, "by ") || strings.HasPrefix(rest, "in ")
}

// describedAfter: the text opens with an article, as a noun phrase that
// describes what is named before it does ("a treaty ally of Manila").
func describedAfter(text string) bool {
	return strings.HasPrefix(text, "a ") || strings.HasPrefix(text, "an ") || strings.HasPrefix(text, "the ")
}

// mentionIs: the span, but for an article, is the mention of an actor
// other than a place ("The United States", not "Authorities in
// North-Rhine Westphalia").
func (r *resolver) mentionIs(s document.Span) bool {
	start := s.Start
	t := r.d.Text[s.Start:s.End]
	for _, lead := range []string{"The ", "the ", "Former ", "former "} {
		if strings.HasPrefix(t, lead) {
			start += len(lead) // "Former President Alvaro Uribe, a fierce critic of Petro,"
			break
		}
	}
	possessed := -1 // "Imamoglu's Republican People's Party": after its possessor
	for _, mark := range []string{"'s ", "’s "} {
		if k := strings.Index(t, mark); k > 0 && !strings.Contains(t[:k], " ") {
			possessed = s.Start + k + len(mark)
		}
	}
	return slices.ContainsFunc(r.actors, func(a *document.Actor) bool {
		return a.Kind != "place" && slices.ContainsFunc(a.Mentions, func(m document.Span) bool {
			return m.End == s.End && (m.Start == s.Start || m.Start == start || m.Start == possessed)
		})
	})
}

// relativeAfter: the text opens with a relative pronoun.
func relativeAfter(text string) bool {
	w, _, _ := strings.Cut(text, " ")
	switch strings.ToLower(w) {
	case "who", "which", "whose", "whom":
		return true
	}
	return false
}

// documentAuthor is the actor who issued the document a source like "the
// statement" names, from the nearest earlier mention of that document in
// the three sentences before it: its possessor ("the campaign's
// statement"), its agent ("a separate statement issued by the Sanders
// campaign"), or the subject of the verb it is in or the object of ("X
// said in a statement", "X released a statement"); or -1.
func (r *resolver) documentAuthor(src document.Span) int {
	first, noun, ok := strings.Cut(strings.ToLower(r.d.Text[src.Start:src.End]), " ")
	if !ok || first != "the" && first != "this" || !issuedDocuments[noun] {
		return -1
	}
	si := r.d.SentenceAt(src.Start)
	for sj := si; sj >= 0 && sj >= si-3; sj-- {
		t := r.tree(sj)
		ws := t.Sentence.Words
		for k := len(ws) - 1; k >= 0; k-- {
			if ws[k].Start >= src.Start || strings.ToLower(ws[k].Lemma) != noun || ws[k].UPOS != "NOUN" {
				continue
			}
			if a := r.issuerOf(t, k); a >= 0 {
				return a
			}
		}
	}
	return -1
}

// issuerOf is the actor who issued the document at k, or -1.
func (r *resolver) issuerOf(t *document.Tree, k int) int {
	ws := t.Sentence.Words
	covering := func(ks []int) int {
		for _, c := range ks {
			if a := r.actorCovering(ws[c]); a >= 0 && r.actors[a].Kind != "place" {
				return a
			}
		}
		return -1
	}
	if a := covering(t.ChildrenWith(k, "nmod:poss")); a >= 0 {
		return a
	}
	for _, p := range t.ChildrenWith(k, "acl") {
		if f := strings.ToLower(ws[p].Form); f != "issued" && f != "released" && f != "sent" && f != "signed" {
			continue
		}
		for _, c := range t.ChildrenWith(p, "obl", "obl:agent") {
			// "a statement issued by the Sanders campaign": the agent, or
			// the name it is of.
			if a := covering(append([]int{c}, t.ChildrenWith(c, "compound", "nmod:poss")...)); a >= 0 {
				return a
			}
		}
	}
	v := t.Head(k)
	if v < 0 || ws[v].UPOS != "VERB" {
		return -1
	}
	// "X said in a statement", "X issued a statement"; not "the son of
	// Donald Trump received a threatening letter".
	in := t.Rel(k) == "obl" && slices.ContainsFunc(t.ChildrenWith(k, "case"), func(c int) bool { return strings.EqualFold(ws[c].Form, "in") })
	if in || t.Rel(k) == "obj" && issuingVerbs[strings.ToLower(ws[v].Lemma)] {
		return covering(t.ChildrenWith(v, "nsubj"))
	}
	return -1
}

// issuingVerbs make a document their subject's.
var issuingVerbs = wordSet(`issue release send publish sign write post circulate deliver`)

// issuedDocuments are what a body issues and a story then quotes as "the
// statement said".
var issuedDocuments = wordSet(`statement letter communique memo memorandum declaration`)

// acronym: the text is two to six capital letters ("CHP").
func acronym(t string) bool {
	if len(t) < 2 || len(t) > 6 {
		return false
	}
	for _, c := range t {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// withoutClosingComma drops the comma that closes an appositive source
// ("Tad Devine, Sanders' senior media adviser,"): it is PolNeAR's span,
// not part of the name.
func withoutClosingComma(text string, s document.Span) document.Span {
	if s.End > s.Start && text[s.End-1] == ',' {
		s.End--
	}
	return s
}

// seenBy: the words are a phrase of an outlet's access to a document
// ("seen by Reuters", "obtained by The Associated Press").
func seenBy(words string) bool {
	verb, rest, _ := strings.Cut(words, " ")
	return strings.HasPrefix(rest, "by ") && accessVerbs[strings.ToLower(verb)]
}

// accessVerbs are how an outlet comes by a document.
var accessVerbs = wordSet(`seen obtained reviewed viewed read acquired`)

// linkSources sets the actor of every attribution's source.
func (r *resolver) linkSources() {
	for i := range r.d.Attributions {
		at := &r.d.Attributions[i]
		// Without a speaker an attribution may still name its outlet:
		// "In a report published by Axios, it was claimed …".
		if !at.Source.Empty() {
			idx, ok := r.byName["anon:"+strings.ToLower(r.d.Text[at.Source.Start:withoutClosingComma(r.d.Text, at.Source).End])]
			if !ok {
				idx = r.actorAt(at.Source)
			}
			if idx < 0 {
				idx = r.documentAuthor(at.Source)
			}
			if idx >= 0 {
				at.Source.Actor = r.actors[idx].ID
				at.SourceActors = slices.Clone(r.actors[idx].Members) // "both sides said": each of them
			}
			conjuncts := r.sourceConjuncts(at.Source)
			for _, idx := range conjuncts {
				at.SourceActors = append(at.SourceActors, r.actors[idx].ID)
			}
			if len(conjuncts) == 2 {
				// "Congo and Rwanda said": the pair, when the story
				// refers to it as one, not the second of them.
				if g, ok := r.byName[fmt.Sprintf("pair:%d", unordered([2]int{conjuncts[0], conjuncts[1]}))]; ok {
					at.Source.Actor = r.actors[g].ID
				}
			}
		}
		if at.ReportedBySpan.Empty() {
			continue
		}
		if idx := r.actorAt(at.ReportedBySpan); idx >= 0 {
			at.ReportedBySpan.Actor = r.actors[idx].ID
			at.ReportedBy = r.actors[idx].ID
		}
	}
}

// sourceConjuncts returns the actors of a source that coordinates them
// ("Ben Carson, Ted Cruz and Rand Paul said", "Clinton and the DNC"), in
// order, or nil unless every conjunct of the source's head names a
// different actor, two or more, whose mentions only commas and a last
// "and", "or" or "nor" separate. A parse that makes an appositive a
// conjunct ("J. Gerald Hebert, executive director of the Campaign Legal
// Center", "the two leading Republicans, Donald J. Trump and Senator Ted
// Cruz") names no coordination.
func (r *resolver) sourceConjuncts(s document.Span) []int {
	si := r.d.SentenceAt(s.Start)
	if si < 0 || s.End > r.d.Sentences[si].End {
		return nil
	}
	t := r.tree(si)
	ws := t.Sentence.Words
	inside := func(k int) bool { return k >= 0 && ws[k].Start >= s.Start && ws[k].End <= s.End }
	head := spanHead(t, s)
	if head < 0 || len(t.ChildrenWith(head, "conj")) == 0 {
		return nil
	}
	var out []int
	var prev document.Span
	kinds := map[bool]bool{}
	conjuncts := append([]int{head}, conjunctsOf(t, head)...)
	for n, k := range conjuncts {
		idx, m := r.actorOfWord(ws[k])
		if !inside(k) || idx < 0 || slices.Contains(out, idx) || m.Start < s.Start || m.End > s.End {
			return nil
		}
		if n > 0 && (m.Start < prev.End || !coordinationGap(r.d.Text[prev.End:m.Start], n == len(conjuncts)-1)) {
			return nil
		}
		out, prev = append(out, idx), m
		kinds[r.actors[idx].Kind == "group" || r.actors[idx].Kind == "anonymous"] = true
	}
	if len(kinds) > 1 {
		return nil // "she and other Democrats": a person with a group
	}
	return out
}

// coordinationGap: the text between two conjuncts of a list is a comma,
// or, before the last, a coordinating conjunction, either perhaps with
// the article of the next ("and the Department of Homeland Security").
func coordinationGap(gap string, last bool) bool {
	gap = strings.TrimSuffix(strings.ToLower(gap), "the ")
	if !last {
		return gap == ", "
	}
	switch gap {
	case " and ", ", and ", " or ", ", or ", " nor ", " & ":
		return true
	}
	return false
}

// conjunctsOf returns the words coordinated with k, in order, also those
// hung on another conjunct ("A, B and C" parsed with C under B).
func conjunctsOf(t *document.Tree, k int) []int {
	var out []int
	for _, c := range t.ChildrenWith(k, "conj") {
		out = append(out, c)
		out = append(out, conjunctsOf(t, c)...)
	}
	slices.Sort(out)
	return out
}

// actorOfWord returns the actor, not a place, with a mention covering
// word w, and the mention; -1 if none.
func (r *resolver) actorOfWord(w document.Word) (int, document.Span) {
	for i, a := range r.actors {
		if a.Kind == "place" {
			continue
		}
		for _, m := range a.Mentions {
			if m.Start <= w.Start && w.End <= m.End {
				return i, m
			}
		}
	}
	return -1, document.Span{}
}

// code is the CAMEO-style code: country and sector, "MED" for an outlet
// of unknown country, "IGO" for international organisations.
func code(a *document.Actor) string {
	switch {
	case a.Country == "IGO" || a.Sector == "IGO":
		return "IGO"
	case a.Kind == "media":
		return a.Country + "MED"
	}
	return a.Country + a.Sector
}

// sharesWord: one of the words, other than a particle, is a word of the
// name ("Hillary Rodham" of Hillary Clinton); "bin" does not make
// Abdulaziz bin Salman Mohammed bin Salman.
func sharesWord(words []string, name string) bool {
	for _, w := range words {
		if document.IsNameParticle(w) {
			continue
		}
		for _, n := range strings.Fields(name) {
			if strings.EqualFold(w, n) {
				return true
			}
		}
	}
	return false
}

// bodyName reports whether a name holds a word that names an
// organisation ("Third World Water Forum", "Kenya Anti-Corruption
// Commission", "Islamic Salvation Front"): such speakers stay
// organisations.
func bodyName(name string) bool {
	for _, w := range strings.Fields(name) {
		switch w {
		case "International", "Council", "Organization", "Center", "Centre", "for", "Institution", "University",
			"College", "School", "Research", "Department", "Organisation", "Agency", "Office", "Forum", "Commission",
			"Committee", "Union", "League", "Party", "Front", "Movement", "Ministry", "Association", "Federation",
			"Institute", "Foundation", "Group", "Army", "Court", "Parliament", "Assembly", "Bank", "Fund", "Corps", "Club", "Society",
			"Alliance", "Coalition", "Forces", "Authority", "Board", "Bureau", "Administration", "Corporation", "Network",
			"Force", "Command", "Brigade", "Brigades", "Battalion", "Regiment", "Division", "Service", "Navy", "Guard", "Fleet":
			return true
		}
	}
	return false
}

// surnameFirst: a person named in full after her surname alone was
// guessed an organisation ("Clinton said …", later "Hillary Clinton"):
// the earlier actor becomes hers, and its index is returned; else -1.
func (r *resolver) surnameFirst(a *document.Actor) int {
	aw := strings.Fields(a.Name)
	if a.Kind != "person" || len(aw) < 2 {
		return -1
	}
	idx, ok := r.byName[foldName(aw[len(aw)-1])]
	if !ok || !strings.EqualFold(r.actors[idx].Name, aw[len(aw)-1]) {
		return -1
	}
	// A guess, or a person known by surname alone ("Mrs. Clinton") of the
	// same sex.
	if !r.guessed[idx] && (r.actors[idx].Kind != "person" || r.otherGender(idx, r.genderOfName(a.Name))) {
		return -1
	}
	old := r.actors[idx]
	delete(r.guessed, idx)
	old.Name, old.Kind = a.Name, "person"
	if old.Country == "" {
		old.Country = a.Country
	}
	if old.Sector == "" {
		old.Sector = a.Sector
	}
	return idx
}

// byFirstName is the person last mentioned whose first name this is, or
// -1: "Bernie Sanders … Bernie". A word no dictionary knows may be the
// first name of a person known by it, as Thais and Indonesians are
// ("Phumtham Wechayachai … Phumtham said"), or a surname that comes
// first ("Kim Jong Un … Kim").
func (r *resolver) byFirstName(word string) int {
	_, given := r.dict.Given(word)
	if !given {
		if _, known := r.dict.Lookup(word); known || len(r.dict.Bearers(word)) > 0 {
			return -1
		}
	}
	for k := len(r.recent) - 1; k >= 0; k-- {
		a := r.actors[r.recent[k]]
		name := strings.Fields(a.Name)
		if len(name) > 1 && strings.EqualFold(name[0], word) && (given || a.Kind == "person") {
			return r.recent[k]
		}
	}
	return -1
}

// givenFirst: a name of two to four words that starts with a first name
// and ends in no word that heads the name of a body, a place or a thing
// ("Rose Garden", "Grant Park", "May Day", "Chase Bank"). A first name
// alone is no evidence: Moby's lists hold "Cleveland", "West" and "Star".
func (r *resolver) givenFirst(words []string) bool {
	if len(words) < 2 || len(words) > 4 || bodyName(strings.Join(words, " ")) || thingHeads[words[len(words)-1]] {
		return false
	}
	_, ok := r.dict.Given(words[0])
	return ok && strings.ToUpper(words[0]) != words[0]
}

// partyLabels are the party words news puts before a politician's name.
var partyLabels = map[string]bool{"Democrat": true, "Democratic": true, "Republican": true, "GOP": true,
	"Independent": true, "Labour": true, "Conservative": true, "Tory": true, "Liberal": true}

// ofHeads are the words that head the name of a body named for what it
// is of: "Bank of England", "Ministry of Defence".
var ofHeads = wordSet(`Bank Banks University Universities Ministry Department Council Court Church Office
		Commission Committee Organization Organisation Institute Association Federation League Union Party Front
		Movement Assembly Parliament College School Academy Chamber Board Agency Bureau Service Army Navy Government
		Cabinet Senate Congress Police Forces Corps Guard Foundation Fund Society Conference Tribunal Authority
		Coalition Alliance`)

// forHeads are the words that head the name of a body named for what it
// is for: "Center for American Progress", "Americans for Prosperity".
var onHeads = wordSet(`Commission Committee Council Conference Panel Subcommittee`)

var forHeads = wordSet(`Center Centre Institute Foundation Fund Campaign Committee Council Coalition Command Front Movement
		Alliance Americans Citizens Partnership Association Society League Network Commission Organization
		Organisation Office Veterans Students Doctors Physicians Scientists Women Mothers Families Democrats
		Republicans Conservatives Forces Party Union Army Endowment Agency`)

// mediaHeads end the names of newspapers, magazines and broadcasters.
var mediaHeads = wordSet(`Register Sentinel Tribune Herald Gazette Journal Times Post News Review Chronicle
		Examiner Observer Inquirer Dispatch Bulletin Courier Star-Ledger Journal-Constitution Daily Weekly Magazine
		Digest Reporter TV Television Radio`)

// firmPlurals end the names of firms and bodies, not of groups of people.
var firmPlurals = wordSet(`Brothers Sachs Associates Partners Industries Holdings Airlines Systems
		Communications Services Studios Pictures Records Affairs Relations Resources Nations Sciences Laboratories Labs
		Technologies Solutions Networks Publications Properties Enterprises Investments Securities Markets Motors Foods
		Pharmaceuticals Stores Ventures Borders Arts Studies Statistics Analytics Strategies Images Rights`)

// nonActorHeads end names of laws, treaties, feasts, prizes and wars: a
// name, but no actor's ("Second Amendment", "Dodd-Frank Act").
var nonActorHeads = wordSet(`Act Acts Law Laws Amendment Amendments Doctrine Day Days Prize Award Awards
		Festival Cup Games Trophy Treaty Accord Accords War Wars Recession Depression`)

// thingHeads end names that are not people's; not "Hill", "Hall", "Lane"
// or "Church", which are surnames as often.
var thingHeads = wordSet(`Garden Gardens Park Street Avenue Road Square Boulevard Drive Day Days County
		City Town Village Station Prize Award Awards Center Centre Building Tower Bridge Airport Hotel Museum
		School College University Hospital Cathedral Mosque Temple Memorial Library Stadium Arena Act Law Plan
		Doctrine Island Islands River Lake Mountain Mountains Valley Beach Coast Company Corp Corp. Inc Inc. Co Co.
		LLC Show News Times Journal Magazine Network Channel Radio TV Project Program Programme Initiative
		Review Report Index Poll Cup Games Trophy Amendment Festival Club Team Prison Base Camp Port Harbor Harbour
		Canal Highway Falls Springs Heights Hills Creek Forest Desert Sea Ocean Gulf Strait`)

// affiliations give a person no dictionary knows the country and sector
// of the body the text names right after a mention of them, with "of"
// or a role of it: "Meenakshi Ganguly of Human Rights Watch" (NGO),
// "Jean-Luc Melenchon of France Unbowed", "Marine Le Pen, leader of the
// National Rally" (FRAPTY). A place after "of" says where one is from,
// not whom one speaks for.
func (r *resolver) affiliations() {
	bodies := map[int]int{} // mention start -> body actor
	for i, a := range r.actors {
		if (a.Kind == "organization" || a.Kind == "media") && (a.Country != "" || a.Sector != "") {
			for _, m := range a.Mentions {
				bodies[m.Start] = i
			}
		}
	}
	if len(bodies) == 0 {
		return
	}
	for _, a := range r.actors {
		if a.Kind != "person" || a.Country != "" || a.Sector != "" {
			continue
		}
		for _, m := range a.Mentions {
			if b, ok := bodies[affiliationStart(r.d.Text, m.End)]; ok {
				a.Country, a.Sector = r.actors[b].Country, r.actors[b].Sector
				break
			}
		}
	}
}

// firmsCountries gives a body the dictionary does not know the country
// a story names it by: its possessive ("France's Orano") or its
// nationality before the kind of body it is ("French nuclear group
// Orano"; "Russian state nuclear company Rosatom", of business's sector).
func (r *resolver) firmsCountries() {
	for _, a := range r.actors {
		if a.Kind != "organization" || a.Country != "" || a.Sector != "" {
			continue
		}
		for _, m := range a.Mentions {
			if country, sector := r.firmsCountry(m.Start); country != "" {
				a.Country, a.Sector = country, sector
				break
			}
		}
	}
}

// firmsCountry is the country, and maybe the sector, that the words
// right before a body's name at start give it, or "".
func (r *resolver) firmsCountry(start int) (country, sector string) {
	words := strings.Fields(r.d.Text[max(0, start-60):start])
	if len(words) == 0 {
		return "", ""
	}
	if c := r.possessorCountry(words, len(words)); c != "" {
		return c, "" // "France's Orano"
	}
	// "French nuclear group Orano": a nationality, a field or two, the
	// kind of firm.
	switch last := words[len(words)-1]; {
	case last == "group": // "Iraqi activist group Mosul Eye" is no firm
	case firmNouns[last] || firmKinds[last]:
		sector = "BUS"
	default:
		return "", ""
	}
	for k := len(words) - 2; k >= 0 && k >= len(words)-4; k-- {
		w := words[k]
		if w != strings.ToLower(w) {
			if e, ok := r.dict.Lookup(w); ok && e.Kind == "demonym" {
				return e.Country, sector
			}
			return "", ""
		}
	}
	return "", ""
}

// firmKinds name a business before its name, besides firmNouns ("Russian
// state nuclear company Rosatom", "Chinese telecoms giant Huawei").
var firmKinds = wordSet(`giant maker producer conglomerate miner lender`)

// affiliationStart is where the body's name starts after a person's
// mention ending at end, in "… of Human Rights Watch" or "…, leader of
// the National Rally", or -1.
func affiliationStart(text string, end int) int {
	rest := text[end:]
	if r, ok := strings.CutPrefix(rest, ", "); ok {
		role, after, found := strings.Cut(r, " of ")
		if !found || !affiliationRoles[strings.ToLower(strings.TrimPrefix(role, "the "))] {
			return -1
		}
		rest = " of " + after
	}
	after, ok := strings.CutPrefix(rest, " of ")
	if !ok {
		return -1
	}
	after = strings.TrimPrefix(after, "the ")
	return len(text) - len(after)
}

// affiliationRoles are the roles one holds in a body one speaks for.
var affiliationRoles = wordSet(`leader head chief president chairman chairwoman founder member spokesman spokeswoman spokesperson director secretary-general`)

// speakersArePeople makes a person of an unknown multi-word name that is
// the source of an attribution: organisations speak too, but names of
// two or three words that say things are mostly people.
func (r *resolver) speakersArePeople() {
	for _, at := range r.d.Attributions {
		if idx := r.actorAt(at.Source); idx >= 0 && r.guessed[idx] && r.actors[idx].Kind != "group" && len(strings.Fields(r.actors[idx].Name)) > 1 && !bodyName(r.actors[idx].Name) &&
			!r.namedAfterBodyNoun(r.actors[idx]) {
			r.actors[idx].Kind = "person"
		}
	}
}

// namedAfterBodyNoun: a mention of the actor comes right after a noun
// for a body, which names it ("human rights group Foro Penal", "the
// monitoring organisation Airwars").
func (r *resolver) namedAfterBodyNoun(a *document.Actor) bool {
	for _, m := range a.Mentions {
		before := strings.TrimSuffix(r.d.Text[max(0, m.Start-20):m.Start], " ")
		if before == r.d.Text[max(0, m.Start-20):m.Start] {
			continue // no space: the noun is no word before the name
		}
		if w := strings.ToLower(lastWord(before)); bodyNouns[w] || institutions[w] {
			return true
		}
	}
	return false
}

// bodyNouns are nouns for a body of people that a name may follow.
var bodyNouns = wordSet(`group organization organisation charity company firm network coalition movement party union association foundation institute monitor watchdog ngo`)

// wordSet is the set of the words of a space-separated list.
func wordSet(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}
