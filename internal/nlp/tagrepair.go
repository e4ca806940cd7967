package nlp

// The tag repairs: rules over the tagger's output that run before the
// parse, each undoing a tagging the words around it contradict. They
// run in the order Annotate calls them.

import (
	"slices"
	"strings"
	"unicode"

	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/nlp/lemma"
	"github.com/parley-news/parley/internal/nlp/tag"
	"github.com/parley-news/parley/internal/nlp/token"
)

// repairNamePronouns tags as names the words the tagger took for
// pronouns that are none, a closed class it should not extend: a
// capitalized word ("Trump is set to meet Xi") and the syllable after a
// hyphen in a Korean given name ("Lee Jae-myung"). A pronoun as the
// source of a report ("myung said") or an event's target found nobody.
func repairNamePronouns(words []document.Word, upos, xpos []string) {
	for k := range words {
		if upos[k] != "PRON" {
			continue
		}
		f := words[k].Form
		if f == "I" && k > 0 && k+2 < len(words) && words[k-1].Form == "(" && words[k+1].Form == "-" && words[k+1].Start == words[k].End {
			upos[k], xpos[k] = "PROPN", "NNP" // "(I-Conn.)": an independent's party letter
			continue
		}
		// "Kim Yo Jong"; "Chinese Vice Premier He Lifeng", the title
		// tagged a noun.
		betweenNames := k > 0 && k+1 < len(words) && (upos[k-1] == "PROPN" || upos[k-1] == "NOUN" && startsUpper(words[k-1].Form) && !titleCased(words)) &&
			upos[k+1] == "PROPN" && unicode.IsUpper(rune(f[0])) && f != "I"
		if acronymPronoun(words, upos, k) {
			upos[k], xpos[k] = "PROPN", "NNP"
			continue
		}
		if (englishPronouns[strings.ToLower(f)] || f == "The") && !betweenNames {
			continue // "Jackie Taylor-she is located", but "Kim Yo Jong"
		}
		afterHyphen := k >= 2 && words[k-1].Form == "-" && upos[k-2] == "PROPN" && unicode.IsLower(rune(f[0])) &&
			words[k-2].End == words[k-1].Start && words[k-1].End == words[k].Start
		// Title case, not an informal pronoun in capitals ("IVE").
		// Not where any word takes a capital: the tagger makes
		// pronouns of unknown words that open a sentence ("Congrats",
		// "Imagine", "QYou" in an interview's Q and A).
		titled := unicode.IsUpper(rune(f[0])) && strings.ToUpper(f) != f && k > 0 && upos[k-1] != "PUNCT"
		// But a sentence's first word before a modal or a finite verb is
		// its subject, a name if no pronoun: "Xi will travel on".
		subject := unicode.IsUpper(rune(f[0])) && strings.ToLower(f[1:]) == f[1:] && len(f) > 1 && k == 0 && k+1 < len(words) &&
			(xpos[k+1] == "MD" || xpos[k+1] == "VBD" || xpos[k+1] == "VBZ")
		if afterHyphen || betweenNames || titled || subject {
			upos[k], xpos[k] = "PROPN", "NNP"
		}
	}
}

// repairBoundFor tags as a participle the "bound" of a vessel or
// cargo "bound for" a place, which the tagger took for a noun after
// another ("an oil tanker bound for the United States", with "tanker" a
// compound on "bound" and the seizure's object lost). EWT has "bound"
// twice, an adjective.
func repairBoundFor(forms, upos, xpos []string) {
	for i := 1; i+1 < len(forms); i++ {
		if forms[i] == "bound" && strings.EqualFold(forms[i+1], "for") && xpos[i] == "NN" && strings.HasPrefix(xpos[i-1], "NN") {
			upos[i], xpos[i] = "VERB", "VBN"
		}
	}
}

// repairDatePrepositions tags as a preposition the "since" or "until"
// before a date that no verb follows, which the tagger took for a
// subordinator ("The RSF, which has been fighting the army since April
// 2023, said …", with "April" the subject of "said"). A date is a month's
// or day's name or a year, with the numbers after it; "May" is a month
// only before a number. A sentence's opening "Since" is left to the parse
// and its repairs (repairOpeningDates): tagged a preposition, it led the
// parser to take the date for the subject of the verb after the comma.
func repairDatePrepositions(forms, upos, xpos []string) {
	for i := 1; i+1 < len(forms); i++ {
		if upos[i] != "SCONJ" || !strings.EqualFold(forms[i], "since") && !strings.EqualFold(forms[i], "until") {
			continue
		}
		d := i + 1
		if !isYear(forms[d]) && !(calendarWords[strings.ToLower(forms[d])] && startsUpper(forms[d]) &&
			(forms[d] != "May" || d+1 < len(forms) && upos[d+1] == "NUM")) {
			continue
		}
		for d+1 < len(forms) && upos[d+1] == "NUM" {
			d++
		}
		if d+1 < len(forms) && (upos[d+1] == "VERB" || upos[d+1] == "AUX") {
			continue // "since Monday was a holiday"
		}
		upos[i], xpos[i] = "ADP", "IN"
	}
}

// isYear reports whether a form is a year of four digits from 1000.
func isYear(form string) bool {
	return len(form) == 4 && form[0] >= '1' && form[0] <= '2' && strings.Trim(form, "0123456789") == ""
}

// repairStateMedia tags as a noun the "State" that opens "State media",
// "State television" and the like, which the tagger, seeing a capital
// at a sentence's start before a noun and a verb, took for an
// imperative: the parse lost the source of "State media quoted Khamenei
// as saying …". EWT tags "State" a noun or a name 19 times in 19.
//
// So is "state" before a singular noun with no article, which the verb
// never takes: "would grant licenses to state oil company PDVSA", with
// "state" an infinitive and the company its object. EWT train has
// "state" a verb three times, never so.
func repairStateMedia(forms, upos, xpos []string) {
	for i := 0; i+2 < len(forms); i++ {
		if xpos[i] != "VB" {
			continue
		}
		if forms[i] == "State" && stateOutlets[strings.ToLower(forms[i+1])] && strings.HasPrefix(xpos[i+2], "VB") ||
			strings.EqualFold(forms[i], "state") && xpos[i+1] == "NN" {
			upos[i], xpos[i] = "NOUN", "NN"
			if i > 0 && xpos[i-1] == "TO" {
				upos[i-1], xpos[i-1] = "ADP", "IN" // "to state oil company": a preposition
			}
		}
	}
}

// repairImperativesBeforeSubjects tags as a noun the sentence's first
// word the tagger took for an imperative before a plural noun and a
// tensed verb: "Protest leaders vowed to keep marching", with "leaders"
// the object of "Protest" and the vow a complement. The plural and its
// verb make a subject and its verb; the word before them modifies the
// plural. In EWT train a capitalized first word before a plural noun
// and a tensed verb is never a verb.
//
// So does a relative clause set off after the plural: "Transport
// workers, who had gone on strike to demand protection, said …"; and a
// participle with an object, the past tense the tagger took for one
// after its imperative: "Protest organizers accused police of using
// excessive force".
func repairImperativesBeforeSubjects(forms, upos, xpos []string) {
	described := len(forms) > 3 && forms[2] == "," && (xpos[3] == "WP" || xpos[3] == "WDT")
	past := len(forms) > 3 && xpos[2] == "VBN" && objectTags[xpos[3]]
	if len(forms) < 3 || xpos[0] != "VB" || xpos[1] != "NNS" || !finite(xpos[2]) && !described && !past || !unicode.IsUpper([]rune(forms[0])[0]) {
		return
	}
	upos[0], xpos[0] = "NOUN", "NN"
	if past {
		xpos[2] = "VBD"
	}
}

// objectTags are the tags of the words that open a verb's object.
var objectTags = setOf("NN NNS NNP NNPS DT PRP PRP$")

// stateOutlets are what a state runs to speak for it.
var stateOutlets = setOf("media television tv radio broadcaster news newspaper agency")

// repairToBeforeNames tags as a preposition the "to" the tagger took for
// a subordinator before a name: "conveyed its serious concern to Beijing
// through diplomatic channels", which the parse read as a clause with
// Beijing its subject. EWT's subordinator "to" comes before a gerund
// ("look forward to seeing you"), never before a name. So is the "to" it
// took for the infinitive's before a quotation that opens with a
// determiner: "the barrage was a response to "the assassination" of its
// commander", with the assassination parsed as a clause on the response;
// an infinitive's "to" comes before a verb, never a determiner; nor a
// participle before a name.
func repairToBeforeNames(forms, upos, xpos []string) {
	for i := 0; i+1 < len(forms); i++ {
		if !strings.EqualFold(forms[i], "to") {
			continue
		}
		if upos[i] == "SCONJ" && upos[i+1] == "PROPN" ||
			xpos[i] == "TO" && i+2 < len(forms) && xpos[i+1] == "``" && (xpos[i+2] == "DT" || xpos[i+2] == "PRP$") ||
			// "aides to jailed Istanbul Mayor Ekrem Imamoglu": no
			// infinitive is a participle, and one before a name
			// describes the person the preposition takes.
			xpos[i] == "TO" && i+2 < len(forms) && xpos[i+1] == "VBN" && xpos[i+2] == "NNP" {
			upos[i], xpos[i] = "ADP", "IN"
		}
	}
}

// repairPluralsTakenForPrepositions tags as a plural noun a word in -s
// the tagger took for a preposition: "accused Pakistan of carrying out
// airstrikes in eastern Afghanistan", with "airstrikes", a word it never
// saw, a preposition and the killing done by Afghanistan. Prepositions
// are a closed class; a word in -s outside it is no preposition.
func repairPluralsTakenForPrepositions(forms, upos, xpos []string) {
	for i, f := range forms {
		if xpos[i] != "IN" || len(f) < 4 || !strings.HasSuffix(f, "s") || f != strings.ToLower(f) || tag.ClosedClass(f) {
			continue
		}
		upos[i], xpos[i] = "NOUN", "NNS"
	}
}

// repairExistentialThere tags as the existential pronoun a "there" the
// tagger took for an adverb where a clause opens, before a form of "be"
// or an auxiliary: "denied the claim, saying there had been no armed
// clashes", with "there" an adverb of "saying" and the clause left
// without it. Where no clause opens, it stays the place ("the civil war
// there had nothing to do with it", "living there was hard"): EWT train
// has no existential "there" after a noun or a verb but one of saying.
func repairExistentialThere(forms, upos, xpos []string) {
	for i := 0; i+1 < len(forms); i++ {
		if !strings.EqualFold(forms[i], "there") || xpos[i] != "RB" || !thereVerbs[strings.ToLower(forms[i+1])] {
			continue
		}
		if i > 0 && !sayingForms[strings.ToLower(forms[i-1])] && !clauseOpening(xpos[i-1]) && !strings.EqualFold(forms[i-1], "that") {
			continue
		}
		upos[i], xpos[i] = "PRON", "EX"
	}
}

// thereVerbs are the words an existential "there" comes before.
var thereVerbs = setOf("is are was were 's has have had will would could might may must seems seem appears appear")

// repairPluralsBeforeAuxiliaries tags as a plural noun a word in -s the
// tagger took for a verb before an auxiliary: "said in a statement that
// troops had “crushed the enemy's fighters”", with "troops" a verb and
// the clause left without a subject. No verb in the present stands
// before "had", "have", a modal or "were" ("has had", "'s had" are
// auxiliaries) unless its own subject is right before it and what it
// reports lost its subject to a relative ("the woman he hopes will
// succeed him"); EWT train has none.
func repairPluralsBeforeAuxiliaries(forms, upos, xpos []string) {
	for i := 0; i+1 < len(forms); i++ {
		f := strings.ToLower(forms[i])
		if xpos[i] != "VBZ" || auxiliaryForms[f] || len(f) < 3 || !strings.HasSuffix(f, "s") || !followingAuxiliaries[strings.ToLower(forms[i+1])] {
			continue
		}
		if i > 0 && (strings.HasPrefix(xpos[i-1], "NN") || strings.HasPrefix(xpos[i-1], "PRP") || xpos[i-1] == "WP" || xpos[i-1] == "CC") {
			continue // "a trend the foundation predicts will continue", "which he favors but says would never win": a verb with its subject
		}
		upos[i], xpos[i] = "NOUN", "NNS"
	}
}

// followingAuxiliaries are the auxiliaries no present tense stands
// before.
var followingAuxiliaries = setOf("had have would will were could should might must can may")

// repairCompassNouns tags as a noun a point of the compass the tagger
// took for an adverb at the end of a noun phrase: "offices run by Serbia
// in the ethnic Serb-dominated north, a move Belgrade condemned", with
// "north" an adverb and the parse in pieces. After a determiner, an
// adjective or a participle, and before punctuation or a preposition,
// EWT train never has it an adverb.
func repairCompassNouns(forms, upos, xpos []string) {
	for i := 1; i < len(forms); i++ {
		if xpos[i] != "RB" || !compassPoints[strings.ToLower(forms[i])] || xpos[i-1] != "DT" && xpos[i-1] != "JJ" && xpos[i-1] != "VBN" {
			continue
		}
		if i+1 < len(forms) && upos[i+1] != "PUNCT" && xpos[i+1] != "IN" {
			continue
		}
		upos[i], xpos[i] = "NOUN", "NN"
	}
}

// compassPoints are the points of the compass, which name regions too.
var compassPoints = setOf("north south east west northeast northwest southeast southwest")

// repairNamesTakenForInterjections tags as a name the sentence's first
// word the tagger took for an interjection before a tensed verb:
// "Hezbollah says it fired rockets at Israeli base", with "Hezbollah" an
// interjection and the headline's "it" no one's. In EWT train a
// capitalized first word before a present or past tense is never an
// interjection; the words that are ("Yes", "Well") stay.
func repairNamesTakenForInterjections(forms, upos, xpos []string) {
	if len(forms) < 3 || xpos[0] != "UH" || xpos[1] != "VBZ" && xpos[1] != "VBD" || !startsUpper(forms[0]) || interjections[strings.ToLower(forms[0])] {
		return
	}
	upos[0], xpos[0] = "PROPN", "NNP"
}

// interjections are words that are interjections before a verb as well.
var interjections = setOf("yes no oh well ok okay hey hello hi please thanks wow ah um uh yeah alas")

// repairCurrencies tags as a noun a currency after a number that the
// tagger took for a preposition or an adjective: "a 50 billion euro EU aid
// package", with "euro" a preposition, so that the parse made "billion"
// the object of "vetoed" and the package an oblique.
func repairCurrencies(forms, upos, xpos []string) {
	for i := 1; i < len(forms); i++ {
		if upos[i] == "NOUN" || xpos[i-1] != "CD" || !currencies[strings.ToLower(forms[i])] {
			continue
		}
		upos[i], xpos[i] = "NOUN", "NN"
		if strings.HasSuffix(strings.ToLower(forms[i]), "s") {
			xpos[i] = "NNS"
		}
	}
}

// currencies are the names of money the news counts sums in.
var currencies = setOf("euro euros dollar dollars pound pounds yen yuan rupee rupees rouble roubles ruble rubles lira franc francs peso pesos shekel shekels dinar dinars riyal riyals")

// repairNamePrepositions tags as a name's word a capitalized word after a
// name that the tagger took for a preposition or subordinator, a closed
// class it should not extend: "U.S. envoy Steve Witkoff that …", with
// "Witkoff" a preposition, so that the parse lost the addressee and made
// "that" clause another's.
func repairNamePrepositions(words []document.Word, upos, xpos []string) {
	for k := 1; k < len(words); k++ {
		f := words[k].Form
		if upos[k] != "ADP" && upos[k] != "SCONJ" || upos[k-1] != "PROPN" || f == "" || !unicode.IsUpper(rune(f[0])) || prepositions[strings.ToLower(f)] {
			continue
		}
		upos[k], xpos[k] = "PROPN", "NNP"
	}
}

// prepositions are the words Universal Dependencies English tags as
// prepositions or subordinators.
var prepositions = setOf(`aboard about above across after against ahead along alongside amid amidst among amongst around as aside
	astride at atop away because before behind below beneath beside besides between beyond but by circa despite down during except
	for from if in inside into less like minus near next notwithstanding of off on onto opposite or out outside over past per plus
	post pre re regarding round save since than that then though through throughout thru til till to toward towards under
	underneath unlike until unto up upon versus via vs whereas whether while with within without worth once unless although so
	whilst lest how when where why`)

// repairInfinitivesTakenForAdjectives tags as a base verb an adjective
// WordNet also knows as a verb, after "to" or a form of "help" and before
// a noun phrase: "helped mediate the May ceasefire", with "mediate" (a
// word EWT lacks) read by its "-ate" as an adjective of "ceasefire".
func (p *Pipeline) repairInfinitivesTakenForAdjectives(forms, upos, xpos []string) {
	for i := 1; i+1 < len(forms); i++ {
		help := helpForms[strings.ToLower(forms[i-1])]
		if xpos[i] != "JJ" || xpos[i-1] != "TO" && !help ||
			xpos[i+1] != "DT" && xpos[i+1] != "PRP$" && xpos[i+1] != "CD" && !(help && strings.HasPrefix(xpos[i+1], "NN")) || // not "access to clean water"
			p.Lemmas.Classes(forms[i])&lemma.Verb == 0 || startsUpper(forms[i]) { // not "help French people"
			continue
		}
		upos[i], xpos[i] = "VERB", "VB"
	}
}

// repairQuotedVerbsAfterModals tags as a base verb a word the writer
// quoted right after a modal that the tagger took for a noun or an
// adjective: "warned it would “crush” any attempt at formal independence",
// with "crush" a noun and the rest of the clause what Beijing warned of,
// not what it said. EWT train has a word quoted after a modal twice, both
// verbs. So is one quoted after the infinitive's "to" before what it
// takes ("urged Ottawa to “correct its mistakes”", with "correct" an
// adjective of "mistakes").
func (p *Pipeline) repairQuotedVerbsAfterModals(forms, upos, xpos []string) {
	for i := 0; i+2 < len(forms); i++ {
		j := i + 2
		infinitive := xpos[i] == "TO" && j+1 < len(forms) && (xpos[j+1] == "DT" || xpos[j+1] == "PRP$" || xpos[j+1] == "PRP")
		if xpos[i] != "MD" && !infinitive || !document.IsQuote(forms[i+1]) || xpos[j] != "NN" && xpos[j] != "JJ" ||
			p.Lemmas.Classes(forms[j])&lemma.Verb == 0 || startsUpper(forms[j]) {
			continue
		}
		upos[j], xpos[j] = "VERB", "VB"
	}
}

// repairGerundsAfterThose tags as a gerund a verb's "-ing" form after
// "those" and before its object: "sanctions on those blocking aid
// deliveries", which the tagger took for a noun of a compound, so that
// the blocking was aid. EWT has one "-ing" word after "those", a verb
// ("those making").
func (p *Pipeline) repairGerundsAfterThose(forms, upos, xpos []string) {
	for i := 1; i+1 < len(forms); i++ {
		if !strings.EqualFold(forms[i-1], "those") || !strings.HasSuffix(forms[i], "ing") || xpos[i] != "NN" && xpos[i] != "JJ" ||
			!slices.Contains([]string{"DT", "PRP$", "NN", "NNS", "NNP", "NNPS", "JJ", "CD"}, xpos[i+1]) ||
			p.Lemmas.Classes(forms[i])&lemma.Verb == 0 || startsUpper(forms[i]) {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBG"
	}
}

// repairHeadsAfterPluralModifiers tags as a noun the word the tagger
// took for a verb after "a", adjectives or names, and a plural noun: "a
// Philippine fisheries ship", where "fisheries" modifies the noun "a"
// needs. Not after a noun or "few" ("a move cats use", "a few suicide
// murderers use ambulances"), which EWT has.
func (p *Pipeline) repairHeadsAfterPluralModifiers(forms, upos, xpos []string) {
	for i := 2; i < len(forms); i++ {
		if xpos[i] != "VB" && xpos[i] != "VBP" || xpos[i-1] != "NNS" || p.Lemmas.Classes(forms[i])&lemma.Noun == 0 || startsUpper(forms[i]) {
			continue
		}
		j := i - 2
		for j > 0 && (xpos[j] == "JJ" || xpos[j] == "NNP") && !strings.EqualFold(forms[j], "few") && !strings.EqualFold(forms[j], "half") {
			j--
		}
		if j < i-2 && (strings.EqualFold(forms[j], "a") || strings.EqualFold(forms[j], "an")) {
			upos[i], xpos[i] = "NOUN", "NN"
		}
	}
}

// pluralAttacks are attacks in the plural, which may be read as verbs.
var pluralAttacks = setOf("strikes attacks raids bombings")

// attackInstruments attack or are attacked in a compound ("drone
// strikes", "boat strikes"), and do nothing by themselves.
var attackInstruments = setOf("drone air missile rocket boat artillery ship vessel tanker airport hospital school")

// repairPluralsAfterOf tags as a plural noun a word in -s the tagger took
// for a verb after a quantity, "of" and a noun, in a clause that has its
// verb before: "Israel had allowed thousands of aid trucks into Gaza",
// with "trucks" a verb whose subject was "thousands of aid". (Without a
// verb before, it may be the clause's: "the price of oil rises"; nor
// after another noun: "said each year of education yields …".)
func (p *Pipeline) repairPluralsAfterOf(forms, upos, xpos []string) {
	for i := 2; i < len(forms); i++ {
		if xpos[i] != "VBZ" || upos[i] != "VERB" || xpos[i-1] != "NN" || i < 3 || !strings.EqualFold(forms[i-2], "of") || !quantities[strings.ToLower(forms[i-3])] ||
			startsUpper(forms[i]) || p.Lemmas.Classes(forms[i])&lemma.Noun == 0 || !finiteAfterClauseOpens(xpos, i-2) {
			continue
		}
		upos[i], xpos[i] = "NOUN", "NNS"
	}
}

// quantities count what their "of" phrase names.
var quantities = setOf("thousands hundreds dozens millions scores tons tonnes lots number numbers")

// repairPressureAfterTo tags as a noun the "pressure" after "to" that no
// object follows ("Taiwan would not bow to pressure", "caved to pressure
// from Washington", "will not bow to U.S. pressure after new
// sanctions"), which the tagger took for an infinitive, and the "to" as
// its preposition: the verb takes someone to pressure. A name or an
// adjective may stand between them ("to U.S. pressure", "to Western
// pressure"), which a verb's infinitive would not have.
func repairPressureAfterTo(forms, upos, xpos []string) {
	for i := 1; i < len(forms); i++ {
		if !strings.EqualFold(forms[i], "pressure") || xpos[i] != "VB" && xpos[i] != "VBP" {
			continue
		}
		to := i - 1
		for to > 0 && to >= i-2 && (xpos[to] == "NNP" || xpos[to] == "JJ") {
			to--
		}
		if !strings.EqualFold(forms[to], "to") || to == i-1 && xpos[i] != "VB" {
			continue
		}
		if i+1 < len(forms) && xpos[i+1] != "." && xpos[i+1] != "," && !strings.EqualFold(forms[i+1], "from") &&
			(to == i-1 || xpos[i+1] != "IN") {
			continue // "to pressure Israel"
		}
		upos[i], xpos[i] = "NOUN", "NN"
		upos[to], xpos[to] = "ADP", "IN"
	}
}

// repairDestinationsAfterTo tags as a noun the place troops are sent
// to, after "to" with no article, which the tagger took for an
// infinitive: "Mexico sends troops to border after Trump tariff threat",
// with "border" a verb. After a verb of sending and its object, a word
// that names where troops go, ending the phrase, is that place ("sent a
// message to read at the ceremony" keeps its infinitive).
func (p *Pipeline) repairDestinationsAfterTo(forms, upos, xpos []string) {
	for i := 3; i < len(forms); i++ {
		if xpos[i] != "VB" || !strings.EqualFold(forms[i-1], "to") || !strings.HasPrefix(xpos[i-2], "NN") ||
			i+1 < len(forms) && xpos[i+1] != "IN" && xpos[i+1] != "," && xpos[i+1] != "." || !destinations[strings.ToLower(forms[i])] {
			continue
		}
		if !slices.ContainsFunc(forms[max(0, i-5):i-2], func(f string) bool { return sendingVerbs[p.Lemmas.Lemma(f, "VERB", "VBZ")] }) {
			continue
		}
		upos[i], xpos[i] = "NOUN", "NN"
		upos[i-1], xpos[i-1] = "ADP", "IN"
	}
}

var (
	sendingVerbs = setOf("send deploy dispatch move rush fly redeploy")
	destinations = setOf("border front war base")
)

// repairTagsAfterAccordingTo tags the "to" of "according to" as the preposition
// it always is, and a base verb after it as the noun it must be:
// "according to state media", whose "state" the tagger took for an
// infinitive, so that the parse lost the source.
func repairTagsAfterAccordingTo(forms, upos, xpos []string) {
	for i := 1; i+1 < len(forms); i++ {
		if !strings.EqualFold(forms[i], "to") || !strings.EqualFold(forms[i-1], "according") || xpos[i] == "IN" && xpos[i+1] != "VB" {
			continue
		}
		upos[i], xpos[i] = "ADP", "IN"
		if xpos[i+1] == "VB" {
			upos[i+1], xpos[i+1] = "NOUN", "NN"
			if startsUpper(forms[i+1]) {
				upos[i+1], xpos[i+1] = "PROPN", "NNP"
			}
		}
	}
}

// helpForms are the forms of "help", which takes a bare infinitive.
var helpForms = setOf("help helps helped helping")

// repairHandedOver tags the "over" of "handed over" or "turned over"
// before a determiner, number or possessive as the particle it is
// ("Hamas handed over the remains of two hostages", with "over" the
// preposition of "remains" and the verb left without its object), and
// the verb after a noun phrase as the past tense. EWT tags the three
// such "over"s of train particles.
func repairHandedOver(forms, upos, xpos []string) {
	for i := 1; i+2 < len(forms); i++ {
		// "hand over" before any noun phrase ("will hand over Gaza
		// governance to technocrats"); "turn over" before a determiner,
		// number or possessive only ("turned over Friday").
		hand := strings.HasPrefix(strings.ToLower(forms[i]), "hand") && strings.HasPrefix(xpos[i], "VB") // not "Hamas hands over remains", "hands" still a noun here
		if !strings.EqualFold(forms[i+1], "over") || xpos[i+1] != "IN" || !handedOver[strings.ToLower(forms[i])] ||
			xpos[i+2] != "DT" && xpos[i+2] != "CD" && xpos[i+2] != "PRP$" && !(hand && (strings.HasPrefix(xpos[i+2], "NN") || xpos[i+2] == "JJ")) {
			continue
		}
		upos[i+1], xpos[i+1] = "ADP", "RP"
		if xpos[i] == "VBN" && nominalTag(xpos[i-1]) {
			upos[i], xpos[i] = "VERB", "VBD"
		}
	}
}

// handedOver are the forms of the verbs that "over" completes when it
// hands something to someone.
var handedOver = setOf("hand hands handed handing turn turns turned turning")

// repairShotDead tags "shot dead" as the verb and its predicate it is
// ("Kenyan police shot dead three men", with "shot" tagged a noun and
// "dead" an adjective on "men"), and "shot down" before a determiner or
// number, or after a noun before the adjectives and nouns of a noun
// phrase, as the verb and its particle; after a noun phrase it is the
// past tense, after "was" or "were" a participle (as in EWT's one
// instance).
func repairShotDead(forms, upos, xpos []string) {
	for i := 1; i+1 < len(forms); i++ {
		if !strings.EqualFold(forms[i], "shot") {
			continue
		}
		switch {
		case strings.EqualFold(forms[i+1], "dead"):
			upos[i+1], xpos[i+1] = "ADJ", "JJ"
		case strings.EqualFold(forms[i+1], "down") && i+2 < len(forms) && (xpos[i+2] == "DT" || xpos[i+2] == "CD" || xpos[i+2] == "PRP$" ||
			strings.HasPrefix(xpos[i-1], "NN") && (xpos[i+2] == "JJ" || xpos[i+2] == "NNS" || xpos[i+2] == "NNP")): // "jets shot down several Russian drones"
			// "Turkey shot down a Russian jet": the verb and its
			// particle, not a noun.
			upos[i+1], xpos[i+1] = "ADP", "RP"
		default:
			continue
		}
		upos[i], xpos[i] = "VERB", "VBN"
		if nominalTag(xpos[i-1]) {
			xpos[i] = "VBD"
		}
	}
}

// repairAccusedOf tags "accused of" after a noun as the participle it is
// ("officials of Russia's defence ministry accused of organising the
// deportation", with "accused" a noun and the ministry's name running
// on): "the accused" is a noun, but one accused of something is not,
// and nor is it the past tense, which takes an object ("FDIC Accused Of
// Covering Up China Hacking"). EWT tags every "accused" a verb. After
// "but" or "and", with an object before "of", it is the past tense.
func repairAccusedOf(forms, upos, xpos []string) {
	for i := 1; i+1 < len(forms); i++ {
		if strings.EqualFold(forms[i], "accused") && strings.EqualFold(forms[i+1], "of") && (upos[i] == "NOUN" || xpos[i] == "VBD") &&
			strings.HasPrefix(xpos[i-1], "NN") {
			upos[i], xpos[i] = "VERB", "VBN"
		}
		// "would abide by the truce but accused Cambodian troops of
		// firing rockets": after a conjunction, with its object and then
		// "of", the past tense.
		if strings.EqualFold(forms[i], "accused") && xpos[i] != "VBD" && xpos[i-1] == "CC" && accusedOfAfter(forms, xpos, i+1) {
			upos[i], xpos[i] = "VERB", "VBD"
		}
		// "was arrested in 2023 and accused of passing sensitive
		// information": after a conjunction with "of" right after it,
		// the passive's participle, and the "-ing" word after "of" the
		// gerund of what one is accused of.
		if strings.EqualFold(forms[i], "accused") && xpos[i-1] == "CC" && strings.EqualFold(forms[i+1], "of") && upos[i] == "NOUN" {
			upos[i], xpos[i] = "VERB", "VBN"
		}
		if strings.EqualFold(forms[i], "accused") && upos[i] == "VERB" && i+2 < len(forms) && strings.EqualFold(forms[i+1], "of") &&
			strings.HasSuffix(forms[i+2], "ing") && xpos[i+2] == "NN" && i+3 < len(forms) && (xpos[i+3] == "JJ" || xpos[i+3] == "DT" || strings.HasPrefix(xpos[i+3], "NN") || xpos[i+3] == "PRP$") {
			upos[i+2], xpos[i+2] = "VERB", "VBG"
		}
	}
}

// repairPresentsInEd tags as a past tense a present the tagger gave a
// past form: "Officials accused the group of delays", with "accused" a
// VBP, which the lemmatizer then leaves as it is, so that no event
// coder finds "accuse". A present in -ed that the lemmatizer reads as
// the past of another verb is that past ("need" and "proceed" are
// presents of their own).
func (p *Pipeline) repairPresentsInEd(forms, upos, xpos []string) {
	for i, f := range forms {
		low := strings.ToLower(f)
		if xpos[i] != "VBP" || upos[i] != "VERB" || !strings.HasSuffix(low, "ed") {
			continue
		}
		if l := p.Lemmas.Lemma(f, "VERB", "VBD"); l != low && l != "" {
			xpos[i] = "VBD"
		}
	}
}

// repairAccusedGerunds tags as a gerund the -ing word after "of" that
// says what someone is accused of: "accused U.N. staff of spying for the
// United States", with "spying" a noun and "for the United States" the
// accusation's. A word WordNet knows as a verb, after "of" within a few
// words of "accuse", "suspect" or "convict", is the act charged.
func (p *Pipeline) repairAccusedGerunds(forms, upos, xpos []string) {
	for i := 2; i < len(forms); i++ {
		if xpos[i] != "NN" || !strings.HasSuffix(forms[i], "ing") || !strings.EqualFold(forms[i-1], "of") ||
			p.Lemmas.Classes(forms[i])&lemma.Verb == 0 {
			continue
		}
		for k := i - 2; k >= 0 && k >= i-6; k-- {
			if l := p.Lemmas.Lemma(forms[k], "VERB", xpos[k]); (l == "accuse" || l == "suspect" || l == "convict") && strings.HasPrefix(xpos[k], "VB") {
				upos[i], xpos[i] = "VERB", "VBG"
				break
			}
		}
	}
}

// repairCodeNames tags as a name a word of capitals and digits the tagger
// took for a foreign word or a typo ("M23 rebels", tagged GW): such words
// name groups, summits and models (M23, G20, S300), as names do.
func repairCodeNames(forms, upos, xpos []string) {
	for i, f := range forms {
		if xpos[i] != "GW" && xpos[i] != "FW" && upos[i] != "X" || !codeName(f) {
			continue
		}
		upos[i], xpos[i] = "PROPN", "NNP"
	}
}

// repairHyphenedNameParticles tags as part of a name the small word
// that hyphens join to capitalized words on both sides: "Port-au-Prince",
// "Aix-en-Provence", "Harkat-ul-Jehad" (as EWT tags it), where the
// tagger took "au" for a noun and the name fell apart.
func repairHyphenedNameParticles(forms, upos, xpos []string) {
	for i := 2; i+2 < len(forms); i++ {
		if forms[i-1] != "-" || forms[i+1] != "-" || !hyphenedParticles[forms[i]] || !startsCapital(forms[i-2]) || !startsCapital(forms[i+2]) {
			continue
		}
		for _, k := range []int{i - 2, i, i + 2} {
			upos[k], xpos[k] = "PROPN", "NNP"
		}
	}
}

// hyphenedParticles join the parts of hyphenated place and group names.
var hyphenedParticles = setOf("au aux de du des la le les en sur sous lès di da del dos das ul al el e i upon on")

func startsCapital(f string) bool { return f != "" && f[0] >= 'A' && f[0] <= 'Z' }

// codeName: f is capitals followed by digits ("M23", "G20").
func codeName(f string) bool {
	k := strings.IndexFunc(f, func(r rune) bool { return r < 'A' || r > 'Z' })
	if k < 1 || k == len(f) {
		return false
	}
	return strings.IndexFunc(f[k:], func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// repairMeans tags "means" after an adjective or a quantifier as the
// noun it is there: "defend its territory by all necessary means", which
// the tagger made the verb of a clause of its own.
func repairMeans(forms, upos, xpos []string) {
	for i := 1; i < len(forms); i++ {
		if strings.EqualFold(forms[i], "means") && strings.HasPrefix(xpos[i], "VB") && (xpos[i-1] == "JJ" && i >= 2 && nounPhraseOpeners[xpos[i-2]] || meansQuantifiers[strings.ToLower(forms[i-1])]) {
			upos[i], xpos[i] = "NOUN", "NNS"
		}
	}
}

// nounPhraseOpeners are the tags before an adjective that open its noun
// phrase ("by peaceful means", "all necessary means"; not "MAD means
// crazy").
var nounPhraseOpeners = map[string]bool{"DT": true, "IN": true, "JJ": true, "PRP$": true, "PDT": true}

// meansQuantifiers count means ("all means", "any means"); "that means"
// and "this means" are verbs.
var meansQuantifiers = setOf("all any no some every other such")

// repairWhom tags "whom" and "whose" as the pronouns they always are
// (EWT train has no other tag for them; the tagger took "Lai, whom
// Beijing calls a separatist" for a subordinating conjunction), and
// "despite" as a preposition.
func repairWhom(forms, upos, xpos []string) {
	for i, f := range forms {
		switch strings.ToLower(f) {
		case "whom":
			upos[i], xpos[i] = "PRON", "WP"
		case "whose":
			upos[i], xpos[i] = "PRON", "WP$"
		case "despite":
			// A preposition, or the subordinator of a gerund clause
			// (EWT's only tags for it), never the noun the tagger made
			// of it in "kill 12 in southern Lebanon despite truce".
			if xpos[i] != "IN" {
				upos[i], xpos[i] = "ADP", "IN"
			}
		}
		// A title after "Vice" or "Deputy" is no half of a split word
		// ("Chinese Vice Premier He Lifeng", with "Premier" tagged GW, as
		// EWT tags split words in e-mail signatures).
		if xpos[i] == "GW" && i > 0 && titlePrefixes[forms[i-1]] {
			upos[i], xpos[i] = "PROPN", "NNP"
		}
		// A lower-case "worth" after a name is no name ("an arms package
		// for Taiwan worth more than $11 billion", where it made
		// "companies" the subject of the closing "said").
		if f == "worth" && upos[i] == "PROPN" {
			upos[i], xpos[i] = "ADJ", "JJ"
		}
	}
}

// repairHarmedPassives tags as the passive participle a participle of
// harm done to people that the tagger took for an adjective after a form
// of "be": "Ten soldiers were wounded in the attack", "had been
// injured", with "wounded" the predicate of a copula and no one wounding.
// EWT tags such a word VBN after "be" where an agent or place may follow;
// the wounded who are a state ("the wounded soldiers") come before a
// noun, not after "be".
func repairHarmedPassives(forms, upos, xpos []string) {
	for i := 1; i < len(forms); i++ {
		if xpos[i] != "JJ" || !harmedForms[strings.ToLower(forms[i])] || !beForms[strings.ToLower(forms[i-1])] {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBN"
	}
}

// repairHarmedPasts tags as the past tense a word of harm done to people
// that the tagger took for an adjective between a noun and the number or
// article of its object: "after a landmine wounded two Thai soldiers",
// with "wounded" the adjective of the soldiers and the clause left
// without a verb. The wounded who are a state come after an article or
// before their noun ("the wounded soldiers", "15 wounded"); a noun, then
// the word, then a count is a clause when no verb stands in it before or
// after (not "the civilians wounded two days ago").
func repairHarmedPasts(forms, upos, xpos []string) {
	for i := 1; i+2 < len(forms); i++ {
		if xpos[i] != "JJ" || !harmedForms[strings.ToLower(forms[i])] || !strings.HasPrefix(xpos[i-1], "NN") ||
			!(xpos[i+1] == "CD" || xpos[i+1] == "DT" || xpos[i+1] == "PRP$") || timeNouns[strings.TrimSuffix(strings.ToLower(forms[i+2]), "s")] ||
			finiteBefore(xpos, i+1) || finiteAfterClauseOpens(xpos, i) {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBD"
	}
}

// repairParticiplesAfterOf tags as a participle the word in -ed that
// the tagger took for a past tense between "of" and a plural: "the
// return of displaced Palestinians to northern Gaza", with "displaced" a
// clause's verb whose subject never comes. After a noun and "of", a past
// form before a plural noun modifies that noun.
func repairParticiplesAfterOf(forms, upos, xpos []string) {
	for i := 2; i+1 < len(forms); i++ {
		if xpos[i] != "VBD" || !strings.HasSuffix(forms[i], "ed") || !strings.EqualFold(forms[i-1], "of") || !strings.HasPrefix(xpos[i-2], "NN") ||
			xpos[i+1] != "NNS" && xpos[i+1] != "NNPS" {
			continue
		}
		upos[i-1], xpos[i-1] = "ADP", "IN"
		upos[i], xpos[i] = "VERB", "VBN"
	}
}

// repairPastsAfterCitingPhrases tags as the past tense the participle
// right after a phrase of citing set off by commas after the subject:
// "The New York Times, citing two unnamed European officials, reported
// last week that …", with "reported" a participle joined to "citing",
// the root, so that what the paper reported was lost. A participle in
// -ed with no auxiliary there is the sentence's verb.
func repairPastsAfterCitingPhrases(forms, upos, xpos []string) {
	for c := 1; c+3 < len(forms); c++ {
		if forms[c] != "," || !strings.HasPrefix(xpos[c-1], "NN") || !citingForms[strings.ToLower(forms[c+1])] {
			continue
		}
		for j := c + 2; j+1 < len(forms) && j < c+12; j++ {
			if forms[j] == "," {
				if xpos[j+1] == "VBN" && strings.HasSuffix(forms[j+1], "ed") {
					upos[j+1], xpos[j+1] = "VERB", "VBD"
				}
				break
			}
		}
	}
}

// citingForms are the participles of citing a source.
var citingForms = setOf("citing quoting")

// repairPastsAfterSubordinatedNames tags as the past tense a participle
// the tagger gave a clause that a subordinator opens with a name: "after
// Chinese Foreign Minister Wang Yi held talks in New Delhi", with "Yi" a
// noun and "held" a participle on "talks", so that the clause was a noun
// phrase and the talks no one's. After "after", "before", "when" and
// their like and a run of capitalized words with a name among them, a
// participle with an object after it, or a past tense joined to it, is
// the clause's verb, and a capitalized noun of the run part of the name.
func repairPastsAfterSubordinatedNames(forms, upos, xpos []string) {
	for s := 0; s+3 < len(forms); s++ {
		if low := strings.ToLower(forms[s]); xpos[s] != "IN" || !clauseSubordinators[low] && !conditionSubordinators[low] {
			continue
		}
		j, name := s+1, false
		for j < len(forms) && startsUpper(forms[j]) && (strings.HasPrefix(xpos[j], "NN") || xpos[j] == "JJ") {
			name = name || xpos[j] == "NNP" || xpos[j] == "NNPS"
			j++
		}
		if !name || j == s+1 || j+1 >= len(forms) || xpos[j] != "VBN" || !objectOpeners[xpos[j+1]] && xpos[j+1] != "NNS" && !pastConjunctAfter(forms, xpos, j) {
			continue
		}
		for k := s + 1; k < j; k++ {
			if xpos[k] == "NN" && k > s+1 && xpos[k-1] == "NNP" {
				upos[k], xpos[k] = "PROPN", "NNP"
			}
		}
		upos[j], xpos[j] = "VERB", "VBD"
	}
}

// repairPastsAfterSubordinatedNouns tags as the past tense a participle
// that a clause's subject, a common noun phrase after a subordinator,
// has with a preposition after it and no verb after it in the clause:
// "when armed men descended on it from a helicopter", with "descended" a
// modifier of "men" and the clause a noun phrase. (With a verb after it
// the participle modifies: "when men wounded in the attack arrived";
// before "by" or at the end it is a passive: "since a truce brokered by
// Malaysia", "after police officer killed".)
func repairPastsAfterSubordinatedNouns(forms, upos, xpos []string) {
	for s := 0; s+2 < len(forms); s++ {
		if low := strings.ToLower(forms[s]); xpos[s] != "IN" && xpos[s] != "WRB" || !clauseSubordinators[low] && !conditionSubordinators[low] || low == "as" {
			continue // not "As a psychiatrist specialized in …"
		}
		j, noun := s+1, false
		for j < len(forms) && (xpos[j] == "DT" || xpos[j] == "JJ" || xpos[j] == "CD" || xpos[j] == "PRP$" || xpos[j] == "NN" || xpos[j] == "NNS") {
			noun = noun || xpos[j] == "NN" || xpos[j] == "NNS"
			j++
		}
		if !noun || j+1 >= len(forms) || xpos[j] != "VBN" || !strings.HasPrefix(xpos[j-1], "NN") ||
			xpos[j+1] != "IN" && xpos[j+1] != "RP" || strings.EqualFold(forms[j+1], "by") {
			continue // "since a truce brokered by Malaysia", "after police officer killed": passives
		}
		end := j + 1
		for end < len(forms) && forms[end] != "," && xpos[end] != "." && !finite(xpos[end]) && xpos[end] != "MD" {
			end++
		}
		if end < len(forms) && (finite(xpos[end]) || xpos[end] == "MD") {
			continue
		}
		upos[j], xpos[j] = "VERB", "VBD"
	}
}

// pastConjunctAfter: a past tense after "and" follows the participle at
// j in its clause ("after Cambodians crossed into Thai territory and
// threw stones"): the participle is a past tense too.
func pastConjunctAfter(forms, xpos []string, j int) bool {
	for k := j + 1; k+1 < len(forms) && xpos[k] != "," && xpos[k] != "."; k++ {
		if forms[k] == "and" && xpos[k+1] == "VBD" {
			return true
		}
	}
	return false
}

var clauseSubordinators = setOf("after before when as since while because until once")

// conditionSubordinators open clauses of condition or concession, whose
// verb after a name is a tense as after clauseSubordinators ("only if
// Washington lifted sanctions first").
var conditionSubordinators = setOf("if unless although though")

// finiteAfterClauseOpens: a verb other than an infinitive comes before
// word i, after the comma, subordinator or start that opens its clause.
func finiteAfterClauseOpens(xpos []string, i int) bool {
	for k := i - 1; k >= 0 && xpos[k] != "," && xpos[k] != "IN" && xpos[k] != "WRB"; k-- {
		if strings.HasPrefix(xpos[k], "VB") || xpos[k] == "MD" {
			return true
		}
	}
	return false
}

var (
	harmedForms = setOf("wounded injured arrested detained abducted kidnapped executed displaced")
	beForms     = setOf("was were been be is are being")
)

// repairWarring tags "warring" before a noun as the adjective it is
// ("Sudan's warring army and paramilitary Rapid Support Forces signed"),
// not a verb whose object the noun would be, and so "living" after a
// number before a noun or adjective ("released the last 20 living
// Israeli hostages", which left the hostages the object of "living"),
// and "allied" before a noun ("the RSF and allied militias had
// murdered", with "allied" the past tense whose object the militias
// would be).
func repairWarring(forms, upos, xpos []string) {
	for i := 0; i+1 < len(forms); i++ {
		switch {
		case forms[i] == "sharing" && i > 0 && xpos[i] == "VBG" && sharedThings[strings.ToLower(forms[i-1])]:
			// "suspended intelligence sharing with the United States": a
			// kind of sharing, not the intelligence sharing something.
			upos[i], xpos[i] = "NOUN", "NN"
		case (strings.EqualFold(forms[i], "warring") || strings.EqualFold(forms[i], "allied")) && strings.HasPrefix(xpos[i+1], "NN"),
			forms[i] == "living" && i > 0 && xpos[i-1] == "CD" && (xpos[i+1] == "JJ" || xpos[i+1] == "NNS"):
			upos[i], xpos[i] = "ADJ", "JJ"
		}
	}
}

// repairChiefExecutives tags as a noun the "executive" of "chief
// executive", or of a noun's executive ("a publishing executive"), that
// no noun, comma or conjunction follows: "said the company's chief
// executive, John J. Ferriola", with "executive" an adjective, made the
// clause's predicate and its name a subject of the comma; "according to
// a publishing executive familiar with the talks" made the executive
// what was said. Not "executive order", "executive and legislative
// branches".
func repairChiefExecutives(forms, upos, xpos []string) {
	for i := 1; i < len(forms); i++ {
		if !strings.EqualFold(forms[i], "executive") || xpos[i] != "JJ" || !strings.EqualFold(forms[i-1], "chief") && xpos[i-1] != "NN" {
			continue
		}
		if i+1 == len(forms) || !strings.HasPrefix(xpos[i+1], "NN") && xpos[i+1] != "CC" && (xpos[i+1] != "," || strings.EqualFold(forms[i-1], "chief")) {
			upos[i], xpos[i] = "NOUN", "NN"
		}
	}
}

// repairKindsOfFighting tags as a noun the gerund of combat that a noun
// and a determiner or adjective before it make a kind of ("a week of the
// worst border fighting in years", "after days of street fighting"),
// when nothing it could govern follows: the parse otherwise made it a
// clause on the noun, whose fighting was the sentence subject's.
func repairKindsOfFighting(forms, upos, xpos []string) {
	for i := 2; i < len(forms); i++ {
		if xpos[i] != "VBG" || !combatGerunds[strings.ToLower(forms[i])] || xpos[i-1] != "NN" && xpos[i-1] != "NNS" {
			continue
		}
		if x := xpos[i-2]; x != "DT" && x != "JJ" && x != "JJS" && x != "IN" {
			continue // not "Obama spent much of his presidency fighting for"
		}
		if i+1 < len(forms) && xpos[i+1] != "IN" && xpos[i+1] != "," && xpos[i+1] != "." && xpos[i+1] != "CC" && xpos[i+1] != ":" ||
			i+1 < len(forms) && (forms[i+1] == "for" || forms[i+1] == "against" || forms[i+1] == "with") {
			continue // "… fighting for", "street fighting against police": the gerund may govern the phrase
		}
		upos[i], xpos[i] = "NOUN", "NN"
	}
}

var combatGerunds = setOf("fighting shelling bombing rioting looting")

// repairAllBut tags the "but" of "all but one", "all but two of its
// border crossings" as the preposition it is there (as EWT's "all but
// Parts I, II"), not a conjunction opening a second clause with "one"
// its subject.
func repairAllBut(forms, upos, xpos []string) {
	for i := 1; i+1 < len(forms); i++ {
		if strings.EqualFold(forms[i-1], "all") && forms[i] == "but" && xpos[i+1] == "CD" {
			upos[i], xpos[i] = "ADP", "IN"
		}
	}
}

// repairArmsControl tags the "control" of "arms control" a noun ("the
// New START nuclear arms control treaty"), not a verb whose subject the
// arms would be.
func repairArmsControl(forms, upos, xpos []string) {
	for i := 1; i < len(forms); i++ {
		if strings.EqualFold(forms[i-1], "arms") && strings.EqualFold(forms[i], "control") {
			upos[i], xpos[i] = "NOUN", "NN"
		}
	}
}

// sharedThings are what "sharing" after them names a kind of: "intelligence
// sharing", "power sharing".
var sharedThings = setOf("intelligence information data power burden revenue cost technology")

// repairSubjunctiveVerbs tags as a bare verb the subjunctive after a
// demand's "that" and a name: "China demanded that Washington stop arming
// Taiwan", with "stop" a noun compounded on "Washington". A word that can
// be a verb, right after the name (of up to two words, after "the" or
// not), before a gerund, an article, a name, a pronoun or a verb's
// particle ("that the Taliban rein in militants"), is the clause's verb.
// So is one after a name's common noun ("demanded that the Taliban
// government act against militants"), before a preposition too when
// the clause has no other verb.
func (p *Pipeline) repairSubjunctiveVerbs(forms, upos, xpos []string) {
	for i := 3; i+1 < len(forms); i++ {
		body := xpos[i-1] == "NN" && xpos[i-2] == "NNP" // "the Taliban government"
		if xpos[i] != "NN" || xpos[i-1] != "NNP" && !body {
			continue
		}
		t := i - 2 // the "that"
		if xpos[t] == "NNP" {
			t--
		}
		if t > 0 && strings.EqualFold(forms[t], "the") {
			t--
		}
		if t < 1 || !strings.EqualFold(forms[t], "that") || !demandVerbs[p.Lemmas.Lemma(forms[t-1], "VERB", xpos[t-1])] {
			continue
		}
		switch {
		case xpos[i+1] == "VBG", xpos[i+1] == "DT", xpos[i+1] == "NNP", xpos[i+1] == "PRP", xpos[i+1] == "PRP$":
		case (xpos[i+1] == "IN" || xpos[i+1] == "RP" || xpos[i+1] == "RB") && subjunctiveParticles[strings.ToLower(forms[i+1])]:
		case (xpos[i+1] == "NNS" || xpos[i+1] == "NN" || xpos[i+1] == "JJ") && !finiteBefore(xpos, i+2):
			// "demanded that the US cancel plans to sell …", "that the RSF
			// allow humanitarian access": the clause has no other verb
			// (not "that the US trade officials resign").
		case body && xpos[i+1] == "IN" && !finiteBefore(xpos, i+2):
		default:
			continue
		}
		if p.Lemmas.Classes(forms[i])&lemma.Verb != 0 {
			upos[i], xpos[i] = "VERB", "VB"
		}
	}
}

// finiteBefore: a verb other than an infinitive comes at or after from,
// before the clause ends or an infinitive's "to".
func finiteBefore(xpos []string, from int) bool {
	for k := from; k < len(xpos) && xpos[k] != "TO" && xpos[k] != "," && xpos[k] != "."; k++ {
		if strings.HasPrefix(xpos[k], "VB") || xpos[k] == "MD" {
			return true
		}
	}
	return false
}

// titlePrefixes open a title of two words ("Vice Premier").
var titlePrefixes = setOf("Vice Deputy Prime Acting Foreign Defense Defence")

// subjunctiveParticles are the particles of the phrasal verbs a demand
// asks for ("rein in", "step down", "hand over"), which no preposition
// of a noun that is also a verb opens ("the Israeli attack on Gaza").
var subjunctiveParticles = setOf("in down out up off back over aside")

// repairPerfectAuxiliaries tags "have" before a participle as the
// auxiliary it is: "Maduro has accused Washington of seeking to topple
// his government", with "has" the main verb, "accused" its complement
// and the report's cue "has". (EWT makes a main verb of 8 of 852
// "have"s right before a participle: "have limited options".)
func repairPerfectAuxiliaries(forms, upos, xpos []string) {
	for i := 0; i+1 < len(forms); i++ {
		if upos[i] != "VERB" && upos[i] != "AUX" || !perfectForms[strings.ToLower(forms[i])] {
			continue
		}
		gap := timeGap(forms[i+1:])
		if upos[i] == "AUX" && gap == 0 {
			continue // tagged right, with what follows ("what has since become": a subordinator there parses better)
		}
		n := i + 1 + gap
		for n+1 < len(forms) && (strings.HasPrefix(xpos[n], "RB") || strings.EqualFold(forms[n], "since")) {
			n++ // "has repeatedly accused", "had not been", "had earlier accused", "has since turned"
		}
		if n >= len(forms) {
			continue
		}
		if gap > 0 && xpos[n] == "VBD" && strings.HasSuffix(forms[n], "ed") {
			xpos[n] = "VBN" // "has on Monday announced", a regular past the time phrase kept from its "has"
		}
		if xpos[n] == "VBN" {
			upos[i] = "AUX"
			if s := i + 1; s < n && strings.EqualFold(forms[s], "since") && n == s+1 {
				upos[s], xpos[s] = "ADV", "RB" // an adverb there, no subordinator
			}
		}
	}
}

// timeGap is the length of the time phrase that may stand between an
// auxiliary and its participle in news style ("had last week called",
// "has this year imposed", "had on Monday announced", "had earlier this
// month warned"), or 0 when forms opens with none.
func timeGap(forms []string) int {
	n := 0
	if n < len(forms) && timeQualifiers[strings.ToLower(forms[n])] {
		n++ // "earlier this month"
	}
	if n+1 >= len(forms) {
		return 0
	}
	switch low := strings.ToLower(forms[n]); {
	case recentTimes[low] && timeNouns[strings.ToLower(forms[n+1])],
		low == "on" && document.IsWeekday(forms[n+1]):
		return n + 2
	}
	return 0
}

var timeQualifiers = setOf("earlier later late early")

// repairAdjectiveSubjects tags as a noun an adjective that is a body's
// name right before a finite verb: "The U.S. military struck a boat",
// with "military" tagged as the adjective of "military force" and the
// sentence left without a subject. After an article or a name, before
// a verb other than a base form or a gerund, or before a modal, such a
// word is the noun.
func repairAdjectiveSubjects(forms, upos, xpos []string) {
	for i := 1; i+1 < len(forms); i++ {
		if xpos[i] != "JJ" || xpos[i-1] != "DT" && xpos[i-1] != "NNP" || !finite(xpos[i+1]) && xpos[i+1] != "MD" && xpos[i+1] != "VBN" ||
			!bodyAdjectives[strings.ToLower(forms[i])] {
			continue
		}
		upos[i], xpos[i] = "NOUN", "NN"
	}
}

// repairPossessedAdjectives tags as a noun an adjective right after a
// name's possessive or a possessive pronoun that no noun follows ("the
// war between Sudan's military and the paramilitary Rapid Support
// Forces", with "military" an adjective and the root of the sentence):
// what a possessive determines is a noun.
func repairPossessedAdjectives(forms, upos, xpos []string) {
	for i := 2; i+1 < len(forms); i++ {
		// A name's: after a common noun "'s" is as often "is" ("the
		// food's okay"), which the tagger may take for a possessive.
		// Or a possessive pronoun's ("halt its offensive and withdraw").
		if xpos[i] != "JJ" || (xpos[i-1] != "POS" || !strings.HasPrefix(xpos[i-2], "NNP")) && xpos[i-1] != "PRP$" {
			continue
		}
		// Only before a conjunction, a comma or a finite verb: not
		// "Iran's supreme leader", "the city's long-awaited reopening".
		if next := xpos[i+1]; next == "CC" || next == "," || next == "VBD" || next == "VBZ" || next == "VBP" || next == "MD" {
			if (next == "CC" || next == ",") && i+2 < len(forms) && (xpos[i+2] == "JJ" || xpos[i+2] == "RB") {
				continue // "King Alphonso's deaf and mute daughter": adjectives of a noun to come
			}
			upos[i], xpos[i] = "NOUN", "NN"
		}
	}
}

// repairActingTitles tags "acting" as the adjective of a title it is
// after a possessive or article and before a noun or adjective
// ("summoned Pakistan's acting high commissioner", "the acting
// president"), not the participle that made the title's holder its
// object; so after a nationality before a capitalized title. EWT train
// has "acting" only as a verb ("killers acting out").
func repairActingTitles(forms, upos, xpos []string) {
	for i := 1; i+1 < len(forms); i++ {
		if !strings.EqualFold(forms[i], "acting") || xpos[i] != "VBG" {
			continue
		}
		before, after := xpos[i-1], xpos[i+1]
		// "Thai acting Prime Minister Phumtham Wechayachai": a
		// nationality before a capitalized title.
		national := (before == "JJ" || before == "NNP") && unicode.IsUpper(rune(forms[i-1][0])) && unicode.IsUpper(rune(forms[i+1][0]))
		if (before == "POS" || before == "PRP$" || before == "DT" || national) && (after == "JJ" || strings.HasPrefix(after, "NN")) {
			upos[i], xpos[i] = "ADJ", "JJ"
		}
	}
}

// repairOfficialSpeakers tags "official" as the noun it is before a
// verb of saying that a modifier makes it the head of: "…, a senior U.S.
// official told reporters", tagged an adjective on "reporters" with
// "told" a participle between them. Before a relative clause it is the
// noun too: "One official, who spoke on condition of anonymity, said …";
// so it is after a determiner with no noun after it: "said the official,
// Husam Badran" (EWT's adjective "official" after a determiner comes
// before a noun or a participle: "the official website"); between the
// name of a body and a person's ("Hezbollah official Mahmoud Qmati");
// and before "and" after a body's name ("a United Nations official and
// local residents said").
func (p *Pipeline) repairOfficialSpeakers(forms, upos, xpos []string) {
	if n := len(forms); n > 1 && xpos[n-1] == "JJ" && strings.EqualFold(forms[n-1], "official") && xpos[n-2] == "DT" {
		upos[n-1], xpos[n-1] = "NOUN", "NN"
	}
	for i := 1; i+1 < len(forms); i++ {
		if xpos[i] != "JJ" || !strings.EqualFold(forms[i], "official") {
			continue
		}
		afterName := xpos[i-1] == "NNP" || xpos[i-1] == "NNPS"
		switch {
		case xpos[i-1] == "DT" && (upos[i+1] == "PUNCT" || xpos[i+1] == "VBD" || xpos[i+1] == "VBZ" || xpos[i+1] == "MD"),
			// "a United Nations official and local residents said": a
			// body's official coordinated with other sources (not "the
			// official and unofficial figures", after a determiner).
			afterName && xpos[i+1] == "CC",
			// "A senior U.S. official, speaking on condition of
			// anonymity, said" too.
			i+2 < len(forms) && forms[i+1] == "," && (strings.EqualFold(forms[i+2], "who") || xpos[i+2] == "VBG" && (xpos[i-1] == "NNP" || xpos[i-1] == "JJ")),
			// "Hezbollah official Mahmoud Qmati confirmed …", taken for
			// an adjective on the name, which made the name a conjunct
			// of "Hezbollah"; not "the state's official Xinhua news
			// agency".
			afterName && xpos[i+1] == "NNP" && !outletAfter(forms, xpos, i+1):
			upos[i], xpos[i] = "NOUN", "NN"
		case (xpos[i+1] == "VBN" || xpos[i+1] == "JJ") && (xpos[i-1] == "JJ" || xpos[i-1] == "NNP" || xpos[i-1] == "DT") &&
			reportVerbs[p.Lemmas.Lemma(forms[i+1], "VERB", "VBD")]:
			upos[i], xpos[i] = "NOUN", "NN"
			upos[i+1], xpos[i+1] = "VERB", "VBD"
		}
	}
}

// outletAfter: the run of names from k is followed by a word that makes
// it an outlet ("official Xinhua news agency").
func outletAfter(forms, xpos []string, k int) bool {
	for k < len(forms) && (xpos[k] == "NNP" || xpos[k] == "NNPS") {
		k++
	}
	return k < len(forms) && outletWords[strings.ToLower(forms[k])]
}

var outletWords = setOf("news agency media television tv radio newspaper daily gazette channel broadcaster")

// repairOutgoingTitles tags "outgoing" and "incoming" that open a noun
// phrase as the adjectives they are ("Outgoing President Macky Sall, who
// did not run, also congratulated the winner", "the incoming
// government"), not participles that made the title's holder their
// object. EWT train has neither word.
func repairOutgoingTitles(forms, upos, xpos []string) {
	for i := 0; i+1 < len(forms); i++ {
		if l := strings.ToLower(forms[i]); l != "outgoing" && l != "incoming" || xpos[i] == "JJ" || !strings.HasPrefix(xpos[i+1], "NN") {
			continue
		}
		// Where a phrase opens: after a verb ("assassinate outgoing
		// Prime Minister Iyad Allawi") the parser reads the participle
		// right and an adjective wrong.
		if i == 0 || xpos[i-1] == "DT" || xpos[i-1] == "POS" || xpos[i-1] == "PRP$" || xpos[i-1] == "," || xpos[i-1] == "CC" {
			upos[i], xpos[i] = "ADJ", "JJ"
		}
	}
}

// repairClaimsThat tags as a verb a plural noun of saying right before
// "that" when no verb comes before it: "A viral post on X claims that
// Ukraine sold weapons", with "claims" a noun compounded with "X" and the
// sentence left without its verb.
func repairClaimsThat(forms, upos, xpos []string) {
	for i := 1; i+1 < len(forms); i++ {
		if xpos[i] != "NNS" || !strings.EqualFold(forms[i+1], "that") || !claimNouns[strings.ToLower(forms[i])] || upos[0] == "ADP" || upos[i-1] != "NOUN" && upos[i-1] != "PROPN" ||
			strings.EqualFold(forms[i], "reports") && upos[i-1] != "PROPN" || // "Media reports that …" may be a subject
			slices.ContainsFunc(upos[:i], func(u string) bool { return u == "VERB" || u == "AUX" }) {
			// After a noun or name ("post on X claims"), not in a phrase a
			// preposition opens ("From all the press reports that I have
			// …"). On EWT train and dev the pattern is a verb 14 times in
			// 15; "states" stays out ("Most Southern states that will
			// hold contests", "member states that").

			continue
		}
		upos[i], xpos[i] = "VERB", "VBZ"
	}
}

// repairOpeningParticiplesOfTitles tags as a participle the word in -ed
// that opens a sentence before a title and a name whose verb follows:
// "Exiled opposition leader Sviatlana Tsikhanouskaya said …", with
// "Exiled" the past tense and "leader" its object. A past tense opening
// a sentence has no subject; before a noun phrase that runs into a name
// and a verb of its own, it describes the person.
func repairOpeningParticiplesOfTitles(forms, upos, xpos []string) {
	if len(forms) < 5 || xpos[0] != "VBD" || !strings.HasSuffix(forms[0], "ed") {
		return
	}
	k := 1
	for k < len(forms) && (xpos[k] == "NN" || xpos[k] == "JJ") {
		k++
	}
	names := k
	for k < len(forms) && xpos[k] == "NNP" {
		k++
	}
	if names == 1 || k == names || k >= len(forms) || !finite(xpos[k]) {
		return
	}
	upos[0], xpos[0] = "VERB", "VBN"
}

// repairVerbOpeningPast tags as a name the capitalized first word the
// tagger took for a base or present verb when a past tense follows it,
// after adverbs if any: "Trump later said on Fox News …", with "Trump"
// the verb "trump". EWT and GUM never tag such a word a verb (it is a
// pronoun, a name 130 times, a noun 32), nor one a possessive follows
// ("Trump's trade adviser"). The past tense may itself be mistagged: an
// irregular one taken for a noun ("Trump spoke with Maduro", with
// "spoke" a wheel's), or one in -ed taken for a participle on the noun
// after it, also when the first word was taken for a noun ("Trump
// called Maduro").
func (p *Pipeline) repairVerbOpeningPast(forms, upos, xpos []string) {
	if len(forms) < 3 || !startsUpper(forms[0]) || strings.ToUpper(forms[0]) == forms[0] {
		return
	}
	verb := upos[0] == "VERB" && (xpos[0] == "VB" || xpos[0] == "VBP")
	if !verb && xpos[0] != "NN" {
		return
	}
	if verb && xpos[1] == "POS" {
		upos[0], xpos[0] = "PROPN", "NNP" // "Trump's trade adviser": no verb takes a possessive
		return
	}
	j := 1
	for j < len(forms) && strings.HasPrefix(xpos[j], "RB") {
		j++
	}
	if verb && j < len(forms) && xpos[j] == "VBD" {
		upos[0], xpos[0] = "PROPN", "NNP"
	}
	if j+1 >= len(forms) {
		return
	}
	// "Trump also lifted restrictions …", the past tense taken for a
	// participle on the noun after it: with an object, it is the verb.
	if xpos[j] == "VBN" && strings.HasSuffix(forms[j], "ed") && objectOpeners[xpos[j+1]] {
		upos[0], xpos[0] = "PROPN", "NNP"
		upos[j], xpos[j] = "VERB", "VBD"
	}
	if verb && xpos[j] == "NN" && (xpos[j+1] == "IN" || objectOpeners[xpos[j+1]]) && p.irregularPast(forms[j]) {
		upos[0], xpos[0] = "PROPN", "NNP"
		upos[j], xpos[j] = "VERB", "VBD"
	}
}

// irregularPast: the word is the past tense of a verb, not in -ed
// ("spoke", "met").
func (p *Pipeline) irregularPast(form string) bool {
	low := strings.ToLower(form)
	l := p.Lemmas.Lemma(form, "VERB", "VBD")
	// Not a noun in -s the lexicon reads as a verb ("State business
	// leaders").
	return l != "" && l != low && !strings.HasSuffix(low, "ed") && !strings.HasSuffix(low, "s")
}

// objectOpeners are the tags of the words a noun phrase opens with.
var objectOpeners = setOf("DT NN NNS NNP NNPS PRP$ JJ CD")

// repairArticleCompounds tags as a noun the word the tagger took for a
// verb after "a" or "an" and a plural noun: "The sanctions include an
// arms embargo", with "embargo" a verb whose subject was "arms". The
// article's noun is the plural's head; EWT and GUM follow "a" and a
// plural with a noun, never a verb.
func repairArticleCompounds(forms, upos, xpos []string) {
	for i := 0; i+2 < len(forms); i++ {
		if a := strings.ToLower(forms[i]); (a == "a" || a == "an") && xpos[i+1] == "NNS" && upos[i+2] == "VERB" &&
			(xpos[i+2] == "VB" || xpos[i+2] == "VBP" || xpos[i+2] == "VBZ") {
			upos[i+2], xpos[i+2] = "NOUN", "NN"
		}
	}
}

// repairToldThat tags as a complementizer the "that" after a verb of
// telling and whom it tells, which the tagger took for a relative
// pronoun: "told reporters that Rwanda's \"defensive measures\" would
// be lifted", whose parse then made the quoted words a relative clause
// on "reporters". EWT and GUM tag it so 39 times in 41 (the others a
// determiner), never a relative pronoun.
func repairToldThat(forms, upos, xpos []string) {
	for i, f := range forms {
		if !tellingForms[strings.ToLower(f)] {
			continue
		}
		for j := i + 2; j < len(forms) && j <= i+4; j++ {
			if strings.EqualFold(forms[j], "that") {
				if xpos[j] == "WDT" {
					upos[j], xpos[j] = "SCONJ", "IN"
				}
				break
			}
			if !addresseeTags[xpos[j-1]] || !addresseeTags[xpos[j]] && !strings.EqualFold(forms[j], "that") {
				break
			}
		}
	}
}

// repairThatCompounds tags as a noun and its complementizer a word not
// in -ed that the tagger read as a past tense with "that" for its
// subject, after a verb of saying, when a plural noun and a finite verb
// follow: "reported last week that satellite images showed renewed
// activity", with "satellite" a verb whose object was "images".
func (p *Pipeline) repairThatCompounds(forms, upos, xpos []string) {
	for i := 2; i+2 < len(forms); i++ {
		if xpos[i] != "VBD" || strings.HasSuffix(forms[i], "ed") || !strings.EqualFold(forms[i-1], "that") || xpos[i-1] == "IN" ||
			xpos[i+1] != "NNS" || !finite(xpos[i+2]) && xpos[i+2] != "MD" || p.Lemmas.Classes(forms[i])&lemma.Noun == 0 {
			continue
		}
		if !p.reportBeforeThat(forms, xpos, i-1) {
			continue
		}
		upos[i-1], xpos[i-1] = "SCONJ", "IN"
		upos[i], xpos[i] = "NOUN", "NN"
	}
}

// reportBeforeThat: the "that" at t follows a verb of saying, with at
// most three words of a time between ("said on Monday that", "reported
// last week that").
func (p *Pipeline) reportBeforeThat(forms, xpos []string, t int) bool {
	r := t - 1
	for r > 0 && t-1-r < 3 && (document.IsCalendarName(strings.ToLower(forms[r])) || reportTimeWords[strings.ToLower(forms[r])]) {
		r--
	}
	return r >= 0 && reportVerbs[p.Lemmas.Lemma(forms[r], "VERB", xpos[r])]
}

// reportTimeWords are the words of a time between a report verb and its
// "that": "said on Monday that", "said last week that".
var reportTimeWords = setOf("on last this week month year today yesterday earlier")

// tellingForms are the forms of verbs that tell someone something.
var tellingForms = setOf("tell tells told telling inform informs informed informing assure assures assured assuring remind reminds reminded reminding")

// addresseeTags are the tags of the words of whom one tells ("reporters",
// "the council", "him").
var addresseeTags = setOf("PRP NN NNS NNP NNPS DT JJ")

// repairThatNouns tags as a plural noun and its complementizer a word in
// -s that the tagger read as a verb with "that" for its subject, after a
// verb of saying, when a finite verb of the clause follows: "adding that
// talks with the Taliban administration on the issue were under way",
// with "talks" a verb.
//
// A time may stand between the verb and "that": "said on Monday that
// talks with Ethiopia … were progressing well".
func (p *Pipeline) repairThatNouns(forms, upos, xpos []string) {
	for i := 2; i+2 < len(forms); i++ {
		if xpos[i] != "VBZ" || !strings.EqualFold(forms[i-1], "that") || xpos[i-1] == "IN" || p.Lemmas.Classes(forms[i])&lemma.Noun == 0 {
			continue
		}
		if !p.reportBeforeThat(forms, xpos, i-1) {
			continue
		}
		for k := i + 1; k < len(forms) && xpos[k] != "." && forms[k] != ","; k++ {
			if f := strings.ToLower(forms[k]); xpos[k] == "VBP" || f == "were" || f == "are" || f == "have" {
				upos[i-1], xpos[i-1] = "SCONJ", "IN"
				upos[i], xpos[i] = "NOUN", "NNS"
				break
			}
			if xpos[k] == "VBZ" || xpos[k] == "VBD" || xpos[k] == "MD" {
				break // "said that talks of …": the clause's own verb, a singular subject's
			}
		}
	}
}

// repairDatelines tags as names the words in capitals that open a
// wire story's dateline: "DAR ES SALAAM, Dec 4 (AFP) -", with "SALAAM" a
// common noun, which left "DAR" alone a name (a Pakistani minister's). A
// run of up to four nouns or adjectives in capitals opening the
// sentence, then a comma or a slash, is a place's name.
//
// "PORT-AU-PRINCE (AP) —" is a sentence of its own, a name in capitals
// with hyphens between its words before the agency.
func repairDatelines(forms, upos, xpos []string) {
	n, hyphens := 0, 0
	for n < len(forms) && n-hyphens < 5 {
		if n > 0 && forms[n] == "-" && xpos[n] == "HYPH" {
			n++
			hyphens++
			continue
		}
		if len(forms[n]) < 2 || strings.ToUpper(forms[n]) != forms[n] || strings.ToLower(forms[n]) == forms[n] ||
			!strings.HasPrefix(xpos[n], "NN") && xpos[n] != "JJ" { // not "NOW, THEREFORE," or "WHEREAS,"
			break
		}
		n++
	}
	if n == 0 || n-hyphens > 4 || n >= len(forms) || forms[n-1] == "-" {
		return
	}
	if forms[n] != "," && forms[n] != "/" && (hyphens == 0 || forms[n] != "(") {
		return
	}
	for i := 0; i < n; i++ {
		if forms[i] != "-" {
			upos[i], xpos[i] = "PROPN", "NNP"
		}
	}
}

// repairNameParticles tags as part of a name a particle between two
// words of names, as EWT does ("de", "bin", "della", "du"): "Lula da
// Silva" had "da" a noun that broke the name in two and the parse with it.
func repairNameParticles(forms, upos, xpos []string) {
	for i := 1; i+1 < len(forms); i++ {
		if !document.IsNameParticle(forms[i]) || xpos[i] == "NNP" {
			continue
		}
		k := i + 1
		if k+1 < len(forms) && document.IsNameParticle(forms[k]) {
			k++ // "von der Leyen"
		}
		if xpos[i-1] == "NNP" && xpos[k] == "NNP" {
			for j := i; j < k; j++ {
				upos[j], xpos[j] = "PROPN", "NNP"
			}
		}
	}
}

// repairHelpedVerbs tags the verb right after "help", or after its short
// object, as the bare infinitive it is ("who helped negotiate the deal",
// "helping the government fight the insurgents"), not the present or
// past tense the tagger took it for, which made it a clause of its own.
func repairHelpedVerbs(forms, upos, xpos []string) {
	for i := 1; i < len(forms); i++ {
		switch strings.ToLower(forms[i-1]) {
		case "help", "helps", "helped", "helping":
			if xpos[i] == "VBP" && upos[i] == "VERB" {
				xpos[i] = "VB"
			}
			// "helping the government fight the insurgents": after a
			// short object, a past or present is the bare infinitive too.
			k := i
			for k < len(forms) && k < i+3 && (xpos[k] == "DT" || xpos[k] == "PRP$" || xpos[k] == "JJ" || strings.HasPrefix(xpos[k], "NN") || xpos[k] == "PRP") {
				k++
			}
			if k > i && k < len(forms) && upos[k] == "VERB" && (xpos[k] == "VBD" || xpos[k] == "VBP") {
				xpos[k] = "VB"
			}
			// "help Lebanon's army take control": a possessed object,
			// and a light verb tagged a noun before its own object.
			k = i
			for k < len(forms) && k < i+4 && (xpos[k] == "DT" || xpos[k] == "PRP$" || xpos[k] == "POS" || xpos[k] == "JJ" || xpos[k] == "NNP" || xpos[k] == "NN" && !helpedVerbs[strings.ToLower(forms[k])]) {
				k++
			}
			if k > i && k+1 < len(forms) && xpos[k] == "NN" && helpedVerbs[strings.ToLower(forms[k])] && (xpos[k+1] == "NN" || xpos[k+1] == "DT" || xpos[k+1] == "PRP$") {
				upos[k], xpos[k] = "VERB", "VB"
			}
		}
	}
}

// helpedVerbs are light verbs the tagger may take for nouns after the
// object of "help" ("take control", "regain control").
var helpedVerbs = setOf(`take regain gain keep secure restore build rebuild`)

// repairCausedVerbs tags as a bare infinitive the verb after the object
// of a modal "see", "let" or "make": "an agreement that would see Israel
// halt air strikes", with "halt" a past tense and so a clause of its own.
// Such a verb, tagged a past or present after one name or pronoun, has
// the modal verb's tense, none of its own: a bare infinitive, or a
// participle when it ends in -ed ("to see Israel wiped off the map").
func repairCausedVerbs(forms, upos, xpos []string) {
	for i := 3; i < len(forms); i++ {
		if upos[i] != "VERB" || xpos[i] != "VBD" && xpos[i] != "VBP" || xpos[i-1] != "NNP" && xpos[i-1] != "PRP" {
			continue
		}
		switch strings.ToLower(forms[i-2]) {
		case "see", "let", "make":
			if xpos[i-3] == "MD" || strings.EqualFold(forms[i-3], "to") {
				xpos[i] = "VB"
				if strings.HasSuffix(forms[i], "ed") {
					xpos[i] = "VBN" // "to see Israel wiped off the map"
				}
			}
		}
	}
}

// repairStates undoes a tagging of "states" as a verb that the words
// around it contradict, before the parse is built on it. EWT has the word
// mostly in "United States", and the tagger takes "the Gulf states",
// "five states" and "EU member states agreed" for verbs. After a number,
// adjective, possessive, article or noun, and with no complement after it
// ("the document states that", "Iran states:"), it is a plural noun. The
// rule is for this one word: made for every verb in -s after a number,
// adjective, possessive or article, it lowered EWT dev UPOS by 0.04 and
// UAS by 0.06.
func repairStates(forms, upos, xpos []string) {
	for i := 1; i < len(forms); i++ {
		if forms[i] != "states" || xpos[i] != "VBZ" || complementNext(forms, i) {
			continue
		}
		switch prev := xpos[i-1]; prev {
		case "CD", "JJ", "JJR", "JJS", "PRP$", "NN", "NNS", "NNP", "NNPS":
		case "DT":
			if demonstrative[strings.ToLower(forms[i-1])] {
				continue // "This states clearly"
			}
		default:
			continue
		}
		upos[i], xpos[i] = "NOUN", "NNS"
	}
}

// headlineReports close a headline with its source.
var headlineReports = setOf("says say said reports report")

// headlineParticles are the prepositions a headline's verb takes with
// no object before them ("calls for", "cracks down on").
var headlineParticles = setOf("for against on over with")

// repairHeadlineVerbSwaps undoes a tagging of a headline's two words in
// -s the wrong way round: "Sudan's army chief rejects talks with RSF",
// with "rejects" a plural noun and "talks" the verb. After a singular
// noun, in a line with no closing punctuation and no other tensed verb,
// a plural that WordNet knows as a verb before a present tense it knows
// as a noun is the verb, and that word its object.
func (p *Pipeline) repairHeadlineVerbSwaps(forms, upos, xpos []string) {
	n := len(forms)
	if n < 4 || xpos[n-1] == "." || slices.Contains(upos, "AUX") {
		return
	}
	v := slices.IndexFunc(xpos, finite)
	// A second clause after a comma may have its own verb: "North Korea's
	// Kim rejects talks with Seoul, calls it \"most hostile state\"".
	rest := xpos[v+1:]
	if c := slices.Index(forms[v+1:], ","); c >= 0 {
		rest = rest[:c]
	}
	if v < 2 || xpos[v] != "VBZ" || xpos[v-1] != "NNS" || xpos[v-2] != "NN" && xpos[v-2] != "NNP" || slices.ContainsFunc(rest, finite) ||
		p.Lemmas.Classes(forms[v-1])&lemma.Verb == 0 || p.Lemmas.Classes(forms[v])&lemma.Noun == 0 || startsUpper(forms[v-1]) {
		return
	}
	upos[v-1], xpos[v-1] = "VERB", "VBZ"
	upos[v], xpos[v] = "NOUN", "NNS"
}

// repairCoordinatedVerbSwaps undoes a tagging of a coordinated present
// tense and its plural object the wrong way round: "unless Iran restores
// full access for inspectors and resumes talks with the United States",
// with "resumes" a noun and "talks" the verb. After "and", in a sentence
// with a present tense in -s before it, a plural that WordNet knows as a
// verb, before a present tense in -s it knows as a noun, is the verb, and
// that word its object.
func (p *Pipeline) repairCoordinatedVerbSwaps(forms, upos, xpos []string) {
	for i := 2; i+1 < len(forms); i++ {
		if xpos[i] != "NNS" || xpos[i+1] != "VBZ" || upos[i+1] != "VERB" || !strings.EqualFold(forms[i-1], "and") || startsUpper(forms[i]) ||
			!slices.Contains(xpos[:i-1], "VBZ") || p.Lemmas.Classes(forms[i])&lemma.Verb == 0 || p.Lemmas.Classes(forms[i+1])&lemma.Noun == 0 {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBZ"
		upos[i+1], xpos[i+1] = "NOUN", "NNS"
	}
}

// repairPressOn tags as a verb the "press" or "push" of "and press on
// with" or "push ahead with", which the tagger took for a noun joined to
// the object before it ("urged him to reject it and press on with the
// offensive"). It takes the form of the verb it is joined to.
func repairPressOn(forms, upos, xpos []string) {
	for i := 1; i+2 < len(forms); i++ {
		f := strings.ToLower(forms[i])
		if f != "press" && f != "push" || upos[i] != "NOUN" || !strings.EqualFold(forms[i-1], "and") ||
			!onwardParticles[strings.ToLower(forms[i+1])] || !strings.EqualFold(forms[i+2], "with") {
			continue
		}
		upos[i], xpos[i] = "VERB", "VB"
		for v := i - 2; v >= 0; v-- {
			if strings.HasPrefix(xpos[v], "VB") {
				if xpos[v] == "VBP" {
					xpos[i] = "VBP" // "They reject it and press on with"
				}
				break
			}
		}
	}
}

// onwardParticles go with a verb of pressing on.
var onwardParticles = setOf("on ahead forward")

// repairHeadlineVerbs tags as the present tense the one word in -s of a
// headline that has no verb: "Chinese coast guard fires water cannon at
// Philippine vessels", with "fires" a plural noun and the headline a
// noun phrase. A line with no closing punctuation and no finite verb,
// where a word WordNet knows as a verb follows a singular noun and opens
// a noun phrase that a preposition other than "of" follows, is a
// headline's verb.
func (p *Pipeline) repairHeadlineVerbs(forms, upos, xpos []string) {
	n := len(forms)
	// A past tense right after the word and before a noun is a
	// participle on that noun ("Venezuela frees detained Americans").
	past := slices.IndexFunc(xpos, finite)
	// So is one joined by a hyphen to a name ("rejects U.S.-backed truce
	// proposal").
	hyphened := past > 2 && xpos[past-1] == "HYPH" && xpos[past-2] == "NNP"
	if past > 1 && past+1 < n && xpos[past] == "VBD" && (xpos[past-1] == "NNS" || hyphened) && strings.HasPrefix(xpos[past+1], "NN") &&
		!slices.ContainsFunc(xpos[past+1:], finite) {
		xpos[past] = "VBN"
		defer func() {
			if !slices.Contains(xpos[:past], "VBZ") {
				xpos[past] = "VBD" // no headline verb found: as it was
			}
		}()
	}
	// A headline closing with its source ("…, Ukraine says", "…, sources
	// say"): the line before the comma is the headline.
	if c := n - 3; c > 3 && forms[c] == "," && headlineReports[strings.ToLower(forms[n-1])] &&
		!slices.ContainsFunc(xpos[:c], finite) && !slices.Contains(upos[:c], "AUX") {
		n = c
	}
	// A headline whose clause after "as" or "after" has a verb of its
	// own ("Sudan's RSF shells El Fasher as UN warns of famine"): the
	// line before the subordinator is the headline, its object running
	// up to it.
	clauseCut := false
	if sub := slices.IndexFunc(forms[:n], func(f string) bool { return subordinatorsOfClauses[strings.ToLower(f)] }); sub > 3 && xpos[n-1] != "." &&
		!slices.ContainsFunc(xpos[:sub], finite) && slices.ContainsFunc(xpos[sub:n], finite) {
		n, clauseCut = sub, true
	}
	if n < 4 || n < 5 && !clauseCut || xpos[n-1] == "." || slices.ContainsFunc(xpos[:n], finite) || slices.Contains(upos[:n], "AUX") {
		return
	}
	for i := 1; i+2 < n || clauseCut && i+1 < n; i++ {
		if xpos[i] != "NNS" || xpos[i-1] != "NN" && xpos[i-1] != "NNP" || startsUpper(forms[i]) && !startsUpper(forms[i-1]) ||
			p.Lemmas.Classes(forms[i])&lemma.Verb == 0 {
			continue
		}
		// The object's noun phrase, then its preposition.
		k := i + 1
		for k < n && (xpos[k] == "DT" || xpos[k] == "JJ" || xpos[k] == "CD" || xpos[k] == "PRP$" || strings.HasPrefix(xpos[k], "NN") ||
			xpos[k] == "HYPH" && k+1 < n && xpos[k+1] == "VBN" || // "U.S.-backed"
			xpos[k] == "VBN" && k+1 < n && strings.HasPrefix(xpos[k+1], "NN")) { // "frees detained Americans"
			k++
		}
		// Or an infinitive: "Mali's junta orders French ambassador to
		// leave within 72 hours".
		infinitive := k+1 < n && xpos[k] == "TO" && xpos[k+1] == "VB"
		// Or a preposition right after it, when a name is its subject:
		// "U.N. calls for truce as deadly clashes rock Libyan capital".
		particle := k == i+1 && xpos[i-1] == "NNP" && headlineParticles[strings.ToLower(forms[k])]
		// Or the object runs to the line's end, after a word of the
		// headlines' own verbs: "Sudan's army chief rejects U.S.-backed
		// truce proposal".
		toEnd := k == n && k > i+1 && (headlineVerbs[p.Lemmas.Lemma(forms[i], "VERB", "VBZ")] || clauseCut)
		if !toEnd && (k == i+1 && !particle || k == n || xpos[k] != "IN" && !infinitive || strings.EqualFold(forms[k], "of")) {
			continue // "of" goes on a noun phrase ("Prime Ribs its kind of expensive")
		}
		upos[i], xpos[i] = "VERB", "VBZ"
		return
	}
}

// repairPluralHeadlineVerbs tags as the present tense the verb of a
// headline with a plural subject whose clause the tagger left verbless,
// though a clause after a subordinator has one: "Georgian police arrest
// opposition leaders after protesters storm palace grounds", with
// "arrest" a noun compounded on "leaders". A word WordNet knows as a
// verb, tagged a singular noun (or one of adjectiveVerbs, tagged an
// adjective), after a plural noun (or "police") and
// before the object's noun phrase or a headline verb's preposition
// ("Serbian police clash with protesters"), before any finite verb, is
// the verb.
func (p *Pipeline) repairPluralHeadlineVerbs(forms, upos, xpos []string) {
	n := len(forms)
	if n < 5 || xpos[n-1] == "." {
		return
	}
	sub := slices.IndexFunc(forms, func(f string) bool { return subordinatorsOfClauses[strings.ToLower(f)] })
	if sub < 0 {
		sub = n
	}
	for c := n - 2; c > 0 && c >= n-4; c-- {
		if forms[c] == "," && (forms[n-1] == "says" || forms[n-1] == "say" || forms[n-1] == "reports") {
			sub = min(sub, c) // "…, army says": a closing report, whose verb is its own
		}
	}
	if slices.ContainsFunc(xpos[:sub], finite) || slices.Contains(upos[:sub], "AUX") {
		return
	}
	for i := 1; i+1 < sub; i++ {
		namePair := i >= 3 && xpos[i-1] == "NNP" && (forms[i-2] == "," || forms[i-2] == "and") && xpos[i-3] == "NNP" // "Pakistan, India exchange fire"
		pluralName := i == 1 && (xpos[0] == "NNPS" || xpos[0] == "NNP" && strings.HasSuffix(forms[0], "s"))          // "Houthis claim missile attack"
		if xpos[i] != "NN" && (xpos[i] != "JJ" || !adjectiveVerbs[strings.ToLower(forms[i])]) ||
			startsUpper(forms[i]) || xpos[i-1] != "NNS" && !pluralName && !strings.EqualFold(forms[i-1], "police") && !namePair ||
			p.Lemmas.Classes(forms[i])&lemma.Verb == 0 {
			continue
		}
		if x := xpos[i+1]; x == "DT" || x == "JJ" || x == "JJR" || x == "CD" || x == "PRP$" || strings.HasPrefix(x, "NN") ||
			x == "IN" && headlineParticles[strings.ToLower(forms[i+1])] { // "Serbian police clash with protesters"
			upos[i], xpos[i] = "VERB", "VBP"
			return
		}
	}
}

// adjectiveVerbs are adjectives that headlines use as verbs in the
// present: "Rebels free 20 hostages", "Egypt, Qatar present new Gaza
// ceasefire proposal".
var adjectiveVerbs = setOf("free open present clear close secure")

// headlineVerbs are verbs headlines use in the present, whose object
// may end the line.
var headlineVerbs = setOf("reject accuse urge warn slam blame condemn back sign seek vow deny expel suspend approve sanction seize detain arrest free release ban block recognize")

// repairSecondHeadlineVerbs tags as the present tense a headline's second
// verb after a comma, which the tagger took for a plural noun: "North
// Korea's Kim vows to expand nuclear arsenal, rejects talks with
// Seoul". In a line with no closing punctuation whose first verb is in
// the present, a word in -s right after a comma that WordNet knows as a
// verb, before a noun phrase or an infinitive, is that verb's conjunct.
// So is one after a comma and a name, its subject: "EU foreign ministers
// agree new sanctions on Russia, Hungary drops veto".
func (p *Pipeline) repairSecondHeadlineVerbs(forms, upos, xpos []string) {
	n := len(forms)
	first := slices.IndexFunc(xpos, func(x string) bool { return x == "VBZ" || x == "VBP" })
	if n < 6 || xpos[n-1] == "." || first < 0 {
		return
	}
	for i := first + 2; i+1 < n; i++ {
		named := i >= 2 && xpos[i-1] == "NNP" && forms[i-2] == "," && startsUpper(forms[i-1])
		if xpos[i] != "NNS" || forms[i-1] != "," && !named || startsUpper(forms[i]) || p.Lemmas.Classes(forms[i])&lemma.Verb == 0 {
			continue
		}
		if x := xpos[i+1]; x == "DT" || x == "JJ" || x == "PRP$" || x == "CD" || strings.HasPrefix(x, "NN") ||
			x == "JJR" || x == "RBR" || // "Germany's Merz visits Kyiv, pledges more military aid"
			x == "TO" && i+2 < n && xpos[i+2] == "VB" { // "Argentina's Milei meets Netanyahu, pledges to move embassy"
			upos[i], xpos[i] = "VERB", "VBZ"
		} else if (x == "VBP" || x == "VB") && p.Lemmas.Classes(strings.ToLower(forms[i+1]))&lemma.Noun != 0 && i+2 < n && (xpos[i+2] == "``" || strings.HasPrefix(xpos[i+2], "NN") || xpos[i+2] == "JJ") {
			// "Iran's supreme leader rejects talks with US, calls offer
			// "deception"": the verb's object, a noun, with what it is
			// called after it.
			upos[i], xpos[i] = "VERB", "VBZ"
			upos[i+1], xpos[i+1] = "NOUN", "NN"
		}
	}
}

// repairHeadlineClauseVerbs tags as the present tense the last word of a
// headline's clause that "as", "while", "when" or "after" opens, which
// the tagger took for a plural noun: "Hamas hands over remains of
// hostages as Gaza truce holds", with "holds" a noun compounded on
// "truce", so that the truce was Hamas's. In a line with no closing
// punctuation whose first verb is in the present, a word in -s that
// WordNet knows as a verb, ending the line after the subordinator and a
// noun phrase in the singular, is the clause's verb. So is one before
// "for", or "calls" before "on": "RSF shells El Fasher as UN envoy calls
// for humanitarian truce".
func (p *Pipeline) repairHeadlineClauseVerbs(forms, upos, xpos []string) {
	n := len(forms)
	if n < 5 || clauseEnd(xpos[n-1]) || slices.Index(xpos, "VBZ") < 0 && slices.Index(xpos, "VBP") < 0 {
		return
	}
	v := n - 1
	for j := 3; j+1 < n && v == n-1; j++ {
		if f := strings.ToLower(forms[j+1]); xpos[j] == "NNS" && (f == "for" || f == "on" && strings.EqualFold(forms[j], "calls")) {
			v = j
		}
	}
	if xpos[v] != "NNS" || startsUpper(forms[v]) || p.Lemmas.Classes(forms[v])&lemma.Verb == 0 {
		return
	}
	// The subject may have a prepositional phrase and a possessor: "as
	// anger over activist's death spreads".
	k := v - 1
	for k > 0 && (xpos[k] == "NN" || xpos[k] == "NNP" || xpos[k] == "JJ" || xpos[k] == "DT" || xpos[k] == "POS" || xpos[k] == "PRP$" ||
		xpos[k] == "IN" && !headlineSubordinators[strings.ToLower(forms[k])]) {
		k--
	}
	if k >= v-1 || !headlineSubordinators[strings.ToLower(forms[k])] || xpos[v-1] != "NN" && xpos[v-1] != "NNP" ||
		slices.Index(xpos, "VBZ") < 0 && strings.EqualFold(forms[k], "after") || // "trade blame after border clashes": a plural-verb line's "after" takes nouns
		pluralAttacks[strings.ToLower(forms[v])] && attackInstruments[strings.ToLower(forms[v-1])] { // "after boat strikes"
		return
	}
	upos[v], xpos[v] = "VERB", "VBZ"
	upos[k] = "SCONJ"
}

// headlineSubordinators open a headline's second clause.
var headlineSubordinators = setOf("as while when after")

// repairAiredStatements tags as the participle it is a verb of airing
// whose past and base forms are one, after the statement aired and
// before where or by whom: "A statement read on state television said
// …", with "read" a noun and the statement's compound, so that the
// speaker was "read". The noun use ("a good read", "a live broadcast")
// comes after an article or adjective, not the statement.
func repairAiredStatements(forms, upos, xpos []string) {
	for i := 1; i+1 < len(forms); i++ {
		if xpos[i] != "NN" || !airedForms[strings.ToLower(forms[i])] || !airedStatements[strings.ToLower(forms[i-1])] {
			continue
		}
		next := i + 1
		if strings.EqualFold(forms[next], "out") && next+1 < len(forms) {
			next++ // "read out on state radio"
		}
		if xpos[next] == "IN" && airedPrepositions[strings.ToLower(forms[next])] {
			upos[i], xpos[i] = "VERB", "VBN"
			if next > i+1 {
				upos[i+1], xpos[i+1] = "ADP", "RP"
			}
		}
	}
}

var (
	airedForms        = setOf("read broadcast telecast")
	airedPrepositions = setOf("on by at over in during")
	// airedStatements are what is read or broadcast with a speaker's
	// words, not an event aired ("a town hall event broadcast by CNN",
	// where the parse the tag gives is the worse).
	airedStatements = setOf("statement statements message messages speech address letter communique announcement decree declaration")
)

// repairVerbsAfterParentheticals undoes a tagging of the verb after a
// participle set off by commas as an adjective or a participle: "Niger
// and Burkina Faso, also run by military governments, voiced support
// for Mali", with "voiced" an adjective and "run" the sentence's verb.
// A sentence with no finite verb has one: the word in -ed, which can
// be a verb, right after the comma that closes the participle's phrase.
func (p *Pipeline) repairVerbsAfterParentheticals(forms, upos, xpos []string) {
	if slices.ContainsFunc(xpos, func(x string) bool { return finite(x) || x == "MD" }) {
		return // most sentences
	}
	open := -1 // the participle after the opening comma
	for i := 1; i+1 < len(forms); i++ {
		switch {
		case forms[i] == "," && open < 0:
			k := i + 1
			for k < len(forms) && strings.HasPrefix(xpos[k], "RB") {
				k++ // ", also run by"
			}
			if k < len(forms) && xpos[k] == "VBN" && strings.HasPrefix(xpos[i-1], "NN") {
				open = k
			}
		case forms[i] == "," && open >= 0:
			w := i + 1
			if (xpos[w] == "JJ" || xpos[w] == "VBN") && strings.HasSuffix(strings.ToLower(forms[w]), "ed") && p.Lemmas.Classes(forms[w])&lemma.Verb != 0 {
				upos[w], xpos[w] = "VERB", "VBD"
			}
			return
		}
	}
}

// repairVerbsAfterAppositiveNames undoes a tagging as a participle of the
// verb after a name set off by commas: "Ukraine's commander of drone
// forces, Robert Brovdi, posted on Facebook that the pipeline was a
// legitimate target", with "posted" a participle and the commander the
// sentence's root. With no tensed verb before it, a word in -ed right
// after the name's closing comma is the sentence's verb, unless a comma
// comes before the next tensed verb ("The man, John Smith, arrested in
// 2010, was …").
func (p *Pipeline) repairVerbsAfterAppositiveNames(forms, upos, xpos []string) {
	tensed := func(x string) bool { return finite(x) || x == "MD" }
	first := slices.IndexFunc(xpos, tensed) // the sentence's first tensed verb: the -ed word must come before it
	for i := 1; i+3 < len(forms) && (first < 0 || i < first); i++ {
		if forms[i] != "," || !strings.HasPrefix(xpos[i-1], "NN") || xpos[i+1] != "NNP" {
			continue
		}
		k := i + 1
		for k < len(forms) && xpos[k] == "NNP" {
			k++
		}
		w := k + 1
		if k+1 >= len(forms) || forms[k] != "," || first >= 0 && first < w || xpos[w] != "VBN" && xpos[w] != "JJ" ||
			!strings.HasSuffix(strings.ToLower(forms[w]), "ed") || p.Lemmas.Classes(forms[w])&lemma.Verb == 0 {
			continue
		}
		for j := w + 1; j < len(forms) && !tensed(xpos[j]); j++ {
			if forms[j] == "," {
				return
			}
		}
		upos[w], xpos[w] = "VERB", "VBD"
		return
	}
}

// repairNoVerbForms undoes a tagging of a plural noun as a verb whose
// form no verb has: "State Department aides", tagged VBZ with the lemma
// "aid", whose third person is "aids". A verb adds "es" only after s, x,
// z, ch, sh or o ("passes", "goes"). Nor is a word WordNet knows as no
// verb an infinitive after "to" when a preposition follows it.
func (p *Pipeline) repairNoVerbForms(forms, upos, xpos []string) {
	for i, f := range forms {
		if xpos[i] == "VB" && i > 0 && forms[i-1] == "to" && (i+1 == len(forms) || xpos[i+1] == "IN" || xpos[i+1] == ".") && !strings.HasSuffix(f, "-") &&
			p.Lemmas.Classes(f)&lemma.Verb == 0 {
			// "Thailand and Cambodia agree to ceasefire after five days
			// of border clashes": no verb's infinitive, but the noun
			// "to" governs.
			upos[i-1], xpos[i-1] = "ADP", "IN"
			upos[i], xpos[i] = "NOUN", "NN"
			continue
		}
		if xpos[i] != "VBZ" || !strings.HasSuffix(f, "es") {
			continue
		}
		stem := strings.ToLower(f[:len(f)-2])
		if p.Lemmas.Lemma(f, "VERB", "VBZ") != stem || sibilantEnd(stem) || p.Lemmas.Classes(f)&lemma.Noun == 0 {
			continue
		}
		upos[i], xpos[i] = "NOUN", "NNS"
	}
}

// repairNoNounForms undoes a tagging as a noun of a past tense that
// WordNet knows as nothing else, or as a rare noun between a name and a
// noun phrase: "Nikol Pashinyan shook hands with Trump", with "shook" a
// compound of "hands". ("-ing" forms tagged
// nouns are mostly nouns: "a consulting arrangement".)
func (p *Pipeline) repairNoNounForms(forms, upos, xpos []string) {
	for i, f := range forms {
		if xpos[i] != "NN" || startsUpper(f) || strings.HasSuffix(f, "ing") {
			continue
		}
		tag := "VBD"
		if strings.HasSuffix(f, "en") {
			tag = "VBN"
		}
		// The lemma first: most nouns are no verb's inflection, and it
		// is one lookup where the classes are four.
		switch p.Lemmas.Lemma(f, "VERB", tag) {
		case strings.ToLower(f), "be", "have", "do":
			continue // a base form ("sit"), or an auxiliary ("are" is no past)
		}
		// A rare noun too ("shook", staves for a barrel) when a name
		// before it is its subject and a noun phrase after it its object.
		classes := p.Lemmas.Classes(f)
		if classes != lemma.Verb && (classes != lemma.Verb|lemma.Noun || i == 0 || i+1 == len(forms) ||
			xpos[i-1] != "NNP" || xpos[i+1] != "NNS" && xpos[i+1] != "DT" && xpos[i+1] != "PRP$") {
			continue
		}
		upos[i], xpos[i] = "VERB", tag
	}
}

// repairPastsBeforeCoordinatedPasts tags as the past tense the
// participle the tagger makes of a verb after a subject's apposition
// when a past tense is coordinated with it: "The Popular Mobilisation
// Forces, an umbrella group of mostly Shi'ite militias, blamed Israel and
// vowed revenge", with "blamed" a participle on "group" and the sentence
// left with a noun for its root. After a comma, with no finite verb
// before it, a participle before its object whose clause goes on with
// "and" and a past tense is one too.
func repairPastsBeforeCoordinatedPasts(forms, upos, xpos []string) {
	for i := 2; i+3 < len(forms); i++ {
		if xpos[i] != "VBN" || forms[i-1] != "," || !(xpos[i+1] == "NNP" || xpos[i+1] == "DT" || xpos[i+1] == "PRP" || xpos[i+1] == "PRP$") ||
			slices.ContainsFunc(xpos[:i], func(x string) bool { return finiteTags[x] }) {
			continue
		}
		for k := i + 2; k+1 < len(forms) && k < i+8 && xpos[k] != "," && !strings.HasPrefix(xpos[k], "VB"); k++ {
			if strings.EqualFold(forms[k], "and") && xpos[k+1] == "VBD" {
				upos[i], xpos[i] = "VERB", "VBD"
				break
			}
		}
	}
	// "Chinese coast guard vessels blocked and rammed Philippine boats.":
	// in a sentence with no finite verb that ends in a full stop (not a
	// headline's "killed and wounded in Gaza"), two participles joined by
	// "and" after a noun and before their object are past tenses.
	if len(forms) < 5 || forms[len(forms)-1] != "." || slices.ContainsFunc(xpos, func(x string) bool { return finiteTags[x] }) {
		return
	}
	for i := 1; i+3 < len(forms); i++ {
		if xpos[i] == "VBN" && strings.HasPrefix(xpos[i-1], "NN") && strings.EqualFold(forms[i+1], "and") && xpos[i+2] == "VBN" &&
			(opensObject(xpos[i+3]) || xpos[i+3] == "CD") {
			upos[i], xpos[i] = "VERB", "VBD"
			upos[i+2], xpos[i+2] = "VERB", "VBD"
			return
		}
	}
}

// finiteTags are the tags of a finite verb or a modal.
var finiteTags = setOf("VBD VBZ VBP MD")

// repairPastsAfterAlso tags as the past tense the participle the tagger
// makes of a verb right after "also" and a subject: "The United States
// and China also called for calm", with "called" a participle and the
// two countries its passive subjects ("also called" names things in
// EWT: "the city, also called …"). EWT train has no participle right
// after a noun or pronoun and "also"; one before "by" or "as" is still
// a reduced relative ("a drug also known as …").
func repairPastsAfterAlso(forms, upos, xpos []string) {
	for i := 2; i < len(forms); i++ {
		if xpos[i] != "VBN" || !strings.EqualFold(forms[i-1], "also") {
			continue
		}
		switch xpos[i-2] {
		case "NN", "NNS", "NNP", "NNPS", "PRP":
		default:
			continue
		}
		if i+1 < len(forms) && (strings.EqualFold(forms[i+1], "by") || strings.EqualFold(forms[i+1], "as")) {
			continue
		}
		xpos[i] = "VBD"
	}
}

// repairClosingReportPasts tags as the past tense the verb of a report
// that closes a sentence after a comma and its subject: "Myanmar released
// 3,000 prisoners on Tuesday, state media reported.", with "reported" a
// participle the parse made a complement of "released" (and "released"
// the report). A participle that ends its sentence, after a comma and a
// noun phrase, has no auxiliary to be one. (Before another comma it is
// left: "…, Syrian state media reported, hours after …" parses right as
// it is tagged.)
func repairClosingReportPasts(forms, upos, xpos []string) {
	i := len(forms) - 1 // the last word, or the one before the full stop
	if i >= 0 && forms[i] == "." {
		i--
	}
	if i < 2 || xpos[i] != "VBN" || !closingReportForms[strings.ToLower(forms[i])] {
		return
	}
	k := i - 1
	for k > 0 && nominalTag(xpos[k]) && xpos[k] != "POS" {
		k--
	}
	if k < i-1 && forms[k] == "," {
		xpos[i] = "VBD"
	}
}

// closingReportForms are the past tenses of verbs of reporting that the
// tagger may take for participles.
var closingReportForms = setOf("reported announced stated added confirmed claimed noted alleged tweeted posted")

// repairRelativePasts tags as the past tense the participle of a relative
// clause whose subject stands between it and its pronoun, or is the
// pronoun, with no auxiliary: "the agreement, which the two leaders
// signed in Kuala Lumpur last month", with "signed" a participle on the
// leaders and the clause left without a verb. A participle after such a
// subject would need "have" or "be" before it.
func repairRelativePasts(forms, upos, xpos []string) {
	for i := 3; i < len(forms); i++ {
		if xpos[i] != "VBN" {
			continue
		}
		// "Israel, which struck Iranian nuclear sites": a subject
		// pronoun right before the participle leaves it no auxiliary.
		if f := strings.ToLower(forms[i-1]); (f == "which" || f == "who") && xpos[i-2] == "," {
			upos[i], xpos[i] = "VERB", "VBD"
			continue
		}
		j := i - 1
		for j > 0 && (strings.HasPrefix(xpos[j], "NN") || xpos[j] == "DT" || xpos[j] == "CD" || xpos[j] == "JJ" || xpos[j] == "PRP$" || xpos[j] == "POS") {
			j--
		}
		if j == i-1 || !strings.HasPrefix(xpos[j+1], "NN") && xpos[j+1] != "DT" && xpos[j+1] != "CD" && xpos[j+1] != "PRP$" ||
			!strings.HasPrefix(xpos[i-1], "NN") || i+1 < len(forms) && strings.EqualFold(forms[i+1], "by") {
			continue
		}
		// "…, when the two countries signed a peace deal": so after a
		// conjunction that opens a clause and never a phrase.
		if opener := strings.ToLower(forms[j]); !(relativeObjects[opener] && (xpos[j-1] == "," || strings.HasPrefix(xpos[j-1], "NN"))) && !clauseOnlyOpeners[opener] {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBD"
	}
}

// clauseOnlyOpeners open a clause, never a noun phrase alone.
var clauseOnlyOpeners = setOf("when where whereas because although though")

// repairInfinitivesAfterIntents tags as an infinitive a word after "to"
// that a verb of intent governs, which the tagger took for an adjective
// or noun: "The African Union offered to mediate", with "mediate" an
// adjective. WordNet must know the word as a verb.
func (p *Pipeline) repairInfinitivesAfterIntents(forms, upos, xpos []string) {
	for i := 2; i < len(forms); i++ {
		if xpos[i] != "JJ" && xpos[i] != "NN" || !strings.EqualFold(forms[i-1], "to") || !strings.HasPrefix(xpos[i-2], "VB") ||
			!intentVerbs[p.Lemmas.Lemma(forms[i-2], "VERB", xpos[i-2])] || i+1 < len(forms) && strings.HasPrefix(xpos[i+1], "NN") ||
			p.Lemmas.Lemma(forms[i], "VERB", "VB") != strings.ToLower(forms[i]) || p.Lemmas.Classes(forms[i])&lemma.Verb == 0 {
			continue
		}
		upos[i-1], xpos[i-1] = "PART", "TO"
		upos[i], xpos[i] = "VERB", "VB"
	}
}

// repairPronounPastTenses tags as a past tense the verb form a subject
// pronoun opens a clause with, which the tagger took for a noun: "Pakistan
// says it shot down Indian jets", with "shot" a compound of "jets". A
// noun does not follow "he", "she", "we" or "they", nor "it" after a verb
// of saying.
func (p *Pipeline) repairPronounPastTenses(forms, upos, xpos []string) {
	for i := 1; i+1 < len(forms); i++ {
		if xpos[i] != "NN" || xpos[i-1] != "PRP" || startsUpper(forms[i]) {
			continue
		}
		switch strings.ToLower(forms[i-1]) {
		case "he", "she", "we", "they":
		case "it":
			if i < 2 || !reportVerbs[p.Lemmas.Lemma(forms[i-2], "VERB", xpos[i-2])] {
				continue
			}
		default:
			continue
		}
		if lem := p.Lemmas.Lemma(forms[i], "VERB", "VBD"); lem == strings.ToLower(forms[i]) || p.Lemmas.Classes(lem)&lemma.Verb == 0 {
			continue // no past tense ("they cash", "he chair")
		}
		upos[i], xpos[i] = "VERB", "VBD"
	}
}

// repairFalseGerunds tags as a noun a word in "-ing" tagged a gerund that
// is no verb's at the end of a subject, before its verb: "The army's
// media wing said", with "wing" a participle.
func (p *Pipeline) repairFalseGerunds(forms, upos, xpos []string) {
	for i, f := range forms {
		if i > 0 && i+1 < len(forms) && xpos[i] == "VBG" && nounPhraseTags[xpos[i-1]] && xpos[i-1] != "HYPH" && (finite(xpos[i+1]) || xpos[i+1] == "MD") &&
			p.Lemmas.Lemma(f, "VERB", "VBG") == strings.ToLower(f) {
			upos[i], xpos[i] = "NOUN", "NN"
		}
	}
}

// repairNamedGerunds tags as a noun a word in "-ing" after a name that
// an article opens, before a preposition, a verb or punctuation: "the
// so-called Cairo understanding with the International Atomic Energy
// Agency had been rendered meaningless", with "understanding" a verb
// and "Cairo" its subject. (EWT train and GUM dev have 14 such nouns,
// "the PRC meeting", "the US voting", and 4 gerunds, which take an
// object or "to": "the Judiciary Committee overseeing the …".)
func (p *Pipeline) repairNamedGerunds(forms, upos, xpos []string) {
	for i := 2; i+1 < len(forms); i++ {
		if xpos[i] != "VBG" || xpos[i-1] != "NNP" || !(xpos[i+1] == "IN" || finite(xpos[i+1]) || xpos[i+1] == "MD" || xpos[i+1] == "," || xpos[i+1] == ".") {
			continue
		}
		j := i - 1
		for j > 0 && (xpos[j] == "NNP" || xpos[j] == "JJ" || xpos[j] == "HYPH" || xpos[j] == "VBN" || xpos[j] == "RB") {
			j--
		}
		if xpos[j] != "DT" || p.Lemmas.Classes(strings.ToLower(forms[i]))&lemma.Noun == 0 {
			continue
		}
		upos[i], xpos[i] = "NOUN", "NN"
	}
}

// repairVerbsAfterSubordinators tags as a present tense the plural noun
// after a subordinator and a name when a noun follows and no verb comes
// after it in the clause: "Venezuela will defend itself as U.S. strikes
// boats", with "strikes" a noun and the US a modifier of it (not "as
// U.S. strikes continue", where the verb follows); and a plural
// subject's singular verb ("as both countries face steep tariffs").
func (p *Pipeline) repairVerbsAfterSubordinators(forms, upos, xpos []string) {
	for i := 2; i+1 < len(forms); i++ {
		if xpos[i] != "NNS" || xpos[i-1] != "NNP" || !strings.HasSuffix(forms[i], "s") {
			continue
		}
		n := i - 1
		for n > 0 && xpos[n-1] == "NNP" {
			n--
		}
		if n > 1 && strings.EqualFold(forms[n-1], "the") {
			n-- // "as the U.S. strikes boats"
		}
		if n < 1 || !subordinatorsOfClauses[strings.ToLower(forms[n-1])] || !(xpos[i+1] == "NNS" || xpos[i+1] == "NN" || xpos[i+1] == "DT" || xpos[i+1] == "PRP$") ||
			finiteBefore(xpos, i+1) || p.Lemmas.Classes(p.Lemmas.Lemma(forms[i], "VERB", "VBZ"))&lemma.Verb == 0 {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBZ"
	}
	// "as both countries face steep U.S. tariffs", with "face" a noun
	// the plural subject is a compound of: after a subordinator, an
	// article or "both" and a plural noun, a singular noun that can be a
	// verb, before an adjective, article or noun and no verb, is the
	// present.
	for i := 3; i+1 < len(forms); i++ {
		if xpos[i] != "NN" || xpos[i-1] != "NNS" || !(xpos[i+1] == "JJ" || xpos[i+1] == "DT" || xpos[i+1] == "PRP$" || strings.HasPrefix(xpos[i+1], "NN")) {
			continue
		}
		n := i - 1
		if d := strings.ToLower(forms[n-1]); xpos[n-1] == "DT" || d == "both" || xpos[n-1] == "PRP$" {
			n--
		}
		if n < 1 || !subordinatorsOfClauses[strings.ToLower(forms[n-1])] || finiteBefore(xpos, i+1) ||
			p.Lemmas.Classes(forms[i])&lemma.Verb == 0 || strings.HasSuffix(forms[i], "ing") {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBP"
	}
	// "after a landmine wounded Thai soldiers", with "wounded" an
	// adjective of "soldiers": after a subordinator, an article and a
	// singular noun, an "-ed" adjective that is a verb's past, before a
	// noun phrase and no verb, is the past tense.
	for i := 3; i+1 < len(forms); i++ {
		if xpos[i] != "JJ" && xpos[i] != "VBN" || !strings.HasSuffix(forms[i], "ed") || xpos[i-1] != "NN" || xpos[i-2] != "DT" ||
			!subordinatorsOfClauses[strings.ToLower(forms[i-3])] || !(xpos[i+1] == "JJ" || xpos[i+1] == "DT" || xpos[i+1] == "CD" || xpos[i+1] == "PRP$" || strings.HasPrefix(xpos[i+1], "NN")) ||
			finiteBefore(xpos, i+1) || p.Lemmas.Classes(p.Lemmas.Lemma(forms[i], "VERB", "VBD"))&lemma.Verb == 0 ||
			calendarWords[strings.ToLower(forms[i+1])] || timeNouns[strings.ToLower(forms[i+1])] { // "As the convention resumed Tuesday"
			continue
		}
		upos[i], xpos[i] = "VERB", "VBD"
	}
}

// subordinatorsOfClauses open a clause of time, reason or contrast.
var subordinatorsOfClauses = setOf("as while when after before since until because although though")

// repairPlaceNames tags as a name a capitalized word inside a sentence
// between lower-case words that the tagger took for a common noun and
// WordNet knows only as a place: "accused Moscow of torturing
// prisoners", with "Moscow", absent from the treebank, a noun like
// "accused the army".
func (p *Pipeline) repairPlaceNames(forms, upos, xpos []string) {
	const location = 1 << 15 // noun.location
	for i := 1; i < len(forms); i++ {
		f := forms[i]
		if xpos[i] != "NN" || !startsUpper(f) || strings.ToUpper(f) == f || xpos[i-1] == "``" || xpos[i-1] == ":" || xpos[i-1] == "." ||
			startsUpper(forms[i-1]) || i+1 < len(forms) && startsUpper(forms[i+1]) {
			continue // a title in capitals ("Great Neighborhood Hangout")
		}
		if p.Lemmas.LexFiles(strings.ToLower(f), false) == location {
			upos[i], xpos[i] = "PROPN", "NNP"
		}
	}
}

// repairNounsInsideNames tags as a name a capitalized common noun inside
// a sentence right before a name: "left the Collective Security Treaty
// Organization, Prime Minister Nikol Pashinyan said", with "Security" a
// noun that ended the phrase and made "Treaty Organization" the
// subject of "said". EWT's training data tags such a word a name 1,640
// times and a noun 30 (mostly titles: "Chairman Levitt"). Only in a run
// of capitalized words a small word opens the sentence's way to ("the",
// "for"): not in one that opens the sentence ("Chinese Vice Premier He
// Lifeng", "House Speaker Paul Ryan"), where the parse reads a first
// word the tagger took for no name as a title's, nor in a headline in
// title case, where a capital tells nothing.
func repairNounsInsideNames(forms, upos, xpos []string) {
	capitals := 0
	for _, f := range forms {
		if startsUpper(f) {
			capitals++
		}
	}
	if 2*capitals > len(forms) {
		return
	}
	for i := len(forms) - 2; i >= 1; i-- { // from the right: "for House Speaker Paul Ryan"
		if xpos[i] != "NN" && xpos[i] != "NNS" || !startsUpper(forms[i]) || !hasLower(forms[i]) ||
			upos[i+1] != "PROPN" || !startsUpper(forms[i+1]) || !hasLower(forms[i+1]) {
			continue
		}
		k := i
		for k > 0 && startsUpper(forms[k-1]) {
			k--
		}
		if k == 0 || !hasLower(forms[k-1]) {
			continue // the sentence's opening run, or one after a quotation mark, colon or parenthesis
		}
		plural := xpos[i] == "NNS"
		upos[i], xpos[i] = "PROPN", "NNP"
		if plural {
			xpos[i] = "NNPS"
		}
	}
}

// repairRulingModifiers tags as an adjective a participle that news
// writes before the body it qualifies, after a determiner or possessor:
// "Niger's ruling military junta said", whose "ruling" the parse made a
// clause with the junta its object and Niger the speaker, and "The ruling
// military junta", with "ruling" the court's kind and the subject.
func repairRulingModifiers(forms, upos, xpos []string) {
	for i := 1; i+1 < len(forms); i++ {
		if upos[i] != "VERB" && upos[i] != "NOUN" || xpos[i-1] != "POS" && xpos[i-1] != "DT" && xpos[i-1] != "PRP$" ||
			xpos[i+1] != "NN" && xpos[i+1] != "NNS" && xpos[i+1] != "JJ" || // the tags first: they ask no lower-casing
			!rulingModifiers[strings.ToLower(forms[i])] || rulingTimes[strings.ToLower(forms[i+1])] {
			continue // "announced its ruling today"
		}
		upos[i], xpos[i] = "ADJ", "JJ"
	}
}

var (
	rulingModifiers = setOf("ruling governing")
	rulingTimes     = setOf("today yesterday tonight tomorrow morning afternoon evening week month year")
)

// repairPluralsAfterTo tags as a plural noun a word in -s after "to"
// that the tagger took for an infinitive: "open to talks with the United
// States", with "talks" a verb. A base form is a verb WordNet knows as
// written ("to discuss", "to press"); a form in -s that is none, whose
// stem is a noun, is that noun's plural, and "to" its preposition.
func (p *Pipeline) repairPluralsAfterTo(forms, upos, xpos []string) {
	for i := 1; i < len(forms); i++ {
		low := strings.ToLower(forms[i])
		if xpos[i] != "VB" || !strings.EqualFold(forms[i-1], "to") || !strings.HasSuffix(low, "s") || strings.HasSuffix(low, "ss") || len(low) < 4 ||
			p.Lemmas.LexFiles(low, true) != 0 || p.Lemmas.LexFiles(strings.TrimSuffix(low, "s"), false) == 0 {
			continue
		}
		upos[i], xpos[i] = "NOUN", "NNS"
		upos[i-1], xpos[i-1] = "ADP", "IN"
	}
}

// repairPressCompounds tags as a noun the "press" of "press freedom",
// "press conference" or "press release" that the tagger took for a verb
// after "to" ("a serious blow to press freedom", with "press" an
// infinitive and "freedom" its object), and the "to" as the preposition.
func repairPressCompounds(forms, upos, xpos []string) {
	for i := 1; i+1 < len(forms); i++ {
		if !strings.EqualFold(forms[i], "press") || !strings.HasPrefix(xpos[i], "VB") || !pressNouns[strings.ToLower(forms[i+1])] {
			continue
		}
		upos[i], xpos[i] = "NOUN", "NN"
		if strings.EqualFold(forms[i-1], "to") && xpos[i-1] == "TO" {
			upos[i-1], xpos[i-1] = "ADP", "IN"
		}
	}
}

// repairLowerCaseNames tags as a common noun a lower-case word the tagger
// took for the last word of a name before a verb: "Mali junta expels
// French ambassador", with "junta" a name's word, so that Mali expelled
// the ambassador and the junta was part of its name. A name's lower-case
// particles ("von der Leyen", "al-Burhan") come before its last word, not
// before a verb.
func (p *Pipeline) repairLowerCaseNames(forms, upos, xpos []string) {
	for i := 1; i+1 < len(forms); i++ {
		f := forms[i]
		if xpos[i] != "NNP" || xpos[i-1] != "NNP" || strings.ToLower(f) != f || !unicode.IsLetter(rune(f[0])) ||
			xpos[i+1] != "VBZ" && xpos[i+1] != "VBD" && xpos[i+1] != "VBP" && xpos[i+1] != "MD" || p.Lemmas.Classes(f)&lemma.Noun == 0 {
			continue
		}
		upos[i], xpos[i] = "NOUN", "NN"
	}
}

// repairClosingSays tags as a verb "say" or "says" that closes a line
// after a noun, which the tagger took for an interjection after "media":
// "Iran seizes foreign tanker in Gulf, state media say"; or for a plural
// noun after "military", itself taken for an adjective: "Israeli strike
// kills Hezbollah commander in Beirut, military says", "Iran threatens
// to close Strait of Hormuz if attacked, official says".
func repairClosingSays(forms, upos, xpos []string) {
	n := len(forms)
	if n > 0 && upos[n-1] == "PUNCT" {
		n--
	}
	i := n - 1
	if i < 2 || upos[i] == "VERB" || forms[i] != "say" && forms[i] != "says" || !slices.Contains(forms[:i-1], ",") {
		return
	}
	if xpos[i-1] == "JJ" && (bodyAdjectives[strings.ToLower(forms[i-1])] || strings.EqualFold(forms[i-1], "official")) {
		upos[i-1], xpos[i-1] = "NOUN", "NN" // "…, military says": the body, as repairAdjectiveSubjects tags it before a verb
	}
	if !strings.HasPrefix(xpos[i-1], "NN") {
		return
	}
	upos[i], xpos[i] = "VERB", "VBP"
	if forms[i] == "says" {
		xpos[i] = "VBZ"
	}
}

// repairOpeningParticiples tags as a participle the first word in -ed
// of a headline whose noun phrase ends in a second word in -ed, which
// the tagger took for the past tense that governs the rest: "Planned
// Putin-Trump summit in Budapest shelved, White House says", with the
// summit what was planned. The first describes the noun; the second is
// the headline's passive.
func repairOpeningParticiples(forms, upos, xpos []string) {
	if len(forms) < 4 || xpos[0] != "VBD" || !strings.HasSuffix(forms[0], "ed") || !startsUpper(forms[0]) || forms[len(forms)-1] == "." {
		return // not "Retired neurosurgeon Ben Carson proposed the creation of …."
	}
	for k := 1; k < len(forms); k++ {
		switch {
		case strings.HasPrefix(xpos[k], "NN") || xpos[k] == "HYPH" || xpos[k] == "JJ" || xpos[k] == "IN" || xpos[k] == "DT" || xpos[k] == "CD":
			continue
		case (xpos[k] == "VBD" || xpos[k] == "VBN") && strings.HasSuffix(forms[k], "ed") && k > 1 && strings.HasPrefix(xpos[k-1], "NN") &&
			(k+1 == len(forms) || forms[k+1] == "," || xpos[k+1] == "IN"):
			upos[0], xpos[0] = "VERB", "VBN"
			upos[k], xpos[k] = "VERB", "VBN"
		}
		return
	}
}

// repairPluralPossessives tags as the possessive marker the apostrophe
// after a plural in -s and before a noun phrase, which the tagger took
// for a closing quotation mark: "the two countries' militaries said",
// whose parse then had no subject for "said". EWT train tags it so all
// 23 times.
func repairPluralPossessives(forms, upos, xpos []string) {
	for i := 1; i+1 < len(forms); i++ {
		if forms[i] != "'" && forms[i] != "’" || xpos[i] == "POS" || xpos[i-1] != "NNS" && xpos[i-1] != "NNPS" || !strings.HasSuffix(forms[i-1], "s") {
			continue
		}
		switch xpos[i+1] {
		case "NN", "NNS", "NNP", "NNPS", "JJ", "CD":
			upos[i], xpos[i] = "PART", "POS"
		}
	}
}

// repairAsClauses tags as a conjunction the "as" that opens a clause of
// a plural subject and a verb in the past in -ed, which the tagger took
// for a preposition and a participle: "hurling fireworks and stones as
// officers responded with water cannon", with "officers" what "as"
// governs and "responded" a participle on it. Not after a word "as"
// follows as a preposition ("such as", "known as") or after "as … as"
// ("as many as 300,000 people killed"), nor before "by" ("as officers
// trained by …").
func repairAsClauses(forms, upos, xpos []string) {
	for i := 1; i+2 < len(forms); i++ {
		if !strings.EqualFold(forms[i], "as") || upos[i] != "ADP" || asPrepositionHeads[strings.ToLower(forms[i-1])] || i > 1 && strings.EqualFold(forms[i-2], "as") {
			continue
		}
		k := i + 1
		for k < len(forms) && k < i+5 && (xpos[k] == "DT" || xpos[k] == "JJ" || xpos[k] == "PRP$" || xpos[k] == "CD" || xpos[k] == "NN" || xpos[k] == "NNP") {
			k++
		}
		v := k + 1
		if v >= len(forms) || xpos[k] != "NNS" && xpos[k] != "NNPS" || xpos[v] != "VBN" && xpos[v] != "VBD" || !strings.HasSuffix(forms[v], "ed") ||
			v+1 < len(forms) && strings.EqualFold(forms[v+1], "by") {
			continue
		}
		upos[i] = "SCONJ"
		upos[v], xpos[v] = "VERB", "VBD"
	}
}

// asPrepositionHeads are the words "as" follows as a preposition.
var asPrepositionHeads = setOf("such as same known regarded described seen served serve serves serving act acts acted acting work works worked working")

// repairBareVerbConjuncts tags as a bare verb the word after "and" that
// a verb's infinitive goes on with: "threatened to impose tariffs on
// Colombian goods and cut aid to the country", with "cut" an adjective
// of "aid". A participle spelt as its verb's base form ("cut", "set",
// "put"), before a noun phrase, whose nearest verb before "and" is an
// infinitive or follows a modal, is a second infinitive. (Other
// adjectives there modify the noun: "and steep prices".)
func repairBareVerbConjuncts(forms, upos, xpos []string) {
	for i := 2; i+1 < len(forms); i++ {
		if forms[i-1] != "and" || xpos[i] != "JJ" && xpos[i] != "VBN" ||
			xpos[i+1] != "DT" && xpos[i+1] != "NN" && xpos[i+1] != "NNS" && xpos[i+1] != "PRP$" ||
			!baseParticiples[strings.ToLower(forms[i])] {
			continue
		}
		k := i - 2
		for k > 0 && !strings.HasPrefix(xpos[k], "VB") && xpos[k] != "MD" && xpos[k] != "CC" && forms[k] != "," {
			k--
		}
		if k > 0 && xpos[k] == "VB" && (xpos[k-1] == "TO" || xpos[k-1] == "MD") {
			upos[i], xpos[i] = "VERB", "VB"
		}
	}
}

// baseParticiples are the verbs whose participle is spelt as their base.
var baseParticiples = setOf("cut put set hit shut let cost spread quit bid burst cast hurt split upset broadcast forecast")

// repairClosingRemarks tags as a plural noun the word of speech that
// closes a line after "after", "over" or "amid" and a name: "Colombia
// recalls ambassador to Washington after Trump remarks", with "remarks"
// a verb, "Trump" its subject. Said with no object and nothing after,
// they are what the name said.
func repairClosingRemarks(forms, upos, xpos []string) {
	n := len(forms)
	if n > 0 && upos[n-1] == "PUNCT" {
		n--
	}
	i := n - 1
	if i < 3 || xpos[i] != "VBZ" || !closingRemarks[strings.ToLower(forms[i])] {
		return
	}
	k := i - 1
	for k > 0 && xpos[k] == "NNP" {
		k--
	}
	if k == i-1 || !strings.EqualFold(forms[k], "after") && !strings.EqualFold(forms[k], "over") && !strings.EqualFold(forms[k], "amid") {
		return
	}
	upos[i], xpos[i] = "NOUN", "NNS"
	if upos[k] == "SCONJ" {
		upos[k], xpos[k] = "ADP", "IN"
	}
}

// closingRemarks are the plural nouns of speech a headline may close on.
var closingRemarks = setOf("remarks comments claims threats statements warnings tweets posts")

// repairPrepositionsTakenForAdverbs tags as a preposition "after" or
// "before" that the tagger took for an adverb before a noun phrase:
// "agreed to slash tariffs for 90 days after two days of talks in
// Geneva", with "after" an adverb, so that the parse left "days"
// hanging and made it what Bessent told reporters. An adverb "after"
// follows its time ("two days after"); before a number, an article or a
// possessive and a noun it opens the phrase. So does a preposition of
// place before an adjective or participle and a noun, as in a headline
// that drops the article: "troops exchange fire along disputed border",
// with "along" an adverb and "disputed" the verb "fire" was subject of
// (EWT train has none of these words an adverb there).
func repairPrepositionsTakenForAdverbs(forms, upos, xpos []string) {
	for i := 0; i+2 < len(forms); i++ {
		f := strings.ToLower(forms[i])
		if f == "outside" && xpos[i] == "JJ" && i > 0 && strings.HasPrefix(xpos[i-1], "NN") && (opensObject(xpos[i+1]) || xpos[i+1] == "CD") {
			// "clashed with riot police outside parliament", with
			// "outside" an adjective of "parliament": after a noun and
			// before a noun phrase, EWT train has it a preposition all six
			// times.
			upos[i], xpos[i] = "ADP", "IN"
			continue
		}
		if xpos[i] != "RB" {
			continue
		}
		if routePrepositions[f] && (xpos[i+1] == "VBN" || xpos[i+1] == "JJ") && strings.HasPrefix(xpos[i+2], "NN") {
			upos[i], xpos[i] = "ADP", "IN"
			continue
		}
		// "had fought alongside Ethiopian troops": EWT train has no
		// "alongside", which after a verb and before a noun phrase is its
		// preposition (after a place the parser reads the adverb well:
		// "speaking in Kyiv alongside Finnish President Alexander Stubb").
		if f == "alongside" && i > 0 && strings.HasPrefix(xpos[i-1], "VB") && (opensObject(xpos[i+1]) || xpos[i+1] == "CD") {
			upos[i], xpos[i] = "ADP", "IN"
			continue
		}
		if f != "after" && f != "before" ||
			xpos[i+1] != "CD" && xpos[i+1] != "DT" && xpos[i+1] != "PRP$" || !strings.HasPrefix(xpos[i+2], "NN") && !(xpos[i+2] == "JJ" && i+3 < len(forms) && strings.HasPrefix(xpos[i+3], "NN")) {
			continue
		}
		upos[i], xpos[i] = "ADP", "IN"
	}
}

// routePrepositions say where along or about a place.
var routePrepositions = setOf("along across near inside outside around through")

// pressNouns are what "press" is the compound of as the news media.
var pressNouns = setOf("freedom freedoms conference conferences release releases secretary briefing briefings office corps statement coverage watchdog council")

// repairReportedPresents tags as a present tense the verb of a clause
// reported without "that" whose plural subject the tagger passed by:
// "Israel says the strikes target Hezbollah fighters", with "target" a
// base form and so a clause on "strikes". After a verb of saying and a
// plural noun phrase, with no "to" or modal before it, the base form is
// the present.
func repairReportedPresents(forms, upos, xpos []string) {
	for i := 3; i+1 < len(forms); i++ {
		if xpos[i] != "VB" || xpos[i-1] != "NNS" {
			continue
		}
		j := i - 1
		for j > 0 && (nounPhraseTags[xpos[j-1]] || strings.HasPrefix(xpos[j-1], "NN")) && xpos[j-1] != "NNP" {
			j--
		}
		if j < 1 || !reportedPresentForms[strings.ToLower(forms[j-1])] || !strings.HasPrefix(xpos[j-1], "VB") {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBP"
	}
}

// reportedPresentForms say what is, in a clause with no "that".
var reportedPresentForms = setOf(reportForms + " insists insist insisted argues argue argued")

// repairVerbsOfThatClauses tags as a present tense the plural noun
// that a reported clause with no verb has for its verb: "reaffirmed that
// its mutual defence treaty with Manila covers attacks on Philippine
// vessels", with "covers" a noun and the whole clause a noun phrase
// hung on "that". After a verb and "that", a word in -s right after a
// singular noun, before a noun phrase, with no verb in the clause, is
// the verb when WordNet knows it as one.
func (p *Pipeline) repairVerbsOfThatClauses(forms, upos, xpos []string) {
	for t := 1; t+3 < len(forms); t++ {
		// Or after whom the verb tells: "reminded Beijing that".
		addressee := t >= 2 && strings.HasPrefix(xpos[t-2], "VB") && (xpos[t-1] == "NNP" || xpos[t-1] == "PRP" || xpos[t-1] == "NNS")
		if !strings.EqualFold(forms[t], "that") || xpos[t] != "IN" || !strings.HasPrefix(xpos[t-1], "VB") && !addressee || finiteBefore(xpos, t+1) {
			continue
		}
		for i := t + 2; i+1 < len(forms) && xpos[i] != "," && xpos[i] != "."; i++ {
			if xpos[i] != "NNS" || !strings.HasSuffix(forms[i], "s") || xpos[i-1] != "NN" && xpos[i-1] != "NNP" ||
				!opensObject(xpos[i+1]) ||
				p.Lemmas.Classes(p.Lemmas.Lemma(forms[i], "VERB", "VBZ"))&lemma.Verb == 0 {
				continue
			}
			upos[i], xpos[i] = "VERB", "VBZ"
			break
		}
	}
}

// repairVerbsAfterRelativeReports tags as a verb the word after a
// relative clause's report that the tagger took for a noun: "attacks on
// Russian energy facilities, which it says fuel Moscow's war effort",
// with "fuel" a compound of "effort" and "which" a second subject of
// "says". After "which" or "that", a pronoun or name and a report verb, a
// noun WordNet knows as a verb, before a noun phrase, is the reported
// clause's verb, whose subject the relative pronoun is.
func (p *Pipeline) repairVerbsAfterRelativeReports(forms, upos, xpos []string) {
	for i := 3; i+1 < len(forms); i++ {
		rel := strings.ToLower(forms[i-3])
		if rel != "which" && rel != "that" || xpos[i-2] != "PRP" && xpos[i-2] != "NNP" || !reportedPresentForms[strings.ToLower(forms[i-1])] ||
			xpos[i] != "NN" || !opensObject(xpos[i+1]) ||
			p.Lemmas.Classes(forms[i])&lemma.Verb == 0 {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBP"
	}
}

// opensObject: a word of the tag can open a verb's object noun phrase
// (a noun, an article, a possessive pronoun or an adjective).
func opensObject(tag string) bool {
	return strings.HasPrefix(tag, "NN") || tag == "DT" || tag == "PRP$" || tag == "JJ"
}

// repairPluralSubjects tags as a plural noun the subject of a "that"
// clause that the tagger took for a verb: "told reporters that talks with
// Israel were ongoing", with "talks" a present tense and "that" a
// relative pronoun. A word in -s right after "that", a prepositional
// phrase after it and then a plural or past verb that has no other
// subject, is the plural subject of that verb when WordNet knows it as
// a noun; "that" opens the clause.
func (p *Pipeline) repairPluralSubjects(forms, upos, xpos []string) {
	for i := 1; i+3 < len(forms); i++ {
		if xpos[i] != "VBZ" || upos[i] != "VERB" || !strings.EqualFold(forms[i-1], "that") || xpos[i+1] != "IN" || p.Lemmas.Classes(forms[i])&lemma.Noun == 0 {
			continue
		}
		k := i + 2
		for k < len(forms) && k < i+7 && (nounPhraseTags[xpos[k]] || strings.HasPrefix(xpos[k], "NN")) {
			k++
		}
		if k == i+2 || k >= len(forms) {
			continue
		}
		if l := strings.ToLower(forms[k]); l != "were" && l != "are" && l != "have" && l != "had" && xpos[k] != "VBP" && xpos[k] != "MD" {
			continue
		}
		upos[i], xpos[i] = "NOUN", "NNS"
		upos[i-1], xpos[i-1] = "SCONJ", "IN"
	}
}

// repairStreetNames tags as a name a place in a town that the tagger
// took for a common noun and an adjective: "Tel Aviv's Hostages Square",
// with "Hostages" a plural noun and "Square" an adjective. A capitalized
// square, street or bridge after a capitalized word inside a sentence
// ends a name, and that word is part of it.
func repairStreetNames(words []document.Word, forms, upos, xpos []string) {
	if titleCased(words) {
		return // in a title-case headline every word is capitalized
	}
	for i := 2; i < len(forms); i++ {
		if !streetNouns[forms[i]] || !startsUpper(forms[i-1]) || strings.ToUpper(forms[i-1]) == forms[i-1] || xpos[i-1] == "NNP" && xpos[i] == "NNP" {
			continue
		}
		upos[i], xpos[i] = "PROPN", "NNP"
		if xpos[i-1] != "NNP" && xpos[i-1] != "NNPS" {
			upos[i-1], xpos[i-1] = "PROPN", "NNP"
		}
	}
}

// repairHyphenedParticiples tags as a participle a verb in -ed joined by
// a hyphen to the name before it, which the tagger took for a past
// tense: "Russia, Ukraine swap hundreds of prisoners in UAE-brokered
// deal", with "brokered" the headline's verb. "UAE-brokered",
// "Saudi-led", "Iran-backed", "state-run" modify the noun after them.
func repairHyphenedParticiples(words []document.Word, upos, xpos []string) {
	for i := 2; i+1 < len(words); i++ {
		if words[i-1].Form != "-" || words[i-2].SpaceAfter || words[i-1].SpaceAfter || !strings.HasPrefix(xpos[i+1], "NN") {
			continue
		}
		switch {
		case xpos[i] == "VBD" && (upos[i-2] == "PROPN" || xpos[i-2] == "JJ"):
			xpos[i] = "VBN"
		case strings.EqualFold(words[i].Form, "run") && (xpos[i-2] == "NN" || xpos[i-2] == "NNS"):
			// "state-run Anadolu Agency", a participle like "state-owned"
			// (EWT), taken for the noun.
			upos[i], xpos[i] = "VERB", "VBN"
		}
	}
}

// repairHyphenatedNames tags as names the parts of a place or
// body that WordNet knows by a hyphenated name ("Guinea-Bissau",
// "Austria-Hungary"), which the tagger took for the common nouns
// ("guinea") they also spell, and the parse then read as a verb's object
// and a clause of its own.
func (p *Pipeline) repairHyphenatedNames(words []document.Word, upos, xpos []string) {
	const named = 1<<14 | 1<<15 // noun.group, noun.location; not "African-American", a person and an adjective
	for i := 0; i+2 < len(words); i++ {
		a, h, b := words[i], words[i+1], words[i+2]
		if h.Form != "-" || a.End != h.Start || h.End != b.Start || !startsUpper(a.Form) {
			continue
		}
		if i > 0 && xpos[i-1] == "NNP" && startsUpper(words[i-1].Form) && len(words[i-1].Form) <= 5 &&
			len(a.Form) >= 2 && len(a.Form) <= 5 && givenSyllable.MatchString(strings.ToLower(a.Form)) &&
			(len(b.Form) <= 4 || len(b.Form) == 5 && p.Lemmas.Classes(b.Form) == 0) && givenSyllable.MatchString(b.Form) && !hyphenSuffixes[b.Form] {
			// "Sun Li-fang", "Kim Jong-un", "Lee Jae-myung": the second
			// syllable of an East Asian given name after the surname, not
			// the noun "fang" (nor "based" of "New York-based", five
			// letters and a word).
			upos[i], xpos[i] = "PROPN", "NNP"
			upos[i+1], xpos[i+1] = "PUNCT", "HYPH"
			upos[i+2], xpos[i+2] = "PROPN", "NNP"
			continue
		}
		if !startsUpper(b.Form) || upos[i] == "PROPN" && upos[i+2] == "PROPN" {
			continue
		}
		if p.Lemmas.LexFiles(strings.ToLower(a.Form+"-"+b.Form), false)&named == 0 {
			continue
		}
		upos[i], xpos[i] = "PROPN", "NNP"
		upos[i+1], xpos[i+1] = "PUNCT", "HYPH"
		upos[i+2], xpos[i+2] = "PROPN", "NNP"
	}
}

// repairNameNumbers tags as a name a word tagged a proper noun in XPOS
// and a number in UPOS, which no number is: "Xi and Putin sign energy
// deals", with "Xi" (a Roman numeral in capitals) a number and the root.
// So is a word of capitals and digits tagged a number, a name or code
// that EWT and GUM never tag so: "The M23 rebels", "the E3 powers".
func repairNameNumbers(forms, upos, xpos []string) {
	for i := range upos {
		switch {
		case upos[i] == "NUM" && (xpos[i] == "NNP" || xpos[i] == "NNPS"):
			upos[i] = "PROPN"
		case upos[i] == "NUM" && capitalsAndDigits(forms[i]):
			upos[i], xpos[i] = "PROPN", "NNP"
		}
	}
}

// capitalsAndDigits: the word is capital letters followed by digits
// ("M23", "G7"), not a number or a year.
func capitalsAndDigits(f string) bool {
	letters := strings.IndexFunc(f, func(r rune) bool { return r < 'A' || r > 'Z' })
	return letters > 0 && strings.TrimLeft(f[letters:], "0123456789") == ""
}

// repairClauseEnds undoes a tagging that leaves a subordinate clause
// without a verb: "while Israeli attacks on Iranian territory persist",
// with "persist" tagged a noun. The last word before a clause's closing
// punctuation, with no verb between it and the subordinator that opens
// the clause, that WordNet knows as a verb and not as a noun, is the
// clause's verb.
func (p *Pipeline) repairClauseEnds(forms, upos, xpos []string) {
	open := -1 // the subordinator of the clause being read
	for i, f := range forms {
		switch {
		case xpos[i] == "IN" && clauseOpeners[strings.ToLower(f)]:
			open = i
		case strings.HasPrefix(xpos[i], "VB") || xpos[i] == "MD":
			open = -1
		case open >= 0 && i > open+1 && (xpos[i] == "NN" || xpos[i] == "NNS") && i+1 < len(forms) && clauseEnd(xpos[i+1]):
			if c := p.Lemmas.Classes(f); c&lemma.Verb != 0 && c&lemma.Noun == 0 {
				upos[i] = "VERB"
				if strings.HasSuffix(strings.ToLower(f), "s") {
					xpos[i] = "VBZ"
				} else {
					xpos[i] = "VBP"
				}
			}
			open = -1
		case clauseEnd(xpos[i]):
			open = -1
		}
	}
}

func (p *Pipeline) repairVerbsAfterRelatives(forms, upos, xpos []string) {
	for j := 2; j < len(forms); j++ {
		if forms[j-1] != "," || xpos[j] != "WDT" && xpos[j] != "WP" && xpos[j] != "VBN" || !strings.HasPrefix(xpos[j-2], "NN") {
			continue
		}
		if slices.ContainsFunc(xpos[:j-1], func(x string) bool { return !nounPhraseTags[x] && x != "CC" }) {
			return // not a relative clause on a subject ("Cuba and Norway") that opens the sentence
		}
		verb := xpos[j] == "VBN"
		for i := j + 1; i+1 < len(forms); i++ {
			if forms[i] != "," {
				verb = verb || strings.HasPrefix(xpos[i], "VB")
				continue
			}
			w := forms[i+1]
			if verb && xpos[i+1] == "NNS" && strings.HasSuffix(w, "s") && p.Lemmas.Classes(w)&lemma.Verb != 0 {
				upos[i+1], xpos[i+1] = "VERB", "VBZ"
			}
			// "Cuba and Norway, which have acted as guarantors of the
			// process, expressed concern": a participle with no
			// auxiliary, its object after it, is the subject's past.
			if verb && xpos[i+1] == "VBN" && i+2 < len(forms) && objectOpeners[xpos[i+2]] {
				upos[i+1], xpos[i+1] = "VERB", "VBD"
			}
			return
		}
		return
	}
}

// repairReportedRelativeVerbs undoes a tagging of the verb a relative
// pronoun is the subject of, past a report inside the clause, as a
// participle: "its constitution, which he said contained territorial
// claims", with "contained" a modifier of "claims". The relative
// pronoun needs a verb; a participle with no auxiliary right after the
// report is it, in the past tense.
func repairReportedRelativeVerbs(forms, upos, xpos []string) {
	for r := 0; r+3 < len(forms); r++ {
		if xpos[r] != "WDT" && xpos[r] != "WP" || strings.EqualFold(forms[r], "what") {
			continue
		}
		v := r + 2 // "which he said", "which officials said"
		if v+1 < len(forms) && xpos[r+1] == "DT" {
			v++ // "which the ministry said"
		}
		subj := xpos[v-1]
		if v+1 >= len(forms) || !relativeReportForms[strings.ToLower(forms[v])] ||
			!(subj == "PRP" && subjectPronouns[strings.ToLower(forms[v-1])] || subj == "NN" || subj == "NNS" || subj == "NNP") {
			continue
		}
		if k := v + 1; xpos[k] == "VBN" && strings.HasSuffix(forms[k], "ed") && k+1 < len(forms) && !strings.EqualFold(forms[k+1], "by") {
			upos[k], xpos[k] = "VERB", "VBD"
		}
	}
}

// relativeReportForms report, in the past or present, what a relative
// clause's pronoun did: "which he said contained", "who officials say
// ordered".
var relativeReportForms = setOf(reportForms + " alleged alleges allege")

// reportForms are the forms of "say", "claim" and "believe" (with
// sayingForms, of "say" alone) the tag repairs read before lemmas are
// known.
const reportForms = "said says say claimed claims claim believed believes believe"

// repairPronounParticiples undoes a tagging of the past tense after a
// subject pronoun as a participle: "saying it targeted militant camps",
// with "targeted" a modifier of "camps" (or an adjective: "said it
// opposed "bloc confrontation""). A pronoun takes no participle
// after it, so one with a noun phrase after it is the pronoun's verb,
// unless an auxiliary before the pronoun asks a question ("Has it
// targeted …?").
func repairPronounParticiples(forms, upos, xpos []string) {
	for i := 1; i+1 < len(forms); i++ {
		next := i + 1
		if (forms[next] == "\"" || forms[next] == "“") && next+1 < len(forms) {
			next++ // "said it opposed "bloc confrontation""
		}
		// An adjective in -ed too: "it opposed", tagged as in "opposed
		// to".
		participle := xpos[i] == "VBN" || xpos[i] == "JJ" && strings.HasSuffix(forms[i], "ed")
		if !participle || xpos[i-1] != "PRP" || !subjectPronouns[strings.ToLower(forms[i-1])] ||
			!phraseStart(forms[next], xpos[next]) && xpos[next] != "NN" && xpos[next] != "NNS" && xpos[next] != "JJ" ||
			i >= 2 && (strings.HasPrefix(xpos[i-2], "VB") && auxiliaryForms[strings.ToLower(forms[i-2])] || xpos[i-2] == "MD") {
			continue
		}
		// "it" is also an object ("get it fixed"): a subject where a
		// clause opens or a verb of saying reports it.
		if strings.EqualFold(forms[i-1], "it") && i >= 2 && !clauseOpening(xpos[i-2]) && !sayingForms[strings.ToLower(forms[i-2])] {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBD"
	}
}

// repairParticipleObjects undoes a tagging of a news sentence's past
// tense as a participle: "Russian forces shelled Kharkiv overnight", with
// "shelled" tagged VBN and parsed as a clause modifying "forces" (EWT,
// web text, has few such sentences). A participle that modifies the noun
// before it takes no object, so one that a noun phrase follows is the
// past tense, unless the subject does not open a clause ("Has Russia
// shelled Kharkiv?"), the verb can keep an object in the passive
// ("the man given a medal", "a firm called Harmony"), or what follows is
// a time ("the budget approved this week", "the drones launched Monday").
func (p *Pipeline) repairParticipleObjects(forms, upos, xpos []string) {
	for i := 1; i+1 < len(forms); i++ {
		s := i - 1 // the subject's last word
		if s >= 2 && document.IsCalendarName(strings.ToLower(forms[s])) && strings.EqualFold(forms[s-1], "on") {
			s -= 2 // "The United States on Friday imposed sanctions"
		}
		// After a plural or possessed subject, a bare noun phrase is an
		// object too ("Russian drones struck energy infrastructure",
		// "Tehran's top diplomat rejected direct talks"), and after any
		// subject a day sets off from the verb ("The European Union on
		// Monday imposed sanctions"); after another singular one it is
		// often a compound's ("a state sponsored lab").
		bare := (xpos[s] == "NNS" || xpos[s] == "NNPS" || possessed(xpos, s) || s < i-1 || collectiveNouns[strings.ToLower(forms[s])]) &&
			(xpos[i+1] == "NN" || xpos[i+1] == "NNS" || xpos[i+1] == "JJ" || modifyingParticiple(xpos, i+1)) ||
			// "The EU imposed sanctions on Russia": after a name, a plural
			// in a sentence with no other verb to be its clause's, or in
			// a clause a verb of saying reports ("Vance said Washington
			// expected allies to pull their weight").
			xpos[s] == "NNP" && xpos[i+1] == "NNS" && !startsUpper(forms[i+1]) && (forms[len(forms)-1] == "." &&
				!slices.ContainsFunc(xpos, finite) && !slices.Contains(xpos, "MD") || s > 0 && sayingForms[strings.ToLower(forms[s-1])]) ||
			// "said the strike targeted militants": a singular noun
			// with its article right after a verb of saying opens the
			// clause said.
			xpos[s] == "NN" && s >= 2 && xpos[s-1] == "DT" && sayingForms[strings.ToLower(forms[s-2])] && (xpos[i+1] == "NNS" || xpos[i+1] == "JJ")
		// A verb no one is made to do by another, before its infinitive
		// ("after the two sides failed to agree"), is no participle.
		controls := xpos[i+1] == "TO" && i+2 < len(forms) && xpos[i+2] == "VB" && ownInfinitives[p.Lemmas.Lemma(forms[i], "VERB", "VBN")]
		k := s
		for k > 0 && nominalTag(xpos[k-1]) {
			k--
		}
		// A name right after a quotation speaks it: "“…,” ministry
		// spokesperson Sun Li-fang told reporters".
		quoted := xpos[s] == "NNP" && xpos[i+1] == "NNS" && k > 0 && (xpos[k-1] == "''" || k > 1 && xpos[k-1] == "," && xpos[k-2] == "''")
		if xpos[i] != "VBN" || !subjectTag(xpos[s]) || !phraseStart(forms[i+1], xpos[i+1]) && !bare && !controls && !quoted || timeWord(forms, xpos, i+1) ||
			keepObject[p.Lemmas.Lemma(forms[i], "VERB", "VBN")] && !quoted && !toldName(forms, xpos, i) || strings.EqualFold(forms[i], "been") {
			continue
		}
		if k > 0 && !clauseOpening(xpos[k-1]) && !sayingForms[strings.ToLower(forms[k-1])] {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBD"
	}
}

// modifyingParticiple: the participle at k opens a noun phrase it
// modifies ("struck suspected militant targets").
func modifyingParticiple(xpos []string, k int) bool {
	return xpos[k] == "VBN" && k+1 < len(xpos) && (xpos[k+1] == "JJ" || xpos[k+1] == "NN" || xpos[k+1] == "NNS")
}

// repairPossessedGerunds tags as a noun a gerund a possessive owns
// before the clause's verb: "three sources familiar with the kingdom's
// thinking told Reuters", with "thinking" tagged VBG and "told" then
// parsed as its complement. A possessed -ing word with a finite verb or
// a participle right after it is the noun the possessor has.
func repairPossessedGerunds(xpos, upos []string) {
	for i := 1; i+1 < len(xpos); i++ {
		if xpos[i] != "VBG" || xpos[i-1] != "POS" {
			continue
		}
		switch xpos[i+1] {
		case "VBD", "VBZ", "VBP", "VBN", "MD":
			upos[i], xpos[i] = "NOUN", "NN"
		}
	}
}

// repairSubordinatedGerunds tags as a noun an "-ing" word that opens a
// clause of time or contrast right before its finite verb: "even as
// fighting raged between the army and M23 rebels", with "fighting"
// tagged a gerund and "raged" its complement, so that no one fought. A
// word WordNet knows as a noun, after "as", "while", "after" and their
// like and before a tense or a modal, is the clause's subject ("while
// shelling continued", "after voting ended"). The verb after it,
// which the tagger may read as a participle the gerund governs
// ("raged"), is then the past tense.
func (p *Pipeline) repairSubordinatedGerunds(forms, upos, xpos []string) {
	for i := 1; i+1 < len(forms); i++ {
		if xpos[i] != "VBG" || xpos[i-1] != "IN" || !(finite(xpos[i+1]) || xpos[i+1] == "MD" || xpos[i+1] == "VBN" && strings.HasSuffix(forms[i+1], "ed")) ||
			!subordinatorsOfClauses[strings.ToLower(forms[i-1])] || p.Lemmas.Classes(strings.ToLower(forms[i]))&lemma.Noun == 0 {
			continue
		}
		if l := p.Lemmas.Lemma(forms[i], "VERB", "VBG"); l == "be" || l == "have" || l == "get" {
			continue // "after being detained", "while getting ready"
		}
		upos[i], xpos[i] = "NOUN", "NN"
		if xpos[i+1] == "VBN" {
			xpos[i+1] = "VBD"
		}
	}
}

// repairIntransitivePasts tags as the past tense a participle of a verb
// that takes no object, after a noun in a sentence with no other verb:
// "Heavy fighting erupted between the army and M23 rebels", with
// "erupted" tagged a participle on "fighting" and the sentence a
// fragment. Such a verb has no passive, so its "-ed" form after its
// subject is the clause's tense.
func (p *Pipeline) repairIntransitivePasts(forms, upos, xpos []string) {
	for i := 1; i < len(forms); i++ {
		if xpos[i] != "VBN" || xpos[i-1] != "NN" && xpos[i-1] != "NNS" || !intransitives[p.Lemmas.Lemma(forms[i], "VERB", "VBN")] ||
			slices.ContainsFunc(xpos, func(x string) bool { return finite(x) || x == "MD" }) {
			continue
		}
		xpos[i] = "VBD"
	}
}

// intransitives are verbs without an object, and so without a passive.
var intransitives = setOf("erupt rage flare persist occur happen emerge")

// repairShipNames tags as a name the capitalized word after a navy's
// ship prefix: "The USS Gravely docked in Port of Spain", with "Gravely"
// an adverb and "USS" alone the subject.
func repairShipNames(forms, upos, xpos []string) {
	for i := 1; i < len(forms); i++ {
		if shipPrefixes[forms[i-1]] && xpos[i] != "NNP" && startsUpper(forms[i]) {
			upos[i], xpos[i] = "PROPN", "NNP"
		}
	}
}

// shipPrefixes open the names of navies' ships.
var shipPrefixes = setOf("USS HMS HMCS HMAS HMNZS INS")

// repairCoordinatedPastTenses undoes a tagging of a second past tense as
// a participle: "Leaders suspended Mali and threatened sanctions", with
// "threatened" tagged VBN and parsed as a modifier of "sanctions", so
// that no one threatened. A participle right after "and" or "but", with
// a noun phrase after it and a past tense before it in the same clause
// (no other verb, auxiliary or comma between, but for an infinitive
// complement of the past tense), is that verb's conjunct in the past
// tense; not "new and expanded sanctions", "were arrested and charged".
func repairCoordinatedPastTenses(forms, upos, xpos []string) {
	objectEnd := setOf("NN NNS NNP NNPS CD PRP")
	for i := 2; i+1 < len(forms); i++ {
		if xpos[i] != "VBN" || !strings.EqualFold(forms[i-1], "and") && !strings.EqualFold(forms[i-1], "but") ||
			!phraseStart(forms[i+1], xpos[i+1]) && xpos[i+1] != "NNS" || !objectEnd[xpos[i-2]] {
			continue
		}
		for j := i - 2; j >= 0; j-- {
			if x := xpos[j]; x == "VBD" {
				if j == 0 || xpos[j-1] != "MD" && !auxiliaryForms[strings.ToLower(forms[j-1])] {
					upos[i], xpos[i] = "VERB", "VBD"
				}
				break
			} else if x == "VB" && j > 0 && xpos[j-1] == "TO" {
				j-- // the past tense's infinitive complement: "called on both parties to return to talks and urged …"
			} else if strings.HasPrefix(x, "VB") || x == "MD" || forms[j] == "," || x == "WDT" || x == "WP" || x == "IN" && j == i-2 {
				break
			}
		}
	}
}

// repairSharedPassiveParticiples tags as a participle the second of two
// verbs a passive auxiliary shares: "4,700 soldiers were killed or
// wounded", "were wounded and killed", with the second tagged an
// adjective or a past tense and its subject taken for its agent. EWT
// tags all 19 of its "be", participle, "and"/"or", "-ed" word so.
func repairSharedPassiveParticiples(forms, upos, xpos []string) {
	for i := 3; i < len(forms); i++ {
		if xpos[i] != "VBD" && xpos[i] != "JJ" || !strings.HasSuffix(forms[i], "ed") || startsUpper(forms[i]) ||
			!andOr(forms[i-1]) || xpos[i-2] != "VBN" {
			continue
		}
		a := i - 3
		if a > 0 && strings.HasPrefix(xpos[a], "RB") {
			a-- // "were later arrested and charged"
		}
		if beForms[strings.ToLower(forms[a])] {
			upos[i], xpos[i] = "VERB", "VBN"
		}
	}
}

// repairOrdinalCompounds tags as a noun the word after a numbered
// ordinal and a plural noun that the tagger took for a verb: "EU agrees
// 19th sanctions package against Russia", with "sanctions" the subject
// of "package". What an ordinal opens is a noun phrase.
func repairOrdinalCompounds(forms, upos, xpos []string) {
	for i := 2; i < len(forms); i++ {
		if (xpos[i] == "VBP" || xpos[i] == "VB" || xpos[i] == "VBZ") && xpos[i-1] == "NNS" && numberedOrdinal(forms[i-2]) &&
			(i+1 == len(forms) || !phraseStart(forms[i+1], xpos[i+1])) {
			upos[i], xpos[i] = "NOUN", "NN"
		}
	}
}

// numberedOrdinal: the word is an ordinal written in digits ("19th",
// "2nd").
func numberedOrdinal(w string) bool {
	suffix := strings.TrimLeft(w, "0123456789")
	if len(suffix) == len(w) {
		return false // no digits
	}
	switch strings.ToLower(suffix) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// repairSubordinatedPastConjuncts tags as the past tense a participle
// joined by "and" or "or" to a past tense in a clause a subordinator
// opens with a noun phrase: "after a Chinese coast guard ship rammed and
// fired a water cannon at a Philippine supply boat", with "rammed" a
// participle on the ship and the clause a phrase of "after", so that the
// Philippines fired.
func repairSubordinatedPastConjuncts(forms, upos, xpos []string) {
	for i := 2; i+2 < len(forms); i++ {
		if xpos[i] != "VBN" || !andOr(forms[i+1]) || xpos[i+2] != "VBD" ||
			!strings.HasPrefix(xpos[i-1], "NN") {
			continue
		}
		k := i - 1
		for k > 0 && (strings.HasPrefix(xpos[k], "NN") || xpos[k] == "JJ" || xpos[k] == "DT" || xpos[k] == "POS" || xpos[k] == "PRP$" || xpos[k] == "CD") {
			k--
		}
		if xpos[k] == "IN" && clauseSubordinators[strings.ToLower(forms[k])] {
			upos[i], xpos[i] = "VERB", "VBD"
		}
	}
}

// repairNationalNouns tags as a noun "national" after a capitalized
// adjective when no noun follows it: "arrested two generals and a French
// national last week", with "national" the adjective of "week". Before a
// noun it is the adjective ("a French national team").
func repairNationalNouns(forms, upos, xpos []string) {
	for i := 1; i < len(forms); i++ {
		if xpos[i] != "JJ" || !strings.EqualFold(forms[i], "national") && !strings.EqualFold(forms[i], "nationals") || !startsUpper(forms[i-1]) || xpos[i-1] != "JJ" && xpos[i-1] != "NNP" {
			continue
		}
		if n := i + 1; n < len(forms) && (strings.HasPrefix(xpos[n], "NN") || xpos[n] == "JJ" && !recentTimes[strings.ToLower(forms[n])]) {
			continue
		}
		upos[i], xpos[i] = "NOUN", "NN"
		if strings.EqualFold(forms[i], "nationals") {
			xpos[i] = "NNS"
		}
	}
}

// repairChiefTitles tags as a noun "chief" before a person's name:
// "UN humanitarian chief Tom Fletcher said", with "chief" an adjective of
// the name and the UN a second speaker beside him. Before a name of two
// words, after the adjective of its field, it is the title, not "chief
// executive" ("Pentagon chief Lloyd Austin" the parser reads well).
func repairChiefTitles(forms, upos, xpos []string) {
	for i := 0; i+2 < len(forms); i++ {
		if forms[i] == "chief" && xpos[i] == "JJ" && i > 0 && xpos[i-1] == "JJ" && xpos[i+1] == "NNP" && xpos[i+2] == "NNP" && startsUpper(forms[i+1]) &&
			strings.ToUpper(forms[i+1]) != forms[i+1] {
			upos[i], xpos[i] = "NOUN", "NN"
		}
	}
}

// repairTitleVerbs tags as a present tense and a plural the two words in
// -s after an office that the tagger read the other way round: "Sudan's
// army chief rejects talks with RSF, vows to fight on", with "rejects"
// a noun, "talks" the verb and "Sudan's army chief rejects" the subject.
// An office after a possessive ends its holder's name; the first word
// after it, when WordNet knows it as a verb and the second as a noun, is
// the verb.
//
// So is a word in -s after such an office before a preposition or an
// article, when the sentence has no other verb: "Iraq's prime minister
// calls for end to U.S.-led coalition mission".
func (p *Pipeline) repairTitleVerbs(forms, upos, xpos []string) {
	for i := 2; i+1 < len(forms); i++ {
		if xpos[i] != "NNS" || !headlineOffices[strings.ToLower(forms[i-1])] || !slices.Contains(xpos[:i-1], "POS") ||
			p.Lemmas.Classes(p.Lemmas.Lemma(forms[i], "VERB", "VBZ"))&lemma.Verb == 0 {
			continue
		}
		switch {
		case xpos[i+1] == "VBZ" && p.Lemmas.Classes(p.Lemmas.Lemma(forms[i+1], "NOUN", "NNS"))&lemma.Noun != 0:
			upos[i], xpos[i] = "VERB", "VBZ"
			upos[i+1], xpos[i+1] = "NOUN", "NNS"
		case (xpos[i+1] == "IN" || xpos[i+1] == "DT" || xpos[i+1] == "TO") && !slices.ContainsFunc(xpos, finite):
			upos[i], xpos[i] = "VERB", "VBZ"
		}
	}
	// A headline's second verb after a comma, with no conjunction: "Sri
	// Lanka's president dissolves parliament, calls snap election", with
	// "calls" a plural and "snap" the verb.
	for i := 3; i+2 < len(forms); i++ {
		if xpos[i] == "NNS" && forms[i-1] == "," && finite(xpos[i+1]) && strings.HasPrefix(xpos[i+2], "NN") &&
			slices.Contains(xpos[:i-1], "VBZ") && p.Lemmas.Classes(p.Lemmas.Lemma(forms[i], "VERB", "VBZ"))&lemma.Verb != 0 {
			upos[i], xpos[i] = "VERB", "VBZ"
			upos[i+1], xpos[i+1] = "ADJ", "JJ"
		}
	}
}

// headlineOffices end a holder's description in a headline ("army
// chief", "foreign minister").
var headlineOffices = setOf("chief minister president premier leader envoy spokesman head commander")

// repairTitleFields tags as a name the capitalized field of an office
// between a nationality and the office: "Colombian Defence Minister
// Pedro Sanchez said", "Israeli Finance Minister Bezalel Smotrich",
// with the field a common noun, the subject of the verb and the person
// its appositive. Written after a possessive the field is tagged a name
// ("Russia's Defence Ministry"), as EWT tags the words of titles before
// names.
func repairTitleFields(forms, upos, xpos []string) {
	for i := 1; i+2 < len(forms); i++ {
		if xpos[i] != "NN" || !startsUpper(forms[i]) || strings.ToUpper(forms[i]) == forms[i] || xpos[i-1] != "JJ" || !startsUpper(forms[i-1]) ||
			xpos[i+1] != "NNP" || !fieldOffices[strings.ToLower(forms[i+1])] || xpos[i+2] != "NNP" {
			continue
		}
		upos[i], xpos[i] = "PROPN", "NNP"
	}
}

// fieldOffices are the offices a field before them names ("Defence
// Minister", "Home Secretary").
var fieldOffices = setOf("minister secretary")

// repairLetterPunctuation tags as a name or noun a word of letters the
// tagger took for punctuation, as it takes some of unusual shape
// ("according to the state news agency BelTA"); Universal Dependencies
// tags no word with a letter in it PUNCT (EWT and GUM have none).
func repairLetterPunctuation(forms, upos, xpos []string) {
	for i, f := range forms {
		if upos[i] != "PUNCT" || !strings.ContainsFunc(f, unicode.IsLetter) {
			continue
		}
		if startsUpper(f) {
			upos[i], xpos[i] = "PROPN", "NNP"
		} else {
			upos[i], xpos[i] = "NOUN", "NN"
		}
	}
}

// repairRomanNames undoes a tagging of a name as a Roman numeral: "Xi
// Jinping", "Li Qiang" were numbers (XI, LI) to the tagger, which broke
// the name. A numeral is written in capitals ("World War II", "Benedict
// XVI"); a capital and small letters is a name ("President Xi", too).
func repairRomanNames(forms, upos, xpos []string) {
	for i := range forms {
		f := forms[i]
		if xpos[i] != "CD" && xpos[i] != "LS" || len(f) < 2 || !strings.ContainsRune("IVXLCDM", rune(f[0])) ||
			strings.Trim(f[1:], "ivxlcdm") != "" {
			continue
		}
		upos[i], xpos[i] = "PROPN", "NNP"
	}
}

// repairFalseAuxiliaries tags as a present-tense verb a word in -s the
// tagger took for an auxiliary in the past: "Georgia jails opposition
// leaders as EU weighs suspending visa-free travel", with "weighs" tagged
// like "was". EWT train's auxiliaries are be, have, do, get and the
// modals. Other words tagged as auxiliaries are left: the parse built on
// those tags was as often right as the parse on a verb's.
func (p *Pipeline) repairFalseAuxiliaries(forms, upos, xpos []string) {
	for i, f := range forms {
		if upos[i] != "AUX" || xpos[i] != "VBD" || !strings.HasSuffix(f, "s") || strings.ToLower(f) != f {
			continue
		}
		if l := p.Lemmas.Lemma(f, "VERB", "VBZ"); l != f && !auxiliaryLemmas[l] && p.Lemmas.Classes(f)&lemma.Verb != 0 {
			upos[i], xpos[i] = "VERB", "VBZ"
		}
	}
}

var auxiliaryLemmas = setOf("be have do get will would can could shall should may might must ought need dare")

// repairFalseAuxiliaryNouns tags as a noun a word the tagger took for
// an auxiliary in the present that is no auxiliary and ends a noun
// phrase: "exchanged small-arms fire along the Line of Control", with
// "fire" an auxiliary after "arms". After a noun or adjective and before
// a preposition, article or the end of the clause, a word WordNet knows
// as a noun is that noun.
func (p *Pipeline) repairFalseAuxiliaryNouns(forms, upos, xpos []string) {
	for i := 1; i < len(forms); i++ {
		if upos[i] != "AUX" || xpos[i] != "VBP" || auxiliaryLemmas[p.Lemmas.Lemma(strings.ToLower(forms[i]), "VERB", "VBP")] ||
			!strings.HasPrefix(xpos[i-1], "NN") && xpos[i-1] != "JJ" || p.Lemmas.Classes(forms[i])&lemma.Noun == 0 {
			continue
		}
		if next := i + 1; next == len(forms) || xpos[next] == "IN" || xpos[next] == "DT" || clauseEnd(xpos[next]) {
			upos[i], xpos[i] = "NOUN", "NN"
		}
	}
}

// repairStrongPasts tags as a past tense or participle a strong verb's
// past the tagger took for a gerund by its ending: "Gunfire and
// explosions rang out overnight", with "rang" a gerund on "explosions"
// and the sentence's verb lost; "flung", "hung", "swung", "dug". A word
// tagged VBG that does not end in -ing or -in', and that the lemmatizer
// reads as a past of another word, is a participle after "have" or
// "be" and a past tense after a noun or pronoun.
func (p *Pipeline) repairStrongPasts(forms, upos, xpos []string) {
	for i, f := range forms {
		if xpos[i] != "VBG" {
			continue // most words: no lower-casing
		}
		l := strings.ToLower(f)
		if strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "in'") || strings.HasSuffix(l, "in’") || strings.HasSuffix(l, "in") ||
			l == "gon" || l == "wan" || // "gonna", "wanna", as EWT splits them
			i > 0 && forms[i-1] == "-" { // "far-flung", "low-slung": adjectives
			continue
		}
		if lemma := p.Lemmas.Lemma(f, "VERB", "VBD"); lemma == l || lemma == "" {
			continue
		}
		tag := ""
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if w := strings.ToLower(forms[k]); auxiliaryForms[w] || be[w] || w == "'ve" || w == "having" {
				tag = "VBN" // "who has rung up major endorsements"
				break
			}
		}
		if tag == "" && i > 0 && (strings.HasPrefix(xpos[i-1], "NN") || xpos[i-1] == "PRP") && (i < 2 || xpos[i-2] != "IN") {
			tag = "VBD" // after its subject; "feel stung", "an echo of bells rung to mark" are left
		}
		if tag != "" {
			upos[i], xpos[i] = "VERB", tag
		}
	}
}

// repairCoordinatedGerunds tags as a gerund a noun in -ing that "and"
// or "or" joins to a gerund: "accused Serbia of training and arming the
// group", with "training" a noun, so that the arming was the noun's
// conjunct and nobody's act. Like words are joined.
func (p *Pipeline) repairCoordinatedGerunds(forms, upos, xpos []string) {
	for i := 0; i+2 < len(forms); i++ {
		if xpos[i] != "NN" || !strings.HasSuffix(strings.ToLower(forms[i]), "ing") || xpos[i+2] != "VBG" ||
			!andOr(forms[i+1]) || p.Lemmas.Classes(forms[i])&lemma.Verb == 0 {
			continue
		}
		if i > 0 && (xpos[i-1] == "DT" || xpos[i-1] == "PRP$" || xpos[i-1] == "JJ" || xpos[i-1] == "POS") {
			continue // "the training and arming of": a noun phrase's
		}
		upos[i], xpos[i] = "VERB", "VBG"
	}
}

// repairListedSubjectVerbs tags as a verb the word after a headline's
// names listed with a comma, when the tagger took it for a noun
// compounded on the noun after it: "Ethiopia, Eritrea trade accusations
// as troops mass near border". Two names joined by a comma and no
// conjunction open only a headline, whose next word, when it can be a
// verb and a plural or mass noun follows it, is the names' verb.
func (p *Pipeline) repairListedSubjectVerbs(forms, upos, xpos []string) {
	if len(forms) < 5 || xpos[0] != "NNP" || forms[1] != "," || xpos[2] != "NNP" || xpos[3] != "NN" ||
		xpos[4] != "NNS" && xpos[4] != "NN" || slices.ContainsFunc(xpos[3:], func(x string) bool { return strings.HasPrefix(x, "VB") }) {
		return
	}
	if p.Lemmas.Classes(forms[3])&lemma.Verb != 0 {
		upos[3], xpos[3] = "VERB", "VBP"
	}
}

// repairOpeningNameAdjectives tags as a name the second word of a
// sentence that the tagger took for a common noun when the first is a
// capitalized adjective and the third a lowercase adjective or noun of
// the same phrase: "European Union
// foreign ministers agreed on Monday …", with "Union" a noun and the
// root. The second word is no sentence's first, and its capital marks a
// name ("African Union troops", "Islamic State fighters").
func repairOpeningNameAdjectives(forms, upos, xpos []string) {
	if len(forms) < 4 || xpos[0] != "JJ" || xpos[1] != "NN" || !startsUpper(forms[0]) || !startsUpper(forms[1]) ||
		strings.ToUpper(forms[1]) == forms[1] || startsUpper(forms[2]) || xpos[2] != "JJ" && !strings.HasPrefix(xpos[2], "NN") {
		return // not "Great Service and hairstyles that last"
	}
	upos[1], xpos[1] = "PROPN", "NNP"
}

// repairOpeningTitles tags as a name a title of several capitalized
// words that opens a sentence before its holder's name: "Chief Cabinet
// Secretary Minoru Kihara told reporters", with "Chief" an adjective,
// "Secretary" the root and the name its relative clause. Written after a
// possessive the same title is tagged a name ("Japan's Chief Cabinet
// Secretary Minoru Kihara"), and so EWT tags titles in names. Only a
// title the tagger took for a common noun, and not the adjective before
// it ("Former Clinton Senior Adviser Sidney Blumenthal").
func repairOpeningTitles(forms, upos, xpos []string) {
	start := 0
	if len(forms) > 0 && forms[0] == "Former" {
		start = 1 // "Former Clinton Senior Adviser Sidney Blumenthal": an adjective before the title
	}
	for end := start; end+1 < len(forms); end++ {
		if !startsUpper(forms[end]) || strings.ToUpper(forms[end]) == forms[end] || xpos[end] != "JJ" && !strings.HasPrefix(xpos[end], "NN") {
			return // not "US Defense Secretary", whose parse the tagger's NNP reads well
		}
		if end > start && xpos[end] == "NN" && officeTitles[strings.ToLower(forms[end])] && xpos[end+1] == "NNP" {
			for i := start; i <= end; i++ {
				upos[i], xpos[i] = "PROPN", "NNP"
			}
			return
		}
	}
}

// repairTitleAbbreviations tags as a name's title a title written in
// capitals without stops before a name: "Indian PM Modi meets Putin",
// which the tagger, trained on web text where "PM" is a time, took for
// a noun the parse then made a second half of the adjective before it.
// Not after a number: "at 3 PM Monday".
func repairTitleAbbreviations(forms, upos, xpos []string) {
	for k := 0; k+1 < len(forms); k++ {
		if !token.IsTitleAbbreviation(forms[k]) || xpos[k+1] != "NNP" || k > 0 && xpos[k-1] == "CD" {
			continue
		}
		upos[k], xpos[k] = "PROPN", "NNP"
	}
}

// repairOpeningNames tags as a name the first word of a sentence that
// the tagger took for a singular common noun when the document writes it
// capitalized after a lowercase word elsewhere ("Trump called on Israel
// to stop", with "Trump" the noun of card games and "called" its
// participle). Not a word that opens a longer name ("Homeland Security
// Secretary Jeh Johnson"), whose title the tagger reads well.
func repairOpeningNames(forms, upos, xpos []string, names map[string]bool) {
	if len(forms) > 1 && xpos[0] == "NN" && names[forms[0]] && !startsUpper(forms[1]) {
		upos[0], xpos[0] = "PROPN", "NNP"
	}
}

// repairOpeningCommonNouns tags as a common noun the first word of a
// sentence, capitalized only where a sentence opens, that names a kind
// of person or group before a plural noun and that the document writes
// in lowercase elsewhere, alone or in the plural: "Student leaders who
// organized weeks of protests rejected …" in a story of "the students",
// which the tagger took for a name, so that a body "Student" spoke (not
// "Hamas leaders", which WordNet files under groups too).
func (p *Pipeline) repairOpeningCommonNouns(forms, upos, xpos []string, c casing) {
	if len(forms) < 2 || xpos[0] != "NNP" || xpos[1] != "NNS" || c.names[forms[0]] {
		return
	}
	f, low := forms[0], strings.ToLower(forms[0])
	if f == low || f[1:] != low[1:] || !c.common[low] && !c.common[low+"s"] && !c.common[low+"es"] {
		return // "NATO officials"
	}
	if lex := p.Lemmas.FirstLexFile(low, false); lex != lemma.NounPerson && lex != lemma.NounGroup {
		return
	}
	upos[0], xpos[0] = "NOUN", "NN"
}

// repairGerundsOfPhrases tags as a noun a gerund right before "of":
// "Clashes erupt in Tripoli after killing of militia leader", with
// "killing" a verb whose subject the clashes became. EWT train tags
// such a word a noun but for the few verbs that take "of" themselves.
func repairGerundsOfPhrases(forms, upos, xpos []string) {
	for i := 0; i+1 < len(forms); i++ {
		if xpos[i] == "VBG" && strings.EqualFold(forms[i+1], "of") && !verbsOfOf[strings.ToLower(forms[i])] {
			upos[i], xpos[i] = "NOUN", "NN"
		}
	}
}

// verbsOfOf are the gerunds of verbs that take "of" ("thinking of
// running", "consisting of three parts").
var verbsOfOf = setOf(`thinking speaking talking complaining consisting dreaming hearing approving disposing dying smelling tasting knowing tiring boasting despairing admitting conceiving repenting partaking`)

// repairWarningShots tags "warning" before "shot" or "shots" a noun:
// "its soldiers had fired warning shots", with "warning" a gerund and the
// soldiers warning.
func repairWarningShots(forms, upos, xpos []string) {
	for i := 0; i+1 < len(forms); i++ {
		if strings.EqualFold(forms[i], "warning") && (strings.EqualFold(forms[i+1], "shot") || strings.EqualFold(forms[i+1], "shots")) {
			upos[i], xpos[i] = "NOUN", "NN"
		}
	}
}

// repairPastTensesAfterCommaAnd tags as the past tense a participle after
// ", and" with a noun phrase after it when the sentence's first verb is a
// simple past: "Israel accused Hamas of violating the ceasefire by
// attacking its troops in Rafah, and resumed airstrikes across the
// enclave", with "resumed" taken for an adjective of "airstrikes" and the
// airstrikes Hamas's. (repairCoordinatedPastTenses covers a past tense
// in the same clause, with no comma or other verb between.)
func repairPastTensesAfterCommaAnd(forms, upos, xpos []string) {
	first := slices.IndexFunc(xpos, func(x string) bool { return strings.HasPrefix(x, "VB") || x == "MD" })
	if first < 0 || xpos[first] != "VBD" {
		return
	}
	for i := max(first+3, 2); i+1 < len(forms); i++ {
		if xpos[i] == "VBN" && forms[i-2] == "," && strings.EqualFold(forms[i-1], "and") && (phraseStart(forms[i+1], xpos[i+1]) || xpos[i+1] == "NNS") {
			upos[i], xpos[i] = "VERB", "VBD"
		}
	}
}

// repairPluralSubjectsAfterThat tags as a plural noun a word in -s
// tagged a present tense right after "that" when a "by", "from" or "of"
// phrase follows it and then "were" or "are": "said … that remarks by
// Sweden's minister for international development were \"a serious
// interference\"", with "remarks" the verb of a relative clause on
// "television". The plural verb after the phrase has the word for its
// subject.
func repairPluralSubjectsAfterThat(forms, upos, xpos []string) {
	for i := 1; i+3 < len(forms); i++ {
		if xpos[i] != "VBZ" || !strings.EqualFold(forms[i-1], "that") || !strings.HasSuffix(forms[i], "s") || !phraseOpeners[strings.ToLower(forms[i+1])] {
			continue
		}
		for j := i + 2; j < len(forms); j++ {
			if upos[j] == "VERB" || upos[j] == "AUX" || upos[j] == "PUNCT" {
				if l := strings.ToLower(forms[j]); l == "were" || l == "are" {
					upos[i], xpos[i] = "NOUN", "NNS"
				}
				break
			}
		}
	}
}

// phraseOpeners open the phrase of a noun that a plural verb follows.
var phraseOpeners = setOf("by from of")

// repairLivesAfterNames tags as a present tense "lives" right after a
// name or a personal pronoun, at a clause's end: "Spain, where Ramirez
// lives, offered …", with "lives" the plural of "life" in apposition to
// Spain. After a subject and before a comma, a preposition or an adverb
// it is what the subject does.
func repairLivesAfterNames(forms, upos, xpos []string) {
	for i := 1; i < len(forms); i++ {
		if forms[i] != "lives" || upos[i] != "NOUN" || upos[i-1] != "PROPN" && xpos[i-1] != "PRP" ||
			i+1 < len(forms) && upos[i+1] != "PUNCT" && upos[i+1] != "ADP" && upos[i+1] != "ADV" {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBZ"
	}
}

// repairHeadlinePastsAfterPluralVerbs undoes a tagging of a headline's
// verb in -s as a plural noun and the participle after it as the past
// tense: "Niger junta frees ousted president's son after Togo
// mediation", with "frees" the subject of "ousted". After a singular
// noun, in a line with no closing punctuation and no other tensed verb, a
// plural WordNet knows as a verb, before a word in -ed and a noun, is the
// verb, and the word in -ed its object's participle.
func (p *Pipeline) repairHeadlinePastsAfterPluralVerbs(forms, upos, xpos []string) {
	n := len(forms)
	if n < 5 || xpos[n-1] == "." || slices.Contains(upos, "AUX") {
		return
	}
	v := slices.IndexFunc(xpos, finite)
	if v < 2 || v+1 >= n || xpos[v] != "VBD" || !strings.HasSuffix(forms[v], "ed") || xpos[v-1] != "NNS" || xpos[v-2] != "NN" && xpos[v-2] != "NNP" ||
		upos[v+1] != "NOUN" && upos[v+1] != "PROPN" && upos[v+1] != "ADJ" || slices.ContainsFunc(xpos[v+1:], finite) ||
		p.Lemmas.Classes(forms[v-1])&lemma.Verb == 0 || startsUpper(forms[v-1]) {
		return
	}
	upos[v-1], xpos[v-1] = "VERB", "VBZ"
	upos[v], xpos[v] = "VERB", "VBN"
	if !startsUpper(forms[v-2]) {
		upos[v-2], xpos[v-2] = "NOUN", "NN" // "junta", a name's word only before the verb it was not
	}
}

// repairOpeningNamesTakenForImperatives tags as a name the capitalized
// word that opens a sentence, tagged a bare verb, when nouns follow it up
// to a tensed verb, the first a leader's body: "Trump administration
// officials have accused Maduro of leading a drug cartel", with "Trump" a
// command whose object are the officials. A command takes no tensed verb
// after its object; the word is the name the nouns after it are
// compounded with (not "Fish tacos are").
func repairOpeningNamesTakenForImperatives(forms, upos, xpos []string) {
	if len(forms) < 4 || xpos[0] != "VB" || !startsUpper(forms[0]) {
		return
	}
	k := 1
	for k < len(forms) && (xpos[k] == "NN" || xpos[k] == "NNS" || xpos[k] == "NNP" || xpos[k] == "NNPS") {
		k++
	}
	if k < 2 || k >= len(forms) || xpos[k] != "VBP" && xpos[k] != "VBZ" && xpos[k] != "VBD" && xpos[k] != "MD" || !leadersBodies[strings.ToLower(forms[1])] {
		return
	}
	upos[0], xpos[0] = "PROPN", "NNP"
}

// leadersBodies are the bodies named after their leader ("the Trump
// administration", "the Biden campaign").
var leadersBodies = setOf("administration campaign government regime family team camp")

// repairReportedPresentsTakenForNouns tags as a present tense a word in
// -s that follows "said" and a singular noun phrase of two words: "have
// said the country buys oil wherever it is cheapest", with "buys" a
// noun compounded with "country". What a report says opens with a
// subject and its verb; a plural WordNet knows as a verb, right after
// the subject's noun and before a noun or determiner, is that verb.
func (p *Pipeline) repairReportedPresentsTakenForNouns(forms, upos, xpos []string) {
	for i := 3; i+1 < len(forms); i++ {
		if xpos[i] != "NNS" || xpos[i-1] != "NN" || xpos[i-2] != "DT" || startsUpper(forms[i]) ||
			!saidForms[strings.ToLower(forms[i-3])] || xpos[i+1] != "NN" && xpos[i+1] != "NNS" && xpos[i+1] != "DT" ||
			p.Lemmas.Classes(forms[i])&lemma.Verb == 0 {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBZ"
	}
}

// saidForms are the forms of "say" that open what was said.
var saidForms = setOf("said says say")

// repairRelativeVerbsTakenForNouns tags as a present tense the word in -s
// that closes a clause "which" or "whom" opens after a comma, past a
// noun phrase: "accused the mission of bias, which the U.N. rejects",
// with "rejects" a plural noun and the clause left without a verb. A
// relative pronoun's clause has one; a plural WordNet knows as a verb,
// right before the clause's closing punctuation, is it.
func (p *Pipeline) repairRelativeVerbsTakenForNouns(forms, upos, xpos []string) {
	for i := 3; i < len(forms); i++ {
		if xpos[i] != "NNS" || startsUpper(forms[i]) || i+1 < len(forms) && upos[i+1] != "PUNCT" || p.Lemmas.Classes(forms[i])&lemma.Verb == 0 {
			continue
		}
		k := i - 1
		for k > 0 && (upos[k] == "DET" || upos[k] == "PROPN" || upos[k] == "NOUN" || upos[k] == "ADJ") {
			k--
		}
		if k == i-1 || k < 1 || xpos[k] != "WDT" && !strings.EqualFold(forms[k], "whom") || forms[k-1] != "," {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBZ"
	}
}

// repairDisputedCharges tags the plural noun that sums up a clause after
// its comma, and the denial in the relative clause on it, where the
// tagger took the noun for a verb or the denial for a noun: "…
// commercial ships in the region, charges Tehran rejects", "…,
// allegations Beijing has repeatedly denied". With an article ("a charge
// Moscow denies") the tagger gets both; without one, the name and the
// verb that ends the sentence show them (repairDeniedClaims then hangs
// the noun on the clause it sums up).
func repairDisputedCharges(forms, upos, xpos []string) {
	for i := 1; i+2 < len(forms); i++ {
		lower := strings.ToLower(forms[i])
		if forms[i-1] != "," || !strings.HasSuffix(lower, "s") || !claimWords[strings.TrimSuffix(lower, "s")] {
			continue
		}
		j := i + 1
		for j < len(forms) && upos[j] == "PROPN" {
			j++
		}
		if j == i+1 || j-i > 4 {
			continue
		}
		aux := -1
		if j < len(forms) && (forms[j] == "has" || forms[j] == "have") {
			aux, j = j, j+1
		}
		if j < len(forms) && upos[j] == "ADV" {
			j++ // "has repeatedly denied"
		}
		if j+1 >= len(forms) || upos[j+1] != "PUNCT" || !denials[strings.ToLower(forms[j])] {
			continue // the relative clause ends the sentence
		}
		past := strings.HasSuffix(forms[j], "ed")
		if aux >= 0 != past {
			continue
		}
		upos[i], xpos[i] = "NOUN", "NNS"
		upos[j], xpos[j] = "VERB", denialTag(forms[j])
		if aux >= 0 {
			upos[aux], xpos[aux] = "AUX", denialTag(forms[aux]) // "has", "have"
			xpos[j] = "VBN"
		}
	}
}

// repairFurtherTakenForPrepositions tags "further" as the adverb or
// adjective it always is in EWT train (14 RB, 8 RBR, 13 JJ, 4 VB; never
// IN): "…, state media said, further delaying elections", tagged a
// subordinator, made "delaying" an adverbial clause of a verb after it.
func repairFurtherTakenForPrepositions(forms, upos, xpos []string) {
	for i, f := range forms {
		if !strings.EqualFold(f, "further") || xpos[i] != "IN" {
			continue
		}
		upos[i], xpos[i] = "ADV", "RB"
		if i+1 < len(forms) && strings.HasPrefix(xpos[i+1], "NN") {
			upos[i], xpos[i] = "ADJ", "JJ" // "further talks"
		}
	}
}
