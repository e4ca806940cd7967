package event

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/biter777/countries"

	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/nlp/lemma"
	"github.com/parley-news/parley/internal/nlp/token"
)

// intentHeads govern an event that is offered or planned, not done.
var intentHeads = set(`ready readiness willing willingness unwilling reluctant loath prepared eager plan intend intention want aim seek offer propose
	expect hope agree prepare try attempt effort consider weigh mull contemplate vow swear pledge promise desire wish plot conspire scheme
	commitment commit determined determination`)

// wishers among intentHeads take an object that would do what they wish
// ("wants Iran to sign").
var wishers = set(`want expect intend prepare`)

// reciprocal are the codes whose coordinated sources with no other side
// act with each other: meeting, calling and negotiating; not travelling
// or hosting, nor agreeing or cooperating, which PLOVER's records code
// otherwise (measured on its dev half: target precision 0.915 → 0.866
// with roots 03–06).
var reciprocal = map[string]bool{"040": true, "041": true, "046": true}

// fromAuthored are the noun events whose "from" phrase names who makes
// them: "pressure from Washington", "threats from Pyongyang", "calls
// from the UN", "aid from the EU" (not "withdrawal from Syria").
var fromAuthored = set(`pressure threat demand call criticism condemnation support backing aid assistance help request appeal warning offer invitation protest complaint praise`)

// undergone are the noun events whose possessor undergoes them, when
// no "of" phrase names who does ("Yoon's arrest", "Khashoggi's killing";
// not "Israel's release of 40 prisoners"; "demanded his release").
var undergone = set(`release freeing arrest detention killing murder assassination execution expulsion deportation extradition impeachment ouster overthrow capture kidnapping abduction trial indictment prosecution conviction sentencing imprisonment jailing torture beating rescue`)

// undergoes: the noun event at i is one its possessor undergoes.
func undergoes(t *tree, i int) bool {
	if t.w(i).UPOS != "NOUN" || !undergone[t.lemma(i)] {
		return false
	}
	return !slices.ContainsFunc(t.ChildrenWith(i, "nmod"), func(c int) bool { return t.caseOf(c) == "of" })
}

// owners are the possessors of a thing an event is aimed at: "an attack
// on Ukraine's energy infrastructure" is aimed at Ukraine.
func owners(t *tree, o int) []int {
	if t.w(o).UPOS != "NOUN" || t.lemma(o) == "behalf" {
		return nil // "carried out the attack on Moscow's behalf": for whom, not on whom
	}
	return append(t.ChildrenWith(o, "nmod:poss"), originsOf(t, o)...)
}

// originsOf are the countries goods come from, whose goods a tariff or
// ban on them is aimed at: "tariffs on imports from the United States",
// "on all goods imported from the United States", "on U.S. goods".
func originsOf(t *tree, o int) []int {
	if !goodsNouns[t.lemma(o)] {
		return nil
	}
	var out []int
	for _, n := range t.ChildrenWith(o, "nmod") {
		if t.caseOf(n) == "from" {
			out = append(out, conjuncts(t, n)...)
		}
	}
	for _, c := range t.ChildrenWith(o, "compound") {
		if t.w(c).UPOS == "PROPN" {
			out = append(out, c) // "tariffs on U.S. farm goods"
		}
	}
	for _, a := range t.ChildrenWith(o, "acl") {
		for _, n := range t.ChildrenWith(a, "obl") {
			if t.w(a).XPOS == "VBN" && t.caseOf(n) == "from" {
				out = append(out, conjuncts(t, n)...)
			}
		}
	}
	return out
}

// goodsNouns are what trade measures fall on.
var goodsNouns = set(`good import export product shipment steel aluminum aluminium car vehicle commodity`)

// ownersOf are the words that say whose the noun at h is: its possessor,
// a compound, a nationality ("a Lebanese cabinet decision") or who it is
// by or from.
func (l *Lexicon) ownersOf(t *tree, h int) []int {
	var out []int
	for _, c := range t.Children(h) {
		switch {
		case t.w(c).Rel == "nmod:poss", t.Rel(c) == "compound" && (t.w(c).UPOS == "PROPN" ||
			slices.ContainsFunc(t.ChildrenWith(c, "amod"), func(a int) bool { return l.demonym(t.w(a).Form) != "" })):
			out = append(out, conjuncts(t, c)...) // "Israel's", "a U.S. plan", "a Lebanese cabinet decision"
		case t.Rel(c) == "amod" && l.demonym(t.w(c).Form) != "":
			out = append(out, c)
		case t.Rel(c) == "amod" && drafters[t.lemma(c)] && hyphenAgent(t, c) >= 0:
			out = append(out, conjuncts(t, hyphenAgent(t, c))...) // "a US-drafted plan"
		case t.Rel(c) == "nmod" && (t.caseOf(c) == "by" || t.caseOf(c) == "from") && l.agentLike(t, c):
			out = append(out, conjuncts(t, c)...) // "an offer by U.S. President Donald Trump", "a proposal from Qatar"
		}
	}
	return out
}

// drafters are the participles of writing a text or a plan, whose agent
// a hyphen may join to them ("a US-drafted plan"): its owner.
var drafters = set(`draft write propose sponsor author craft`)

// backedGroups are the nouns of a side another backs ("the Iran-backed
// group").
var backedGroups = set(`group militia faction movement`)

// hyphenAgent is the name a hyphen joins to the participle at i before
// it, the participle's agent ("EU-mediated talks", "a U.S.-brokered
// truce"), or -1.
func hyphenAgent(t *tree, i int) int {
	if t.w(i).XPOS != "VBN" || i < 2 || t.w(i-1).Form != "-" {
		return -1
	}
	a := i - 2
	f := t.w(a).Form
	named := t.w(a).UPOS == "PROPN" || t.w(a).UPOS == "ADJ" && f != "" && f[0] >= 'A' && f[0] <= 'Z' // "Iran-backed", "Rwandan-backed"
	if t.Head(a) != i || !named || t.w(a).End != t.w(i-1).Start || t.w(i-1).End != t.w(i).Start {
		return -1
	}
	return a
}

// doersOf are who did the act the noun at o names, when o names no
// actor: "vowed to retaliate against 50% tariffs imposed by Washington",
// "protested against the arrest carried out by Serbian police". An act
// taken against is aimed at who did it.
func (l *Lexicon) doersOf(t *tree, o int, actorAt map[int]*document.Actor) []int {
	if _, event := l.nouns[t.lemma(o)]; !event || t.w(o).UPOS != "NOUN" || len(l.actorWords(t, conjuncts(t, o), actorAt)) > 0 {
		return nil
	}
	var out []int
	for _, a := range t.ChildrenWith(o, "acl") {
		if t.w(a).XPOS == "VBN" {
			out = append(out, byAgents(t, a)...)
		}
	}
	return out
}

// titleSector is the sector of the title the noun at h ends ("police
// officer" COP, "soldier" MIL), or "".
func (l *Lexicon) titleSector(t *tree, h int) string {
	forms := []string{t.w(h).Form}
	for _, c := range t.ChildrenWith(h, "compound") {
		if c == h-1 && t.w(c).UPOS == "NOUN" {
			forms = append([]string{t.w(c).Form + " " + t.w(h).Form}, forms...)
		}
	}
	for _, f := range forms {
		if e, ok := l.actors.Lookup(f); ok && e.Kind == "title" && e.Sector != "" {
			return e.Sector
		}
	}
	return ""
}

// heldBy are who holds a thing force is aimed at: "a power station held
// by Yemen's Houthis", "a Houthi-held port".
func heldBy(t *tree, o int) []int {
	var out []int
	for _, c := range t.ChildrenWith(o, "acl", "amod") {
		if !holders[t.lemma(c)] || t.w(c).XPOS != "VBN" {
			continue
		}
		for _, a := range t.Children(c) {
			if r, full := t.Rel(a), t.w(a).Rel; r == "obl" && t.caseOf(a) == "by" || (full == "obl:unmarked" || r == "compound" || r == "obl" && t.caseOf(a) == "") && a < c {
				out = append(out, conjuncts(t, a)...)
			}
		}
	}
	return out
}

// holders are the verbs of holding a place or a thing.
var holders = set(`hold control run occupy operate own`)

// ofOwners are the people an object's "of" phrase names, who own it as
// a possessor would: "revoked the visas of several justices" (actorWords
// keeps only people and bodies).
func ofOwners(t *tree, o int) []int {
	if t.w(o).UPOS != "NOUN" || kin[t.lemma(o)] || officeHolders[t.lemma(o)] {
		return nil // "detained the son of ousted President Mohamed Bazoum": the son, not his father; "the mayor of Istanbul", not the city
	}
	var out []int
	for _, n := range t.ChildrenWith(o, "nmod") {
		if t.caseOf(n) == "of" && t.w(n).Rel == "nmod" {
			out = append(out, conjuncts(t, n)...)
			out = append(out, namedOwners(t, n)...) // "the office of Russia's Sputnik news agency"
		}
	}
	return out
}

// officeHolders are the people named by the office a place or body
// before them gives ("Istanbul mayor", "army chief").
var officeHolders = set(`mayor governor ambassador commander chief spokesman spokeswoman spokesperson minister president leader`)

// employees are people named by whom they work for ("Wall Street
// Journal reporter").
var employees = set(`reporter journalist correspondent editor photographer cameraman staffer employee worker contractor`)

// instrumentVerbs make a thing or a force the instrument of a purpose:
// "bombers used to attack", "troops sent to fight", "content designed
// to engage".
var instrumentVerbs = set(`use design build send deploy train equip dispatch`)

// kin are the people named by whose relatives they are.
var kin = set(`son daughter wife husband brother sister father mother child children relative family nephew niece cousin`)

// adversaries are who stand against a person, of the person's country
// but not of the person's side.
var adversaries = set(`challenger rival opponent critic successor predecessor accuser`)

// violence are the CAMEO roots of violent acts, and force those and
// coercion's: an object's owner is force's target.
var (
	violence = set(`18 19 20`)
	force    = set(`17 18 19 20`)
)

// namedOwners are the names compounded on a thing ("Houthi missile
// launchers", "Hezbollah positions"): its owners, as a possessor is.
func namedOwners(t *tree, o int) []int {
	if t.w(o).UPOS != "NOUN" || officeHolders[t.lemma(o)] || employees[t.lemma(o)] {
		return nil // "detains Istanbul mayor": the mayor, not the city; "sentenced Wall Street Journal reporter Evan Gershkovich": not the paper
	}
	if slices.ContainsFunc(t.ChildrenWith(o, "nmod"), func(n int) bool { return t.caseOf(n) == "of" }) {
		return nil // "raided the Baku office of Sputnik": where the office is, whose the "of" says
	}
	var out []int
	for _, c := range t.ChildrenWith(o, "compound") {
		if t.w(c).UPOS == "PROPN" {
			out = append(out, c)
		} else {
			out = append(out, namedOwners(t, c)...) // "Houthi missile launchers"
		}
	}
	return out
}

// eachOther: the sources of the act at i, coded code, with no other
// side act on each other: a code that is reciprocal, or an act the
// lexicon calls mutual, alone or with its object ("exchanged fire").
func (l *Lexicon) eachOther(t *tree, i int, code string) bool {
	if reciprocal[code] || l.mutual[t.lemma(i)] || slices.ContainsFunc(t.Children(i), func(c int) bool { return eachOtherAt(t, c) }) {
		return true
	}
	return slices.ContainsFunc(objects(t, i, "obj"), func(c int) bool { return l.mutual[t.lemma(i)+" "+t.lemma(c)] })
}

// reciprocalWords pairs the words of "each other" and "one another".
var reciprocalWords = map[string]string{"each": "other", "other": "each", "one": "another", "another": "one"}

// eachOtherAt: the word at k is "each other" or "one another", the other
// side of an act two sides do to each other ("have accused each other
// of firing").
func eachOtherAt(t *tree, k int) bool {
	second := reciprocalWords[strings.ToLower(t.w(k).Form)]
	// The parse makes either word the head ("each" with "other" fixed,
	// as in UD English, or "other" with "each" its determiner).
	return second != "" && slices.ContainsFunc(t.Children(k), func(c int) bool { return strings.EqualFold(t.w(c).Form, second) })
}

// sidesNamedOn: a noun event names its own sides in its modifiers ("Trump
// and Erdogan planned US-Iran talks": the talks are not theirs with each
// other).
func sidesNamedOn(t *tree, i int, actorAt map[int]*document.Actor) bool {
	return t.w(i).UPOS == "NOUN" && slices.ContainsFunc(t.ChildrenWith(i, "compound", "amod"), func(c int) bool { return named(t, c, actorAt) })
}

// hyphenPair is the two actors a hyphen joins before the noun event at i
// ("US-Iran talks", "the Israel-Hamas ceasefire"), or -1, -1.
func hyphenPair(t *tree, i int, actorAt map[int]*document.Actor) (int, int) {
	if t.w(i).UPOS != "NOUN" {
		return -1, -1
	}
	cs := t.ChildrenWith(i, "compound", "nmod:poss", "amod")
	for _, c := range cs {
		// "US-Iran talks": the second name's compound the first, or both
		// the noun's.
		for _, f := range slices.Concat(t.Children(c), cs) { // not append: Children is the tree's own slice
			a, b := min(c, f), max(c, f)
			if b != a+2 || t.w(a+1).Form != "-" || t.w(a).End != t.w(a+1).Start || t.w(a+1).End != t.w(b).Start {
				continue
			}
			x, y := actorAt[t.w(a).Start], actorAt[t.w(b).Start]
			if x != nil && y != nil && x.ID != y.ID {
				return a, b
			}
		}
	}
	return -1, -1
}

// named: the word at k names an actor, by a name, a pronoun or the
// mention of one ("world leaders and CEOs" name none).
func named(t *tree, k int, actorAt map[int]*document.Actor) bool {
	w := t.w(k)
	return w.UPOS == "PROPN" || w.XPOS == "PRP" || actorAt[w.Start] != nil ||
		w.UPOS == "NOUN" && slices.ContainsFunc(t.ChildrenWith(k, "compound"), func(c int) bool { return actorAt[t.w(c).Start] != nil }) // "ELN rebels"
}

// coordinatedByAnd: the sources are two or more conjuncts joined by
// "and" ("Obama and Putin"), not an apposition ("Trump, the consummate
// outsider") nor alternatives ("either Democrats or Republicans").
func coordinatedByAnd(t *tree, sources []int) bool {
	if len(sources) < 2 || slices.ContainsFunc(sources[1:], func(s int) bool { return t.Rel(s) != "conj" }) {
		return false
	}
	// "A, B and C": the last conjunct carries the conjunction, or, when
	// the parse split it ("Pashinyan and Azerbaijani President Ilham
	// Aliyev", with the title a conjunct of its own), a conjunct of the
	// first before it.
	hasAnd := func(k int) bool {
		return slices.ContainsFunc(t.ChildrenWith(k, "cc"), func(c int) bool { return t.lemma(c) == "and" })
	}
	and := func(k int) bool {
		// Or on the title before the name: "… and Somali President
		// Hassan Sheikh Mohamud".
		return hasAnd(k) || slices.ContainsFunc(t.ChildrenWith(k, "nmod:desc"), func(d int) bool { return d < k && hasAnd(d) })
	}
	last := sources[len(sources)-1]
	// "Ethiopia, Eritrea trade accusations": a headline's two names
	// joined by a comma alone, the sentence's first words.
	headline := len(sources) == 2 && sources[0] == 0 && last == 2 && t.w(1).Form == "," && len(t.ChildrenWith(last, "cc")) == 0
	return headline || and(last) || slices.ContainsFunc(t.ChildrenWith(sources[0], "conj"), func(k int) bool { return k < last && and(k) })
}

// passOn are verbs that carry another's offer, message or demand to a
// third side: "relayed the US offer to Pezeshkian".
var passOn = set(`relay convey transmit forward deliver pass`)

// proposalHeads govern an event they put forward, in a complement or an
// object but not in a reported clause.
var proposalHeads = set(`suggest recommend`)

// scheduledHeads put what their infinitive says on the calendar: "was
// due to meet", "is scheduled to visit", "is set to sign".
var scheduledHeads = set(`due schedule slate set`)

// directiveHeads tell another side to act ("told them to sign", "urged
// Iran to return to talks"): the act in their complement is asked for,
// not done.
var directiveHeads = set(`tell urge ask call order demand require press pressure push encourage instruct direct command advise warn invite implore beg`)

// joinHeads take a noun event with "to" that their subject takes part
// in: "sent envoys to the talks", "went to the summit".
var joinHeads = set(`send dispatch go come travel fly head return invite bring attend`)

// denyHeads deny the event they govern ("denied supplying drones"), and
// claimDeniers a claim of it ("rejected claims that its forces had
// attacked civilians"; rejecting an offer is no denial that it was made).
var (
	denyHeads    = set(`deny denial refute`)
	claimDeniers = set(`deny denial refute reject dismiss dispute contest`)
)

// claimWords are the nouns for a report of an event that one can deny.
var claimWords = set(`claim report allegation accusation charge suggestion assertion rumor rumour`)

// subjunctive: the clause at v is in the subjunctive, with no auxiliary
// but a bare passive "be": "that Macron resign", "that Hezbollah be
// disarmed".
func subjunctive(t *tree, v int) bool {
	auxes := t.ChildrenWith(v, "aux") // "aux:pass" too
	if len(auxes) == 0 {
		return bareVerb(t, v)
	}
	return len(auxes) == 1 && t.w(auxes[0]).Rel == "aux:pass" && strings.EqualFold(t.w(auxes[0]).Form, "be")
}

// bareVerb: the verb at v is in its bare form where a tense would show:
// tagged so, or tagged a past tense it cannot be ("that Israel halt"),
// or a present tense with a singular subject ("that Macron resign").
func bareVerb(t *tree, v int) bool {
	w := t.w(v)
	if w.XPOS == "VB" {
		return true
	}
	if w.UPOS != "VERB" || !strings.EqualFold(w.Form, t.lemma(v)) {
		return false
	}
	switch w.XPOS {
	case "VBD":
		return true
	case "VBP":
		return slices.ContainsFunc(t.ChildrenWith(v, "nsubj"), func(s int) bool {
			x := t.w(s).XPOS
			return x == "NNP" || x == "NN"
		})
	}
	return false
}

// subjunctiveHeads are the verbs whose "that" clause with a bare verb
// says what someone is to do ("demanded that Macron resign").
var subjunctiveHeads = set(`demand insist urge ask request require recommend propose suggest order`)

// invitations are the nouns of asking someone to do what their
// infinitive names.
var invitations = set(`invitation request call appeal demand plea order ultimatum`)

// aidCutters are the verbs that stop or reduce the aid their object
// names (162).
var aidCutters = set(`suspend halt freeze withhold stop cut reduce end slash restrict limit curb`)

// preventers keep others from what their "from" gerund names.
var preventers = set(`bar ban block prevent stop forbid prohibit keep deter restrain discourage`)

// keptFrom is whom a verb of preventing keeps from the gerund at k
// ("barred the officials from travelling"), its object, whether the
// gerund hangs on the verb or on the object; -1 if none.
func keptFrom(t *tree, k int) int { return heldBack(t, k, "from", preventers) }

// warnedOff is whom a warning warns against the gerund at k ("warned
// Washington against pressuring Kyiv"), as keptFrom; -1 if none.
func warnedOff(t *tree, k int) int { return heldBack(t, k, "against", warners) }

// warners warn their object against what their "against" gerund names.
var warners = set(`warn caution advise`)

func heldBack(t *tree, k int, prep string, verbs map[string]bool) int {
	h := t.Head(k)
	if t.w(k).XPOS != "VBG" || h < 0 || !hasMark(t, k, prep) && t.caseOf(k) != prep {
		return -1
	}
	if t.Rel(k) == "acl" && t.Rel(h) == "obj" {
		if v := t.Head(h); v >= 0 && verbs[t.lemma(v)] {
			return h
		}
		return -1
	}
	if objs := t.ChildrenWith(h, "obj"); verbs[t.lemma(h)] && len(objs) > 0 {
		return objs[0]
	}
	return -1
}

// attackersOf are the subjects of the verb that carries the attack a
// relative pronoun at p stands for ("fought a five-day border war in
// July that killed …": the verb is light or of the attack's own root),
// or none; not of an attack only named ("called the assault that
// killed five officers …").
func (l *Lexicon) attackersOf(t *tree, p int, split bool) []int {
	if !relative(t.w(p)) {
		return nil
	}
	h := t.Antecedent(p)
	if h < 0 || t.w(h).UPOS != "NOUN" || t.Rel(h) != "obj" || t.Head(h) < 0 {
		return nil
	}
	tr, event := l.trigger(t, h)
	if !event || !violence[tr.Code[:2]] {
		return nil
	}
	v := t.Head(h)
	if !l.light[t.lemma(v)] {
		if carrier, ok := l.trigger(t, v); !ok || carrier.Code[:2] != tr.Code[:2] {
			return nil
		}
	}
	return l.subjects(t, v, split)
}

// warMachines are the ships, planes and units whose arrival somewhere
// shows force.
var warMachines = set(`carrier warship ship destroyer frigate cruiser submarine fleet flotilla bomber jet fighter warplane aircraft troop soldier force battalion brigade division marine`)

// designatedTerrorist: the verb at i names its object a terrorist
// group ("designated the Cartel de los Soles as a foreign terrorist
// organization"), an administrative sanction.
func designatedTerrorist(t *tree, i int) bool {
	for _, o := range t.ChildrenWith(i, "obl", "xcomp") {
		if t.Rel(o) == "obl" && t.caseOf(o) != "as" {
			continue
		}
		if strings.HasPrefix(t.lemma(o), "terror") || slices.ContainsFunc(t.ChildrenWith(o, "amod", "compound"), func(c int) bool { return strings.HasPrefix(t.lemma(c), "terror") }) {
			return true
		}
	}
	return false
}

// pressedInto is whom a verb of pressing pushes into the noun event at i
// ("pressuring Kyiv into concessions", "was forced into talks"): the
// verb's object, or the subject of its passive; -1 if none.
func pressedInto(t *tree, i int) int {
	h := t.Head(i)
	if t.w(i).UPOS != "NOUN" || t.Rel(i) != "obl" || t.caseOf(i) != "into" || h < 0 || !pushers[t.lemma(h)] {
		return -1
	}
	for _, o := range t.ChildrenWith(h, "obj", "nsubj:pass") {
		if o < i {
			return o
		}
	}
	return -1
}

// pushers press someone into doing what their "into" phrase names.
var pushers = set(`pressure push press force coerce drag bully goad lure cajole`)

// inTheKnow describe sources by what they know of.
var inTheKnow = set(`familiar briefed knowledge aware close privy`)

// unconfirming are the reports that, negated, leave what they report
// unconfirmed; so do the verbs of implying ("the meeting did not mean
// Washington recognized Maduro as president").
var unconfirming = set(`confirm verify corroborate mean imply signal indicate`)

// agreementNouns are agreements, whose terms share their mode.
var agreementNouns = set(`agreement deal accord pact treaty arrangement`)

// madeAppeals are appeals one can refuse: made all the same.
var madeAppeals = set(`call appeal demand request plea`)

// failHeads govern an event that did not happen.
// undoes: the light verb stops, refuses, puts off or only weighs the
// event it takes, whose "would" promises no such event ("Israel would
// not end the war"): an ender of what goes on, a head of what fails, or
// one of refusal and deliberation.
func undoes(lemma string) bool {
	return ongoingEnders[lemma] || failHeads[lemma] || refusersAndWeighers[lemma]
}

var refusersAndWeighers = set(`reject rule boycott weigh mull contemplate`)

// cancels: the word at h keeps what it takes from happening: one of
// failHeads, or "call off" and "put off" ("Talks between Iran and the
// United States were called off").
func cancels(t *tree, h int) bool {
	l := t.lemma(h)
	return failHeads[l] || (l == "call" || l == "put") && hasParticle(t, h, "off")
}

var failHeads = set(`fail unable cancel cancelled canceled collapse abandon scrap refuse decline prevent avoid postpone delay shelve`)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// tree is a sentence's parse with the lookups the coder makes.
type tree struct{ *document.Tree }

func newTree(s *document.Sentence) *tree { return &tree{document.NewTree(s)} }

func (t *tree) lemma(i int) string    { return strings.ToLower(t.Sentence.Words[i].Lemma) }
func (t *tree) w(i int) document.Word { return t.Sentence.Words[i] }

// forms is the words from..to, both included, joined by spaces, as the
// actor dictionary's names are written.
func (t *tree) forms(from, to int) string {
	out := make([]string, 0, to-from+1)
	for k := from; k <= to; k++ {
		out = append(out, t.w(k).Form)
	}
	return strings.Join(out, " ")
}

// caseOf returns the preposition marking word i ("with" in "with Trump"),
// also when the parse hangs it on a title inside the phrase ("to
// President Pezeshkian" with "to" under "President").
func (t *tree) caseOf(i int) string {
	if cs := t.ChildrenWith(i, "case"); len(cs) > 0 {
		// "travel on to Kazakhstan", "back to Moscow": the last
		// preposition marks the phrase.
		if last := t.lemma(cs[len(cs)-1]); len(cs) > 1 && (last == "to" || last == "into") {
			return last
		}
		return t.lemma(cs[0])
	}
	if first := t.FirstWord(i); first < i && t.Rel(first) == "case" {
		return t.lemma(first)
	}
	return ""
}

// Code finds the events of a document whose actors and attributions are
// known, and fills d.Events.
func (l *Lexicon) Code(d *document.Document) {
	d.Events = d.Events[:0]
	actorAt := actorIndex(d)
	byID := make(map[string]*document.Actor, len(d.Actors))
	for k := range d.Actors {
		byID[d.Actors[k].ID] = &d.Actors[k]
	}
	seen := map[string]bool{}
	var lastDate time.Time
	for si := range d.Sentences {
		s := &d.Sentences[si]
		t := newTree(s)
		date := sentenceDate(d, s, lastDate)
		if !date.t.IsZero() && date.p == day {
			lastDate = date.t
		}
		other := clauseDate(d, s, date)
		for i := range s.Words {
			base, sources, targets, ok := l.event(d, t, si, i, actorAt)
			if !ok {
				continue
			}
			if on, ok := other.forEvent(t, i, d.Published); ok {
				base.Date, base.DateText = other.p.format(on), other.text
			} else if on, ok := date.forEvent(t, i, d.Published); ok {
				base.Date, base.DateText = date.p.format(on), date.text
			}
			people := l.peopleDoneTo(d, t, i)
			yielded := liftsBlock(t, i) // "Slovakia lifted its veto": yielding to those it blocked, not at home
			add := func(srcSide, tgtSide document.EventActor, named bool, targets int) {
				if a := speakersOwn(d, base, srcSide, tgtSide, byID); a.Actor != "" {
					tgtSide = a
				}
				srcSide = l.speakersTroops(d, t, base, srcSide, byID)
				e, ok := pair(byID, base, srcSide, tgtSide, named, targets, people, yielded)
				if !ok {
					return
				}
				if l.verbalAttack(t, i, e, byID) {
					setCode(&e, l.codes["111"])
				}
				if e.Root == "14" && t.lemma(i) == "protest" && stateActor(byID[e.Source.Actor]) && (byID[e.Source.Actor].Kind != "country" || !l.peopleOf(t, e.Source)) {
					// "The Philippines protested to China": a state's protest
					// is a complaint (114), not dissent at home.
					setCode(&e, l.codes["114"])
					if e.Target.Actor == "" && e.Target.Text == "" {
						e.Target = document.EventActor{}
					}
				}
				if e.CAMEO == "087" && aidAgency(byID[e.Source.Actor]) {
					setCode(&e, l.codes["1623"]) // "The World Food Programme suspended its operations": aid, not fighting
				}
				if e.CAMEO == "074" && e.Target.Code == "" && e.Target.Text == "" && sendingForces[t.lemma(i)] {
					// "Mexico sends troops to border": sent to no side it
					// protects, troops deployed (150, as "deploy" is).
					setCode(&e, l.codes["150"])
				}
				if e.Target.Code == "" && e.Target.Text == "" && (answerRoots[e.Root] || e.CAMEO == "016") { // "rejected the accusation": denied to its maker
					e.Target = proposer(d, t, si, i, e)
				}
				if a := quotedSpeaker(d, e, byID); a.Actor != "" {
					e.Source = a // "“We have never had any contact with the Americans,” Araghchi said"
				}
				if a := attackReferred(d, t, si, e); a.Actor != "" {
					e.Source = a // "survived the strike, which killed five members of the group", "The strikes killed three"
				}
				if a := killedInAttack(d, t, si, i, e); a.Code != "" {
					e.Source = a // "three people were killed in the strikes", told of before
				}
				if a := attackToldBefore(d, t, i, e); a.Code != "" {
					e.Source = a // "the war the Israeli occupation is waging on Iran … addressing the war on Iran"
				}
				if unknownSides(e) {
					return
				}
				e.Source = l.relativesPeople(d, t, e.Source, actorAt)
				if contest(t, i, e, byID) || seen[eventKey(e)] || codedOnVerb(seen, t, i, e) || codedOnNoun(seen, t, i, e) {
					return
				}
				seen[eventKey(e)], seen[sourceKey(e)] = true, true
				e.ID = fmt.Sprintf("e%d", len(d.Events)+1)
				d.Events = append(d.Events, e)
			}
			// "arrested a Kosovo police officer": a target word inside
			// another's side ("Kosovo" of the officer's) is no side of its
			// own.
			targets = slices.DeleteFunc(slices.Clone(targets), func(k int) bool {
				return slices.ContainsFunc(targets, func(o int) bool {
					if o == k || t.Head(k) != o {
						return false
					}
					side := l.side(d, t, o, actorAt)
					return len(side.Code) > 3 && side.Actor == "" && side.Start <= t.w(k).Start && t.w(k).End <= side.End
				})
			})
			for _, src := range orNone(sources) {
				srcSides := l.sourceSides(d, t, i, src, actorAt, byID)
				if len(sources) == 1 && len(targets) == 0 && len(srcSides) > 1 && l.eachOther(t, i, base.CAMEO) && !appealedFor(t, i) {
					// "Indian and Pakistani troops exchanged fire": the
					// sides one phrase names act on each other.
					for _, a := range srcSides {
						for _, b := range srcSides {
							if a != b {
								add(a, b, true, len(srcSides))
							}
						}
					}
					continue
				}
				for _, srcSide := range srcSides {
					for _, tgt := range orNone(targets) {
						if tgt == src && len(targets) > 1 {
							continue // each of sources meeting each other
						}
						// "violating their ceasefire": one word for several
						// sides, of which the source's own is none.
						tgtSides := l.sides(d, t, tgt, actorAt)
						for _, tgtSide := range tgtSides {
							add(srcSide, tgtSide, tgt >= 0, max(len(targets), len(tgtSides)))
						}
					}
				}
			}
		}
	}
}

// signedOn are the verbs whose "on" phrase names an agreement made
// ("agreed on a treaty", "reneged on some previous accords").
var signedOn = set(`agree sign renege`)

// stateForces are the nouns of a country's armed forces.
var stateForces = set(`force troop soldier army military navy marine`)

// usedFor is the noun of the thing that the infinitive at i, or the
// light verb that carries the event at i, says it is used, sent or built
// for ("bombers used to attack Ukrainian cities", "a railway line used to
// carry aid to Ukraine"), or -1.
func usedFor(l *Lexicon, t *tree, i int) int {
	v := i
	if t.w(i).UPOS == "NOUN" && t.Rel(i) == "obj" && t.Head(i) >= 0 && l.light[t.lemma(t.Head(i))] {
		v = t.Head(i) // the aid carried
	}
	h := t.Head(v)
	if h < 0 || !infinitive(t, v) || t.Rel(v) != "xcomp" && t.Rel(v) != "advcl" || t.Rel(h) != "acl" || t.w(h).XPOS != "VBN" || !instrumentVerbs[t.lemma(h)] || byAgent(t, h) {
		return -1
	}
	if n := t.Head(h); n >= 0 && t.w(n).UPOS == "NOUN" {
		return n
	}
	return -1
}

// hirers take on people to do what their infinitive says.
var hirers = set(`hire recruit pay employ enlist mobilize mobilise`)

// warSides are the nouns for the sides of a war.
var warSides = set(`side party belligerent combatant`)

// madeWords are the nouns of things said, made by saying them.
var madeWords = set(`threat warning accusation claim criticism condemnation statement`)

// focusedOn: the noun event at i, or the first of the nouns it is
// coordinated with, is what talks or a meeting focus on ("will focus on
// the handover of Gaza's administration … and the deployment of an
// international stabilisation force"): a topic, done by no one yet.
func focusedOn(t *tree, i int) bool {
	k := i
	for t.Rel(k) == "conj" && t.Head(k) >= 0 && t.w(t.Head(k)).UPOS == "NOUN" {
		k = t.Head(k)
	}
	h := t.Head(k)
	return h >= 0 && t.w(i).UPOS == "NOUN" && t.lemma(h) == "focus" && t.Rel(k) == "obl" && t.caseOf(k) == "on"
}

// talkedOver are the verbs whose object noun is a topic of talks, an
// act yet to be agreed ("discussed the war" is of one going on).
var talkedOver = set(`cover negotiate`)

// drawers are the verbs by which one draws others' words or acts on
// oneself ("drew criticism from", "prompted condemnation from").
var drawers = set(`draw prompt provoke attract spark trigger earn face receive`)

// deploymentNouns name the sending of troops somewhere.
var deploymentNouns = set(`deployment dispatch despatch sending redeployment`)

// trends are the nouns of how much of an event there is.
var trends = set(`surge rise increase escalation spike upsurge uptick lull wave outbreak flare-up resurgence drop decline`)

// terms are verbs whose object may be a term of what their subject lays
// down; hedgingModals make it supposed.
var (
	terms         = set(`include involve require entail envisage envision foresee stipulate`)
	hedgingModals = set(`would could might may`)
)

// economicMeasures are the trade and financial measures one may
// retaliate against.
var economicMeasures = set(`curb tariff sanction ban restriction control duty levy embargo blacklist`)

// dismissedRoles are the office holders one dismisses from office.
var dismissedRoles = set(`commander chief minister general head director official manager ambassador governor prosecutor judge officer secretary adviser aide spokesman spokeswoman`)

// mediatorsOf are the countries of who a noun event is "mediated",
// "brokered" or "hosted" by.
func mediatorsOf(t *tree, i int, actorAt map[int]*document.Actor) []string {
	if t.w(i).UPOS != "NOUN" {
		return nil
	}
	var out []string
	for _, c := range t.ChildrenWith(i, "acl") {
		if !hosts[t.lemma(c)] || t.w(c).XPOS != "VBN" {
			continue
		}
		for _, k := range byAgents(t, c) {
			if a := actorAt[t.w(k).Start]; a != nil && a.Country != "" {
				out = append(out, a.Country)
			}
		}
	}
	return out
}

// byAgents are the words of the "by" phrases of the participle at c,
// with their conjuncts: "a proposal put forward by the United States,
// Saudi Arabia, Egypt and the United Arab Emirates".
func byAgents(t *tree, c int) []int { return phrasesOf(t, c, "by") }

// phrasesOf are the words of the phrases of word c that preposition prep
// opens, with their conjuncts.
func phrasesOf(t *tree, c int, prep string) []int {
	var out []int
	for _, o := range t.ChildrenWith(c, "obl:agent", "obl") {
		if t.caseOf(o) == prep {
			out = append(out, conjuncts(t, o)...)
		}
	}
	return out
}

// occurrences say that an event happens or goes on.
var occurrences = set(`rage erupt break continue resume intensify escalate flare spread persist`)

// hosts host, broker or arrange what others do.
var hosts = set(`host broker mediate facilitate arrange convene`)

// ownSides: the noun event at i names its sides: two names compounded on
// it ("U.S.-Iran talks"), coordinated adjectives ("Indian and Pakistani
// talks"), or a "between" phrase (not "hosted talks with Russia", which
// the host holds).
func ownSides(t *tree, i int) bool {
	names := 0
	for _, c := range t.ChildrenWith(i, "compound", "amod") {
		if t.w(c).UPOS == "PROPN" {
			names++
			// "a U.S.-Iran meeting", the first name the second's
			// compound.
			// So is "Russia-Ukraine", the second name a flat part of the
			// first's after the hyphen.
			names += len(slices.DeleteFunc(t.ChildrenWith(c, "compound", "flat"), func(f int) bool {
				return t.w(f).UPOS != "PROPN" || t.Rel(f) == "flat" && (f == 0 || t.w(f-1).Form != "-")
			}))
		}
		if len(t.ChildrenWith(c, "conj")) > 0 {
			return true
		}
	}
	return names >= 2 || slices.ContainsFunc(t.ChildrenWith(i, "nmod"), func(n int) bool { return t.caseOf(n) == "between" })
}

// betweenPair are the words of the "between" phrase that names the
// first of targets, with its conjuncts; nil if it has none.
func betweenPair(t *tree, targets []int) []int {
	if len(targets) == 0 || t.caseOf(targets[0]) != "between" {
		return nil
	}
	return conjuncts(t, targets[0])
}

// codedOnVerb: the noun event e at i is the object of a verb already
// coded with the same code and sides ("signed a mutual defence pact",
// "pledged her commitment"): one act, which the verb's event records.
// ("suggested hosting talks … between the two sides" keeps the talks,
// whose sides the hosting lacks.)
func codedOnVerb(seen map[string]bool, t *tree, i int, e document.Event) bool {
	h := t.Head(i)
	if h < 0 || h > i || t.w(i).UPOS != "NOUN" || t.Rel(i) != "obj" || t.w(h).UPOS != "VERB" {
		return false
	}
	e.Evidence.Start = t.w(h).Start
	// "Armenia and Azerbaijan sign peace treaty": the verb's event has
	// the target the noun's lacks.
	return seen[eventKey(e)] || e.Target.Actor == "" && e.Target.Text == "" && seen[sourceKey(e)]
}

// codedOnNoun: the participle event e at i describes a noun before it
// already coded with the same code and sides ("agreements signed by
// Assad", "a deal signed with Russia"): one act, which the noun's event
// records.
func codedOnNoun(seen map[string]bool, t *tree, i int, e document.Event) bool {
	h := t.Head(i)
	if h < 0 || h > i || t.Rel(i) != "acl" || t.w(i).XPOS != "VBN" || t.w(h).UPOS != "NOUN" {
		return false
	}
	e.Evidence.Start = t.w(h).Start
	return seen[eventKey(e)]
}

// event codes the word at i of sentence si, if it is an event: the
// event without its sides, and the heads of its source and target
// phrases.
func (l *Lexicon) event(d *document.Document, t *tree, si, i int, actorAt map[int]*document.Actor) (base document.Event, sources, targets []int, ok bool) {
	trig, ok := l.trigger(t, i)
	if !ok {
		trig, ok = l.command(t, i)
	}
	if !ok {
		trig, ok = l.deadlineToLeave(t, i)
	}
	if !ok && t.w(i).UPOS == "VERB" {
		trig, ok = l.cues[t.lemma(i)]
		ok = ok && reportsWords(d, t, i)
	}
	if !ok {
		return base, nil, nil, false
	}
	if w := t.w(i); w.UPOS != "VERB" && w.Form != "" && w.Form[0] >= 'A' && w.Form[0] <= 'Z' && actorAt[w.Start] != nil && i > 0 {
		return base, nil, nil, false // "the Rapid Support Forces": a word of a name
	}
	if h := t.Head(i); h > i && t.w(i).UPOS == "NOUN" && t.Rel(i) == "compound" && actorAt[t.w(h).Start] != nil {
		return base, nil, nil, false // "NATO's peacekeeping force KFOR": what a body named after it is, no event
	}
	if t.w(i).UPOS == "NOUN" && slices.ContainsFunc(t.ChildrenWith(i, "amod", "det"), func(c int) bool { return t.lemma(c) == "such" }) {
		return base, nil, nil, false // "in the first such meeting since the war", "such attacks": the kind of an event told, not one more
	}
	if l.kindOfPeople(t, i) {
		return base, nil, nil, false // "riot police", "aid workers": a kind of people
	}
	if kindNamedAfterEvent(t, i) {
		return base, nil, nil, false // "near an aid distribution site", "war crimes": a kind of place or wrong
	}
	if h := t.Head(i); h >= 0 && t.w(i).UPOS == "NOUN" && t.Rel(i) == "obj" && lodgers[t.lemma(h)] && l.paired(t, h, i) {
		return base, nil, nil, false // "lodged its own protest": the verb and its object are one complaint (114), coded on the verb
	}
	if strings.HasPrefix(trig.Code, "14") && t.w(i).UPOS == "VERB" && marketSubject(t, i) {
		return base, nil, nil, false // "Stocks rallied around the world": markets protest nothing
	}
	if h := t.Head(i); h >= 0 && t.w(i).UPOS == "NOUN" && inTheKnow[t.lemma(h)] && t.w(h).UPOS != "VERB" {
		return base, nil, nil, false // "a Western diplomat familiar with the talks": who knows of them, not who held them
	}
	if t.w(i).UPOS == "NOUN" && violence[trig.Code[:2]] && l.stopped(t, i) &&
		len(t.ChildrenWith(i, "nmod:poss")) == 0 {
		// "Talks mediated by Qatar and Turkey end a week of fighting": who
		// ends it did not fight, and no one else is named ("unless it
		// ends its occupation" names the occupier).
		return base, nil, nil, false
	}
	if h := t.Head(i); h >= 0 && t.w(i).UPOS == "NOUN" && t.caseOf(i) == "as" && regardVerbs[t.lemma(h)] {
		return base, nil, nil, false // "a militia that Kigali regards as a threat": how it is seen, no act
	}
	if k := t.Head(i); t.w(i).UPOS == "NOUN" && t.Rel(i) == "nmod" && k >= 0 && t.caseOf(k) == "as" && t.Head(k) >= 0 && (regardVerbs[t.lemma(t.Head(k))] || denouncers[t.lemma(t.Head(k))]) {
		return base, nil, nil, false // "denounced the drills as a rehearsal for invasion": what they are called, no invasion
	}
	if h := t.Head(i); h >= 0 && trig.Code == "129" && t.w(i).UPOS == "NOUN" && t.Rel(i) == "obj" && (easers[t.lemma(h)] || t.lemma(h) == "withdraw") {
		return base, nil, nil, false // "lifted its veto after securing assurances": a veto undone, no veto cast
	}
	if h, m := t.Head(i), i; strings.HasPrefix(trig.Code, "16") && t.w(i).UPOS == "NOUN" {
		if h >= 0 && t.Rel(i) == "nmod" && shares[t.lemma(h)] && t.caseOf(i) == "of" {
			h, m = t.Head(h), h // "lifted most of the economic sanctions"
		}
		if h >= 0 && (t.Rel(m) == "obj" || t.w(m).Rel == "nsubj:pass") && easers[t.lemma(h)] {
			return base, nil, nil, false // "lifted sanctions on Syria", "cut tariffs": undone, not imposed
		}
	}
	if h := t.Head(i); h >= 0 && (strings.HasPrefix(trig.Code, "07") || strings.HasPrefix(trig.Code, "06")) && t.w(i).UPOS == "NOUN" && (t.Rel(i) == "obj" || t.w(i).Rel == "nsubj:pass" || t.Rel(i) == "compound") {
		if v := h; t.Rel(i) != "compound" || t.Rel(h) == "obj" || t.w(h).Rel == "nsubj:pass" {
			if t.Rel(i) == "compound" {
				v = t.Head(h) // "suspended some foreign aid programmes"
			}
			if aidCutters[t.lemma(v)] {
				return base, nil, nil, false // the aid or cooperation stopped ("suspended cooperation with the IAEA"), none given
			}
		}
	}
	if h := t.Head(i); h >= 0 && (t.Rel(i) == "xcomp" || t.Rel(i) == "advcl" && hasMark(t, i, "to")) && (licences[t.lemma(h)] || anonymous(t, h)) && disclosures[t.lemma(i)] {
		return base, nil, nil, false // "people who were not authorized to discuss them", "who requested anonymity to discuss the talks": the source's terms
	}
	if anonymous(t, i) {
		return base, nil, nil, false // "who requested anonymity": no request of anyone
	}
	if h := t.Head(i); h >= 0 && t.w(h).UPOS == "NOUN" && pauses[t.lemma(h)] && (t.caseOf(i) == "in" || hasMark(t, i, "in")) {
		return base, nil, nil, false // "a six-week pause in fighting": what stops, not what is done
	}
	if h := t.Head(i); t.w(i).UPOS == "NOUN" && t.Rel(i) == "compound" && h >= 0 && t.w(h).UPOS == "NOUN" {
		if _, event := l.trigger(t, h); event || proposalsFor[t.lemma(h)] {
			return base, nil, nil, false // "ceasefire talks", "a ceasefire deal", "a ceasefire plan": what the event is about
		}
	}
	if t.lemma(i) == "summon" && slices.ContainsFunc(t.Subtree(i, -1), func(k int) bool {
		_, event := l.trigger(t, k)
		return event && summonedFor(t, k) == i
	}) {
		return base, nil, nil, false // "summoned the ambassador to complain": coded on what it is for, as PLOVER does
	}
	if c := t.Head(i); c >= 0 && t.lemma(c) == "call" && t.w(i).UPOS == "NOUN" && (t.Rel(i) == "xcomp" || t.w(i).Rel == "obl:unmarked" || t.Rel(i) == "obj") &&
		slices.ContainsFunc(t.ChildrenWith(c, "obj", "iobj"), func(o int) bool { return o < i }) {
		return base, nil, nil, false // "called the arrests \"a political kidnapping\"": what something is called
	}
	h := t.Head(i)
	if h >= 0 && t.Rel(h) == "obj" && t.Head(h) >= 0 && characterizers[t.lemma(t.Head(h))] {
		h = t.Head(h) // the "as" phrase hung on the object
	}
	if h >= 0 && characterizers[t.lemma(h)] &&
		(t.w(i).UPOS == "NOUN" && t.caseOf(i) == "as" || t.w(i).XPOS == "VBG" && (hasMark(t, i, "as") || t.caseOf(i) == "as")) {
		// "dismissed the measures as an act of war", "rejected the plan
		// as favoring Moscow": what something is called, not an event.
		return base, nil, nil, false
	}
	if h := t.Head(i); h >= 0 && strings.HasPrefix(trig.Code, "04") && t.w(i).UPOS == "VERB" && infinitive(t, i) && (t.Rel(i) == "advcl" || t.Rel(i) == "xcomp") &&
		len(t.ChildrenWith(i, "obl")) == 0 && t.lemma(h) == "meet" && len(t.ChildrenWith(h, "obj")) > 0 {
		// "met Hamas and Israeli negotiators in Cairo to discuss the
		// second phase": the meeting's purpose is the meeting, coded on
		// "met" with those met (not the mediators with each other).
		return base, nil, nil, false
	}
	if trig.Code == "030" && promisesEvent(l, t, i) {
		return base, nil, nil, false // "vowed to fight": coded on "fight", as a threat
	}
	if trig.Code == "130" && slices.ContainsFunc(t.Children(i), func(x int) bool {
		return slices.ContainsFunc(append(t.ChildrenWith(x, "obj"), x), func(y int) bool {
			c, ok := l.trigger(t, y)
			return ok && len(c.Code) >= 2 && threatRoots[c.Code[:2]] && l.threatened(t, y)
		})
	}) {
		return base, nil, nil, false // "threatened to use military force": coded on "use", as CAMEO's 138
	}
	if trig.Code == "020" && t.lemma(i) == "call" && t.w(i).UPOS == "VERB" && !appealCall(t, i) {
		if !l.callsSomeone(t, i, actorAt) {
			return base, nil, nil, false // "Arizona was called", "a show called Brokers", "called more attention"
		}
		trig = Trigger{Code: "041"} // "Obama called both candidates Tuesday night"
	}
	if strings.HasPrefix(trig.Code, "14") && summonedFor(t, i) >= 0 {
		trig = Trigger{Code: "114"} // "summoned Iran's ambassador to protest the transfer": an official complaint, no demonstration
	}
	if t.lemma(i) == "retaliate" && slices.ContainsFunc(t.ChildrenWith(i, "obl"), func(o int) bool { return economicMeasures[t.lemma(o)] }) {
		// "China retaliates against new U.S. chip curbs": measures in
		// kind, a sanction, not force.
		trig = Trigger{Code: "163", Preps: trig.Preps}
	}
	if trig.Code == "040" && byPhone(t, i) {
		trig = Trigger{Code: "041", Preps: trig.Preps} // "spoke with Netanyahu by phone", to whom it was spoken kept
	}
	if promisers[t.lemma(i)] && slices.ContainsFunc(t.ChildrenWith(i, "xcomp", "ccomp"), func(x int) bool { return retaliatingVerbs[t.lemma(x)] && (infinitive(t, x) || t.Rel(x) == "ccomp") }) {
		trig = Trigger{Code: "130"} // "vowed to respond", "vowed that his country would resist any aggression": a threat
	}
	if promisers[t.lemma(i)] && slices.ContainsFunc(t.ChildrenWith(i, "ccomp"), func(x int) bool {
		return slices.ContainsFunc(t.ChildrenWith(x, "nsubj"), func(s int) bool { return oneSided[t.lemma(s)] && t.w(s).UPOS == "NOUN" })
	}) {
		trig = Trigger{Code: "138"} // "vowed that attacks would continue until Israel ends its war": a threat of force
	}
	if trig.Code == "190" && t.lemma(i) == "clash" && peopleClashOver(l, t, i, actorAt) {
		trig = Trigger{Code: "110", Preps: trig.Preps} // "he clashed with them over the appointment of ministers": a quarrel, no fighting
	}
	if trig.Code == "010" && l.obliges(t, i) && !obligesOwnCountry(t, i, actorAt) {
		trig = Trigger{Code: "100"} // "said that Sudan must return the helicopter"
	}
	if t.lemma(i) == "insist" && claims(t, i) && !l.obliges(t, i) {
		trig = Trigger{Code: "010"} // "insisted they were prepared": a claim, no demand
	}
	if proposalHeads[t.lemma(i)] && claims(t, i) {
		trig = Trigger{Code: "010"} // "suggested that a loss would knock her out": a statement, no proposal
	}
	if l.seizesPlace(t, i, actorAt) {
		trig = Trigger{Code: "192"} // "rebels captured the town of Kafr Nabl"
	}
	if trig.Code == "042" && (t.lemma(i) == "arrive" || t.lemma(i) == "reach") && slices.ContainsFunc(t.ChildrenWith(i, "nsubj"), func(s int) bool {
		return warMachines[t.lemma(s)] || slices.ContainsFunc(t.ChildrenWith(s, "compound"), func(c int) bool { return warMachines[t.lemma(c)] }) // "a US carrier group"
	}) {
		trig = Trigger{Code: "150", Preps: []string{"in", "to"}} // "as the USS Gerald R. Ford aircraft carrier arrived in the Caribbean": a show of force, no visit
	}
	if trig.Code == "087" && leftBody(t, i, actorAt) {
		trig = Trigger{Code: "160", Preps: []string{"from"}} // "would withdraw from the International Criminal Court": relations cut, no troops pulled back
	}
	code := l.codes[trig.Code]
	if trig.Code == "030" && t.lemma(i) == "offer" && l.offersWords(t, i) {
		return base, nil, nil, false // "offered his thoughts", "offered a preview", "offered condolences"
	}
	if code.Code[:2] == "07" && l.givesWords(t, i) {
		return base, nil, nil, false // "delivered a keynote", "gave lawmakers an assessment"
	}
	if t.lemma(i) == "fire" && l.firesPerson(t, i, actorAt) {
		return base, nil, nil, false // "fired his national data director", "getting fired"
	}
	if t.lemma(i) == "dismiss" && slices.ContainsFunc(patients(t, i), func(p int) bool { return dismissedRoles[t.lemma(p)] }) {
		return base, nil, nil, false // "dismissed the commander of Ukraine's ground forces": fired, not rejected (not "dismissed Walker as an ineffective leader")
	}
	if kinds, ok := patientKinds[code.Code]; ok && !l.doneTo(t, i, actorAt, kinds) &&
		!slices.ContainsFunc(t.ChildrenWith(i, "obj"), func(o int) bool { return l.paired(t, i, o) }) { // "seized power": the pattern names its object
		return base, nil, nil, false // "released a poll", "received a fine", "killed the bill"
	}
	if author := l.offerAuthor(t, i, trig); author >= 0 {
		sources = []int{author}
	} else if author := bodyAuthor(t, i, actorAt); author >= 0 {
		sources = []int{author}
	} else if author := namedAuthor(t, i); author >= 0 && sanctionWords[t.lemma(i)] && actorAt[t.w(author).Start] != nil && actorAt[t.w(author).Start].Kind == "country" {
		sources = conjuncts(t, author) // "secured a one-year exemption from U.S. sanctions on Russian oil": the United States'
	} else {
		sources = l.sources(t, i)
	}
	if len(sources) == 0 {
		if c := namedAuthor(t, i); c >= 0 && actorAt[t.w(c).Start] != nil && actorAt[t.w(c).Start].Kind != "place" {
			sources = conjuncts(t, c)
		}
	}
	// "Turkey's foreign ministry said after talks mediated by Turkey and
	// Qatar": who mediates or hosts talks is no side of them.
	if mediators := mediatorsOf(t, i, actorAt); len(mediators) > 0 {
		sources = slices.DeleteFunc(sources, func(k int) bool {
			a := actorAt[t.w(k).Start]
			return a != nil && a.Country != "" && slices.Contains(mediators, a.Country)
		})
	}
	if len(sources) == 1 && t.Rel(i) == "xcomp" && t.Head(i) == t.Head(sources[0]) && t.Rel(sources[0]) == "obj" && documents[t.lemma(sources[0])] {
		// "passed a resolution on Thursday ordering Iran to improve
		// cooperation", the participle hung on the verb: the one who
		// passes the document orders.
		if s := t.ChildrenWith(t.Head(i), "nsubj"); len(s) > 0 {
			sources = conjuncts(t, s[0])
		}
	}
	if summed(t, i) {
		return base, nil, nil, false // "…, an offer the opposition rejected": the clause before is the event
	}
	if len(sources) > 0 && !slices.ContainsFunc(sources, func(k int) bool { return !mishap(t, k) }) {
		return base, nil, nil, false // "the crash, which killed 38 people": no one's act
	}
	if len(sources) > 0 && !slices.ContainsFunc(sources, func(k int) bool { return !indefinite(t, k) }) {
		return base, nil, nil, false // "Nobody opposed him", "Everyone should evacuate Tehran": no actor
	}
	if trig.Code == "081" && t.lemma(i) == "allow" && (!(permitsPassage(t, i) && l.authority(t, sources, actorAt)) || lentForUse(t, i) || ownForcesAllowed(t, i, sources, actorAt)) {
		return base, nil, nil, false // "would not allow foreign interference", "a dark time allowed him to connect": no restriction eased
	}
	// "ads helped lift him", "a victory would help him make his case",
	// "job losses have contributed to a bitter divide";
	// "the bill that allows lawsuits", "the program allowed citizens to
	// apply": things help and laws permit; no one aids or eases
	// restrictions; and "an assault on Rafah would threaten its peace
	// treaty" endangers, no one threatens.
	if (t.lemma(i) == "help" || t.lemma(i) == "contribute" || strings.HasPrefix(code.Code, "081") ||
		t.lemma(i) == "threaten" && t.w(i).UPOS == "VERB") && l.things(t, sources, actorAt) {
		return base, nil, nil, false
	}
	targets = l.targets(t, i, trig, actorAt)
	if headlinePassive(d, t, i, code.Code) && !passiveVerb(t, i) {
		targets, sources = sources, nil // "South Korea's Yoon arrested over martial law bid"
	}
	// "rejected offers of talks from Seoul and Washington": the words
	// that name who acts name no one it acts on.
	targets = slices.DeleteFunc(targets, func(k int) bool { return slices.Contains(sources, k) })
	targets = slices.DeleteFunc(targets, func(k int) bool {
		if l.topicSide(t, i, k) {
			return true
		}
		// "used force": the object is the event's, no side; but "closed
		// the Russian consulate" is aimed at Russia.
		return l.paired(t, i, k) && t.Head(k) == i && actorAt[t.w(k).Start] == nil && !((missions[t.lemma(k)] || vessels[t.lemma(k)]) && l.hasDemonym(t, k))
	})
	if len(sources) == 0 && len(targets) == 0 && l.eachOther(t, i, code.Code) {
		// "US-Iran talks resumed", "Israel-Hamas talks stalled": the two
		// sides the hyphen joins meet each other. (Looked for only when
		// no side is named: most events have one.)
		if a, b := hyphenPair(t, i, actorAt); a >= 0 {
			sources, targets = []int{a, b}, []int{a, b}
		}
	}
	if len(targets) == 0 && l.eachOther(t, i, code.Code) && coordinatedByAnd(t, sources) && !sidesNamedOn(t, i, actorAt) && !appealedFor(t, i) &&
		!(t.Rel(i) == "acl" && t.w(i).XPOS == "VBG") && // not "Fox and CNN featured lineups discussing the remark"
		!slices.ContainsFunc(sources, func(s int) bool { return !named(t, s, actorAt) }) {
		// "Obama and Putin met", "the White House and congressional
		// leaders have been discussing": with no other side named,
		// coordinated sources meet each other (pair drops each one
		// aimed at itself).
		targets = slices.Clone(sources)
	}
	switch pair := betweenPair(t, targets); {
	case len(sources) == 0 && len(targets) > 1 && len(pair) > 0:
		// "Clashes between Israel and Hezbollah", "talks between Iraq
		// and Iran": each side acts on the other.
		sources = slices.Clone(targets)
	case len(pair) > 1 && t.w(i).UPOS == "NOUN" && l.eachOther(t, i, code.Code):
		// One who hosts or brokers them is no side ("Qatar hosted
		// talks between Congo and the M23 rebels").
		sources, targets = pair, pair
	case len(sources) == 0 && len(targets) == 1 && len(pair) == 1:
		// "talks between senior diplomats of the two countries", "the
		// worst fighting between the two countries": the sides one
		// phrase names act on each other (pair drops each one aimed at
		// itself).
		sources = slices.Clone(targets)
	}
	// "Putin and Mohammed bin Salman had spoken by phone": each with the
	// other.
	// So do "the leaders of India and Pakistan", one phrase of two sides.
	phoned := byPhone(t, i) && (len(targets) > 1 && slices.Equal(targets, sources) ||
		len(targets) == 0 && len(sources) == 1 && len(l.sides(d, t, sources[0], actorAt)) > 1)
	if t.lemma(i) == "speak" && (!phoned && !slices.ContainsFunc(targets, func(k int) bool { return spokenWith(t, i, k, actorAt) }) ||
		slices.ContainsFunc(sources, func(k int) bool { a := actorAt[t.w(k).Start]; return a != nil && a.Kind == "media" })) {
		return base, nil, nil, false // "The Huffington Post spoke with Teachout": an interview
	}
	if len(targets) == 0 && trig.Code == "040" && hasObject(t, i, carriedWords) {
		return base, nil, nil, false // "delivered a message Sunday that resonates": to no one
	}
	// "blame each other for attack on nuclear plant": "each other" names
	// no side of its own.
	sources, targets = withoutEachOther(t, sources), withoutEachOther(t, targets)
	// "hours after an attack … killed five people", with "hours" the
	// attack's subject in the parse: a time does nothing.
	sources = slices.DeleteFunc(sources, func(k int) bool {
		return t.w(k).UPOS == "NOUN" && timeSpan(t.lemma(k)) && len(t.ChildrenWith(k, "compound", "nmod:poss", "amod")) == 0
	})
	if len(sources) == 0 && len(targets) == 0 || len(targets) == 0 && l.dyadic[t.lemma(i)] && !l.namedWithModifier(t, i) && !phoned {
		return base, nil, nil, false // an event with neither side tells nothing; a visit needs a visitor
	}
	w := t.w(i)
	base = document.Event{Sentence: si, Evidence: document.Span{Start: w.Start, End: w.End}}
	setCode(&base, code)
	base.Negated = negated(t, i, l.light)
	base.Mode = mode(t, i, l.light)
	if counterfactualNot(t, i) || l.othersActJudged(t, i) {
		// "the famine could have been prevented if Israel had not
		// blocked food deliveries": Israel blocked them; "would not
		// accept the occupation of its land": it goes on.
		base.Negated, base.Mode = false, "asserted"
	}
	if h := t.Head(i); h >= 0 && t.Rel(i) == "obj" && t.w(i).UPOS == "NOUN" && base.Mode == "asserted" {
		if verb, ok := l.trigger(t, h); ok && verb.Code == code.Code {
			base.Mode = mode(t, h, l.light) // "should have signed the deal": the deal is the signing
		}
		if base.Mode == "asserted" && headlineFuture(t, h) {
			base.Mode = "intended" // "Saudi Arabia to host Russia-Ukraine prisoner talks": still to come
		}
	}
	if (base.CAMEO == "050" || base.CAMEO == "051") && t.lemma(i) == "back" && len(sources) > 0 && !slices.ContainsFunc(sources, func(k int) bool { return !collateral[t.lemma(k)] && !materiel[t.lemma(k)] }) {
		// "a loan backed by frozen Russian assets": security, no one's
		// support; "Israeli troops backed by drones": arms, not allies.
		return base, nil, nil, false
	}
	if (base.CAMEO == "050" || base.CAMEO == "051") && (t.lemma(i) == "back" || t.lemma(i) == "support") && slices.ContainsFunc(sources, func(k int) bool { return armedSide(t, k, actorAt) }) &&
		slices.ContainsFunc(targets, func(k int) bool { return armedSide(t, k, actorAt) }) {
		if c, ok := l.codes["062"]; ok {
			// "its forces, backed by African Union troops": troops back
			// troops with arms, not words (not "male troops backed Trump",
			// "a party backed by the military")
			setCode(&base, c)
			code = c
		}
	}
	if base.CAMEO == "052" && defendsAlly(t, i, actorAt) {
		if c, ok := l.codes["074"]; ok {
			setCode(&base, c) // "obligated to defend the Philippines": military protection
			code = c
		}
	}
	if l.promised(t, i, base.Mode) && !base.Negated {
		intent := intentCode(code.Code)
		if unless(t, i) && intent[:2] != "13" {
			intent = "130" // "will withdraw its force unless ...": a threat
		}
		if c, ok := l.codes[intent]; ok {
			setCode(&base, c)
		}
		// A promised act is intended, as an offered or planned one is:
		// "will visit", "said he would meet", a headline's "to visit";
		// one promised on a condition is hypothetical ("will attack
		// Israel if it strikes again", "will withdraw unless …").
		// So is an act promised in the future tense that keeps its own
		// code ("said it would sue Euroclear", "will sue"), not another
		// reading of an infinitive ("He is entirely to blame"), nor the
		// idiom "I'd say".
		promise := base.Mode == "asserted" || base.Mode == "hypothetical" && reportedFuture(t, i)
		if promise && (base.Root == "03" || base.Root == "13" || future(t, i) && t.lemma(i) != "say") {
			base.Mode = "intended"
			if conditional(t, i) || goneTo(t, i) >= 0 && conditional(t, goneTo(t, i)) {
				base.Mode = "hypothetical" // "would only return to negotiations if Washington guaranteed …"
			}
		}
	}
	if base.CAMEO == "020" || base.CAMEO == "100" {
		if c, ok := l.codes[l.askedCode(t, i, base.Root)]; ok {
			setCode(&base, c) // "called for a ceasefire": an appeal for de-escalation (0256)
		}
	}
	if base.Root == "13" && len(targets) == 0 {
		targets = l.actorWords(t, conditionSubjects(t, i), actorAt) // "threatened to stop talks if the United States goes ahead"
	}
	if base.CAMEO == "130" && t.lemma(i) == "warn" && !warnsOfOwnAct(t, i) && len(conditionSubjects(t, i)) == 0 &&
		!slices.ContainsFunc(targets, func(k int) bool { return !inComplement(t, i, k) }) {
		// "the WHO warned that hospitals were running out of supplies",
		// "warned of a ferocious battle ahead": a warning at no one of
		// nothing the speaker will do is a pessimistic comment, no threat;
		// nor are the sides of another's act it tells of its targets
		// ("Kyiv warned that Russia is planning attacks on European
		// infrastructure"), unless another must act to avert it ("warned
		// that if Trump did not withdraw …").
		if c, ok := l.codes["012"]; ok {
			setCode(&base, c)
		}
		targets = nil
	}
	if base.Root == "14" && len(targets) == 0 {
		targets = l.demanded(t, i, actorAt) // "began a hunger strike to demand the resignation of the Algerian president"
	}
	base.Location = location(d, t, i, actorAt, violence[code.Code[:2]])
	// Diplomatic cooperation, done or promised, is aimed at a country it
	// happens in ("reopened the embassy in Cuba"), not at a city that
	// hosts it ("normalizing relations at talks in Brussels", "signed in
	// New York", "agreed in Abu Dhabi to reopen border crossings").
	// So is an act done at a meeting ("to ease tensions at a meeting in
	// Brussels"). Asked only of an event with no other side named and a
	// place: the lexicon is looked up again for its obliques.
	venue := func() bool {
		return (code.Code[:2] == "05" || code.Code[:2] == "03") && l.countryName(base.Location.Text) == "" ||
			slices.ContainsFunc(t.ChildrenWith(i, "obl"), func(o int) bool {
				if c := t.caseOf(o); c != "at" && c != "during" {
					return false
				}
				tr, ok := l.trigger(t, o)
				return ok && tr.Code[:2] == "04"
			})
	}
	if len(targets) == 0 && !placeless[code.Code[:2]] && base.Location.Country != "" && !venue() && !alliedAt(t, i, actorAt, base.Location.Country) {
		// An event with no other side named is aimed at the country
		// where it happens ("refused to deploy peacekeepers in Iraq"); a
		// protest or a curfew at its government, but repression at its
		// people ("fired tear gas at protesters in Nairobi").
		base.Target = document.EventActor{Code: base.Location.Country, Text: base.Location.Text}
		if p := l.peopleDoneTo(d, t, i); p.Text != "" && code.Code[:2] != "14" {
			// "Egyptian police arrested two journalists in Cairo": the
			// people there, not its government.
			base.Target.Text, base.Target.Start, base.Target.End = p.Text, p.Start, p.End
		} else if r := code.Code[:2]; (r == "14" || r == "17") && code.Code != "175" {
			base.Target.Code += "GOV"
		}
	}
	base.Attribution = attributionOf(d, w)
	return base, sources, targets, true
}

// inComplement reports whether word k lies in a clausal complement of
// the word at i.
func inComplement(t *tree, i, k int) bool {
	for from := k; from >= 0; from = t.Head(from) {
		if t.Head(from) == i {
			return t.Rel(from) == "ccomp"
		}
	}
	return false
}

// warnsOfOwnAct: the warning at i tells what its speaker will do ("warned
// that it would respond to any violation") or of consequences ("warned of
// retaliation").
func warnsOfOwnAct(t *tree, i int) bool {
	for _, c := range t.ChildrenWith(i, "ccomp") {
		subj := t.ChildrenWith(c, "nsubj")
		will := slices.ContainsFunc(t.ChildrenWith(c, "aux"), func(a int) bool { return willWords[t.lemma(a)] })
		if will && len(subj) > 0 && t.w(subj[0]).UPOS == "PRON" {
			return true
		}
		// "warned that Tehran would respond to any further pressure",
		// "warned that Tehran could withdraw from the treaty if sanctions
		// are restored": a response, or an act on a condition, is a
		// threat whoever is said to make it.
		if will && responses[t.lemma(c)] || slices.ContainsFunc(t.ChildrenWith(c, "advcl"), func(x int) bool { return hasMark(t, x, "if", "unless") }) {
			return true
		}
		// "warned that Pyongyang would take countermeasures", "that Iran
		// would face consequences": what is promised is a response too.
		if will && slices.ContainsFunc(t.ChildrenWith(c, "obj"), func(o int) bool { return consequences[t.lemma(o)] }) {
			return true
		}
		// "warned that any further attack would be met with a strong
		// response": the response, in the passive.
		if will && slices.ContainsFunc(t.ChildrenWith(c, "obl"), func(o int) bool { return t.caseOf(o) == "with" && consequences[t.lemma(o)] }) {
			return true
		}
	}
	return slices.ContainsFunc(t.ChildrenWith(i, "obl"), func(o int) bool { return consequences[t.lemma(o)] })
}

// willWords are the modals of what someone will do; consequences what a
// threat warns of; responses the acts it promises.
var (
	willWords    = set(`will would shall 'll`)
	responses    = set(`respond retaliate react`)
	consequences = set(`consequence retaliation response reprisal action measure countermeasure force attack strike war price`)
)

// indefinite: the word at k is a pronoun for anyone or no one, which
// names no actor.
func indefinite(t *tree, k int) bool {
	switch strings.ToLower(t.w(k).Form) {
	case "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "nobody",
		"nothing", "everything", "something", "anything":
		return true
	}
	// "No one objects", "No group claimed responsibility": no one.
	return slices.ContainsFunc(t.ChildrenWith(k, "det"), func(c int) bool { return t.lemma(c) == "no" })
}

func setCode(e *document.Event, c Code) {
	e.CAMEO, e.Root, e.Label, e.QuadClass = c.Code, c.Code[:2], c.Label, c.Quad
	e.Goldstein, e.PLOVER, e.PLOVERMode, e.PLOVERContext = c.Goldstein, c.PLOVER, c.PLOVERMode, c.PLOVERContexts
}

// sourceSides are the sides of the source phrase headed by src; a
// pronoun no actor stands for is the reporter of its clause.
func (l *Lexicon) sourceSides(d *document.Document, t *tree, i, src int, actorAt map[int]*document.Actor, byID map[string]*document.Actor) []document.EventActor {
	sides := l.sides(d, t, src, actorAt)
	if len(sides) == 1 && sides[0].Code == "" && src >= 0 && (t.w(src).XPOS == "PRP" || t.w(src).XPOS == "PRP$") {
		out := l.reporterSides(d, t, i, actorAt, sides)
		pronoun := strings.ToLower(t.w(src).Form)
		if len(out) == 1 && person(byID[out[0].Actor]) && (plural3[pronoun] || neuter[pronoun] && !possessedThing(out[0].Text)) {
			// "“They are threatening Venezuela,” Maduro said": a person's
			// "they" are others; nor is a person "it" ("'The ELN has
			// chosen the path of war, and it will have war,' Petro
			// wrote"), unless what speaks is the person's thing
			// ("Sanders' campaign announced it would seek a recanvass").
			return sides
		}
		return out
	}
	return sides
}

// possessedThing reports whether a speaker's words name a person's
// thing, a possessive and a common noun: "Sanders' campaign".
func possessedThing(text string) bool {
	i := strings.LastIndexAny(text, "'’")
	if i < 0 {
		return false
	}
	rest := strings.TrimPrefix(strings.TrimLeft(text[i:], "'’"), "s")
	rest = strings.TrimSpace(rest)
	r, _ := utf8.DecodeRuneInString(rest)
	return rest != "" && !strings.Contains(rest, " ") && unicode.IsLower(r)
}

// plural3 are the third-person plural pronouns, neuter the singular
// ones that name no person.
var (
	plural3 = set(`they them their`)
	neuter  = set(`it its`)
)

// aidAgency: the actor is a humanitarian body, whose halted operations
// are aid stopped, not a military engagement eased.
func aidAgency(a *document.Actor) bool {
	if a == nil || a.Code != "IGO" && a.Code != "NGO" {
		return false
	}
	return slices.ContainsFunc(strings.Fields(a.Name), func(w string) bool { return aidWords[strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")] })
}

var aidWords = set(`Food Refugees Refugee Relief Humanitarian UNICEF UNHCR UNRWA Children Cross Crescent Doctors Médecins Migration Health`)

// pair is the event base with a source and a target side; named tells
// whether the target was named in the sentence, of targets named in all.
// It reports false for an event that is not one: an actor aimed at
// itself among other targets, or a leader's visit home. people are the
// words of those the act is done to (see peopleDoneTo), which name a
// target at home no actor names. yielded says the act gives up a block of
// the source's (see liftsBlock), which is aimed at those it blocked,
// not at home.
func pair(byID map[string]*document.Actor, base document.Event, src, tgt document.EventActor, named bool, targets int, people document.EventActor, yielded bool) (document.Event, bool) {
	e := base
	e.Source = src
	if named || base.Target.Code == "" {
		e.Target = tgt
	} else if r := e.Root; r != "14" && r != "17" && len(e.Source.Code) >= 3 && e.Source.Code[:3] == e.Target.Code {
		// "The Turkish president suggested hosting talks in Istanbul":
		// acting at home is aimed at no one there.
		e.Target = document.EventActor{}
	}
	if e.Source.Actor != "" && e.Source.Actor == e.Target.Actor ||
		e.Source.End > e.Source.Start && e.Source.Start == e.Target.Start && e.Source.End == e.Target.End && e.Source.Code == e.Target.Code {
		// The same actor, or the same words ("Georgian riot police used
		// water cannon", with "used" parsed as a modifier of "police").
		if targets > 1 {
			return e, false
		}
		// "Syria is willing to withdraw its troops": the actor's own
		// people are no other side.
		e.Target = document.EventActor{}
	}
	if c := e.CAMEO; (c == "161" || c == "166") && countryOf(e.Source.Code) != "" && countryOf(e.Source.Code) == countryOf(e.Target.Code) {
		// "Israel's foreign ministry said it had recalled its own
		// ambassador": no state breaks ties with itself or withdraws its
		// envoy from itself.
		e.Target = document.EventActor{}
	}
	if home := countryOf(e.Source.Code); home != "" && !namedPerson(byID[e.Source.Actor]) && person(byID[e.Target.Actor]) && isSector(e.Target.Code) {
		// "Opposition groups in Zimbabwe demanded that President Mugabe
		// abandon his policy": an office holder no country is named for
		// holds it in the source's.
		e.Target.Code = home + e.Target.Code
	}
	if e.Target.Code == "" {
		// An uncoded side named ("allowed candidate Alassane Ouattara to
		// run") keeps its words.
		if home := domesticTarget(e, person(byID[e.Source.Actor])); home.Code != "" && (!named || concession(e)) && !yielded {
			switch {
			case named:
				home.Actor, home.Text, home.Start, home.End = e.Target.Actor, e.Target.Text, e.Target.Start, e.Target.End
			case people.Text != "":
				// "Georgian police detained dozens of protesters": the people
				// the police act on at home, in words.
				home.Text, home.Start, home.End = people.Text, people.Start, people.End
			}
			e.Target = home
		}
	}
	return e, !homeVisit(e)
}

func orNone(xs []int) []int {
	if len(xs) == 0 {
		return []int{-1}
	}
	return xs
}

// trigger is the lexicon's entry for the word at i. A multi-word entry
// wins over the word's own: a verb with its particle or object ("beat
// up", "open fire"), a noun with its compound or adjective ("hunger
// strike", "general strike").
func (l *Lexicon) trigger(t *tree, i int) (Trigger, bool) {
	w := t.w(i)
	word := strings.ToLower(w.Lemma)
	if w.UPOS == "ADJ" && l.lemmas != nil {
		if _, _, ok := verbAsModifier(t, i); ok {
			w.UPOS, word = "VERB", strings.ToLower(l.lemmas.Lemma(w.Form, "VERB", "VBD"))
		}
	}
	word = l.americanSpelling(word)
	switch w.UPOS {
	case "VERB":
		if code := characterization(t, i, word); code != "" {
			return Trigger{Code: code}, true // "called the move regrettable", "described the sale as a violation"
		}
		if ultimatum(t, i, word) {
			return Trigger{Code: "100"}, true // "has given Ukraine until Thursday to accept the plan": a demand with a deadline
		}
		if h := t.Head(i); h >= 0 && t.Rel(i) == "xcomp" && w.XPOS == "VBG" && t.w(h).UPOS == "VERB" {
			if _, ok := l.verbs[t.lemma(h)+" "+strings.ToLower(w.Form)]; ok {
				return Trigger{}, false // "stop firing": the gerund is the stopping's, no firing
			}
		}
		if i+1 < len(t.Sentence.Words) && t.Rel(i+1) == "case" && t.w(i+1).UPOS == "ADP" {
			// "was sworn in on Thursday": the particle parsed as the
			// preposition of the phrase after it.
			if tr, ok := l.verbs[word+" "+t.lemma(i+1)]; ok {
				if otherSense, ok := verbSenses[word+" "+t.lemma(i+1)]; !ok || !otherSense(l, t, i) {
					return tr, true
				}
			}
			if l.none[word+" "+t.lemma(i+1)] {
				return Trigger{}, false
			}
		}
		for _, c := range t.ChildrenWith(i, "nsubj:pass") {
			if l.none[word+" "+t.lemma(c)] {
				return Trigger{}, false // "with voting cancelled in large parts of the country"
			}
		}
		if h := t.Head(i); h >= 0 && t.Rel(i) == "acl" && w.XPOS == "VBN" {
			// "war crimes committed by foreign powers": the noun the
			// participle is on (or the one that noun modifies: "crimes
			// against humanity committed by") is its object.
			if l.none[word+" "+t.lemma(h)] || t.Rel(h) == "nmod" && t.Head(h) >= 0 && l.none[word+" "+t.lemma(t.Head(h))] {
				return Trigger{}, false
			}
		}
		if h := t.Head(i); h >= 0 && h < i && t.w(i).Rel == "acl:relcl" && len(t.ChildrenWith(i, "obj")) == 0 && len(t.ChildrenWith(i, "nsubj")) > 0 {
			// "…, a charge Islamabad rejected": the noun the relative
			// clause is on is what its verb takes.
			if tr, ok := l.verbs[word+" "+t.lemma(h)]; ok {
				return tr, true
			}
		}
		withObjects := append(objects(t, i, "compound:prt", "obj", "advmod"), sharedObjects(t, i)...) // "fired back" parses "back" as an adverb
		for _, c := range t.ChildrenWith(i, "xcomp") {
			if t.w(c).UPOS == "NOUN" {
				withObjects = append(withObjects, c) // "declared a Russian diplomat persona non grata"
			}
		}
		for _, c := range withObjects {
			if tr, ok := l.verbs[word+" "+t.lemma(c)]; ok {
				if t.lemma(c) == "custody" && custodyOfFreed(t, c) {
					return Trigger{}, false // "the Red Cross had taken custody of the hostages": handed over, not arrested
				}
				return tr, true
			}
			if l.none[word+" "+t.lemma(c)] && !heldPositions(t, c) {
				return Trigger{}, false // "give up"
			}
		}
		// "was placed under house arrest", "took him into custody": the
		// state one is put in names the act.
		if tr, ok := l.heldIn(t, i, word); ok {
			return tr, true
		}
		for _, c := range objects(t, i, "obj") {
			if !counts[t.lemma(c)] {
				continue
			}
			for _, n := range t.ChildrenWith(c, "nmod") {
				if tr, ok := l.verbs[word+" "+t.lemma(n)]; ok && t.caseOf(n) == "of" {
					return tr, true // "fired dozens of rockets": what there are dozens of
				}
			}
		}
		for _, c := range objects(t, i, "obj") {
			if batches[t.lemma(c)] && l.verbs[word].Code == "129" {
				continue // "blocks EU aid package": a package vetoed, no aid convoy stopped
			}
			for _, m := range t.ChildrenWith(c, "compound") {
				if tr, ok := l.verbs[word+" "+t.lemma(m)]; ok && t.w(c).UPOS == "NOUN" && t.w(m).UPOS == "NOUN" {
					return tr, true // "suspended some foreign aid programmes"
				}
			}
		}
		// "sends $400 million in weapons": what a sum is in names the
		// goods.
		if slices.ContainsFunc(t.Children(i), func(o int) bool { return t.Rel(o) == "obj" && (t.w(o).XPOS == "$" || t.w(o).UPOS == "NUM") }) {
			for _, c := range t.ChildrenWith(i, "obl") {
				if tr, ok := l.verbs[word+" "+t.lemma(c)]; ok && t.caseOf(c) == "in" {
					return tr, true
				}
			}
		}
		// "presented Hamas with a new proposal", "supplied Kyiv with
		// missiles": with an object who is given, what it is given with
		// names the act.
		if len(t.ChildrenWith(i, "obj")) > 0 {
			for _, c := range t.ChildrenWith(i, "obl") {
				if tr, ok := l.verbs[word+" "+t.lemma(c)]; ok && t.caseOf(c) == "with" {
					return tr, true
				}
			}
		}
		for _, c := range t.ChildrenWith(i, "xcomp") {
			if l.none[word+" "+t.lemma(c)] {
				return Trigger{}, false // "declined to comment"
			}
			if tr, ok := l.verbs[word+" "+strings.ToLower(t.w(c).Form)]; ok && t.w(c).XPOS == "VBG" {
				return tr, true // "stop fighting", the gerund as the noun it names
			}
		}
		if len(patients(t, i)) == 0 {
			for _, c := range t.ChildrenWith(i, "obl") {
				if l.none[word+" "+t.caseOf(c)] && t.FirstWord(c) == i+1 {
					return Trigger{}, false // "seized on the issue"; not "pulled out of the accord in 2018"
				}
				if t.caseOf(c) == "from" && l.none[word+" "+t.lemma(c)] {
					return Trigger{}, false // "withdrew from a tri-nation series": what one leaves, as an object
				}
			}
		}
		if objs, ok := l.only[word]; ok && !hasObject(t, i, objs) && !sharedObject(t, i, objs) && !l.deniedDeed(t, i, word) {
			return Trigger{}, false // "cut a check", "lift him into contention"
		}
		if otherSense, ok := verbSenses[word]; ok && otherSense(l, t, i) {
			return Trigger{}, false
		}
		if word == "retaliate" && l.retaliatesBy(t, i) {
			// "Russia ordered two Estonian diplomats to leave, retaliating
			// for Tallinn's expulsion of …": the order is the retaliation,
			// no other blow.
			return Trigger{}, false
		}
		if h := t.Head(i); h >= 0 && t.Rel(i) == "acl" && infinitive(t, i) && rightNouns[t.lemma(h)] && !claimedRight(t, h) {
			return Trigger{}, false // "respect the right to protest": a right, no act
		}
		tr, ok := l.verbs[word]
		return tr, ok
	case "NOUN":
		for _, c := range t.ChildrenWith(i, "compound", "amod") {
			if tr, ok := l.nouns[t.lemma(c)+" "+word]; ok {
				return tr, true
			}
			if (t.Rel(c) == "compound" || t.w(c).XPOS == "JJ") && l.none[t.lemma(c)+" "+word] {
				return Trigger{}, false // "heart attack", "a big deal"; not "striking deals", whose verb the tagger took for a modifier
			}
		}
		if h := t.Head(i); h >= 0 && t.Rel(i) == "compound" && l.none[word+" "+t.lemma(h)] {
			return Trigger{}, false // "attack ads"
		}
		if h := t.Head(i); word == "strike" && t.caseOf(i) == "on" && (h >= 0 && t.w(h).UPOS == "VERB" || len(t.ChildrenWith(i, "cop")) > 0) && len(t.ChildrenWith(i, "det")) == 0 {
			if tr, ok := l.nouns["general strike"]; ok {
				return tr, true // "went on strike", "are on strike": a strike of workers, no blow
			}
		}
		// "rejected calls for a new vote", with the phrase hung on the
		// verb: the preposition right after the noun; also the "for" of
		// "calls for Rajoelina to resign", the infinitive's mark.
		if i+1 < len(t.Sentence.Words) && (t.Rel(i+1) == "case" || t.Rel(i+1) == "mark") {
			if tr, ok := l.nouns[word+" "+t.lemma(i+1)]; ok {
				return tr, true
			}
		}
		if word == "call" && callToAct(t, i) {
			if tr, ok := l.nouns["call for"]; ok {
				return tr, true // "rejected calls from Washington and Seoul to resume talks": an appeal, no phone call
			}
		}
		// "Trump's call for a ban": the noun with the preposition of its
		// phrase; "the closure of Russia's consulate": with what its "of"
		// phrase names.
		for _, c := range t.ChildrenWith(i, "nmod") {
			if tr, ok := l.nouns[word+" "+t.caseOf(c)]; ok {
				return tr, true
			}
			if tr, ok := l.nouns[word+" of "+t.lemma(c)]; ok && t.caseOf(c) == "of" {
				return tr, true
			}
		}
		if otherSense, ok := nounSenses[word]; ok && otherSense(l, t, i) {
			return Trigger{}, false
		}
		if t.caseOf(i) == "accord" {
			return Trigger{}, false // "according to a joint statement": who reports, not what was done
		}
		if duringTheEvent(t, i) {
			return Trigger{}, false
		}
		tr, ok := l.nouns[word]
		if o := t.Head(i); ok && o >= 0 && t.Rel(i) == "compound" && t.Rel(o) == "obj" && effortNouns[t.lemma(o)] && t.Head(o) >= 0 {
			// "will stop its mediation efforts": the efforts' verb halts
			// the mediation.
			if v, both := l.verbs[t.lemma(t.Head(o))+" "+word]; both && (v.Code == "164" || v.Code == "165") && len(tr.Code) >= 2 && tr.Code[:2] == "04" {
				return Trigger{}, false
			}
		}
		if h := t.Head(i); ok && h >= 0 && (t.Rel(i) == "obj" || t.Rel(i) == "obl" && t.caseOf(i) == "with" && len(t.ChildrenWith(h, "obj")) > 0) && t.w(h).UPOS == "VERB" {
			// "threatened sanctions", "filed a complaint", "presented
			// Hamas with a proposal": the verb's event ("threaten
			// sanction", "file complaint") is the noun's,
			// threatened or done; "halted the attacks" halts attacks that
			// were made.
			// So is the mediation or the talks a halting verb halts
			// ("suspended its mediation": 165, not also 045).
			if v, both := l.verbs[t.lemma(h)+" "+word]; both && len(v.Code) >= 2 && len(tr.Code) >= 2 &&
				(v.Code[:2] == "13" || v.Code[:2] == tr.Code[:2] || (v.Code == "164" || v.Code == "165") && tr.Code[:2] == "04") {
				return Trigger{}, false
			}
		}
		return tr, ok
	}
	return Trigger{}, false
}

// effortNouns are the nouns of work on an event named by their compound
// ("mediation efforts", "negotiation process").
var effortNouns = set(`effort efforts process role work`)

// callToAct: the noun "call" at i asks for an act its infinitive names,
// on the noun or, as the parse may hang it, on the verb right after the
// noun's phrase ("rejected calls from Washington and Seoul to resume
// talks").
func callToAct(t *tree, i int) bool {
	if slices.ContainsFunc(t.ChildrenWith(i, "compound"), func(c int) bool { return t.lemma(c) != "mounting" }) || slices.ContainsFunc(t.ChildrenWith(i, "nmod"), func(n int) bool { return t.caseOf(n) == "with" }) {
		return false // "held a three-hour conference call to defend Valeant", "arranging calls with both Sanders and Clinton to discuss the race"
	}
	if slices.ContainsFunc(t.ChildrenWith(i, "acl"), func(c int) bool { return infinitive(t, c) }) {
		return true
	}
	// "announced its dissolution after a call by its jailed leader": a
	// call made by someone, with no one it is with or to, appeals.
	// (Not one someone is "on": "was joined on the call by Hogue".)
	if t.caseOf(i) != "on" && slices.ContainsFunc(t.ChildrenWith(i, "nmod"), func(n int) bool { return t.caseOf(n) == "by" }) &&
		!slices.ContainsFunc(t.ChildrenWith(i, "nmod"), func(n int) bool { c := t.caseOf(n); return c == "to" || c == "between" }) {
		return true
	}
	h := t.Head(i)
	if h < 0 || t.Rel(i) != "obj" && t.Rel(i) != "nsubj" && t.w(i).Rel != "nsubj:pass" {
		return false
	}
	next := t.LastWord(i) + 1
	return slices.ContainsFunc(t.ChildrenWith(h, "advcl", "xcomp"), func(c int) bool { return infinitive(t, c) && t.FirstWord(c) == next })
}

// rightNouns are what one may do, not what is done: "the right to
// protest", "freedom to assemble".
var rightNouns = set(`right freedom liberty`)

// claimedRight: the right at h is one a side claims to have ("Israel has
// the right to strike Hezbollah", "the company reserved the right to
// reject any listing"), whose act is possible (hypothetical), not a
// right in general.
func claimedRight(t *tree, h int) bool {
	v := t.Head(h)
	return v >= 0 && t.Rel(h) == "obj" && rightHolders[t.lemma(v)] && len(t.ChildrenWith(v, "nsubj")) > 0
}

// rightHolders have a right as their own.
var rightHolders = set(`have reserve retain`)

// duringTheEvent: the noun at i is "the" event a "during" phrase times
// the clause by ("Poland scrambled fighter jets to protect its airspace
// during the attack"): one told of before, whose sides the clause's
// subject is not; it names none of its own.
func duringTheEvent(t *tree, i int) bool {
	if t.caseOf(i) != "during" || !slices.ContainsFunc(t.ChildrenWith(i, "det"), func(d int) bool { return t.lemma(d) == "the" }) {
		return false
	}
	return len(t.ChildrenWith(i, "nmod:poss", "compound", "amod", "nmod")) == 0
}

// namedWithModifier: the noun at i is an event by an entry of two words
// with its compound or adjective ("military exercises"), which needs no
// target where the noun alone ("exercises") does.
func (l *Lexicon) namedWithModifier(t *tree, i int) bool {
	if t.w(i).UPOS != "NOUN" {
		return false
	}
	return slices.ContainsFunc(t.ChildrenWith(i, "compound", "amod"), func(c int) bool {
		_, ok := l.nouns[t.lemma(c)+" "+t.lemma(i)]
		return ok
	})
}

// britishEndings are British spellings' endings with their American
// ones, which the lexicon is written in.
var britishEndings = [][2]string{{"isation", "ization"}, {"ise", "ize"}, {"yse", "yze"}, {"ence", "ense"}, {"our", "or"}}

// americanSpelling is the lexicon's spelling of a lemma it lacks in
// British spelling ("criticise", "mobilise", "normalisation"), or the
// lemma. Only a lemma the lexicon lacks is respelled, and only to one it
// has: "promise" and "rise" stay as they are.
func (l *Lexicon) americanSpelling(lemma string) string {
	for _, e := range britishEndings {
		// The ending first: most lemmas have none, and the lexicon is
		// asked only for those that do.
		if stem, ok := strings.CutSuffix(lemma, e[0]); ok && len(stem) > 2 && !l.known(lemma) {
			if us := stem + e[1]; l.known(us) {
				return us
			}
		}
	}
	return lemma
}

// known: the lexicon has the lemma as a verb or a noun.
func (l *Lexicon) known(lemma string) bool {
	_, v := l.verbs[lemma]
	_, n := l.nouns[lemma]
	return v || n
}

// munitions are what air defences shoot down without attacking a side.
var munitions = set(`missile drone rocket projectile shell balloon uav bomb mortar`)

// interceptsMunitions: "shoot" at i is shooting down munitions no side
// is named for ("shot down 81 of the 93 missiles and 80 drones"),
// counted or not.
func interceptsMunitions(l *Lexicon, t *tree, i int) bool {
	if i+1 >= len(t.Sentence.Words) || t.lemma(i+1) != "down" {
		return false
	}
	for _, o := range t.ChildrenWith(i, "obj", "obl") { // "down 81" may be parsed as a phrase
		heads := append([]int{o}, conjuncts(t, o)...)
		for _, n := range t.ChildrenWith(o, "nmod") {
			if t.caseOf(n) == "of" {
				heads = append(heads, conjuncts(t, n)...) // "81 of the 93 missiles"
			}
		}
		// Not those named as a side's ("shot down 41 Ukrainian drones"):
		// an engagement with that side.
		if slices.ContainsFunc(heads, func(h int) bool { return munitions[t.lemma(h)] && !l.hasDemonym(t, h) }) {
			return true
		}
	}
	return false
}

// verbSenses and nounSenses tell, for trigger words with more than one
// sense, whether the word at i is used in a sense that is no event.
var (
	verbSenses = map[string]func(l *Lexicon, t *tree, i int) bool{
		// Protest verbs with an object or complement: "demonstrated the
		// temperament", "demonstrated that ...", "rallied supporters",
		// "marched troops".
		"demonstrate": marching, "rally": marching, "march": marching,
		"call": func(_ *Lexicon, t *tree, i int) bool { return naming(t, i) },        // "calling it absurd"
		"meet": (*Lexicon).metWithThing,                                              // "met with fierce opposition", "meet the target"
		"talk": func(_ *Lexicon, t *tree, i int) bool { return !talksWith(t, i) },    // "talking about the issues"
		"hit":  func(l *Lexicon, t *tree, i int) bool { return !l.weaponHits(t, i) }, // "hit a record", "hit back at critics"
		"target": func(l *Lexicon, t *tree, i int) bool { // "the ads target young voters"
			return !l.weaponHits(t, i) && !l.armedTarget(t, i) || sanctionsTarget(t, i)
		},
		"speak": func(_ *Lexicon, t *tree, i int) bool { // "speak the language of partnership"
			return slices.ContainsFunc(t.ChildrenWith(i, "obj"), func(o int) bool { return t.caseOf(o) == "" })
		},
		"ask": func(_ *Lexicon, t *tree, i int) bool { return !asksFor(t, i) }, // "asked Clinton if": a question
		// "pulled its troops from Syria", "pulled back", "pulled out of
		// NATO" withdraw; "pulled nearly even with Mrs. Clinton in many
		// polls", "pulled the plug" do not.
		"pull": func(_ *Lexicon, t *tree, i int) bool {
			return !slices.ContainsFunc(t.Children(i), func(c int) bool {
				l := t.lemma(c)
				return (t.w(c).Rel == "compound:prt" || t.Rel(c) == "advmod") && (l == "out" || l == "back") && pullsTroops(t, i) ||
					t.Rel(c) == "obl" && (t.caseOf(c) == "from" || t.caseOf(c) == "out")
			})
		},
		// "agreed to receive Venezuelan nationals deported from the
		// United States": people taken in, no visitor received.
		"receive": func(_ *Lexicon, t *tree, i int) bool {
			return slices.ContainsFunc(t.ChildrenWith(i, "obj"), func(o int) bool { return t.w(o).UPOS == "NOUN" && receivedPeople[t.lemma(o)] })
		},
		// "tried to destroy democracy", "destroyed his credibility": no
		// property damaged. WordNet's first sense of the object is a
		// thought, a quality, a state, a feeling, a relation or an act.
		"destroy": func(l *Lexicon, t *tree, i int) bool {
			objs := objects(t, i, "obj")
			return l.lemmas != nil && len(objs) > 0 && !slices.ContainsFunc(objs, func(o int) bool {
				return t.w(o).UPOS != "NOUN" || isActorWord(t, o) || !abstractFiles[l.lemmas.FirstLexFile(t.lemma(o), false)]
			})
		},
		// "declared a state of emergency", "declared a ceasefire": the
		// event is what is declared (declare is light for it), no mere
		// statement.
		"declare": func(l *Lexicon, t *tree, i int) bool {
			return slices.ContainsFunc(objects(t, i, "obj"), func(o int) bool {
				if _, event := l.nouns[t.lemma(o)]; event && t.w(o).UPOS == "NOUN" {
					return true
				}
				return slices.ContainsFunc(t.ChildrenWith(o, "nmod"), func(n int) bool {
					_, event := l.nouns[t.lemma(o)+" of "+t.lemma(n)]
					return event && t.caseOf(n) == "of"
				})
			})
		},
		// "turned to Russia for security assistance" is an appeal;
		// "turned to violence", "turned to the economy" are not.
		"turn to":   func(_ *Lexicon, t *tree, i int) bool { return !forPhrase(t, i) },
		"look to":   func(_ *Lexicon, t *tree, i int) bool { return !forPhrase(t, i) },
		"designate": func(_ *Lexicon, t *tree, i int) bool { return !designatedTerrorist(t, i) }, // "designated a successor"
		// "shot down 81 of the 93 missiles": air defence, no attack on a
		// side; "shot down a Russian jet" is one.
		"shoot": interceptsMunitions,
		// "retake their final exams", "recapture her momentum": no
		// place or thing an armed side holds.
		"retake": (*Lexicon).takesNoGround, "recapture": (*Lexicon).takesNoGround,
		// "the test was intended to show displeasure": a purpose, no
		// one's intent to act.
		"intend": func(_ *Lexicon, t *tree, i int) bool {
			return len(t.ChildrenWith(i, "aux:pass", "nsubj:pass")) > 0 || t.w(i).XPOS == "VBN" && len(t.ChildrenWith(i, "nsubj", "aux")) == 0
		},
		// "recalled sitting in on focus groups": remembering, unless an
		// envoy is recalled.
		"recall": func(l *Lexicon, t *tree, i int) bool { return !l.personObject(t, i) },
		// "sought to calm his supporters": trying, not asking anyone.
		"seek": func(_ *Lexicon, t *tree, i int) bool {
			return slices.ContainsFunc(t.ChildrenWith(i, "xcomp"), func(x int) bool { return infinitive(t, x) })
		},
		// "returned to the stage": nothing given back (what is given back
		// in words, verbs.tsv's none lines).
		"return": func(_ *Lexicon, t *tree, i int) bool { return len(patients(t, i)) == 0 },
		// "warned residents to evacuate": people leaving, no one
		// evacuated by anyone.
		"evacuate": func(_ *Lexicon, t *tree, i int) bool { return len(patients(t, i)) == 0 },
		// "I was struck that", "most striking": no blow (struck notes and
		// laws struck down, verbs.tsv's none lines).
		"strike": func(_ *Lexicon, t *tree, i int) bool {
			return degree(t, i) ||
				len(t.ChildrenWith(i, "aux:pass")) > 0 && len(t.ChildrenWith(i, "ccomp", "obl")) > 0 && len(t.ChildrenWith(i, "obj")) == 0
		},
		// "fighting discrimination", "fight poverty": a cause, no enemy.
		"fight": (*Lexicon).fightsCause,
		// "recognized the need to reshape his persona", "recognizes
		// that voters are angry": no diplomatic recognition, which is of
		// a state, a government or its independence.
		"recognize": func(l *Lexicon, t *tree, i int) bool {
			for _, o := range patients(t, i) {
				if w := t.w(o); w.UPOS == "PROPN" || isActorWord(t, o) || recognizedWords[t.lemma(o)] || l.hasDemonym(t, o) {
					return false
				}
			}
			return true
		},
		// "engaged in personal attacks", "voters are engaged": no
		// consultation, which is engaging with someone or in talks
		// ("has not engaged in any direct communication with the United
		// States").
		"engage": func(l *Lexicon, t *tree, i int) bool {
			for _, o := range t.ChildrenWith(i, "obl", "obj", "advcl", "xcomp") {
				switch c := t.caseOf(o); {
				case c == "with" || (c == "in" || c == "") && (consultWords[t.lemma(o)] || consultWords[t.lemma(o)+"ing"]):
					return false
				case t.w(o).UPOS == "PROPN" || t.Rel(o) == "obj" && (personForms[strings.ToLower(t.w(o).Form)] ||
					l.personLemma(t, o)):
					return false // "not engage them", "to engage either man", "to engage in Libya"
				}
			}
			return true
		},
		// "given that four justices were old": a condition, nothing
		// given.
		"give": func(_ *Lexicon, t *tree, i int) bool {
			return len(t.ChildrenWith(i, "obj", "iobj")) == 0 && slices.ContainsFunc(t.ChildrenWith(i, "ccomp", "advcl"), func(x int) bool {
				return hasMark(t, x, "that")
			})
		},
		// "helped found the group", "helped write the bill": a hand in
		// an outcome, no aid to anyone; unless what is helped is giving
		// ("agree to help pay for it", "help rebuild the country").
		"help": func(_ *Lexicon, t *tree, i int) bool {
			return len(t.ChildrenWith(i, "obj", "iobj")) == 0 && slices.ContainsFunc(t.ChildrenWith(i, "xcomp", "ccomp"), func(x int) bool {
				return t.w(x).UPOS == "VERB" && !aidVerbs[t.lemma(x)]
			})
		},
	}
	nounSenses = map[string]func(l *Lexicon, t *tree, i int) bool{
		// "Anyone who talks about dividing people is a threat to the
		// country", "the threat of terrorism": a danger, no threat made.
		"threat": func(_ *Lexicon, t *tree, i int) bool {
			if len(t.ChildrenWith(i, "cop")) > 0 {
				return true
			}
			if h := t.Head(i); h >= 0 && t.lemma(h) == "pose" {
				return true // "depots that posed a threat to Israeli civilians": a danger
			}
			// "should view each other as partners … rather than adversaries
			// or threats", "regarded as a threat": what one is seen as.
			if t.caseOf(firstConjunct(t, i)) == "as" {
				return true
			}
			for _, n := range t.ChildrenWith(i, "nmod") {
				if t.caseOf(n) == "of" && strings.HasPrefix(t.lemma(n), "terror") {
					return true
				}
			}
			return false
		},
		"rally":   (*Lexicon).campaignRally,
		"talk":    func(l *Lexicon, t *tree, i int) bool { return t.w(i).XPOS == "NN" || keptOrBroken(l, t, i) }, // "empty talk": speech, not talks; "suspended talks": the halt
		"appeal":  func(_ *Lexicon, t *tree, i int) bool { return !appealMade(t, i) },                            // "Sanders' appeal among millennials"
		"support": func(_ *Lexicon, t *tree, i int) bool { return electoralShare(t, i) },                         // "20 percent support", "support among women"
		// "said in a statement", "In a statement, the ministry warned": the
		// medium of the verb's act, not a statement besides it.
		"statement": func(_ *Lexicon, t *tree, i int) bool {
			h := t.Head(i)
			return t.caseOf(i) == "in" && h >= 0 && t.w(h).UPOS == "VERB"
		},
		// "trying to evade its commitments", "keeping his promise": an
		// undertaking given before, kept or broken, not one given now.
		"commitment": keptOrBroken, "promise": keptOrBroken, "pledge": keptOrBroken, "vow": keptOrBroken,
		"agreement": keptOrEnded, "deal": keptOrEnded, "accord": keptOrEnded, "treaty": keptOrEnded, "pact": keptOrEnded, // "suspended the peace agreement"
		"ceasefire": brokenTruce, "truce": brokenTruce, "armistice": brokenTruce,
		"negotiation": keptOrBroken, "dialogue": keptOrBroken, // "would suspend negotiations on joining the European Union": the halt
		"tariff": relievedFrom, "sanction": relievedFrom, "embargo": relievedFrom,
		"consultation": calledHomeFor,
		"aid":          restrictedAid, "assistance": restrictedAid,
	}
)

// restrictedAid: the aid at i is what a restriction holds back ("criticised
// restrictions on aid deliveries", "the blockade of aid to Gaza"): the
// restriction is the event, if any, not aid given.
func restrictedAid(_ *Lexicon, t *tree, i int) bool {
	for h, up := i, 0; h >= 0 && up < 3; h, up = t.Head(h), up+1 {
		if up > 0 && restrictions[t.lemma(h)] {
			return true
		}
		if r := t.Rel(h); r != "compound" && r != "nmod" && r != "amod" || h != i && t.w(h).UPOS != "NOUN" {
			return false
		}
	}
	return false
}

// restrictions are the nouns of holding something back.
var restrictions = set(`restriction limit curb blockade ban block obstruction halt suspension cut cutoff denial`)

// calledHomeFor: the noun at i is what an envoy is recalled or summoned
// for ("Brazil recalled its ambassador to Israel for consultations"):
// the recall's reason, talks at home, not a consultation with the other
// side. The parse may hang the phrase on the envoy's post ("recalled its
// ambassador to the United States for consultations", with
// "consultations" on "States").
func calledHomeFor(_ *Lexicon, t *tree, i int) bool {
	if t.caseOf(i) != "for" {
		return false
	}
	for h, up := t.Head(i), 0; h >= 0 && up < 3; h, up = t.Head(h), up+1 {
		if t.lemma(h) == "recall" || t.lemma(h) == "summon" {
			return true
		}
		if t.w(h).UPOS != "NOUN" && t.w(h).UPOS != "PROPN" {
			return false
		}
	}
	return false
}

// retaliatesBy: "retaliate" at i is a participle that says why the act
// of the verb it hangs on was done, an act the lexicon codes itself (or
// a command it codes with its infinitive).
func (l *Lexicon) retaliatesBy(t *tree, i int) bool {
	w := t.w(i)
	if w.Rel != "advcl" || w.XPOS != "VBG" || len(t.ChildrenWith(i, "nsubj")) > 0 || w.Head == 0 {
		return false
	}
	_, acts := l.trigger(t, w.Head-1)
	return acts || l.commands[t.lemma(w.Head-1)].Code != "" // "ordered them to leave"
}

// relievedFrom: the measure at i names what a relief, waiver or cut
// takes away ("offered China tariff relief", "a sanctions waiver", "a
// reduction of tariffs"); that noun is the event, if any, not the
// measure. (An exemption from sanctions leaves them in force for
// others: "secured a one-year exemption from U.S. sanctions on Russian
// oil".)
func relievedFrom(_ *Lexicon, t *tree, i int) bool {
	h := t.Head(i)
	if h < 0 || !reliefNouns[t.lemma(h)] {
		return false
	}
	return t.Rel(i) == "compound" || t.Rel(i) == "nmod" && t.caseOf(i) == "of"
}

// reliefNouns take a measure away.
var reliefNouns = set(`relief waiver exemption exclusion cut reduction removal lifting easing rollback suspension repeal truce pause`)

// keptOrBroken: the noun at i is the object of a verb of keeping or
// breaking an undertaking, unless a clause on it gives it ("meet the
// pledge he offered in Paris").
func keptOrBroken(l *Lexicon, t *tree, i int) bool {
	h := t.Head(i)
	if h >= 0 && leavers[t.lemma(h)] && (t.Rel(i) == "obj" || (t.Rel(i) == "obl" || t.Rel(i) == "nmod") && (t.caseOf(i) == "from" || t.caseOf(i) == "of" || t.caseOf(i) == "out")) {
		return true // "withdrew from the grain deal", "pulled out of the accord", "quit the pact": left, not signed
	}
	if h < 0 || t.Rel(i) != "obj" || !keepers[t.lemma(h)] {
		return false
	}
	return !slices.ContainsFunc(t.ChildrenWith(i, "acl:relcl", "acl"), func(r int) bool { return l.light[t.lemma(r)] })
}

// keptOrEnded: the agreement at i is kept or broken, or ended ("Iran
// ends cooperation deal with UN nuclear watchdog"), which the verb codes
// (160); no agreement is signed.
func keptOrEnded(l *Lexicon, t *tree, i int) bool {
	h := t.Head(i)
	return keptOrBroken(l, t, i) || h >= 0 && t.Rel(i) == "obj" && agreementEnders[t.lemma(h)]
}

// agreementEnders end an agreement.
var agreementEnders = set(`end terminate scrap annul revoke cancel renounce`)

// brokenTruce: the truce at i is the object of a verb that breaks it
// ("accused each other of violating the ceasefire"), which is the event
// (196); what is kept or respected stays a truce's.
func brokenTruce(_ *Lexicon, t *tree, i int) bool {
	h := t.Head(i)
	return h >= 0 && (t.Rel(i) == "obj" || t.w(i).Rel == "nsubj:pass") && truceBreakers[t.lemma(h)]
}

// truceBreakers break a truce.
var truceBreakers = set(`violate breach break`)

// abstractFiles are WordNet's noun files of no thing, place or people:
// acts, attributes, cognition, communication, feelings, motives,
// relations and states.
var abstractFiles = map[int]bool{4: true, 7: true, 9: true, 10: true, 12: true, 16: true, 24: true, 26: true}

// receivedPeople are the people a country receives, who are no visit.
var receivedPeople = set(`national citizen migrant immigrant refugee deportee returnee evacuee prisoner detainee captive hostage asylum-seeker seeker body remains`)

// leavers leave what was undertaken.
var leavers = set(`withdraw withdrawal exit quit leave pull pullout departure`)

// keepers keep or break what was undertaken: "suspended the peace
// agreement" signs nothing, and "suspended talks" is the halt (164), not
// the talks.
var keepers = set(`keep honor honour fulfil fulfill meet respect uphold implement evade break violate breach abandon renege betray suspend`)

// consultWords are what one engages in to consult.
var consultWords = set(`talk dialogue negotiation discussion conversation diplomacy consultation communication contact meeting exchange bargaining negotiate bargain`)

// recognizedWords are what diplomatic recognition is of.
var recognizedWords = set(`independence sovereignty government regime state authority republic statehood annexation border country nation`)

// aidVerbs are what one helps do that is itself aid.
var aidVerbs = set(`pay fund finance provide supply rebuild feed equip train arm rescue evacuate shelter`)

// claims: the verb at i has a clause with a subject of its own and a
// finite verb, not modal ("suggested that Cuba would sue", but not "suggested
// that Iran should hold talks" nor "suggested hosting talks").
func claims(t *tree, i int) bool {
	for _, c := range t.ChildrenWith(i, "ccomp") {
		if len(t.ChildrenWith(c, "nsubj", "nsubj:pass", "expl")) == 0 {
			continue
		}
		modal := false
		for _, a := range t.ChildrenWith(c, "aux") {
			switch t.lemma(a) {
			case "should", "must", "ought", "shall":
				modal = true
			}
		}
		if !modal && !(t.w(c).XPOS == "VB" && len(t.ChildrenWith(c, "aux")) == 0) {
			return true // "suggested that Iran hold talks" is a subjunctive proposal
		}
	}
	return false
}

// degree: the word at i is graded like an adjective ("most striking").
func degree(t *tree, i int) bool {
	for _, a := range t.ChildrenWith(i, "advmod") {
		switch t.lemma(a) {
		case "most", "more", "less", "least", "very", "so", "too", "as":
			return true
		}
	}
	return false
}

// fightable are what is fought with arms that WordNet does not file
// under people: wars, battles, groups, forces, regimes.
var fightable = set(`war battle enemy group insurgency rebellion army force militia regime occupation invasion`)

// fightsCause: the verb "fight" at i has only objects that are neither
// people, places nor actors, nor terror or war ("fighting
// discrimination"), or with no object fights for something, about it or
// to do it ("fighting for equality", "will fight for every vote",
// "fighting to keep the tax").
func (l *Lexicon) fightsCause(t *tree, i int) bool {
	objs := objects(t, i, "obj")
	if len(objs) == 0 {
		if forceInSentence(t) ||
			slices.ContainsFunc(t.ChildrenWith(i, "xcomp", "advcl"), func(c int) bool { return forceVerbs[t.lemma(c)] }) {
			return false // "troops sent to fight for their country", "fight to destroy terrorist organizations"
		}
		for _, c := range t.ChildrenWith(i, "obl", "xcomp", "advcl") {
			if k := t.caseOf(c); (k == "for" || k == "about") && !l.placeOrActor(t, c) ||
				(t.Rel(c) == "xcomp" || t.Rel(c) == "advcl") && infinitive(t, c) {
				return true
			}
		}
		return false
	}
	if l.lemmas == nil {
		return false
	}
	for _, o := range objs {
		w := t.w(o)
		if w.UPOS != "NOUN" || isActorWord(t, o) || l.hasDemonym(t, o) || strings.HasPrefix(t.lemma(o), "terror") || fightable[t.lemma(o)] ||
			l.lemmas.LexFiles(t.lemma(o), false)&(people|locations) != 0 {
			return false
		}
	}
	return true
}

// things: the sources are things — common nouns for no person, group,
// body or actor, or "which" — that contribute to an outcome, no one who
// gives aid ("ads helped lift him", "which helped keep rates low").
func (l *Lexicon) things(t *tree, srcs []int, actorAt map[int]*document.Actor) bool {
	if len(srcs) == 0 || l.lemmas == nil {
		return false
	}
	for _, k := range srcs {
		w := t.w(k)
		switch {
		case w.UPOS == "PRON" && (t.lemma(k) == "which" || t.lemma(k) == "that"):
		case w.UPOS == "NOUN" && actorAt[w.Start] == nil && !isActorWord(t, k) && !l.hasDemonym(t, k) && !timeWord(t.lemma(k)) &&
			l.lemmas.LexFiles(t.lemma(k), false)&people == 0:
			// (Not a day the parse made the head: "Iran today threatened".)
		default:
			return false
		}
	}
	return true
}

// hasObject: an object of the verb at i, or the subject of its passive,
// has one of the lemmas.
func hasObject(t *tree, i int, lemmas map[string]bool) bool {
	ps := patients(t, i)
	if h := t.Head(i); len(ps) == 0 && t.w(i).Rel == "acl:relcl" && h >= 0 {
		ps = []int{h} // "the information he shared with his biographer"
	}
	for _, o := range ps {
		if lemmas[t.lemma(o)] || lemmas["<name>"] && namedMember(t, i, o) || titledAs(t, o, lemmas) {
			return true
		}
		// "all that information", "some of the data", "most of the
		// economic sanctions": a quantity of it.
		if u := t.w(o).UPOS; u == "DET" || u == "PRON" || u == "NUM" || shares[t.lemma(o)] {
			for _, n := range t.ChildrenWith(o, "nmod") {
				if lemmas[t.lemma(n)] {
					return true
				}
			}
		}
	}
	return false
}

// titledAs: the name at o carries a title among lemmas ("summoned
// Russian ambassador Oleg Ozerov").
func titledAs(t *tree, o int, lemmas map[string]bool) bool {
	return t.w(o).UPOS == "PROPN" && slices.ContainsFunc(t.ChildrenWith(o, "nmod:desc", "compound", "appos"), func(c int) bool { return lemmas[t.lemma(c)] })
}

// namedMember: the patient o of the verb at i is a name, a member acted
// on ("ECOWAS suspended Mali", "Mali was suspended from the bloc"), not a
// body of state ("the Senate had been suspended").
func namedMember(t *tree, i, o int) bool {
	if t.w(o).UPOS != "PROPN" || stateBodies[t.lemma(o)] {
		return false
	}
	return t.Rel(o) == "obj" || slices.ContainsFunc(t.ChildrenWith(i, "obl"), func(c int) bool { return t.caseOf(c) == "from" })
}

// stateBodies are the bodies of a state that may be suspended in it.
var stateBodies = set(`senate parliament congress assembly court council cabinet government legislature`)

// personLemma: WordNet files a sense of the word at k under people
// ("donor", "rival", "voter").
func (l *Lexicon) personLemma(t *tree, k int) bool {
	return l.lemmas != nil && l.lemmas.LexFiles(t.lemma(k), false)&personNouns != 0
}

// personObject: the verb at i has an object WordNet files under persons
// ("recalled its ambassador").
func (l *Lexicon) personObject(t *tree, i int) bool {
	for _, o := range objects(t, i, "obj") {
		if t.w(o).UPOS == "NOUN" && l.personLemma(t, o) {
			return true
		}
	}
	return false
}

func marching(_ *Lexicon, t *tree, i int) bool {
	return len(objects(t, i, "obj", "ccomp", "xcomp")) > 0
}

// metWithThing: the verb "meet" at i meets with a reaction, not with
// anyone ("have been met with fierce opposition", "met with
// skepticism"): its only side is a noun WordNet files under neither
// persons nor groups, and it has no object.
func (l *Lexicon) metWithThing(t *tree, i int) bool {
	if slices.ContainsFunc(t.ChildrenWith(i, "obj"), func(o int) bool { return metGoals[t.lemma(o)] }) {
		return true // "would not meet the target": a goal reached, no meeting
	}
	if l.lemmas == nil || len(t.ChildrenWith(i, "obj")) > 0 {
		return false
	}
	for _, o := range t.ChildrenWith(i, "obl") {
		if t.caseOf(o) == "with" && t.w(o).UPOS == "NOUN" && !isActorWord(t, o) && l.lemmas.LexFiles(t.lemma(o), false)&people == 0 {
			return true
		}
	}
	return false
}

// defendsAlly: the verb "defend" at i has a country or an ally for
// object, which one defends with arms, not words: "is obligated to
// defend the Philippines", "threatened not to defend allies".
func defendsAlly(t *tree, i int, actorAt map[int]*document.Actor) bool {
	if t.lemma(i) != "defend" {
		return false
	}
	for _, o := range t.ChildrenWith(i, "obj") {
		for _, c := range conjuncts(t, o) {
			if a := actorAt[t.w(c).Start]; a != nil && a.Kind == "country" || allies[t.lemma(c)] {
				return true
			}
		}
	}
	return false
}

var allies = set(`ally partner member neighbor neighbour`)

// metGoals are what one meets by reaching it, not by meeting anyone.
var metGoals = set(`target goal deadline demand need requirement criterion criteria obligation standard expectation threshold quota benchmark condition cost commitment challenge`)

// talksWith: the verb "talk" at i has a side to talk with or to, or
// coordinated subjects who talk to each other ("the leaders of the
// United States and Israel talked"); talking about something with no one
// named is speech.
func talksWith(t *tree, i int) bool {
	for _, o := range t.ChildrenWith(i, "obl") {
		if c := t.caseOf(o); c == "with" || c == "to" {
			return true
		}
	}
	for _, s := range t.ChildrenWith(i, "nsubj") {
		if len(t.ChildrenWith(s, "conj")) > 0 {
			return true
		}
		for _, n := range t.ChildrenWith(s, "nmod") {
			if len(t.ChildrenWith(n, "conj")) > 0 {
				return true // "the leaders of the United States and Israel"
			}
		}
	}
	return false
}

// paired: the verb at i and the word at o make a two-word entry of
// verbs.tsv ("use force", "deliver message").
func (l *Lexicon) paired(t *tree, i, o int) bool {
	_, ok := l.verbs[t.lemma(i)+" "+t.lemma(o)]
	return ok
}

// handedTo are the words of the "to" phrases of the verb at i: to whom
// it hands what it returns or releases.
func handedTo(t *tree, i int) []int {
	if t.w(i).UPOS != "VERB" {
		return nil
	}
	return phrasesOf(t, i, "to")
}

// ultimatum: the verb at i gives someone until a time to do something
// ("gave Hamas until Sunday to respond", "has given Ukraine until
// Thursday to accept the plan"): a demand with a deadline.
func ultimatum(t *tree, i int, lemma string) bool {
	if lemma != "give" || len(t.ChildrenWith(i, "obj", "iobj")) == 0 {
		return false
	}
	until := slices.ContainsFunc(t.ChildrenWith(i, "obl"), func(o int) bool { return t.caseOf(o) == "until" })
	return until && slices.ContainsFunc(t.ChildrenWith(i, "advcl", "xcomp", "acl"), func(x int) bool { return infinitive(t, x) })
}

// warrantOf is the warrant the event noun at i names ("arrest
// warrants"), or -1.
func warrantOf(t *tree, i int) int {
	if h := t.Head(i); h >= 0 && t.Rel(i) == "compound" && t.lemma(h) == "warrant" {
		return h
	}
	return -1
}

// byPhone: the consultation at i is held by telephone ("spoke with
// Netanyahu by phone", "talked over the phone").
func byPhone(t *tree, i int) bool {
	for _, o := range t.ChildrenWith(i, "obl") {
		if l := t.lemma(o); (l == "phone" || l == "telephone") && (t.caseOf(o) == "by" || t.caseOf(o) == "over") {
			return true
		}
	}
	return false
}

// carriedWords are what a messenger carries (verbs.tsv: "deliver
// message", "hand letter"): a consultation only with someone it is
// carried to.
var carriedWords = set(`message letter`)

// spokenWith: the target word k of "speak" at i is one the speaker
// consults, on an oblique of the verb with "with" or "to" (or what the
// parse made an object with that preposition): a person
// ("spoke with Comey", "spoke to Manafort"), or a country or body spoken
// with ("will be speaking with the campaign"). A body spoken to is an
// audience ("spoke to the Detroit Economic Club"), an outlet an
// interviewer ("speaking to CNN"), and one spoken along with a fellow
// speaker.
func spokenWith(t *tree, i, k int, actorAt map[int]*document.Actor) bool {
	a := actorAt[t.w(k).Start]
	prep := t.caseOf(k)
	if a == nil || t.Head(k) != i || t.Rel(k) != "obl" && t.Rel(k) != "obj" || prep != "with" && prep != "to" {
		return false
	}
	if first := t.FirstWord(k); first > 0 && (t.lemma(first-1) == "along" || t.lemma(first-1) == "together") {
		return false
	}
	return a.Kind == "person" || prep == "with" && (a.Kind == "country" || a.Kind == "organization")
}

// asksFor: the verb "ask" at i requests something — someone to act
// ("asked Sullivan to send"), a thing ("asked for the interview"), that
// something be done — rather than asks a question ("asked Clinton if",
// "asked about her views", "asked the crowd, “Can she stay?”").
func asksFor(t *tree, i int) bool {
	for _, x := range t.ChildrenWith(i, "xcomp", "advcl") {
		if infinitive(t, x) {
			return true
		}
	}
	for _, o := range t.ChildrenWith(i, "obl") {
		if t.caseOf(o) == "for" {
			return true
		}
	}
	for _, c := range t.ChildrenWith(i, "ccomp") {
		if hasMark(t, c, "that") {
			return true
		}
	}
	return false
}

// naming: the verb at i calls something by a name or a quality, with a
// predicate ("calling it absurd") or a second object ("called his actions
// a crucial step"), not for or on anyone.
func naming(t *tree, i int) bool {
	if h := t.Head(i); h >= 0 && t.w(i).Rel == "acl:relcl" && t.lemma(h) == "what" && len(t.ChildrenWith(i, "obj", "xcomp")) > 0 {
		return true // "struck what it called \"terrorist infrastructure\""
	}
	for _, x := range t.ChildrenWith(i, "xcomp") {
		if u := t.w(x).UPOS; u == "ADJ" || u == "NOUN" || u == "PROPN" {
			return true
		}
	}
	// "calling the troops \"heroes\"", parsed with the troops an iobj.
	objs := len(t.ChildrenWith(i, "obj"))
	return objs >= 2 || objs == 1 && len(t.ChildrenWith(i, "iobj")) == 1
}

// custodyOfFreed: the custody at c is of people being freed or
// returned ("took custody of the hostages", "of the remains"), which
// the Red Cross takes to hand them over.
func custodyOfFreed(t *tree, c int) bool {
	return slices.ContainsFunc(t.ChildrenWith(c, "nmod"), func(n int) bool {
		return t.caseOf(n) == "of" && freedPeople[t.lemma(n)]
	})
}

var freedPeople = set(`hostage captive remains body detainee prisoner`)

// inquiries look into what others did.
var inquiries = set(`investigation inquiry probe review examination`)

// summedActor is the subject of the clause that a noun summing it up
// stands for, when the verb at i judges that noun in a relative clause
// on it: "Japan expelled two Chinese diplomats, a move Beijing condemned
// as provocative" condemns Japan. Nil otherwise.
func summedActor(t *tree, i int) []int {
	h := t.Head(i)
	if h < 0 || t.w(i).Rel != "acl:relcl" || !summingNouns[t.lemma(h)] || len(t.ChildrenWith(i, "obj")) > 0 ||
		t.Rel(h) != "appos" && t.Rel(h) != "parataxis" {
		return nil
	}
	v := t.Head(h)
	if v < 0 || t.w(v).UPOS != "VERB" {
		return nil
	}
	if len(t.ChildrenWith(v, "nsubj")) == 0 {
		v = firstConjunct(t, v) // "said … and urged the opposition to join talks, an offer …"
	}
	var out []int
	for _, s := range t.ChildrenWith(v, "nsubj") {
		out = append(out, conjuncts(t, s)...)
	}
	return out
}

// zeroRelative: the clause at k is a relative clause with no relative
// word, on a noun it says something of ("an offer the opposition
// rejected", "the pledge he offered"), not a content clause a parse
// took for one ("the hope that superdelegates will defy the vote").
func zeroRelative(t *tree, k int) bool {
	return t.w(k).Rel == "acl:relcl" && !slices.ContainsFunc(t.Children(k), func(c int) bool {
		f := strings.ToLower(t.w(c).Form)
		return f == "that" || f == "which" || f == "who" || f == "whom"
	})
}

// summed: the word at i is a noun that sums up the clause before it and
// that a relative clause judges ("…, an offer the opposition rejected").
func summed(t *tree, i int) bool {
	return t.w(i).UPOS == "NOUN" && summingNouns[t.lemma(i)] && (t.Rel(i) == "parataxis" || t.Rel(i) == "appos") &&
		slices.ContainsFunc(t.Children(i), func(c int) bool { return t.w(c).Rel == "acl:relcl" })
}

// summingNouns sum up the clause before them: "…, a move Beijing
// condemned".
var summingNouns = set(`move step decision action measure offer proposal`)

// characterization is the code of what the verb at i says of something
// by calling it a name, when the name judges: criticism (111, "called the
// move regrettable", "described the sale as a serious violation", "branded
// the vote a sham") or praise (051, "called the talks constructive"); ""
// for a name that only names ("calling it Operation Midnight Hammer",
// "described the talks as lasting two hours").
func characterization(t *tree, i int, word string) string {
	if !namers[word] {
		return ""
	}
	var names []int
	for _, c := range t.Children(i) {
		switch r := t.Rel(c); {
		case r == "xcomp" && (t.w(c).UPOS == "ADJ" || t.w(c).UPOS == "NOUN"):
			names = append(names, conjuncts(t, c)...)
		case (r == "obl" || r == "advcl") && t.caseOf(c) == "as" || r == "advcl" && hasMark(t, c, "as"):
			names = append(names, conjuncts(t, c)...)
		case r == "obj":
			// "called the visit a provocation", parsed as two objects;
			// "described the sale as a violation", the phrase on the
			// object.
			if objs := t.ChildrenWith(i, "obj"); len(objs) >= 2 && c == objs[len(objs)-1] {
				names = append(names, conjuncts(t, c)...)
			}
			for _, m := range t.ChildrenWith(c, "nmod") {
				if t.caseOf(m) == "as" {
					names = append(names, conjuncts(t, m)...)
				}
			}
			// "called the resolution \"shameful\"", the quoted
			// adjective parsed as the object's modifier after it, and
			// "called the veto \"a disgrace\"", the name as its
			// apposition.
			for _, a := range t.ChildrenWith(c, "amod", "appos") {
				if a > c {
					names = append(names, conjuncts(t, a)...)
				}
			}
		}
	}
	for _, n := range names {
		l := t.lemma(n)
		if l == "act" { // "an act of war", "an act of aggression"
			for _, m := range t.ChildrenWith(n, "nmod") {
				if t.caseOf(m) == "of" && condemnations[t.lemma(m)] {
					return "111"
				}
			}
		}
		if condemnations[l] || slices.ContainsFunc(t.ChildrenWith(n, "amod"), func(a int) bool { return condemnations[t.lemma(a)] }) {
			return "111"
		}
		if commendations[l] {
			return "051"
		}
	}
	return ""
}

var (
	// namers call something by a name.
	namers = set(`call describe brand label term characterize characterise dub`)
	// condemnations are names that condemn what they name.
	condemnations = set(`regrettable unacceptable provocative provocation illegal illegitimate unlawful violation breach aggression
		aggressive irresponsible dangerous reckless outrageous absurd ridiculous shameful disgraceful hostile interference meddling
		blackmail terrorism terrorist criminal crime lie propaganda farce sham insult destabilizing unjustified baseless groundless
		unfounded false fabricated racist genocide invasion theft piracy war deplorable appalling abhorrent barbaric cowardly heinous
		unprovoked hypocritical hypocrisy disinformation nonsense hoax coup provocations violations crimes lies disgrace outrage
		scandal travesty mistake
		setback affront betrayal disgrace outrage travesty attack assault scandal atrocity murder
		abduction kidnapping kidnap hostage-taking persecution harassment intimidation`)
	// commendations are names that praise what they name.
	commendations = set(`constructive productive positive historic fruitful successful excellent encouraging breakthrough`)
)

// appealCall: the verb "call" at i appeals — calls for something or on
// someone, or to act ("called to reject Trump", "called on Grayson to
// quit") — rather than phones or names. The preposition is looked for in
// the words too, since parses of these sentences often lose it ("called
// Wednesday for Justice Ginsburg to resign").
func appealCall(t *tree, i int) bool {
	appealWord := func(k int) bool {
		w := t.lemma(k)
		return w == "for" || w == "on" || w == "upon"
	}
	for _, c := range t.Children(i) {
		if (t.Rel(c) == "xcomp" || t.Rel(c) == "advcl") && t.w(c).UPOS == "VERB" && infinitive(t, c) && !phoneErrands[t.lemma(c)] ||
			t.Rel(c) == "compound" && appealWord(c) {
			return true
		}
		if k := t.FirstWord(c); k > i && appealWord(k) && !timeWord(t.lemma(c)) && !monthWord(t.lemma(c)) && !dayPart(t, c) {
			return true // not "called Erdogan on Tuesday", "on Saturday afternoon"
		}
	}
	for k := i + 1; k < len(t.Sentence.Words) && k <= i+2; k++ {
		if appealWord(k) {
			return true
		}
		if w := t.w(k); w.UPOS != "ADV" && !timeWord(t.lemma(k)) {
			break
		}
	}
	return false
}

// phoneErrands are what one telephones someone to do oneself: "called
// Netanyahu to urge restraint", "to discuss the war", "to congratulate
// him" (one calls on others "to act", "to resign").
var phoneErrands = set(`urge discuss congratulate express offer convey thank reassure press brief inform update wish apologize
	apologise condole console`)

// callsSomeone: the verb "call" at i has a person or an actor for its
// object and nothing after it that names them: a phone call to them
// ("never called a donor", "Obama called both candidates Tuesday
// night"), not "calling him a liar", "called Rubio “Little Marco”",
// whose name or quality the parse may not hang on the verb.
func (l *Lexicon) callsSomeone(t *tree, i int, actorAt map[int]*document.Actor) bool {
	if t.Rel(i) == "acl" || len(t.ChildrenWith(i, "aux:pass")) > 0 {
		return false // "a website called Real News", "has been called a Republican Obama"
	}
	if slices.ContainsFunc(t.ChildrenWith(i, "xcomp"), func(x int) bool { return t.w(x).UPOS == "NOUN" || t.w(x).UPOS == "PROPN" }) {
		return false // "the shoal, which Beijing calls Huangyan Island"
	}
	for _, o := range t.ChildrenWith(i, "obj") {
		w := t.w(o)
		if !(actorAt[w.Start] != nil || personForms[strings.ToLower(w.Form)] || w.UPOS == "PROPN" ||
			w.UPOS == "NOUN" && l.personLemma(t, o)) {
			continue
		}
		phrase := t.Subtree(o, -1)
		if slices.ContainsFunc(phrase, func(k int) bool { return token.IsQuote(t.w(k).Form) }) {
			return false // "called Wall Street bankers “fat cats”", parsed as one phrase
		}
		next := slices.Max(phrase) + 1
		if next >= len(t.Sentence.Words) {
			return true
		}
		switch n := t.w(next); {
		case n.UPOS == "DET" || n.UPOS == "ADJ" || n.UPOS == "NOUN" || n.UPOS == "PROPN" || n.UPOS == "NUM":
			return timeWord(t.lemma(next)) // "called him Tuesday"
		case n.UPOS == "PUNCT" && token.IsQuote(n.Form):
			return false
		}
		return true
	}
	return false
}

// sharedObject: the verb at i has no object of its own, and the verb
// coordinated with it after it has one of the lemmas, or is aimed "at"
// one ("agreed to suspend or remove non-tariff countermeasures").
func sharedObject(t *tree, i int, lemmas map[string]bool) bool {
	if len(t.ChildrenWith(i, "obj")) > 0 {
		return false
	}
	return slices.ContainsFunc(t.ChildrenWith(i, "conj"), func(c int) bool {
		// Or what the verb after it is aimed at: "rammed and fired water
		// cannon at a Philippine supply boat".
		aimedAt := slices.ContainsFunc(t.ChildrenWith(c, "obl"), func(o int) bool { return t.caseOf(o) == "at" && lemmas[t.lemma(o)] })
		return c > i && t.w(c).UPOS == "VERB" && (hasObject(t, c, lemmas) || aimedAt)
	})
}

// sharedObjects are the objects of the verb conjoined after the verb at
// i, which has none of its own ("blocked and rammed Philippine boats"):
// they are its objects too.
func sharedObjects(t *tree, i int) []int {
	if len(t.ChildrenWith(i, "obj")) > 0 {
		return nil
	}
	for _, c := range t.ChildrenWith(i, "conj") {
		if c > i && t.w(c).UPOS == "VERB" && len(t.ChildrenWith(c, "nsubj")) == 0 {
			return t.ChildrenWith(c, "obj")
		}
	}
	return nil
}

// personForms are the object and possessive forms of the personal
// pronouns, which stand for people: "called him", "secured their
// release" (not "it", "its").
var personForms = set(`him her them me us you his their my our your`)

// appealMade: the noun "appeal" at i is a request, with what is asked
// for or whom it is made to ("an appeal for calm", "his appeal to the
// UN", "an appeal to stop"), not a politician's attraction.
func appealMade(t *tree, i int) bool {
	for _, c := range t.ChildrenWith(i, "nmod", "acl", "ccomp") {
		if r := t.Rel(c); r == "acl" || r == "ccomp" {
			return true
		}
		switch t.caseOf(c) {
		case "for", "to", "against":
			return true
		}
	}
	return false
}

// electoralShare: the noun "support" at i is a candidate's share of
// voters, not support given: it is counted ("20 percent support", "with
// support of 31 percent"), found among people ("support among black
// voters") or a base ("support base"), and given to no one ("for",
// "to", "behind").
func electoralShare(t *tree, i int) bool {
	share := false
	for _, c := range t.Children(i) {
		switch rel, word := t.Rel(c), t.lemma(c); {
		case rel == "nmod" && slices.Contains([]string{"for", "to", "behind"}, t.caseOf(c)):
			return false
		case rel == "acl" || rel == "ccomp":
			return false
		case rel == "nummod" || percentWord(t, c):
			share = true
		case rel == "nmod" && (t.caseOf(c) == "among" || t.caseOf(c) == "of" && word == "percent"):
			share = true
		}
	}
	if h := t.Head(i); h >= 0 && t.Rel(i) == "compound" && t.lemma(h) == "base" {
		share = true
	}
	if h := t.Head(i); !share && h >= 0 {
		switch t.Rel(i) {
		case "obj":
			share = shareLost[t.lemma(h)] // "sapping her support"
		case "nsubj":
			// "Trump's support has slipped", "his support is well below
			// 62 percent".
			share = shareMoves[t.lemma(h)] || percentWord(t, h) || slices.ContainsFunc(t.Children(h), func(c int) bool {
				return c != i && (percentWord(t, c) || slices.ContainsFunc(t.Children(c), func(g int) bool { return percentWord(t, g) }))
			})
		}
	}
	return share
}

// percentWord: the word at k is "percent" or "%".
func percentWord(t *tree, k int) bool { return t.lemma(k) == "percent" || t.lemma(k) == "%" }

// shareLost are verbs whose object "support" is a candidate's voters,
// and shareMoves verbs whose subject "support" is: it is sapped, split
// or lost, it grows, slips or holds.
var (
	shareLost  = set(`sap erode lose split siphon bleed consolidate broaden solidify`)
	shareMoves = set(`grow rise fall drop slip surge climb fade collapse soar decline plummet sink dip erode increase decrease shrink hold hover stall`)
)

// campaignRally reports whether the rally at i is a campaign event, not
// a protest: "a campaign rally", "his victory rally", "at her rally", "a
// Trump rally" (named for a politician the dictionary knows).
func (l *Lexicon) campaignRally(t *tree, i int) bool {
	for _, c := range t.ChildrenWith(i, "compound", "amod", "nmod:poss") {
		if f := t.w(c).Form; f != "" && f[0] >= 'A' && f[0] <= 'Z' && l.actors != nil && l.actors.PersonSurname(f) {
			return true
		}
		switch t.lemma(c) {
		case "campaign", "victory", "election", "electoral", "presidential", "primary", "political", "pep", "fundraising":
			return true
		}
		if t.w(c).UPOS == "PRON" {
			return true
		}
	}
	return false
}

// departures are the verbs of leaving a country, and diplomats whom a
// state orders to leave it.
var (
	departures = set(`leave depart quit exit`)
	diplomats  = set(`ambassador envoy diplomat attache consul emissary chargé`)
)

// command is the trigger of a verb that orders someone to act ("told
// them to sign"), when it has the infinitive complement that makes it one.
func (l *Lexicon) command(t *tree, i int) (Trigger, bool) {
	trig, ok := l.commands[t.lemma(i)]
	if !ok || t.w(i).UPOS != "VERB" {
		return Trigger{}, false
	}
	for _, x := range t.ChildrenWith(i, "xcomp") {
		if passiveComplement(t, x) {
			// "ordered Imamoglu to be jailed", "ordered him released":
			// the act ordered, done by whoever orders it to its object.
			return l.trigger(t, x)
		}
		if infinitive(t, x) {
			return l.expulsion(t, i, x, trig), true
		}
	}
	// "ordered former president Carlos Menem to appear", with the
	// infinitive parsed as an adverbial clause after the object.
	if len(t.ChildrenWith(i, "obj")) > 0 {
		for _, x := range t.ChildrenWith(i, "advcl") {
			if infinitive(t, x) && x > t.ChildrenWith(i, "obj")[0] {
				return l.expulsion(t, i, x, trig), true
			}
		}
	}
	return Trigger{}, false
}

// deadlineToLeave is the expulsion (166) of diplomats given a time to
// leave: "gave France's ambassador 72 hours to leave the country".
func (l *Lexicon) deadlineToLeave(t *tree, i int) (Trigger, bool) {
	if t.lemma(i) != "give" || t.w(i).UPOS != "VERB" || !slices.ContainsFunc(t.ChildrenWith(i, "iobj"), func(o int) bool { return diplomats[t.lemma(o)] }) {
		return Trigger{}, false
	}
	for _, o := range t.ChildrenWith(i, "obj") {
		if !timeSpan(t.lemma(o)) {
			continue
		}
		for _, x := range t.ChildrenWith(o, "acl") {
			if c, ok := l.codes["166"]; ok && departures[t.lemma(x)] && infinitive(t, x) {
				return Trigger{Code: c.Code}, true
			}
		}
	}
	return Trigger{}, false
}

// foreignTroops: the noun at o is troops another state's name or
// nationality marks ("ordered U.S. troops to leave the country", an
// expulsion as of diplomats), not troops with a possessor ("ordered its
// troops to leave Aleppo", a retreat).
func foreignTroops(t *tree, o int) bool {
	if !troopNouns[t.lemma(o)] || len(t.ChildrenWith(o, "nmod:poss")) > 0 {
		return false
	}
	return slices.ContainsFunc(t.ChildrenWith(o, "amod", "compound"), func(c int) bool {
		f := t.w(c).Form
		return f != "" && f[0] >= 'A' && f[0] <= 'Z'
	})
}

var troopNouns = set(`troop soldier force contingent`)

// senders send or station forces of their own somewhere.
var senders = set(`deploy send dispatch station redeploy mobilize mobilise`)

// sentForces: the noun at o names forces a sender sends ("troops",
// "warships"), or a number of them ("thousands of troops").
func sentForces(t *tree, o int) bool {
	forces := func(k int) bool {
		return troopNouns[t.lemma(k)] || sentKinds[t.lemma(k)]
	}
	return forces(o) || slices.ContainsFunc(t.ChildrenWith(o, "nmod"), func(n int) bool { return t.caseOf(n) == "of" && forces(n) })
}

var sentKinds = set(`peacekeeper warship ship jet aircraft plane carrier battalion brigade unit reinforcement`)

// countryPeople are a country's private people, whom a possessive
// country names ("its citizens", "Israel's nationals").
var countryPeople = set(`citizen national resident tourist student worker expatriate traveller traveler people`)

// pullsTroops: "pull out" or "pull back" at i withdraws when it takes no
// object or takes forces or staff ("pulled out its troops", "pulled back
// its diplomats"); not "pulled out a tough win", "pulled out the race
// card", "pull out voters".
func pullsTroops(t *tree, i int) bool {
	return !slices.ContainsFunc(t.ChildrenWith(i, "obj"), func(o int) bool {
		return !troopNouns[t.lemma(o)] && !withdrawnStaff[t.lemma(o)]
	})
}

var withdrawnStaff = set(`diplomat ambassador envoy personnel staff unit warship ship navy army military delegation`)

// passiveComplement: the complement at x is passive ("to be jailed") or a
// bare participle ("ordered him released").
func passiveComplement(t *tree, x int) bool {
	return len(t.ChildrenWith(x, "aux:pass")) > 0 || t.w(x).XPOS == "VBN" && len(t.ChildrenWith(x, "aux")) == 0
}

// expulsion is the trigger of the command at i with the infinitive x:
// ordering diplomats to leave expels them, as CAMEO codes it ("ordered
// the French ambassador to leave the country"); else trig.
func (l *Lexicon) expulsion(t *tree, i, x int, trig Trigger) Trigger {
	if !departures[t.lemma(x)] || !slices.ContainsFunc(t.ChildrenWith(i, "obj"), func(o int) bool { return diplomats[t.lemma(o)] || foreignTroops(t, o) }) {
		return trig
	}
	if c, ok := l.codes["166"]; ok {
		return Trigger{Code: c.Code}
	}
	return trig
}

// sources are the heads of the subject phrases of the event word at i,
// one per conjunct ("Erdogan and Fidan").
func (l *Lexicon) sources(t *tree, i int) []int { return l.subjects(t, i, false) }

// mishap: the side at k is an accident or a disaster, or a relative
// pronoun standing for one ("the crash, which killed 38 people").
func mishap(t *tree, k int) bool {
	if relative(t.w(k)) {
		if ante := t.Antecedent(k); ante >= 0 && ante != k {
			k = ante
		}
	}
	return t.w(k).UPOS == "NOUN" && mishaps[t.lemma(k)] && !gunfire(t, k)
}

// gunfire: the "fire" at k is someone's shooting ("Israeli fire", "army
// fire", "Hamas's fire"), no blaze.
func gunfire(t *tree, k int) bool {
	return t.lemma(k) == "fire" && slices.ContainsFunc(t.ChildrenWith(k, "amod", "compound", "nmod:poss"), func(c int) bool {
		w := t.w(c)
		return w.Rel == "nmod:poss" || w.Form != "" && w.Form[0] >= 'A' && w.Form[0] <= 'Z' || firers[t.lemma(c)]
	})
}

// firers are what fire is from: "tank fire", "sniper fire".
var firers = set(`tank sniper artillery army police mortar gun machine-gun rocket naval enemy government rebel militia troop soldier`)

// mishaps kill and destroy without anyone doing it.
var mishaps = set(`crash accident collision derailment fire blaze wildfire storm flood flooding earthquake quake landslide
	mudslide avalanche cyclone hurricane typhoon tornado heatwave drought famine outbreak epidemic pandemic disease virus
	collapse stampede sinking capsizing`)

// relativePassiveSubject: the subject of the passive verb at i is a
// relative pronoun ("who had been granted asylum").
func relativePassiveSubject(t *tree, i int) bool {
	return slices.ContainsFunc(t.ChildrenWith(i, "nsubj:pass"), func(c int) bool { x := t.w(c).XPOS; return x == "WP" || x == "WDT" })
}

// passiveSubjects are the subjects of the passive verb at i: those
// labelled passive, or, beside a passive auxiliary, those the parse
// labelled active ("Five people were injured", which EWT's gold would
// label passive; the attribution rules read the active label).
func passiveSubjects(t *tree, i int) []int {
	if subjects := t.ChildrenWith(i, "nsubj:pass"); len(subjects) > 0 || len(t.ChildrenWith(i, "aux:pass")) == 0 {
		return subjects
	}
	return t.ChildrenWith(i, "nsubj")
}

// othersActJudged: the noun event at i is a threat, sanction or use of
// force that the verb it is the object of accepts or rejects ("would not
// accept the occupation of its land", "rejected the sanctions"):
// another's act, which goes on whatever the verb's subject says of it,
// where a truce or talks one accepts or rejects are one's own.
func (l *Lexicon) othersActJudged(t *tree, i int) bool {
	h := t.Head(i)
	if h < 0 || t.Rel(i) != "obj" || t.w(i).UPOS != "NOUN" || !acceptors[t.lemma(h)] {
		return false
	}
	tr, ok := l.trigger(t, i)
	return ok && judgedRoots[tr.Code[:2]]
}

// namedAs: the noun event at i is the object of a verb of naming that
// gives it a name after it ("a resolution declaring the Srebrenica
// massacre a genocide", "called the killings a genocide"): the namer
// names another's act (but "Israel declared a ceasefire" is its own).
func namedAs(t *tree, i int) bool {
	h := t.Head(i)
	if h < 0 || t.Rel(i) != "obj" || t.w(i).UPOS != "NOUN" || !namingVerbs[t.lemma(h)] {
		return false
	}
	second := func(c int) bool { return c > i && t.w(c).UPOS == "NOUN" }
	return slices.ContainsFunc(t.ChildrenWith(h, "obj", "xcomp"), second) || slices.ContainsFunc(t.ChildrenWith(i, "obj", "xcomp"), second)
}

// judgedRoots are the roots of the acts one accepts or rejects as
// another's: threats, protests, shows of force, sanctions, coercion and
// force (13-20).
var judgedRoots = set(`13 14 15 16 17 18 19 20`)

// permitters are the verbs of letting another do something.
var permitters = set(`allow permit enable authorize authorise let`)

// permitsAsText: the subject of the verb at h, or what its relative
// clause describes, is a text that sets rules (a pact, a law, a
// resolution): what it allows stands, but is not yet done.
func permitsAsText(t *tree, h int) bool {
	s := t.ChildrenWith(h, "nsubj")
	if len(s) == 0 {
		return false
	}
	subj := s[0]
	if relative(t.w(subj)) {
		subj = t.Antecedent(subj)
	}
	return subj >= 0 && (documents[t.lemma(subj)] || ruleTexts[t.lemma(subj)])
}

// ruleTexts are the agreements and laws whose terms allow or bind.
var ruleTexts = set(`pact agreement deal treaty accord law constitution rule regulation charter`)

// acceptors are the verbs of taking or turning down what others do or
// offer.
var acceptors = set(`accept reject refuse tolerate`)

// oneSided are acts of force one side does to another, unlike clashes
// and fighting, in which both sides take part.
var oneSided = set(`raid attack strike airstrike bombing shelling crackdown assault ambush bombardment shooting detention custody captivity`)

// sufferersVerb is the verb of suffering whose phrase names the noun
// event at i ("died in the attack", "were wounded during police raids";
// "lost a citizen in one of the strikes", the phrase on what was lost),
// or -1.
func sufferersVerb(t *tree, i int) int {
	k := i
	if h := t.Head(k); h >= 0 && t.Rel(k) == "nmod" && t.caseOf(k) == "of" && (t.w(h).UPOS == "NUM" || shares[t.lemma(h)]) {
		k = h // "one of the strikes"
	}
	h := t.Head(k)
	switch {
	case h < 0:
		return -1
	case t.Rel(k) == "nmod" && t.caseOf(k) == "in" && t.Rel(h) == "obj":
		h = t.Head(h)
	case t.Rel(k) != "obl":
		return -1
	}
	if h < 0 || !sufferedIn(t, h) {
		return -1
	}
	return h
}

// sufferedIn: the verb at h says its subject died or was hurt, held or
// killed, or lost someone.
func sufferedIn(t *tree, h int) bool {
	switch t.lemma(h) {
	case "die", "perish", "lose":
		return true
	case "kill", "wound", "injure", "hurt", "arrest", "detain":
		// "were killed", or "those killed in earlier strikes".
		return len(t.ChildrenWith(h, "aux:pass")) > 0 || t.Rel(h) == "acl" && t.w(h).XPOS == "VBN"
	}
	return false
}

// agentLike: the word at k can act: a name, a pronoun, an actor word or
// a noun WordNet files under persons or groups.
func (l *Lexicon) agentLike(t *tree, k int) bool {
	if timeWord(t.lemma(k)) {
		return false // "took the last step Wednesday of announcing"
	}
	if t.w(k).UPOS == "PROPN" || t.w(k).UPOS == "PRON" || isActorWord(t, k) || personFigure(t, k) {
		return true
	}
	// A noun's first sense decides: "companies", "voters", but not
	// "funds" or "a lot", whose people senses are rare.
	if l.lemmas == nil {
		return false
	}
	first := l.lemmas.FirstLexFile(t.lemma(k), false)
	return first >= 0 && uint64(1)<<first&people != 0
}

// heldPositions: the word at k is positions troops hold, counted or
// called military ("occupies five positions in the south"), not a
// position one holds in life ("occupies a position of power").
func heldPositions(t *tree, k int) bool {
	return t.lemma(k) == "position" && slices.ContainsFunc(t.ChildrenWith(k, "nummod", "amod"), func(c int) bool {
		return t.Rel(c) == "nummod" || t.lemma(c) == "military" || t.lemma(c) == "strategic"
	})
}

// withoutEachOther is sides without the "each" of "each other", in a
// new slice when one is dropped: sides may share an array with each
// other or with the tree.
func withoutEachOther(t *tree, sides []int) []int {
	eachOther := func(k int) bool {
		return t.lemma(k) == "each" && slices.ContainsFunc(t.Children(k), func(c int) bool { return t.lemma(c) == "other" })
	}
	if !slices.ContainsFunc(sides, eachOther) {
		return sides
	}
	return slices.DeleteFunc(slices.Clone(sides), eachOther)
}

// armedSide: the side at k is armed: troops or forces by name or word
// ("African Union troops", "U.S. warplanes").
func armedSide(t *tree, k int, actorAt map[int]*document.Actor) bool {
	if a := actorAt[t.w(k).Start]; a != nil && strings.HasSuffix(a.Code, "MIL") {
		return true
	}
	return armedWords[t.lemma(k)]
}

// personFigure: the word at k is a figure of public life ("opposition
// figures", "a prominent figure"), a sense WordNet files under no person.
func personFigure(t *tree, k int) bool {
	return t.lemma(k) == "figure" && slices.ContainsFunc(t.ChildrenWith(k, "amod", "compound"), func(c int) bool { return publicRoles[t.lemma(c)] })
}

var publicRoles = set(`opposition political public prominent senior leading religious tribal community civic party`)

// marketSubject: the verb at i has a market for subject ("Stocks
// rallied", "the dollar rallied").
func marketSubject(t *tree, i int) bool {
	return slices.ContainsFunc(t.ChildrenWith(i, "nsubj"), func(s int) bool { return markets[t.lemma(s)] })
}

// markets rally and slump.
var markets = set(`stock share market bond price dollar euro yen yuan currency index oil gold futures equity`)

// privatePeople: the noun at h names people who hold no office: a noun
// WordNet files under persons or groups ("dancer", "businessmen",
// "students"), but no title or body of the actor dictionary
// ("officials", "troops", "government").
func (l *Lexicon) privatePeople(t *tree, h int) bool {
	if t.w(h).UPOS != "NOUN" {
		return false
	}
	for _, form := range []string{t.w(h).Form, t.lemma(h)} {
		if e, ok := l.actors.Lookup(form); ok && (e.Kind == "title" || e.Kind == "institution") {
			return false
		}
	}
	return l.agentLike(t, h)
}

// chargers charge their object with the gerund "of" introduces.
var chargers = set(`accuse suspect convict acquit`)

// modals are the auxiliaries of a verb that says what one will or may do.
var modals = set(`will would can could may might shall should must`)

// chargedParty is the object a verb charges with the gerund after it: a
// name, a pronoun or a person's noun as its object ("accused Iran",
// "thanked him"), or the "on"/"against" phrase of an object that is a
// measure ("imposed sanctions on three Chinese companies"); -1 if none.
func (l *Lexicon) chargedParty(t *tree, h int) int {
	for _, o := range t.ChildrenWith(h, "obj") {
		if l.agentLike(t, o) {
			return o
		}
		for _, n := range t.ChildrenWith(o, "nmod") {
			if c := t.caseOf(n); c == "on" || c == "against" {
				return n
			}
		}
	}
	// "four officials it accused of supplying drones", "officials
	// accused of supplying drones": the noun the clause is on is whom it
	// charges.
	if n := t.Head(h); t.Rel(h) == "acl" && n >= 0 && len(t.ChildrenWith(h, "obj")) == 0 && l.agentLike(t, n) {
		return n
	}
	return -1
}

// attempter is who makes the attempt at n, whose infinitive is an event:
// its "by" phrase ("any attempt by party leaders to declare"), or, when
// the attempt is another's object or subject ("foiled an attempt to seize
// power", "condemned the attempt to overthrow the president"), no one
// the sentence names. ok is false when the usual reading of the sources
// holds: an attempt with a possessor or nationality ("Iran's attempt"),
// one its verb makes ("made an attempt to attack", "launched a bid to"),
// one its clause is in ("tapped Schweiker in a bid to appeal to
// moderates"), or one its subject is ("the raids, which are the first
// effort to deport families").
func (l *Lexicon) attempter(t *tree, n int) (who []int, ok bool) {
	for _, c := range t.ChildrenWith(n, "nmod:poss", "amod", "nmod", "cop") {
		switch r := t.w(c).Rel; {
		case r == "nmod" && t.caseOf(c) == "by":
			return conjuncts(t, c), true
		case r == "nmod:poss" || r == "cop" || r == "amod" && l.demonym(t.w(c).Form) != "":
			return nil, false
		}
	}
	v := t.Head(n)
	if v >= 0 && t.Rel(n) == "obj" && attemptMakers[t.lemma(v)] && t.w(v).UPOS == "VERB" && pretexts[t.lemma(n)] {
		return l.subjects(t, v, false), true // "Ethiopia was seeking a pretext to seize the port"
	}
	if v >= 0 && (t.Rel(n) == "obj" && attemptMakers[t.lemma(v)] || t.Rel(n) == "obl" && t.caseOf(n) == "in") {
		return nil, false
	}
	return nil, true
}

// attemptNouns name an attempt, or a pretext, whose infinitive is what is
// attempted.
var attemptNouns = set(`attempt bid effort plot pretext excuse`)

// pretexts are what one seeks or uses to act, not acts themselves, whose
// infinitive is their seeker's.
var pretexts = set(`pretext excuse`)

// groundsWords are what an act is justified by.
var groundsWords = set(`basis justification rationale grounds ground pretext excuse evidence explanation`)

// attemptMakers make an attempt (or seek a pretext) their subject's.
var attemptMakers = set(`make launch mount stage lead spearhead undertake renew continue step abandon seek use find create invent`)

// subjects finds the sources. With split, a parse that split a
// coordinated subject into two subjects of one verb ("Fornost and the
// evil awful Gondor welcomed": Fornost with the conjunct "evil", and
// Gondor) gives the earlier subject and its conjuncts too. Only the
// PETRARCH coder asks for them: its dictionaries code a phrase or drop
// it, where parley's own coder would keep a datelined "FLINT, Mich." as
// an uncoded source.
func (l *Lexicon) subjects(t *tree, i int, split bool) []int {
	// "Erdogan was quoted by state broadcaster TRT as saying …", "TRT
	// quoted Erdogan as saying …": the one quoted says it, not the
	// outlet.
	if h := t.Head(i); h >= 0 && t.lemma(h) == "quote" && hasMark(t, i, "as") {
		if ps := passiveSubjects(t, h); len(ps) > 0 {
			return ps
		}
		if os := t.ChildrenWith(h, "obj"); len(os) > 0 {
			return conjuncts(t, os[0])
		}
	}
	if h := summonedFor(t, i); h >= 0 && t.Rel(i) == "acl" {
		return l.subjects(t, h, split) // "summoned the ambassador to complain": the summoner complains
	}
	if n := t.Head(i); n >= 0 && t.Rel(i) == "acl" && infinitive(t, i) && attemptNouns[t.lemma(n)] {
		if who, ok := l.attempter(t, n); ok {
			return who
		}
	}
	if n := t.Head(i); n >= 0 && t.Rel(i) == "acl" && infinitive(t, i) && deploymentNouns[t.lemma(n)] {
		// "the deployment of North Korean soldiers to fight in Russia's
		// war": the men deployed fight.
		for _, of := range t.ChildrenWith(n, "nmod") {
			if t.caseOf(of) == "of" {
				return conjuncts(t, of)
			}
		}
	}
	if v := t.Head(i); v >= 0 && t.Rel(i) == "xcomp" && infinitive(t, i) && slices.ContainsFunc(t.ChildrenWith(v, "obj"), func(o int) bool { return pretexts[t.lemma(o)] }) {
		return l.subjects(t, v, split) // "seeking a pretext to seize the port", the infinitive hung on the verb: no pretext seizes
	}
	// "destroying dozens of bombers used to attack Ukrainian cities": what
	// a thing is used, sent or built to do, the thing does, not whoever
	// the sentence is about.
	if n := usedFor(l, t, i); n >= 0 {
		return conjuncts(t, n)
	}
	// "accused opposition politicians of hiring gangs to loot shops":
	// whom one hires or recruits to do a thing does it.
	if h := t.Head(i); h >= 0 && infinitive(t, i) && (t.Rel(i) == "advcl" || t.Rel(i) == "xcomp") && hirers[t.lemma(h)] {
		for _, o := range t.ChildrenWith(h, "obj") {
			if o < i && l.agentLike(t, o) {
				return conjuncts(t, o)
			}
		}
	}
	// "An Israeli air strike … killed a senior Hezbollah commander, two
	// security sources told Reuters, the first attack on the Lebanese
	// capital in months": a noun after the closing report that sums up
	// what was reported is done by who did that, not by the speakers.
	if h := t.Head(i); h >= 0 && h < i && t.w(i).UPOS == "NOUN" && speechVerbs[t.lemma(h)] && t.caseOf(i) == "" &&
		(t.Rel(i) == "obl" || t.w(i).Rel == "obl:unmarked" || t.Rel(i) == "appos") {
		for _, c := range t.ChildrenWith(h, "ccomp") {
			if c < h {
				return l.subjects(t, c, split)
			}
		}
	}
	if endedByThing(l, t, i) {
		return nil
	}
	if k := l.blamedOn(t, i); k >= 0 {
		return conjuncts(t, k) // "blamed the attack on Turkish forces"
	}
	// A noun event's own modifier names its author: "Israeli attacks",
	// "Iran's refusal".
	if t.w(i).UPOS == "NOUN" {
		dated := false
		for _, c := range t.ChildrenWith(i, "nmod:poss", "amod") {
			if t.w(c).Rel == "nmod:poss" && datedBy(t, c) {
				dated = true // "Wednesday's attack", "last week's talks": a date, no author
				continue
			}
			if t.w(c).Rel == "nmod:poss" && undergoes(t, i) {
				continue // "demanding Yoon's arrest": whose arrest it is, not who arrests
			}
			if t.w(c).Rel == "nmod:poss" || l.nationality(t, c) != "" { // "Saudi demands", the name as an adjective
				return conjuncts(t, c)
			}
		}
		// "U.S. aid cuts", "a U.S. troop withdrawal", "U.S. drone
		// strikes": a country's name before a compound of what it gives
		// or sends is the noun's author (not "the Gaza ceasefire talks",
		// the place of what is talked about).
		for _, c := range t.ChildrenWith(i, "compound") {
			if c < i-1 && t.w(c).UPOS == "PROPN" && l.countryName(t.w(c).Form) != "" && t.Head(c+1) == i && ownMeans[t.lemma(c+1)] {
				return conjuncts(t, c)
			}
		}
		if slices.ContainsFunc(t.ChildrenWith(i, "compound", "nummod"), func(c int) bool { return yearNumber(t.w(c).Form) }) {
			dated = true // "the 2015 nuclear deal"
		}
		if c := visitorCompound(l, t, i); c >= 0 && !dated {
			return []int{c} // "after Grenell visit": the envoy's
		}
		if c := inquirerCompound(l, t, i); c >= 0 {
			return []int{c} // "a Human Rights Watch investigation"
		}
		if dated {
			return nil // an event known by its day, whose author the words around it do not give
		}
		// "asked Trump to help end the war": who helps to end a war is
		// no side of it.
		if h := t.Head(i); h >= 0 && t.Rel(i) == "obj" && ongoingEnders[t.lemma(h)] && t.Head(h) >= 0 && t.lemma(t.Head(h)) == "help" && t.Rel(h) == "xcomp" {
			return nil
		}
		// "denied arming either side in the war": a war its sides wage,
		// not whoever deals with one of them (the phrase on the side or
		// on the verb).
		if h := t.Head(i); h >= 0 && (t.Rel(i) == "nmod" && (warSides[t.lemma(h)] || t.lemma(h) == "use" && t.caseOf(i) == "in") || // "for use in the war in Ukraine"
			t.Rel(i) == "obl" && t.caseOf(i) == "in" && slices.ContainsFunc(t.ChildrenWith(h, "obj"), func(o int) bool { return warSides[t.lemma(o)] })) {
			return nil
		}

		// "issued a report on the Benghazi attacks", "an investigation
		// into the attacks": what a report or inquiry is about was not
		// done by whoever reports or inquires.
		if aboutTopic(t, i) {
			return nil
		}
		// "protect civilians from attacks by government-allied
		// militias": the noun's own agent, not the verb's subject.
		for _, c := range t.ChildrenWith(i, "nmod") {
			if c > i && t.caseOf(c) == "by" && l.agentLike(t, c) {
				return conjuncts(t, c)
			}
		}
		if fromAuthored[t.lemma(i)] && !l.askedFromOthers(t, i) {
			for _, c := range t.ChildrenWith(i, "nmod") {
				if t.caseOf(c) == "from" {
					return conjuncts(t, c) // "bowing to pressure from US President Donald Trump"
				}
			}
			// "drawing sharp criticism from Britain and the United
			// States", the phrase hung on the verb.
			if h := t.Head(i); h >= 0 && t.Rel(i) == "obj" && drawers[t.lemma(h)] {
				if from := phrasesOf(t, h, "from"); len(from) > 0 {
					return from
				}
			}
			// "rejected offers of talks from Seoul and Washington": the
			// author after what is offered, hung on it (not "the release of
			// prisoners from Gaza", who are people).
			for _, c := range t.ChildrenWith(i, "nmod") {
				if t.caseOf(c) != "of" && t.caseOf(c) != "for" || l.agentLike(t, c) {
					continue
				}
				for _, f := range t.ChildrenWith(c, "nmod") {
					if f > c && t.caseOf(f) == "from" && l.agentLike(t, f) {
						return conjuncts(t, f)
					}
				}
			}
		}
		// "the war the Israeli occupation is waging on Iran": the subject
		// of a light verb in a relative clause on the event.
		// "the threat posed by Russian and Belarusian military
		// exercises", "allegations made by Exxon Mobil": the agent of a
		// participle of making on it (not of judging, "an allegation
		// rejected by inquiries", nor of brokering, "talks brokered by
		// Oman").
		for _, r := range t.ChildrenWith(i, "acl:relcl", "acl") {
			if l.light[t.lemma(r)] && !(claimWords[t.lemma(i)] && claimDeniers[t.lemma(r)]) { // "an accusation the Kremlin rejects" is not the Kremlin's
				if subj := t.ChildrenWith(r, "nsubj"); len(subj) > 0 {
					return conjuncts(t, subj[0])
				}
			}
			if authoring[t.lemma(r)] && t.Rel(r) == "acl" && t.w(r).XPOS == "VBN" {
				for _, ag := range t.ChildrenWith(r, "obl") {
					if t.caseOf(ag) == "by" {
						return conjuncts(t, ag)
					}
				}
			}
		}
		// "Iran is under attack", "resistance to these attacks": the
		// event is done to the words around it, not by them; but who
		// sends envoys or goes to talks takes part in them.
		if h := t.Head(i); h >= 0 && t.caseOf(i) == "of" && violations[t.lemma(h)] {
			return nil // "rebuilding in violation of the truce": the truce is not theirs to make
		}
		// "Police detained 200 people at weekend rallies", "the nominee
		// said at a rally": who acts at a protest did not stage it,
		// unless they take part ("joined the protests") or act in
		// protest ("resigned in protest").
		// (The relation first: looking the trigger up again costs more.)
		if t.Rel(i) == "obl" || t.Rel(i) == "nmod" && t.caseOf(i) != "of" {
			if tr, ok := l.trigger(t, i); ok && strings.HasPrefix(tr.Code, "14") {
				inProtest := (t.caseOf(i) == "in" || t.caseOf(i) == "on" && t.lemma(i) == "strike") && len(t.ChildrenWith(i, "det")) == 0 // "went on strike"
				if h := t.Head(i); h >= 0 && !protestParts[t.lemma(h)] && !inProtest {
					return nil
				}
			}
		}
		// "Two Azerbaijani brothers died during police raids", "were
		// wounded in an attack": who dies or is hurt in a raid did not
		// carry it out; the raiders are the noun's own modifier if any.
		if oneSided[t.lemma(i)] && sufferersVerb(t, i) >= 0 {
			for _, c := range t.ChildrenWith(i, "compound") {
				if l.agentLike(t, c) {
					return conjuncts(t, c)
				}
			}
			return nil
		}
		// "UNICEF called for the immediate release of the children", "a
		// call for an inquiry": aid, concessions and investigations one
		// calls for are asked of others, not one's own doing (talks,
		// deals and bans one calls for often are).
		if l.askedFromOthers(t, i) {
			return nil
		}
		// "would not accept the occupation of its land", "rejected the
		// sanctions": a threat, sanction or use of force one accepts or
		// rejects is another's, where a truce or talks are one's own.
		if l.othersActJudged(t, i) || namedAs(t, i) {
			return nil
		}
		// "blamed the Rapid Support Forces for the attack", "thanked
		// Qatar for the mediation": the one blamed or thanked did it.
		blamedFor := i
		if h := t.Head(i); h >= 0 && t.Rel(i) == "nmod" && (t.caseOf(i) == "in" || t.caseOf(i) == "of") && surges[t.lemma(h)] {
			blamedFor = h // "blames the Pakistani Taliban for a surge in attacks"
		}
		if h := t.Head(blamedFor); h >= 0 && t.w(i).UPOS == "NOUN" && t.Rel(blamedFor) == "obl" && t.caseOf(blamedFor) == "for" && creditors[t.lemma(h)] {
			if o := t.ChildrenWith(h, "obj"); len(o) > 0 && o[0] < i {
				return conjuncts(t, o[0])
			}
		}
		// "Houthis claim missile attack on Israel's Ramon airport": an
		// attack one claims is one's own.
		if h := t.Head(i); h >= 0 && t.Rel(i) == "obj" && t.lemma(h) == "claim" && oneSided[t.lemma(i)] && !notted(t, h) {
			return l.subjects(t, h, split)
		}
		// "The PKK has not claimed responsibility for the attack": no
		// one named made it.
		if h := t.Head(i); h >= 0 && t.caseOf(i) == "for" && t.lemma(h) == "responsibility" && t.Rel(h) == "obj" && t.Head(h) >= 0 &&
			t.lemma(t.Head(h)) == "claim" && notted(t, t.Head(h)) {
			return nil
		}
		// "accused Venezuela of an attack on its soldiers": the accused
		// did it, as with a gerund ("of attacking").
		if h := t.Head(i); h >= 0 && t.w(i).UPOS == "NOUN" && t.caseOf(i) == "of" {
			if t.Rel(i) == "nmod" && t.Rel(h) == "obj" && t.Head(h) >= 0 && chargers[t.lemma(t.Head(h))] {
				return conjuncts(t, h)
			}
			if o := t.ChildrenWith(h, "obj"); t.Rel(i) == "obl" && chargers[t.lemma(h)] && len(o) > 0 && o[0] < i {
				return conjuncts(t, o[0])
			}
		}
		// "struck camps in retaliation for an attack": what one answers
		// was another's.
		if h := t.Head(i); h >= 0 && t.caseOf(i) == "for" && (retaliations[t.lemma(h)] || afterRetaliation(t, i)) {
			return nil
		}
		// "had received reports of summary executions … and attacks on
		// aid workers": what is told of is not the teller's doing.
		first := firstConjunct(t, i)
		if h := t.Head(first); h >= 0 && t.caseOf(first) == "of" && tellings[t.lemma(h)] {
			return nil
		}
		switch phraseCase(t, i) {
		case "under", "against", "despite":
			return nil // "Israel strikes Lebanon despite truce": not Israel's truce

		case "on", "about", "over", "at", "by":
			// "was deeply concerned about the detention of opposition
			// figures", "shocked at the killing": what one feels about is
			// another's doing.
			if h := t.Head(i); h >= 0 && feelings[t.lemma(h)] {
				return nil
			}
			if c := t.caseOf(i); c == "at" || c == "by" {
				break
			}
			// "Russia vetoes UN resolution on Sudan ceasefire": what a
			// document or a vote is about is not the doing of whoever
			// acts on it.
			if h := t.Head(i); h >= 0 && (documents[t.lemma(h)] || deliberations[t.lemma(h)] || remarks[t.lemma(h)] && t.w(h).UPOS == "VERB") {
				return nil // nor what one comments on: "The Houthis did not comment on the strikes"
			}
			if h := t.Head(i); h >= 0 && (t.w(h).UPOS == "NOUN" && (meetingWords[t.lemma(h)] || t.lemma(h) == "round") ||
				(t.Rel(i) == "obl" || t.Rel(i) == "nmod") && slices.ContainsFunc(t.ChildrenWith(h, "obj", "nsubj", "obl", "nmod"), func(o int) bool {
					return o < i && (meetingWords[t.lemma(o)] || slices.ContainsFunc(t.ChildrenWith(o, "nmod"), func(n int) bool { return meetingWords[t.lemma(n)] }))
				})) {
				// Nor what talks are about: "held talks on a security
				// agreement" (or on a ceasefire, the phrase hung on the
				// verb that holds them, or talks focus on; or hung on
				// what comes before the talks: "arrived for talks with
				// mediators on a new ceasefire", "hosts Hamas delegation
				// for talks on Gaza truce"): not yet signed.
				return nil
			}
			// "EU imposes new sanctions on Belarus over crackdown": what
			// one acts over is the cause, not one's own doing.
			if t.caseOf(i) == "over" {
				return nil
			}
			// "agreed to continue work on a peace treaty": an agreement
			// worked or talked on is not yet signed; one agreed on is.
			if h := t.Head(i); h >= 0 && t.caseOf(i) == "on" && !signedOn[t.lemma(h)] {
				if tr, ok := l.trigger(t, i); ok && tr.Code == "057" {
					return nil
				}
			}
		case "because", "due":
			return nil // "voting cancelled because of fighting": a cause, not the subject's doing
		case "for":
			// "Democratic senators questioned the legal basis for the
			// strikes": what grounds are sought or doubted for is
			// another's doing.
			if h := t.Head(i); h >= 0 && (groundsWords[t.lemma(h)] ||
				t.Rel(i) == "obl" && slices.ContainsFunc(t.ChildrenWith(h, "obj"), func(o int) bool { return o < i && groundsWords[t.lemma(o)] })) {
				return nil // (the phrase may hang on the verb)
			}
		case "into":
			// "called for an independent investigation into the killings":
			// what is investigated is another's doing.
			if h := t.Head(i); h >= 0 && inquiries[t.lemma(h)] {
				return nil
			}
		case "after", "before", "until", "since", "follow", "amid", "during":
			// "After the Paris attacks, Trump released a radio ad": an
			// event that dates the clause is not its subject's doing,
			// but a meeting is its subject's ("Clinton made the visit
			// after a meeting with community leaders"), unless the
			// clause happens amid it ("Israel struck Gaza amid talks").
			if tr, ok := l.trigger(t, i); !ok || !strings.HasPrefix(tr.Code, "04") || phraseCase(t, i) == "amid" {
				return nil
			}
			// "A day before the talks, Ukraine launched drone attacks": a
			// span of time before or after an event dates the clause.
			if h := t.Head(i); h >= 0 && timeSpan(t.lemma(h)) {
				return nil
			}
			// "fired two missiles into the sea hours before the
			// meeting": one still to come, with no one named to meet,
			// is not the subject's.
			if c := phraseCase(t, i); (c == "before" || c == "until") && !slices.ContainsFunc(t.ChildrenWith(i, "nmod"), func(n int) bool { return t.caseOf(n) == "with" }) {
				return nil
			}
		case "to":
			if h := t.Head(i); h < 0 || !joinHeads[t.lemma(h)] && t.lemma(h) != "agree" && t.lemma(h) != "open" && !leftOpen(t, h) { // "agreed to a ceasefire", "open to talks": theirs
				return nil
			}
		}
	}
	if t.Rel(i) == "acl" && t.w(i).XPOS == "VBN" && len(t.ChildrenWith(i, "nsubj:pass")) > 0 &&
		(len(t.ChildrenWith(i, "obj")) == 0 || relativePassiveSubject(t, i)) &&
		slices.ContainsFunc(t.ChildrenWith(i, "aux", "aux:pass"), func(a int) bool { return t.lemma(a) == "be" }) &&
		!slices.ContainsFunc(t.ChildrenWith(i, "obl", "obl:agent"), func(o int) bool { return t.caseOf(o) == "by" }) {
		// "Nika Melia, who was briefly detained last week": he did not
		// detain; "a former vice president who had been granted asylum":
		// nor grant himself what he was given.
		return nil
	}
	if h := t.Head(i); t.Rel(i) == "acl" && (t.w(i).XPOS == "VBN" || t.w(i).XPOS == "VBD") && h >= 0 && (l.agentLike(t, h) || i > 0 && l.agentLike(t, i-1)) &&
		len(t.ChildrenWith(i, "aux", "nsubj", "obj")) == 0 && !byAgent(t, i) {
		if tr, ok := l.trigger(t, i); ok && patientKinds[tr.Code] != 0 {
			return nil // "to secure the release of a French citizen detained in the same case": by someone unnamed
		}
	}
	if a, h := hyphenAgent(t, i), t.Head(i); a >= 0 && h >= 0 {
		// "EU-mediated talks", "a Qatar-brokered ceasefire", "Iran-backed
		// rebels": done to an event or a side, not to a thing
		// ("GOP-backed legislation").
		if _, ok := l.trigger(t, h); ok || l.agentLike(t, h) || t.w(h).UPOS == "PROPN" || backedGroups[t.lemma(h)] {
			return conjuncts(t, a)
		}
		return nil
	}
	if subj, _, ok := verbAsModifier(t, i); ok {
		return conjuncts(t, subj)
	}
	if h := t.Head(i); h >= 0 && t.w(i).UPOS == "NOUN" && t.Rel(i) == "obj" && hosts[t.lemma(h)] && ownSides(t, i) {
		return nil // "Oman hosted U.S.-Iran talks": the host is no side of talks that name theirs
	}
	ev := i    // the event's word, or the noun it is a compound of
	from := -1 // the word climbed from
	for k := i; k >= 0; from, k = k, t.Head(k) {
		if from >= 0 && t.Rel(from) == "advcl" && hasMark(t, from, "into") {
			// "to pressure Moscow into agreeing to a ceasefire": the one
			// pressed does what it is pressed into.
			if objs := t.ChildrenWith(k, "obj"); len(objs) > 0 && objs[0] < from {
				return conjuncts(t, objs[0])
			}
		}
		if from >= 0 && t.Rel(from) == "xcomp" && infinitive(t, from) && len(t.ChildrenWith(from, "aux:pass")) > 0 {
			// "The accord still has to be signed and ratified": the
			// subject of a passive infinitive is what is done to.
			return nil
		}
		// "launched a mediation effort": the noun event is a compound
		// of the noun the verb takes.
		if h := t.Head(k); k == ev && t.w(k).Rel == "compound" && h >= 0 && t.w(h).UPOS == "NOUN" && t.w(k).UPOS == "NOUN" {
			ev = h
			continue
		}
		passive := passiveVerb(t, k)
		subj := t.ChildrenWith(k, "nsubj")
		if len(subj) == 0 && t.w(k).UPOS == "ADJ" && len(t.ChildrenWith(k, "xcomp")) > 0 {
			// "it is willing to withdraw", parsed as extraposition: the
			// "it" of an adjective with an infinitive is its subject.
			subj = t.ChildrenWith(k, "expl")
		}
		// A day taken for the subject is none ("Klibi today urged"),
		// unless the subject hangs on it ("Iran today threatened", with
		// Iran a compound of "today"): side finds it there.
		subj = slices.DeleteFunc(subj, func(c int) bool {
			return timeWord(t.lemma(c)) && len(t.ChildrenWith(c, "compound", "nmod:poss")) == 0
		})
		if len(subj) > 0 {
			// Of several subjects a parse may give, the nearest.
			near := subj[0]
			for _, c := range subj {
				if abs(c-k) < abs(near-k) {
					near = c
				}
			}
			// "fought a five-day border war in July that killed at least
			// 48 people": a relative pronoun for an event an act carries
			// is done by whoever acts.
			if out := l.attackersOf(t, near, split); len(out) > 0 {
				return out
			}
			// A passive's subject does the infinitive it governs: "We are
			// not prepared to hold talks", "Iran was forced to cancel";
			// and an active verb joined to it: "Washington was
			// disappointed by the decision but would keep pressing", "it
			// was \"deeply troubled\" by the arrest and urged the
			// authorities to release …" (coordinated verbs share their
			// subject, not the passive's agent).
			// (A subject the parse labelled active beside a passive
			// auxiliary is passive too, as in passiveSubjects.)
			passiveSubject := t.w(near).Rel == "nsubj:pass" || len(t.ChildrenWith(k, "aux:pass")) > 0
			if !passiveSubject || !passive || from >= 0 && t.Rel(from) == "xcomp" && infinitive(t, from) ||
				from >= 0 && t.Rel(from) == "conj" && !passiveVerb(t, from) && len(t.ChildrenWith(from, "cc")) > 0 && t.w(from).UPOS == "VERB" {
				out := conjuncts(t, near)
				if authors := draftedBy(t, near); len(authors) > 0 && !split {
					return authors // "The resolution, drafted by the United States and Panama, also asked": its authors ask
				}
				if v := headlinePair(t, k, near); v >= 0 {
					out = append(conjuncts(t, v), out...)
				}
				for _, c := range subj {
					if split && c < near && len(t.ChildrenWith(c, "conj")) > 0 {
						out = append(conjuncts(t, c), out...)
					}
				}
				return out
			}
			if split && k == i && !byAgent(t, k) {
				// "The Philippines was criticized over its territorial
				// dispute with Eriador": PETRARCH's dictionaries code a
				// passive with no agent from its subject.
				return conjuncts(t, near)
			}
		}
		for _, ag := range t.ChildrenWith(k, "obl") {
			// "a deal brokered by China": a participle's agent too; not
			// the event itself ("troubled by the arrest").
			// So is one joined to such a participle: "a swap agreed at
			// talks in Istanbul and mediated by the United Arab Emirates".
			// (Only a "by" phrase that can act: not "said by telephone",
			// "declined by 0.2%".)
			participle := t.Rel(k) == "acl" || k == i && t.Rel(k) == "conj" && len(t.ChildrenWith(k, "aux")) == 0 && l.agentLike(t, ag)
			if t.caseOf(ag) == "by" && ag != i && !byMeans[t.lemma(ag)] && !deadline(t, ag) && (len(t.ChildrenWith(k, "aux:pass", "nsubj:pass")) > 0 || participle && t.w(k).XPOS == "VBN") {
				return conjuncts(t, ag)
			}
		}
		// "Demonstrators threw stones, and at least 38 people were
		// detained": a passive with a subject of its own and no agent has
		// no known doer, whatever clause it is joined to.
		// Nor has the event itself when it shares the first conjunct's
		// subject: "He pleaded guilty and was sentenced to two years" (he
		// was sentenced; see targets), unlike "Obama … and is expected
		// to meet Sanders".
		if t.Rel(k) == "conj" && passive && (k == i || len(t.ChildrenWith(k, "nsubj:pass")) > 0) {
			return nil
		}
		// "targeted Russia's oil sector with sanctions": an object's
		// owner is not the author of what the verb strikes it with (the
		// parse hung the instrument on the object).
		instrument := from >= 0 && t.Rel(from) == "nmod" && t.caseOf(from) == "with" && t.Rel(k) == "obj"
		if poss := t.ChildrenWith(k, "nmod:poss"); len(poss) > 0 && t.w(k).UPOS == "NOUN" && !(k == i && undergoes(t, i)) && !instrument {
			if datedBy(t, poss[0]) {
				return nil
			}
			return conjuncts(t, poss[0])
		}
		// Climb from an event word that shares its subject: the
		// complement of "ready to", a coordinated verb, a noun event
		// that a verb takes ("proposed the idea during a phone call").
		// "Israeli army bulldozers demolished Palestinian homes", with the
		// verb tagged as a participle and hung on its subject: a
		// participle with an object is active, its head the agent; so is
		// one without an agent on the noun that is the whole sentence
		// ("Palestinian prisoners rioted at a jail"), unless it charges
		// the noun ("FDIC Accused Of Covering Up China Hacking").
		if h := t.Head(k); k == i && t.Rel(k) == "acl" && h >= 0 && clauseHead(t, h) && len(t.ChildrenWith(k, "aux:pass", "aux")) == 0 &&
			(t.w(k).XPOS == "VBD" || t.w(k).XPOS == "VBN" && (len(t.ChildrenWith(k, "obj")) > 0 || !byAgent(t, k) && !chargers[t.lemma(k)])) {
			return conjuncts(t, h)
		}
		// "Chinese firms helping Moscow evade sanctions": a gerund on a
		// noun is that noun's doing ("protesters demanding his arrest"),
		// not one an "of" opens ("the prospect of defending"); so is the
		// event it takes ("Ruto, speaking during a visit to
		// Port-au-Prince").
		if h := t.Head(k); t.Rel(k) == "acl" && t.w(k).XPOS == "VBG" && h >= 0 && nominal(t.w(h).UPOS) &&
			len(t.ChildrenWith(k, "mark")) == 0 && (l.agentLike(t, h) || l.groupOfAgents(t, h)) {
			return conjuncts(t, h) // also "thousands of protesters marching on parliament"
		}
		// "intercepted a boat carrying activists and aid to Gaza": what a
		// vehicle seized or struck carries is not the seizer's doing.
		if h := t.Head(k); t.Rel(k) == "acl" && t.w(k).XPOS == "VBG" && h >= 0 && nominal(t.w(h).UPOS) && t.Head(h) >= 0 && t.Rel(h) == "obj" &&
			interceptors[t.lemma(t.Head(h))] {
			return nil
		}
		// "blocked a joint European Union statement criticising Israel":
		// a document does what its author says in it, and the one who
		// blocks or disputes it is none ("is discrediting an earlier
		// report from Bloomberg saying …"); one who issues or passes it
		// is ("the DNC issued a statement apologizing to Sanders").
		if h := t.Head(k); k == i && t.Rel(k) == "acl" && t.w(k).XPOS == "VBG" && h >= 0 && documents[t.lemma(h)] && len(t.ChildrenWith(k, "mark")) == 0 &&
			(t.Head(h) >= 0 && disputers[t.lemma(t.Head(h))] || len(l.ownersOf(t, h)) > 0) {
			return []int{h}
		}
		// "A top U.S. official today praised Haiti", parsed with the
		// noun phrase as the root and the verb coordinated with it.
		if verbOfRootPhrase(t, k) {
			return []int{t.Head(k)}
		}
		// "barred the officials from travelling": who is kept from
		// doing something would be its doer.
		// So would one pushed into it ("pressuring Kyiv into
		// concessions").
		// So would one warned against it ("warned Washington against
		// pressuring Kyiv").
		if k == i {
			if who := max(pressedInto(t, k), keptFrom(t, k), warnedOff(t, k)); who >= 0 {
				return conjuncts(t, who)
			}
		}
		// And so of what it would do that for: "stop militants from
		// using Afghan soil to attack Pakistan".
		if h := t.Head(i); k != i && h >= 0 && t.Rel(i) == "advcl" && infinitive(t, i) && h == k {
			if who := keptFrom(t, k); who >= 0 {
				return conjuncts(t, who)
			}
		}
		// "accused Iran of supplying drones", "sanctioned three companies
		// for supplying Russia", "charged two men with planning arson
		// attacks": a gerund of "of" or "for" (or "with" after "charge")
		// after an object is the object's doing, not the subject's.
		if h := t.Head(k); t.w(k).XPOS == "VBG" && h >= 0 && (hasMark(t, k, "of", "for") || hasMark(t, k, "with") && (t.lemma(h) == "charge" || t.lemma(h) == "task")) {
			switch t.Rel(k) {
			case "advcl":
				if who := l.chargedParty(t, h); who >= 0 {
					return conjuncts(t, who)
				}
				if o := t.ChildrenWith(h, "obj"); len(o) > 0 && (t.lemma(h) == "charge" || t.lemma(h) == "accuse" || t.lemma(h) == "task") {
					if s := t.ChildrenWith(h, "nsubj"); len(s) > 0 && eachOtherAt(t, o[0]) {
						return conjuncts(t, s[0]) // "Israel and Hamas accused each other of violating the ceasefire": each of them
					}
					return conjuncts(t, o[0]) // "charged two Russian agents with planning", "tasked the army with disarming": the charged, whoever they are
				}
				// "The RSF has been accused by rights groups of killing
				// hundreds": in the passive, the charged is the subject
				// (so "the rebel group was blamed for bombing a pipeline").
				if ps := t.ChildrenWith(h, "nsubj:pass"); len(ps) > 0 && (chargers[t.lemma(h)] || t.lemma(h) == "blame") && !relative(t.w(ps[0])) {
					return conjuncts(t, ps[0])
				}
				// "arrested hundreds of people accused of collaborating
				// with Israel": a participle's noun is the charged.
				if n := t.Head(h); n >= 0 && t.Rel(h) == "acl" && t.w(h).XPOS == "VBN" && chargers[t.lemma(h)] && t.w(n).UPOS == "NOUN" {
					if of := l.membersOf(t, n); of >= 0 {
						return conjuncts(t, of)
					}
					return conjuncts(t, n)
				}
			case "acl":
				// "three Chinese companies for supplying", not "the
				// prospect of defending" or "a lot of investigating".
				if hasMark(t, k, "for") && l.agentLike(t, h) {
					return conjuncts(t, h)
				}
				// "accused the army of attacking civilians", with the
				// gerund hung on the object: the accused is its author.
				first := h
				if t.Rel(h) == "conj" && t.Head(h) >= 0 {
					first = t.Head(h) // "accused both the army and the militants of killing civilians", hung on the last
				}
				if v := t.Head(first); hasMark(t, k, "of") && v >= 0 && t.Rel(first) == "obj" && chargers[t.lemma(v)] && (l.agentLike(t, h) || isActorWord(t, h) || t.lemma(h) == "opposition" || t.lemma(v) == "accuse") {
					// "accused the opposition of planning a revolution": the
					// body one accuses, not "opposition" as dislike, which
					// isActorWord leaves out; whatever one accuses acted
					// ("accused Chinese coast guard vessels of ramming").
					return conjuncts(t, first)
				}
				// "detained a third man on suspicion of helping the
				// suspects", "was arrested on charges of spying": the one
				// held is suspected of the act, not those holding him.
				if v := t.Head(h); hasMark(t, k, "of") && v >= 0 && suspicions[t.lemma(h)] {
					switch {
					case t.Rel(h) == "nmod" && (t.Rel(v) == "obj" || t.w(v).Rel == "nsubj:pass"):
						return conjuncts(t, v) // the phrase hung on the one held
					case t.Rel(h) == "obl":
						if held := t.ChildrenWith(v, "obj", "nsubj:pass"); len(held) > 0 {
							return conjuncts(t, held[0])
						}
						return nil
					}
				}
			}
		}
		switch t.Rel(k) {
		case "xcomp", "conj", "obj", "obl", "nmod", "acl", "advcl", "ccomp":
			// "opened the bridge to allow the delivery": an infinitive
			// of purpose shares its verb's subject, unless the verb
			// orders its object to act ("ordered Menem to appear").
			if h := t.Head(k); t.Rel(k) == "advcl" && infinitive(t, k) && h >= 0 && len(t.ChildrenWith(k, "aux:pass")) == 0 {
				if objs := t.ChildrenWith(h, "obj"); len(objs) > 0 && (l.commands[t.lemma(h)].Code != "" || l.asksToAct(t, h, objs[0], k)) {
					return conjuncts(t, objs[0])
				}
				if o := calledOn(t, h, k); o >= 0 {
					return conjuncts(t, o)
				}
				continue
			}
			if t.Rel(k) == "ccomp" || t.Rel(k) == "advcl" && (t.w(k).XPOS != "VBG" || hasMark(t, k, "because")) {
				return nil // nor a cause: "voting cancelled because of fighting"
			}
			// "Russian officers accused of deporting children face
			// sanctions": a participle without an object is done to the
			// noun it modifies, not by it.
			if k == ev && t.Rel(k) == "acl" && t.w(k).XPOS == "VBN" && len(t.ChildrenWith(k, "obj")) == 0 {
				return nil
			}
			// "met survivors of a massacre", "victims of the attack": a
			// noun event that says what people went through is not done
			// by whoever the sentence is about.
			if h := t.Head(k); k == ev && t.Rel(k) == "nmod" && h >= 0 && t.w(h).UPOS == "NOUN" && l.personLemma(t, h) {
				return nil
			}
			// "called for a peaceful settlement of the war in Ukraine",
			// "condemned the escalation of the conflict": what an "of"
			// phrase names is not done by whoever acts on its head noun,
			// unless the head only counts or groups it ("a wave of
			// strikes", "a series of attacks").
			// (Or the first of coordinated "of" nouns: "in an environment
			// of violence and repression".)
			if h := t.Head(k); (k == ev || t.Rel(ev) == "conj" && t.Head(ev) == k) && t.Rel(k) == "nmod" && t.caseOf(k) == "of" && h >= 0 && t.w(h).UPOS == "NOUN" && !batches[t.lemma(h)] {
				return nil
			}
			// "approved a new international force to combat violent
			// gangs": a force or a mission does what it is set up for.
			if h := t.Head(k); k == ev && t.Rel(k) == "acl" && infinitive(t, k) && h >= 0 && (t.lemma(h) == "force" || t.lemma(h) == "mission") {
				return conjuncts(t, h)
			}
			// "called the exercises a rehearsal for invasion": what a
			// verb of naming calls something is no act of its subject.
			// So with the thing named by a relative pronoun the parse took
			// for a subject: "a Palestinian state, which he called \"a
			// security threat\"".
			if h := t.Head(k); t.w(i).UPOS == "NOUN" && h >= 0 && (t.Rel(k) == "obj" || t.Rel(k) == "xcomp") && t.w(k).UPOS == "NOUN" && namingVerbs[t.lemma(h)] &&
				slices.ContainsFunc(t.ChildrenWith(h, "obj", "nsubj"), func(o int) bool { return o < k && (t.Rel(o) == "obj" || relative(t.w(o))) }) {
				return nil
			}
			// A noun event that is a verb's object shares its subject only
			// when the verb is light ("Turkey hosted talks", "Israel
			// launched strikes"), not when it judges the event ("Iran
			// condemned the strikes", "Trump welcomed the proposal").
			// So is one the parse made an indirect object ("called the
			// arrests \"political persecution\"").
			// So is one a batch counts ("handled tens of thousands of
			// requests"), or whose trend the object is ("condemned a
			// sharp rise in executions in Iran").
			counted := t.Head(ev) == k && t.Rel(ev) == "nmod" && (t.caseOf(ev) == "of" && batches[t.lemma(k)] || trends[t.lemma(k)] && (t.caseOf(ev) == "in" || t.caseOf(ev) == "of"))
			// So is one coordinated with the object ("to discuss energy
			// supplies and the war in Ukraine").
			coordinated := t.Head(ev) == k && t.Rel(ev) == "conj" && t.w(ev).UPOS == "NOUN"
			if (k == ev || counted || coordinated) && (t.Rel(k) == "obj" || t.Rel(k) == "iobj") && t.w(k).UPOS == "NOUN" && t.Head(k) >= 0 && !l.light[t.lemma(t.Head(k))] && !considered(t, t.Head(k)) {
				return nil
			}
			// "Trump, who brokered the deal": the broker is no party to
			// the deal (the brokering is coded on its verb).
			if k == ev && t.Rel(k) == "obj" && t.Head(k) >= 0 && (t.lemma(t.Head(k)) == "broker" || t.lemma(t.Head(k)) == "mediate") {
				return nil
			}
			// "accepted demands", "rejected the offer": who answers a
			// request, offer, demand or threat did not make it; nor does
			// who rejects mediation mediate ("has long rejected
			// third-party mediation over Kashmir").
			if k == ev && t.Rel(k) == "obj" && t.Head(k) >= 0 && answers[t.lemma(t.Head(k))] {
				if tr, ok := l.trigger(t, k); ok && (madeToOthers[tr.Code[:min(2, len(tr.Code))]] || tr.Code == "045") {
					return nil
				}
			}
			// "a Lebanese cabinet decision to disarm the group": a
			// decision, plan or proposal with an owner of its own is its
			// owner's, not that of who acts on it.
			if h := t.Head(k); t.Rel(k) == "acl" && infinitive(t, k) && h >= 0 && (plannedNouns[t.lemma(h)] || proposalsFor[t.lemma(h)]) {
				if owners := l.ownersOf(t, h); len(owners) > 0 {
					return owners
				}
				if g := t.Head(h); g >= 0 && t.Rel(h) == "obj" && (t.lemma(g) == "block" || t.lemma(g) == "veto") {
					return nil // "Orban blocked a plan to give Ukraine 50 billion euros": not his giving
				}
			}
			// "told them to sign", "urged Iran to talk", "called on
			// Moscow to withdraw": the object of the governing verb, or
			// whom it calls on, does the complement's action ("promised
			// them to come" is the exception English allows).
			if h := t.Head(k); t.Rel(k) == "xcomp" && h >= 0 && l.commands[t.lemma(h)].Code != "" && passiveComplement(t, k) {
				return nil // "ordered him to be jailed": he is jailed; the order is coded on its verb
			}
			if h := t.Head(k); t.Rel(k) == "xcomp" && h >= 0 && !promisers[t.lemma(h)] {
				if objs := t.ChildrenWith(h, "obj", "iobj"); len(objs) > 0 {
					return conjuncts(t, objs[0])
				}
				if o := calledOn(t, h, k); o >= 0 {
					return conjuncts(t, o)
				}
			}
			continue
		}
		return nil
	}
	return nil
}

// protestParts are the verbs of taking part in a protest: "joined the
// protests", "marched in the rally", "spoke at a rally" is none.
var protestParts = set(`participate join march attend lead organize organise stage take gather rally demonstrate protest`)

// documents are the texts through which their authors act: "a Security
// Council resolution that demanded", "the EU's statement, which
// condemned".
// tellings are the nouns of an account whose "of" phrase is what it
// tells of.
var tellings = set(`report account allegation rumor rumour evidence footage video image photo sign`)

var documents = set(`resolution statement declaration communique letter report decree order bill law motion draft text proposal memo memorandum`)

// deliberations are what a body holds on a matter: "a vote on the
// ceasefire".
var deliberations = set(`vote debate hearing briefing inquiry`)

// batches are the nouns that count or group events: "a wave of strikes".
var batches = set(`wave series string round spate barrage volley campaign flurry burst number lot dozen dozens hundred hundreds thousand thousands score scores couple pair kind type form line suite set slew raft host array litany package part year month week day decade`)

// missions are the offices a country keeps in another, whose closure
// is aimed at the country that keeps them.
var missions = set(`embassy consulate mission`)

// sendingForces are the verbs of "send troop" and its like (074 with a
// side, verbs.tsv).
var sendingForces = set(`send dispatch`)

// vessels are the ships an act may be aimed at by their flag: "tried to
// block the Philippine vessels" is aimed at the Philippines.
var vessels = set(`vessel ship boat`)

// bodyAuthor is the international body whose name is compounded with
// the sanctions at i ("after UN sanctions return", "EU sanctions"), when
// no verb carries them:
// bodies impose sanctions and are not their target, which a country's
// name may be ("Iran sanctions"). -1 if none.
func bodyAuthor(t *tree, i int, actorAt map[int]*document.Actor) int {
	if t.w(i).UPOS != "NOUN" || !sanctionWords[t.lemma(i)] || t.Rel(i) == "obj" {
		// "launched the process to reimpose United Nations sanctions on
		// Iran": who acts on them may be others (see sources).
		return -1
	}
	for _, c := range t.ChildrenWith(i, "compound") {
		if a := actorAt[t.w(c).Start]; c < i && a != nil && a.Kind == "organization" && a.Code == "IGO" {
			return c
		}
	}
	return -1
}

// namedAuthor is the name compounded with the noun event at i that says
// whose it is, when a phrase of the noun names whom it is aimed at ("EU
// sanctions on Russia", "new U.S. tariffs against China"); alone a name
// may be the target ("Iran sanctions"). -1 if none.
func namedAuthor(t *tree, i int) int {
	if t.lemma(i) == "call" {
		return -1 // "Hillary Clinton calls on U.S. to …": a headline's verb
	}
	if !slices.ContainsFunc(t.ChildrenWith(i, "nmod"), func(n int) bool { c := t.caseOf(n); return n > i && (c == "on" || c == "against") }) {
		return -1
	}
	for _, c := range t.ChildrenWith(i, "compound") {
		if c < i && t.w(c).UPOS == "PROPN" && !timeWord(t.lemma(c)) &&
			!slices.ContainsFunc(t.Sentence.Words[c+1:i], func(w document.Word) bool { return w.Form == "-" }) { // not "Occupy Wall Street-style protests"
			return c
		}
	}
	return -1
}

// suspicions are the grounds on which someone is held: "on suspicion
// of", "on charges of".
var suspicions = set(`suspicion charge allegation accusation`)

// characterizers call something by a name in an "as" phrase: "dismissed
// the measures as economic war", "described the strike as an attack".
var characterizers = set(`dismiss describe brand label denounce condemn decry see view regard characterize characterise term portray depict cast paint interpret treat consider call reject criticize criticise hail praise welcome`)

// promisers do what they promise someone: "promised them to come".
var promisers = set(`promise pledge vow swear`)

// pauses are the nouns of a stop in what their "in" phrase names: "a
// pause in fighting", "a lull in the violence".
var pauses = set(`pause lull halt break cessation suspension letup`)

// happenings are the nouns of what takes place somewhere of its own: an
// "in" phrase on them places them, not the event that names them.
var happenings = set(`war conflict fighting crisis violence unrest situation election elections protest protests crackdown offensive`)

// summonedFor is the verb "summon" whose purpose the infinitive at k
// is, hung on the verb or on whom it summons ("summoned the ambassador to
// complain"), or -1.
func summonedFor(t *tree, k int) int {
	if h := purposeOf(t, k, true); h >= 0 && t.lemma(h) == "summon" {
		return h
	}
	return -1
}

// purposeOf is the verb whose purpose the infinitive at k is, or -1;
// with onObject, also when it hangs on the verb's object.
func purposeOf(t *tree, k int, onObject bool) int {
	if !infinitive(t, k) {
		return -1
	}
	h := t.Head(k)
	if onObject && h >= 0 && t.Rel(k) == "acl" && t.Rel(h) == "obj" {
		return t.Head(h)
	}
	if t.Rel(k) != "advcl" && t.Rel(k) != "xcomp" {
		return -1
	}
	return h
}

// struckWith is the object of the verb of striking whose "with" phrase
// the noun at i is, hung on the verb or on the object, or -1 ("rally
// Republicans with attacks on Clinton" strikes no Republicans).
func struckWith(t *tree, i int) int {
	h := t.Head(i)
	if h < 0 || t.caseOf(i) != "with" || t.w(i).UPOS != "NOUN" {
		return -1
	}
	switch t.Rel(i) {
	case "obl":
		if o := t.ChildrenWith(h, "obj"); len(o) > 0 && o[0] < i && strikingVerbs[t.lemma(h)] {
			return o[0]
		}
	case "nmod":
		if t.Rel(h) == "obj" && t.Head(h) >= 0 && strikingVerbs[t.lemma(t.Head(h))] {
			return h
		}
	}
	return -1
}

// strikingVerbs strike something with force or sanctions named after
// "with".
var strikingVerbs = set(`hit target slap punish squeeze pound bombard pummel batter blast strike`)

// byMeans are the nouns a "by" phrase names a way with, not an agent:
// "Hamas would be disarmed, by force if necessary".
var byMeans = set(`force forces means phone telephone hand mistake accident default decree email mail letter land sea air road rail
	consensus acclamation`)

// visitorCompound is the name compounded on a visit at i that names a
// person, not a place ("after Grenell visit", not "Istanbul visit"), or
// -1. (Talks or a meeting with a name before them are the clause
// subject's with that person: "arrives for Witkoff talks".)
func visitorCompound(l *Lexicon, t *tree, i int) int {
	if tr, ok := l.trigger(t, i); !ok || tr.Code != "042" {
		return -1
	}
	for _, c := range t.ChildrenWith(i, "compound") {
		if t.w(c).UPOS == "NOUN" && c+1 == i && visitors[t.lemma(c)] {
			return c // "after Trump envoy visit": the envoy's
		}
		if t.w(c).UPOS != "PROPN" || c+1 != i || t.w(c).Form == strings.ToUpper(t.w(c).Form) {
			continue // right before the noun, and no initials ("UN talks")
		}
		if e, ok := l.actors.Lookup(t.forms(compoundNameStart(t, c, i), c)); !ok || e.Kind == "person" {
			return c
		}
	}
	return -1
}

// compoundNameStart is the first word of the name whose last word, c,
// is compounded on the noun at i: "New York", not "York"; "Human Rights
// Watch", not "Watch".
func compoundNameStart(t *tree, c, i int) int {
	first := c
	for first > 0 && t.Head(first-1) >= c && t.Head(first-1) <= i {
		p := t.w(first - 1)
		if r, _ := utf8.DecodeRuneInString(p.Form); p.UPOS != "PROPN" && (p.UPOS != "ADJ" || !unicode.IsUpper(r)) {
			break
		}
		first--
	}
	return first
}

// inquirerCompound is the body whose name is compounded on an inquiry or
// report at i ("a Human Rights Watch investigation accusing the army"),
// or -1: the body made it, not the clause's subject ("after the
// broadcasters reported on …").
func inquirerCompound(l *Lexicon, t *tree, i int) int {
	if !inquiryNouns[t.lemma(i)] {
		return -1
	}
	for _, c := range t.ChildrenWith(i, "compound", "amod") { // "an Amnesty International report"
		if r, _ := utf8.DecodeRuneInString(t.w(c).Form); c+1 != i || t.w(c).UPOS != "PROPN" && (t.w(c).UPOS != "ADJ" || !unicode.IsUpper(r)) {
			continue
		}
		first := compoundNameStart(t, c, i)
		if e, ok := l.actors.Lookup(t.forms(first, c)); ok && (e.Kind == "institution" || e.Kind == "media") {
			return first // the name's first word, where its mention starts
		}
	}
	return -1
}

// inquiryNouns are what a body finds and tells: investigations, inquiries,
// reports.
var inquiryNouns = set(`investigation inquiry probe report study survey analysis`)

// visitors are the common nouns for who pays a visit a noun compound
// names ("envoy visit").
var visitors = set(`envoy minister president leader delegation official secretary chief diplomat emissary`)

// draftedBy are the agents of the participle of drafting on the
// document at n ("the resolution, drafted by the United States and
// Panama"), who act through it; nil for any other word.
func draftedBy(t *tree, n int) []int {
	if !documents[t.lemma(n)] {
		return nil
	}
	for _, c := range t.ChildrenWith(n, "acl") {
		if drafters[t.lemma(c)] && t.w(c).XPOS == "VBN" {
			return byAgents(t, c)
		}
	}
	return nil
}

// phonedFor is the verb "call" whose errand the infinitive at k is
// ("called Netanyahu to urge restraint"), or -1.
func phonedFor(t *tree, k int) int {
	if !phoneErrands[t.lemma(k)] {
		return -1
	}
	if h := purposeOf(t, k, false); h >= 0 && t.lemma(h) == "call" && t.w(h).UPOS == "VERB" {
		return h
	}
	return -1
}

// calledOn is whom a directive calls on to do its complement k ("called
// on Moscow to withdraw"), or -1; not one it calls on to undergo it
// ("calling on him to be banned").
func calledOn(t *tree, h, k int) int {
	if !directiveHeads[t.lemma(h)] || len(t.ChildrenWith(k, "aux:pass")) > 0 {
		return -1
	}
	for _, o := range t.ChildrenWith(h, "obl") {
		if c := t.caseOf(o); h < o && o < k && (c == "on" || c == "upon") {
			return o
		}
	}
	return -1
}

// headlinePair returns the name a headline coordinates with the subject
// by a comma ("Trump, Erdogan made covert attempts"), which the parse
// takes for a vocative, or -1; not a day ("Monday, BuzzFeed announced"). A vocative in a quotation ("Mr. President,
// we must act") is followed by a pronoun or a common noun, not a name.
func headlinePair(t *tree, k, subj int) int {
	for _, v := range t.ChildrenWith(k, "vocative") {
		if v < subj && t.FirstWord(v) == 0 && t.w(v).UPOS == "PROPN" && t.w(subj).UPOS == "PROPN" && !timeWord(t.lemma(v)) &&
			t.w(v+1).Form == "," && t.FirstWord(subj) == v+2 {
			return v
		}
	}
	return -1
}

// reporterSides are the sides of the subject of the verb that reports
// the clause of event word i, for a pronoun subject no actor stands for:
// in "French farmers said they would blockade Paris", "they" are the
// farmers. Without such a verb, or if its subject has no code either,
// it returns pronoun.
func (l *Lexicon) reporterSides(d *document.Document, t *tree, i int, actorAt map[int]*document.Actor, pronoun []document.EventActor) []document.EventActor {
	for k := i; k >= 0; k = t.Head(k) {
		switch t.Rel(k) {
		case "xcomp", "conj":
			continue
		case "obj":
			if k == i {
				continue // "said their forces had completed their withdrawal"
			}
			return pronoun
		case "ccomp":
			var out []document.EventActor
			for _, subj := range l.subjects(t, t.Head(k), false) {
				if t.w(subj).XPOS == "PRP" {
					return pronoun
				}
				for _, s := range l.sides(d, t, subj, actorAt) {
					if s.Code != "" {
						out = append(out, s)
					}
				}
			}
			if len(out) == 0 {
				return pronoun
			}
			return out
		}
		return pronoun
	}
	return pronoun
}

// verbAsModifier reads the parse of a sentence whose main verb the
// tagger took for a participle or adjective modifying its object:
// "Israeli helicopters shelled positions", parsed as the noun phrase
// "helicopters [shelled positions]" with "shelled" an amod of "positions"
// and "positions" a bare nmod of "helicopters". It returns the subject
// and object such a reading gives the word at i.
func verbAsModifier(t *tree, i int) (subj, obj int, ok bool) {
	w := t.w(i)
	if t.w(i).Rel != "amod" || w.XPOS != "VBD" && w.XPOS != "VBN" && !(w.UPOS == "ADJ" && strings.HasSuffix(strings.ToLower(w.Form), "ed")) {
		return 0, 0, false
	}
	if i > 0 && t.w(i-1).XPOS == "HYPH" {
		return 0, 0, false // "GOP-backed legislation"
	}
	obj = t.Head(i)
	if obj < i || !nominal(t.w(obj).UPOS) || t.Rel(obj) != "nmod" {
		return 0, 0, false
	}
	// The modifier must open its noun's phrase: "a planned attack",
	// "his proposed ban" are modified nouns.
	for _, c := range t.Children(obj) {
		if c < i && t.w(c).Rel != "case" {
			return 0, 0, false
		}
	}
	// A preposition between the two makes it a phrase ("rioted in
	// occupied territories"); one before the modifier belongs to what
	// precedes it ("on Tuesday blocked transport") when a noun stands
	// between them, not in "the number of wounded soldiers".
	for _, c := range t.ChildrenWith(obj, "case") {
		if c > i || !slices.ContainsFunc(t.Sentence.Words[c+1:i], func(w document.Word) bool { return nominal(w.UPOS) || w.UPOS == "NUM" }) {
			return 0, 0, false // "the number of wounded soldiers"
		}
	}
	subj = t.Head(obj)
	if subj < 0 || subj > i || !nominal(t.w(subj).UPOS) {
		return 0, 0, false
	}
	return subj, obj, true
}

// verbOfRootPhrase reports whether k is a verb the parse coordinated
// with the noun phrase before it that is the sentence's root, when that
// phrase is its subject: "A top U.S. official today praised Haiti". Only
// the verb's own adverbs and time words may stand between them.
func verbOfRootPhrase(t *tree, k int) bool {
	h := t.Head(k)
	if t.Rel(k) != "conj" || t.w(k).UPOS != "VERB" || h < 0 || h > k || t.Rel(h) != "root" ||
		len(t.ChildrenWith(k, "cc", "nsubj", "mark")) > 0 {
		return false
	}
	if !nominal(t.w(h).UPOS) && !(t.w(h).UPOS == "ADJ" && len(t.ChildrenWith(h, "det")) > 0) {
		return false
	}
	for j := h + 1; j < k; j++ {
		if t.Head(j) != k {
			return false
		}
		switch t.Rel(j) {
		case "advmod", "obl", "nmod":
		default:
			return false
		}
	}
	return true
}

// objects are the children of i with the relations rels, and the object
// of a verb the parse hung on it as a modifier.
func objects(t *tree, i int, rels ...string) []int {
	out := t.ChildrenWith(i, rels...)
	if _, obj, ok := verbAsModifier(t, i); ok && slices.Contains(rels, "obj") {
		out = append(out, obj)
	}
	return out
}

func nominal(upos string) bool { return upos == "NOUN" || upos == "PROPN" || upos == "PRON" }

// domesticTarget is the side a protest, a concession or police force
// with no other side named is aimed at: a protest at the protesters' own
// government ("Algerian landowners began a hunger strike"), an easing of
// restrictions or a concession at the government's own country ("Sudan's
// government lifted a state of emergency"), police coercion or force at
// the police's own country ("Egyptian police opened fire"), as CAMEO codes
// domestic events. It points at the source's words, which name the country.
func domesticTarget(e document.Event, person bool) document.EventActor {
	home := countryOf(e.Source.Code)
	sector := ""
	if len(e.Source.Code) > 3 {
		sector = e.Source.Code[3:]
	}
	official := sector == "GOV" || sector == "LEG" || sector == "JUD" || sector == "MIL" || sector == "COP"
	switch {
	case home == "":
		return document.EventActor{}
	case e.Root == "14" && !official: // officials do not protest at themselves
		home += "GOV"
	case concession(e) && (official || sector == "") && !person: // a government, not one official's "conceded he had fallen short"
	case sector == "COP" && e.Root >= "17": // "Egyptian police opened fire": the police act at home
	default:
		return document.EventActor{}
	}
	// The side is inferred, named by no words of its own (not the
	// source's: "Kenyan police fired tear gas" is not aimed at the police).
	return document.EventActor{Code: home}
}

// concession: the event yields something, a PLOVER CONCEDE or an easing
// of restrictions (081x: the crosswalk calls easing a curfew or a state of
// emergency, 0813-0814, RETREAT).
func concession(e document.Event) bool {
	return e.PLOVER == "CONCEDE" || strings.HasPrefix(e.CAMEO, "081")
}

// alliedAt: the event at i is done alongside a side of the country it
// happens in ("sent troops to fight alongside Russian forces in the Kursk
// region"), which it is not aimed at.
func alliedAt(t *tree, i int, actorAt map[int]*document.Actor, country string) bool {
	return slices.ContainsFunc(t.ChildrenWith(i, "obl"), func(o int) bool {
		a := actorAt[t.w(o).Start]
		return t.caseOf(o) == "alongside" && a != nil && countryOf(a.Code) == country
	})
}

// timeSpan: the lemma names a span of time ("days", "a week") that
// dates or measures an event.
func timeSpan(lemma string) bool { return timeNouns[lemma] || shortSpans[lemma] }

// endedByThing: the event at i is what another event, not a side, ends
// ("The deal had ended five days of fighting"), which is not its doing.
func endedByThing(l *Lexicon, t *tree, i int) bool {
	k := i
	if h := t.Head(k); h >= 0 && timeSpan(t.lemma(h)) && (t.Rel(k) == "nmod" && t.caseOf(k) == "of" || t.Rel(k) == "acl" && hasMark(t, k, "of")) {
		k = h // "five days of fighting"
	}
	h := t.Head(k)
	return h >= 0 && t.Rel(k) == "obj" && ongoingEnders[t.lemma(h)] &&
		slices.ContainsFunc(t.ChildrenWith(h, "nsubj"), func(s int) bool {
			_, event := l.trigger(t, s)
			return event && t.w(s).UPOS == "NOUN" && !l.agentLike(t, s)
		})
}

// deniedDeed: the verb at i denies a deed that is no event of the
// lexicon's ("The Kremlin denied interfering in the election"), which is
// a denial of responsibility; a deed that is an event is coded denied
// itself ("Hamas denied attacking Israeli troops").
func (l *Lexicon) deniedDeed(t *tree, i int, word string) bool {
	if word != "deny" {
		return false
	}
	return slices.ContainsFunc(t.ChildrenWith(i, "xcomp", "ccomp"), func(c int) bool {
		if t.w(c).XPOS != "VBG" || len(t.ChildrenWith(c, "nsubj")) > 0 {
			return false
		}
		_, event := l.trigger(t, c)
		return !event
	})
}

// counterfactualNot: the verb at i is the negated past perfect of an
// "if" clause ("if Israel had not blocked food deliveries"), which says
// that what it negates happened.
func counterfactualNot(t *tree, i int) bool {
	return hasMark(t, i, "if") && notted(t, i) &&
		slices.ContainsFunc(t.ChildrenWith(i, "aux"), func(a int) bool { return t.lemma(a) == "have" && t.w(a).XPOS == "VBD" })
}

// stateActor: the actor is a state or its government.
func stateActor(a *document.Actor) bool {
	return a != nil && (a.Kind == "country" || a.Sector == "GOV")
}

// peopleOf: the side's words end in a people's name ("Thousands of
// Georgians"), not the state's.
func (l *Lexicon) peopleOf(t *tree, side document.EventActor) bool {
	k := t.Sentence.WordEnding(side.End)
	if k < 0 || t.w(k).Start < side.Start {
		return false
	}
	return l.demonym(t.w(k).Form) != "" || t.w(k).XPOS == "NNS" && l.personLemma(t, k) // "Iranians", "protesters"
}

// liftsBlock: the verb at i gives up a veto or an objection of its
// subject's, which was aimed at others.
func liftsBlock(t *tree, i int) bool {
	return slices.ContainsFunc(t.ChildrenWith(i, "obj"), func(o int) bool { return blocks[t.lemma(o)] })
}

// blocks are what one sets in others' way.
var blocks = set(`veto objection opposition reservation blockade`)

// countryOf is the country of a CAMEO actor code, "" if it names none.
func countryOf(code string) string {
	if len(code) < 3 {
		return ""
	}
	if c := countries.ByName(code[:3]); c.Alpha3() == code[:3] {
		return code[:3]
	}
	return ""
}

// isSector reports whether a code is a sector alone ("GOV", "LEG").
func isSector(code string) bool {
	switch code {
	case "GOV", "LEG", "JUD", "MIL", "OPP", "REB", "COP", "PTY", "ELI":
		return true
	}
	return false
}

// namedPerson reports whether an actor is a person known by name, not
// only by role ("an Argentine judge").
func namedPerson(a *document.Actor) bool {
	if !person(a) {
		return false
	}
	name := strings.Fields(a.Name)
	return len(name) == 0 || !slices.Contains(a.Titles, strings.ToLower(name[len(name)-1]))
}

// wordsOnly are the adjectives that make an attack one of words.
var wordsOnly = set(`personal verbal rhetorical partisan negative`)

// verbalAttack: one named person attacking another ("Bush also attacked
// billionaire Donald Trump", "Christie's attacks on Rubio") is a
// politician's criticism (111), not the use of force (190), which
// armies, groups and countries carry out; so is one attacking people
// named by a noun ("refusing to attack his rivals") or something no
// force can strike ("his attacks on the role of money in politics"), and
// a person's attacks on no one named ("Sanders's attacks have reinforced
// stereotypes", "a new line of attack") unless the words mark force
// ("the deadly attacks in Paris", "the Benghazi attack").
func (l *Lexicon) verbalAttack(t *tree, i int, e document.Event, byID map[string]*document.Actor) bool {
	if e.CAMEO != "190" {
		return false
	}
	if w := t.lemma(i); (w == "attack" || w == "assault") &&
		slices.ContainsFunc(t.ChildrenWith(i, "amod"), func(c int) bool { return wordsOnly[t.lemma(c)] }) {
		return true // "personal attacks", "his verbal assault"
	}
	if l.spokenAttack(t, i) {
		return true // "Milei's comments were an attack on Spain's institutions"
	}
	if !namedPerson(byID[e.Source.Actor]) && !followersText(e.Source.Text) {
		return false // but "his backers' attacks on the former secretary of state" are a campaign's
	}
	// One person assaulting another is a crime: only a noun assault can
	// be a speech ("his verbal assault on the nominee").
	if w := t.lemma(i); w != "attack" && (w != "assault" || t.w(i).UPOS != "NOUN") {
		return false
	}
	if namedPerson(byID[e.Target.Actor]) || e.Target.Actor != "" && person(byID[e.Target.Actor]) {
		return true // "attacked Bush", "attacked him"
	}
	if e.Target.Actor != "" || e.Target.Code != "" || l.lemmas == nil {
		return false
	}
	abstract, concrete := false, false
	for _, o := range append(patients(t, i), objects(t, i, "obl", "nmod")...) {
		if c := t.caseOf(o); c != "" && c != "on" && c != "against" {
			continue
		}
		switch t.w(o).UPOS {
		case "PROPN":
			concrete = true // a name no actor stands for may be a place ("attacked Aleppo")
		case "NOUN":
			files := l.lemmas.LexFiles(t.lemma(o), false)
			if files&personNouns != 0 {
				return true // "refusing to attack his rivals", "attacks on critics"
			}
			if files&abstractNouns != 0 && files&concreteNouns == 0 {
				abstract = true // "attacks on tax cuts"
			} else {
				concrete = true // "the attack on the consulate"
			}
		}
	}
	switch {
	case concrete:
		return false
	case !abstract && t.w(i).UPOS == "NOUN" && len(t.ChildrenWith(i, "nmod:poss")) == 0 && !lineOfAttack(t, i):
		return false // "the attack", "before the attacks": whose, only a possessor says
	}
	return !forceMarked(t, i, e)
}

// spokenAttack: the noun attack at i is what words were: "Milei's
// comments were an attack on Spain's institutions", its subject a noun
// WordNet files first under communication.
func (l *Lexicon) spokenAttack(t *tree, i int) bool {
	if t.w(i).UPOS != "NOUN" || len(t.ChildrenWith(i, "cop")) == 0 || l.lemmas == nil {
		return false
	}
	return slices.ContainsFunc(t.ChildrenWith(i, "nsubj"), func(s int) bool {
		return t.w(s).UPOS == "NOUN" && l.lemmas.FirstLexFile(t.lemma(s), false) == communicationNouns
	})
}

// communicationNouns is the number of WordNet's noun file of
// communication, where remarks, comments, statements and words are
// first filed (and an attack last, as criticism).
const communicationNouns = 10

// lineOfAttack: the noun at i is the object of "line of": "a new line of
// attack", an argument.
func lineOfAttack(t *tree, i int) bool {
	h := t.Head(i)
	return h >= 0 && t.lemma(h) == "line" && t.caseOf(i) == "of"
}

// abstractNouns are WordNet's noun files of acts, attributes, thought,
// speech, feelings, motives, possessions, relations and states: what can
// be attacked only in words. concreteNouns are those of things, places,
// bodies, animals, groups and people.
const (
	abstractNouns = 1<<4 | 1<<7 | 1<<9 | 1<<10 | 1<<12 | 1<<16 | 1<<21 | 1<<24 | 1<<26
	concreteNouns = 1<<5 | 1<<6 | 1<<8 | 1<<14 | 1<<15 | 1<<17 | 1<<18
)

// forceWords modify an attack made with force, or tell of bloodshed in
// its sentence ("During his attack, Mateen also posted messages": the
// sentence before counts the dead, this one does not).
var forceWords = set(`terrorist terror terrorism deadly fatal suicide military air missile rocket drone chemical armed violent bomb ` +
	`knife gun shooting lethal bloody brutal physical sexual cyber nuclear horrific coordinated kill dead wound injure ` +
	`gunman shooter weapon massacre victim slaughter carnage bloodshed troop force soldier police`)

// seizesPlace: an armed side or a country capturing or seizing a place occupies
// territory (192), as PETRARCH's CAPTURE, SEIZE and TAKE patterns code
// "captured the town" and "seized the airport"; a candidate "capturing
// Texas" wins a vote, and police "capturing a suspect" arrest.
func (l *Lexicon) seizesPlace(t *tree, i int, actorAt map[int]*document.Actor) bool {
	if !seizeVerbs[t.lemma(i)] || t.w(i).UPOS != "VERB" || l.lemmas == nil {
		return false
	}
	armed := false
	for _, s := range l.sources(t, i) {
		if relative(t.w(s)) {
			if ante := t.Antecedent(s); ante >= 0 {
				s = ante // "The M23 rebel group, which seized the cities"
			}
		}
		for _, c := range append(conjuncts(t, s), t.ChildrenWith(s, "compound")...) {
			a := actorAt[t.w(c).Start]
			// A country or its defence ministry too: "Russia's defence
			// ministry claimed to have captured two more villages".
			armed = armed || armedWords[t.lemma(c)] || a != nil && (armedCode(a.Code) || a.Kind == "country" || defenceBody(a.Name))
		}
	}
	if !armed {
		return false
	}
	for _, p := range patients(t, i) {
		if relative(t.w(p)) {
			if ante := t.Antecedent(p); ante >= 0 {
				p = ante // "land that Russian forces have been unable to capture"
			}
		}
		a := actorAt[t.w(p).Start]
		switch {
		case placeActor(a),
			t.w(p).UPOS == "NOUN" && (held[t.lemma(p)] || l.lemmas.LexFiles(t.lemma(p), false)&locations != 0):
			return true
		}
	}
	return false
}

// defenceBody: the name is of a defence ministry or department.
func defenceBody(name string) bool {
	l := strings.ToLower(name)
	return strings.Contains(l, "defence") || strings.Contains(l, "defense")
}

// phraseCase is the preposition of the phrase the noun at i heads, or,
// when it counts or spans events ("following a week of deadly border
// clashes", whose "following" has the lemma "follow"), of the phrase its
// head heads.
func phraseCase(t *tree, i int) string {
	c := t.caseOf(i)
	if h := t.Head(i); c == "of" && t.Rel(i) == "nmod" && h >= 0 && (batches[t.lemma(h)] || timeNouns[t.lemma(h)]) {
		return t.caseOf(h)
	}
	if h := t.Head(i); (c == "in" || c == "of") && t.Rel(i) == "nmod" && h >= 0 && trends[t.lemma(h)] {
		return t.caseOf(h) // "despite a surge in fighting", "after an escalation of attacks"
	}
	if c == "" && t.w(i).UPOS == "NOUN" {
		// "since the Gaza ceasefire", its "since" parsed as a
		// subordinator.
		for _, m := range [...]string{"since", "after", "before", "until"} {
			if hasMark(t, i, m) {
				return m
			}
		}
	}
	return c
}

// takesNoGround: the object of a verb of retaking at i is a common noun
// for no place or thing ("exams", "momentum"); a pronoun ("vowed to
// retake it") or a name may be the ground.
func (l *Lexicon) takesNoGround(t *tree, i int) bool {
	if l.lemmas == nil {
		return false
	}
	return slices.ContainsFunc(t.ChildrenWith(i, "obj"), func(o int) bool {
		return t.w(o).UPOS == "NOUN" && !held[t.lemma(o)] && l.lemmas.LexFiles(t.lemma(o), false)&(locations|1<<6) == 0
	})
}

// weaponHits: what hits at i is a weapon or an armed side ("Ukrainian
// drones hit an oil refinery", "a missile hit the hospital", "rebel
// fighters hit an army post"), not a storm, a candidate or a number.
func (l *Lexicon) weaponHits(t *tree, i int) bool {
	hitters := t.ChildrenWith(i, "nsubj")
	for _, o := range t.ChildrenWith(i, "obl") {
		if t.caseOf(o) == "by" {
			hitters = append(hitters, o) // "the hospital was hit by a missile"
		}
	}
	for _, s := range hitters {
		for _, c := range conjuncts(t, s) {
			if weaponWords[t.lemma(c)] || armedWords[t.lemma(c)] {
				return true
			}
		}
	}
	return false
}

// beingDone: the verb at i is a passive "being" clause with an agent,
// after or before the deed of the verb over it ("had interviewed him
// after being warned by the Russian government"), whose subject is
// that verb's; not after a verb of saying ("French officials said,
// before being shot to death by police": the driver).
func beingDone(t *tree, i int) bool {
	h := t.Head(i)
	return t.Rel(i) == "advcl" && h >= 0 && !speechVerbs[t.lemma(h)] && hasMark(t, i, "after", "before") &&
		slices.ContainsFunc(t.ChildrenWith(i, "obl", "obl:agent"), func(o int) bool { return t.caseOf(o) == "by" }) &&
		slices.ContainsFunc(t.ChildrenWith(i, "aux:pass"), func(a int) bool { return strings.EqualFold(t.w(a).Form, "being") })
}

// armedTarget: what the verb at i targets is a military one ("targeted
// an Israeli army base", "targeted Ukrainian positions"), or who targets
// is an armed body the dictionary knows ("Hezbollah targeted …").
func (l *Lexicon) armedTarget(t *tree, i int) bool {
	for _, o := range t.ChildrenWith(i, "obj", "nsubj:pass") {
		if militaryTargets[t.lemma(o)] || armedWords[t.lemma(o)] {
			return true
		}
	}
	subjects := t.ChildrenWith(i, "nsubj")
	if len(subjects) == 0 && (t.Rel(i) == "xcomp" || t.Rel(i) == "advcl") && t.w(i).XPOS == "VBG" && t.Head(i) >= 0 {
		// "The RSF denied targeting civilians", also with the gerund an
		// adverbial clause ("has denied targeting").
		subjects = t.ChildrenWith(t.Head(i), "nsubj")
	}
	for _, s := range subjects {
		if e, ok := l.actors.Lookup(t.w(s).Form); ok && armedSectors[e.Sector] {
			return true
		}
		// A state aiming at another state: "Moscow denied targeting
		// Poland".
		if l.state(t, s) && slices.ContainsFunc(t.ChildrenWith(i, "obj"), func(o int) bool { return l.state(t, o) }) {
			return true
		}
	}
	return false
}

// state: the word at k names a country or its capital.
func (l *Lexicon) state(t *tree, k int) bool {
	return l.countryName(t.w(k).Form) != "" || l.countryAs(t.w(k).Form, "capital") != ""
}

// leftOpen: the verb at h leaves something open ("left the door open to
// talks"), which what it is open to is the subject's intent.
func leftOpen(t *tree, h int) bool {
	return (t.lemma(h) == "leave" || t.lemma(h) == "keep") &&
		slices.ContainsFunc(t.ChildrenWith(h, "xcomp"), func(x int) bool { return t.lemma(x) == "open" })
}

// countOfNoOne: the noun at k is a count with no "of" phrase to say of
// what ("detained dozens"), which, to a verb done to people, is of
// people.
func countOfNoOne(t *tree, k int) bool {
	return counted[t.lemma(k)] && !slices.ContainsFunc(t.ChildrenWith(k, "nmod"), func(n int) bool {
		return t.w(n).Rel != "nmod:poss" && t.caseOf(n) == "of"
	})
}

// counted are the nouns of a number that stand for people when nothing
// says of what: "detained dozens", "killed hundreds".
var counted = set(`dozen hundred thousand score`)

// withdrawnForces are what a side pulls back.
var withdrawnForces = set(`troop force soldier unit forces troops`)

// sanctionsTarget: "target" at i is what sanctions aim at ("adopted its
// 17th package of sanctions …, targeting nearly 200 vessels of Moscow's
// shadow fleet"): the clause it hangs on, or its own subject, is about
// sanctions.
func sanctionsTarget(t *tree, i int) bool {
	h := t.Head(i)
	if h < 0 {
		return false
	}
	if t.Rel(i) == "nsubj" || t.Rel(i) == "acl" {
		return sanctionWords[t.lemma(h)]
	}
	for k := range t.Sentence.Words {
		if k != i && sanctionWords[t.lemma(k)] && (t.Head(k) == h || k == h || t.Head(k) >= 0 && t.Head(t.Head(k)) == h) {
			return true
		}
	}
	return slices.ContainsFunc(t.ChildrenWith(i, "nsubj"), func(s int) bool { return sanctionWords[t.lemma(s)] })
}

var sanctionWords = set(`sanction embargo tariff`)

var (
	// militaryTargets are what armed sides attack.
	militaryTargets = set(`base position outpost depot convoy checkpoint barracks headquarters installation garrison airfield airbase warship vessel tank infrastructure grid refinery`)
	armedSectors    = set(`MIL REB IMG INS`)
)

var (
	// weaponWords are what strikes in an attack.
	weaponWords = set(`drone missile rocket shell bomb strike airstrike shelling artillery warplane jet aircraft helicopter ` +
		`gunship projectile mortar munition torpedo barrage salvo bullet`)
	seizeVerbs = set(`capture seize`)
	// armedWords are the nouns for armed sides no actor may stand for.
	armedWords = set(`rebel militant fighter force troop soldier army insurgent jihadist militia guerrilla military gunman`)
	// held are the places an armed side holds that WordNet files as
	// artifacts.
	held = set(`airport airfield airbase base camp stronghold headquarters outpost checkpoint garrison compound`)
)

// armedCode: the actor code is of an armed force, rebels or a militant
// group.
func armedCode(code string) bool {
	return strings.HasSuffix(code, "MIL") || strings.HasSuffix(code, "REB") || strings.HasSuffix(code, "INS") || code == "IMG"
}

// placeOrActor: the word at k is a name, an actor word, or a noun
// WordNet files under places ("fight for the villages", "for their
// country").
func (l *Lexicon) placeOrActor(t *tree, k int) bool {
	return t.w(k).UPOS == "PROPN" || isActorWord(t, k) || l.lemmas != nil && l.lemmas.LexFiles(t.lemma(k), false)&locations != 0
}

// forceVerbs are what one fights to do by force.
var forceVerbs = set(`destroy defeat kill crush eradicate capture seize retake liberate expel`)

// forceMarked: the attack at i has a place, a modifier that marks force,
// or a place or date for a name ("the Benghazi attack", "the 9/11
// attacks"), or its sentence tells of bloodshed.
func forceMarked(t *tree, i int, e document.Event) bool {
	if e.Location.Text != "" || forceInSentence(t) {
		return true
	}
	for _, m := range t.ChildrenWith(i, "amod", "compound", "nmod", "obl") {
		w := t.w(m)
		if forceWords[t.lemma(m)] || w.UPOS == "PROPN" && t.caseOf(m) == "" || w.UPOS == "NUM" {
			return true
		}
		if c := t.caseOf(m); (c == "in" || c == "at") && w.UPOS == "PROPN" {
			return true
		}
	}
	return false
}

var personalPronoun = set(`he she him her his i me my`)

// forceInSentence: a word of the sentence tells of force or bloodshed
// (forceWords).
func forceInSentence(t *tree) bool {
	for k := range t.Sentence.Words {
		if forceWords[t.lemma(k)] {
			return true
		}
	}
	return false
}

// contest: a named person beating another ("Clinton would beat Donald
// Trump") wins an election or a match, and one fighting no one named
// ("fighting to defend the Constitution") campaigns; neither is
// violence. A rally one person holds or speaks at ("At a rally in
// Milwaukee, she described Trump as kind") is a campaign's, no protest:
// crowds protest.
func contest(t *tree, i int, e document.Event, byID map[string]*document.Actor) bool {
	switch t.lemma(i) {
	case "rally":
		return e.Root == "14" && t.w(i).UPOS == "NOUN" && (person(byID[e.Source.Actor]) || personalPronoun[strings.ToLower(e.Source.Text)])
	case "beat":
		// "the only guy who can beat Donald Trump": whoever beats a named
		// person but the police or an army wins a vote.
		return e.CAMEO == "182" && namedPerson(byID[e.Target.Actor]) && !forceSector(e.Source.Code)
	case "fight":
		return e.Root == "19" && namedPerson(byID[e.Source.Actor]) && e.Target.Code == "" && e.Target.Actor == ""
	}
	return false
}

// forceSector: the actor code is of police or an armed force.
func forceSector(code string) bool {
	return strings.HasSuffix(code, "COP") || strings.HasSuffix(code, "MIL") || strings.HasSuffix(code, "REB")
}

// person reports whether an actor (nil for none) is a person.
func person(a *document.Actor) bool { return a != nil && a.Kind == "person" }

// placeless are the CAMEO roots of events whose place says nothing of
// whom they are aimed at: statements (01) and meetings (04, "met in
// Geneva").
var placeless = map[string]bool{"01": true, "04": true}

// byAgent reports whether a participle has a "by" oblique: "weapons
// supplied by Iran" is passive.
func byAgent(t *tree, k int) bool {
	for _, o := range t.ChildrenWith(k, "obl") {
		if t.caseOf(o) == "by" {
			return true
		}
	}
	return false
}

// answers are light verbs whose subject responds to the noun event they
// take, and madeToOthers the CAMEO roots of events one makes to another:
// appeals (02), offers (03), demands (10), accusations and criticism (11),
// threats (13) and protests (14: "China rejected the protest").
var (
	answers      = set(`accept reject refuse decline welcome rebuff spurn dismiss weigh mull contemplate consider`)
	madeToOthers = map[string]bool{"02": true, "03": true, "10": true, "11": true, "13": true, "14": true}
)

// datedBy: the possessive at c is a time, which dates an event and
// does not do it. A name that ends in one ("USA TODAY's request") is no
// time.
func datedBy(t *tree, c int) bool {
	f := t.w(c).Form
	return (timeWord(t.lemma(c)) || timeNouns[t.lemma(c)] || monthWord(f)) && len(t.ChildrenWith(c, "compound", "flat")) == 0 && strings.ToUpper(f) != f
}

// yearNumber: the word is a year of the last two centuries ("2015").
func yearNumber(f string) bool {
	n, err := strconv.Atoi(f)
	return err == nil && len(f) == 4 && n >= 1900 && n < 2100
}

// violations are what an act done "in violation of" a truce or a law is
// done in: the truce is not the actor's to make.
var violations = set(`violation breach defiance`)

// shortSpans measure the time between two events ("hours after the
// attack"), as timeNouns do, but date none by a possessive.
var shortSpans = set(`hour minute moment`)

// timeNouns are the spans of time a possessive may date an event by.
var timeNouns = set(`week weekend month year day night morning evening afternoon decade century`)

// deadline: the "by" phrase at k names a time, what is due by it, not
// who acts ("if the hostages were not freed by Saturday noon").
func deadline(t *tree, k int) bool {
	l := t.lemma(k)
	return timeWord(l) || monthWord(l) || timeNouns[l] || deadlines[l]
}

// deadlines are the times of day and limits a thing is due by.
var deadlines = set(`noon midnight dawn dusk deadline end`)

// timeWord: a day the parse may take for a subject ("Klibi today urged").
func timeWord(word string) bool {
	_, day := weekdays[word]
	return day || document.IsRelativeDay(word)
}

// dayPart: the phrase at c is a part of a named day ("Saturday
// afternoon", "Monday night").
func dayPart(t *tree, c int) bool {
	switch t.lemma(c) {
	case "morning", "afternoon", "evening", "night":
		return slices.ContainsFunc(t.ChildrenWith(c, "compound", "amod", "nmod:unmarked"), func(k int) bool { return timeWord(t.lemma(k)) })
	}
	return false
}

// clauseHead reports whether noun h stands where a clause should: it is
// the root, a complement or parataxis, or one of two subjects of a verb
// ("Israeli tanks fired at targets, witnesses said", with "fired" taken
// for a participle and "tanks" for a second subject of "said"). Its
// participle is then the clause's verb.
func clauseHead(t *tree, h int) bool {
	switch t.Rel(h) {
	case "root", "ccomp", "parataxis":
		return true
	case "nsubj":
		return len(t.ChildrenWith(t.Head(h), "nsubj")) > 1
	}
	return false
}

// targets are the object, the oblique the trigger's prepositions mark,
// or for a noun its nominal modifier with such a preposition.
func (l *Lexicon) targets(t *tree, i int, trig Trigger, actorAt map[int]*document.Actor) []int {
	// Only actors are targets: "proposed the idea" has none. A
	// possessive pronoun is one when it owns what force or sanctions
	// fall on and stands for a country or body ("fired on its
	// positions", "sanctions on its oil sector"); "attacks her record" is
	// politics.
	if l.blamedOn(t, i) >= 0 {
		return nil // "blamed the attack on Turkish forces": who did it, not whom it hit
	}
	var possessors []int // nil for most events: no map made per trigger
	actors := func(heads []int) []int {
		kept := l.actorWords(t, heads, actorAt)
		for _, h := range heads {
			if slices.Contains(possessors, h) && !slices.Contains(kept, h) {
				kept = append(kept, h)
			}
		}
		return kept
	}
	if t.lemma(i) == "blame" && t.w(i).UPOS == "VERB" && !slices.ContainsFunc(t.ChildrenWith(i, "obj"), func(o int) bool { return l.agentLike(t, o) && !relative(t.w(o)) }) {
		// "a strike, which it blamed on Turkish forces": whom a deed is
		// blamed on (not "blamed local officials on Twitter").
		for _, k := range t.ChildrenWith(i, "obl") {
			if t.caseOf(k) == "on" {
				return actors(conjuncts(t, k))
			}
		}
	}
	ownersOfForce := func(o int) []int {
		ws := owners(t, o)
		if !force[trig.Code[:2]] && !strings.HasPrefix(trig.Code, "163") {
			return ws
		}
		for _, w := range ws {
			if f := strings.ToLower(t.w(w).Form); (f == "its" || f == "their") && actorAt[t.w(w).Start] != nil {
				possessors = append(possessors, w)
			}
		}
		return ws
	}
	marked := func(o int) bool {
		c := t.caseOf(o)
		for _, p := range trig.Preps {
			if c == p {
				return true
			}
		}
		return false
	}
	if h := t.Head(i); h >= 0 && t.Rel(i) == "obj" && drawers[t.lemma(h)] && fromAuthored[t.lemma(i)] &&
		!slices.ContainsFunc(t.ChildrenWith(i, "nmod"), func(c int) bool { return c > i && t.caseOf(c) != "from" }) {
		// "Russia vetoed the resolution, drawing sharp criticism from
		// Britain": the one who drew it is its target, unless the noun
		// names its own ("received death threats against her and her
		// family").
		for v := h; v >= 0; v = t.Head(v) {
			if subj := t.ChildrenWith(v, "nsubj"); len(subj) > 0 {
				if out := actors(conjuncts(t, subj[0])); len(out) > 0 {
					return out
				}
				break
			}
			if t.Rel(v) != "advcl" && t.Rel(v) != "xcomp" && t.Rel(v) != "conj" {
				break
			}
		}
	}
	if s := summedActor(t, i); len(s) > 0 {
		if out := actors(s); len(out) > 0 {
			return out // "Japan expelled two Chinese diplomats, a move Beijing condemned"
		}
	}
	var out, ownersOfObjects []int
	objs := t.ChildrenWith(i, "obj", "iobj")
	// "deployed thousands of troops to its border with Belarus": the
	// forces sent are the sender's own, no target.
	sending := senders[t.lemma(i)] && t.w(i).UPOS == "VERB"
	if sending {
		objs = slices.DeleteFunc(objs, func(o int) bool { return sentForces(t, o) })
	}
	if _, done := patientKinds[trig.Code]; force[trig.Code[:2]] || done {
		// "had blocked and rammed its ship": the ship was blocked too;
		// not "not to shoot and begging her husband", nor "a poll
		// released last week showed Trump".
		for _, o := range sharedObjects(t, i) {
			if c := t.Head(o); (t.w(c).XPOS == "VBG") == (t.w(i).XPOS == "VBG") && joinedRightAfter(t, i, c) {
				objs = append(objs, o)
			}
		}
	}
	for _, o := range objs {
		if strings.EqualFold(t.w(o).Form, "whom") {
			if ante := t.Antecedent(o); ante >= 0 && ante != o {
				o = ante // "Donald Trump, whom he met three times"
			}
		}
		if compass[t.lemma(o)] {
			continue // "attacked about 50 nautical miles southwest of Hodeidah": where, not whom
		}
		if (strings.HasPrefix(trig.Code, "07") || strings.HasPrefix(trig.Code, "08")) && l.paired(t, i, o) {
			continue // "sent American troops to Iraq", "hand over the administration of Gaza to a committee": what is given, not to whom
		}
		if trig.Code == "161" && t.w(o).UPOS == "NOUN" && l.personLemma(t, o) {
			continue // "recalls ambassador from Niger": one's own envoy, not whom ties are cut with
		}
		if strings.HasPrefix(trig.Code, "084") && len(actors(handedTo(t, i))) > 0 {
			continue // "handed over 40 suspected Islamic State fighters to Syrian authorities": who are handed, not to whom
		}
		if strings.HasPrefix(trig.Code, "08") && withdrawnForces[t.lemma(o)] {
			continue // "failed to withdraw its troops from eastern Congo": what is pulled back, not from whom
		}
		if t.w(i).UPOS == "VERB" {
			out = append(out, conjuncts(t, o)...)
			if force[trig.Code[:2]] {
				// "destroyed two Houthi missile launchers": force against
				// a thing is aimed at whoever it belongs to.
				var held []int
				for _, oc := range conjuncts(t, o) {
					held = append(held, heldBy(t, oc)...)
				}
				owned := ownersOfForce(o)
				ownersOfObjects = append(ownersOfObjects, owned...)
				out = append(out, owned...)
				if len(actors(held)) == 0 {
					out = append(out, ofOwners(t, o)...) // not "the Houthi-controlled port of Ras Isa": the port's name, its holder named
				}
				out = append(out, namedOwners(t, o)...)
				out = append(out, held...)
			}
		}
	}
	if _, obj, ok := verbAsModifier(t, i); ok {
		out = append(out, conjuncts(t, obj)...) // the object it modifies in the parse
	}
	if h := t.Head(i); hyphenAgent(t, i) >= 0 && h >= 0 {
		out = append(out, h) // "Iran-backed rebels": the rebels, not what they are coordinated with
	}
	if w := warrantOf(t, i); w >= 0 {
		// "issued arrest warrants on Tuesday for the Taliban's supreme
		// leader": whom the warrant is for.
		for _, o := range t.ChildrenWith(w, "nmod") {
			if c := t.caseOf(o); c == "for" || c == "against" {
				out = append(out, conjuncts(t, o)...)
			}
		}
	}
	// "four officials it accused of supplying drones": a relative clause
	// with a subject of its own and no object is done to its noun.
	if n := t.Head(i); t.w(i).Rel == "acl:relcl" && t.w(i).UPOS == "VERB" && n >= 0 && n < i && !passiveVerb(t, i) && !strings.HasPrefix(trig.Code, "01") && l.agentLike(t, n) &&
		len(t.ChildrenWith(i, "obj")) == 0 && len(t.ChildrenWith(i, "nsubj")) > 0 &&
		!slices.ContainsFunc(t.ChildrenWith(i, "nsubj"), func(c int) bool { return relative(t.w(c)) || ownedByWhose(t, c) }) {
		out = append(out, n)
	}
	// "Belgrade, backed by Russia and China,": a participle with its
	// agent is done to the noun it describes.
	if h := t.Head(i); t.Rel(i) == "acl" && t.w(i).XPOS == "VBN" && h >= 0 && len(t.ChildrenWith(i, "obl:agent")) > 0 {
		out = append(out, conjuncts(t, h)...)
	}
	// "three Iraqi civilians have been killed": the passive subject is
	// what the event is done to.
	if passiveVerb(t, i) {
		for _, o := range passiveSubjects(t, i) {
			if relative(t.w(o)) {
				if ante := t.Antecedent(o); ante >= 0 && ante != o {
					o = ante // "The M23 rebel group, which experts say is backed by Rwanda"
					for _, c := range t.ChildrenWith(o, "compound") {
						if t.w(c).UPOS == "PROPN" {
							out = append(out, c) // the group's name, when the group is no actor word
						}
					}
				}
			}
			out = append(out, conjuncts(t, o)...)
		}
		if h := t.Head(i); (t.Rel(i) == "conj" || beingDone(t, i)) && h >= 0 && len(t.ChildrenWith(i, "nsubj:pass", "nsubj")) == 0 {
			// "He pleaded guilty and was sentenced"; "The FBI had
			// interviewed him after being warned by the Russian
			// government".
			for _, o := range t.ChildrenWith(h, "nsubj", "nsubj:pass") {
				out = append(out, conjuncts(t, o)...)
			}
		}
	}
	for _, o := range t.ChildrenWith(i, "obl", "nmod", "appos") {
		// A phrase with a preposition is no apposition, whatever the
		// parse says ("the US offer to President Pezeshkian"). An
		// oblique without a preposition is an object the parse
		// misread: "kidnapped up to 16 Russian civilian advisers".
		if t.Rel(o) == "appos" && !marked(o) {
			continue
		}
		if marked(o) || t.w(i).UPOS == "VERB" && t.w(o).Rel == "obl" && t.caseOf(o) == "" {
			if strings.EqualFold(t.w(o).Form, "whom") {
				if ante := t.Antecedent(o); ante >= 0 && ante != o {
					o = ante // "met Doval, with whom he discussed the border"
				}
			}
			out = append(out, conjuncts(t, o)...)
			if marked(o) {
				out = append(out, ownersOfForce(o)...)
				out = append(out, l.doersOf(t, o, actorAt)...)
			}
			if t.caseOf(o) == "from" && marked(o) && len(actors(conjuncts(t, o))) > 0 {
				// "retook Khartoum's airport from the Rapid Support
				// Forces": taken from whoever held it, not from the city
				// the place is named for.
				out = slices.DeleteFunc(out, func(k int) bool { return slices.Contains(ownersOfObjects, k) })
			}
		}
	}
	// "withdraw its troops from neighboring Lebanon", with "neighboring"
	// parsed as a clause that "from" introduces and Lebanon its object.
	for _, x := range t.ChildrenWith(i, "advcl") {
		for _, m := range t.ChildrenWith(x, "mark") {
			switch p := t.lemma(m); {
			case t.w(x).XPOS != "VBG" || !slices.Contains(trig.Preps, p):
			case p == "from" || p == "against" || p == "with" || p == "into" || p == "to":
				// Not "accused of killing nine people": the gerund's
				// object is then what it is about, not a side.
				for _, o := range t.ChildrenWith(x, "obj") {
					if t.w(o).UPOS == "PROPN" {
						out = append(out, o)
					}
				}
			}
		}
	}
	// "hold talks with Iran", "relayed the US offer to Pezeshkian": the
	// sides of a noun event may hang on the light verb that carries it,
	// or on a verb that passes it on.
	// markedOn adds the phrases on word h, with the relation, that the
	// trigger's prepositions mark.
	markedOn := func(h int, rel string) {
		for _, o := range t.ChildrenWith(h, rel) {
			if marked(o) {
				out = append(out, conjuncts(t, o)...)
				out = append(out, ownersOfForce(o)...) // "fired rockets at its cities"
			}
		}
	}
	obj := i
	if t.Rel(i) == "conj" && t.Head(i) >= 0 && t.Rel(t.Head(i)) == "obj" {
		obj = t.Head(i) // "launched a massive missile and drone attack on …", the attack parsed a conjunct of the object
	}
	if h := t.Head(obj); t.w(i).UPOS == "NOUN" && t.Rel(obj) == "obj" && h >= 0 && (l.light[t.lemma(h)] || passOn[t.lemma(h)]) {
		markedOn(h, "obl")
	}
	// "fighting raged between the army and M23 rebels": the sides of a
	// noun event may hang on the verb that says it happens.
	if h := t.Head(i); t.w(i).UPOS == "NOUN" && t.Rel(i) == "nsubj" && h >= 0 && occurrences[t.lemma(h)] {
		markedOn(h, "obl")
	}
	// "used military force against Iran", "fired rockets at Israel": a
	// verb coded with its object may have its sides on the object.
	if t.w(i).UPOS == "VERB" {
		for _, o := range t.ChildrenWith(i, "obj") {
			if l.paired(t, i, o) {
				markedOn(o, "nmod")
			}
		}
	}
	// "the war Israel is waging on Iran": or on the light verb of a
	// relative clause on it.
	if t.w(i).UPOS == "NOUN" {
		for _, r := range t.ChildrenWith(i, "acl:relcl", "acl") {
			if l.light[t.lemma(r)] {
				markedOn(r, "obl")
			}
		}
	}
	// "a wave of air strikes against Iran-aligned Houthi rebels": the
	// phrase may hang on the noun that counts the events.
	if h := t.Head(i); t.w(i).UPOS == "NOUN" && t.Rel(i) == "nmod" && t.caseOf(i) == "of" && h >= 0 && batches[t.lemma(h)] {
		markedOn(h, "nmod")
	}
	// "a mediation effort between Iraq and Iran": the phrase hangs on
	// the noun the event is a compound of.
	if h := t.Head(i); t.w(i).Rel == "compound" && t.w(i).UPOS == "NOUN" && h >= 0 && t.w(h).UPOS == "NOUN" {
		markedOn(h, "nmod")
	}
	if undergoes(t, i) {
		for _, c := range t.ChildrenWith(i, "nmod:poss") {
			out = append(out, conjuncts(t, c)...) // "Yoon's arrest", "Khashoggi's killing"
		}
	}
	// "a new package of sanctions targeting Russia's energy revenues":
	// what a noun event targets, or whose it is.
	if t.w(i).UPOS == "NOUN" {
		for _, c := range t.ChildrenWith(i, "acl") {
			if t.lemma(c) != "target" || t.w(c).XPOS != "VBG" {
				continue
			}
			for _, o := range t.ChildrenWith(c, "obj") {
				out = append(out, conjuncts(t, o)...)
				out = append(out, owners(t, o)...)
			}
		}
	}
	// "hit Iran's economy with new sanctions", "pounded Hezbollah's
	// positions with air strikes": what the verb strikes with force or
	// sanctions is their target, or whose it is.
	if o := struckWith(t, i); o >= 0 && (force[trig.Code[:2]] || strings.HasPrefix(trig.Code, "163")) {
		out = append(out, conjuncts(t, o)...)
		out = append(out, ownersOfForce(o)...)
	}
	if out = actors(out); len(out) > 0 {
		return out
	}
	// "engaged in direct communication with the United States", "relayed
	// the US offer to Pezeshkian": the target hangs under the verb's
	// object or oblique.
	for _, o := range objects(t, i, "obj", "obl") {
		// A phrase with a preposition is no apposition, whatever the
		// parse says ("the US offer to President Pezeshkian"); it may
		// hang on the last of coordinated objects ("providing
		// photographs and intelligence to Macedonia").
		for _, oc := range conjuncts(t, o) {
			for _, n := range t.ChildrenWith(oc, "nmod", "appos") {
				if marked(n) {
					out = append(out, conjuncts(t, n)...)
				}
				// "mobilized reservists for a possible war against
				// Iraq": "against" marks a target one phrase deeper.
				// "fired dozens of rockets at northern Israel": or on
				// what a number of things is of.
				for _, nn := range t.ChildrenWith(n, "nmod") {
					if marked(nn) && (t.caseOf(nn) == "against" || t.caseOf(n) == "of" && l.paired(t, i, n)) {
						out = append(out, conjuncts(t, nn)...)
					}
				}
			}
		}
	}
	if out = actors(out); len(out) > 0 {
		return out
	}
	// "demanded that the US cancel plans", "urged that Israel ease
	// restrictions": a demand or appeal is made of the subject of the
	// clause that says what is wanted.
	if root := trig.Code[:min(2, len(trig.Code))]; root == "10" || root == "02" {
		for _, x := range t.ChildrenWith(i, "ccomp", "acl", "advcl") {
			if t.Rel(x) == "advcl" && !hasMark(t, x, "for") {
				continue // only "called for Israel to halt its offensive"
			}
			for _, subj := range t.ChildrenWith(x, "nsubj") {
				out = append(out, conjuncts(t, subj)...)
			}
		}
		if out = actors(out); len(out) > 0 {
			return out
		}
	}
	// "summoned Niger's ambassador to complain of inaction": what a
	// summons is for is aimed at whom it summons; so is what one phones
	// someone to do ("called Netanyahu to urge restraint").
	if h := max(summonedFor(t, i), phonedFor(t, i)); h >= 0 {
		var roles []int // "the ambassadors of Germany and France", a title the actor words leave out
		for _, o := range t.ChildrenWith(h, "obj") {
			for _, c := range conjuncts(t, o) {
				if _, role := l.roleWord(t, c); role {
					roles = append(roles, c)
				} else {
					out = append(out, c)
				}
			}
		}
		if out = append(actors(out), roles...); len(out) > 0 {
			return out
		}
	}
	// "rejected a US offer", "rejected calls by Belarus's rulers",
	// "threatened further action against Russia": the target is named
	// inside the object that stands for another event.
	for _, o := range patients(t, i) { // "A camp for Congolese refugees was attacked"
		if t.w(o).UPOS != "NOUN" || compass[t.lemma(o)] || hosts[t.lemma(i)] && ownSides(t, o) {
			continue // "Oman hosted U.S.-Iran talks": the talks are theirs, and the hosting aimed at neither
		}
		for _, c := range t.Children(o) {
			switch t.w(c).Rel {
			case "compound", "nmod:poss":
				// "army reservists" names no other side; "a US offer" does.
				if !isActorWord(t, c) || actorAt[t.w(c).Start] != nil {
					out = append(out, c)
				}
			case "acl":
				// "rejected a humanitarian truce proposed by the United
				// States": whose proposal it was.
				// So is one "put forward by" them.
				putForward := t.lemma(c) == "put" && slices.ContainsFunc(t.ChildrenWith(c, "compound:prt", "advmod"), func(p int) bool { return t.lemma(p) == "forward" })
				if (drafters[t.lemma(c)] || t.lemma(c) == "offer" || t.lemma(c) == "submit" || t.lemma(c) == "present" || putForward) && t.w(c).XPOS == "VBN" {
					out = append(out, byAgents(t, c)...)
				}
			case "nmod":
				if t.caseOf(c) == "from" && carriedWords[t.lemma(o)] {
					break // "delivered a message from President Masoud Pezeshkian": the sender's side
				}
				switch t.caseOf(c) {
				case "to", "against", "on", "with", "by", "from", "for", "of", "into":
					out = append(out, conjuncts(t, c)...)
				}
				if t.w(c).UPOS == "NOUN" {
					out = append(out, ofFurther(t, c)...) // "a suspension of air links with Serbia"
				}
				if t.caseOf(c) == "of" && partNouns[t.lemma(o)] {
					// "rejected key points of the US peace plan"; not
					// "discussed terms of a Middle East peace".
					for _, w := range l.ownersOf(t, c) {
						if a := actorAt[t.w(w).Start]; a == nil || a.Kind != "place" {
							out = append(out, w)
						}
					}
				}
			}
		}
	}
	if sending {
		out = slices.DeleteFunc(out, func(k int) bool { return sentForces(t, k) })
	}
	// "closed the Russian consulate", "the closure of Russia's
	// consulate": whose mission it is.
	missionsOf := func(o int) {
		if !missions[t.lemma(o)] {
			return
		}
		if l.hasDemonym(t, o) {
			out = append(out, o) // "the Russian consulate"
		}
		out = append(out, t.ChildrenWith(o, "nmod:poss", "compound")...)
	}
	for _, o := range patients(t, i) {
		missionsOf(o)
	}
	if t.w(i).UPOS == "NOUN" {
		for _, c := range t.ChildrenWith(i, "nmod") {
			if t.caseOf(c) == "of" {
				missionsOf(c)
			}
		}
	}
	// "announced a suspension of air links with Serbia": a noun event's
	// own "of" phrase, one further.
	if t.w(i).UPOS == "NOUN" {
		for _, c := range t.ChildrenWith(i, "nmod") {
			out = append(out, ofFurther(t, c)...)
		}
	}
	if out = actors(out); len(out) > 0 {
		return out
	}
	// "offered to hand over two suspects to Britain": the target of an
	// offer, threat or demand sits in its complement clause.
	// "threatened to break relations with Russia": also a "with", "to",
	// "against" or "on" phrase of its object, and an infinitive the parse
	// hung as an adverbial clause.
	if strings.HasPrefix(trig.Code, "01") {
		// "the ministry said it had detected 71 Chinese aircraft": a
		// statement is not made to what it is about.
		return actors(out)
	}
	// "urged their citizens to leave Mali": an appeal or demand is made
	// to whom it asks to act, not to what they are asked to act on.
	addressed := (strings.HasPrefix(trig.Code, "02") || strings.HasPrefix(trig.Code, "10")) && len(t.ChildrenWith(i, "obj", "iobj")) > 0
	for _, x := range t.ChildrenWith(i, "xcomp", "ccomp", "advcl") {
		if t.Rel(x) == "advcl" && !infinitive(t, x) || t.Rel(x) == "xcomp" && addressed {
			continue
		}
		for _, o := range t.ChildrenWith(x, "obj", "iobj", "obl") {
			if c := t.caseOf(o); c == "" || c == "to" || c == "with" || c == "against" || c == "on" || marked(o) {
				out = append(out, conjuncts(t, o)...)
				if c != "" {
					out = append(out, l.doersOf(t, o, actorAt)...) // what is acted against, not an object
				}
			}
			if t.Rel(o) != "obj" {
				continue
			}
			for _, n := range t.ChildrenWith(o, "nmod") {
				if c := t.caseOf(n); c == "to" || c == "with" || c == "against" || c == "on" {
					out = append(out, conjuncts(t, n)...)
				}
			}
		}
	}
	return actors(out)
}

// patientKinds are, for codes of acts done to people or things, the
// WordNet noun classes (lexicographer files) their object may be of:
// persons and groups for hosting a visitor (043), arresting (173),
// expelling (174), abducting (181), killing and injuring (18x but
// bombings); also artifacts, possessions and places for returning and
// releasing (084: "return the helicopter", but not "released a
// statement").
var patientKinds = map[string]uint64{
	"043": people, "0841": people, "173": people, "174": people, "180": people, "181": people, "182": people,
	"185": people, "186": people,
	"084": people | 1<<6 | locations | 1<<21 | notWords, // artifact, location, possession
}

// people are WordNet's noun.group and noun.person; personNouns the
// latter alone; locations noun.location.
const (
	people      = 1<<14 | personNouns
	personNouns = 1 << 18
	locations   = 1 << 15
	quantities  = 1<<23 | 1<<24 // and relations, where WordNet files "percent"
	// notWords marks kinds whose things are no words or thought: what
	// is returned or released is people or property, not a video, a
	// poll or documents, though WordNet files some of them under
	// artifacts too.
	notWords = 1 << 63
)

// doneTo reports whether the act at i is done to something of the
// kinds given, as far as its object (or, in the passive, its subject)
// tells: a name, a pronoun, an actor, or a noun WordNet files under one
// of the kinds ("prisoners", "civilians", "a delegation"). An act
// without an object is not ruled out.
func (l *Lexicon) doneTo(t *tree, i int, actorAt map[int]*document.Actor, kinds uint64) bool {
	ps := patients(t, i)
	// "a poll released Sunday", "the prisoners released on Monday": a
	// participle is done to the noun it modifies.
	if h := t.Head(i); len(ps) == 0 && t.Rel(i) == "acl" && t.w(i).XPOS == "VBN" && h >= 0 {
		ps = []int{h}
	}
	if t.w(i).UPOS == "NOUN" && kinds&notWords != 0 {
		// "the release of Guantanamo detainees", not "the release of the
		// jobs report", "its release", "for public release".
		ps = nil
		for _, n := range t.ChildrenWith(i, "nmod", "compound") {
			if t.caseOf(n) == "of" || t.w(n).Rel == "nmod:poss" || t.Rel(n) == "compound" && t.w(n).UPOS == "NOUN" && t.w(n).Form == t.lemma(n) {
				ps = append(ps, n) // "a prisoner exchange" too, not "the Trump release"
			}
		}
		if len(ps) == 0 {
			return false
		}
	} else if t.w(i).UPOS == "NOUN" && kinds&people != 0 && l.lemmas != nil {
		// "the execution of two spies", not "the execution of the plan":
		// an "of" phrase names whom, when there is one.
		ps = slices.DeleteFunc(t.ChildrenWith(i, "nmod"), func(n int) bool { return t.caseOf(n) != "of" })
		if len(ps) == 0 {
			return true
		}
	} else if len(ps) == 0 || l.lemmas == nil || t.w(i).UPOS != "VERB" {
		return true
	}
	if l.lemmas == nil {
		return true
	}
	for _, p := range ps {
		for _, c := range conjuncts(t, p) {
			w := t.w(c)
			if tr, ok := l.nouns[t.lemma(c)]; ok && strings.HasPrefix(tr.Code, "04") {
				return true // "hosting talks", "received the summit"
			}
			if a := actorAt[w.Start]; a != nil && a.Kind == "place" && kinds&locations == 0 {
				continue // "captured Texas and Oklahoma": states won, no one arrested
			}
			files := l.lemmas.LexFiles(t.lemma(c), false)
			if first := l.lemmas.FirstLexFile(t.lemma(c), false); w.UPOS == "NOUN" && kinds&notWords != 0 &&
				(first == lemma.NounCommunication || first == lemma.NounCognition) {
				continue // "released a video", "returned the documents": words, no property
			}
			if kinds&notWords != 0 && w.Rel == "nmod:poss" && w.UPOS == "PRON" && !personForms[strings.ToLower(w.Form)] {
				continue // "its release"; but "secured their release"
			}
			if w.UPOS != "NOUN" || actorAt[w.Start] != nil || isActorWord(t, c) || l.hasDemonym(t, c) || files&kinds != 0 ||
				kinds&people != 0 && (t.lemma(c) == "remains" || t.lemma(c) == "body" || personFigure(t, c)) {
				return true // "handed over the remains of two hostages", "arrested two opposition figures"
			}
			// "more than 100 Palestinians", "dozens of protesters", "81
			// percent of the victims": the head may be a quantity or a
			// proportion with the people under it. Not a
			// possessor, which owns what is done to ("captured his party's
			// nomination"), nor what a thing belongs to ("captured the
			// support of voters").
			if l.lemmas.LexFiles(t.lemma(c), false)&quantities == 0 {
				continue
			}
			for _, n := range t.ChildrenWith(c, "nmod") {
				if t.w(n).Rel == "nmod:poss" {
					continue
				}
				if l.lemmas.LexFiles(t.lemma(n), false)&kinds != 0 || actorAt[t.w(n).Start] != nil {
					return true
				}
			}
			// "Turkey detains dozens in crackdown": a count of no one
			// named is of people, to a verb done to people.
			if countOfNoOne(t, c) && kinds&people != 0 {
				return true
			}
		}
	}
	return false
}

// givesWords: what the verb of giving at i gives is words, thought or
// feeling ("delivered a keynote", "gave lawmakers an assessment",
// "provide a written statement", "gave them hope"), which is no aid: its
// object is a noun WordNet files under communication, cognition, feeling
// or attribute and under no kind of thing, possession, substance or
// people.
func (l *Lexicon) givesWords(t *tree, i int) bool {
	if l.lemmas == nil || t.w(i).UPOS != "VERB" {
		return false
	}
	objs := t.ChildrenWith(i, "obj")
	if h := t.Head(i); len(objs) == 0 && t.w(i).Rel == "acl:relcl" && h >= 0 {
		objs = []int{h} // "an interview he gave to Fox News"
	}
	if len(objs) == 0 {
		return false
	}
	o := objs[len(objs)-1] // the thing given, after the one it is given to
	kinds := l.lemmas.LexFiles(t.lemma(o), false)
	if kinds&(1<<23) != 0 && kinds&wordKinds == 0 {
		// "a little bit of hope": the quantity of what is given.
		for _, n := range t.ChildrenWith(o, "nmod") {
			if t.caseOf(n) == "of" {
				o, kinds = n, l.lemmas.LexFiles(t.lemma(n), false)
			}
		}
	}
	return t.w(o).UPOS == "NOUN" && kinds&wordKinds != 0 && kinds&thingKinds == 0
}

// offersWords: what the verb "offer" at i offers is words, thought or
// feeling ("offered his thoughts on the field", "offered few ideas",
// "offered condolences"), not cooperation: its object's most frequent
// sense is speech, thought, feeling or a quality, and it is no proposal,
// plan or deal, which are words that offer cooperation.
func (l *Lexicon) offersWords(t *tree, i int) bool {
	if l.lemmas == nil || t.w(i).UPOS != "VERB" {
		return false
	}
	objs := t.ChildrenWith(i, "obj")
	if len(objs) == 0 {
		return false
	}
	o := objs[len(objs)-1]
	switch first := l.lemmas.FirstLexFile(t.lemma(o), false); {
	case t.w(o).UPOS != "NOUN" || cooperationWords[t.lemma(o)]:
		return false
	default:
		return first == lemma.NounCommunication || first == lemma.NounCognition || first == 12 || first == 7
	}
}

// cooperationWords are words and thoughts that offer cooperation.
var cooperationWords = set(`proposal plan deal talk negotiation ceasefire truce agreement compromise mediation idea ` +
	`settlement peace concession amnesty pardon asylum guarantee assurance pledge promise invitation initiative solution relief`)

// WordNet's noun files: words, thought, feeling and qualities, against
// things, possessions, food, substances and people.
const (
	wordKinds  = 1<<7 | 1<<9 | 1<<10 | 1<<12
	thingKinds = 1<<6 | 1<<13 | 1<<21 | 1<<27 | people
)

// firesPerson: the verb "fire" at i is done to a person, whom it
// dismisses ("Sanders has fired his national data director", "getting
// fired", "it fires him up"); guns and rockets are fired, at people.
func (l *Lexicon) firesPerson(t *tree, i int, actorAt map[int]*document.Actor) bool {
	ps := patients(t, i)
	if len(ps) == 0 && len(t.ChildrenWith(i, "aux:pass")) > 0 && len(t.ChildrenWith(i, "obl", "obj")) == 0 {
		return true // "getting fired from your company": no weapon named
	}
	for _, p := range ps {
		w := t.w(p)
		a := actorAt[w.Start]
		if w.UPOS == "PRON" || person(a) || w.UPOS == "PROPN" && (a == nil || a.Kind != "country" && a.Kind != "place") ||
			w.UPOS == "NOUN" && !munitions[t.lemma(p)] && l.personLemma(t, p) { // a drone is no idler
			return true
		}
	}
	return false
}

// peopleDoneTo is the words of the people an event is done to, its
// object or passive subject ("dozens of protesters", "two men"), for a
// side no actor names; empty if it is done to no people.
func (l *Lexicon) peopleDoneTo(d *document.Document, t *tree, i int) document.EventActor {
	done := patients(t, i)
	for _, o := range t.ChildrenWith(i, "obl") {
		if aimedCases[t.caseOf(o)] {
			done = append(done, o) // "fired tear gas at thousands of protesters"
		}
	}
	// "fired tear gas and water cannon at thousands of protesters", with
	// the phrase hung on the object or its last conjunct.
	for _, ob := range t.ChildrenWith(i, "obj") {
		for _, oc := range conjuncts(t, ob) {
			for _, n := range t.ChildrenWith(oc, "nmod") {
				if aimedCases[t.caseOf(n)] {
					done = append(done, n)
				}
			}
		}
	}
	for _, o := range done {
		if compass[t.lemma(o)] {
			continue // "southwest of Hodeidah": a place
		}
		people := l.agentLike(t, o)
		for _, n := range t.ChildrenWith(o, "nmod") {
			people = people || t.caseOf(n) == "of" && l.agentLike(t, n)
		}
		// "Police detained dozens in Istanbul": a count of no one named
		// is of people, as it is to the object's kind.
		people = people || countOfNoOne(t, o)
		if !people {
			continue
		}
		ws := t.Subtree(o, -1)
		// And of the people an "of" phrase names: "thousands of students
		// who marched on parliament".
		ofs := slices.DeleteFunc(t.ChildrenWith(o, "nmod"), func(n int) bool { return t.caseOf(n) != "of" })
		for _, c := range slices.Concat(t.Children(o), childrenOf(t, ofs)) {
			if r := t.Rel(c); r == "case" && t.Head(c) == o || r == "acl:relcl" || r == "acl" || r == "nmod" && (timeCases[t.caseOf(c)] || timeWord(t.lemma(c))) {
				// Not "at", nor "who marched on parliament", nor "after
				// the fall of Bashar al-Assad", nor "on Wednesday".
				sub := t.Subtree(c, -1) // once, not once for each word of ws
				ws = slices.DeleteFunc(ws, func(k int) bool { return slices.Contains(sub, k) })
			}
		}
		lo, hi := o, o // the words next to the head, not a stray one
		for lo > 0 && slices.Contains(ws, lo-1) && (t.w(lo-1).UPOS != "PUNCT" || inWord(t, lo-1)) {
			lo--
		}
		for slices.Contains(ws, hi+1) && (t.w(hi+1).UPOS != "PUNCT" || inWord(t, hi+1)) {
			hi++
		}
		start, end := t.w(lo).Start, t.w(hi).End
		return document.EventActor{Text: d.Text[start:end], Start: start, End: end}
	}
	return document.EventActor{}
}

// childrenOf are the children of the words at heads.
func childrenOf(t *tree, heads []int) []int {
	var out []int
	for _, h := range heads {
		out = append(out, t.Children(h)...)
	}
	return out
}

// timeCases mark a phrase that dates what it hangs on.
var timeCases = set(`after before since until during`)

// inWord: the punctuation at k joins the words either side of it with
// no space ("war-torn"), as part of one word.
func inWord(t *tree, k int) bool {
	ws := t.Sentence.Words
	return k > 0 && k+1 < len(ws) && ws[k-1].End == ws[k].Start && ws[k].End == ws[k+1].Start
}

// aimedCases mark whom force or repression is aimed at.
var aimedCases = set(`at on against`)

// kindOfPeople: the noun at i only says what people the noun after it
// are ("riot police", "aid workers", "protest candidate"), not what they
// do; not a noun that is an event too ("summit meeting").
func (l *Lexicon) kindOfPeople(t *tree, i int) bool {
	h := t.Head(i)
	if t.w(i).UPOS != "NOUN" || t.Rel(i) != "compound" || h <= i || t.w(h).UPOS != "NOUN" || !l.agentLike(t, h) {
		return false
	}
	if batches[t.lemma(h)] {
		return false // "a new sanctions package", which WordNet files under groups: what it counts
	}
	_, event := l.trigger(t, h)
	return !event
}

// kindNamedAfterEvent: the noun at i, through the compounds after it,
// only says what kind of place or wrong their head is ("an aid
// distribution site", "a protest camp", "convicted of war crimes"), not
// an event done there.
func kindNamedAfterEvent(t *tree, i int) bool {
	k := i
	for t.w(k).UPOS == "NOUN" && t.Rel(k) == "compound" && t.Head(k) > k {
		k = t.Head(k)
	}
	return k != i && (placeNouns[t.lemma(k)] || crimeNouns[t.lemma(k)] || boardNouns[t.lemma(k)])
}

// placeNouns are kinds of places named after what is done there;
// crimeNouns kinds of wrongs and wrongdoers named after where they are
// done ("war crimes", "a war criminal"); boardNouns bodies named after
// what they deal with ("The Israeli war cabinet decided …").
var (
	placeNouns = set(`site centre center hub point camp facility warehouse route corridor zone area ground`)
	crimeNouns = set(`crime criminal`)
	boardNouns = set(`cabinet council committee room chest`)
)

// asksToAct: the verb at h appeals to or demands of its object o ("urged
// Kyiv and Moscow to agree", "is pressing Kyiv to accept"), who does the
// infinitive k right after it when the parse took it for one of purpose;
// not one who is telephoned ("called Sanders to congratulate him") or a
// thing asked for ("requested anonymity to discuss").
func (l *Lexicon) asksToAct(t *tree, h, o, k int) bool {
	tr, ok := l.trigger(t, h)
	if !ok || !strings.HasPrefix(tr.Code, "02") && !strings.HasPrefix(tr.Code, "10") || t.lemma(h) == "call" || !l.agentLike(t, o) {
		return false
	}
	last := o
	for _, c := range t.Subtree(o, -1) {
		last = max(last, c)
	}
	// "to" and the verb right after the object, or after a phrase of the
	// verb's ("urged Netanyahu in a phone call to allow more aid").
	between := map[int]bool{}
	for _, c := range t.ChildrenWith(h, "obl", "obl:tmod", "obl:unmarked", "advmod") {
		if c > last && c < k {
			for _, w := range t.Subtree(c, -1) {
				between[w] = true
			}
		}
	}
	for w := last + 1; w < k; w++ {
		if !between[w] && !(t.Head(w) == k && t.Rel(w) == "mark") {
			return false
		}
	}
	return k > last
}

// passiveVerb: the verb at i is passive, with its auxiliary or, for one
// accused in a headline, without one ("FDIC Accused Of Covering Up China
// Hacking"; other participles with a passive subject and no auxiliary
// are more often a past tense the tagger misread).
func passiveVerb(t *tree, i int) bool {
	if opposedTo(t, i) {
		return false
	}
	if len(t.ChildrenWith(i, "aux:pass")) > 0 {
		return true
	}
	if h := t.Head(i); (t.w(i).XPOS == "VBN" || t.w(i).XPOS == "VBD" && len(t.ChildrenWith(i, "obj", "xcomp", "ccomp")) == 0) &&
		t.Rel(i) == "conj" && h >= 0 && len(t.ChildrenWith(h, "aux:pass")) > 0 && len(t.ChildrenWith(i, "nsubj", "nsubj:pass", "aux")) == 0 {
		// "were killed or wounded": the participle shares the auxiliary
		// and the subject; so does one the tagger took for a past tense
		// and that takes no object ("was arrested in Nairobi and
		// deported to Uganda").
		return true
	}
	if t.w(i).XPOS != "VBN" || len(t.ChildrenWith(i, "nsubj:pass")) == 0 {
		return false
	}
	// "11 people had been killed and hundreds arrested": a conjunct
	// shares the passive's auxiliary; "Biya declared winner": a
	// headline's participle with its role.
	// "most of them mediated by the UAE": a participle with its agent.
	return chargers[t.lemma(i)] || t.Rel(i) == "conj" && t.Head(i) >= 0 && len(t.ChildrenWith(t.Head(i), "aux:pass")) > 0 ||
		len(t.ChildrenWith(i, "obl:agent")) > 0 ||
		slices.ContainsFunc(t.ChildrenWith(i, "xcomp"), func(x int) bool { return t.w(x).UPOS == "NOUN" }) && len(t.ChildrenWith(i, "aux")) == 0
}

// opposedTo: the verb at i is "be opposed to", which says what its
// subject opposes ("We are completely opposed to that"), not who
// opposes it, though the parse reads a passive.
func opposedTo(t *tree, i int) bool {
	return t.lemma(i) == "oppose" && len(t.ChildrenWith(i, "nsubj:pass")) == 0 && len(t.ChildrenWith(i, "nsubj")) > 0 &&
		slices.ContainsFunc(t.ChildrenWith(i, "obl"), func(o int) bool { return t.caseOf(o) == "to" })
}

// headlinePassive: the verb at i is a headline's passive without its
// auxiliary ("South Korea's Yoon arrested over martial law bid", "Two
// journalists killed in Gaza"): an act done to people, a past form with
// a subject and no object, auxiliary or complement.
func headlinePassive(d *document.Document, t *tree, i int, code string) bool {
	if !d.InHeadline(t.Sentence) {
		return false
	}
	if w := t.w(i); w.UPOS != "VERB" || w.XPOS != "VBD" && w.XPOS != "VBN" {
		return false
	}
	if len(t.ChildrenWith(i, "obj", "iobj", "aux", "aux:pass", "xcomp", "ccomp")) > 0 {
		return false
	}
	// "Former Pakistani PM Khan sentenced to 14 years": a participle the
	// parse already reads as a passive.
	return t.w(i).XPOS == "VBN" && len(t.ChildrenWith(i, "nsubj:pass")) > 0 ||
		patientKinds[code]&people != 0 && len(t.ChildrenWith(i, "nsubj")) > 0
}

// ownedByWhose: the noun at c is owned by "whose" ("the Salvadoran
// government, whose president, Nayib Bukele, had agreed"): the clause
// tells of the noun's owner, not of an act done to it.
func ownedByWhose(t *tree, c int) bool {
	return slices.ContainsFunc(t.ChildrenWith(c, "nmod:poss"), func(p int) bool { return strings.EqualFold(t.w(p).Form, "whose") })
}

// joinedRightAfter: the verb at c comes after the verb at i with only
// "and" or "or" and adverbs between them ("bombing recklessly and
// killing").
func joinedRightAfter(t *tree, i, c int) bool {
	joined := false
	for k := i + 1; k < c; k++ {
		switch w := t.w(k); {
		case w.Rel == "cc" && t.Head(k) == c && (strings.EqualFold(w.Form, "and") || strings.EqualFold(w.Form, "or")):
			joined = true
		case w.Rel != "advmod":
			return false
		}
	}
	return joined
}

// patients are the heads of what the act at i is done to: its objects,
// and in the passive its subjects.
func patients(t *tree, i int) []int {
	out := objects(t, i, "obj")
	if passiveVerb(t, i) {
		out = append(out, t.ChildrenWith(i, "nsubj:pass")...)
	}
	return out
}

// partNouns are the parts of a plan, a deal or a text, whose owner is
// the whole's.
var partNouns = set(`point part element provision term clause detail aspect section article plank`)

// ofFurther are the phrases one step below an "of" phrase c that mark a
// side: "air links with Serbia" in "a suspension of air links with
// Serbia".
func ofFurther(t *tree, c int) []int {
	if t.caseOf(c) != "of" {
		return nil
	}
	var out []int
	for _, n := range t.ChildrenWith(c, "nmod") {
		switch t.caseOf(n) {
		case "to", "against", "on", "with", "from", "for":
			out = append(out, conjuncts(t, n)...)
		}
	}
	return out
}

// actorWords keeps the heads that stand for actors: "proposed the idea"
// has no target.
func (l *Lexicon) actorWords(t *tree, heads []int, actorAt map[int]*document.Actor) []int {
	var kept []int
	for _, o := range heads {
		if _, day := weekdays[t.lemma(o)]; day {
			continue // "rioted Monday", the day parsed as an object
		}
		if _, month := monthNumber(t.w(o).Form); month && actorAt[t.w(o).Start] == nil {
			continue // "brokered the July ceasefire", the month parsed as a compound
		}
		// Of pronouns, only personal ones stand for actors: "that" and
		// "which" do not. An actor found in the text is one whatever its
		// tag: "an admission by Moscow", with Moscow tagged a noun.
		// A possessive pronoun stands for whom a possessed event happens
		// to ("demanded his release").
		if u := t.w(o).UPOS; u == "PROPN" || u == "PRON" && (t.w(o).XPOS == "PRP" || t.w(o).XPOS == "PRP$" && t.Head(o) >= 0 && undergoes(t, t.Head(o))) || isActorWord(t, o) || l.hasDemonym(t, o) ||
			u != "PRON" && actorAt[t.w(o).Start] != nil && (actorAt[t.w(o).Start].Code != "" || len(actorAt[t.w(o).Start].Members) > 0) ||
			l.countryFirms(t, o) {
			kept = append(kept, o)
		}
	}
	return kept
}

// firstConjunct is the first of the words coordinated with i, which
// holds the coordination's place in the clause (i itself if none).
func firstConjunct(t *tree, i int) int {
	for t.Rel(i) == "conj" && t.Head(i) >= 0 {
		i = t.Head(i)
	}
	return i
}

// infinitive reports whether the clause headed by x is a to-infinitive.
func infinitive(t *tree, x int) bool { return hasMark(t, x, "to") }

// hasMark reports whether the clause headed by x is introduced by one of
// the words given ("to", "that", "if").
func hasMark(t *tree, x int, words ...string) bool {
	for _, m := range t.ChildrenWith(x, "mark") {
		if slices.Contains(words, t.lemma(m)) {
			return true
		}
	}
	return false
}

// isActorWord: a common noun that names people or institutions
// ("officials", "the government"), as opposed to things ("the idea").
func isActorWord(t *tree, o int) bool {
	switch t.lemma(o) {
	case "force":
		// "the force", "forces", "security force"; not "with full
		// force" or "use force", which are how, not who.
		return t.w(o).XPOS == "NNS" || len(t.ChildrenWith(o, "det", "nmod:poss", "compound")) > 0
	case "official", "government", "administration", "side", "delegation",
		"country", "state", "military", "army", "troop", "soldier", "civilian", "people", "authority",
		"regime", "envoy", "diplomat", "mediator", "ruler", "leadership", "judge", "prosecutor", "lawmaker", "legislator",
		"rebel", "militant", "fighter", "insurgent", "militia", "guerrilla", "officer", "policeman", "policewoman", "police":
		return true
	case "justice":
		return t.w(o).XPOS == "NNS" // "the visas of several justices", not "obstruction of justice"
	}
	return kin[t.lemma(o)] || officeHolders[t.lemma(o)] // leaders, ministers, presidents among them
}

// groupOfAgents: the noun at h counts or groups those its "of" phrase
// names, who can act ("thousands of protesters").
func (l *Lexicon) groupOfAgents(t *tree, h int) bool {
	of := l.membersOf(t, h)
	return of >= 0 && l.agentLike(t, of)
}

// aboutTopic: the noun at i is what a writing or inquiry is about, in
// its phrase or in one the parse hung on the verb after it ("issued a
// report on the attacks").
func aboutTopic(t *tree, i int) bool {
	h := t.Head(i)
	if h < 0 || !topicCases[t.caseOf(i)] {
		return false
	}
	if t.Rel(i) == "nmod" {
		return topicNouns[t.lemma(h)]
	}
	return t.Rel(i) == "obl" && slices.ContainsFunc(t.ChildrenWith(h, "obj", "obl"), func(o int) bool { return o < i && topicNouns[t.lemma(o)] })
}

// topicNouns are writings and inquiries, and topicCases the prepositions
// of what they are about.
var (
	topicNouns = set(`report investigation inquiry probe study review hearing book article story documentary film analysis question`)
	topicCases = set(`on into about`)
)

// conjuncts are h and the words coordinated with it, also those a parse
// hangs on another conjunct ("Mordor, Rohan, Fornost and Bree" with Bree
// under Fornost).
func conjuncts(t *tree, h int) []int {
	if v := t.Head(h); v >= 0 && relative(t.w(h)) && t.Rel(h) == "nsubj" && t.w(v).Rel == "acl:relcl" {
		// "The United States and Saudi Arabia, which brokered earlier
		// talks": the subject "which" stands for every conjunct of the
		// noun its clause describes.
		ante := t.Head(v)
		if first := firstConjunct(t, max(ante, 0)); ante > 0 && first != ante && t.w(h-1).Form == "," && namesAlone(t, conjuncts(t, first), v) {
			// "Egypt and Qatar, which mediated", the clause hung on the
			// last conjunct: set off by a comma, it describes them all
			// (not "Trump, who has called …, and Sanders, who says").
			ante = first
		}
		if ante >= 0 && nounConjuncts(t, ante, h) {
			return conjuncts(t, ante)
		}
	}
	out := []int{h}
	for _, c := range t.ChildrenWith(h, "conj", "list") {
		if t.Rel(c) == "list" && len(t.ChildrenWith(c, "cc")) == 0 {
			continue // a list proper, not the last conjunct the parse misnamed
		}
		if partyLabel(t, c) {
			continue // "Sen. Marco Rubio, R-Fla., said": the senator's label, no second speaker
		}
		if nominal(t.w(h).UPOS) && (t.w(c).UPOS == "VERB" || t.w(c).UPOS == "AUX") && len(t.ChildrenWith(c, "nsubj", "nsubj:pass")) > 0 {
			continue // "The two countries agreed …, but each accuses": a clause the parse hung on the noun
		}
		out = append(out, conjuncts(t, c)...)
	}
	return out
}

// namesAlone: the words at cs are names, described by no relative
// clause other than the one at v.
func namesAlone(t *tree, cs []int, v int) bool {
	return !slices.ContainsFunc(cs, func(c int) bool {
		return t.w(c).UPOS != "PROPN" || slices.ContainsFunc(t.ChildrenWith(c, "acl:relcl"), func(r int) bool { return r != v })
	})
}

// nounConjuncts: the noun at h is coordinated with nouns before word
// end, each with its conjunction or comma and at least one with "and"
// or "or" ("The United States and Saudi Arabia, which"), not with a
// clause the parse made a conjunct.
func nounConjuncts(t *tree, h, end int) bool {
	cs := t.ChildrenWith(h, "conj")
	hasCC := false
	for _, c := range cs {
		if c > end || !nominal(t.w(c).UPOS) || t.w(c).UPOS == "PRON" || len(t.ChildrenWith(c, "conj")) > 0 {
			return false
		}
		hasCC = hasCC || len(t.ChildrenWith(c, "cc")) > 0
	}
	return len(cs) > 0 && hasCC
}

// askedCode is the CAMEO code of the appeal (root "02") or demand ("10")
// at i by what it asks for, as CAMEO divides them: "called for an
// immediate ceasefire" appeals for de-escalation (0256), "demanded the
// release of the hostages" demands a release (1053), "urged both sides to
// resume talks" appeals to negotiate (026). What is asked is the event in
// the appeal's "for" phrase, its infinitive, its object or its
// subjunctive clause; "" when none is an event the division names.
func (l *Lexicon) askedCode(t *tree, i int, root string) string {
	for _, x := range l.askedWords(t, i) {
		tr, ok := l.trigger(t, x)
		if !ok || len(tr.Code) < 3 {
			continue
		}
		c := tr.Code
		if sub, ok := askedKinds[c]; ok {
			return root + sub
		}
		if sub, ok := askedKinds[c[:3]]; ok {
			return root + sub
		}
		if sub, ok := askedKinds[c[:2]]; ok {
			return root + sub
		}
	}
	return ""
}

// askedWords are the words that may name what the appeal at i asks for:
// the event of a light verb's object too ("to resume talks").
func (l *Lexicon) askedWords(t *tree, i int) []int {
	var out []int
	for _, c := range t.Children(i) {
		switch t.Rel(c) {
		case "obl", "nmod":
			if t.caseOf(c) == "for" {
				out = append(out, c)
			}
		case "xcomp", "advcl":
			// An adverbial infinitive is what is asked only after "called
			// on X" ("called on Moscow to withdraw"); else a purpose
			// ("asking for anonymity to speak freely").
			if infinitive(t, c) && (t.Rel(c) == "xcomp" || calledOn(t, i, c) >= 0) {
				out = append(out, c)
				if l.light[t.lemma(c)] {
					out = append(out, t.ChildrenWith(c, "obj")...)
				}
			}
		case "obj":
			if t.w(c).UPOS == "NOUN" {
				out = append(out, c)
			}
		case "ccomp":
			if subjunctive(t, c) {
				out = append(out, c) // "demanded that Israel withdraw"
			}
		}
	}
	return out
}

// askedKinds give, by the code (or its first three or two digits) of
// what is asked for, the digits after the root of an appeal (02) or a
// demand (10) for it: cooperation (1, 2), aid (3), reform (4),
// yielding (5), talks (6), a settlement (7), mediation (8).
var askedKinds = map[string]string{
	"04": "6", "045": "8", "05": "2", "057": "7", "06": "1", "061": "11", "062": "12", "063": "13", "064": "14",
	"07": "3", "071": "31", "072": "32", "073": "33", "074": "34",
	"0831": "41", "0832": "42", "0833": "43", "0834": "44", "083": "4",
	"08": "5", "081": "51", "082": "52", "084": "53", "085": "54", "086": "55", "087": "56",
}

// askedFromOthers: the noun event at i is one its head asks others for
// ("called for the immediate release", "requested aid from the European
// Union"): the one asked does not yet act, so the noun has no source.
func (l *Lexicon) askedFromOthers(t *tree, i int) bool {
	if !appealedFor(t, i) {
		return false
	}
	tr, ok := l.trigger(t, i)
	return ok && askedOfOthers[tr.Code[:min(2, len(tr.Code))]]
}

// askedOfOthers are the roots of events that one who calls for them asks
// others to make: aid (07), yielding (08: a release, a ceasefire, a
// resignation) and investigation (09).
var askedOfOthers = map[string]bool{"07": true, "08": true, "09": true}

// considered: the verb at h is "consider" with one object and nothing it
// calls that object, a light verb then ("is considering new sanctions"),
// unlike "considered the attack an act of war" or "considered a deal
// likely".
func considered(t *tree, h int) bool {
	objs := t.ChildrenWith(h, "obj")
	if t.lemma(h) != "consider" || len(objs) != 1 || len(t.ChildrenWith(h, "xcomp", "ccomp")) > 0 {
		return false
	}
	// Nor "considered a deal likely", the adjective after the object.
	return !slices.ContainsFunc(t.Children(objs[0]), func(c int) bool {
		return c > objs[0] && (t.w(c).UPOS == "ADJ" || t.w(c).UPOS == "ADV")
	})
}

// afterRetaliation: the "for" phrase at i comes right after "in
// retaliation" or the like, which the parse hung beside it on the verb
// ("struck … in retaliation for an attack on Hindu tourists").
func afterRetaliation(t *tree, i int) bool {
	k := t.FirstWord(i)
	return k >= 2 && retaliations[t.lemma(k-1)] && t.lemma(k-2) == "in"
}

// retaliations are the nouns of answering an act in kind.
var retaliations = set(`retaliation revenge reprisal response punishment`)

// retaliatingVerbs, vowed, threaten: "vowed to respond", "pledged to
// retaliate", "swore to avenge".
var retaliatingVerbs = set(`respond retaliate avenge punish resist crush`)

// agreedTo: the noun at k is what "agree" agrees to ("agreed to an
// immediate ceasefire").
func agreedTo(t *tree, k int) bool {
	h := t.Head(k)
	return h >= 0 && t.lemma(h) == "agree" && t.Rel(k) == "obl" && t.caseOf(k) == "to" && t.w(k).UPOS == "NOUN"
}

// involvements are the nouns of taking part in an event ("denied any
// role in the attack").
var involvements = set(`role involvement part hand complicity responsibility`)

// groupNouns are what a named armed or political group is called
// ("the M23 rebel group", "the Hamas movement").
var groupNouns = set(`group movement militia organization organisation faction coalition alliance party`)

// lodgers file a protest or complaint, which makes one event with them
// (not so "halted the attacks", whose attacks were made).
var lodgers = set(`lodge file submit register`)

// denouncers call something what they condemn it as ("denounced the
// drills as a rehearsal for invasion").
var denouncers = set(`denounce condemn criticize criticise slam decry dismiss reject blast`)

// regardVerbs take what they see something as: "regards as a threat",
// "described it as an attack".
var regardVerbs = set(`regard see view consider describe label brand designate treat perceive classify characterize characterise cast portray`)

// namingVerbs call something by a name, their second object: "called the
// exercises a rehearsal for invasion", "branded the strike an act of
// war".
var namingVerbs = set(`call label brand dub term deem consider declare name`)

// answerRoots are the roots of events that answer someone: support and
// praise (05), yielding (08), criticism (11), rejection (12).
var answerRoots = map[string]bool{"05": true, "08": true, "11": true, "12": true}

// answeredWords are what one welcomes, rejects, accepts or condemns
// that someone else made, with the root of the event that made it: a
// proposal or an offer is an intent (03), a request or an invitation an
// appeal (02), an accusation a disapproval (11), an attack force (19).
var answeredWords = map[string]string{"proposal": "03", "offer": "03", "idea": "03", "plan": "03", "suggestion": "03",
	"initiative": "03", "overture": "03", "request": "02", "invitation": "02", "appeal": "02", "demand": "10",
	"accusation": "11", "allegation": "11", "criticism": "11",
	// "Israel carried out an air strike on Hamas leaders in Doha ...
	// Saudi Arabia condemned the strike": Israel is condemned.
	"attack": "19", "strike": "19", "airstrike": "19", "raid": "19", "assault": "19", "bombing": "19", "shelling": "19",
	"offensive": "19", "incursion": "19", "launch": "19", "killing": "18", "massacre": "18", "abduction": "18",
	// "Georgian police detained three opposition leaders … The United
	// States condemned the crackdown": Georgia's police.
	"crackdown": "17", "repression": "17",
	// "China's military launched drills around Taiwan … Taiwan's defence
	// ministry condemned the drills": China's.
	"drill": "15", "exercise": "15"}

// proposer is the other side of an answer to "the proposal" (or the offer,
// the request) with no target of its own: the source of the latest such
// event in this sentence or the two before ("Erdogan proposed the idea …
// Trump welcomed the proposal": Erdogan). The object must be a bare
// definite noun; "the idea that …", "his plan" and "the plan for Syria"
// say whose or which.
func proposer(d *document.Document, t *tree, si, i int, e document.Event) document.EventActor {
	for _, o := range patients(t, i) {
		root, ok := answeredWords[t.lemma(o)]
		if !ok || t.w(o).UPOS != "NOUN" {
			continue
		}
		bare := true
		for _, c := range t.Children(o) {
			switch r := t.w(c).Rel; {
			case r == "det" && slices.Contains([]string{"the", "this", "that"}, t.lemma(c)), r == "punct", r == "amod" && t.lemma(c) == "latest":
			default:
				bare = false
			}
		}
		if !bare {
			continue
		}
		if violence[root] || root == "17" {
			// The attacks told by the same word first ("Israeli jets
			// struck … hours after the group fired rockets … condemned
			// the strikes").
			if a := attacker(d, si, root, e, true, t.lemma(o)); a.Code != "" || a.Actor != "" {
				return a
			}
			return attacker(d, si, root, e, true, "")
		}
		answerers := countryOf(e.Source.Code)
		for k := len(d.Events) - 1; k >= 0 && d.Events[k].Sentence >= si-2; k-- {
			ev := d.Events[k]
			made := ev.Root == root || root == "03" && ev.Mode == "intended" // "proposed talks", coded on the talks
			// Not the answerer's own country's: "Russia has warned that it
			// would retaliate … Kremlin spokesman Dmitry Peskov called the
			// plan \"theft\"".
			own := answerers != "" && slices.ContainsFunc(d.Actors, func(a document.Actor) bool {
				return a.ID == ev.Source.Actor && a.Kind == "country" && a.Country == answerers
			})
			if made && ev.Source.Actor != "" && ev.Source.Actor != e.Source.Actor && !own {
				return ev.Source
			}
		}
	}
	return document.EventActor{}
}

// attacker is the side of the attack an answer to "the attack" (the
// strike, the killing) means: an attack is told further back than a
// proposal, in the lead, and the reactions come paragraphs later, so the
// asserted attacks of this sentence and the eight before are read; when
// they are not all one country's ("Russian forces shelled Kharkiv ...
// Israel's military said it struck Hezbollah targets ... The European
// Union condemned the attack"), which one is meant is not known. A
// relative clause on the attack looks before its sentence only (the
// clause's own words gave "the coordinated attacks that killed 125
// people" the source of the sentence they stand in). A lemma other than
// "" reads only the attacks told by that word.
func attacker(d *document.Document, si int, root string, e document.Event, sameSentence bool, lemma string) document.EventActor {
	var found document.EventActor
	have := false
	for k := len(d.Events) - 1; k >= 0 && d.Events[k].Sentence >= si-8; k-- {
		ev := d.Events[k]
		if ev.Root != root || ev.Mode != "asserted" || ev.Negated || !sameSentence && ev.Sentence == si || lemma != "" && evidenceLemma(d, ev) != lemma {
			continue
		}
		// A side coded by its country alone is one too ("Israeli jets
		// struck …").
		known := ev.Source.Actor != "" || countryOf(ev.Source.Code) != ""
		if !known && (root == "17" || toldWithSource(d, ev)) {
			// "42 people had been detained": by whom the crackdown's
			// other arrests say; "stepped up attacks it says target
			// Hezbollah fighters": an attack its sentence tells with its
			// doer.
			continue
		}
		if !known || ev.Source.Actor != "" && ev.Source.Actor == e.Source.Actor ||
			have && (countryOf(ev.Source.Code) == "" || countryOf(ev.Source.Code) != countryOf(found.Code)) {
			return document.EventActor{}
		}
		if !have {
			found, have = ev.Source, true
		}
	}
	return found
}

// toldWithSource: the sentence of ev tells an event of its root with a
// known doer, of which ev is likely a part.
func toldWithSource(d *document.Document, ev document.Event) bool {
	return slices.ContainsFunc(d.Events, func(o document.Event) bool {
		return o.Sentence == ev.Sentence && o.Root == ev.Root && o.Source.Actor != "" && o.Mode == "asserted" && !o.Negated
	})
}

// attackReferred is the attacker an event's source stands for when it is
// an attack told of before: a relative pronoun whose antecedent is one
// ("Hamas said its leaders survived the strike, which killed five
// members of the group") or the attack itself, definite and whose it
// is unsaid ("The strikes killed at least three people"); or no one.
func attackReferred(d *document.Document, t *tree, si int, e document.Event) document.EventActor {
	if e.Source.Actor != "" || e.Source.Text == "" || !violence[e.Root] {
		return document.EventActor{}
	}
	k := t.Sentence.WordStarting(e.Source.Start)
	if k < 0 {
		return document.EventActor{}
	}
	ante := k
	if relative(t.w(k)) {
		if ante = t.Antecedent(k); ante < 0 || ante == k {
			return document.EventActor{}
		}
	} else if e.Source.Code != "" || slices.ContainsFunc(t.Children(k), func(c int) bool { return t.Rel(c) != "det" && t.Rel(c) != "punct" }) {
		// "The strikes killed at least three people": the attack
		// itself, told of before, when nothing says whose it is.
		return document.EventActor{}
	}
	if !withThe(t, ante) {
		return document.EventActor{}
	}
	if root, ok := answeredWords[t.lemma(ante)]; ok && violence[root] {
		// The attacks told by the same word first ("Israel's military
		// said it struck ports … The strikes killed three"), which may
		// be one country's though others' attacks of other words are
		// told there too ("hours after the group fired missiles").
		if a := attacker(d, si, root, e, false, t.lemma(ante)); a.Code != "" || a.Actor != "" {
			return a
		}
		return attacker(d, si, root, e, false, "")
	}
	return document.EventActor{}
}

// killedInAttack is the attacker of the definite attack a passive
// killing or wounding happened in ("three people were killed in the
// strikes on the village", after "Israeli warplanes struck …"): the
// attacker of the latest attack told by the same word in this sentence
// and the eight before; or no one.
func killedInAttack(d *document.Document, t *tree, si, i int, e document.Event) document.EventActor {
	if e.Source.Text != "" || !violence[e.Root] || len(t.ChildrenWith(i, "aux:pass")) == 0 {
		return document.EventActor{}
	}
	for _, o := range t.ChildrenWith(i, "obl") {
		if t.caseOf(o) != "in" || !withThe(t, o) {
			continue
		}
		if root, ok := answeredWords[t.lemma(o)]; ok && violence[root] {
			if a := lastAttack(d, root, t.lemma(o), si-8, ""); a.Code != "" {
				return a
			}
		}
	}
	return document.EventActor{}
}

// attackToldBefore is the attacker of a definite attack noun that names
// none ("addressing the war on Iran") when the same word told of an
// attack on the same target before, by one side ("the escalating war the
// Israeli occupation is waging on Iran"): the latest such attack, however
// far before (the same word on the same target is one war), or no one.
func attackToldBefore(d *document.Document, t *tree, i int, e document.Event) document.EventActor {
	if e.Source.Text != "" || e.Target.Actor == "" || !violence[e.Root] || t.w(i).UPOS != "NOUN" ||
		!withThe(t, i) {
		return document.EventActor{}
	}
	return lastAttack(d, e.Root, t.lemma(i), 0, e.Target.Actor)
}

// lastAttack is the source of the latest asserted attack of root told by
// the word lemma, from sentence from on and, when target is not "", on
// that target; the empty actor if there is none, or none whose side is
// coded.
func lastAttack(d *document.Document, root, lemma string, from int, target string) document.EventActor {
	for k := len(d.Events) - 1; k >= 0 && d.Events[k].Sentence >= from; k-- {
		ev := d.Events[k]
		if ev.Root == root && ev.Mode == "asserted" && !ev.Negated && ev.Source.Code != "" && (target == "" || ev.Target.Actor == target) &&
			evidenceLemma(d, ev) == lemma {
			return ev.Source
		}
	}
	return document.EventActor{}
}

// withThe: the noun at k has the article "the" ("the strikes").
func withThe(t *tree, k int) bool {
	return slices.ContainsFunc(t.ChildrenWith(k, "det"), func(c int) bool { return t.lemma(c) == "the" })
}

// permitsPassage: the "allow" at i lets someone do something or go
// somewhere ("allowed Ouattara to run in the elections", "allowed
// opposition leader Maulana Fazl-ur-Rehman to bring out a rally",
// "allowing Muslims into the country"), not a thing be ("would not allow
// foreign interference"): CAMEO's own dictionary codes "allow" only with
// what it allows.
func permitsPassage(t *tree, i int) bool {
	if len(t.ChildrenWith(i, "xcomp")) > 0 {
		return true
	}
	for _, o := range t.ChildrenWith(i, "obl", "nmod", "obj", "iobj") {
		if t.caseOf(o) == "into" || slices.ContainsFunc(t.ChildrenWith(o, "nmod"), func(n int) bool { return t.caseOf(n) == "into" }) {
			return true
		}
		// "allow any group to act", the infinitive parsed as the object's
		if slices.ContainsFunc(t.ChildrenWith(o, "acl"), func(a int) bool { return infinitive(t, a) }) {
			return true
		}
	}
	return false
}

// ownForcesAllowed: the "allow" at i lets the source's own country's
// army or police act ("declared a state of emergency, allowing the
// military to patrol the streets"): a use of force at home, no
// restriction eased.
func ownForcesAllowed(t *tree, i int, sources []int, actorAt map[int]*document.Actor) bool {
	home := ""
	for _, s := range sources {
		if a := actorAt[t.w(s).Start]; a != nil && len(a.Code) >= 3 {
			home = a.Code[:3]
		}
	}
	return slices.ContainsFunc(t.ChildrenWith(i, "obj"), func(o int) bool {
		if a := actorAt[t.w(o).Start]; a != nil {
			return home != "" && strings.HasPrefix(a.Code, home) && (strings.HasSuffix(a.Code, "MIL") || strings.HasSuffix(a.Code, "COP"))
		}
		// "the military", "police": no one else's named ("foreign troops" are)
		return (armedWords[t.lemma(o)] || t.lemma(o) == "police") && len(t.ChildrenWith(o, "amod", "compound", "nmod:poss", "nmod")) == 0
	})
}

// lentForUse: what the "allow" at i lets happen is its object's being
// used ("allowed its territory to be used against Somalia"): a place lent
// to another's acts, no restriction eased.
func lentForUse(t *tree, i int) bool {
	return slices.ContainsFunc(t.ChildrenWith(i, "xcomp"), func(x int) bool { return t.lemma(x) == "use" && len(t.ChildrenWith(x, "aux:pass")) > 0 })
}

// authority: one of the sources is an actor that can ease a restriction,
// a government, court, legislature, armed force or rebel side or one of
// their people, a person the article ties to a country (a spokesman, an
// envoy), the parties of a conflict ("Both sides pledged … to allow
// United Nations convoys to reach the city"), or a country, or is named by a title or institution ("The
// Federal Minister for Interior …"); not a voter, a party or "a dark
// time".
func (l *Lexicon) authority(t *tree, sources []int, actorAt map[int]*document.Actor) bool {
	return slices.ContainsFunc(sources, func(k int) bool {
		if a := actorAt[t.w(k).Start]; a != nil && (a.Kind == "country" || authoritySectors[a.Sector] || a.Kind == "person" && a.Country != "" || a.Kind == "group" && len(a.Members) > 0) {
			return true
		}
		for _, form := range []string{t.w(k).Form, t.lemma(k)} {
			if e, ok := l.actors.Lookup(form); ok && (e.Kind == "title" || e.Kind == "institution") && authoritySectors[e.Sector] {
				return true
			}
		}
		return false
	})
}

var authoritySectors = set(`GOV JUD LEG MIL COP REB`)

// unknownSides: the event's source is an impersonal, relative or
// demonstrative pronoun no actor was found for, or "you", and it has no
// target, so it tells of no one ("people who signed up for this", "it
// has dragged its feet on providing debt relief"). A personal pronoun
// still tells of a person or group the reader can find ("Kelly said she
// asked for the interview"), and a target of whom it was done ("fighting
// … that killed at least 35 people").
func unknownSides(e document.Event) bool {
	return e.Source.Actor == "" && e.Source.Code == "" && impersonalPronouns[strings.ToLower(e.Source.Text)] &&
		e.Target.Actor == "" && e.Target.Code == "" && e.Target.Text == ""
}

// relativesPeople is the side a relative pronoun no actor was found for
// stands for when its noun names people ("militants who had fired at
// troops": the militants), and the side as it is otherwise. An event
// whose only side is such a pronoun was dropped before (unknownSides).
func (l *Lexicon) relativesPeople(d *document.Document, t *tree, side document.EventActor, actorAt map[int]*document.Actor) document.EventActor {
	if side.Actor != "" || side.Code != "" {
		return side
	}
	k := slices.IndexFunc(t.Sentence.Words, func(w document.Word) bool { return w.Start == side.Start && w.End == side.End })
	if k < 0 || !relative(t.w(k)) {
		return side
	}
	if ante := t.Antecedent(k); ante >= 0 && ante != k && (t.w(ante).UPOS == "NOUN" || t.w(ante).UPOS == "PRON") && l.agentLike(t, ante) {
		if people := l.side(d, t, ante, actorAt); people.Actor == "" && people.Code == "" {
			return people
		}
	}
	return side
}

// impersonalPronouns stand for no one in particular once unresolved.
var impersonalPronouns = set(`it its who whom whose which that this these those what you your`)

// arrangers approve, arrange or hold the event that is their passive
// subject; not doing so keeps it from happening.
var arrangers = set(`approve authorize authorise arrange organize organise hold schedule convene`)

// setUpVerbs make a meeting, which shares their mode.
var setUpVerbs = set(`arrange organize organise schedule`)

// evidenceLemma is the lower-case lemma of an event's evidence word.
func evidenceLemma(d *document.Document, e document.Event) string {
	if e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
		return ""
	}
	s := &d.Sentences[e.Sentence]
	if k := s.WordStarting(e.Evidence.Start); k >= 0 {
		return strings.ToLower(s.Words[k].Lemma)
	}
	return ""
}

// partyLabel: the word at c is the state of an American legislator's
// party label, "R-Fla." ("R", "-", "Fla.").
func partyLabel(t *tree, c int) bool {
	if c < 2 || t.w(c-1).Form != "-" {
		return false
	}
	switch t.w(c - 2).Form {
	case "R", "D", "I":
		return true
	}
	return false
}

func negated(t *tree, i int, light map[string]bool) bool {
	if without(t, i) || yetTo(t, i) {
		return true
	}
	// "ended their summit without reaching an agreement on a
	// ceasefire": the noun a light verb done without takes, and what
	// that noun is on, did not happen either.
	for k, step := i, 0; step < 2 && t.w(k).UPOS == "NOUN"; step++ {
		h := t.Head(k)
		if h < 0 {
			break
		}
		if t.Rel(k) == "obj" && light[t.lemma(h)] && without(t, h) {
			return true
		}
		if t.Rel(k) != "nmod" {
			break
		}
		k = h
	}
	for k := i; k >= 0; k = t.Head(k) {
		if k != i && t.lemma(k) == "hesitate" {
			return false // "would not hesitate to impose sanctions": two negations, a will
		}
		if notted(t, k) || noOneDoes(t, k) {
			return true
		}
		if unwilling[t.lemma(k)] && k != i {
			return true // "unwilling to hold talks"
		}
		if h := t.Head(k); h >= 0 && t.Rel(k) == "acl" && intentHeads[t.lemma(h)] && notted(t, h) {
			return true // "has no intention of starting a war", "no plans to meet"
		}
		if h := t.Head(k); h >= 0 && (t.Rel(k) == "nmod" || t.Rel(k) == "obl") && t.caseOf(k) == "in" && interestWords[t.lemma(h)] && notted(t, h) {
			return true // "has no interest in talks with the United States", "is not interested in a deal"
		}
		// "not prepared to hold talks": a noun event is negated with
		// the light verb that carries it, but not with one that ends or
		// refuses it ("would not end the war": the war goes on).
		if r := t.Rel(k); r != "xcomp" && r != "conj" && !enteredInto(t, k) && !adjectiveComplement(t, k) && !agreedTo(t, k) && (k != i || r != "obj" || t.Head(k) < 0 || !light[t.lemma(t.Head(k))] ||
			terminates(t, t.Head(k))) {
			break
		}
		if t.Rel(k) == "conj" && len(t.ChildrenWith(k, "nsubj", "nsubj:pass", "mark")) > 0 {
			break // "said the drone had not been intercepted and that it was investigating": a clause of its own
		}
		if x := t.w(k).XPOS; t.Rel(k) == "conj" && (x == "VBD" || x == "VBZ" || x == "VBP" || x == "VBN" && t.Head(k) >= 0 && t.w(t.Head(k)).XPOS == "VB" ||
			len(t.ChildrenWith(k, "aux")) > 0) {
			// "would not recognize the junta and threatened sanctions",
			// "did not want war and would seek talks", "had not followed
			// protocol and had threatened Niger": a tense of its own, no
			// shared "not".
			break
		}
	}
	return false
}

// reportsWords: the verb at i is the cue of an attribution that quotes
// or reports a clause ("he wrote on Telegram that …", "“…,” he wrote"),
// not of one that names a thing written ("wrote a book about the war").
func reportsWords(d *document.Document, t *tree, i int) bool {
	w := t.w(i)
	clause := len(t.ChildrenWith(i, "ccomp", "parataxis")) > 0
	return slices.ContainsFunc(d.Attributions, func(a document.Attribution) bool {
		return a.Cue.Start <= w.Start && w.End <= a.Cue.End && (clause || a.Kind == document.Direct || a.Kind == document.Mixed)
	})
}

// appealsToAct reports whether "call" with the clause k asks someone to
// do it ("called on the United States to attack", "called to ban
// Muslims"), rather than telephones ("called her to say") or calls in
// ("will call in from London to discuss"): stricter than appealCall,
// which decides whether "call" is an appeal at all and takes a call with
// a purpose for one.
func appealsToAct(t *tree, h, k int) bool {
	for _, c := range t.ChildrenWith(h, "obj", "iobj", "xcomp") {
		if c != k {
			return false // "called her", "called Erdogan" taken for a name it was called
		}
	}
	if t.Rel(k) == "xcomp" {
		return true
	}
	for _, o := range t.ChildrenWith(h, "obl") {
		if c := t.caseOf(o); c == "on" || c == "upon" || c == "for" {
			return true
		}
	}
	return false
}

// interestWords want what their "in" phrase names.
var interestWords = set(`interest interested`)

// terminators are light verbs that end, stop or refuse the event they
// carry: their negation does not negate it.
var terminators = set(`end halt cancel suspend postpone delay refuse reject decline avoid boycott drop abandon renounce`)

// terminates: the verb at h is a terminator, or gives its object up
// ("would not give up its demand": the demand stands).
func terminates(t *tree, h int) bool {
	if terminators[t.lemma(h)] {
		return true
	}
	return t.lemma(h) == "give" && hasParticle(t, h, "up") || t.lemma(h) == "rule" && hasParticle(t, h, "out") // "did not rule out a meeting"
}

// hasParticle: the verb at h has the particle p ("give up", "rule out").
func hasParticle(t *tree, h int, p string) bool {
	return slices.ContainsFunc(t.ChildrenWith(h, "compound:prt"), func(c int) bool { return t.lemma(c) == p })
}

// stepsBack: the verb at h keeps its subject from what its "from" phrase
// names ("refrain from attacks", "step back from war", "pull back from
// the brink of war").
func stepsBack(t *tree, h int) bool {
	switch t.lemma(h) {
	case "refrain", "abstain", "desist":
		return true
	case "step", "pull", "back", "walk", "turn", "draw":
		return slices.ContainsFunc(t.ChildrenWith(h, "compound:prt", "advmod"), func(c int) bool { return t.lemma(c) == "back" || t.lemma(c) == "away" })
	}
	return false
}

// stopsShort: the word at h is "short" after "stop" or "fall", or such
// a verb with it ("stopped short of saying").
func stopsShort(t *tree, h int) bool {
	stop := func(v int) bool { return v >= 0 && (t.lemma(v) == "stop" || t.lemma(v) == "fall") }
	if t.lemma(h) == "short" {
		return stop(t.Head(h))
	}
	return stop(h) && slices.ContainsFunc(t.Children(h), func(c int) bool { return t.lemma(c) == "short" })
}

// demandsOf are the verbs that ask for the event their object names.
var demandsOf = set(`demand request seek urge`)

// proposalsFor are the nouns that put forward the event their "for"
// phrase names ("a U.S. proposal for a ceasefire in Gaza"): proposed,
// not made.
var proposalsFor = set(`proposal plan offer bid initiative blueprint framework roadmap objective goal aim ambition intention`)

// pressuresTo are the nouns of others' wish that one do what their
// infinitive says ("pressure to resign").
var pressuresTo = set(`pressure call demand appeal push ultimatum`)

// appealsFor are the verbs and nouns that ask for the event their "for"
// phrase names.
var appealsFor = set(`call demand appeal request plea push press plead ask turn look`)

// blamedOn is the "on" phrase that names who did the event at i, the
// object of "blame" ("blamed the attack on Turkish forces", the phrase on
// the noun or the verb), or -1.
func (l *Lexicon) blamedOn(t *tree, i int) int {
	h := t.Head(i)
	if h < 0 || t.Rel(i) != "obj" || t.lemma(h) != "blame" || t.w(i).UPOS != "NOUN" {
		return -1
	}
	for _, k := range append(t.ChildrenWith(i, "nmod"), t.ChildrenWith(h, "obl")...) {
		if k > i && t.caseOf(k) == "on" && l.agentLike(t, k) {
			return k
		}
	}
	return -1
}

// surges are the rises of acts one may be blamed for ("a surge in
// attacks").
var surges = set(`surge rise spate wave series string increase escalation upsurge uptick`)

// creditors blame or credit someone for an act.
var creditors = set(`blame fault punish sanction condemn criticize criticise denounce thank praise commend credit`)

// presentTense: the clause at c is in the present tense, its verb or
// its auxiliary.
func presentTense(t *tree, c int) bool {
	present := func(k int) bool { x := t.w(k).XPOS; return x == "VBZ" || x == "VBP" }
	return present(c) || slices.ContainsFunc(t.ChildrenWith(c, "aux", "aux:pass", "cop"), present)
}

// awaited: the verb at h, or the verb whose complement it is, has a
// modal or "will" ("would keep hitting … until").
func awaited(t *tree, h int) bool {
	for n := 0; h >= 0 && n <= len(t.Sentence.Words); n++ {
		if modal(t, h) || slices.ContainsFunc(t.ChildrenWith(h, "aux"), func(a int) bool { return willWords[t.lemma(a)] }) {
			return true
		}
		if t.Rel(h) != "xcomp" {
			return false
		}
		h = t.Head(h)
	}
	return false
}

// forPhrase: the verb at i, or the actor it turns to, has a "for"
// phrase ("turned to Russia for help").
func forPhrase(t *tree, i int) bool {
	for _, c := range t.ChildrenWith(i, "obl") {
		if t.caseOf(c) == "for" || t.caseOf(c) == "to" && slices.ContainsFunc(t.ChildrenWith(c, "nmod"), func(n int) bool { return t.caseOf(n) == "for" }) {
			return true
		}
	}
	return false
}

// appealedFor: the noun event at i is what its head calls or pushes for
// ("said they would push for new talks in Jeddah"): talks others are to
// hold, not the callers with each other.
func appealedFor(t *tree, i int) bool {
	h := t.Head(i)
	if h >= 0 && t.lemma(h) == "access" && t.Rel(i) == "nmod" && (t.caseOf(i) == "for" || t.caseOf(i) == "to") {
		i, h = h, t.Head(h) // "called for unimpeded access for humanitarian aid": the aid is asked for
	}
	if h >= 0 && t.Rel(i) == "obj" && t.w(i).UPOS == "NOUN" && appealsOf[t.lemma(h)] {
		return true // "requested aid from the European Union", "sought assistance from China"
	}
	return h >= 0 && (t.Rel(i) == "obl" || t.Rel(i) == "nmod") && t.caseOf(i) == "for" && appealsFor[t.lemma(h)]
}

// appealsOf are the verbs whose object is what they ask of others.
var appealsOf = set(`request seek solicit`)

// beTo: the verb at i is an infinitive with a form of "be" for its
// auxiliary ("was to withdraw", "are to meet"): what is planned or due.
func beTo(t *tree, i int) bool {
	to := slices.IndexFunc(t.ChildrenWith(i, "mark"), func(m int) bool { return t.lemma(m) == "to" })
	if to < 0 || t.lemma(i) == "blame" { // "he is to blame": at fault
		return false
	}
	to = t.ChildrenWith(i, "mark")[to]
	// A finite "be" before "to", not the "be" of "to be deported"; the
	// parse may call it a copula ("Rwanda is to withdraw its troops").
	return slices.ContainsFunc(t.ChildrenWith(i, "aux", "cop"), func(c int) bool {
		x := t.w(c).XPOS
		return t.lemma(c) == "be" && c < to && (x == "VBD" || x == "VBZ" || x == "VBP")
	})
}

// relapses are the nouns of going back or sliding into an event, which
// share the mode of what governs them: "want to avoid a return to
// full-scale war" fails to happen as the return does.
var relapses = set(`return slide descent relapse escalation spiral`)

// intoRelapse: the event at k is what the relapse noun it hangs on goes
// back or slides into.
func intoRelapse(t *tree, k int) bool {
	h := t.Head(k)
	c := t.caseOf(k)
	return h >= 0 && (t.Rel(k) == "nmod" || t.Rel(k) == "obl") && relapses[t.lemma(h)] && (c == "to" || c == "into")
}

// ongoingEnders end an event under way: what governs them does not
// govern the event.
var ongoingEnders = set(`end halt stop cease suspend`)

// oneOffs are the events done once, which a halt stops from being done.
var oneOffs = set(`release withdrawal pullback pullout handover transfer exchange swap repatriation return delivery deployment`)

// notted: the word at k has "not", "never" or "no".
func notted(t *tree, k int) bool {
	return slices.ContainsFunc(t.ChildrenWith(k, "advmod", "det"), func(c int) bool {
		switch t.lemma(c) {
		case "not", "never", "no", "n't":
			return true
		}
		return false
	})
}

// noOneDoes: the verb at k has a subject that names no one: "Neither
// side made a statement", "No country has recognised the vote", "None
// of them attacked".
func noOneDoes(t *tree, k int) bool {
	if t.w(k).UPOS != "VERB" { // the cheap test first: negated walks up every event's heads
		return false
	}
	subjects := t.ChildrenWith(k, "nsubj")
	if len(subjects) != 1 { // two are a parse gone wrong ("“There's no one …,” Wasserman said")
		return false
	}
	s := subjects[0]
	if l := t.lemma(s); l == "none" || l == "nobody" || l == "neither" {
		return true
	}
	return slices.ContainsFunc(t.ChildrenWith(s, "det"), func(c int) bool { l := t.lemma(c); return l == "neither" || l == "no" })
}

// without reports whether the event at i is one done without: "without
// compromising on its sovereignty", "without new trade deals". Only the
// event's own word counts: a verb the parse made a conjunct of the
// "without" clause ("without naming him, also accused") is done.
func without(t *tree, i int) bool {
	return slices.ContainsFunc(t.ChildrenWith(i, "mark", "case"), func(c int) bool { return t.lemma(c) == "without" })
}

// unwilling are the words that refuse the event they govern, as "not"
// does: "Iran is unwilling to hold talks".
var unwilling = set(`unwilling reluctant loath afraid`)

// adjectiveComplement: the clause at k is an adjective's infinitive ("was
// afraid to meet him", "was open to meeting Putin"), which the parse
// makes an adverbial clause as often as a complement.
func adjectiveComplement(t *tree, k int) bool {
	h := t.Head(k)
	return h >= 0 && t.Rel(k) == "advcl" && t.w(h).UPOS == "ADJ" && willingness[t.lemma(h)] && hasMark(t, k, "to")
}

// willingness are the adjectives of being willing or not to act.
var willingness = set(`afraid open ready willing eager unwilling reluctant loath prepared`)

// rejected: the noun event at k is what the verb at h rejects or rules
// out, a meeting that would have involved the rejecter; an offer, a
// deal or a treaty rejected was made all the same.
func rejected(t *tree, h, k int) bool {
	if t.Rel(k) != "obj" || t.w(k).UPOS != "NOUN" || !meetingWords[t.lemma(k)] && !truces[t.lemma(k)] {
		return false
	}
	switch t.lemma(h) {
	case "reject":
		return true
	case "rule":
		return hasParticle(t, h, "out")
	}
	return false
}

// truces are the stops of fighting a party may refuse, which then do
// not hold ("rejected a humanitarian truce").
var truces = set(`truce ceasefire cease-fire armistice`)

// meetingWords are the events that take the parties that refuse them.
var meetingWords = set(`talk negotiation meeting dialogue summit visit contact consultation`)

// unconfirmed: the clause at k is what a report does not confirm, or
// under it ("did not confirm that Putin had agreed").
func unconfirmed(t *tree, k int) bool {
	for n := 0; k >= 0 && n <= len(t.Sentence.Words); n++ {
		if notConfirmedBy(t, k) {
			return true
		}
		k = t.Head(k)
	}
	return false
}

// notConfirmedBy: the clause at k is the complement of a report that
// does not confirm it.
func notConfirmedBy(t *tree, k int) bool {
	h := t.Head(k)
	return h >= 0 && t.Rel(k) == "ccomp" && unconfirming[t.lemma(h)] && notted(t, h)
}

// enteredInto: the noun event at k is what its head enters into ("will
// not enter into direct negotiations") or returns to, engages, takes part or is
// involved in ("should engage in credible talks", "would not take part in
// its meetings", "was not involved in the strikes"), carried as a light
// verb's object.
func enteredInto(t *tree, k int) bool {
	h := t.Head(k)
	if h < 0 || t.Rel(k) != "obl" || t.w(k).UPOS != "NOUN" {
		return false
	}
	c := t.caseOf(k)
	return t.lemma(h) == "enter" && c == "into" || t.lemma(h) == "engage" && c == "in" || t.lemma(h) == "participate" && c == "in" ||
		t.lemma(h) == "involved" && c == "in" || // "was not involved in the strikes", the adjective
		t.lemma(h) == "take" && c == "in" && slices.ContainsFunc(t.ChildrenWith(h, "obj"), func(o int) bool { return t.lemma(o) == "part" }) ||
		t.lemma(h) == "go" && c == "to" || // "did not want to go to war"
		t.lemma(h) == "return" && c == "to" // "would not return to the talks"
}

// deniedClause: the noun event at i is in the clause a verb of denying
// takes ("denied that Washington had made any concessions").
func deniedClause(t *tree, i int) bool {
	for k, step := i, 0; step < 3; step++ {
		h := t.Head(k)
		if h < 0 {
			return false
		}
		if denyHeads[t.lemma(h)] && t.Rel(k) == "ccomp" {
			return true
		}
		if r := t.Rel(k); r != "obj" && r != "obl" && r != "nmod" {
			return false
		}
		k = h
	}
	return false
}

// proceeders go on with the event their "with" phrase names: "press
// ahead with an offensive", "proceed with the strikes".
var proceeders = set(`press push go proceed forge move`)

// carried are the events a verb that goes on with something names in
// its "with" phrases.
func carried(t *tree, x int) []int {
	if !proceeders[t.lemma(x)] {
		return nil
	}
	return slices.DeleteFunc(t.ChildrenWith(x, "obl"), func(o int) bool { return t.caseOf(o) != "with" })
}

// mode reads the event's modality from the words that govern it.
func mode(t *tree, i int, light map[string]bool) string {
	// "an assault on Rafah would threaten its peace treaty": what would
	// do something is itself only supposed, when it is not one known
	// ("Clinton's attacks could backfire").
	// (The cheap tests first: mode runs for every event.)
	indefinite := func() bool {
		return slices.ContainsFunc(t.ChildrenWith(i, "det"), func(c int) bool { l := t.lemma(c); return l == "a" || l == "an" || l == "any" })
	}
	hedged := func(h int) bool {
		return slices.ContainsFunc(t.ChildrenWith(h, "aux"), func(c int) bool { return hedgingModals[t.lemma(c)] })
	}
	if h := t.Head(i); h >= 0 && t.w(i).UPOS == "NOUN" && t.Rel(i) == "nsubj" && indefinite() && hedged(h) {
		return "hypothetical"
	}
	if modal(t, i) || obliged(t, i) {
		return "hypothetical"
	}
	if h := t.Head(i); h >= 0 && t.w(i).UPOS == "NOUN" && t.Rel(i) == "obj" && terms[t.lemma(h)] && hedged(h) {
		// "a security agreement that would include an Israeli
		// withdrawal": a term of what would be agreed is supposed, not
		// done (but "includes assistance from L2" is given).
		return "hypothetical"
	}
	if t.w(i).UPOS == "NOUN" && slices.ContainsFunc(t.ChildrenWith(i, "det"), func(c int) bool { return t.lemma(c) == "any" }) {
		if deniedClause(t, i) {
			return "denied" // "denied that Washington had made any concessions"
		}
		return "hypothetical" // "will not give up territory in any peace deal", "include Zelenskiy in any talks"
	}
	if beTo(t, i) {
		return "intended" // "Under the ceasefire, Hezbollah was to withdraw its fighters": planned, not done
	}
	if warrantOf(t, i) >= 0 {
		return "intended" // "issued arrest warrants for …": ordered, not yet made
	}
	if hasMark(t, i, "if", "unless", "whether") || inCaseOf(t, i) {
		return "hypothetical"
	}
	// "would keep hitting Russia's energy infrastructure until Moscow
	// agreed to a ceasefire": what is awaited has not happened.
	if c := clauseOf(t, i); (hasMark(t, c, "until") || hasMark(t, c, "before") && presentTense(t, c)) && awaited(t, t.Head(c)) || c != i && hasMark(t, c, "whether") {
		// Also "considering whether to trigger the return of U.N.
		// sanctions", and "would not agree to end the war before Hamas
		// is disarmed".
		return "hypothetical"
	}
	if h := t.Head(i); h >= 0 && t.lemma(h) == "lead" && t.w(h).XPOS == "VBG" && t.caseOf(i) == "to" && t.Head(h) >= 0 && t.w(t.Head(h)).UPOS == "NOUN" {
		return "hypothetical" // "a reward for information leading to his arrest": sought, not done
	}
	batch := -1
	for k := i; k >= 0; {
		if k != i && hasMark(t, k, "if", "unless", "whether") {
			// "if Iran does not resume cooperation": the light verb's
			// condition; "considering whether to trigger the return of
			// U.N. sanctions": in question.
			return "hypothetical"
		}
		h := t.Head(k)
		if h < 0 {
			break
		}
		l := t.lemma(h)
		switch {
		case denyHeads[l] && (t.Rel(k) == "ccomp" || (t.Rel(k) == "xcomp" || t.Rel(k) == "obj" || t.Rel(k) == "advcl" && k == h+1) && t.w(k).XPOS == "VBG"):
			// "Iran denied supplying drones" (its gerund parsed as an
			// object, a complement or an adverbial clause right after
			// the verb), "denied that it had supplied"; not "deny them
			// help", a refusal, nor "denied the accusation, saying …".
			return "denied"
		case claimWords[l] && (t.Rel(k) == "acl" || t.Rel(k) == "ccomp" || t.Rel(k) == "nmod" && t.caseOf(k) == "of") && t.Head(h) >= 0 &&
			claimDeniers[t.lemma(t.Head(h))] && (t.Rel(h) == "obj" || t.w(h).Rel == "nsubj:pass"):
			return "denied" // "rejected claims that its forces had attacked civilians", "denies reports of secret deal"
		case notConfirmedBy(t, k):
			// "did not confirm that Putin had agreed to meet Zelenskiy":
			// what was not confirmed is not asserted.
			return "hypothetical"
		case rejected(t, h, k) && (k == i || meetingWords[t.lemma(k)]): // not "rejected a truce proposed by the US": proposed all the same
			if notted(t, h) {
				return "hypothetical" // "did not rule out a meeting": it may be held
			}
			return "failed" // "rejected talks with the United States", "ruled out any dialogue": not held
		case setUpVerbs[l] && k == i && t.Rel(k) == "obj" && meetingWords[t.lemma(k)]:
			// "was trying to arrange talks between the two governments":
			// as much to be held as the arranging is done (but "arranged
			// about a dozen meetings" may well have held them).
			if m := mode(t, h, light); m != "asserted" {
				return m
			}
		case leftOpen(t, h) && t.Rel(k) == "obl" && t.caseOf(k) == "to":
			return "intended" // "left the door open to talks with the United States"
		case (l == "hold" || l == "call") && hasParticle(t, h, "off") && (t.Rel(k) == "obl" || t.Rel(k) == "obj" || t.Rel(k) == "advcl" && hasMark(t, k, "on")):
			return "failed" // "had held off on major sanctions against Moscow": not imposed; "called off the talks"
		case k == i && t.Rel(k) == "obl" && t.caseOf(k) == "into" && pushers[l]:
			return mode(t, h, light) // "urged Washington not to force Kyiv into concessions": made only if the forcing is
		case l == "rule" && hasParticle(t, h, "out") && t.w(k).XPOS == "VBG" && (t.Rel(k) == "xcomp" || t.Rel(k) == "advcl" || t.Rel(k) == "ccomp" || t.Rel(k) == "obj"):
			if notted(t, h) {
				return "hypothetical" // "has not ruled out using force": it may
			}
			return "failed" // "ruled out sending troops"
		case t.Rel(k) == "advcl" && hasMark(t, k, "of") && stopsShort(t, h):
			return "failed" // "stopped short of saying Russia had downed the plane": not said
		case t.Rel(k) == "obl" && t.caseOf(k) == "from" && stepsBack(t, h):
			if notted(t, h) {
				return "asserted" // "did not refrain from attacks"
			}
			return "failed" // "urged Ethiopia and Eritrea to step back from war": not waged
		case (l == "allow" || l == "permit") && t.Rel(k) == "xcomp" && notted(t, h):
			return "hypothetical" // "will not allow the U.S. to use bases for a Taiwan attack": not let happen
		case failHeads[l] && k == i && t.Rel(k) == "obj" && madeAppeals[t.lemma(k)]:
			return "asserted" // "refused repeated calls to free him": the calls were made, the act they ask is not done
		case failHeads[l] && (t.Rel(k) == "xcomp" || t.Rel(k) == "nsubj" && t.w(k).UPOS == "NOUN" && !(k != i && t.Rel(i) == "acl" && t.Head(i) == k) &&
			len(t.ChildrenWith(h, "xcomp")) == 0 || t.Rel(k) == "obj"):
			// Not "Belgrade, backed by Russia and China, has refused":
			// a party that refuses was backed all the same; nor "Foreign
			// ministers meeting in Brussels failed to reach unanimity":
			// they met; nor "talks with Merz and Macron failed to
			// persuade him": they were held, the persuading failed.
			if notted(t, h) {
				return "asserted" // "did not cancel the talks": they go ahead
			}
			return "failed"
		case intentHeads[l] && t.Rel(k) == "xcomp" && (wishers[l] && slices.ContainsFunc(t.ChildrenWith(h, "obj"), func(o int) bool { return h < o && o < k }) || l == "expect" && len(t.ChildrenWith(h, "nsubj:pass")) > 0):
			// "wants Iran to sign", "expects Tehran to return", "the talks
			// are expected to resume": another's wish or a forecast, no
			// intent of the one who would act.
			return "hypothetical"
		case involvements[l] && (t.Rel(k) == "nmod" || t.Rel(k) == "obl") && t.caseOf(k) == "in" && t.Head(h) >= 0 && denyHeads[t.lemma(t.Head(h))] && t.Rel(h) == "obj",
			denyHeads[l] && t.Rel(k) == "obl" && t.caseOf(k) == "in" && slices.ContainsFunc(t.ChildrenWith(h, "obj"), func(o int) bool { return involvements[t.lemma(o)] }):
			return "denied" // "Pakistan denied any role in that attack", also with the phrase hung on the verb
		case l == "do" && k == i && t.Rel(k) == "obl" && t.caseOf(k) == "with" && t.Rel(h) == "acl" && t.Head(h) >= 0 && t.lemma(t.Head(h)) == "nothing":
			return "denied" // "Serbia had nothing to do with the attack"
		case agreedTo(t, k):
			// "agreed to an immediate ceasefire"; but what one is urged or
			// refuses to agree to is not agreed ("urged both sides to
			// agree to the truce").
			if m := mode(t, h, light); m == "hypothetical" || m == "failed" || m == "denied" {
				return m
			}
			return "intended"
		case intentHeads[l] && t.Rel(k) == "acl" && t.Rel(h) == "obj" && t.Head(h) >= 0 && denyHeads[t.lemma(t.Head(h))]:
			return "denied" // "Eritrea denied plans to attack Ethiopia"
		case t.Rel(k) == "advcl" && infinitive(t, k) && slices.ContainsFunc(t.ChildrenWith(h, "obj"), func(o int) bool { return pressuresTo[t.lemma(o)] && t.LastWord(o)+1 == t.FirstWord(k) }):
			return "hypothetical" // "faced mounting calls to resign", the infinitive hung on the verb
		case pressuresTo[l] && t.Rel(k) == "acl" && infinitive(t, k):
			return "hypothetical" // "faced mounting pressure to resign", "calls to resign": wanted, as "urged her to resign" is
		case proposalsFor[l] && t.Rel(k) == "acl" && infinitive(t, k):
			if g := t.Head(h); g >= 0 && t.Rel(h) == "obj" && (t.lemma(g) == "block" || t.lemma(g) == "veto") && !notted(t, g) {
				return "failed" // "Hungary blocked a European Union proposal to impose sanctions": not imposed
			}
			return "intended" // "a plan to withdraw", "a proposal to ban" (a decision is often carried out)
		case (intentHeads[l] || l == "open") && adjectiveComplement(t, k) || intentHeads[l] && (t.Rel(k) == "xcomp" || t.Rel(k) == "acl" && !zeroRelative(t, k) && (k != h+1 || !agentParticiple(t, k)) || t.Rel(k) == "obj" && l != "agree" || t.Rel(k) == "ccomp" ||
			t.Rel(k) == "advcl" && h < k && infinitive(t, k) || // "were plotting with Washington to invade the North"
			t.Rel(k) == "advcl" && k == h+1 && t.w(k).XPOS == "VBG"): // "proposed using frozen assets", the gerund parsed as a clause
			if mode(t, h, light) == "denied" {
				return "denied" // "denied that it was preparing to attack Ethiopia"
			}
			if hasMark(t, h, "if", "unless", "whether") {
				return "hypothetical" // "if the army tried to seize its arsenal": supposed, not intended
			}
			if unconfirmed(t, h) {
				return "hypothetical" // "did not confirm that Putin had agreed to meet Zelenskiy"
			}
			return "intended"
		case scheduledHeads[l] && (t.Rel(k) == "xcomp" || t.Rel(k) == "advcl") && infinitive(t, k):
			return "intended" // "was due to meet", "is scheduled to visit"
		case l == "close" && t.w(h).UPOS == "ADJ" && (infinitive(t, k) || t.caseOf(k) == "to"):
			return "hypothetical" // "are close to reaching a security agreement": not reached yet
		case l == "free" && t.w(h).UPOS == "ADJ" && infinitive(t, k):
			return "hypothetical" // "Serbia was free to join similar cooperation": allowed, not done
		case l == "task" && (t.Rel(k) == "advcl" || t.Rel(k) == "acl") && hasMark(t, k, "with"):
			return "hypothetical" // "tasked the army with disarming Hezbollah": asked of it, not done
		case (l == "commit" || l == "committed") && (t.Rel(k) == "advcl" || t.Rel(k) == "xcomp") && infinitive(t, k):
			return "intended" // "committed to withdrawing its troops", "was committed to reaching an agreement" (not "committed atrocities")
		case (l == "right" || l == "power" || l == "authority" || l == "mandate") && t.Rel(k) == "acl" && infinitive(t, k),
			(l == "force" || l == "mission") && t.Rel(k) == "acl" && infinitive(t, k) && t.Rel(h) == "obj":
			return "hypothetical" // "reserved the right to resume fighting", "the power to arrest", "approved a force to combat gangs"
		case proposalHeads[l] && (t.Rel(k) == "xcomp" || t.Rel(k) == "obj"):
			return "intended" // "suggested hosting talks", not "suggested that Iran lied"
		case (appealsFor[l] || proposalsFor[l] || l == "prepare" || l == "brace") && (t.Rel(k) == "nmod" || t.Rel(k) == "obl") && t.caseOf(k) == "for" &&
			len(t.ChildrenWith(h, "obj", "xcomp", "aux:pass")) == 0: // not "was called a liar for his statements"
			// "a European call for an immediate ceasefire", "Europe
			// called for a ceasefire": asked for, not made; nor is what
			// one prepares for ("ordered them to prepare for any attack").
			return "hypothetical"
		case (l == "ready" || l == "readiness" || l == "willing" || l == "willingness" || l == "prepared") && (t.Rel(k) == "obl" || t.Rel(k) == "nmod") && t.caseOf(k) == "for",
			(l == "open" || l == "openness") && (t.Rel(k) == "obl" || t.Rel(k) == "nmod") && t.caseOf(k) == "to":
			return "intended" // "Ukraine ready for prisoner swap", "readiness for talks"
		case demandsOf[l] && t.Rel(k) == "obj" && t.w(k).UPOS == "NOUN":
			return "hypothetical" // "a resolution demanding an immediate ceasefire": asked for, not made
		case k == i && focusedOn(t, i) && !appealsFor[t.lemma(i)] && !proposalsFor[t.lemma(i)] && !madeWords[t.lemma(i)]:
			// "the talks will focus on the release of hostages": talked
			// over, not done; but "focused on Saudi demands": made.
			return "hypothetical"
		case talkedOver[l] && t.Rel(k) == "obj" && t.w(k).UPOS == "NOUN" && k == i:
			return "hypothetical" // "the talks would also cover the release of Lebanese prisoners": talked over, not done
		case (l == "threaten" || l == "threat") && (t.Rel(k) == "xcomp" || t.Rel(k) == "acl") && infinitive(t, k):
			return "hypothetical" // "threatened to impose sanctions": on a condition, not done
		case directiveHeads[l] && infinitive(t, k) && (t.Rel(k) == "xcomp" || t.Rel(k) == "advcl") && (l != "call" || appealsToAct(t, h, k)):
			return "hypothetical"
		case k == i && keptFrom(t, k) >= 0:
			return "failed" // "barred the officials from travelling to the bloc": kept from happening
		case keptFrom(t, k) >= 0:
			return "hypothetical" // "stop militants from using Afghan soil to attack Pakistan": the aim of what is prevented
		case k == i && pressedInto(t, k) >= 0 && t.lemma(h) != "force" && t.lemma(h) != "drag":
			return "hypothetical" // "pressuring Kyiv into concessions": pressed for, not made
		case k == i && warnedOff(t, k) >= 0:
			return "hypothetical" // "warned Washington against pressuring Kyiv": feared, not told as done
		case (l == "block" || l == "veto") && t.Rel(k) == "obj" && (k == i || t.Head(i) == k && (batches[t.lemma(k)] || documents[t.lemma(k)] && t.w(i).XPOS == "VBG")) && !notted(t, h):
			// "has blocked a new package of sanctions": not imposed ("a
			// statement criticising Israel": not made); but
			// what one is asked to block may yet happen ("called on the
			// government to block Trump's visit").
			if mode(t, h, light) != "asserted" {
				return "hypothetical"
			}
			return "failed"
		case subjunctiveHeads[l] && t.Rel(k) == "ccomp" && subjunctive(t, k):
			return "hypothetical" // "demanded that Macron call snap elections or resign": asked for, not done
		case permitters[l] && t.Rel(k) == "xcomp" && (t.w(h).XPOS == "VBZ" || t.w(h).XPOS == "VBP") && permitsAsText(t, h):
			return "hypothetical" // "a defence pact that allows each country to deploy troops": allowed, not yet done
		case invitations[l] && t.w(h).UPOS == "NOUN" && t.Rel(k) == "acl" && infinitive(t, k):
			return "hypothetical" // "ignored an invitation to meet the new foreign minister": asked of him, not done
		case agreementNouns[l] && t.w(h).UPOS == "NOUN" && t.Rel(k) == "acl" && infinitive(t, k):
			// "signed a deal to normalise ties": the deal's aim, not yet
			// done; a deal not made ("failed to reach a deal to end the
			// war") leaves its aim as open as itself.
			if m := mode(t, h, light); m != "asserted" {
				return m
			}
			return "intended"
		case infinitive(t, k) && hasMark(t, k, "for"):
			return "hypothetical" // "called for Israel to halt its offensive", "a plea for the GOP to unite": wanted, not done
		}
		if k == i && (t.Rel(k) == "obj" || t.Rel(k) == "xcomp" && t.w(k).XPOS == "VBG") && ongoingEnders[l] {
			if t.Rel(k) == "obj" && oneOffs[t.lemma(k)] && !notted(t, h) {
				// "would halt the release of 18 prisoners": a release
				// stopped is not made, as a war stopped was fought.
				if modal(t, h) {
					return "hypothetical"
				}
				return "failed"
			}
			return "asserted" // "refused to end the war": whatever is said of its end, the war goes on
		}
		if t.w(k).Rel == "acl:relcl" {
			break // "The junta, which seized power in a coup, has refused …": what a relative clause says of its noun is not what the noun's clause does
		}
		if (k == i || k == batch) && (t.Rel(k) == "obj" && light[l] || enteredInto(t, k)) {
			k = h // "attempts to hold talks", "offered to host a new round of negotiations": the light verb's mode
			if modal(t, h) && !reportedFuture(t, h) && len(t.ChildrenWith(h, "compound:prt")) == 0 {
				return "hypothetical" // "would hold talks"; "would not give up its demand" keeps it; "said it would impose tariffs" is promised (see promised)
			}
			continue
		}
		// The complement, a purpose ("ready to travel to Turkiye to meet
		// Pezeshkian") and an event one goes or sends others to ("willing
		// to send Vance to the meeting") share the mode of what governs
		// them.
		// So does a bare verb coordinated with another ("call snap
		// elections or resign").
		// And a noun coordinated with another ("a proposal for a 60-day
		// ceasefire in Gaza and the release of half of the hostages").
		bareConj := t.Rel(k) == "conj" && (bareVerb(t, k) && bareVerb(t, h) && len(t.ChildrenWith(k, "nsubj")) == 0 || t.w(k).UPOS == "NOUN" && t.w(h).UPOS == "NOUN")
		// So do the goods a sum is in ("pledged $5 billion in aid"), and
		// the events a batch counts ("blocked a new package of sanctions").
		inSum := t.Rel(k) == "nmod" && t.caseOf(k) == "in" && (t.w(h).XPOS == "$" || t.w(h).UPOS == "NUM")
		counted := t.Rel(k) == "nmod" && t.caseOf(k) == "of" && batches[l]
		// And what an agreement is on ("close to an agreement on the
		// release of the remaining hostages": no more agreed than it).
		termOf := t.Rel(k) == "nmod" && (t.caseOf(k) == "on" || t.caseOf(k) == "for") && agreementNouns[l]
		// And the second of two clauses one condition opens ("unless
		// Israel withdrew its forces and a stabilisation force was
		// deployed"), not a closing report taken for one ("If there are
		// people willing …, so be it, said Deb Kline").
		conditioned := t.Rel(k) == "conj" && hasMark(t, h, "if", "unless") && len(t.ChildrenWith(k, "mark")) == 0 &&
			!slices.ContainsFunc(t.ChildrenWith(k, "nsubj"), func(s int) bool { return s > k })
		// And what a thing is used for ("will not allow the U.S. to use
		// bases for a Taiwan attack").
		forUse := t.Rel(k) == "obl" && t.caseOf(k) == "for" && t.lemma(h) == "use"
		if r := t.Rel(k); r != "xcomp" && r != "acl" && (r != "advcl" || !infinitive(t, k)) && !bareConj && !inSum && !counted && !termOf && !conditioned && !forUse && !intoRelapse(t, k) &&
			(r != "obl" || t.caseOf(k) != "to" || !joinHeads[t.lemma(h)]) && !slices.Contains(carried(t, h), k) {
			break
		}
		if r := t.Rel(k); (r == "xcomp" || r == "advcl" || bareConj) && modal(t, h) {
			if bareConj && reportedFuture(t, h) && len(t.ChildrenWith(k, "aux")) == 0 {
				return "intended" // "said it would file a protest and summon an embassy official"
			}
			// "would travel to Jerusalem to meet Netanyahu"; not a
			// relative clause on what a modal verb governs.
			return "hypothetical"
		}
		if r := t.Rel(k); (r == "xcomp" || r == "advcl") && future(t, h) {
			return "intended" // "will meet again in Istanbul on Nov. 6 to agree on how the truce will be monitored"
		}
		if counted && k == i {
			batch = h // the batch stands for the event it counts
		}
		k = h
	}
	// "the meeting was canceled": a noun event that is cancelled; "the
	// talks could not be approved": one that could not be arranged; but
	// "talks … failed to persuade him" were held.
	if h := t.Head(i); h >= 0 && strings.HasPrefix(t.w(i).Rel, "nsubj") &&
		(cancels(t, h) && len(t.ChildrenWith(h, "xcomp")) == 0 || arrangers[t.lemma(h)] && t.w(i).Rel == "nsubj:pass" && notted(t, h)) {
		return "failed"
	}
	// "Putin-Trump summit in Budapest called off": a headline's noun
	// event with the participle that cancels it.
	if t.w(i).UPOS == "NOUN" && slices.ContainsFunc(t.ChildrenWith(i, "acl"), func(c int) bool {
		return t.w(c).XPOS == "VBN" && cancels(t, c) && len(t.ChildrenWith(c, "nsubj", "obj")) == 0
	}) {
		return "failed"
	}
	return "asserted"
}

// yetTo: the verb at i is what someone "has yet to" do ("Hamas has yet
// to return the remains"), not done so far; with the parse's "has" an
// auxiliary or the verb the infinitive completes.
func yetTo(t *tree, i int) bool {
	if !hasMark(t, i, "to") {
		return false
	}
	v := i
	if h := t.Head(i); h >= 0 && t.Rel(i) == "xcomp" && t.lemma(h) == "have" {
		v = h
	} else if !slices.ContainsFunc(t.ChildrenWith(i, "aux"), func(a int) bool { return t.lemma(a) == "have" }) {
		return false
	}
	return slices.ContainsFunc(t.ChildrenWith(v, "advmod"), func(a int) bool { return t.lemma(a) == "yet" })
}

// modal: the verb at i has a modal auxiliary, and what it says is only
// supposed.
func modal(t *tree, i int) bool {
	for _, c := range t.ChildrenWith(i, "aux") {
		switch t.lemma(c) {
		case "would", "could", "might", "may", "should", "must":
			return true
		}
	}
	return false
}

// obliged: the verb at i is what someone needs or has to do ("Iran
// needs to release the prisoners", "Serbia has to recognize Kosovo"), or
// had to in a reported clause ("said Serbia had to recognize Kosovo");
// not "Thousands had to flee", which they did, nor "I have to say" or "I
// need to thank", which say or thank as they speak.
func obliged(t *tree, i int) bool {
	h := t.Head(i)
	if h < 0 || t.Rel(i) != "xcomp" || t.w(h).UPOS != "VERB" || !hasMark(t, i, "to") || speechVerbs[t.lemma(i)] || performatives[t.lemma(i)] {
		return false
	}
	switch t.lemma(h) {
	case "need":
		return true
	case "have":
		// Not "what I have to offer", "has the record to back it up":
		// something had, for a purpose.
		if len(t.ChildrenWith(h, "obj")) > 0 || t.w(h).Rel == "acl:relcl" {
			return false
		}
		return presentTense(t, h) || t.Rel(h) == "ccomp" && t.Head(h) >= 0 && speechVerbs[t.lemma(t.Head(h))]
	}
	return false
}

// performatives are the verbs besides those of speech that one does by
// saying one has to.
var performatives = set(`thank admit confess`)

// promisesEvent reports whether a verb of promising or offering has a
// complement that is an event of its own ("pledged to provide aid",
// "vowed to fight"): CAMEO codes the promise by what is promised, so the
// complement carries the event (033, 138) and the generic intent to
// cooperate (030) on the verb would only repeat it.
func promisesEvent(l *Lexicon, t *tree, i int) bool {
	if !intentHeads[t.lemma(i)] {
		return false
	}
	// "agreed to an immediate ceasefire": what one agrees to.
	if t.lemma(i) == "agree" {
		for _, o := range t.ChildrenWith(i, "obl") {
			if _, ok := l.trigger(t, o); ok && agreedTo(t, o) {
				return true
			}
		}
	}
	// "vowed that Venezuela would never surrender": a promise told as a
	// clause of what will be.
	for _, x := range t.ChildrenWith(i, "ccomp") {
		will := slices.ContainsFunc(t.ChildrenWith(x, "aux"), func(a int) bool { return willWords[t.lemma(a)] })
		if _, ok := l.trigger(t, x); ok && will {
			return true
		}
	}
	for _, x := range t.ChildrenWith(i, "xcomp", "acl") {
		if t.Rel(x) == "acl" && !hasMark(t, x, "to") {
			continue // "the pledge he made": no promised act
		}
		if _, ok := l.trigger(t, x); ok {
			return true // also "its commitment to defend the Philippines"
		}
		// "vowed to keep protesting", "pledged to continue fighting".
		if t.lemma(x) == "keep" || t.lemma(x) == "continue" {
			for _, y := range t.ChildrenWith(x, "xcomp", "obj") {
				if _, ok := l.trigger(t, y); ok {
					return true
				}
			}
		}
		// "intended to carry out a military strike", "vowed to launch
		// an offensive": a light verb's event. (An agreement to hold
		// talks is made, and coded too.)
		if l.light[t.lemma(x)] && t.lemma(i) != "agree" {
			for _, y := range t.ChildrenWith(x, "obj") {
				if _, ok := l.trigger(t, y); ok && t.w(y).UPOS == "NOUN" {
					return true
				}
			}
		}
		// "vowed to press ahead with an offensive".
		for _, y := range carried(t, x) {
			if _, ok := l.trigger(t, y); ok {
				return true
			}
		}
	}
	// "pledged military aid to Ukraine": the thing promised is the
	// event (not one a possessive owns, "pledged his support to Clinton",
	// which the noun does not code).
	if promisers[t.lemma(i)] {
		for _, o := range t.ChildrenWith(i, "obj") {
			if _, ok := l.trigger(t, o); ok && t.w(o).UPOS == "NOUN" && len(t.ChildrenWith(o, "nmod:poss")) == 0 {
				return true
			}
		}
	}
	// "Russia is planning attacks": the planned act, intended, is the
	// event; planning it is no intent to cooperate.
	if plans[t.lemma(i)] {
		for _, o := range t.ChildrenWith(i, "obj") {
			if tr, ok := l.trigger(t, o); ok && t.w(o).UPOS == "NOUN" && tr.Code >= "10" {
				return true
			}
		}
	}
	return false
}

// plans are the intent heads whose object is the act intended.
var plans = set(`plan intend prepare`)

// unless reports whether an event is conditioned by "unless": what is
// promised unless the other side acts is a threat, whatever it is.
func unless(t *tree, i int) bool {
	for _, x := range t.ChildrenWith(i, "advcl") {
		if hasMark(t, x, "unless") {
			return true
		}
	}
	return false
}

// demanded are the targets of the demand a protest is made for: the
// purpose clause of the protest word or of the verb that carries it,
// when that clause is itself a demand or appeal.
func (l *Lexicon) demanded(t *tree, i int, actorAt map[int]*document.Actor) []int {
	heads := []int{i}
	if h := t.Head(i); h >= 0 && t.Rel(i) == "obj" {
		heads = append(heads, h) // "staged demonstrations to demand reforms"
	}
	// "a hunger strike in protest of the Russian government's refusal":
	// what the protest is of, or whose it is.
	for _, h := range heads {
		for _, p := range t.ChildrenWith(h, "obl", "nmod") {
			if t.lemma(p) != "protest" || t.caseOf(p) != "in" {
				continue
			}
			for _, n := range t.ChildrenWith(p, "nmod") {
				switch t.caseOf(n) {
				case "of", "against", "at", "over":
					if out := l.actorWords(t, append(conjuncts(t, n), t.ChildrenWith(n, "nmod:poss")...), actorAt); len(out) > 0 {
						return out
					}
				}
			}
		}
	}
	for _, h := range heads {
		for _, x := range t.ChildrenWith(h, "advcl", "xcomp") {
			if !infinitive(t, x) {
				continue
			}
			trig, ok := l.trigger(t, x)
			if !ok || len(trig.Code) < 2 || trig.Code[:2] != "10" && trig.Code[:2] != "02" {
				continue
			}
			if out := l.targets(t, x, trig, actorAt); len(out) > 0 {
				return out
			}
		}
	}
	return nil
}

// conditionSubjects are the subjects of the "if" or "unless" clause of a
// threat, or of its complement: who must comply is whom it threatens
// ("threatened to ban voting if Hamas ran", "to launch an offensive
// unless Baghdad accepted its conditions").
func conditionSubjects(t *tree, i int) []int {
	clauses := []int{i}
	// The complement and what it takes in turn ("threatened to stop
	// negotiations to reduce weapons if the United States goes ahead").
	for k := 0; k < len(clauses) && k < 4; k++ {
		for _, x := range t.ChildrenWith(clauses[k], "xcomp", "ccomp", "advcl") {
			if t.Rel(x) != "advcl" || infinitive(t, x) {
				clauses = append(clauses, x)
			}
		}
	}
	// What governs it: "threatened to launch a new offensive unless
	// Baghdad accepted", the offensive the object of the complement.
	for k, depth := i, 0; depth < 3; depth++ {
		h := t.Head(k)
		if h < 0 || t.Rel(k) != "xcomp" && t.Rel(k) != "ccomp" && (t.Rel(k) != "obj" || t.w(k).UPOS != "NOUN") {
			break
		}
		clauses = append(clauses, h)
		k = h
	}
	for _, c := range clauses {
		for _, x := range t.ChildrenWith(c, "advcl") {
			if hasMark(t, x, "if", "unless") {
				// A passive condition names no one who must act:
				// "unless he is paid", "if he is elected".
				if subj := t.ChildrenWith(x, "nsubj"); len(subj) > 0 && t.w(subj[0]).Rel != "nsubj:pass" && len(t.ChildrenWith(x, "aux:pass")) == 0 {
					return conjuncts(t, subj[0])
				}
			}
		}
	}
	return nil
}

// obliges reports whether a statement says what another must do: its
// clause has "must" or "should" and a subject of its own that can be
// obliged, someone or some body ("Russia said that Sudan must return a
// helicopter"), not a thing ("said things should be wrapped up", "this
// epidemic must stop"). CAMEO codes such a statement as a demand on that
// subject.
func (l *Lexicon) obliges(t *tree, i int) bool {
	for _, x := range t.ChildrenWith(i, "ccomp") {
		if !slices.ContainsFunc(t.ChildrenWith(x, "nsubj"), func(s int) bool { return l.obligable(t, s) }) {
			continue
		}
		if entitled[t.lemma(x)] || len(t.ChildrenWith(x, "aux:pass", "cop")) > 0 {
			continue // "Ukraine must have security guarantees", "must be protected": what it is owed, not asked to do
		}
		for _, a := range t.ChildrenWith(x, "aux") {
			if l := t.lemma(a); l == "must" || l == "should" {
				return true
			}
		}
	}
	return false
}

// obligesOwnCountry: what the speaker at i says must be done is for the
// speaker's own country to do ("Prime Minister Abiy Ahmed has said
// landlocked Ethiopia must secure access to the sea"): an aim, not a
// demand made of another.
func obligesOwnCountry(t *tree, i int, actorAt map[int]*document.Actor) bool {
	country := func(k int) string {
		if a := actorAt[t.w(k).Start]; a != nil {
			return a.Country
		}
		return ""
	}
	speaker := ""
	for _, s := range t.ChildrenWith(i, "nsubj") {
		speaker = country(s)
	}
	if speaker == "" {
		return false
	}
	for _, x := range t.ChildrenWith(i, "ccomp") {
		for _, s := range t.ChildrenWith(x, "nsubj") {
			a := actorAt[t.w(s).Start]
			if a != nil && a.Kind == "country" && a.Country == speaker || a != nil && memberOf(a, speaker, actorAt) {
				return true
			}
		}
	}
	return false
}

// peopleClashOver: the clash at i is over a matter ("over the
// appointment of ministers") and its side is a person, who quarrels;
// armed sides clash with force.
func peopleClashOver(l *Lexicon, t *tree, i int, actorAt map[int]*document.Actor) bool {
	if !slices.ContainsFunc(t.ChildrenWith(i, "obl"), func(o int) bool { return t.caseOf(o) == "over" }) {
		return false
	}
	sources := l.sources(t, i)
	return len(sources) > 0 && !slices.ContainsFunc(sources, func(s int) bool {
		a := actorAt[t.w(s).Start]
		return a == nil || a.Kind != "person"
	})
}

// memberOf: the pair actor a ("the neighbours", "both countries") has a
// member of the country ("Yoon said the neighbours must cooperate": his
// own country is one of them).
func memberOf(a *document.Actor, country string, actorAt map[int]*document.Actor) bool {
	for _, id := range a.Members {
		for _, b := range actorAt {
			if b.ID == id && b.Country == country {
				return true
			}
		}
	}
	return false
}

// entitled are the verbs of having or getting, whose "must" says what
// their subject is owed.
var entitled = set(`have receive obtain enjoy`)

// obligable: the subject at s names someone or some body: a name, a
// personal pronoun other than "it", or a noun of people or groups.
func (l *Lexicon) obligable(t *tree, s int) bool {
	w := t.w(s)
	switch {
	case w.UPOS == "PROPN":
		return true
	case w.UPOS == "PRON":
		return w.XPOS == "PRP" && !strings.EqualFold(w.Form, "it")
	}
	return w.UPOS == "NOUN" && (isActorWord(t, s) || l.lemmas != nil && l.lemmas.LexFiles(t.lemma(s), false)&people != 0)
}

// promised reports whether an event is announced as the actor's own
// future act rather than done: offered, planned or agreed to ("ready to
// travel", "agreed to allow access"), or said to come ("will provide
// aid", "said they would boycott"). An attempt ("tried to hack", "efforts
// to reach a ceasefire") is the act itself, as CAMEO codes it.
func (l *Lexicon) promised(t *tree, i int, mode string) bool {
	if mode == "hypothetical" && (l.threatened(t, i) || agreedTo(t, i)) {
		return true // "until Moscow agreed to a ceasefire": an agreement still awaited
	}
	if mode == "denied" || mode == "hypothetical" {
		// "denied plans to attack", "denied that it was preparing to
		// attack": the intent is what is denied; "did not confirm that
		// Putin had agreed to meet": the intent is what is unconfirmed.
		for k := i; k >= 0 && (t.Rel(k) == "xcomp" || t.Rel(k) == "acl"); k = t.Head(k) {
			if h := t.Head(k); intentHeads[t.lemma(h)] && (mode == "denied" || unconfirmed(t, h)) {
				return true
			}
		}
		if mode == "denied" {
			return false
		}
	}
	if warrantOf(t, i) >= 0 {
		return false // an arrest warrant orders an arrest, it threatens none (173, intended)
	}
	if mode == "intended" {
		for k := i; k >= 0 && (t.Rel(k) == "xcomp" || t.Rel(k) == "acl" || k == i); k = t.Head(k) {
			if h := t.Head(k); h >= 0 && (t.lemma(h) == "try" || t.lemma(h) == "attempt" || t.lemma(h) == "effort") {
				return false
			}
		}
		return true
	}
	if headlineFuture(t, i) {
		return true // "Saudi crown prince to visit Washington, sources say"
	}
	v := i
	if t.Rel(i) == "conj" && t.w(i).XPOS == "VB" && len(t.ChildrenWith(i, "aux")) == 0 {
		v = firstConjunct(t, i) // "Israel will open additional crossings and allow more aid": the first verb's "will"
	}
	if h := t.Head(i); h >= 0 && t.w(i).UPOS == "NOUN" && t.Rel(i) == "obj" && l.light[t.lemma(h)] && !undoes(t.lemma(h)) {
		v = h // "said it would impose tariffs": the light verb's "would"
	}
	if h := goneTo(t, i); h >= 0 {
		v = h // "said Iran would return to negotiations": the verb of going's "would"
	}
	for _, c := range t.ChildrenWith(v, "aux") {
		switch t.lemma(c) {
		case "will", "shall":
			return true
		case "would":
			return reportedFuture(t, v)
		}
	}
	return false
}

// headlineFuture: the verb at i is a headline's infinitive with a
// subject, which tells what is to come ("Saudi Arabia to host talks").
func headlineFuture(t *tree, i int) bool {
	r, h := t.Rel(i), t.Head(i)
	return t.w(i).XPOS == "VB" && hasMark(t, i, "to") && !hasMark(t, i, "for") && len(t.ChildrenWith(i, "nsubj")) > 0 &&
		(r == "root" || r == "ccomp" && h > i && speechVerbs[t.lemma(h)])
}

// future: the verb at i has "will" or "shall", or is a reported "would".
func future(t *tree, i int) bool {
	return slices.ContainsFunc(t.ChildrenWith(i, "aux"), func(c int) bool { return willWords[t.lemma(c)] && t.lemma(c) != "would" }) || reportedFuture(t, i)
}

// conditional: the verb at i, or a clause on it, is opened by "if" or
// "unless", or the verb is in question ("whether Sanders will ever
// tell those voters").
func conditional(t *tree, i int) bool {
	return hasMark(t, i, "if", "unless", "whether") || slices.ContainsFunc(t.ChildrenWith(i, "advcl"), func(c int) bool { return hasMark(t, c, "if", "unless") })
}

// agentParticiple: the word at k is a past participle with an agent, a
// deed done to what it describes ("a coup plot backed by France": the
// backing is done, not planned, when it follows the plot's noun; "a plan
// that includes creating a bank, funded by $25 billion" stays planned).
func agentParticiple(t *tree, k int) bool {
	return t.w(k).XPOS == "VBN" && len(t.ChildrenWith(k, "obl:agent")) > 0
}

// inCaseOf: the noun at i is what "in case of" or "in the event of"
// supposes: "commits each to come to the other's aid in case of attack".
func inCaseOf(t *tree, i int) bool {
	if t.w(i).UPOS != "NOUN" {
		return false
	}
	if slices.ContainsFunc(t.ChildrenWith(i, "case"), func(c int) bool {
		return t.lemma(c) == "in" && slices.ContainsFunc(t.ChildrenWith(c, "fixed"), func(f int) bool { return t.lemma(f) == "case" })
	}) {
		return true
	}
	h := t.Head(i)
	return h >= 0 && t.caseOf(i) == "of" && t.lemma(h) == "event" && t.caseOf(h) == "in"
}

// reportedFuture: the verb at i is a "would" of reported future, "said
// they would boycott", "said it regretted the move and would consult its
// partners"; not "would come if asked".
func reportedFuture(t *tree, i int) bool {
	if !slices.ContainsFunc(t.ChildrenWith(i, "aux"), func(c int) bool { return t.lemma(c) == "would" }) {
		return false
	}
	k := firstConjunct(t, i)
	h := t.Head(k)
	return t.Rel(k) == "ccomp" && h >= 0 && speechVerbs[t.lemma(h)]
}

var speechVerbs = set(`say announce declare state tell warn vow pledge promise insist reiterate`)

// yieldIntents are the intents to yield (035) by what is yielded: "agreed
// to stop fighting" intends to de-escalate (0356), "offered to free the
// hostages" to release them (0353).
var yieldIntents = map[string]string{"081": "0351", "082": "0352", "084": "0353", "085": "0354", "086": "0355", "087": "0356"}

// intentCode is the CAMEO code of the intention to do an event of code
// c: CAMEO codes a promised act of cooperation as an intent to cooperate
// (03) and a promised act of conflict as a threat (13). Other codes
// (statements, appeals, demands, rejections) stay as they are.
func intentCode(c string) string {
	if len(c) < 2 {
		return c
	}
	switch c[:2] {
	case "04":
		if c == "045" {
			return "039" // mediate
		}
		return "036" // meet or negotiate
	case "05":
		return "032" // diplomatic cooperation
	case "06":
		if len(c) >= 3 && c[2] >= '1' && c[2] <= '4' {
			return "031" + c[2:3] // economic, military, judicial or intelligence cooperation
		}
		return "031" // material cooperation
	case "07":
		if len(c) >= 3 && c[2] >= '1' && c[2] <= '4' {
			return "033" + c[2:3] // economic, military or humanitarian aid, military protection
		}
		return "033" // material aid
	case "08":
		if len(c) >= 3 {
			if t, ok := yieldIntents[c[:3]]; ok {
				return t
			}
		}
		return "035" // yield
	case "14":
		return "133" // protest: threaten political dissent
	case "16":
		if t, ok := sanctionThreats[c]; ok {
			return t
		}
		return "131" // reduce relations: threaten non-force
	case "17":
		if c == "172" {
			return "132" // administrative sanctions
		}
		return "137" // coerce: threaten with repression
	case "18":
		return "1383" // threaten unconventional violence
	case "19":
		switch c {
		case "191":
			return "1381" // blockade
		case "192":
			return "1382" // occupation
		}
		return "138" // threaten military force
	case "20":
		return "1385" // weapons of mass destruction
	}
	return c
}

// sanctionThreats are the threats of CAMEO's 13 that name the sanction
// of 16 threatened.
var sanctionThreats = map[string]string{"161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136"}

// threatened: the event at i is what a threat threatens ("threatened to
// use military force", "a threat to impose sanctions"), an act of
// protest, sanction, coercion or force that CAMEO codes as the threat.
func (l *Lexicon) threatened(t *tree, i int) bool {
	h := t.Head(i)
	if h >= 0 && t.Rel(i) == "obj" && t.w(i).UPOS == "NOUN" && l.light[t.lemma(h)] {
		i, h = h, t.Head(h) // "threatened to impose sanctions": the sanctions the verb carries
	}
	return h >= 0 && (t.lemma(h) == "threaten" || t.lemma(h) == "threat") && (t.Rel(i) == "xcomp" || t.Rel(i) == "acl") && infinitive(t, i)
}

// threatRoots are the roots of acts a threat of them is coded by.
var threatRoots = set(`14 16 17 18 19 20`)

// actorIndex maps the byte start of every word inside a mention to the
// mention's actor.
func actorIndex(d *document.Document) map[int]*document.Actor {
	type mention struct {
		span  document.Span
		actor *document.Actor
	}
	var ms []mention
	for k := range d.Actors {
		for _, m := range d.Actors[k].Mentions {
			ms = append(ms, mention{m, &d.Actors[k]})
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].span.Start < ms[j].span.Start })
	index := map[int]*document.Actor{}
	for _, s := range d.Sentences {
		for _, w := range s.Words {
			// The last mention starting at or before the word.
			k := sort.Search(len(ms), func(i int) bool { return ms[i].span.Start > w.Start }) - 1
			for ; k >= 0; k-- {
				if w.End <= ms[k].span.End {
					index[w.Start] = ms[k].actor
					break
				}
				if ms[k].span.End < w.Start-200 {
					break // mentions are short; no earlier one can cover the word
				}
			}
		}
	}
	return index
}

// side describes the phrase headed by word h as an event side.
func (l *Lexicon) side(d *document.Document, t *tree, h int, actorAt map[int]*document.Actor) document.EventActor {
	if h < 0 {
		return document.EventActor{}
	}
	w := t.w(h)
	ea := document.EventActor{Text: w.Form, Start: w.Start, End: w.End}
	if a := actorAt[w.Start]; a != nil {
		ea.Actor, ea.Code = a.ID, a.Code
		// The side points at the words that name the actor, not at the
		// parse's head of them: "US President Donald Trump", not
		// "Donald"; "the Obama administration", not "administration".
		if m, ok := mentionAround(a, w); ok && m.End <= len(d.Text) && !relative(w) {
			m = nameAround(t, h, m)
			ea.Text, ea.Start, ea.End = d.Text[m.Start:m.End], m.Start, m.End
		}
		if a.Kind == "country" && w.XPOS == "NNPS" && t.Rel(h) != "compound" && l.demonym(w.Form) == a.Country && a.Country != "" {
			// "Venezuela freed six detained Americans": the country's
			// people, not its government.
			ea.Actor, ea.Code = "", a.Country
		}
		if n := t.Head(h); a.Kind == "country" && n > h && (t.Rel(h) == "compound" || t.Rel(h) == "amod") && l.privatePeople(t, n) &&
			!slices.ContainsFunc(t.Sentence.Words[h+1:n], func(w document.Word) bool { return w.Head != n+1 }) {
			// "freed a U.S. dancer": the country's citizen, not its
			// government, as PETRARCH codes the country's name.
			ea.Actor, ea.Code = "", a.Country
			ea.Text, ea.Start, ea.End = d.Text[w.Start:t.w(n).End], w.Start, t.w(n).End
		}
		return ea
	}
	// "Hamas-led militants attacked Israel": the group a body leads is
	// that body's side (the cheap tests first: sides are many, "led"
	// few).
	for _, c := range t.ChildrenWith(h, "amod") {
		if !strings.EqualFold(t.w(c).Form, "led") {
			continue
		}
		if a := hyphenAgent(t, c); a >= 0 && actorAt[t.w(a).Start] != nil && actorAt[t.w(a).Start].Kind == "organization" && l.agentLike(t, h) {
			ea.Actor, ea.Code = actorAt[t.w(a).Start].ID, actorAt[t.w(a).Start].Code
			ea.Text, ea.Start = d.Text[t.w(a).Start:w.End], t.w(a).Start
			return ea
		}
	}
	if bodyNouns[t.lemma(h)] {
		// "the FSB security service said": the body its name compounds
		// with the noun of what it is.
		for c := h - 1; c >= 0 && t.Rel(c) == "compound"; c-- {
			if a := actorAt[t.w(c).Start]; a != nil && a.Kind == "organization" {
				ea.Actor, ea.Code = a.ID, a.Code
				ea.Start = t.w(c).Start
				if m, ok := mentionAround(a, t.w(c)); ok {
					ea.Start = m.Start // "the National Liberation Army rebel group", not "Army rebel group"
				}
				ea.Text = d.Text[ea.Start:w.End]
				return ea
			}
		}
	}
	if c := l.demonym(w.Form); c != "" || w.Rel == "amod" && w.UPOS == "ADJ" {
		if c == "" {
			c = l.nationality(t, h) // "Saudi demands": a country's name as an adjective
		}
		if c != "" {
			ea.Code = c // "Israeli attacks": the country, no actor of its own
			return ea
		}
	}
	if of := l.membersOf(t, h); of >= 0 {
		// "a group of about a dozen officers", "dozens of Pakistani
		// soldiers": the side is who the group is made of.
		// Of things, only their nationality: "dozens of Israeli
		// airstrikes", not "a batch of State Department emails".
		if inner := l.side(d, t, of, actorAt); (inner.Code != "" || inner.Actor != "") && (inner.Actor == "" || l.agentLike(t, of)) {
			inner.Text, inner.Start = d.Text[w.Start:inner.End], w.Start
			return inner
		}
		if deeper := l.membersOf(t, of); deeper >= 0 && !l.agentLike(t, of) {
			of = deeper // "Hundreds of thousands of people"
		}
		if ea.Actor == "" && ea.Code == "" && ea.Start == w.Start && (l.agentLike(t, of) || t.lemma(of) == "source" && t.w(h).UPOS == "NUM") {
			// "Hundreds of protesters", "two of the sources", not
			// "Hundreds" or "two": who the side is.
			ea.Text, ea.End = d.Text[w.Start:t.w(of).End], t.w(of).End
		}
	}
	if relative(w) {
		// "Syrian rebels who attacked the town": the side is the
		// nationality of the group the relative pronoun stands for. A
		// named actor would be the pronoun's own (see package actor); one
		// inside the phrase ("a Sanders supporter who") is not the group.
		if ante := t.Antecedent(h); ante >= 0 && ante != h {
			if side := l.side(d, t, ante, actorAt); side.Code != "" && side.Actor == "" {
				return side
			}
			// "Senator Kelly Ayotte, a New Hampshire Republican who is
			// in a re-election fight", "Dwight Eisenhower, the general
			// who beat Hitler": an apposition stands for the name it
			// describes.
			if t.Rel(ante) == "appos" && t.Head(ante) >= 0 && t.Head(ante) < ante {
				if side := l.side(d, t, t.Head(ante), actorAt); side.Actor != "" {
					return side
				}
			}
			// "The M23 rebel group, which seized the cities": the name a
			// group's noun is compounded with.
			if groupNouns[t.lemma(ante)] {
				for _, c := range t.ChildrenWith(ante, "compound") {
					if side := l.side(d, t, c, actorAt); side.Actor != "" {
						return side
					}
				}
			}
			// "a U.N. Security Council resolution that demanded a
			// ceasefire": a document does what its author says in it.
			if documents[t.lemma(ante)] {
				for _, c := range t.ChildrenWith(ante, "compound", "nmod:poss") {
					if side := l.side(d, t, c, actorAt); side.Actor != "" {
						return side
					}
				}
			}
		}
		return ea
	}
	// "Senior Hungarian officials": the nationality of a group of people,
	// also one compound further ("Israeli army bulldozers").
	mods := t.ChildrenWith(h, "amod", "compound")
	for _, c := range t.ChildrenWith(h, "compound") {
		mods = append(mods, t.ChildrenWith(c, "amod", "compound")...)
	}
	if e, ok := l.actors.Lookup(w.Form); ok && e.Kind == "title" && h > 0 && t.Rel(h) == "compound" && t.Rel(h-1) == "compound" && t.Head(h-1) == t.Head(h) {
		// "after U.S. envoy visit", both compounds of "visit": the
		// country before the title is the holder's.
		if cc := cmp.Or(l.demonym(t.w(h-1).Form), l.countryName(t.w(h-1).Form)); cc != "" {
			ea.Code = cc + e.Sector
			ea.Text, ea.Start = d.Text[t.w(h-1).Start:w.End], t.w(h-1).Start
			return ea
		}
	}
	for _, c := range mods {
		if a := actorAt[t.w(c).Start]; a != nil && a.Kind == "person" {
			continue // "Israeli Prime Minister Benjamin Netanyahu's office": the nationality of the owner, whose the phrase is (below)
		}
		if cc := l.nationality(t, c); cc != "" {
			ea.Code = cc
			if e, ok := l.actors.Lookup(w.Form); ok && e.Kind == "title" {
				ea.Code += e.Sector
			}
			// "its European Community partners", "The ruling Georgian
			// Dream party": the adjective is part of a body's name, and
			// the body is the side.
			if a := actorAt[t.w(c).Start]; a != nil && a.Kind == "organization" && (a.Code == "IGO" || a.Code == "NGO" || a.Country == cc && len(a.Code) > 3) {
				ea.Actor, ea.Code = a.ID, a.Code
			}
			ea.Text = d.Text[min(t.w(c).Start, w.Start):max(t.w(c).End, w.End)]
			ea.Start, ea.End = min(t.w(c).Start, w.Start), max(t.w(c).End, w.End)
			return ea
		}
	}
	// "The Sumy regional governor, Oleh Hryhorov, said": the person the
	// apposition names, not the place in the title; so the name the parse
	// runs on from a title ("NBA Hall of Famer Charles Barkley").
	for _, c := range t.ChildrenWith(h, "appos", "flat") {
		if a := actorAt[t.w(c).Start]; a != nil && a.Kind == "person" && t.w(c).UPOS == "PROPN" {
			return l.side(d, t, c, actorAt)
		}
	}
	// The phrase's own words: "Iranian officials" has Iran in it. A
	// possessor comes last: in "withdraw their force from Chad" the
	// owner is the actor itself, and Chad the other side.
	kids := t.Children(h)
	for _, c := range t.ChildrenWith(h, "compound") {
		kids = append(kids, t.ChildrenWith(c, "nmod:poss")...) // "the European Union's foreign policy chief", the owner hung on "policy"
	}
	// "The ELN's delegation in Havana": a body's own, wherever it is; so
	// "the two countries' leaders in Putrajaya".
	stateOwned := slices.ContainsFunc(t.ChildrenWith(h, "nmod:poss"), func(p int) bool {
		a := actorAt[t.w(p).Start]
		return a != nil && (a.Kind == "country" || a.Kind == "organization" && a.Code != "" || a.Kind == "group" && len(a.Members) > 1)
	})
	for _, poss := range []bool{false, true} {
		for _, c := range kids {
			if (t.w(c).Rel == "nmod:poss") != poss {
				continue
			}
			if stateOwned && !poss && t.Rel(c) == "nmod" && whereabouts[t.caseOf(c)] {
				continue // "Israel's mission in Geneva": the owner's, wherever it is
			}
			if !poss && t.Rel(c) == "compound" && fieldOfOwned(t, h, c, actorAt) {
				continue // "the group's Africa director": the group's, for Africa
			}
			a := actorAt[t.w(c).Start]
			if a == nil && t.Rel(c) == "nmod" && whereabouts[t.caseOf(c)] {
				a = namedPlace(t, c, actorAt) // "militants in Iran's Sistan-Baluchestan province"
			}
			if a != nil && (t.Rel(c) == "amod" || t.Rel(c) == "compound" || t.Rel(c) == "nmod" || t.Rel(c) == "appos") {
				if t.Rel(c) == "nmod" && nearby[t.caseOf(c)] && a.Kind != "country" && a.Kind != "place" {
					continue // "13 people near New Delhi's Red Fort": where they were, not whose
				}
				if t.Rel(c) == "nmod" && whereabouts[t.caseOf(c)] && (a.Kind == "country" || a.Kind == "place") && t.w(h).UPOS == "NOUN" {
					if _, ok := l.trigger(t, h); ok {
						continue // "A bombing in Kabul killed five people": where it was, not whose
					}
				}
				ea.Actor, ea.Code = a.ID, a.Code
				if (a.Kind == "country" || a.Kind == "organization" && (a.Sector == "GOV" || a.Sector == "MIL")) && a.Country != "" &&
					t.w(c).Rel != "nmod" && stateForces[t.lemma(h)] {
					// "U.S. forces struck another boat", "Guinea-Bissau
					// soldiers seize power", "Russia's defence ministry
					// said its forces had captured": the country's military,
					// not its government (but "soldiers in Guinea" are its
					// people there).
					ea.Code = a.Country + "MIL"
				}
				if a.Kind == "country" && a.Country != "" && t.w(c).Rel == "compound" && ea.Code == a.Code {
					// "arrested a Kosovo police officer": the country's
					// officer, of the title's sector, not its government.
					// (The dictionary asked only then: side runs for
					// every side of every event.)
					if sector := l.titleSector(t, h); sector != "" {
						ea.Actor, ea.Code = "", a.Country+sector
						ea.Text, ea.Start, ea.End = d.Text[t.w(c).Start:w.End], t.w(c).Start, w.End
					}
				}
				if a.Kind == "country" && a.Country != "" && t.w(c).Rel == "nmod:poss" && missions[t.lemma(h)] {
					ea.Code = a.Country + "GOV" // "Israel's mission in Geneva": the state's diplomats
				}
				if followers[t.lemma(h)] && a.Kind == "person" && t.Rel(c) != "appos" {
					// "Bolsonaro supporters", "supporters of Mr. Khan":
					// his country's people, not the man himself.
					ea.Actor, ea.Code = "", a.Country
				}
				if kin[t.lemma(h)] && a.Kind == "person" && t.w(c).Rel == "nmod:poss" {
					// "Mrs. Clinton, whose husband signed": of her
					// side, not she; "his family said": of his country,
					// holding no office of his.
					ea.Actor, ea.Code = "", a.Country
				}
				if countryPeople[t.lemma(h)] && a.Kind == "country" && t.w(c).Rel == "nmod:poss" {
					// "warned its citizens against travelling to Japan":
					// the country's people, not its government.
					ea.Actor, ea.Code = "", a.Country
				}
				if adversaries[t.lemma(h)] && a.Kind == "person" && t.w(c).Rel == "nmod:poss" {
					// "as his main challenger claimed victory": of his
					// country, not of his side.
					ea.Actor, ea.Code = "", a.Country
				}
				if t.Rel(c) == "nmod" && whereabouts[t.caseOf(c)] && (a.Kind == "country" || a.Kind == "place") {
					// "Protesters in Nairobi" are Kenyans, not Kenya's
					// government, which the capital stands for elsewhere.
					ea.Actor, ea.Code = "", a.Country
					if e, ok := l.actors.Lookup(w.Form); ok && e.Kind == "title" {
						ea.Code += e.Sector // "the government in Riyadh"
					}
				}
				// The phrase takes in the whole mention of the actor:
				// "Prime Minister Benjamin Netanyahu's office", "the office
				// of Prime Minister Benjamin Netanyahu", not "Minister …",
				// "… Benjamin".
				start, end := min(t.w(c).Start, w.Start), max(t.w(c).End, w.End)
				if m, ok := mentionAround(a, t.w(c)); ok && m.End <= len(d.Text) {
					start, end = min(start, m.Start), max(end, m.End)
				}
				ea.Text, ea.Start, ea.End = d.Text[start:end], start, end
				return ea
			}
		}
	}
	if led := l.ledBy(d, t, h, actorAt, ea); led.Code != "" {
		return led
	}
	return l.countrylessSide(d, t, h, ea)
}

// fieldOfOwned: the compound at c of the noun at h is a place or
// country the noun deals with, as its possessor, an actor, owns it ("the
// group's Africa director", "Britain's Iran ambassador").
func fieldOfOwned(t *tree, h, c int, actorAt map[int]*document.Actor) bool {
	a := actorAt[t.w(c).Start]
	if a == nil || a.Kind != "place" && a.Kind != "country" {
		return false
	}
	return slices.ContainsFunc(t.ChildrenWith(h, "nmod:poss"), func(p int) bool { return actorAt[t.w(p).Start] != nil })
}

// namedPlace is the place or country that names the region at c by
// its compounds ("Iran's Sistan-Baluchestan province", "the Tigray
// region"), or nil.
func namedPlace(t *tree, c int, actorAt map[int]*document.Actor) *document.Actor {
	if t.w(c).UPOS != "NOUN" || !regionNouns[t.lemma(c)] {
		return nil
	}
	for _, m := range t.ChildrenWith(c, "compound") {
		for _, n := range append(t.ChildrenWith(m, "compound"), m) {
			if a := actorAt[t.w(n).Start]; a != nil && (a.Kind == "place" || a.Kind == "country") {
				return a
			}
		}
	}
	return nil
}

// regionNouns are the parts of a country that a name before them names.
var regionNouns = set(`province region district governorate oblast county prefecture state territory city town village`)

// ledBy codes a group a country leads by its hyphened name ("the
// Saudi-led coalition", "the Kenya-led police mission"): the country,
// with the sector the group's noun has ("police": COP). One a country
// backs is not its (see hyphenAgent).
func (l *Lexicon) ledBy(d *document.Document, t *tree, h int, actorAt map[int]*document.Actor, ea document.EventActor) document.EventActor {
	for _, c := range t.ChildrenWith(h, "amod", "acl") {
		a := hyphenAgent(t, c)
		if t.lemma(c) != "lead" || a < 0 {
			continue
		}
		country := l.nationality(t, a)
		if x := actorAt[t.w(a).Start]; x != nil && x.Kind == "country" {
			country = x.Country
		} else if country == "" && t.w(a).UPOS == "PROPN" {
			country = l.countryName(t.w(a).Form)
		}
		if country == "" {
			continue
		}
		ea.Code = country
		for _, m := range t.ChildrenWith(h, "compound") {
			if e, ok := l.actors.Lookup(t.w(m).Form); ok && e.Kind == "title" {
				ea.Code += e.Sector // "police mission"
			}
		}
		if ea.Code == country && stateForces[t.lemma(h)] {
			ea.Code += "MIL" // "Vietnamese-led forces"
		}
		ea.Text, ea.Start = d.Text[t.w(a).Start:ea.End], t.w(a).Start
		return ea
	}
	return ea
}

// countrylessSide codes a phrase the dictionary knows as a kind of
// non-governmental body, which CAMEO codes with no country: "Human
// rights groups have warned" (NGO).
func (l *Lexicon) countrylessSide(d *document.Document, t *tree, h int, ea document.EventActor) document.EventActor {
	first := h
	for first > 0 && t.Head(first-1) >= first && t.Head(first-1) <= h && (t.Rel(first-1) == "compound" || t.Rel(first-1) == "amod") {
		first--
	}
	for k := first; k < h; k++ {
		if e, ok := l.actors.Lookup(strings.ToLower(t.forms(k, h))); ok && e.Kind == "title" && e.Sector == "NGO" {
			ea.Code, ea.Text, ea.Start = "NGO", d.Text[t.w(k).Start:t.w(h).End], t.w(k).Start
			return ea
		}
	}
	return ea
}

// membersOf is the "of" phrase of a group or a quantity at h ("a group
// of officers", "dozens of protesters", "dozens of airstrikes"), or -1.
func (l *Lexicon) membersOf(t *tree, h int) int {
	if t.w(h).UPOS != "NOUN" && t.w(h).UPOS != "NUM" || !collectives[t.lemma(h)] && (l.lemmas == nil || l.lemmas.LexFiles(t.lemma(h), false)&quantities == 0) {
		return -1
	}
	for _, n := range t.ChildrenWith(h, "nmod") {
		if t.caseOf(n) == "of" && t.w(n).Rel != "nmod:poss" {
			return n
		}
	}
	return -1
}

// stopped: the noun at i is what a verb of stopping stops, as its object
// or its object's "of" phrase ("ended a week of fighting"), and no one
// who could have done it does the stopping: a thing ("Talks … ended",
// "a cease-fire that would halt the bombings") or no one named.
func (l *Lexicon) stopped(t *tree, i int) bool {
	o := i
	if t.Rel(o) == "nmod" && t.caseOf(o) == "of" && t.Head(o) >= 0 {
		o = t.Head(o)
	}
	v := t.Head(o)
	switch t.w(o).Rel {
	case "obj", "nsubj:pass", "obl:unmarked", "obl:tmod": // "ended a week of fighting", the week parsed as a time
	default:
		return false
	}
	if v < 0 || !stoppers[t.lemma(v)] {
		return false
	}
	if h := t.Head(v); h >= 0 && t.w(h).UPOS == "NOUN" && (t.Rel(v) == "acl" || t.Rel(v) == "advcl") || hasMark(t, v, "on", "about") {
		return true // "talks on ending the war", "efforts to end the fighting": no side of it named
	}
	// A party may end its own war ("Israel refused to end the war"); a
	// thing that ends one fought none.
	return !slices.ContainsFunc(l.sources(t, v), func(s int) bool {
		if relative(t.w(s)) {
			if ante := t.Antecedent(s); ante >= 0 && ante != s {
				s = ante
			}
		}
		return !relative(t.w(s)) && l.agentLike(t, s)
	})
}

// counts are nouns that count or measure what their "of" phrase
// names.
var counts = set(`dozen dozens hundred hundreds thousand thousands score scores number barrage salvo volley wave series couple pair string spate raft slew batch`)

// authoring verbs make the noun event they are said of: its maker by
// "by" is its author.
var authoring = set(`pose make issue impose reimpose launch carry conduct stage mount wage hold lead deliver reach sign
	propose announce organize organise present submit unveil give provide level float put table threaten promise plan order`)

// shares are the words for a part of a whole that "of" names.
var shares = set(`most many much several few part half rest bulk majority remainder`)

// stoppers are the verbs that end what their object names.
var stoppers = set(`end stop halt cease`)

// topicSide: the side at k is what the verb of talking at i is about, or
// its maker ("met to discuss a U.S. proposal"), not someone it is talked
// with ("discussed the crisis with Iran").
func (l *Lexicon) topicSide(t *tree, i, k int) bool {
	if !topicVerbs[t.lemma(i)] {
		return false
	}
	if h := t.Head(k); h >= 0 && h != i && (t.Rel(k) == "compound" || t.Rel(k) == "amod" || t.w(k).Rel == "nmod:poss") {
		k = h // the proposal's maker, "U.S."
	}
	// A name discussed is a topic too ("The leaders also
	// discussed China"); the other side is whom one discusses it with.
	// So are the object's conjuncts ("discussed Taiwan, the South China
	// Sea and North Korea").
	for t.Rel(k) == "conj" && t.Head(k) >= 0 && t.Head(k) != i {
		k = t.Head(k)
	}
	return t.Head(k) == i && t.Rel(k) == "obj" && (t.w(k).UPOS == "NOUN" && !l.agentLike(t, k) || t.w(k).UPOS == "PROPN")
}

// topicVerbs take what is talked over for their object.
var topicVerbs = set(`discuss debate review consider examine`)

// remarks are the verbs of speaking about something ("comment on the
// strikes", "spoke about the attack"), whose topic is not the speaker's
// doing.
var remarks = set(`comment speak talk remark testify elaborate reflect write report brief`)

// easers are the verbs that undo a sanction, tariff or ban their object
// names.
var easers = set(`lift ease cancel cut reduce lower scrap remove suspend end drop waive relax roll revoke rescind repeal`)

// licences are the verbs of a permission to speak, and disclosures the
// speaking they permit: "officials who were not authorized to discuss
// the talks publicly" tells why a source is unnamed, not of any talks.
var (
	licences    = set(`authorize authorise permit allow empower`)
	disclosures = set(`discuss speak comment talk disclose brief say`)
)

// leftBody: the withdrawal at i is from an organization or a treaty
// ("withdraw from the International Criminal Court", "the withdrawal
// from the nuclear deal"), not from a place.
func leftBody(t *tree, i int, actorAt map[int]*document.Actor) bool {
	phrases := t.ChildrenWith(i, "obl", "nmod")
	if h := t.Head(i); h >= 0 && t.Rel(i) == "obj" && t.w(i).UPOS == "NOUN" {
		// "announced its withdrawal from the West African bloc", the
		// phrase hung on the verb.
		for _, o := range t.ChildrenWith(h, "obl") {
			if o > i {
				phrases = append(phrases, o)
			}
		}
	}
	for _, o := range phrases {
		if t.caseOf(o) != "from" && t.caseOf(o) != "out" { // "pulled out of the accord"
			continue
		}
		if a := actorAt[t.w(o).Start]; a != nil && a.Kind == "organization" && (a.Country == "IGO" || a.Sector == "IGO") || treatyWords[strings.ToLower(t.lemma(o))] {
			return true
		}
		// "the Nuclear Non-Proliferation Treaty", a name whose last word
		// the parse may hang on the first.
		if slices.ContainsFunc(t.ChildrenWith(o, "appos", "flat"), func(c int) bool { return c > o && treatyWords[strings.ToLower(t.lemma(c))] }) {
			return true
		}
	}
	return false
}

// treatyWords are what a country joins and leaves.
var treatyWords = set(`treaty agreement deal accord pact convention alliance bloc union organization organisation court membership`)

// anonymous: the verb at i asks for or speaks on anonymity ("requested
// anonymity", "spoke on condition of anonymity"), or asks that its
// subject not be named ("who asked not to be named"): how a source spoke,
// no request of anyone.
func anonymous(t *tree, i int) bool {
	if anonymityVerbs[t.lemma(i)] && slices.ContainsFunc(t.ChildrenWith(i, "xcomp"), func(c int) bool {
		return withheldNames[t.lemma(c)] && len(t.ChildrenWith(c, "aux:pass")) > 0
	}) {
		return true
	}
	for _, o := range t.ChildrenWith(i, "obj", "obl") {
		if t.lemma(o) == "anonymity" {
			return true
		}
		if t.lemma(o) == "condition" && slices.ContainsFunc(t.ChildrenWith(o, "nmod"), func(n int) bool { return t.lemma(n) == "anonymity" }) {
			return true
		}
	}
	return false
}

// anonymityVerbs ask that their subject's name, withheldNames, be kept.
var (
	anonymityVerbs = set(`ask request agree prefer`)
	withheldNames  = set(`name identify quote`)
)

// followersText: the words of a side end in a noun of followers ("his
// backers", "Sanders supporters").
func followersText(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	return len(f) > 0 && followers[strings.TrimSuffix(f[len(f)-1], "s")]
}

// followers are the nouns of people who back a leader they are named by.
var followers = set(`supporter follower loyalist backer admirer partisan devotee voter`)

// collectives are nouns of a group of people that names no one: its
// members are the side.
var collectives = set(`group band team delegation contingent crowd gang unit dozens hundreds thousands dozen number handful`)

// whereabouts are the prepositions that say where a group is.
var whereabouts = set(`in at near across throughout inside`)

// nearby are the prepositions of whereabouts that say only where, never
// of whom: "people near the Red Fort".
var nearby = set(`near across throughout outside around behind beside`)

// mentionAround returns the shortest of the actor's mentions that holds
// the word.
func mentionAround(a *document.Actor, w document.Word) (document.Span, bool) {
	var best document.Span
	found := false
	for _, m := range a.Mentions {
		if m.Start <= w.Start && w.End <= m.End && (!found || m.End-m.Start < best.End-best.Start) {
			best, found = m, true
		}
	}
	return best, found
}

// nameAround narrows a mention to the words naming the actor whose
// head is word h: the stretch between commas and relative pronouns that
// holds h, so that "a White House official who spoke anonymously to
// discuss internal strategy" is "a White House official" and "Benjamin
// J. Rhodes, Mr. Obama's deputy national security adviser" with the
// head "adviser" is the appositive.
func nameAround(t *tree, h int, m document.Span) document.Span {
	breaks := func(w document.Word) bool { return w.Form == "," || relative(w) }
	for k := h - 1; k >= 0 && t.w(k).Start >= m.Start; k-- {
		if breaks(t.w(k)) {
			m.Start = t.w(k + 1).Start
			break
		}
	}
	last := t.w(h).End
	for k := h + 1; k < len(t.Sentence.Words) && t.w(k).End <= m.End; k++ {
		if breaks(t.w(k)) {
			m.End = last
			break
		}
		last = t.w(k).End
	}
	return m
}

func relative(w document.Word) bool { return w.XPOS == "WP" || w.XPOS == "WDT" || w.XPOS == "WP$" }

// sidesFrom are the coordinated countries or bodies a group of people
// comes from: "mediators from Qatar, Egypt and the United States" are
// three sides; so are the countries a group of governments includes
// ("Neighbouring governments, including Brazil and Argentina").
func (l *Lexicon) sidesFrom(d *document.Document, t *tree, h int, actorAt map[int]*document.Actor) []document.EventActor {
	var out []document.EventActor
	sector, role := l.roleWord(t, h)
	if t.lemma(h) == "government" {
		sector = "GOV"
	}
	for _, c := range t.ChildrenWith(h, "nmod") {
		if cs := t.caseOf(c); cs != "from" && (cs != "of" || !role) && (cs != "include" || t.w(h).XPOS != "NNS") {
			continue // "the leaders of France, Germany, Britain and Poland" too
		}
		members := append(conjuncts(t, c), apposedList(t, c)...) // "Qatar, Egypt and the United States" parsed as an apposition
		for _, m := range members {
			side := l.side(d, t, m, actorAt)
			for _, side := range orSelf(membersOf(d, side, actorAt[t.w(m).Start]), side) {
				if side.Code == "" {
					continue
				}
				if len(side.Code) == 3 && sector != "" {
					side.Code += sector // "the leaders of France": France's government
				}
				out = append(out, side)
			}
		}
	}
	return out
}

// namedInApposition are the sides a plural noun's apposition names
// when it coordinates them: "called on the mediators, Egypt and Qatar,
// to pressure Netanyahu" has two targets.
func (l *Lexicon) namedInApposition(d *document.Document, t *tree, h int, actorAt map[int]*document.Actor) []document.EventActor {
	if t.w(h).XPOS != "NNS" {
		return nil
	}
	var out []document.EventActor
	for _, c := range apposedList(t, h) {
		if side := l.side(d, t, c, actorAt); side.Code != "" {
			out = append(out, side)
		}
	}
	return out
}

// goneTo is the verb of going or sending whose "to" phrase the noun
// event at i is ("return to negotiations"), or -1.
func goneTo(t *tree, i int) int {
	if h := t.Head(i); h >= 0 && t.w(i).UPOS == "NOUN" && t.Rel(i) == "obl" && t.caseOf(i) == "to" && joinHeads[t.lemma(h)] {
		return h
	}
	return -1
}

// apposedList is the words of the lists set in apposition to the noun at
// h ("the mediators, Egypt and Qatar"): the conjuncts of each apposition
// that has any.
func apposedList(t *tree, h int) []int {
	var out []int
	for _, a := range t.ChildrenWith(h, "appos") {
		if len(t.ChildrenWith(a, "conj")) > 0 {
			out = append(out, conjuncts(t, a)...)
		}
	}
	return out
}

// membersOf is one side for each member of the group actor a that side
// names ("the two countries", "both sides": see package actor), with
// the side's words; nil unless a is such a group.
func membersOf(d *document.Document, side document.EventActor, a *document.Actor) []document.EventActor {
	if a == nil || len(a.Members) == 0 || side.Actor != a.ID {
		return nil
	}
	var out []document.EventActor
	for _, id := range a.Members {
		for k := range d.Actors {
			if d.Actors[k].ID == id {
				member := side
				member.Actor, member.Code = id, d.Actors[k].Code
				out = append(out, member)
			}
		}
	}
	return out
}

// orSelf is the sides, or the one side when there are none.
func orSelf(sides []document.EventActor, one document.EventActor) []document.EventActor {
	if len(sides) == 0 {
		return []document.EventActor{one}
	}
	return sides
}

// roleWord: the word at h names people by their role: a title of the
// actor dictionary ("ministers", "officials") or a leader, member or
// representative. The sector is the role's, GOV for leaders.
func (l *Lexicon) roleWord(t *tree, h int) (sector string, ok bool) {
	for _, name := range []string{t.w(h).Form, t.lemma(h)} { // "ambassadors": the dictionary lists the singular
		if e, ok := l.actors.Lookup(name); ok && e.Kind == "title" {
			return e.Sector, true
		}
	}
	switch t.lemma(h) {
	case "leader", "head":
		return "GOV", true
	case "member", "representative":
		return "", true
	}
	return "", false
}

// sides describes the phrase headed by h as one event side per country
// its coordinated nationality adjectives name ("Hungarian and Romanian
// officials", "U.S. and Russian negotiators"), else as side does.
func (l *Lexicon) sides(d *document.Document, t *tree, h int, actorAt map[int]*document.Actor) []document.EventActor {
	one := l.side(d, t, h, actorAt)
	if h < 0 {
		return []document.EventActor{one}
	}
	if members := membersOf(d, one, actorAt[t.w(h).Start]); members != nil {
		return members
	}
	if named := l.namedInApposition(d, t, h, actorAt); len(named) > 1 {
		return named
	}
	for _, c := range t.ChildrenWith(h, "nmod:poss") {
		// "the two countries' forces": the side is the possessor's
		// group, which each of its members is, in the role's sector.
		a := actorAt[t.w(c).Start]
		if a == nil || a.ID != one.Actor || actorAt[t.w(h).Start] == a {
			continue
		}
		if members := membersOf(d, one, a); members != nil {
			if sector, _ := l.roleWord(t, h); sector != "" {
				for k := range members {
					if len(members[k].Code) == 3 {
						members[k].Code += sector
					}
				}
			}
			return members
		}
	}
	var countries []string
	actorOf := map[string]string{} // "Indian" of "Indian and Pakistani troops" is an actor of its own
	for _, c := range t.ChildrenWith(h, "amod", "compound") {
		for _, cj := range conjuncts(t, c) {
			code := l.nationality(t, cj) // "Saudi and Iranian officials" too
			a := actorAt[t.w(cj).Start]
			if code == "" && a != nil && a.Kind == "country" {
				code = a.Country
			}
			if code == "" && a != nil && a.Kind == "organization" && len(a.Code) > 3 && len(countries) > 0 && a.ID != one.Actor && !slices.Contains(countries, a.Country) {
				code = a.Code // "Israeli and Hamas delegations": a body beside a nationality, its own side
			}
			if code != "" && !slices.Contains(countries, code) {
				countries = append(countries, code)
				if a != nil && (a.Country == code || a.Code == code) {
					actorOf[code] = a.ID
				}
			}
		}
	}
	if len(countries) < 2 {
		if from := l.sidesFrom(d, t, h, actorAt); len(from) > 1 {
			return from
		}
		return []document.EventActor{one}
	}
	sector := ""
	if len(one.Code) > 3 {
		sector = one.Code[3:]
	} else if isSector(one.Code) {
		sector = one.Code // "Egyptian and Qatari mediators said", one unnamed source of no one country
	}
	// Each side's words are the whole phrase before the head ("senior
	// US and Iranian officials"): no one word names one side alone.
	lo := h
	for _, k := range t.Subtree(h, -1) {
		lo = min(lo, k)
	}
	for lo < h && (t.Rel(lo) == "case" || t.Rel(lo) == "punct" || t.Rel(lo) == "cc") {
		lo++ // "between senior US and Iranian officials"
	}
	one.Text, one.Start, one.End = d.Text[t.w(lo).Start:t.w(h).End], t.w(lo).Start, t.w(h).End
	out := make([]document.EventActor, len(countries))
	for k, c := range countries {
		out[k] = one
		out[k].Code = c + sector
		if len(c) > 3 {
			out[k].Code = c // a body's own code
		}
		if one.Actor != "" && !strings.HasPrefix(one.Code, c) {
			out[k].Actor = "" // the actor found is the other country's group
		}
		if id := actorOf[c]; id != "" {
			out[k].Actor = id
		}
	}
	return out
}

// location is the place an "in X"/"at X" phrase of the event names, or,
// for an attack (struck), one inside what it was "on" or "against".
func location(d *document.Document, t *tree, i int, actorAt map[int]*document.Actor, struck bool) document.Place {
	for k := i; k >= 0; k = t.Head(k) {
		// "in X" under the event word, or under its object or oblique
		// when the parse hangs it there ("met Pezeshkian in Istanbul").
		cands := t.ChildrenWith(k, "obl", "nmod")
		for _, o := range t.ChildrenWith(k, "obj", "obl") {
			if compass[t.lemma(o)] {
				// "about 50 nautical miles southwest of Hodeidah"
				for _, c := range t.ChildrenWith(o, "nmod") {
					if a := actorAt[t.w(c).Start]; t.caseOf(c) == "of" && placeActor(a) {
						return document.Place{Text: placeName(d, a, t.w(c)), Country: a.Country}
					}
				}
			}
			if happenings[t.lemma(o)] {
				// "discussed the war in Ukraine": where the war is, not
				// the talks, also when the parse hung the phrase on the
				// verb right after the object.
				after := slices.Max(t.Subtree(o, -1)) + 1
				cands = slices.DeleteFunc(cands, func(c int) bool { return t.FirstWord(c) == after })
				continue
			}
			if c := t.caseOf(o); (c == "through" || c == "via") && missions[t.lemma(o)] {
				continue // "protested through its embassy in Beijing": where the channel sits, not the event
			}
			cands = append(cands, t.ChildrenWith(o, "nmod", "obl")...)
		}
		for _, o := range cands {
			switch t.caseOf(o) {
			case "in", "at":
			case "on", "against", "near":
				// "strikes on militant camps in Pakistan": the place
				// inside what was struck; not "agreement on the fate of
				// Palestinian offices in east Jerusalem".
				if !struck {
					continue
				}
				if p := placeWithin(d, t, o, actorAt, 2); p.Text != "" {
					return p
				}
				continue
			default:
				continue
			}
			if a := actorAt[t.w(o).Start]; placeActor(a) {
				return document.Place{Text: placeName(d, a, t.w(o)), Country: a.Country}
			}
			// "in the Odesa region": a place that names the region.
			for _, c := range t.ChildrenWith(o, "compound") {
				if a := actorAt[t.w(c).Start]; placeActor(a) && a.Country != "" {
					return document.Place{Text: a.Name, Country: a.Country}
				}
			}
			// "at a jail in northern Israel", "in the town of Cizre in
			// southeastern Turkey": a place named inside the phrase, or
			// inside that.
			if p := placeWithin(d, t, o, actorAt, 2); p.Text != "" {
				return p
			}
		}
		if r := t.Rel(k); r != "xcomp" && r != "obj" && r != "acl" {
			break
		}
	}
	// "refused to deploy peacekeepers in Iraq": where the act it is
	// about would happen.
	for _, x := range t.ChildrenWith(i, "xcomp") {
		if p := location(d, t, x, actorAt, struck); p.Text != "" {
			return p
		}
	}
	return document.Place{}
}

// compass are the directions that place an event from a named place
// ("southwest of Hodeidah", "off the coast of Yemen" aside).
var compass = set(`north south east west northeast northwest southeast southwest`)

// placeName is the words of the mention of place a that word w is part
// of ("Burkina Faso", "New York"), or w alone.
func placeName(d *document.Document, a *document.Actor, w document.Word) string {
	for _, m := range a.Mentions {
		if m.Start <= w.Start && w.End <= m.End {
			return d.Text[m.Start:m.End]
		}
	}
	return w.Form
}

// placeActor: the actor is a place or a country, where something can
// happen.
func placeActor(a *document.Actor) bool {
	return a != nil && (a.Kind == "place" || a.Kind == "country")
}

// placeWithin is the first place with a country named by an "in" or
// "of" modifier of word o, looking depth levels down.
func placeWithin(d *document.Document, t *tree, o int, actorAt map[int]*document.Actor, depth int) document.Place {
	if depth == 0 {
		return document.Place{}
	}
	for _, n := range t.ChildrenWith(o, "nmod") {
		if c := t.caseOf(n); c != "in" && c != "of" {
			continue
		}
		if a := actorAt[t.w(n).Start]; placeActor(a) && a.Country != "" {
			return document.Place{Text: placeName(d, a, t.w(n)), Country: a.Country}
		}
		if p := placeWithin(d, t, n, actorAt, depth-1); p.Text != "" {
			return p
		}
	}
	return document.Place{}
}

// quotedSpeaker is the speaker a first-person source in a quotation
// stands for: the actor of the quotation's attribution, when the
// pronoun has none of its own ("I", "we" in words quoted from an
// identified speaker); or no one.
func quotedSpeaker(d *document.Document, e document.Event, byID map[string]*document.Actor) document.EventActor {
	if e.Source.Actor != "" || e.Source.Code != "" || e.Attribution == "" || !firstPerson[strings.ToLower(e.Source.Text)] {
		return document.EventActor{}
	}
	a, actor := reportedBy(d, e.Attribution, byID)
	if actor == nil || a.Kind != document.Direct && a.Kind != document.Mixed {
		return document.EventActor{}
	}
	return document.EventActor{Actor: actor.ID, Code: actor.Code, Text: e.Source.Text, Start: e.Source.Start, End: e.Source.End}
}

// reportedBy is the attribution with the id and the actor its source
// resolves to, or nil.
func reportedBy(d *document.Document, id string, byID map[string]*document.Actor) (document.Attribution, *document.Actor) {
	for _, a := range d.Attributions {
		if a.ID == id && a.Source.Actor != "" {
			return a, byID[a.Source.Actor]
		}
	}
	return document.Attribution{}, nil
}

// speakersOwn is the speaker whose report tells of an attack on "its"
// people or places that the parse's pronoun gave to the attacker
// ("Israel said Hamas fired rockets at its cities"): no one attacks its
// own cities, and the report's speaker is who the pronoun stands for.
func speakersOwn(d *document.Document, base document.Event, src, tgt document.EventActor, byID map[string]*document.Actor) document.EventActor {
	if src.Actor == "" || tgt.Actor != src.Actor || base.Attribution == "" || base.Root < "18" || base.Root > "20" {
		return document.EventActor{}
	}
	// "Its", one owner: not "their", which may be both sides' ("accused
	// each other of violating their ceasefire").
	if owner, _, _ := strings.Cut(strings.ToLower(tgt.Text), " "); owner != "its" {
		return document.EventActor{}
	}
	if _, actor := reportedBy(d, base.Attribution, byID); actor != nil && actor.ID != src.Actor && actor.Code != "" {
		return document.EventActor{Actor: actor.ID, Code: actor.Code, Text: tgt.Text, Start: tgt.Start, End: tgt.End}
	}
	return document.EventActor{}
}

// speakersTroops is the side src, or, when src is a bare armed noun with
// no country ("troops", "soldiers") in the report of a military, that
// military's: "The Israeli military said troops had opened fire on
// militants".
// Not when the sentence names another country, whose troops they may
// be ("… said troops came under fire from Cambodian soldiers").
func (l *Lexicon) speakersTroops(d *document.Document, t *tree, base document.Event, src document.EventActor, byID map[string]*document.Actor) document.EventActor {
	if src.Actor != "" || src.Code != "" || base.Attribution == "" || !armedNouns[strings.ToLower(src.Text)] {
		return src
	}
	_, actor := reportedBy(d, base.Attribution, byID)
	if actor == nil || actor.Country == "" || actor.Sector != "MIL" && !defenceMinistry(actor) {
		return src
	}
	for k, w := range t.Sentence.Words {
		if w.Start >= base.Evidence.End && src.End <= base.Evidence.Start {
			break // "air defences had destroyed 57 Ukrainian drones": what they hit is no one's side of them
		}
		if c := l.nationality(t, k); c != "" && c != actor.Country {
			return src
		}
		if c := l.countryName(w.Form); w.UPOS == "PROPN" && c != "" && c != actor.Country {
			return src
		}
	}
	src.Code = actor.Country + "MIL"
	return src
}

// defenceMinistry: the actor is a country's ministry of defence, a
// government body that speaks for its armed forces ("Russia's Defence
// Ministry said air defences had destroyed 57 drones").
func defenceMinistry(a *document.Actor) bool {
	name := strings.ToLower(a.Name)
	return a.Kind == "organization" && (strings.Contains(name, "defence ministry") || strings.Contains(name, "defense ministry") ||
		strings.Contains(name, "ministry of defence") || strings.Contains(name, "ministry of defense"))
}

// interceptors stop, seize or strike what they take for object.
var interceptors = set(`intercept seize board stop raid attack strike hit target capture detain`)

// disputers block, reject or dispute a document rather than issue it.
var disputers = set(`block veto reject oppose dispute discredit dismiss deny condemn criticize criticise denounce`)

// collateral is what backs a loan or a currency.
var collateral = set(`asset reserve collateral guarantee fund loan bond money cash revenue proceeds deposit saving gold oil security`)

// materiel are the arms and machines that back troops in a fight.
var materiel = set(`drone helicopter gunship tank warplane jet aircraft artillery bulldozer vehicle armour armor airstrike airpower`)

// armedNouns are the bare words for a military's men and its air
// defences.
var armedNouns = set(`troops soldiers forces defences defenses`)

// firstPerson are the pronouns by which a speaker names themselves or
// those they speak for.
var firstPerson = set(`i we me us`)

// attributionOf is the id of the innermost attribution whose content
// holds the word w, or "".
func attributionOf(d *document.Document, w document.Word) string {
	id, size := "", 0
	for _, a := range d.Attributions {
		if deniedCharge(d, a) && slices.ContainsFunc(d.Attributions, func(b document.Attribution) bool { return b.Cue.Start <= w.Start && w.End <= b.Cue.End }) {
			// "Israel has accused Hamas of delaying the return of
			// bodies, a charge the group denies": the charge is
			// Israel's, not reported by Hamas.
			continue
		}
		if in := w.Start >= a.Content.Start && w.End <= a.Content.End ||
			slices.ContainsFunc(a.ContentMore, func(m document.Span) bool { return w.Start >= m.Start && w.End <= m.End }); in && (id == "" || a.Within != "" && a.Content.End-a.Content.Start < size) {
			id, size = a.ID, a.Content.End-a.Content.Start
		}
	}
	return id
}

// deniedCharge: a is a denial of the charge its content makes before
// it ("…, a charge Moscow denies").
func deniedCharge(d *document.Document, a document.Attribution) bool {
	if a.Cue.Start < a.Content.End || a.Sentence < 0 || a.Sentence >= len(d.Sentences) {
		return false
	}
	s := &d.Sentences[a.Sentence]
	k := s.WordStarting(a.Cue.Start)
	return k >= 0 && denials[strings.ToLower(s.Words[k].Lemma)]
}

// denials deny what another said.
var denials = set(`deny dispute reject dismiss refute`)

// homeVisit: "the Omani foreign minister arrives in Muscat" is no visit
// (CAMEO 042/043) between two countries.
func homeVisit(e document.Event) bool {
	if e.CAMEO != "042" && e.CAMEO != "043" || len(e.Source.Code) < 3 || len(e.Target.Code) < 3 {
		return false
	}
	return e.Source.Code[:3] == e.Target.Code[:3]
}

// eventKey identifies an event for removing duplicates that several
// paths through the parse give.
func eventKey(e document.Event) string {
	return fmt.Sprintf("%s|%s|%s|%d", e.CAMEO, sideKey(e.Source), sideKey(e.Target), e.Evidence.Start)
}

// feelings are what one says one feels about another's act.
var feelings = set(`concerned worried alarmed troubled disturbed shocked outraged dismayed saddened appalled angered horrified concern alarm outrage dismay`)

// heldIn is the trigger of the verb at i with the state its "under",
// "into" or "on" phrase puts someone in ("was placed under house arrest",
// "took him into custody", "placed its forces on alert"; the phrase may
// hang on the one put there), looked up
// only for verbs the lexicon has such an entry for: not "send droves of
// Americans into the arms of Trump".
func (l *Lexicon) heldIn(t *tree, i int, word string) (Trigger, bool) {
	for _, state := range heldStates {
		tr, ok := l.verbs[word+" "+state.noun]
		if !ok {
			continue
		}
		held := t.ChildrenWith(i, "obl")
		for _, o := range t.ChildrenWith(i, "obj") {
			held = append(held, t.ChildrenWith(o, "nmod")...)
		}
		if state.noun == "alert" && !slices.ContainsFunc(t.ChildrenWith(i, "obj", "nsubj:pass"), func(o int) bool { return stateForces[t.lemma(o)] }) {
			continue // "efforts to put the 2016 candidates on alert": only forces are readied
		}
		for _, c := range held {
			if t.lemma(c) == state.noun && slices.Contains(state.cases, t.caseOf(c)) {
				return tr, true
			}
		}
	}
	return Trigger{}, false
}

// heldStates are what one is placed under or taken into when arrested,
// and what armed forces are put on when readied ("placed its defense
// forces on alert").
var heldStates = [...]struct {
	noun  string
	cases []string
}{
	{"arrest", []string{"under", "into"}},
	{"custody", []string{"under", "into"}},
	{"detention", []string{"under", "into"}},
	{"alert", []string{"on"}},
}

// sourceKey identifies an event by its code, source and word, whatever
// its target.
func sourceKey(e document.Event) string {
	return fmt.Sprintf("%s|%s|*|%d", e.CAMEO, sideKey(e.Source), e.Evidence.Start)
}

// sideKey is a side's actor, or its words and code ("U.S. and Russian
// negotiators" gives two codes).
func sideKey(a document.EventActor) string {
	if a.Actor != "" {
		return a.Actor
	}
	return a.Text + "/" + a.Code
}

// demonym returns the country code a nationality adjective names.
// offerAuthor is the country whose name is compounded on a noun event
// one makes to another — an offer, request, demand or threat — which
// makes it ("the US offer", "a Russia demand"), or -1. A possessor or a
// nationality adjective ("Iran's offer", "a Russian demand") is the
// source sources finds.
func (l *Lexicon) offerAuthor(t *tree, i int, trig Trigger) int {
	if t.w(i).UPOS != "NOUN" || !madeToOthers[trig.Code[:min(2, len(trig.Code))]] {
		return -1
	}
	for _, c := range t.ChildrenWith(i, "nmod:poss", "amod") {
		if t.w(c).Rel == "nmod:poss" || l.demonym(t.w(c).Form) != "" {
			return -1
		}
	}
	for _, c := range t.ChildrenWith(i, "compound") {
		if l.countryName(t.w(c).Form) != "" {
			return c
		}
	}
	return -1
}

// countryName is the country a name is ("US", "Iran"), and demonym the
// country a nationality word names ("Iranian"), if the actor dictionary
// knows the word so, or "".
func (l *Lexicon) countryName(form string) string { return l.countryAs(form, "country") }

func (l *Lexicon) demonym(form string) string { return l.countryAs(form, "demonym") }

func (l *Lexicon) countryAs(form, kind string) string {
	if l.actors == nil {
		return ""
	}
	if e, ok := l.actors.Lookup(form); ok && e.Kind == kind {
		return e.Country
	}
	return ""
}

// nationality is the country a modifier word names: a demonym, or a
// country's one-word name tagged as an adjective ("a Saudi businessman").
func (l *Lexicon) nationality(t *tree, c int) string {
	if c > 0 && continental[t.w(c-1).Form] && strings.HasPrefix(t.w(c).Form, "American") {
		return "" // "Latin American artists", "South American leaders"
	}
	if cc := l.demonym(t.w(c).Form); cc != "" || t.w(c).UPOS != "ADJ" {
		return cc
	}
	return l.countryName(t.w(c).Form)
}

// bodyNouns name what a body is, after its name ("the FSB security
// service", "the Interfax news agency", "the National Liberation Army
// rebel group").
var bodyNouns = set(`service agency office ministry department bureau directorate group movement militia faction`)

// ownMeans are what a country gives or sends, named between its name and
// an act ("U.S. aid cuts", "U.S. troop withdrawal").
var ownMeans = set(`aid funding troop military arms weapon drone missile air naval`)

// continental are the words that make "American" a continent's.
var continental = set(`Latin South Central North`)

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// countryFirms: the word at o names businesses with a country's name
// compounded on them ("sanctions on 20 U.S. defense companies"), as a
// demonym would ("American companies").
func (l *Lexicon) countryFirms(t *tree, o int) bool {
	return firmNouns[t.lemma(o)] && slices.ContainsFunc(t.ChildrenWith(o, "compound"), func(c int) bool {
		return t.w(c).UPOS == "PROPN" && l.countryName(t.w(c).Form) != ""
	})
}

var firmNouns = set(`company firm corporation bank business contractor manufacturer entity refinery exporter`)

// hasDemonym: "Iranian territory", "Romanian refugees" point at a country.
func (l *Lexicon) hasDemonym(t *tree, o int) bool {
	for _, c := range t.ChildrenWith(o, "amod", "compound") {
		if l.demonym(t.w(c).Form) != "" {
			return true
		}
		for _, cc := range t.ChildrenWith(c, "amod", "compound") {
			if t.Rel(c) == "compound" && l.demonym(t.w(cc).Form) != "" {
				return true
			}
		}
	}
	return false
}
