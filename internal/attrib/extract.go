package attrib

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/nlp/perceptron"
)

// Extractor finds attributions. It is safe for concurrent use.
type Extractor struct {
	cues *perceptron.Model
	// Bias is added to the cue score a word needs to be taken as a cue:
	// negative values favour recall.
	Bias float32
}

//go:embed cue.model
var embedded []byte

// Default returns the extractor with the embedded cue model, loaded on
// first use.
var Default = sync.OnceValues(func() (*Extractor, error) { return Read(bytes.NewReader(embedded)) })

const fileMagic = "PARLEYCUE1"

// Write saves the extractor's model, gzip-compressed.
func (x *Extractor) Write(w io.Writer) error {
	return perceptron.WriteFile(w, fileMagic, x.cues.Write)
}

// Read loads a model saved by Write.
func Read(r io.Reader) (*Extractor, error) {
	br, err := perceptron.OpenFile(r, fileMagic, "cue model")
	if err != nil {
		return nil, err
	}
	m, err := perceptron.ReadModel(br)
	if err != nil {
		return nil, fmt.Errorf("cue model: %w", err)
	}
	if m.Classes() != 2 {
		return nil, errors.New("cue model: want two classes")
	}
	return &Extractor{cues: m}, nil
}

// Extract returns the attributions of an analysed document.
func (x *Extractor) Extract(d *document.Document) []document.Attribution {
	var out []document.Attribution
	scores := make([]float32, 2)
	feats := make([]uint64, 0, 64)
	var nested []document.Attribution // attributions inside another's content
	taken := map[int]bool{}           // word starts already in an attribution's content
	var order, rank []int             // the sentence's words in the order cues are read; each word's sort key
	quoted := quotations(d)
	for si := range d.Sentences {
		s := &d.Sentences[si]
		v := newView(d.Text, s)
		cue := make([]bool, len(s.Words))
		for i := range s.Words {
			feats = cueFeatures(feats[:0], v, i)
			x.cues.Scores(feats, scores)
			// A denial of a claim the sentence closes with is a cue the
			// model, trained on few, may miss ("an accusation the
			// Kremlin rejects").
			// So may one that opens a relative clause ("the Saudi
			// government, which has strongly denied any involvement"):
			// the model learned such cues from parses that had often
			// made the clause a conjunct.
			// So may a report that closes the sentence after a comma,
			// with its subject between them ("…, state media reported
			// on Thursday"): the model, which reads the verb's head,
			// learned some heads from few sentences.
			// So may a "said" joined to a verb before it, whose subject
			// it shares ("accused Russia of torturing prisoners and said
			// several of those returned needed urgent care").
			cue[i] = scores[1]-scores[0] > x.Bias || disputedClaim(v, i) >= 0 || relativeReport(v, i) || closingReport(v, i) || joinedSaying(v, i)
		}
		order, rank = cueOrder(order[:0], rank[:0], v, cue)
		first := len(out)
		for _, i := range order {
			if !cue[i] && !(taken[s.Words[i].Start] && (clausalReport(v, i) || quotedAsSaying(v, i) >= 0)) || framesCue(v, cue, i) || reportedAfter(v, cue, i) && !taken[s.Words[i].Start] || insideAny(quoted, s.Words[i].Start) || governs(v, i) ||
				actingSubject(v, i) || recallsEnvoy(v, i) || armedAttack(v, i) || arrests(v, i) || freesPeople(v, i) || expelsPerson(v, i) || readOut(v, i) || speakingOnTerms(v, i) || enacts(v, i) || insideName(v, i) ||
				deniedClaimNoun(v, i) || describingNoun(v, i) || chargedNoun(v, i) || calledOffOrUp(v, i) {
				continue
			}
			a, ok := build(d, si, v, i)
			if !ok || a.Kind == document.Direct && slices.ContainsFunc(out[first:], func(b document.Attribution) bool { return within(a.Content, b.Content) && a.Content != b.Content }) {
				// "warned that it would defend its territory \"by all
				// necessary means\", raising fears": a quotation another
				// report of the sentence holds is not this cue's.
				continue
			}
			if a.Source.Empty() {
				a.Source = sharedSource(v, out, si, i)
			}
			a.ID = fmt.Sprintf("a%d", len(out)+1)
			a.Sentence = si
			describe(d, v, i, &a)
			if taken[s.Words[i].Start] {
				// A cue inside another attribution's content is a report
				// that one relays ("Araghchi said …, according to state
				// media"), kept apart: PolNeAR annotates only the
				// outermost, and the passes below look for cues no
				// attribution has found.
				if q := quotedAsSaying(v, i); q >= 0 {
					// "State media quoted Khamenei as saying that …": the one
					// quoted speaks.
					a.Source = v.phrase(q, v.Subtree(q, -1))
					a.SourceKind = sourceKind(v, a.Source)
					a.ReportedBySpan = document.Span{}
					nested = append(nested, a)
				} else if relayable(v, i, a) {
					nested = append(nested, a)
				}
				continue
			}
			out = append(out, a)
			for _, w := range s.Words {
				if w.Start >= a.Content.Start && w.End <= a.Content.End {
					taken[w.Start] = true
				}
			}
		}
		// In the order of the text, whichever cue was read first.
		slices.SortStableFunc(out[first:], func(a, b document.Attribution) int { return a.Cue.Start - b.Cue.Start })
	}
	out = signedQuotations(d, out)
	out = addressedQuotes(d, append(out, x.orphanQuotes(d, out)...))
	out = append(out, headlineSources(d, out)...)
	out = append(out, documentFrames(d, out)...)
	out = append(out, pollFrames(d, out)...)
	out = append(out, askedFrames(d, out)...)
	out = append(out, interviewTurns(d, out)...)
	interruptedQuotations(d, out, quoted)
	continueQuotations(d, out, quoted)
	interruptedClauses(d, out)
	out = numbered(out)
	out = append(out, relayed(out, nested)...)
	sourcesOutsideContents(d.Text, out)
	closeAppositives(d.Text, out)
	return out
}

// relayed links each nested attribution to the innermost one whose
// content holds its cue and content, and numbers it "n1", "n2" … in the
// order of the text, after the others. The one that holds it relays it:
// its source is the nested one's relaying outlet or person, unless the
// nested one names its own ("sources told Axios …, according to a
// report"). One that no outermost content holds whole is dropped: the
// content that took its cue was cut short.
func relayed(outer, nested []document.Attribution) []document.Attribution {
	slices.SortStableFunc(nested, func(a, b document.Attribution) int { return a.Cue.Start - b.Cue.Start })
	nested = slices.DeleteFunc(nested, func(a document.Attribution) bool {
		return !slices.ContainsFunc(outer, func(b document.Attribution) bool { return holdsAll(b, a) })
	})
	for n := range nested {
		nested[n].ID = fmt.Sprintf("n%d", n+1)
	}
	all := append(slices.Clone(outer), nested...)
	for n := range nested {
		a := &nested[n]
		p := -1
		for k, b := range all {
			if k != len(outer)+n && holdsAll(b, *a) && (p < 0 || b.Content.End-b.Content.Start < all[p].Content.End-all[p].Content.Start) {
				p = k
			}
		}
		a.Within = all[p].ID // an outermost one holds it
		if a.ReportedBySpan.Empty() {
			a.ReportedBySpan = all[p].Source
		}
	}
	return nested
}

// holdsAll: a's content holds b's cue and content.
func holdsAll(a, b document.Attribution) bool {
	return holds(a, b.Cue) && (b.Content.Empty() || holds(a, b.Content))
}

// withoutContrastedReport leaves out of the words ws of the clause c a
// report set against it after a comma and "but" ("Diplomats say both
// sides have accepted a Qatari invitation, but Tehran denies any direct
// contact", with "denies" on "accepted"): the writer's, not part of what
// was said.
func withoutContrastedReport(v *view, c int, ws []int) []int {
	for _, d := range v.Children(c) {
		if r := universal(v.word(d).Rel); r != "conj" && r != "advcl" || d < c || v.child(d, "nsubj") < 0 ||
			!sayingVerbs[v.lemma(d)] && !claimDenials[v.lemma(d)] {
			continue
		}
		b := v.child(d, "cc")
		if b < 0 || !strings.EqualFold(v.word(b).Form, "but") || b < 1 || v.word(b-1).Form != "," {
			continue
		}
		return slices.DeleteFunc(ws, func(k int) bool { return k >= b-1 })
	}
	return ws
}

// relayable: the cue at i of attribution a, inside another's content,
// is someone's statement: a verb of saying with its subject the speaker,
// and what was said. The cue model learnt from PolNeAR, which leaves
// nested cues unmarked, so inside a content it is read more strictly
// than outside: not "aiming to explore", "despite reported efforts",
// "are expected to".
func relayable(v *view, i int, a document.Attribution) bool {
	r := universal(v.word(i).Rel)
	return !a.Source.Empty() && !a.Content.Empty() && saysItself(v, i) && r != "amod" && r != "acl" && r != "nmod"
}

// saysItself: the word at i is a verb of saying with its own speaker, the
// subject, not one shared with a verb before it ("despite reported
// efforts").
func saysItself(v *view, i int) bool {
	return sayingVerbs[v.lemma(i)] && v.word(i).UPOS == "VERB" && v.child(i, "nsubj") >= 0
}

// clausalReport: the word at i is a verb of saying with its own subject
// and a clause it reports ("One of the sources said Witkoff had told the
// crown prince that …"). Inside another's content such a verb is a cue
// whatever the model says: it learnt from PolNeAR, whose nested cues are
// unmarked, to pass them by.
func clausalReport(v *view, i int) bool {
	if !saysItself(v, i) || v.child(i, "ccomp") < 0 {
		return false
	}
	// Not a participle with no auxiliary ("remains so politically
	// charged that …"), nor a verb whose subject asks ("which states he
	// could win").
	s := v.child(i, "nsubj")
	return v.word(s).XPOS != "WDT" && v.word(s).XPOS != "WP" && (v.word(i).XPOS != "VBN" || v.child(i, "aux") >= 0)
}

// sayingVerbs are the verbs of a statement relayed inside another.
var sayingVerbs = setOf(`say tell report claim announce warn add insist deny confirm accuse state write propose suggest
	note argue explain acknowledge admit allege assert declare reveal predict promise vow pledge threaten urge ask demand
	describe reiterate stress emphasize emphasise complain recall estimate tweet post testify concede disclose inform
	brief assure caution charge contend maintain respond reply`)

// holds: the span lies inside one fragment of a's content.
func holds(a document.Attribution, s document.Span) bool {
	return within(s, a.Content) || slices.ContainsFunc(a.ContentMore, func(m document.Span) bool { return within(s, m) })
}

// relativeReport: the word at i is a verb of saying or denying whose
// relative clause opens with its subject, "who" or "which", or with the
// subject of what it reports ("policies, which he said had harmed the
// economy").
func relativeReport(v *view, i int) bool {
	if v.word(i).Rel != "acl:relcl" || !relativeCues[v.lemma(i)] || givesName(v, i) {
		return false
	}
	s := v.child(i, "nsubj")
	if k := v.child(i, "ccomp"); k > i {
		if ks := v.child(k, "nsubj"); ks >= 0 && ks < s {
			s = ks
		}
	}
	if s >= 0 && s < i && (strings.EqualFold(v.word(s).Form, "who") || strings.EqualFold(v.word(s).Form, "which")) {
		return true
	}
	// "the family business, which friends described as miserable": the
	// pronoun the object, the subject after it.
	o := v.child(i, "obj")
	return o >= 0 && o < s && s < i && relativePronoun(v, o) && (v.lemma(i) == "describe" || v.lemma(i) == "call")
}

// givesName: the verb at i is "call" with a name for what it calls, no
// view of it: "Argentina, which calls the islands the Malvinas".
func givesName(v *view, i int) bool {
	if v.lemma(i) != "call" {
		return false
	}
	o := v.child(i, "obj")
	if o < 0 {
		return false
	}
	// The name is the verb's second object, or the parse hung it on
	// the first.
	names := append(v.ChildrenWith(i, "obj", "xcomp"), v.ChildrenWith(o, "obj", "xcomp", "appos")...)
	return slices.ContainsFunc(names, func(n int) bool { return n > o && v.word(n).UPOS == "PROPN" && !v.inQuote[n] })
}

var relativeCues = setOf("say tell deny claim insist argue warn write call describe")

// relativePronoun: the word at k is "which", "whom" or "that".
func relativePronoun(v *view, k int) bool {
	f := strings.ToLower(v.word(k).Form)
	return f == "which" || f == "whom" || f == "that" && v.word(k).UPOS == "PRON"
}

// actingSubject: the word at i is a noun that is the subject of a verb
// of its own, a body that acts, not a report: "Georgia's opposition
// rejects election results" names the opposition, not its opposing.
func actingSubject(v *view, i int) bool {
	w := v.word(i)
	if w.UPOS != "NOUN" || w.Rel != "nsubj" || !bodyNouns[v.lemma(i)] {
		return false
	}
	h := v.Head(i)
	return h >= 0 && v.word(h).UPOS == "VERB"
}

// disputedClaim is the comma before the claim a denial at i is a
// relative clause on, when the claim comments on the clause before it
// ("Ukraine accused Russia of shelling the plant, a charge Moscow
// denies"), or -1. What is denied is that clause.
func disputedClaim(v *view, i int) int {
	if v.word(i).Rel != "acl:relcl" { // most words: no call to Head
		return -1
	}
	if characterizers[v.lemma(i)] {
		// "…, a remark New Delhi called unacceptable", "…, a move
		// Beijing condemned as provocative": what is so called is the
		// clause before the comma (which the parse may make a conjunct
		// with no "and" of the noun before it).
		if k := v.Head(i); k >= 2 && summingNouns[v.lemma(k)] && v.word(k-1).UPOS == "DET" && v.word(k-2).Form == "," &&
			(v.word(k).Rel == "parataxis" || v.word(k).Rel == "appos" || v.word(k).Rel == "conj" && v.child(k, "cc") < 0) && v.child(i, "nsubj") >= 0 {
			return k - 2
		}
		return -1
	}
	if !claimDenials[v.lemma(i)] {
		return -1
	}
	// "accused President Aleksandar Vucic of corruption, which he
	// denies": what the pronoun stands for is the clause before it.
	if o := v.child(i, "obj"); o >= 2 && o < i && strings.EqualFold(v.word(o).Form, "which") && v.word(o-1).Form == "," {
		return o - 1
	}
	k := v.Head(i)
	if k < 2 || !disputedClaims[v.lemma(k)] || v.word(k).Rel != "appos" && v.word(k).Rel != "parataxis" {
		return -1
	}
	return claimComma(v, k)
}

// deniedClaimNoun: the word at i is the noun of a claim a closing
// comment denies ("…, allegations the government denies"); the denial
// is the cue, on the clause before, and the noun no report of its own.
func deniedClaimNoun(v *view, i int) bool {
	if !disputedClaims[v.lemma(i)] || v.word(i).UPOS != "NOUN" {
		return false
	}
	r := v.child(i, "acl:relcl")
	return r > i && disputedClaim(v, r) >= 0
}

// claimComma is the comma that sets off the claim noun at k from the
// clause it sums up ("…, a charge Hamas denies", "…, allegations the
// government denies"), or -1.
func claimComma(v *view, k int) int {
	switch {
	case k >= 2 && v.word(k-1).UPOS == "DET" && v.word(k-2).Form == ",":
		return k - 2
	case k >= 1 && v.word(k-1).Form == "," && v.word(k).XPOS == "NNS":
		return k - 1
	}
	return -1
}

// clauseBefore is the sentence before the comma at c, the clause a
// closing comment is on. When that sentence ends in another's claim, the
// comment is on the claim: "… demanded that the Taliban rein in militants
// who it says operate from safe havens in Afghanistan, a charge Kabul
// denies" disputes where the militants are, not the demand; the claim is
// the relative clause's noun with it, or the report's complement. (A
// sentence that is the report comments on the whole: "Kyiv says …, an
// accusation the Kremlin rejects".)
func clauseBefore(v *view, c int) document.Span {
	for r := c - 1; r >= 0; r-- {
		if !sayingLemmas[v.lemma(r)] || v.word(r).UPOS != "VERB" || v.word(r).Rel == "root" { // "Kyiv says …, an accusation the Kremlin rejects": the whole
			continue
		}
		k := v.child(r, "ccomp")
		if k < r || v.LastWord(k) != c-1 {
			continue
		}
		if m := v.Head(r); v.word(r).Rel == "acl:relcl" && m >= 0 && m < r {
			first := v.FirstWord(m)
			for first < m && v.Head(first) == m && universal(v.word(first).Rel) == "case" {
				first++ // "in militants who …": the noun's phrase, not its preposition
			}
			return v.span(rangeInts(first, c))
		}
		return v.span(rangeInts(v.FirstWord(k), c))
	}
	if first := summedConjunct(v, c); first >= 0 {
		return v.span(rangeInts(first, c))
	}
	return v.span(withoutFinalPunct(v, rangeInts(0, c)))
}

// summedConjunct is the first word of the coordinated clause that the
// comment after the comma at c hangs on, or -1: "The RSF said it had
// accepted the plan, but the army has accused the UAE of arming the
// group, a charge Abu Dhabi denies" disputes the accusation, not what
// the RSF said.
func summedConjunct(v *view, c int) int {
	k := c + 1
	if k < len(v.s.Words) && v.word(k).UPOS == "DET" {
		k++
	}
	if k >= len(v.s.Words) {
		return -1
	}
	h := v.Head(k)
	if h < 0 || h >= c || v.word(h).Rel != "conj" || v.word(h).UPOS != "VERB" {
		return -1
	}
	first := v.FirstWord(h)
	for first < h && (v.word(first).Rel == "cc" || v.word(first).UPOS == "PUNCT") {
		first++
	}
	return first
}

// disputedClaims are the nouns of a claim a closing comment says is
// denied (the parse's repairDisputedClaims makes the clause).
var (
	// characterizers call what another did something, and summingNouns
	// sum up the act they call so.
	characterizers = setOf("call describe condemn denounce criticize criticise slam decry")
	summingNouns   = setOf("remark comment move step decision statement sign signal indication reflection setback blow twist escalation")
	disputedClaims = setOf("charge claim accusation allegation assertion account version contention assessment figure")
	claimDenials   = setOf("deny dispute reject contest")
)

// insideName: the word at i is part of a name that an article opens,
// not a cue: "The U.N. Support Mission in Libya (UNSMIL) said", with
// "Support" the cue the model knows from "support" in lower case. A
// title-case headline's verb may be tagged so too ("Donald Trump Praises
// Breitbart's Washington Political Editor Matthew Boyle"), where no
// article opens the name it is put in.
func insideName(v *view, i int) bool {
	w := v.word(i)
	h := v.Head(i)
	return w.UPOS == "PROPN" && (w.Rel == "compound" || w.Rel == "flat") && h > i && v.word(h).UPOS == "PROPN" && v.child(h, "det") >= 0
}

// readOut: the cue at i is a participle on the document that was
// read or issued, with no agent ("in a statement read on state
// television that …"): the clause after it is the report's that names
// the document, not the participle's.
func readOut(v *view, i int) bool {
	if v.lemma(i) == "read" && v.word(i).UPOS == "NOUN" {
		// "a statement read on state television", tagged as the noun
		// of "a good read" with the statement its compound.
		c := v.child(i, "compound")
		return c >= 0 && readDocuments[v.lemma(c)]
	}
	h := v.Head(i)
	// "recognise Kosovo's independence, declared in 2008", the
	// participle parsed as the verb's and closing the sentence: the
	// object was declared (not "…, Leaders' College, confirmed on
	// Facebook", a report closing the sentence).
	onObject := v.word(i).Rel == "advcl" && i >= 2 && v.Head(i-2) == h && v.word(i-2).Rel == "obj" && closesSentence(v, i)
	if onObject {
		h = i - 2
	} else if v.word(i).Rel != "acl" {
		return false
	}
	if v.word(i).XPOS != "VBN" || h < 0 || byAgent(v, i) >= 0 {
		return false
	}
	if v.lemma(i) == "know" {
		return true // "militants of the Pakistani Taliban, known as the TTP": a name
	}
	// "The move, announced on state television, came days after …":
	// the noun is what was announced, by no one the sentence names.
	return readDocuments[v.lemma(h)] || i >= 2 && i-2 == h && v.word(i-1).Form == "," && (setOff(v, i) || onObject) &&
		!hasClause(v, i) && v.child(i, "obj", "iobj") < 0
}

// joinedSaying: the word at i is "say" joined by "and" to a verb before
// it that has a subject, with no subject of its own and a clause or an
// object for what was said.
func joinedSaying(v *view, i int) bool {
	h := v.Head(i)
	if v.lemma(i) != "say" || v.word(i).UPOS != "VERB" || v.word(i).Rel != "conj" || h < 0 || h > i || v.child(h, "nsubj") < 0 || v.child(i, "nsubj") >= 0 {
		return false
	}
	c := v.child(i, "cc")
	return c >= 0 && strings.EqualFold(v.word(c).Form, "and") && (hasClause(v, i) || v.child(i, "obj") >= 0)
}

// closingReport: the word at i is a plain verb of reporting that closes
// the sentence after a comma, its subject right after the comma: "…,
// state media reported on Thursday", "…, the ministry said".
func closingReport(v *view, i int) bool {
	if !closingReportVerbs[v.lemma(i)] || v.word(i).UPOS != "VERB" || !closesSentence(v, i) {
		return false
	}
	s := v.child(i, "nsubj")
	if s < 0 || s > i || relativePronoun(v, s) || strings.EqualFold(v.word(s).Form, "who") {
		return false
	}
	// What was said is the clause before the comma: the verb takes
	// nothing after it but a time or place ("reported $2.17 billion",
	// "say he never obtained access", "added to his portfolio" are no
	// closing reports).
	for _, c := range v.Children(i) {
		r := v.word(c).Rel
		if r == "aux:pass" {
			return false
		}
		if c < i {
			continue
		}
		switch r {
		case "obl:tmod", "advmod", "punct":
		case "obl":
			// Nor a span set off after it: "…, state media reported,
			// days after U.S. strikes".
			k := v.child(c, "case")
			after := k >= 0 && (strings.EqualFold(v.word(k).Form, "after") || strings.EqualFold(v.word(k).Form, "before"))
			if first := v.Subtree(c, -1)[0]; after && (v.word(first).Form == "," || first > 0 && v.word(first-1).Form == ",") {
				continue
			}
			if k >= 0 && !strings.EqualFold(v.word(k).Form, "on") && !strings.EqualFold(v.word(k).Form, "in") {
				return false
			}
		default:
			return false
		}
	}
	first := v.Subtree(s, -1)[0] // the comma itself, when the parse hung it on the subject
	return first > 0 && (v.word(first).Form == "," || v.word(first-1).Form == ",") && !v.inQuote[i]
}

// calledOffOrUp: the word at i is "call" with the particle "off" or
// "up", which cancels or mobilizes, saying nothing ("Talks … were called
// off", "called up reservists").
func calledOffOrUp(v *view, i int) bool {
	if v.lemma(i) != "call" {
		return false
	}
	p := v.child(i, "compound:prt")
	return p >= 0 && (v.lemma(p) == "off" || v.lemma(p) == "up")
}

// closingReportVerbs are the verbs a closing report is made with.
var closingReportVerbs = setOf("say report tell state add announce confirm")

// closesSentence: the phrase of the word at i ends the sentence, but for
// its final punctuation.
func closesSentence(v *view, i int) bool {
	sub := v.Subtree(i, -1)
	end := sub[len(sub)-1]
	n := len(v.s.Words)
	return end == n-1 || end == n-2 && v.word(n-1).UPOS == "PUNCT"
}

// setOff: the phrase of the word at i stands between commas, closed by
// the one after it (", announced on state television,").
func setOff(v *view, i int) bool {
	sub := v.Subtree(i, -1)
	end := sub[len(sub)-1]
	return end > i && (v.word(end).Form == "," || end+1 < len(v.s.Words) && v.word(end+1).Form == ",")
}

// readDocuments are what is read out or issued.
var readDocuments = setOf("statement letter message communique communiqué declaration announcement decree speech address")

// bodyNouns name bodies that act: a cue the model finds in one ("the
// opposition") is the body when it is a subject, where "Her criticism
// came late" may still report.
var bodyNouns = map[string]bool{"opposition": true, "government": true, "administration": true, "leadership": true,
	"military": true, "police": true, "army": true, "parliament": true, "congress": true, "senate": true, "court": true,
	"ministry": true, "council": true, "committee": true, "commission": true, "party": true, "coalition": true}

// governs: the word at i rules a land, no ruling ("Lukashenko, who has
// ruled the country since 1994"); a court "ruled the law
// unconstitutional", "ruled that".
func governs(v *view, i int) bool {
	if v.lemma(i) != "rule" || hasClause(v, i) {
		return false
	}
	if o := v.child(i, "obj"); o >= 0 {
		return ruledLands[v.lemma(o)]
	}
	// "Mali and Burkina Faso, also ruled by soldiers": ruled lands, a
	// participle with an agent and no object.
	return v.word(i).XPOS == "VBN" && byPhrase(v, i) >= 0
}

// ruledLands are what a ruler rules.
var ruledLands = setOf(`country nation state kingdom island region republic territory city province land empire`)

// interruptedQuotations joins the two parts of a quotation its cue
// interrupts ("“To the extent they care,” he said of the campaign, “I’m
// sure I’ve pleased them.”"): the content is one part, and the other,
// claimed by no attribution, is a fragment of it. The first part ends in
// a comma inside its marks; between the cue and the second part stand
// only words of no verb (41 times in 56 on PolNeAR train the gold joins
// them).
func interruptedQuotations(d *document.Document, atts []document.Attribution, quoted []document.Span) {
	for i := range atts {
		a := &atts[i]
		if a.Content.Empty() || a.Source.Empty() || a.Cue.Empty() {
			continue
		}
		s := d.Sentences[a.Sentence]
		first := slices.IndexFunc(quoted, func(q document.Span) bool {
			return q.Start >= s.Start && q.End <= min(a.Source.Start, a.Cue.Start) && continues(d.Text, q)
		})
		if first < 0 {
			continue
		}
		q1 := quoted[first]
		if strings.TrimSpace(d.Text[q1.End:min(a.Source.Start, a.Cue.Start)]) != "" {
			continue // the source right after the first part
		}
		second := slices.IndexFunc(quoted, func(q document.Span) bool { return q.Start >= max(a.Source.End, a.Cue.End) && q.Start < s.End })
		if second < 0 || !plainGap(d, a.Sentence, max(a.Source.End, a.Cue.End), quoted[second].Start) {
			continue
		}
		q2 := quoted[second]
		switch {
		case within(a.Content, q1) && !claimedBy(atts, i, q2):
			a.ContentMore = append(a.ContentMore, q2)
		case within(a.Content, q2) && !claimedBy(atts, i, q1):
			a.ContentMore = append([]document.Span{q1}, a.ContentMore...)
		}
	}
}

// continues: the quotation q ends in a comma inside its marks ("“To the
// extent they care,”").
func continues(text string, q document.Span) bool {
	inner := strings.TrimRight(text[q.Start:q.End], "”\"'")
	return strings.HasSuffix(inner, ",")
}

// plainGap: the words between lo and hi are no clause of their own (no
// verb: "he said of the campaign, “…" but not "he said, adding, “…") and
// end with a comma.
func plainGap(d *document.Document, si, lo, hi int) bool {
	return strings.HasSuffix(strings.TrimSpace(d.Text[lo:hi]), ",") && !hasVerb(d, si, document.Span{Start: lo, End: hi})
}

// claimedBy: a span overlaps a part of an attribution other than atts[i]
// (any, for i = -1).
func claimedBy(atts []document.Attribution, i int, q document.Span) bool {
	for k, b := range atts {
		if k != i && (overlaps(b.Content, q) || overlaps(b.Cue, q) || overlaps(b.Source, q) ||
			slices.ContainsFunc(b.ContentMore, func(m document.Span) bool { return overlaps(m, q) })) {
			return true
		}
	}
	return false
}

// continueQuotations carries a quotation that ends before its cue on
// into the quotations that open the next sentences of the paragraph and
// fill them with no cue of their own ("“We're Manchester people,” Bennett
// said. “Sandy is kind of a local celebrity.”"): PolNeAR marks them as
// more of the same content, 1,351 times on train against 62 it did not.
func continueQuotations(d *document.Document, atts []document.Attribution, quoted []document.Span) {
	for i := range atts {
		a := &atts[i]
		if a.Content.Empty() || a.Cue.Start < a.Content.End || !startsQuote(d.Text, a.Content.Start) {
			continue
		}
		for si := a.Sentence + 1; si < len(d.Sentences) && d.Sentences[si].Part == d.Sentences[a.Sentence].Part; {
			s := d.Sentences[si]
			k := slices.IndexFunc(quoted, func(q document.Span) bool { return q.Start == s.Start })
			if k < 0 || claimedBy(atts, -1, quoted[k]) {
				break
			}
			q := quoted[k]
			// The quotation fills its last sentence: nothing but
			// punctuation after it, no cue of its own.
			last := si
			for last+1 < len(d.Sentences) && d.Sentences[last+1].Start < q.End {
				last++
			}
			if strings.TrimFunc(d.Text[q.End:max(q.End, d.Sentences[last].End)], unicode.IsPunct) != "" {
				break
			}
			a.ContentMore = append(a.ContentMore, q)
			si = last + 1
		}
	}
}

// interruptedClauses gives a clause that a parenthetical cue interrupts
// its first part: in "The only problem, Ms. Bigbee said, is that her
// daughter's hourly pay is low" the content is "The only problem" and "is
// that …". On train PolNeAR marks the first part 130 times in 171 when the
// words after the cue are no quotation; before a quotation ("Now, he
// added, “If there is …”") it mostly leaves it out.
func interruptedClauses(d *document.Document, atts []document.Attribution) {
	for i := range atts {
		a := &atts[i]
		if a.Source.Empty() || a.Content.Empty() || a.Source.End > a.Cue.Start || a.Cue.End > a.Content.Start ||
			strings.TrimSpace(d.Text[a.Cue.End:a.Content.Start]) != "," || startsQuote(d.Text, a.Content.Start) {
			continue
		}
		s := d.Sentences[a.Sentence]
		before := strings.TrimRightFunc(d.Text[s.Start:a.Source.Start], unicode.IsSpace)
		if !strings.HasSuffix(before, ",") {
			continue
		}
		first := document.Span{Start: s.Start, End: s.Start + len(before) - 1}
		if strings.TrimSpace(d.Text[first.Start:first.End]) == "" || slices.ContainsFunc(atts, func(b document.Attribution) bool {
			return overlaps(b.Content, first) || overlaps(b.Cue, first) || overlaps(b.Source, first)
		}) {
			continue
		}
		a.ContentMore = append([]document.Span{first}, a.ContentMore...)
	}
}

// startsQuote: the text at off opens with a quotation mark.
func startsQuote(text string, off int) bool {
	return document.IsQuote(string(firstRune(text[off:]))) || strings.HasPrefix(text[off:], "''")
}

// sourcesOutsideContents cuts from a source the words of its quotation,
// which a broken parse can hang on the speaker: in "\"This is not the
// first time …, but it is the most serious,\" Sikorski said", the parse
// made "it is the most serious" a modifier of "Sikorski". What is left is
// the part after the quotation (or, for a source before it, the part
// before). Only a quotation's marks are trusted as its edge: a content
// that ends inside a name ("…, Federal Election Commission records
// show") is the content's error, not the source's.
func sourcesOutsideContents(text string, atts []document.Attribution) {
	for i := range atts {
		s, c := &atts[i].Source, atts[i].Content
		if s.Empty() || c.Empty() || s.End <= c.Start || s.Start >= c.End || s.Start >= c.Start && s.End <= c.End {
			continue
		}
		switch {
		case s.End > c.End && s.Start >= c.Start && document.IsQuote(string(lastRune(text[c.Start:c.End]))):
			*s = trimmedSpan(text, c.End, s.End)
		case s.Start < c.Start && s.End <= c.End && document.IsQuote(string(firstRune(text[c.Start:c.End]))):
			*s = trimmedSpan(text, s.Start, c.Start)
		}
	}
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }
func lastRune(s string) rune  { r, _ := utf8.DecodeLastRuneInString(s); return r }

// trimmedSpan is text[lo:hi] without the spaces and punctuation at its
// ends.
func trimmedSpan(text string, lo, hi int) document.Span {
	edge := func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }
	t := strings.TrimRightFunc(text[lo:hi], edge)
	u := strings.TrimLeftFunc(t, edge)
	lo += len(t) - len(u)
	return document.Span{Start: lo, End: lo + len(u)}
}

// closeAppositives gives a source with an appositive its closing comma
// ("Brian Deese, the White House climate change adviser, said"), as
// PolNeAR's annotators mark it: on train they include it 489 times in 542
// after a source with a comma inside, and never after one without.
func closeAppositives(text string, atts []document.Attribution) {
	for i := range atts {
		s := &atts[i].Source
		if !s.Empty() && s.End < len(text) && text[s.End] == ',' && strings.Contains(text[s.Start:s.End], ",") {
			s.End++
		}
	}
}

// cueOrder appends to order the sentence's word indices in the order in
// which its cues are read: "according to" first, since it frames the
// whole sentence ("Trump said he was happy to see it, according to The
// New York Times" is the Times' report, whose content holds Trump's
// words), then the cues that govern others before those they govern
// ("Iran also warned against any foreign presence, Iranian state media
// reported": the report's content holds the warning, which is then no
// attribution of its own), and words of one depth from left to right;
// last, a statement a report after it relays ("The officials said …,
// Axios reported"), read inside that report's content.
// rank, reused from sentence to sentence, gets each word's sort key, so
// the comparison neither folds case nor walks the tree again.
func cueOrder(order, rank []int, v *view, cue []bool) ([]int, []int) {
	n := len(v.s.Words)
	for i := range n {
		order = append(order, i)
		// Its depth, and "according" before every depth.
		d := 0
		for h := v.Head(i); h >= 0 && d < n; h = v.Head(h) {
			d++
		}
		if strings.EqualFold(v.word(i).Form, "according") {
			d = -1
		}
		if cue[i] && sayingVerbs[v.lemma(i)] && reportedAfter(v, cue, i) {
			d += n + 1 // after every depth, in the order of depth
		}
		rank = append(rank, d)
	}
	slices.SortStableFunc(order, func(a, b int) int { return rank[a] - rank[b] })
	return order, rank
}

// numbered makes the attributions' IDs unique within the article: each
// pass names its own by a letter ("a" cues, "q" quotations, "s"
// signatures, "h" headlines, "i" documents, "k" questions) and counts
// from one, so
// passes that share a letter are counted on.
func numbered(atts []document.Attribution) []document.Attribution {
	next := map[byte]int{}
	for i := range atts {
		p := atts[i].ID[0]
		next[p]++
		atts[i].ID = fmt.Sprintf("%c%d", p, next[p])
	}
	return atts
}

// askedFrames attributes the question a sentence opens with ("Asked if
// he was encouraging violence, Trump said …", "When asked whether …"):
// PolNeAR annotates it as a report of its own, without a source unless
// "by" names the asker.
func askedFrames(d *document.Document, have []document.Attribution) []document.Attribution {
	var out []document.Attribution
	for si := range d.Sentences {
		s := &d.Sentences[si]
		ws := s.Words
		a := 0
		if len(ws) > 1 && askedOpeners[strings.ToLower(ws[0].Form)] {
			a = 1
		}
		if len(ws) < a+4 || !strings.EqualFold(ws[a].Form, "asked") || !askedWhat[strings.ToLower(ws[a+1].Form)] {
			continue
		}
		comma := slices.IndexFunc(ws[a+1:], func(w document.Word) bool { return w.Form == "," })
		if comma < 1 || comma > 30 {
			continue
		}
		comma += a + 1
		cue := document.Span{Start: ws[a].Start, End: ws[a].End}
		if slices.ContainsFunc(have, func(x document.Attribution) bool { return overlaps(x.Cue, cue) || overlaps(x.Content, cue) }) {
			continue
		}
		v := newView(d.Text, s)
		at := document.Attribution{ID: fmt.Sprintf("k%d", len(out)+1), Kind: document.Indirect, Sentence: si, Cue: cue,
			Content: v.span(rangeInts(a+1, comma))}
		describe(d, v, a, &at)
		out = append(out, at)
	}
	return out
}

var (
	askedOpeners = setOf("when if once after")
	askedWhat    = setOf("if whether about what who whom why how where when which to")
)

// documentNouns are what a sentence can open with "In" as the source of
// what follows: "In a CNN poll released Monday, 50 percent chose Clinton".
var documentNouns = setOf(`poll survey study report analysis statement letter memo filing document email op-ed
	column editorial tweet post book transcript complaint lawsuit ruling opinion testimony`)

// documentFrames attributes a sentence that opens with "In" and a poll,
// report or statement, set off by a comma, to that document, when no cue
// in the rest of the sentence reports it already ("In an interview, he
// said …" has its own).
func documentFrames(d *document.Document, have []document.Attribution) []document.Attribution {
	var out []document.Attribution
	for si := range d.Sentences {
		s := &d.Sentences[si]
		ws := s.Words
		if len(ws) < 6 || !strings.EqualFold(ws[0].Form, "in") {
			continue
		}
		// The phrase up to the first comma, within a dozen words, names a
		// document and has no finite verb ("released Monday" may follow).
		comma, doc := -1, false
		for k := 1; k < len(ws) && k <= 12; k++ {
			if ws[k].Form == "," {
				comma = k
				break
			}
			doc = doc || ws[k].UPOS == "NOUN" && documentNouns[strings.ToLower(ws[k].Lemma)]
			if x := ws[k].XPOS; x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD" || x == "VB" || x == "VBG" ||
				k == 1 && (ws[k].Lemma == "response" || ws[k].Lemma == "addition" || ws[k].Lemma == "reply") {
				doc = false // "In an attempt to cover up her email scandal", "In declaring …", "In response to the filings"
				break
			}
		}
		if comma < 2 || !doc || comma+2 >= len(ws) {
			continue
		}
		v := newView(d.Text, s)
		end := comma - 1
		rest := document.Span{Start: ws[end+2].Start, End: ws[len(ws)-1].End}
		in := document.Span{Start: ws[0].Start, End: ws[0].End}
		if slices.ContainsFunc(have, func(a document.Attribution) bool {
			return a.Sentence == si && (overlaps(a.Cue, rest) || overlaps(a.Cue, in))
		}) {
			continue
		}
		a := document.Attribution{ID: fmt.Sprintf("i%d", len(out)+1), Kind: document.AccordingTo, Sentence: si,
			Cue:     document.Span{Start: ws[0].Start, End: ws[0].End},
			Source:  v.span(rangeInts(1, comma)),
			Content: v.span(withoutFinalPunct(v, rangeInts(end+2, len(ws))))}
		describe(d, v, 0, &a)
		out = append(out, a)
	}
	return out
}

// pollNouns are what a clause can be reported "in": "Trump has a decisive
// lead in the polls", "he fell to 10 percent in the latest CNN/ORC poll".
var pollNouns = setOf(`poll survey polling`)

// pollFrames attributes a clause to the poll it is found "in", when that
// phrase follows the sentence's first word (documentFrames has the ones
// that open it): PolNeAR marks the poll the source, "in" the cue and the
// clause the content (74 times on train, 66 of them polls or surveys).
// A clause another attribution holds or reports is left to it.
func pollFrames(d *document.Document, have []document.Attribution) []document.Attribution {
	var out []document.Attribution
	for si := range d.Sentences {
		s := &d.Sentences[si]
		var v *view
		for k := range s.Words {
			if s.Words[k].UPOS != "NOUN" || !pollNouns[strings.ToLower(s.Words[k].Lemma)] {
				continue
			}
			if v == nil {
				v = newView(d.Text, s)
			}
			a, ok := pollFrame(d, v, k)
			if !ok || slices.ContainsFunc(have, func(b document.Attribution) bool {
				return overlaps(b.Content, a.Content) || overlaps(b.Cue, a.Content) || overlaps(b.Content, a.Cue) || overlaps(b.Source, a.Source)
			}) || slices.ContainsFunc(out, func(b document.Attribution) bool { return overlaps(b.Content, a.Content) }) {
				continue
			}
			a.ID = fmt.Sprintf("p%d", len(out)+1)
			a.Sentence = si
			out = append(out, a)
		}
	}
	return out
}

// pollFrame is the attribution of the clause that the poll noun at k
// (or the average of polls it is "of") is found "in".
func pollFrame(d *document.Document, v *view, k int) (document.Attribution, bool) {
	p := k
	if h := v.Head(k); h >= 0 && v.Rel(k) == "nmod" && caseWordOf(v, k) == "of" && caseWordOf(v, h) == "in" {
		p = h // "in the RealClearPolitics average of New Hampshire polls"
	}
	in := v.child(p, "case")
	h := v.Head(p)
	if in < 1 || h < 0 || caseWordOf(v, p) != "in" || v.inQuote[in] || v.Rel(p) != "obl" && v.Rel(p) != "nmod" {
		return document.Attribution{}, false
	}
	c := h
	for len(v.ChildrenWith(c, "nsubj", "csubj", "expl")) == 0 && v.Head(c) >= 0 && !clauseRels[v.Rel(c)] {
		c = v.Head(c)
	}
	if len(v.ChildrenWith(c, "nsubj")) == 0 && v.Head(c) >= 0 || v.word(c).Rel == "acl:relcl" ||
		slices.ContainsFunc(v.Children(c), func(x int) bool { return x < c && strings.HasPrefix(v.word(x).XPOS, "W") }) {
		return document.Attribution{}, false // "who leads in polls out of Iowa", "when Sanders has sagged in the polls"
	}
	// The clause without its conjunction, its subordinator and what is
	// joined after it; the poll's phrase without "in" and its conjuncts.
	var ws, src []int
	clauseSkip := subtreesOf(v, c, func(x int) bool { return x > c && (v.Rel(x) == "conj" || v.Rel(x) == "parataxis") })
	for _, w := range v.Subtree(c, p) {
		if r := v.Rel(w); !clauseSkip[w] && !(v.Head(w) == c && (r == "mark" || r == "cc" || r == "parataxis")) {
			ws = append(ws, w)
		}
	}
	pollSkip := subtreesOf(v, p, func(x int) bool { return v.Rel(x) == "conj" })
	for _, w := range v.Subtree(p, in) {
		if w > in && !pollSkip[w] {
			src = append(src, w)
		}
	}
	content := v.phrase(c, withoutFinalPunct(v, ws))
	source := v.phrase(p, withoutFinalPunct(v, src))
	if content.Empty() || source.Empty() || overlaps(content, source) {
		return document.Attribution{}, false
	}
	a := document.Attribution{Kind: document.AccordingTo, Cue: v.span([]int{in}), Source: source, Content: content}
	describe(d, v, in, &a)
	return a, true
}

// subtreesOf marks the words under the children of h that keep holds
// for.
func subtreesOf(v *view, h int, keep func(int) bool) []bool {
	in := make([]bool, len(v.s.Words))
	for _, x := range v.Children(h) {
		if keep(x) {
			for _, w := range v.Subtree(x, -1) {
				in[w] = true
			}
		}
	}
	return in
}

// caseWordOf is the lower-cased first case marker of the phrase at k, or "".
func caseWordOf(v *view, k int) string {
	if c := v.child(k, "case"); c >= 0 {
		return strings.ToLower(v.word(c).Form)
	}
	return ""
}

// clauseRels are the relations that make their word a clause of its own.
var clauseRels = setOf(`ccomp advcl parataxis acl csubj xcomp root`)

// orphanQuotes attributes quotations of five words or more that no cue
// claimed to the verb outside the quotation nearest to them.
func (x *Extractor) orphanQuotes(d *document.Document, have []document.Attribution) []document.Attribution {
	var out []document.Attribution
	for si := range d.Sentences {
		s := &d.Sentences[si]
		q := quoteIn(d.Text, s.Start, s.End, partBounds(d, s.Start).End)
		if q.Empty() || len(strings.Fields(d.Text[q.Start:q.End])) < 5 {
			continue
		}
		if slices.ContainsFunc(have, func(a document.Attribution) bool { return overlaps(a.Content, q) }) {
			continue
		}
		v := newView(d.Text, s)
		best, dist := -1, 1<<30
		for i, w := range s.Words {
			if w.UPOS != "VERB" || v.inQuote[i] || inSpan(&s.Words[i], q) {
				continue
			}
			dd := min(abs(w.Start-q.End), abs(q.Start-w.End))
			if dd < dist {
				best, dist = i, dd
			}
		}
		if best < 0 || dist > 40 {
			continue
		}
		a := document.Attribution{Kind: document.Direct, Cue: v.span(append(verbGroup(v, best), best)), Content: q, Sentence: si}
		a.Source = source(v, best)
		if a.Source.Empty() || overlaps(a.Source, q) {
			a.Source = speakerNextTo(v, best, q)
		}
		a.ID = fmt.Sprintf("q%d", len(out)+1)
		describe(d, v, best, &a)
		out = append(out, a)
	}
	return out
}

// addressedQuotes folds a quotation found for a cue that already has an
// attribution into it, unless that attribution's content is a clause
// that follows the cue as its complement ("said he was convinced that
// …"): whom the cue addresses ("thanked Obama for “…”": Obama is
// thanked, the quotation is what) or a clause the parse hung on the cue
// elsewhere ("said of Mr. Clinton, who, in reality, is a so-so golfer")
// is no content beside the quotation.
func addressedQuotes(d *document.Document, atts []document.Attribution) []document.Attribution {
	drop := map[int]bool{}
	for i := range atts {
		q := &atts[i]
		if q.Kind != document.Direct || !strings.HasPrefix(q.ID, "q") {
			continue
		}
		for j := range atts {
			a := &atts[j]
			if j == i || drop[j] || a.Cue != q.Cue || len(a.ContentMore) > 0 || a.Kind != document.Direct && hasVerb(d, a.Sentence, a.Content) && followsCue(d.Text, a) {
				continue
			}
			a.Content, a.Kind = q.Content, document.Direct
			drop[i] = true
			break
		}
	}
	out := atts[:0]
	for i, a := range atts {
		if !drop[i] {
			out = append(out, a)
		}
	}
	return out
}

// followsCue: the attribution's content starts right after its cue, as a
// complement does ("said he was convinced that …"), not a clause the
// parse hung on it elsewhere ("who, in reality, is a so-so golfer").
func followsCue(text string, a *document.Attribution) bool {
	return a.Content.Start >= a.Cue.End && strings.TrimSpace(text[a.Cue.End:a.Content.Start]) == ""
}

// hasVerb: a word of span s in sentence si is a verb.
func hasVerb(d *document.Document, si int, s document.Span) bool {
	if si < 0 || si >= len(d.Sentences) {
		return true
	}
	return slices.ContainsFunc(d.Sentences[si].Words, func(w document.Word) bool {
		return (w.UPOS == "VERB" || w.UPOS == "AUX") && w.Start >= s.Start && w.End <= s.End
	})
}

// verbGroup is the auxiliaries, negation and adverbs right before a cue
// verb that PolNeAR's annotators mark as part of the cue ("has also
// said", "is expected", "did not mention"): the cue's own dependents,
// adjacent to it and to each other, not a clause's "when".
func verbGroup(v *view, i int) []int {
	var out []int
	for k := i - 1; k >= 0 && v.Head(k) == i; k-- {
		w := v.word(k)
		switch r := universal(w.Rel); {
		case r == "aux" && w.UPOS == "AUX" && auxiliaries[strings.ToLower(w.Lemma)]:
		case r == "advmod" && (w.UPOS == "ADV" || w.UPOS == "PART") && w.XPOS != "WRB" && !startsUpper(w.Form):
		default:
			return out // "Aides said" with "Aides" taken for an auxiliary; "Trump subsequently defended"
		}
		out = append(out, k)
	}
	return out
}

var auxiliaries = setOf("be have do will would can could may might must shall should")

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// build makes the attribution of the cue whose head is word i.
func build(d *document.Document, si int, v *view, i int) (document.Attribution, bool) {
	w := v.word(i)
	a := document.Attribution{Kind: document.Indirect}
	cue := []int{i}
	for _, c := range v.Children(i) {
		if r := v.word(c).Rel; r == "fixed" || r == "compound:prt" {
			cue = append(cue, c)
		}
	}
	reports := i // the word whose complement is the content
	if j := reportingInfinitive(v, i); j >= 0 {
		cue = append(cue, rangeInts(i+1, j+1)...)
		reports = j
	} else if j := statementSaying(v, i); j >= 0 {
		cue = append(cue, rangeInts(i+1, j+1)...)
		reports = j
	}
	prep := prepositionalObject(v, reports)
	if prep >= 0 {
		cue = append(cue, i+1)
	}
	if putIt(v, i) {
		cue = append(cue, i+1)
	}
	cue = append(cue, verbGroup(v, i)...)
	slices.Sort(cue)
	a.Cue = v.span(cue)
	if a.Cue.Empty() {
		a.Cue = document.Span{Start: w.Start, End: w.End}
	}
	if next := cue[len(cue)-1] + 1; next < len(v.s.Words) && v.word(next).Form == ":" && v.word(next).Start == a.Cue.End {
		a.Cue.End = v.word(next).End // "added:", as PolNeAR marks the cue that opens a quotation
	}
	lemma := v.lemma(i)
	switch {
	case lemma == "according" || lemma == "accord" || strings.EqualFold(w.Form, "according"):
		a.Kind = document.AccordingTo
		// UD makes "according to" the case marker of the source; a parse
		// may instead make "according" a verb with the source below it.
		x := v.child(i, "obl", "nmod", "obj")
		if x < 0 {
			x = v.Head(i)
		}
		if x < 0 {
			return a, false
		}
		// "according to the Bureau of Labor Statistics" with "Bureau" a
		// compound of "Statistics": the source is the whole name.
		for hd := v.Head(x); hd >= 0 && hd != i && (v.word(x).Rel == "compound" || v.word(x).Rel == "flat" || v.word(x).Rel == "nmod:desc") &&
			(v.word(hd).UPOS == "PROPN" || v.word(hd).UPOS == "NOUN"); hd = v.Head(x) {
			x = hd
		}
		src := withoutRelay(v, withoutCase(v, v.Subtree(x, -1)))
		a.Source = v.phrase(x, untilComma(v, x, src))
		if hd := v.Head(x); hd >= 0 && hd != i {
			// "Norway has offered to host talks …, according to
			// diplomats", with the phrase hung on the infinitive: what
			// they report is the whole clause.
			// "Beijing also froze the executives' assets and banned them
			// from entering China, according to …", with the phrase on
			// the last conjunct: the whole coordination.
			for (v.word(hd).Rel == "xcomp" || v.word(hd).Rel == "ccomp" || v.word(hd).Rel == "conj" && v.word(hd).UPOS == "VERB" && x > hd) && v.Head(hd) >= 0 {
				hd = v.Head(hd)
			}
			a.Content, a.ContentMore = v.around(v.Subtree(hd, x), i)
		} else {
			var rest []int
			for k := range v.s.Words {
				if k != i && !inSpan(v.word(k), a.Source) && !(v.word(k).Rel == "fixed" && v.Head(k) == i) {
					rest = append(rest, k)
				}
			}
			a.Content, a.ContentMore = v.around(rest, i)
		}
	case w.Form == ":":
		from := 0
		if i > 1 && document.IsQuote(v.word(0).Form) {
			from = 1 // "“PENCE: Well, look, …": the quotation mark opens the turn, not the name
		}
		a.Source = v.span(rangeInts(from, i))
		a.Content = v.span(rangeInts(i+1, len(v.s.Words)))
		if tail := len(v.s.Words) - i - 1; tail > 0 && tail <= 4 && i > tail {
			// "Trump, Erdogan made covert attempts …: Axios"
			a.Source, a.Content = a.Content, a.Source
		}
		if !nameLike(v, a.Source) {
			return a, false
		}
		if part := d.Sentences[si].Part; part >= 0 && part < len(d.Parts) {
			p := d.Parts[part]
			if p.Kind == document.Headline {
				a.Kind = document.HeadlineAtt
			} else if !a.Content.Empty() {
				a.Content.End = trimEnd(d.Text, a.Content.Start, p.End)
			}
		}
	default:
		if w.UPOS == "VERB" && v.child(i, "det") >= 0 && v.child(i, "nsubj") < 0 ||
			w.UPOS == "NOUN" && v.child(i, "cop") >= 0 {
			// "No US talks while Iran is under attack": a verb with a
			// determiner and no subject is a noun the tagger took for
			// one, and a noun that is a copula's predicate ("under
			// attack") reports nothing.
			return a, false
		}
		if signsAgreement(v, i) || breaksTies(v, i) {
			return a, false // "signed a peace agreement", "broke off relations": an act, not words
		}
		if h := v.Head(i); w.Rel == "amod" && w.XPOS == "VBN" && h > i && attributive(v, i, h) {
			// "over an alleged coup plot", "The alleged shooter, Robert
			// Lewis Dear, is in custody": a participle before a noun
			// qualifies the noun, which is all it reports, and names no
			// one but the name joined to it ("a Sanders-endorsed
			// candidate"); PolNeAR's content is the noun and its
			// apposition.
			a.Content = qualifiedNoun(v, i, h)
			if i >= 2 && v.word(i-1).Form == "-" && v.word(i-2).UPOS == "PROPN" {
				a.Source = v.span([]int{i - 2}) // "a Sanders-endorsed candidate"
			}
			a.Kind = kindOf(d.Text, a)
			return a, true
		}
		if named := v.child(i, "xcomp"); named >= 0 && v.word(named).UPOS == "NOUN" && v.child(i, "nsubj:pass") >= 0 {
			return a, false // "Biya declared winner", "X was named prime minister": a role given, not words
		}
		if relativeObject(v, reports) && prep < 0 {
			return a, false // "his message of love, which he usually preaches": what, not words
		}
		a.Source = source(v, i)
		a.Content = content(v, reports, prep)
		if putIt(v, i) {
			a.Content, a.ContentMore = aroundPutIt(v, i)
		}
		q := nearQuote(d, si, v, i)
		if prep >= 0 {
			q = document.Span{} // "…,” Trump said, referring to Cruz": Cruz is what it reports
		}
		if !q.Empty() && a.Content.Empty() && q.Start >= a.Cue.End && reportBetween(v, i, q) {
			// "China has not formally responded, but a Chinese official
			// told Reuters that Beijing was "studying the proposal"": the
			// quotation is the later report's, and a cue with nothing of
			// its own reports nothing.
			return a, false
		}
		if h := v.Head(i); !q.Empty() && v.word(i).XPOS == "VBG" && h >= 0 && h < i && v.word(h).UPOS == "VERB" && v.word(h).Start > q.End {
			q = document.Span{} // "\"The war is over,\" Trump told lawmakers, calling the day …": the quotation is the report's before it
		}
		if !q.Empty() && overlaps(a.Source, q) && q.End <= a.Cue.Start {
			// "\"Safety first,\" said Grimm": a subject inside the quotation is
			// its words, and the name after the cue its speaker.
			a.Source, a.Content = document.Span{}, q
		}
		if !q.Empty() && (a.Content.Empty() || adjacent(d.Text, q, a.Cue) && (!overlaps(a.Content, q) || within(a.Content, q)) && !ownContent(d.Text, q, a.Cue, a.Content, hasClause(v, i))) {
			a.Content = q
		}
	}
	if a.Content.Empty() {
		a.Content = restOfSentence(v, i, a.Source, a.Cue)
	}
	if a.Content.Empty() || v.lemma(i) == "ask" && anonymityRequest(d.Text[a.Content.Start:a.Content.End]) {
		return a, false // "who asked not to be named": a term of the source's, no report
	}
	if k := v.s.WordStarting(a.Content.Start); k >= 0 && v.word(k).End == a.Content.End && v.word(k).UPOS == "ADP" {
		return a, false // "talks that Trump had pushed for": a stranded preposition says nothing
	}
	a.Content = endAtQuotation(d.Text, extendQuote(d, si, a.Content))
	a.Cue, a.Content = prepositionToCue(d.Text, v, a.Cue, a.Content)
	a.Content = withoutClosingAppositive(d.Text, v, withoutClosingRelative(d.Text, v, a.Content))
	if a.Kind != document.AccordingTo && a.Kind != document.HeadlineAtt && (overlaps(a.Source, a.Content) || a.Source.Empty()) {
		if a.Source = speakerNextTo(v, i, a.Content); a.Source.Empty() {
			a.Source = leadingPhrase(v, i, a.Content)
		}
	}
	if r := universal(v.word(i).Rel); r != "acl" && r != "acl:relcl" {
		a.Source = withPremodifiers(v, a.Source) // not "the best friend Donald J. Trump has"
	}
	a.Source = withoutFrontedPhrase(v, withoutLeadIn(v, beforeCue(d.Text, withoutStrayQuote(d.Text, a.Source), a.Cue)))
	a.Source = withClosingBracket(d.Text, withoutTime(v, a.Source))
	a.Kind = kindOf(d.Text, a)
	return a, true
}

// attributive: the participle at i stands inside the noun phrase of h, a
// determiner, adjective, preposition or hyphen before it, nothing of a
// clause on it, and only the noun's modifiers between it and the noun;
// not a verb the parse hung on its object ("Democrats blasted
// Republicans", "Trump also embraced enhanced interrogation").
func attributive(v *view, i, h int) bool {
	if v.child(i, "nsubj") >= 0 || v.child(i, "aux") >= 0 || v.child(i, "obj") >= 0 {
		return false
	}
	for k := i + 1; k < h; k++ {
		if hd := v.Head(k); hd <= i || hd > h {
			return false
		}
	}
	if i == 0 {
		return true
	}
	switch before := v.word(i - 1); before.UPOS {
	case "DET", "ADJ", "ADP", "CCONJ", "NUM", "SCONJ":
		return true
	case "PUNCT":
		return before.Form == "-" || before.Form == "(" // "self-described"; not ", praised"
	case "PRON":
		return before.Rel == "nmod:poss"
	}
	return false
}

// qualifiedNoun is the noun h the participle at i qualifies, from the
// word after the participle, with the apposition that follows the noun.
func qualifiedNoun(v *view, i, h int) document.Span {
	c := v.span(rangeInts(i+1, h+1))
	if ap := v.child(h, "appos"); ap > h {
		ws := v.Subtree(ap, -1)
		c.End = v.word(ws[len(ws)-1]).End
		if next := ws[len(ws)-1] + 1; next < len(v.s.Words) && v.word(next).Form == "," {
			c.End = v.word(next).End
		}
	}
	return c
}

// signsAgreement: the cue at i is "sign" (or "ink") with a pact or a law
// for its object, or its subject in the passive ("The Reciprocal Access
// Agreement was signed in Manila"), which binds its signers and reports
// nothing they said (a signed letter or statement does).
func signsAgreement(v *view, i int) bool {
	if l := v.lemma(i); l != "sign" && l != "ink" {
		return false
	}
	o := v.child(i, "obj", "nsubj:pass")
	return o >= 0 && signedPacts[v.lemma(o)]
}

// breaksTies: the cue at i is "break off" with ties or talks for its
// object ("Mexico broke off diplomatic relations with Ecuador"), an act
// the model took for "broke off with a dismissive …" of PolNeAR, or
// "break out" ("mass protests in Charlotte broke out").
func breaksTies(v *view, i int) bool {
	if v.lemma(i) != "break" {
		return false
	}
	o, p := v.child(i, "obj"), v.child(i, "compound:prt")
	return o >= 0 && brokenTies[v.lemma(o)] || p >= 0 && v.lemma(p) == "out"
}

var brokenTies = setOf("relation tie talk contact negotiation dialogue")

var signedPacts = setOf("agreement deal treaty accord pact law bill order decree memorandum contract ceasefire truce armistice protocol charter convention")

// relativeObject: the only thing the cue at i takes is a relative
// pronoun before it ("his message of love, which he usually preaches",
// "Erdogan, whom both leaders thanked for his efforts",
// "a victory, which Clinton conceded"): a thing, not words. A verb of
// saying so placed reports the relative clause ("which state media
// claimed now allows Pyongyang to …"), and one with a complement of its
// own reports that ("reasons that Trump refuses to make public …").
func relativeObject(v *view, i int) bool {
	o := v.child(i, "obj")
	if w := v.child(i, "obl"); o < 0 && w >= 0 && w < i && strings.EqualFold(v.word(w).Form, "whom") && v.child(w, "case") < 0 {
		o = w // "whom" the parse made an oblique
	}
	if o < 0 || o > i || v.word(o).XPOS != "WDT" && !strings.EqualFold(v.word(o).Form, "whom") || sayingLemmas[v.lemma(i)] || disputedClaim(v, i) >= 0 {
		return false // "…, which he denies": the clause before is what is denied
	}
	// "…, which friends described as miserable": what it was said to be.
	// "whom he describes as having …" too.
	asPhrase := slices.ContainsFunc(v.ChildrenWith(i, "obl", "advcl"), func(c int) bool {
		k := v.child(c, "case", "mark")
		return k >= 0 && strings.EqualFold(v.word(k).Form, "as")
	})
	return v.child(i, "ccomp", "xcomp", "parataxis", "csubj") < 0 && !asPhrase
}

// sayingLemmas are verbs of saying or believing, whose relative pronoun
// object may be the subject of what they report.
var sayingLemmas = setOf("say claim believe think argue report estimate suggest contend insist predict write tell add warn note")

// anonymityRequest: what a source asked is not to be named ("not to be
// named", "to be identified only as …", "for anonymity"); the parse
// may leave the "not" out of the content.
func anonymityRequest(content string) bool {
	c := strings.TrimPrefix(strings.ToLower(content), "not ")
	for _, p := range []string{"to be named", "to be identified", "for anonymity", "anonymity"} {
		if strings.HasPrefix(c, p) {
			return true
		}
	}
	return false
}

// reportingInfinitive is the infinitive of the cue at i that is itself a
// cue with a complement of its own, or -1: in "has sought to distinguish
// himself as …", "went on to say that …", "were more likely to say
// Clinton still has a shot", PolNeAR marks the words up to the
// infinitive as the cue and its complement as the content, where "plans
// to build a wall" reports the infinitive.
func reportingInfinitive(v *view, i int) int {
	for _, j := range v.ChildrenWith(i, "xcomp", "advcl") {
		if j <= i || !reportingVerbs[v.lemma(j)] || v.word(j).UPOS != "VERB" || v.child(j, "obj", "ccomp") < 0 {
			continue
		}
		m := v.child(j, "mark")
		if m < 0 || m != j-1 || !strings.EqualFold(v.word(m).Form, "to") {
			continue
		}
		for k := i + 1; k < m; k++ {
			switch v.word(k).UPOS {
			case "ADV", "PART", "AUX", "ADJ":
			default:
				return -1 // "wants voters to know", "will call in from London to discuss"
			}
		}
		return j
	}
	return -1
}

// statementSaying is the participle that says what the statement,
// report or ad the verb at i issues says, or -1: in "issued a statement
// saying that the Senate should not confirm a replacement", "released a
// new radio ad calling it "dangerous"", PolNeAR marks the words up to
// the participle as the cue and its complement as the content (on train
// 21 times with "issued" or "released"), where "issued a statement" alone
// is no attribution of the statement's words.
func statementSaying(v *view, i int) int {
	if !issuingVerbs[v.lemma(i)] || v.word(i).UPOS != "VERB" {
		return -1
	}
	o := v.child(i, "obj")
	if o < 0 || o < i || !issuedDocuments[v.lemma(o)] {
		return -1
	}
	in := v.Subtree(o, -1)
	// The participle on the document, or on the verb right after the
	// document's phrase ("issued a statement saying", parsed either way).
	for _, j := range append(v.ChildrenWith(o, "acl"), v.ChildrenWith(i, "advcl")...) {
		if j > o && v.word(j).XPOS == "VBG" && v.child(j, "obj", "ccomp", "xcomp") >= 0 && v.child(j, "mark") < 0 &&
			!slices.ContainsFunc(rangeInts(i+1, j), func(k int) bool { return !slices.Contains(in, k) && v.word(k).UPOS != "PUNCT" }) {
			return j
		}
	}
	return -1
}

var (
	issuingVerbs    = setOf("issue release publish")
	issuedDocuments = setOf("statement report memo letter ad video advertisement communique declaration")
)

// reportingVerbs say, show or know: as an infinitive they are part of the
// cue (on PolNeAR train "to say" 34 times, "to see" 15, "to show" 10),
// where "to build", "to ban", "to work" are the content.
var reportingVerbs = setOf(`say tell explain describe show know see note suggest emphasize stress express
	confirm deny question believe understand remember demonstrate convince persuade assure discuss point
	portray defend criticize report declare acknowledge announce claim highlight argue insist warn wonder
	ask answer justify disavow reject endorse praise blame accuse admit reveal predict prove learn decide determine`)

// prepositionToCue moves a preposition that opens the content right
// after the cue into the cue: "is calling for the United States to step
// up", "are tired of a Republican Party", "joked about moving", which
// PolNeAR marks with the cue (330 times on its train half).
func prepositionToCue(text string, v *view, cue, content document.Span) (document.Span, document.Span) {
	k := v.s.WordStarting(content.Start)
	if k < 0 || k+1 >= len(v.s.Words) || v.word(k).End >= content.End || content.Start < cue.End || strings.TrimSpace(text[cue.End:content.Start]) != "" {
		return cue, content
	}
	w := v.word(k)
	forClause := strings.EqualFold(w.Form, "for") && w.Rel == "mark" // "called for Israel to halt its offensive"
	if w.UPOS != "ADP" && !forClause || !cuePrepositions[strings.ToLower(w.Form)] {
		return cue, content
	}
	cue.End = w.End
	content.Start = v.word(k + 1).Start
	return cue, content
}

// withoutClosingRelative drops a relative clause set off by a comma that
// ends a reported content: "blamed Trump for alienating Hispanics, which
// he believes …", "a Cruz win in Texas, which votes on March 1". The
// writer describes what the source named; PolNeAR leaves it out. Quoted
// words stay whole.
func withoutClosingRelative(text string, v *view, c document.Span) document.Span {
	if quotedContent(text, c) {
		return c
	}
	for k := 1; k+1 < len(v.s.Words); k++ {
		w, rel := v.word(k), v.word(k+1)
		if w.Form != "," || w.Start <= c.Start || w.End >= c.End || !closingRelatives[strings.ToLower(rel.Form)] {
			continue
		}
		r := v.Head(k + 1)
		for r >= 0 && v.word(r).Rel != "acl:relcl" && v.word(r).Start > w.Start {
			r = v.Head(r)
		}
		if r < 0 || v.word(r).Rel != "acl:relcl" {
			continue
		}
		if endsContent(text, v, v.Subtree(r, -1), c) {
			return document.Span{Start: c.Start, End: v.word(k - 1).End}
		}
	}
	return c
}

// quotedContent: the content is empty or holds quotation marks, whose
// words stay whole.
func quotedContent(text string, c document.Span) bool {
	return c.Empty() || document.IsQuote(text[c.Start:c.Start+1]) || strings.ContainsAny(text[c.Start:c.End], "“”\"")
}

// endsContent: the words ws (a subtree, in order) run to the end of
// content c, but for a full stop.
func endsContent(text string, v *view, ws []int, c document.Span) bool {
	last := v.word(ws[len(ws)-1])
	return last.End >= c.End || strings.TrimSpace(text[last.End:c.End]) == "" || strings.Trim(text[last.End:c.End], " .") == ""
}

// withoutClosingAppositive drops an appositive set off by a comma that
// ends a reported content: "gravitating toward Sen. Bernie Sanders,
// I-Vt., a self-described Democratic socialist", "Jerusalem as its
// capital, a claim not recognized internationally". Like a closing
// relative clause, it is the writer's; quoted words stay whole.
func withoutClosingAppositive(text string, v *view, c document.Span) document.Span {
	if quotedContent(text, c) || !clauseContent(v, c) {
		return c // "met Nidal Hasan, the former Army psychiatrist": a noun reported is described
	}
	for k := 1; k+1 < len(v.s.Words); k++ {
		w, next := v.word(k), v.word(k+1)
		if w.Form != "," || w.Start <= c.Start || w.End >= c.End || next.UPOS != "DET" {
			continue
		}
		// The appositive's noun, on a noun before the comma, whatever
		// the parse calls the relation (appos, or acl:relcl).
		r := v.Head(k + 1)
		if r < 0 || v.word(r).UPOS != "NOUN" || v.Head(r) < 0 || v.Head(r) >= k || !nounish(v.word(v.Head(r))) {
			continue
		}
		if ws := v.Subtree(r, -1); (ws[0] == k+1 || ws[0] == k) && endsContent(text, v, ws, c) {
			return document.Span{Start: c.Start, End: v.word(k - 1).End}
		}
	}
	return c
}

// clauseContent: the content is a clause, its head a verb or a
// predicate with a copula, not a noun phrase.
func clauseContent(v *view, c document.Span) bool {
	for k, w := range v.s.Words {
		if w.Start < c.Start || w.End > c.End {
			continue
		}
		if h := v.Head(k); h < 0 || v.word(h).Start < c.Start || v.word(h).End > c.End {
			return w.UPOS == "VERB" || w.UPOS == "AUX" || v.child(k, "cop") >= 0
		}
	}
	return false
}

var (
	closingRelatives = setOf("which who whom whose where")
	cuePrepositions  = setOf("about for of on with against over to")
)

// withPremodifiers takes into a source the words of its noun phrase
// that a parse hung elsewhere: "Clinton spokesman Brian Fallon", "co-host
// Mika Brzezinski", "Republican presidential front-runner Donald Trump",
// with the title or description not under the name. Nouns, names,
// adjectives, numbers and determiners right before the source, with
// nothing between, and none of them a time, go with it.
func withPremodifiers(v *view, src document.Span) document.Span {
	first := v.s.WordStarting(src.Start)
	if first < 1 || !nounish(v.word(first)) || aTime(v.word(first), false) {
		return src // "A top U.S. official today praised": no speaker's words before a day
	}
	k := first
	for k > 0 {
		w := v.word(k - 1)
		joined := w.Form == "-" && k >= 2 && v.word(k-2).End == w.Start && w.End == v.word(k).Start // "co-host"
		if !nounish(w) && w.UPOS != "DET" && !joined || aTime(w, true) ||
			strings.ContainsRune(v.text[w.End:v.word(k).Start], '\n') {
			break // not across a line: "2\nSalma Hayek" in a list
		}
		if w.UPOS == "NOUN" && (disputedClaims[v.lemma(k-1)] || summingNouns[v.lemma(k-1)]) {
			break // "…, a charge Hamas denies, saying": the claim is not the speaker
		}
		k--
	}
	if w := v.word(k); w.XPOS == "WDT" || strings.EqualFold(w.Form, "that") || strings.EqualFold(w.Form, "what") {
		k++ // "what strategists call", "that Ki Hong": a clause's word, not the source's
	}
	if k >= first || k > 0 && v.word(k-1).UPOS == "ADP" {
		return src // "In Iowa Clinton said": a preposition's object
	}
	return document.Span{Start: v.word(k).Start, End: src.End}
}

// aTime: the word is a day or a span of time (or, withParts, a part of
// a day), which opens no speaker's name.
func aTime(w *document.Word, withParts bool) bool {
	l := strings.ToLower(w.Lemma)
	return timeWords[l] || durations[l] || withParts && partOfDay[l]
}

func nounish(w *document.Word) bool {
	return w.UPOS == "NOUN" || w.UPOS == "PROPN" || w.UPOS == "ADJ"
}

// withClosingBracket closes a bracket the source opens: "Sen. Roy Blunt
// (R-Mo.)", whose period and closing bracket the parse hung on the verb.
func withClosingBracket(text string, src document.Span) document.Span {
	if src.Empty() || strings.Count(text[src.Start:src.End], "(") <= strings.Count(text[src.Start:src.End], ")") {
		return src
	}
	rest := text[src.End:]
	switch {
	case strings.HasPrefix(rest, ")"):
		src.End++
	case strings.HasPrefix(rest, ".)"):
		src.End += 2
	}
	return src
}

// withoutFrontedPhrase drops the object of a fronted preposition a parse
// took into the source: "During a press call with reporters Wednesday
// afternoon, the Sanders campaign said", "On Tuesday, Kevin Brady,
// chairman of the committee, said". The source starts after the first
// comma in it that no further preposition follows ("during the debate,
// on the eve of the Super Bowl, ABC moderator David Muir"). An agent
// ("by"), a comparison ("as", "like") or a part ("of", "about") keeps its
// words (counted on PolNeAR train: 75 sources become as the gold, none
// that was stops being).
func withoutFrontedPhrase(v *view, src document.Span) document.Span {
	first := v.s.WordStarting(src.Start)
	if first < 1 {
		return src
	}
	if p := v.word(first - 1); p.UPOS != "ADP" || p.Rel != "case" || keepsObject[strings.ToLower(p.Form)] {
		return src
	}
	for k := first; k+1 < len(v.s.Words) && v.word(k+1).End <= src.End; k++ {
		if v.word(k).Form == "," && v.word(k+1).UPOS != "ADP" && v.word(k+1).Form != "," && !placeAfter(v, k) {
			return document.Span{Start: v.word(k + 1).Start, End: src.End}
		}
	}
	return src
}

// placeAfter: the comma at k joins a place's parts ("a rally in
// Beaumont, Tex., Mr. Trump said"): a name comes before it, one or two
// names after it and another comma, and then a name or a preposition,
// not the noun or article an appositive starts with ("On Tuesday, Kevin
// Brady, chairman of the committee").
func placeAfter(v *view, k int) bool {
	if k < 1 || v.word(k-1).UPOS != "PROPN" {
		return false
	}
	n := len(v.s.Words)
	for j := k + 1; j < n && j <= k+3; j++ {
		switch w := v.word(j); {
		case w.Form == ",":
			if j == k+1 || j+1 >= n {
				return false
			}
			next := v.word(j + 1).UPOS
			return next == "PROPN" || next == "ADP"
		case w.UPOS != "PROPN":
			return false
		}
	}
	return false
}

// withoutTime drops the day a parse hung on the source's noun: "The White
// House on Monday said", "Sen. Chuck Grassley (R-Iowa) on Wednesday
// said", "A CNN/ORC poll last month found". A time a participle or
// relative clause of the source gives stays: "a poll released Monday",
// "who endorsed Mr. Rubio on Tuesday". A week, month or year ("a poll
// last week") stays too: PolNeAR's sources keep it as often as not.
func withoutTime(v *view, src document.Span) document.Span {
	last := v.s.WordEnding(src.End)
	if last < 1 {
		return src
	}
	t := last
	if partOfDay[v.lemma(t)] && v.Head(t) >= 0 && timeWords[v.lemma(v.Head(t))] {
		t = v.Head(t) // "on Tuesday night"
	}
	h := v.Head(t)
	if !timeWords[v.lemma(t)] || h < 0 || v.word(h).Start < src.Start || v.word(h).End > src.End ||
		v.word(h).UPOS == "VERB" || v.word(h).UPOS == "AUX" || !dayPhrase(v, t) {
		return src
	}
	first := v.Subtree(t, -1)[0]
	for first > 0 && v.word(first-1).Form == "," {
		first--
	}
	if first <= 0 || v.word(first).Start <= src.Start {
		return src
	}
	return document.Span{Start: src.Start, End: v.word(first - 1).End}
}

const weekdayNames = "monday tuesday wednesday thursday friday saturday sunday"

var (
	weekdays  = setOf(weekdayNames)
	timeWords = setOf(weekdayNames + " today yesterday tonight")
	durations = setOf("second minute hour day week month year decade century while time")
	partOfDay = setOf("morning afternoon evening night")
)

// dayPhrase: the time word at t is a day the parse hung on a noun ("on
// Monday", "Tuesday"), not a part of a name ("Super Tuesday", "USA
// TODAY") or of a phrase of its own ("of recent years").
func dayPhrase(v *view, t int) bool {
	switch document.UniversalRel(v.word(t).Rel) {
	case "obl", "nmod":
	default:
		return false
	}
	if c := v.child(t, "case"); c >= 0 && v.lemma(c) != "on" {
		return false
	}
	if f := v.word(t).Form; strings.ToUpper(f) == f {
		return false // "USA TODAY"
	}
	return v.child(t, "compound") < 0 && v.child(t, "flat") < 0 && v.child(t, "amod") < 0
}

// keepsObject are the prepositions whose object is a source itself.
var keepsObject = setOf("by as of like including than about such with from for")

// withoutLeadIn drops the words a parse error puts before a source's
// noun phrase: a preposition or subordinator ("in the Trump release",
// "when court filings", "as some Republicans") or a focusing adverb
// ("even some allies"), which PolNeAR leaves out (on train,
// 250 such sources against 65 whose gold keeps the word). "Of" stays: "Of
// the voters polled, …" opens the source.
func withoutLeadIn(v *view, src document.Span) document.Span {
	k := v.s.WordStarting(src.Start)
	if k < 0 || k+1 >= len(v.s.Words) || v.word(k+1).Start >= src.End {
		return src
	}
	w := v.word(k)
	low := strings.ToLower(w.Form)
	if (w.UPOS == "ADP" || w.UPOS == "SCONJ") && low != "of" && low != "about" || leadAdverbs[low] {
		return document.Span{Start: v.word(k + 1).Start, End: src.End}
	}
	return src
}

var leadAdverbs = setOf("even when while")

// beforeCue keeps a source that a parse error stretched over its own cue
// to the words before the cue ("Conservative Icon Morton Blackwell
// Endorses Ted Cruz", cue "Endorses"), or drops it when none are.
func beforeCue(text string, src, cue document.Span) document.Span {
	if !overlaps(src, cue) || src.Empty() {
		return src
	}
	end := min(src.End, cue.Start)
	for end > src.Start && strings.ContainsRune(" ,;:\u00a0", rune(text[end-1])) {
		end--
	}
	if end <= src.Start {
		return document.Span{}
	}
	return document.Span{Start: src.Start, End: end}
}

// withoutStrayQuote drops the closing quotation mark a source can start
// with when the parse hung it on the name after a quotation ("…,”
// Blackwell said"): the mark closes the quotation, not the name.
func withoutStrayQuote(text string, s document.Span) document.Span {
	rest := text[s.Start:s.End]
	for _, mark := range []string{"”", "’", "\" ", "' "} {
		if strings.HasPrefix(rest, mark) {
			trimmed := strings.TrimLeft(rest[len(mark):], " \u00a0")
			if trimmed != "" {
				s.Start = s.End - len(trimmed)
			}
			return s
		}
	}
	return s
}

func rangeInts(a, b int) []int {
	out := make([]int, 0, max(b-a, 0))
	for k := a; k < b; k++ {
		out = append(out, k)
	}
	return out
}

// withoutRelay drops the outlet that relays a source from its phrase:
// "multiple US officials and a source with direct knowledge cited by
// Axios" are the officials and the source; Axios is who reports them.
func withoutRelay(v *view, ws []int) []int {
	relay := -1
	for _, k := range ws {
		if v.word(k).Rel == "acl" && relays[v.lemma(k)] && byAgent(v, k) >= 0 {
			relay = k
			break
		}
	}
	if relay < 0 {
		return ws
	}
	cut := v.Subtree(relay, -1)
	return slices.DeleteFunc(ws, func(k int) bool { return slices.Contains(cut, k) })
}

// relays are the verbs whose agent passes on what a source said: the
// outlet of reportedBy, left out of an according-to source.
var relays = setOf("cite quote report publish")

func withoutCase(v *view, ws []int) []int {
	out := ws[:0:0]
	for _, k := range ws {
		w := v.word(k)
		if universal(w.Rel) == "case" && (strings.EqualFold(w.Form, "according") || w.Rel == "fixed") {
			continue
		}
		if w.Rel == "fixed" && v.Head(k) >= 0 && strings.EqualFold(v.word(v.Head(k)).Form, "according") {
			continue
		}
		out = append(out, k)
	}
	return out
}

// source is the subject of the cue, the agent of a passive cue, or the
// subject of the verb a cue depends on ("wanted to say").
func source(v *view, i int) document.Span {
	if v.child(i, "aux:pass") >= 0 && complement(v, i, "xcomp") >= 0 {
		// "The State Department is said to have rejected China's
		// demands": the subject is what is said of, the speaker unnamed.
		return document.Span{}
	}
	// "The RSF, accused by rights groups of killing civilians": the agent
	// speaks, not the noun the participle is on.
	ag := byAgent(v, i)
	onNoun := ag >= 0 && v.word(i).Rel == "acl" && v.word(i).XPOS == "VBN" && v.child(i, "nsubj") < 0
	if s := nearestSubject(v, i); !onNoun && s >= 0 && (speaks(v, s, i) || quotedSpeaker(v, s, i)) {
		return v.phrase(s, v.Subtree(s, -1))
	}
	if ag >= 0 {
		return v.phrase(ag, withoutBy(v, v.Subtree(ag, -1)))
	}
	if s := v.child(i, "nmod:poss"); s >= 0 {
		return v.phrase(s, v.Subtree(s, -1))
	}
	if s, f := callFromFor(v, i); s >= 0 {
		// "despite calls from the African Union for a ceasefire": whom
		// a noun cue comes from (not what it asks for, hung on it).
		cut := v.Subtree(f, -1)
		ws := slices.DeleteFunc(withoutPreposition(v, v.Subtree(s, -1), "from"), func(k int) bool { return slices.Contains(cut, k) })
		return v.phrase(s, ws)
	}
	// Without a subject of its own, a cue takes the one it shares: the
	// noun a relative or participle clause modifies ("the report, which
	// said"), or the subject of the verb it is coordinated with or
	// complements ("declined to say", "…, citing officials").
	hd := v.Head(i)
	if hd < 0 {
		return document.Span{}
	}
	if v.child(i, "nsubj:pass") >= 0 {
		// "Iran canceled after the talks could not be approved": a
		// passive with a subject of its own shares no speaker.
		return document.Span{}
	}
	switch r := universal(v.word(i).Rel); {
	case r == "acl" && v.word(hd).UPOS != "VERB":
		return v.phrase(hd, v.Subtree(hd, i))
	case r == "xcomp" || r == "conj" || (r == "advcl" || r == "ccomp" || r == "parataxis" || r == "csubj") && (v.word(i).XPOS == "VBG" || v.word(i).XPOS == "VBN") ||
		r == "parataxis" && v.word(i).XPOS == "VBZ" && v.word(i-1).Form == "," ||
		r == "advcl" && v.word(i).XPOS == "VB" && purposeTo(v, i) && !grantingVerbs[v.lemma(hd)]: // "summoned Pakistan's envoy to demand an explanation": the summoner demands
		// "Israel strikes southern Lebanon, says it targeted …": a
		// headline's second verb shares the first one's subject.
		if o := v.child(hd, "obj"); r == "xcomp" && v.word(i).XPOS == "VB" && o > hd && o < i && objectControl[v.lemma(hd)] {
			// "The release of the emails led Wasserman Schultz to
			// announce her resignation": the object is who speaks.
			if speaks(v, o, hd) {
				return v.phrase(o, v.Subtree(o, -1))
			}
			return document.Span{}
		}
		s := unquotedSubject(v, hd)
		for s < 0 && r != "conj" && universal(v.word(hd).Rel) == "conj" && v.Head(hd) >= 0 {
			// "Poland ordered the closure … and expelled three Russian
			// diplomats, saying …": the verb it hangs on shares the
			// subject of the first conjunct.
			hd = v.Head(hd)
			s = v.child(hd, "nsubj")
		}
		if s < 0 && r == "conj" && v.word(i).XPOS == "VBG" && v.word(hd).XPOS == "VBG" && universal(v.word(hd).Rel) == "advcl" && v.Head(hd) >= 0 {
			// "…, calling them rapists and vowing to make Mexico pay": a
			// participle joined to another shares the subject of the
			// clause that one is on.
			hd = v.Head(hd)
			s = v.child(hd, "nsubj")
		}
		if s >= 0 && speaks(v, s, hd) {
			return v.phrase(s, v.Subtree(s, -1))
		}
	}
	return document.Span{}
}

// purposeTo: the infinitive at i is marked by "to" alone, a purpose
// whose doer is the subject of the verb it is on.
func purposeTo(v *view, i int) bool {
	m := v.ChildrenWith(i, "mark")
	return len(m) == 1 && strings.EqualFold(v.word(m[0]).Form, "to")
}

// grantingVerbs give another the power to do what an infinitive after
// them says ("party procedures give the chair authority to call a
// meeting"): the other does it.
var grantingVerbs = map[string]bool{"give": true, "grant": true, "allow": true, "permit": true, "authorize": true, "authorise": true, "empower": true, "enable": true}

// unquotedSubject is the first subject of the verb at hd that is not
// inside a quotation closed before it: "“Our people are home,” Zelenskiy
// wrote, adding …", with the quotation's subject hung on "wrote" too.
func unquotedSubject(v *view, hd int) int {
	subjects := v.ChildrenWith(hd, "nsubj")
	for k, s := range subjects {
		quoted := s < hd && k+1 < len(subjects) && slices.ContainsFunc(v.s.Words[s+1:hd], func(w document.Word) bool { return document.IsQuote(w.Form) })
		if !quoted {
			return s
		}
	}
	return -1
}

// objectControl are the verbs whose object does what their complement
// says ("prompted some allies to worry", "persuaded the judge to let
// her"), not their subject.
var objectControl = setOf(`urge ask tell order press encourage force invite persuade convince want expect require direct
	instruct advise warn pressure push enable prompt compel lead cause allow permit inspire drive spur`)

// recallsEnvoy: the cue at i is "recall" with an envoy or troops as its
// object ("Poland recalled its own consul from Kaliningrad"), a
// diplomatic act, not a memory told.
func recallsEnvoy(v *view, i int) bool {
	if v.lemma(i) != "recall" {
		return false
	}
	o := v.child(i, "obj")
	return o >= 0 && envoys[strings.ToLower(v.lemma(o))]
}

// armedAttack: the cue at i is an attack by armed men or on a place
// ("after the rebel group attacked a military base, killing nine
// soldiers"), or fire of munitions or by armed men, force where a
// politician's attack on a rival is words.
func armedAttack(v *view, i int) bool {
	l := v.lemma(i)
	if l != "attack" && l != "assault" && l != "fire" || v.word(i).UPOS != "VERB" {
		return false
	}
	if s := v.child(i, "nsubj"); s >= 0 && armedBodies[v.lemma(s)] {
		return true
	}
	o := v.child(i, "obj")
	if l == "fire" {
		// "riot police fired tear gas and stun grenades": munitions,
		// where a politician fires back at critics with words.
		return o >= 0 && munitions[v.lemma(o)]
	}
	if o >= 0 && (struckPlaces[v.lemma(o)] || v.child(o, "amod") >= 0 && v.lemma(v.child(o, "amod")) == "military") {
		return true
	}
	return slices.ContainsFunc(v.s.Words, func(w document.Word) bool {
		return w.Head == i+1 && w.Rel == "advcl" && woundingVerbs[strings.ToLower(w.Lemma)]
	})
}

// describingNoun: the cue at i is a noun in apposition to a speaker
// ("Former President Alvaro Uribe, a fierce critic of Petro, urged …"),
// which says what the speaker is, not what anyone said.
// Only one set off by a comma, with an article: "Critics charge that …",
// with "charge" taken for an apposition, is a report.
func describingNoun(v *view, i int) bool {
	if v.word(i).UPOS != "NOUN" || v.word(i).Rel != "appos" || v.child(i, "det") < 0 {
		return false // not "Gerry O'Brien, a GOP political consultant, notes that …", with "notes" taken for a noun
	}
	first := v.Subtree(i, -1)[0] // the comma itself, when the parse hung it there
	return v.word(first).Form == "," || first > 0 && v.word(first-1).Form == ","
}

// chargedNoun: the cue at i is a participle on the noun a charge or task
// is laid on ("a group charged with beautifying downtown", "a man accused
// of spying"), with no one named laying it: the noun says nothing.
func chargedNoun(v *view, i int) bool {
	switch v.lemma(i) {
	case "charge", "accuse", "suspect", "convict", "task":
		return v.word(i).XPOS == "VBN" && v.word(i).Rel == "acl" && v.child(i, "obl:agent") < 0
	}
	return false
}

// arrests: the cue at i detains or sanctions someone, no report
// ("Georgian police detain opposition leaders", a headline the model read
// as a cue; "who has been sanctioned by the United States").
func arrests(v *view, i int) bool {
	switch v.lemma(i) {
	case "detain", "arrest", "jail", "imprison", "sanction":
		return v.word(i).UPOS == "VERB" && (v.child(i, "obj") >= 0 || v.child(i, "nsubj:pass") >= 0) // "The activist was detained at the airport by immigration officers"
	}
	return false
}

// freesPeople: the word at i releases or pardons people, no statement
// ("Venezuela released six detained Americans", "freed 20 hostages",
// "pardoned dozens of people jailed during the blockades").
func freesPeople(v *view, i int) bool {
	if l := v.lemma(i); l != "release" && l != "free" && l != "pardon" || v.word(i).UPOS != "VERB" {
		return false
	}
	o := v.child(i, "obj", "nsubj:pass")
	if o < 0 {
		return false
	}
	return freedPeople[v.lemma(o)] || v.word(o).XPOS == "NNPS" // "six detained Americans"
}

// expelsPerson: the word at i declares one persona non grata, who is then
// expelled: no statement.
func expelsPerson(v *view, i int) bool {
	return v.lemma(i) == "declare" && slices.ContainsFunc(v.ChildrenWith(i, "xcomp"), func(c int) bool { return v.lemma(c) == "persona" })
}

// freedPeople are who is released or freed.
var freedPeople = setOf(`prisoner hostage detainee captive citizen national people person man woman child soldier journalist activist worker crew member dozen hundred protester`)

// armedBodies (lemmas) attack with force; struckPlaces are what force
// strikes; woundingVerbs tell the attack's toll ("…, killing nine
// soldiers").
var (
	armedBodies = setOf(`group militant rebel army troop force fighter militia militiaman gunman insurgent
		jihadist soldier police jet drone aircraft warplane`)
	struckPlaces = setOf(`base camp convoy village town city hospital school building ship vessel tanker plant facility
		airport port post checkpoint position positions station barracks headquarters compound embassy patrol outpost
		bridge pipeline depot refinery`)
	woundingVerbs = setOf(`kill wound injure`)
	munitions     = setOf(`gas shot shots round rounds bullet bullets shell shells rocket rockets missile missiles grenade grenades
		mortar mortars cannon canister canisters salvo volley projectile projectiles artillery flare flares`)
)

// envoys are who a state recalls.
var envoys = map[string]bool{"ambassador": true, "consul": true, "envoy": true, "diplomat": true, "representative": true,
	"delegation": true, "troops": true, "troop": true, "forces": true, "force": true, "staff": true, "personnel": true, "attache": true}

// sharedSource is the source of the cue a cue without a subject is
// coordinated with, as found for that cue: "On Monday, Kim Yo Jong, the
// sister of leader Kim Jong Un, said … and warned that …", where the
// parse gave "said" no subject and the first cue's source came from the
// words before it.
func sharedSource(v *view, have []document.Attribution, si, i int) document.Span {
	h := v.Head(i)
	if h < 0 || universal(v.word(i).Rel) != "conj" || v.child(i, "nsubj", "nsubj:pass", "expl") >= 0 {
		return document.Span{}
	}
	for k := len(have) - 1; k >= 0 && have[k].Sentence == si; k-- {
		if inSpan(v.word(h), have[k].Cue) && have[k].Kind != document.AccordingTo {
			// Only a speaker before its cue that names someone: a phrase
			// a repair took for the first cue's source without naming
			// anyone ("the deal", "Saturday") is not passed on.
			src := have[k].Source
			if kind := have[k].SourceKind; src.End <= have[k].Cue.Start && kind != "description" && kind != "none" {
				return src
			}
			return document.Span{}
		}
	}
	return document.Span{}
}

// byAgent is the agent of a passive cue: obl:agent, or an obl marked by
// "by" ("was first reported by MSNBC").
func byAgent(v *view, i int) int {
	if ag := v.child(i, "obl:agent"); ag >= 0 {
		return ag
	}
	if v.child(i, "nsubj:pass", "aux:pass") < 0 {
		return -1
	}
	return byPhrase(v, i)
}

// byPhrase is an oblique of word i that "by" marks, or -1.
func byPhrase(v *view, i int) int {
	for _, c := range v.Children(i) {
		if universal(v.word(c).Rel) != "obl" {
			continue
		}
		for _, cc := range v.Children(c) {
			if universal(v.word(cc).Rel) == "case" && strings.EqualFold(v.word(cc).Form, "by") {
				return c
			}
		}
	}
	return -1
}

func withoutBy(v *view, ws []int) []int { return withoutPreposition(v, ws, "by") }

// withoutPreposition is the phrase without its preposition form.
func withoutPreposition(v *view, ws []int, form string) []int {
	out := ws[:0:0]
	for _, k := range ws {
		if !(universal(v.word(k).Rel) == "case" && strings.EqualFold(v.word(k).Form, form)) {
			out = append(out, k)
		}
	}
	return out
}

// callFromFor is the "from" phrase of a noun cue and its "for" phrase,
// hung on the noun, on the "from" phrase or on the verb right after the
// noun's phrase ("calls from the African Union for a ceasefire"), or -1,
// -1 when the noun has not both.
func callFromFor(v *view, i int) (from, of int) {
	if v.word(i).UPOS != "NOUN" {
		return -1, -1
	}
	if from = phraseOn(v, i, "from"); from < 0 {
		return -1, -1
	}
	if of = phraseOn(v, i, "for"); of < 0 {
		of = phraseOn(v, from, "for")
	}
	if h := v.Head(i); of < 0 && h >= 0 {
		end := slices.Max(v.Subtree(i, -1))
		for _, o := range v.ChildrenWith(h, "obl") {
			if cs := v.ChildrenWith(o, "case"); o > i && len(cs) > 0 && cs[0] == end+1 && strings.EqualFold(v.word(cs[0]).Form, "for") {
				of = o
			}
		}
	}
	if of < 0 {
		return -1, -1
	}
	return from, of
}

// phraseOn is the noun cue's phrase at i that the preposition form
// opens, or -1.
func phraseOn(v *view, i int, form string) int {
	for _, c := range v.ChildrenWith(i, "nmod") {
		if cs := v.ChildrenWith(c, "case"); len(cs) > 0 && strings.EqualFold(v.word(cs[0]).Form, form) {
			return c
		}
	}
	return -1
}

// content is the clause the cue governs, or the clause that governs a
// parenthetical cue ("…, officials said"), or the cue's object; prep is
// the cue's prepositional object, or -1 (see prepositionalObject).
func content(v *view, i, prep int) document.Span {
	if prep >= 0 {
		return prepositionalContent(v, i, prep)
	}
	if _, c := callFromFor(v, i); c >= 0 {
		// "calls from the African Union for a ceasefire": what is called
		// for, not the clause the noun sits in.
		return v.phrase(c, withoutPreposition(v, v.Subtree(c, -1), "for"))
	}
	if c := disputedClaim(v, i); c >= 0 {
		return clauseBefore(v, c)
	}
	if n := v.Head(i); v.word(i).Rel == "acl:relcl" && claimDenials[v.lemma(i)] && n >= 0 && n < i && disputedClaims[v.lemma(n)] {
		// "has been in jail since March on charges he denies": what is
		// denied is the charges, not the sentence they sit in.
		return v.phrase(n, slices.DeleteFunc(v.Subtree(n, i), func(k int) bool { return v.Head(k) == n && universal(v.word(k).Rel) == "case" }))
	}
	for _, rel := range []string{"ccomp", "xcomp", "parataxis", "csubj"} {
		if c := complement(v, i, rel); c >= 0 && !(rel == "parataxis" && (summingNouns[v.lemma(c)] || disputedClaims[v.lemma(c)] && claimComma(v, c) >= 0)) { // not "…, a remark New Delhi called unacceptable", "…, a charge Hamas denies"
			ws := withoutContrastedReport(v, c, v.Subtree(c, -1))
			if o := v.child(i, "obj", "iobj"); rel == "xcomp" && o > i && o < c {
				// "urged Sanders to rein in his fans": who is to act is
				// part of what is urged, as PolNeAR marks it (also when
				// the parse calls it an indirect object).
				ws = append(v.Subtree(o, -1), ws...)
				slices.Sort(ws)
			}
			return v.phrase(c, ws)
		}
	}
	if c := question(v, i); c >= 0 {
		return v.phrase(c, v.Subtree(c, -1))
	}
	if k := thatAfter(v, i); k >= 0 {
		return v.span(withoutFinalPunct(v, rangeInts(k, len(v.s.Words))))
	}
	r := universal(v.word(i).Rel)
	addressee := addresses(v, i)
	if addressee {
		// "…, Ansari told a news conference", "…, Netanyahu told
		// parliament": whom one tells is not what. The parse may hang
		// what was told on the addressee ("told reporters that …").
		for _, o := range v.ChildrenWith(i, "obj", "iobj") {
			if c := v.child(o, "ccomp", "acl", "acl:relcl"); c > o && v.child(c, "mark") >= 0 {
				return v.phrase(c, v.Subtree(c, -1))
			}
		}
		if closingConjunct(v, i) {
			return parenthetical(v, i, "parataxis")
		}
		if r == "advcl" {
			return document.Span{} // "…, telling Reuters, “…”": the quotation
		}
		if span := parenthetical(v, i, r); !span.Empty() {
			return span
		}
	}
	// "…, whom one Obama insider described as “his brother”": the
	// relative pronoun stands for what the rest of the clause says.
	if c := v.child(i, "obj"); c >= 0 && !(c < i && relativePronoun(v, c)) {
		ws := v.Subtree(c, -1)
		end := ws[len(ws)-1] // the object's last word, after which its complements stand
		more := append(predicative(v, i, end), namedAs(v, i, c, end)...)
		more = append(more, infinitiveAfter(v, i, end)...)
		return v.phrase(c, append(append(ws, more...), chargedWith(v, i, end)...))
	}
	if v.lemma(i) == "quote" && passive(v, i) {
		// "Velayati was quoted as saying by Tasnim that …": what he said.
		if c := quotedSaying(v, i); c >= 0 {
			if k := complement(v, c, "ccomp"); k >= 0 {
				return v.phrase(k, v.Subtree(k, -1))
			}
		}
		if span := parenthetical(v, i, r); !span.Empty() {
			return span // "“…,” Velayati was quoted as saying"
		}
	}
	// "officials it accused of undermining the election", "accused by
	// the news media of beating his wife": what one is accused of, not
	// the rest of the sentence nor who is accused.
	// So "charged with undermining national unity".
	for _, c := range v.ChildrenWith(i, "advcl") {
		if m := v.child(c, "mark"); m >= 0 && m < c && (strings.EqualFold(v.word(m).Form, "of") || v.lemma(i) == "charge" && strings.EqualFold(v.word(m).Form, "with")) {
			return v.phrase(c, slices.DeleteFunc(v.Subtree(c, -1), func(k int) bool { return k == m }))
		}
	}
	// A passive cue reports its subject: "O'Malley's move was reported".
	if c := v.child(i, "nsubj:pass"); c >= 0 && passive(v, i) {
		return v.phrase(c, v.Subtree(c, -1))
	}
	for _, c := range v.ChildrenWith(i, "advcl") {
		// "denied laying new mines and said …": the gerund right after
		// the cue, not the rest of the sentence.
		if c == i+1 && v.word(c).XPOS == "VBG" && v.child(c, "mark") < 0 {
			ws := v.Subtree(c, -1)
			// "supported eliminating caucuses, limiting the number of …":
			// a list of gerunds the parse hung on the cue one by one.
			for _, d := range v.ChildrenWith(i, "advcl") {
				if last := slices.Max(ws); d > last && v.word(d).XPOS == "VBG" && v.child(d, "mark") < 0 && d == last+2 && v.word(last+1).Form == "," {
					ws = append(ws, last+1)
					ws = append(ws, v.Subtree(d, -1)...)
				}
			}
			slices.Sort(ws)
			return v.phrase(c, slices.Compact(ws))
		}
	}
	if r != "advcl" {
		if span := parenthetical(v, i, r); !span.Empty() {
			return span
		}
	}
	agent := byAgent(v, i)
	for _, c := range v.ChildrenWith(i, "acl", "obl") {
		if c != agent && !circumstance(v, c) {
			return v.phrase(c, v.Subtree(c, -1))
		}
	}
	// "…, calling for a revolution" has its own content; "…, officials
	// say" and "As Trump said, …" report the clause around them; "a day
	// after Trump spoke by phone with Putin" reports nothing: a clause of
	// time is no frame of what it is joined to.
	if r == "advcl" && slices.ContainsFunc(v.ChildrenWith(i, "mark"), func(m int) bool { return timeMarks[strings.ToLower(v.word(m).Form)] }) {
		return document.Span{}
	}
	return parenthetical(v, i, r)
}

// timeMarks open clauses of time.
var timeMarks = setOf("after before when since while until once")

// addresses: the cue at i is "tell" with no object but whom it tells
// (not "told the story", "told a lie"), and no clause of its own.
func addresses(v *view, i int) bool {
	if v.lemma(i) != "tell" {
		return false
	}
	for _, c := range v.ChildrenWith(i, "obj", "iobj") {
		if toldThings[v.lemma(c)] {
			return false
		}
	}
	return true
}

// toldThings are what one tells rather than whom.
var toldThings = setOf("story stories truth lie lies joke jokes tale tales secret secrets")

// putIt: the cue at i is "put it" ("as one aide put it, …"), whose "it"
// is the words reported, not what they are about; PolNeAR's cue is both
// words and its content the clause around them.
func putIt(v *view, i int) bool {
	return v.lemma(i) == "put" && i+1 < len(v.s.Words) && strings.EqualFold(v.word(i+1).Form, "it") && v.Head(i+1) == i
}

// aroundPutIt is what "as one aide put it" reports: the words of its
// sentence before and after it, the commas around it left out; when there
// are both ("The plan, as Trump put it, is a disaster"), the later part is
// a fragment of its own.
func aroundPutIt(v *view, i int) (document.Span, []document.Span) {
	lo := i
	for _, c := range v.Children(i) {
		if c < i {
			lo = min(lo, v.Subtree(c, -1)[0])
		}
	}
	return v.around(append(rangeInts(0, lo), rangeInts(i+2, len(v.s.Words))...), i)
}

// around spans the words ws, which leave out the cue at i and its
// source: in two parts when they lie on both sides of it ("The truce,
// according to two officials, will take effect Monday"), as PolNeAR
// marks such content.
func (v *view) around(ws []int, i int) (document.Span, []document.Span) {
	cut := slices.IndexFunc(ws, func(k int) bool { return k > i })
	if cut <= 0 {
		return v.span(ws), nil
	}
	before, after := v.span(ws[:cut]), v.span(ws[cut:])
	switch {
	case before.Empty():
		return after, nil
	case after.Empty():
		return before, nil
	}
	return before, []document.Span{after}
}

// namingCues name or judge what their object is: "calling him a
// “loser”", "called Trump a fascist", "dubbed it the nerd prom".
var namingCues = setOf("call label dub brand name nickname deem declare pronounce")

// namedAs is what a naming cue calls its object, the phrase right after
// the object that the parse makes a second object or a predicate: PolNeAR's
// content is both ("him a “loser”"), where parley took the object alone.
func namedAs(v *view, i, obj, end int) []int {
	if !namingCues[v.lemma(i)] {
		return nil
	}
	for _, x := range v.ChildrenWith(i, "obj", "xcomp", "obl") {
		if universal(v.word(x).Rel) == "obl" && (v.child(x, "case") >= 0 || v.word(x).Rel == "obl:tmod" || v.word(x).Rel == "obl:npmod" ||
			len(v.Subtree(x, -1)) <= 3 && (partOfDay[v.lemma(x)] || timeWords[v.lemma(x)] || v.lemma(x) == "time")) {
			// "called him a liar in Iowa", "called both candidates Tuesday
			// night": only a name without a preposition, which the parse
			// may call an oblique, and no time.
			continue
		}
		if ph := v.Subtree(x, -1); x != obj && ph[0] == end+1 {
			return ph
		}
	}
	return nil
}

// chargedWith is the clause that says what the cue's object is accused
// of, blamed for or warned against, when it follows the object: "accused
// Washington of throwing away a powerful lever" reports both.
func chargedWith(v *view, i, end int) []int {
	// "accused Pakistan on Wednesday of harboring the militants": a day
	// may come between.
	for _, c := range v.ChildrenWith(i, "obl", "obl:tmod", "obl:unmarked") {
		if ph := v.Subtree(c, -1); ph[0] == end+1 && timeWords[strings.ToLower(v.word(c).Form)] && len(ph) <= 2 {
			if charged := chargedWith(v, i, ph[len(ph)-1]); charged != nil {
				return append(ph, charged...)
			}
		}
	}
	for _, c := range v.ChildrenWith(i, "advcl") {
		ph := v.Subtree(c, -1)
		if ph[0] == end+1 && v.word(ph[0]).Rel == "mark" && v.word(c).XPOS == "VBG" && chargeMarks[v.lemma(ph[0])] {
			return ph
		}
	}
	for _, c := range v.ChildrenWith(i, "obl") {
		// "accusing it of bias", "blamed Iran for the attack", "warned
		// Ethiopia against “unilateral measures”"
		ph := v.Subtree(c, -1)
		if ph[0] == end+1 && v.word(ph[0]).Rel == "case" && (v.lemma(ph[0]) == "of" || v.lemma(ph[0]) == "for" ||
			v.lemma(ph[0]) == "against" && warningVerbs[v.lemma(i)]) && !durations[v.lemma(c)] {
			return ph // not "for years", how long
		}
	}
	return nil
}

// warningVerbs warn their object against what their "against" phrase
// names.
var warningVerbs = setOf("warn caution")

// chargeMarks introduce what the object is charged with; "by", "after"
// or "while" a clause says how or when the cue was said, which is no part
// of the content (counted on PolNeAR train).
var chargeMarks = setOf("of for as about with from on over against in into to")

// prepositionalCues are cues whose preposition belongs to the cue, as
// PolNeAR marks them: "referring to Cruz", "called for a ban", "called
// on Obama to resign", "pointed to the polls", "talked about the issue".
// They shape cues the model finds; they make none.
var prepositionalCues = map[string][]string{"refer": {"to"}, "call": {"for", "on", "upon"}, "point": {"to"},
	"talk": {"about"}, "speak": {"about"}, "rail": {"against"}, "focus": {"on"}, "brag": {"about"}, "warn": {"of"},
	"opposition": {"to"}, "attack": {"on"}, "support": {"for"}, "agree": {"with"}, "ask": {"about"}}

// prepositionalObject is the phrase a prepositional cue governs, its
// preposition right after the cue: "Cruz" in "…,” Trump said, referring
// to Cruz".
func prepositionalObject(v *view, i int) int {
	preps := prepositionalCues[v.lemma(i)]
	if preps == nil {
		return -1
	}
	for _, c := range v.ChildrenWith(i, "obl", "nmod") {
		if weekdays[v.lemma(c)] {
			continue // "called on Wednesday for a ceasefire": when, not whom
		}
		if k := v.child(c, "case"); k == i+1 && slices.ContainsFunc(preps, func(p string) bool { return strings.EqualFold(v.word(k).Form, p) }) {
			return c
		}
	}
	return -1
}

// prepositionalContent is what a prepositional cue reports: its object
// without the preposition, and the infinitive that follows it ("called
// on Michigan Gov. Rick Snyder to resign").
func prepositionalContent(v *view, i, obj int) document.Span {
	ws := slices.DeleteFunc(v.Subtree(obj, -1), func(k int) bool { return k == i+1 })
	for _, x := range v.ChildrenWith(i, "xcomp", "advcl") {
		sub := v.Subtree(x, -1)
		if sub[0] == ws[len(ws)-1]+1 && strings.EqualFold(v.word(sub[0]).Form, "to") {
			ws = append(ws, sub...)
		}
	}
	return v.span(ws)
}

// infinitiveAfter is what a cue that asks someone to act asks, when the
// parse hung the infinitive on the cue as an adverbial clause right after
// its object: "urged his supporters to stay on the streets", as
// PolNeAR marks it with the object.
func infinitiveAfter(v *view, i, end int) []int {
	switch v.lemma(i) {
	case "urge", "ask", "tell", "call", "press", "push", "encourage", "implore", "beg", "order", "invite", "advise", "warn":
	default:
		return nil
	}
	for _, c := range v.ChildrenWith(i, "advcl") {
		ph := v.Subtree(c, -1)
		if ph[0] == end+1 && strings.EqualFold(v.word(ph[0]).Form, "to") {
			return ph
		}
	}
	return nil
}

// predicative is the "as" phrase that says what the cue's object is
// taken for, when it follows the object: "some interpreted the posts as a
// reaction to the failed talks" reports the posts as a reaction.
func predicative(v *view, i, end int) []int {
	var out []int
	// Not an adverbial clause: "answers a question as Bush listens".
	for _, c := range v.ChildrenWith(i, "obl", "xcomp") {
		ph := v.Subtree(c, -1)
		switch {
		case ph[0] != end+1:
		case out == nil && strings.EqualFold(v.word(ph[0]).Form, "as"):
			out, end = ph, ph[len(ph)-1]
		case out == nil && ascribers[v.lemma(i)] && (strings.EqualFold(v.word(ph[0]).Form, "to") || strings.EqualFold(v.word(ph[0]).Form, "on")) &&
			!outlets[strings.ToLower(v.word(c).Lemma)]:
			// "credited Clinton's victory to “a closed primary”": what the
			// object is put down to is said of it too; not where it was
			// said ("blamed local officials on Twitter").
			out, end = ph, ph[len(ph)-1]
		case out != nil && v.word(c).Rel == "obl" && !circumstance(v, c) && !slices.ContainsFunc(ph, func(k int) bool {
			return v.word(k).UPOS == "VERB" && v.word(k).Rel != "amod" // no clause of its own
		}):
			// "as a reaction to the failed talks", with "to the failed
			// talks" hung on the cue.
			out, end = append(out, ph...), ph[len(ph)-1]
		}
	}
	return out
}

// outlets are where one says something, not a cause it is put down to.
var outlets = setOf("twitter facebook instagram x television tv radio air camera")

// ascribers put something down to a cause: "credited the victory to a
// closed primary", "blamed the loss on turnout".
var ascribers = setOf("credit attribute ascribe blame")

// parenthetical is the clause around a cue that interrupts or closes it.
func parenthetical(v *view, i int, rel string) document.Span {
	if (rel == "parataxis" || rel == "ccomp" || rel == "advcl") && v.Head(i) >= 0 {
		if slices.ContainsFunc(v.Children(i), func(c int) bool { return c < i && v.word(c).Form == ";" }) {
			return document.Span{} // "… convicts Bolsonaro of coup plot; Trump calls ruling a witch hunt": a clause of its own
		}
		ws := v.Subtree(v.Head(i), i)
		// "…, the ministry said, the first attack on the capital in
		// months": a phrase set beside the clause after the cue is the
		// writer's, not what was said.
		for _, p := range v.ChildrenWith(v.Head(i), "parataxis") {
			if p > i {
				after := v.Subtree(p, -1)
				ws = withoutFinalPunct(v, slices.DeleteFunc(ws, func(k int) bool { return k > i && slices.Contains(after, k) }))
			}
		}
		// "…, Foreign Minister Abbas Araghchi said on Friday, according to
		// state media": the phrase after the cue, hung on the clause, is
		// the report of another.
		for _, p := range v.Children(v.Head(i)) {
			if p > i && slices.ContainsFunc(v.Children(p), func(c int) bool {
				return strings.EqualFold(v.word(c).Form, "according") && universal(v.word(c).Rel) == "case"
			}) {
				after := v.Subtree(p, -1)
				ws = withoutFinalPunct(v, slices.DeleteFunc(ws, func(k int) bool {
					return slices.Contains(after, k) || k > i && v.word(k).Form == "," && k == after[0]-1
				}))
			}
		}
		// "… in Istanbul, Axios reports, but Iran canceled": what comes
		// after a conjunction that follows the cue is another clause.
		// "…, South Korea's military said, hours after Pyongyang warned
		// …": with the clause before the cue, a subordinate clause after
		// it is the writer's setting, wherever the parse hung it.
		cue := v.Subtree(i, -1)
		end := cue[len(cue)-1]
		if end+2 < len(v.s.Words) && v.word(end+1).Form == "," && v.word(end+2).UPOS == "CCONJ" && ws[0] < cue[0] ||
			end+1 < len(v.s.Words) && v.word(end).Form == "," && ws[0] < cue[0] && settingAfter(v, end+1, v.Head(i)) {
			ws = withoutFinalPunct(v, slices.DeleteFunc(ws, func(k int) bool { return k > end }))
		}
		return v.span(ws)
	}
	return document.Span{}
}

// settingAfter: the words from k on are a subordinate clause with its
// own subordinator ("hours after Pyongyang warned …", "as talks
// resumed") that hangs on the clause at hd.
func settingAfter(v *view, k, hd int) bool {
	for _, c := range v.ChildrenWith(hd, "advcl") {
		if c > k && v.Subtree(c, -1)[0] == k && v.child(c, "mark") >= 0 {
			return true
		}
	}
	return false
}

// closingConjunct: the cue is a conjunct with no conjunction that
// closes its sentence after a comma ("Israel will not withdraw,
// Netanyahu told parliament"), a report the parse took for a second
// clause.
func closingConjunct(v *view, i int) bool {
	if universal(v.word(i).Rel) != "conj" || v.child(i, "cc") >= 0 || v.Head(i) > i {
		return false
	}
	if s := v.child(i, "nsubj"); s < 0 || v.word(s).XPOS == "WP" || v.word(s).XPOS == "WDT" {
		return false // "Lynch, who told Congress: “…”"
	}
	ws := v.Subtree(i, -1)
	if slices.ContainsFunc(ws, func(k int) bool { return k > i && document.IsQuote(v.word(k).Form) }) {
		return false
	}
	for len(ws) > 1 && v.word(ws[0]).UPOS == "PUNCT" {
		ws = ws[1:]
	}
	if ws[0] == 0 || v.word(ws[0]-1).Form != "," {
		return false
	}
	for k := ws[len(ws)-1] + 1; k < len(v.s.Words); k++ {
		if v.word(k).UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// circumstance: an oblique that says when, where or how something was
// said ("said on Tuesday", "told reporters in Washington", "bragged in an
// interview"), not what ("warned of a crisis", "called for talks").
func circumstance(v *view, c int) bool {
	switch v.word(c).Rel {
	case "obl:tmod", "obl:npmod", "obl:unmarked":
		return true
	}
	for _, k := range v.ChildrenWith(c, "case") {
		switch strings.ToLower(v.word(k).Form) {
		case "in", "at", "during", "after", "before", "from", "since", "until", "through", "via",
			"throughout", "within", "amid", "despite", "near", "outside", "inside":
			return true
		case "to", "on", "under":
			// "wrote to Clinton", "said on CNN", "said on condition of
			// anonymity": the addressee, the medium or the terms, where
			// "pointed to the polls" and "commented on the deal" name
			// what was said.
			return isName(v, c) || speakingTerms[v.lemma(c)]
		}
	}
	return false
}

// enacts: the cue at i is a deed, not a statement: "adopts new
// sanctions" is a measure taken, where an adopted position or tone is a
// stance (PolNeAR marks those). So is a measure imposed ("imposed
// sanctions on two commanders"), which the cue model, from PolNeAR
// train's four "imposed" and "slapped" cues, may take for a report.
// ("Agreed to stop" is a commitment PolNeAR marks: 29 of its 109 "agree"
// cues.)
func enacts(v *view, i int) bool {
	if courtActs[v.lemma(i)] && v.word(i).UPOS == "VERB" {
		return true // "convicted former President Jair Bolsonaro ... and sentenced him to 27 years"
	}
	if !enactingVerbs[v.lemma(i)] {
		return false
	}
	o := v.child(i, "obj", "nsubj:pass")
	return o >= 0 && measures[v.lemma(o)]
}

// courtActs are a court's deeds, which the cue model, from PolNeAR
// train's "imposed a 52-month sentence", may take for reports.
var courtActs = setOf("sentence convict acquit indict")

// enactingVerbs put a measure in force or take it out of force ("Niger
// junta revokes military cooperation deal with United States", "the two
// sides renewed a ceasefire agreement").
var enactingVerbs = setOf("adopt impose slap reimpose revoke rescind annul scrap terminate renew extend suspend")

// measures are what a body adopts, imposes or revokes as an act.
var measures = setOf(`sanction measure resolution law bill rule regulation package budget decree amendment treaty convention
	tariff duty embargo ban curfew restriction blockade levy accord agreement deal pact license licence permit`)

// speakingOnTerms: the word at i is the noun of the terms a report was
// made on ("he said, on condition of anonymity to speak freely"), no cue
// of its own.
func speakingOnTerms(v *view, i int) bool {
	return speakingTerms[v.lemma(i)] && slices.ContainsFunc(v.ChildrenWith(i, "case"), func(k int) bool { return strings.EqualFold(v.word(k).Form, "on") })
}

// speakingTerms are the nouns of an "on" phrase that says how or where
// something was said, not what.
var speakingTerms = map[string]bool{
	"condition": true, "anonymity": true, "background": true, "record": true, "behalf": true,
	"television": true, "radio": true, "phone": true, "telephone": true, "air": true, "camera": true,
	"sideline": true, "sidelines": true, "eve": true, "occasion": true, "visit": true, "trip": true,
	"tour": true, "website": true, "platform": true, "show": true, "program": true, "programme": true,
}

func isName(v *view, k int) bool {
	u := v.word(k).UPOS
	return u == "PROPN" || u == "PRON"
}

// question is an indirect question after the cue that the parse took for
// an adverbial clause: "asked the students if they were serious", "has
// questioned whether Trump has the temperament".
func question(v *view, i int) int {
	for _, c := range v.ChildrenWith(i, "advcl") {
		if c < i {
			continue
		}
		for _, m := range v.ChildrenWith(c, "mark") {
			switch strings.ToLower(v.word(m).Form) {
			case "whether":
				return c
			case "if":
				switch v.lemma(i) {
				case "ask", "wonder", "question", "inquire":
					return c
				}
			}
		}
	}
	return -1
}

// nearestSubject is the subject of the cue at i; of several a parse may
// give, the nearest before the cue ("Moments earlier, in his remarks,
// Trump said"), where a second one after the cue is its complement's
// ("Mike Shields, …, said nearly every conversation …"); one after the
// cue only when none comes before ("…,” said Rubio").
func nearestSubject(v *view, i int) int {
	near := -1
	for _, s := range v.ChildrenWith(i, "nsubj") {
		if notSubject(v, s) {
			continue
		}
		if invertedSubject(v, i, s) {
			return s
		}
		switch {
		case near < 0, s < i && near > i, (s < i) == (near < i) && abs(s-i) < abs(near-i):
			near = s
		}
	}
	return near
}

// invertedSubject: s is the subject that follows a cue set off by a
// comma at the end of what it reports ("…, said Jeffrey N. Trimble, a
// senior official"), the speaker even where the parse gave the cue a
// subject before it as well ("but one of the roughly 100 stations …,
// said …" coordinated with the clause).
func invertedSubject(v *view, i, s int) bool {
	if s <= i || i == 0 {
		return false
	}
	sub := v.Subtree(s, -1)
	if sub[0] != i+1 || !endsSentence(v, sub[len(sub)-1]+1) {
		return false
	}
	for _, k := range sub {
		if f := v.word(k).Form; f == "," {
			break
		}
		if v.word(k).UPOS == "VERB" {
			return false // "…, said the union expected …": the subject of what is said
		}
	}
	before := v.word(i - 1).Form
	return before == "," || document.IsQuote(before) && before != "“" && before != "‘"
}

// endsSentence: nothing but closing punctuation from word k on.
func endsSentence(v *view, k int) bool {
	for ; k < len(v.s.Words); k++ {
		if f := v.word(k).Form; f != "." && f != "!" && f != "?" && !document.IsQuote(f) {
			return false
		}
	}
	return true
}

// notSubject: a word of time the parse made a subject, which cannot be
// one ("Gowdy earlier Thursday said").
func notSubject(v *view, s int) bool {
	switch strings.ToLower(v.word(s).Form) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
		"today", "yesterday", "tonight", "week", "weekend", "month", "year":
		return true
	}
	return false
}

// quotedSpeaker: the subject s of a passive "quoted" is who speaks ("…,"
// Ali Akbar Velayati … was quoted as saying by Tasnim news agency"); the
// agent relays the words.
func quotedSpeaker(v *view, s, i int) bool {
	return v.lemma(i) == "quote" && v.word(s).Rel == "nsubj:pass" && passive(v, i)
}

// quotedSaying is the "saying" of a passive "quoted as saying", or -1.
func quotedSaying(v *view, i int) int {
	for _, c := range v.ChildrenWith(i, "advcl", "xcomp") {
		if v.lemma(c) == "say" {
			return c
		}
	}
	return -1
}

// quotedAsSaying is the one an active "quoted" quotes, when the word at i
// is its "saying" ("State media quoted Khamenei as saying that …"), or
// -1.
func quotedAsSaying(v *view, i int) int {
	h := v.Head(i)
	if h < 0 || v.lemma(i) != "say" || v.word(i).XPOS != "VBG" || v.lemma(h) != "quote" || passive(v, h) || quotedSaying(v, h) != i {
		return -1
	}
	if o := v.child(h, "obj"); o >= 0 && o < i {
		return o
	}
	return -1
}

// quotingAgent is who quotes the subject of a passive "quoted" ("by Tasnim
// news agency", which the parse may hang on "saying"), or -1.
func quotingAgent(v *view, i int) int {
	if ag := byAgent(v, i); ag >= 0 {
		return ag
	}
	if c := quotedSaying(v, i); c >= 0 {
		return byPhrase(v, c)
	}
	return -1
}

// speaks: the subject s of verb i is its agent, not the patient of a
// passive.
func speaks(v *view, s, i int) bool { return v.word(s).Rel != "nsubj:pass" || !passive(v, i) }

// passive: the verb at i has a passive auxiliary. A subject the parse
// calls passive without one ("Cruz has questioned whether …") is the
// verb's subject.
func passive(v *view, i int) bool { return v.child(i, "aux:pass") >= 0 }

// complement is the cue's child with the relation, preferring one with a
// subject of its own: in "Downplaying the ratings, Zucker said CNN's
// business is broader" the fronted clause the parse takes for a
// complement is not what was said.
func complement(v *view, i int, rel string) int {
	// ", adding: …", ", noting that …": a participle after the cue with
	// no subject of its own is a cue of its own, not this one's content.
	cs := slices.DeleteFunc(v.ChildrenWith(i, rel), func(c int) bool {
		return c > i && v.word(c).XPOS == "VBG" && v.child(c, "nsubj", "nsubj:pass", "csubj", "expl") < 0 &&
			c > 0 && v.word(c-1).Form == ","
	})
	for _, c := range cs {
		if v.child(c, "nsubj", "nsubj:pass", "csubj", "expl") >= 0 {
			return c
		}
	}
	if len(cs) > 0 {
		return cs[0]
	}
	return -1
}

// extendQuote makes a content that starts or ends inside a quotation
// cover the whole quotation, which may run over several sentences of its
// part, and takes in the quotation marks around it.
func extendQuote(d *document.Document, si int, c document.Span) document.Span {
	lo, hi := partBounds(d, c.Start), partBounds(d, max(c.End-1, c.Start))
	start, end := lo.Start, hi.End
	text := d.Text
	if c.End > end || c.Start < start {
		return c
	}
	// Opening mark right before the content; not a straight mark that
	// closes the sentence before it ('… a political solution." The
	// president accepted …').
	if k := lastNonSpace(text, start, c.Start); k >= 0 && isOpenQuote(text[k:]) && !closesWord(text, start, k) {
		c.Start = k
	}
	inner := text[c.Start:c.End]
	opens := strings.Count(inner, "“") - strings.Count(inner, "”")
	straight := strings.Count(inner, `"`) % 2
	if straight == 1 && opens != 0 {
		// A straight mark and a curly one pair up, as writers who mix
		// them write: "\"I was hoping to see more,” Graham said".
		opens, straight = 0, 0
	}
	doubled := strings.Count(inner, "''") % 2 // ''…'', as some newspapers write quotations
	rest := text[c.End:end]
	if opens < 0 {
		// A quotation that opened in an earlier sentence of the part.
		if j := strings.LastIndex(text[start:c.Start], "“"); j >= 0 {
			c.Start = start + j
		}
	}
	switch {
	case opens > 0:
		if j := strings.Index(rest, "”"); j >= 0 {
			c.End += j + len("”")
		}
	case straight == 1 && strings.HasSuffix(strings.TrimRight(inner, " "), `"`):
		// A straight mark that closes the content ("There it is,"
		// Christie said): the quotation opened earlier in the part.
		if j := strings.LastIndex(text[start:c.Start], `"`); j >= 0 {
			c.Start = start + j
		}
	case straight == 1:
		if j := strings.Index(rest, `"`); j >= 0 {
			c.End += j + 1
		}
	case doubled == 1 && strings.HasSuffix(strings.TrimRight(inner, " "), "''"):
		if j := strings.LastIndex(text[start:c.Start], "''"); j >= 0 {
			c.Start = start + j
		}
	case doubled == 1:
		if j := strings.Index(rest, "''"); j >= 0 {
			c.End += j + 2
		}
	case strings.HasPrefix(strings.TrimLeft(rest, " .,"), "”") && strings.Contains(inner, "“"):
		c.End += strings.Index(rest, "”") + len("”")
	}
	return c
}

// endAtQuotation cuts a content that opens with a quotation at the mark
// that closes it, when words outside any quotation follow: the parse may
// hang the speaker on the quotation's verb ("“…,” a spokesman for
// committee Democrats said").
func endAtQuotation(text string, c document.Span) document.Span {
	inner := text[c.Start:c.End]
	opener, closer := "“", "”"
	if strings.HasPrefix(inner, `"`) {
		opener, closer = `"`, `"`
	}
	if !strings.HasPrefix(inner, opener) {
		return c
	}
	open := len(opener)
	j := strings.Index(inner[open:], closer)
	if j < 0 {
		return c
	}
	end := open + j + len(closer)
	if tail := inner[end:]; strings.TrimSpace(strings.Trim(tail, " .,;")) == "" || strings.ContainsAny(tail, "“\"") {
		return c
	}
	return document.Span{Start: c.Start, End: c.Start + end}
}

// partBounds returns the part holding byte offset off.
func partBounds(d *document.Document, off int) document.Part {
	for _, p := range d.Parts {
		if off >= p.Start && off < p.End {
			return p
		}
	}
	return document.Part{Start: 0, End: len(d.Text)}
}

func lastNonSpace(text string, lo, hi int) int {
	for k := hi - 1; k >= lo; k-- {
		if text[k] != ' ' && text[k] != '\n' {
			// Step back to the start of a multibyte character.
			for k > lo && text[k]&0xc0 == 0x80 {
				k--
			}
			return k
		}
	}
	return -1
}

// closesWord: the straight quotation mark at k follows a word or its
// punctuation, so it closes a quotation rather than opening one.
func closesWord(text string, start, k int) bool {
	if k <= start || strings.HasPrefix(text[k:], "“") {
		return false
	}
	return !strings.ContainsRune(" \n\t([", rune(text[k-1]))
}

func isOpenQuote(s string) bool {
	return strings.HasPrefix(s, "“") || strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "''")
}

func trimEnd(text string, start, end int) int {
	for end > start && strings.ContainsRune(" \n\t", rune(text[end-1])) {
		end--
	}
	return end
}

func kindOf(text string, a document.Attribution) document.AttributionKind {
	if a.Kind == document.AccordingTo || a.Kind == document.HeadlineAtt {
		return a.Kind
	}
	c := strings.TrimSpace(text[a.Content.Start:a.Content.End])
	switch {
	case isOpenQuote(c):
		return document.Direct
	case strings.ContainsAny(c, `“"`) || strings.Contains(c, "''"):
		return document.Mixed
	}
	return document.Indirect
}

func overlaps(a, b document.Span) bool { return a.Start < b.End && b.Start < a.End }

// nearQuote finds the quotation a speech cue outside quotes introduces or
// closes: in its own sentence, else at the end of the previous sentence
// of its part ("… ,” he added.") or at the start of the next ("He
// added: “…").
func nearQuote(d *document.Document, si int, v *view, i int) document.Span {
	s := d.Sentences[si]
	// Checked first: the view counts quotation marks within the sentence,
	// so it takes a cue after a quotation that opened in an earlier
	// sentence for a word inside one.
	if q := quoteClosingIn(d, s, v.word(i).Start); !q.Empty() {
		return q
	}
	if v.inQuote[i] {
		return document.Span{}
	}
	limit := partBounds(d, s.Start).End
	if q := quoteIn(d.Text, s.Start, s.End, limit); !q.Empty() {
		return q
	}
	if q := openingQuote(d.Text, s, v.word(i).Start); !q.Empty() {
		return q
	}
	part := s.Part
	cuePos := float64(i) / float64(max(len(s.Words), 1))
	if si > 0 && d.Sentences[si-1].Part == part && cuePos < 0.5 && len(s.Words) < 8 {
		p := d.Sentences[si-1]
		if q := quoteIn(d.Text, p.Start, p.End, limit); !q.Empty() && q.End >= p.End-2 {
			return q
		}
	}
	if si+1 < len(d.Sentences) && cuePos > 0.5 {
		n := d.Sentences[si+1]
		// Not a quotation that opens the next paragraph with its own
		// speaker after it ("…, two officials said.¶"We will respond,"
		// Hamdan told reporters").
		if q := quoteIn(d.Text, n.Start, n.End, partBounds(d, n.Start).End); !q.Empty() && q.Start <= n.Start+1 &&
			(n.Part == part || q.End >= n.End-2) {
			return q
		}
	}
	return document.Span{}
}

// reportBetween: a verb of saying with a subject of its own stands
// between the cue at i and the quotation q after it, in a clause of its
// own (the cue's conjunct, or outside the cue's clause), and so
// introduces the quotation itself. One inside the cue's clause ("told
// The Huffington Post that he believed …") passes its words on.
func reportBetween(v *view, i int, q document.Span) bool {
	for k := i + 1; k < len(v.s.Words) && v.word(k).End <= q.Start; k++ {
		if v.word(k).UPOS != "VERB" || !sayingLemmas[v.lemma(k)] || v.child(k, "nsubj") < 0 {
			continue
		}
		top := k // the clause under the cue that holds k, if any
		for top >= 0 && v.Head(top) != i {
			top = v.Head(top)
		}
		if top < 0 || v.word(top).Rel == "conj" {
			return true
		}
	}
	return false
}

// ownContent: the cue's content from the parse stands against a quotation
// next to the cue when it is a that-clause after the cue, or any clause
// after the cue while the quotation is before it (Elkins remembers
// “13 months in living hell” and says he is convinced that …).
func ownContent(text string, q, cue, content document.Span, clause bool) bool {
	return thatClause(text, cue, content) || clause && q.End <= cue.Start && !content.Empty() && content.Start >= cue.End
}

// hasClause: the cue has a clausal complement, not just an object or an
// oblique ("“Guns are a crisis,” she proclaimed to a cheering crowd").
func hasClause(v *view, i int) bool {
	return v.child(i, "ccomp", "xcomp", "parataxis", "csubj") >= 0
}

// thatClause: the content the parse gives is a "that" clause after the
// cue ("…,” he said, adding that efforts have begun"), which a quotation
// next to the cue must not replace.
// thatAfter finds the "that" opening what a cue reports when the parse
// hung the clause elsewhere ("told The Associated Press on Monday that
// the investigation is independent", the clause under "Monday"): the
// first "that" tagged a conjunction within eight words after the cue,
// with only names, nouns, prepositions and commas before it; -1 if none.
func thatAfter(v *view, i int) int {
	for k := i + 1; k < len(v.s.Words) && k <= i+8; k++ {
		w := v.word(k)
		if strings.EqualFold(w.Form, "that") {
			if k+1 < len(v.s.Words) && thatTime[v.lemma(k+1)] {
				k++ // "told reporters that day that …"
				continue
			}
			if w.UPOS != "SCONJ" {
				return -1 // "echoed that promise"
			}
			return k
		}
		switch w.UPOS {
		case "VERB", "AUX", "SCONJ", "CCONJ", "PART":
			return -1
		case "PUNCT":
			if w.Form != "," {
				return -1
			}
		}
	}
	return -1
}

var thatTime = setOf("day week month year night morning afternoon evening time")

func thatClause(text string, cue, content document.Span) bool {
	if content.Empty() || content.Start < cue.End {
		return false
	}
	first := strings.TrimSpace(text[content.Start:content.End])
	if end := strings.IndexFunc(first, unicode.IsSpace); end >= 0 {
		first = first[:end]
	}
	return strings.EqualFold(first, "that") || strings.EqualFold(first, "whether")
}

// quotations are the spans of the document's quotations of more than
// three words, within a paragraph: a cue inside one is part of what is
// quoted ("I said, ‘What are they doing?’ …,” Bush recalled).
func quotations(d *document.Document) []document.Span {
	var out []document.Span
	for _, p := range d.Parts {
		for k := p.Start; k < p.End; {
			q := quoteIn(d.Text, k, p.End, p.End)
			if q.Empty() {
				break
			}
			out = append(out, q)
			k = q.End
		}
	}
	return out
}

func insideAny(spans []document.Span, off int) bool {
	for _, s := range spans {
		if off > s.Start && off < s.End {
			return true
		}
	}
	return false
}

// reportedAfter: the clause of the cue is what a report after it says
// ("European Union governments on Monday approved a package of
// sanctions …, EU diplomats said"), so it is the content, not a cue.
func reportedAfter(v *view, cue []bool, i int) bool {
	return slices.ContainsFunc(v.ChildrenWith(i, "parataxis"), func(c int) bool {
		return c > i && cue[c] && v.child(c, "nsubj") >= 0
	})
}

// framesCue: "asked" in a clause that modifies another cue ("When asked
// about the crisis, Cruz said …", "Asked about Trump, Christie said …")
// sets the scene for that cue; the attribution is the other one's. (Other
// cues in such clauses, "Speaking ahead of the meeting, he said …", are
// often attributions of their own: on a held-out part of PolNeAR train,
// skipping them all cost more than it gained.)
func framesCue(v *view, cue []bool, i int) bool {
	h := v.Head(i)
	return h >= 0 && cue[h] && universal(v.word(i).Rel) == "advcl" && i < h && v.lemma(i) == "ask"
}

// interviewTurns are the paragraphs of a printed interview or
// transcript, "Q: …" and "A: …", or a speaker's name in capitals ("WALLACE:
// If I may, sir, …", after an opening quotation mark too): the label is
// the source, the colon the cue, the paragraph the content.
func interviewTurns(d *document.Document, have []document.Attribution) []document.Attribution {
	var out []document.Attribution
	var names map[string]bool // the article's capitalized words, in lower case
	var labels map[string]int // how many paragraphs each label in capitals opens
	for si := range d.Sentences {
		s := &d.Sentences[si]
		ws := s.Words
		if s.Part < 0 || s.Part >= len(d.Parts) || s.Start != d.Parts[s.Part].Start || len(ws) < 4 {
			continue // a turn starts its paragraph
		}
		k := 0
		if document.IsQuote(ws[0].Form) {
			k = 1
		}
		n := k
		for n < len(ws) && n-k < 3 && shoutedWord(ws[n].Form) {
			n++
		}
		if n == k || n+1 >= len(ws) || ws[n].Form != ":" {
			continue
		}
		if label := ws[n-1].Form; n-k > 1 || label != "Q" && label != "A" {
			if names == nil {
				names, labels = capitalizedWords(d), turnLabels(d)
			}
			if !names[strings.ToLower(label)] && labels[label] < 2 {
				continue // "CORRECTION:", "UPDATE:": no speaker the article names or gives turns to
			}
		}
		cue := document.Span{Start: ws[n].Start, End: ws[n].End}
		if slices.ContainsFunc(have, func(a document.Attribution) bool { return overlaps(a.Cue, cue) }) {
			continue
		}
		a := document.Attribution{ID: fmt.Sprintf("q%d", len(out)+1), Kind: document.Direct, Sentence: si, Cue: cue,
			Source:  document.Span{Start: ws[k].Start, End: ws[n-1].End},
			Content: document.Span{Start: ws[n+1].Start, End: trimEnd(d.Text, ws[n+1].Start, d.Parts[s.Part].End)}}
		a.SourceKind = "description"
		out = append(out, a)
	}
	return out
}

// shoutedWord: a word in capitals, a speaker's label in a transcript
// ("WALLACE", "Q").
func shoutedWord(f string) bool {
	return f != "" && strings.ToUpper(f) == f && strings.ToLower(f) != f && !strings.ContainsAny(f, "0123456789")
}

// turnLabels counts the paragraphs each word in capitals opens before a
// colon ("WALLACE: …" five times in a transcript).
func turnLabels(d *document.Document) map[string]int {
	out := map[string]int{}
	for _, p := range d.Parts {
		text := strings.TrimLeft(d.Text[p.Start:p.End], "\"“ ")
		if c := strings.IndexByte(text, ':'); c > 0 && shoutedWord(text[:c]) && !strings.Contains(text[:c], " ") {
			out[text[:c]]++
		}
	}
	return out
}

// capitalizedWords are the names of the article written with a capital
// and lower-case letters ("Wallace"), in lower case: the names a
// transcript's label in capitals can be ("FIX IS IN:" is none).
func capitalizedWords(d *document.Document) map[string]bool {
	out := map[string]bool{}
	for _, s := range d.Sentences {
		for _, w := range s.Words {
			if r, _ := utf8.DecodeRuneInString(w.Form); w.UPOS == "PROPN" && unicode.IsUpper(r) && strings.ToUpper(w.Form) != w.Form {
				out[strings.ToLower(w.Form)] = true
			}
		}
	}
	return out
}

// withoutFinalPunct drops a sentence's closing punctuation from its words.
func withoutFinalPunct(v *view, ws []int) []int {
	for len(ws) > 0 && v.word(ws[len(ws)-1]).UPOS == "PUNCT" {
		ws = ws[:len(ws)-1]
	}
	return ws
}

// quoteClosingIn returns a quotation that opened in an earlier sentence
// of the part and closes in sentence s before the cue at byte cue:
// "“We have never had any contact. … but we refused,” Araghchi said."
func quoteClosingIn(d *document.Document, s document.Sentence, cue int) document.Span {
	text := d.Text
	if q := straightQuoteClosingIn(d, s, cue); !q.Empty() {
		return q
	}
	end := strings.LastIndex(text[s.Start:cue], "”")
	if end < 0 || strings.Contains(text[s.Start:s.Start+end], "“") {
		return document.Span{}
	}
	end += s.Start + len("”")
	lo := partBounds(d, s.Start).Start
	open := strings.LastIndex(text[lo:s.Start], "“")
	if open < 0 || strings.Contains(text[lo+open:s.Start], "”") {
		return document.Span{}
	}
	return document.Span{Start: lo + open, End: end}
}

// quoteIn returns the first quotation of more than three words opening
// in text[lo:hi] and closing before limit.
// openingQuote is a quotation of any length that opens the sentence and
// closes on a comma, question or exclamation mark just before the cue
// ("“Safety,” said Grimm"): short quotations elsewhere are mostly scare
// quotes, which quoteIn leaves to the clause around them.
func openingQuote(text string, s document.Sentence, cue int) document.Span {
	lead := len(text[s.Start:cue]) - len(strings.TrimLeft(text[s.Start:cue], " \t\n"))
	open := s.Start + lead
	mark := 0
	switch {
	case strings.HasPrefix(text[open:cue], "“"):
		mark = len("“")
	case strings.HasPrefix(text[open:cue], "''"):
		mark = 2
	case strings.HasPrefix(text[open:cue], `"`):
		mark = 1
	default:
		return document.Span{}
	}
	end, closer := closingMark(text[open+mark:cue], text[open:open+mark])
	if end < 0 {
		return document.Span{}
	}
	end += open + mark
	if end == open+mark || !strings.ContainsAny(text[end-1:end], ",?!") || len(strings.Fields(text[end+closer:cue])) > 0 {
		return document.Span{}
	}
	return document.Span{Start: open, End: end + closer}
}

// closingMark is where in rest the quotation its opener opens closes,
// and the closing mark's length, or -1. Two apostrophes close with two;
// a straight or a curly double mark closes with whichever comes first,
// as writers who mix them do ("\"I was hoping to see more,” Graham
// said").
func closingMark(rest, opener string) (int, int) {
	if opener == "''" {
		return strings.Index(rest, "''"), 2
	}
	straight, curly := strings.Index(rest, `"`), strings.Index(rest, "”")
	if curly >= 0 && (straight < 0 || curly < straight) {
		return curly, len("”")
	}
	return straight, 1
}

// straightQuoteClosingIn is quoteClosingIn for straight quotation marks
// and pairs of apostrophes, which do not tell opening from closing: an odd number of them in the
// paragraph before the sentence leaves a quotation open, and the first
// one before the cue closes it ("…. He has won three or four," Trump
// said).
func straightQuoteClosingIn(d *document.Document, s document.Sentence, cue int) document.Span {
	text := d.Text
	lo := partBounds(d, s.Start).Start
	for _, mark := range []string{`"`, "''"} { // two apostrophes, as some newspapers write them
		if strings.Count(text[lo:s.Start], mark)%2 == 0 {
			continue
		}
		end := strings.Index(text[s.Start:cue], mark)
		if end < 0 {
			continue
		}
		return document.Span{Start: lo + strings.LastIndex(text[lo:s.Start], mark), End: s.Start + end + len(mark)}
	}
	return document.Span{}
}

func quoteIn(text string, lo, hi, limit int) document.Span {
	for k := lo; k < hi; {
		open := strings.IndexAny(text[k:hi], "“\"")
		// Some newspapers write quotation marks as two apostrophes.
		if two := strings.Index(text[k:hi], "''"); two >= 0 && (open < 0 || two < open) {
			open = two
		}
		if open < 0 {
			return document.Span{}
		}
		open += k
		mark := len("“")
		switch {
		case strings.HasPrefix(text[open:], "''"):
			mark = 2
		case text[open] == '"':
			mark = 1
		}
		end, closer := closingMark(text[open+mark:limit], text[open:open+mark])
		if end < 0 {
			return document.Span{}
		}
		end += open + mark + closer
		if len(strings.Fields(text[open:end])) > 3 {
			return document.Span{Start: open, End: end}
		}
		k = end
	}
	return document.Span{}
}

// restOfSentence is the content when the parse gives none: the words
// after a cue near the start of its sentence, or before one near its end,
// leaving out the source and the cue's own words ("did not comment" says
// nothing, not "did not").
func restOfSentence(v *view, i int, src, cue document.Span) document.Span {
	n := len(v.s.Words)
	// The side away from the speaker, or the longer side; where and when
	// it was said is not what was said ("said in Geneva on Friday").
	after := i < n/2
	if cue := v.word(i); !src.Empty() {
		after = src.End <= cue.Start
	}
	skip := map[int]bool{}
	for _, c := range v.ChildrenWith(i, "obl", "advcl") {
		if v.word(c).Rel == "advcl" && c > i && circumstantialClause(v, c) || v.word(c).Rel != "advcl" && circumstance(v, c) {
			for _, k := range v.Subtree(c, -1) {
				skip[k] = true
			}
		}
	}
	side := func(lo, hi int) []int {
		var ws []int
		for k := lo; k < hi; k++ {
			if !inSpan(v.word(k), src) && !inSpan(v.word(k), cue) && !skip[k] {
				ws = append(ws, k)
			}
		}
		return ws
	}
	ws := side(0, i)
	if after {
		if ws = side(i+1, n); len(ws) < 2 {
			ws = side(0, i) // only a circumstance after the cue
		}
	}
	if len(ws) < 2 {
		return document.Span{}
	}
	return v.span(ws)
}

// circumstantialClause: an adverbial clause that says why or when
// something was said, not what ("said on condition of anonymity because
// he was not authorized to speak").
func circumstantialClause(v *view, c int) bool {
	if v.word(c).Rel != "advcl" {
		return false
	}
	m := v.child(c, "mark")
	ws := v.Subtree(c, -1)
	if m < 0 || ws[0] != m || slices.ContainsFunc(ws, func(k int) bool {
		return v.word(k).Rel == "mark" && strings.EqualFold(v.word(k).Form, "that")
	}) {
		// A parse that hung the content on the clause: "stated, while
		// testifying before Congress, that …", "said he’ll still back
		// Trump because he’s the nominee" with "nominee" the head.
		return false
	}
	switch strings.ToLower(v.word(m).Form) {
	case "because", "since", "while", "when", "after", "before", "although", "though", "until", "once":
		return true
	}
	return false // "is seen as empowering voters" says what
}

func inSpan(w *document.Word, s document.Span) bool {
	return w.Start >= s.Start && w.End <= s.End && !s.Empty()
}

// adjacent reports whether a quotation closes just before the cue ("…,”
// he said") or opens just after it ("said: “…").
func adjacent(text string, q, cue document.Span) bool {
	if q.End <= cue.Start {
		// Not across a conjunction: in "called the vote “a sad day” and
		// accused Republicans of …" the quotation is the first verb's.
		between := strings.Fields(text[q.End:cue.Start])
		return len(between) <= 3 && !slices.ContainsFunc(between, func(w string) bool { return w == "and" || w == "but" })
	}
	if q.Start >= cue.End {
		// "said: “…" or "said, “…", not a quotation that opens the next
		// sentence ("…, Obama said. “Those who …"): that one has a cue
		// of its own or none.
		between := strings.TrimSpace(text[cue.End:q.Start])
		return between == "" || between == ":" || between == ","
	}
	return false
}

// speakerNextTo finds the speaker of a parenthetical cue outside the
// content: the pronoun or name just before it ("he said") or just after
// it ("said Araghchi").
func speakerNextTo(v *view, i int, content document.Span) document.Span {
	ok := func(k int) bool {
		if k < 0 || k >= len(v.s.Words) || inSpan(v.word(k), content) {
			return false
		}
		u := v.word(k).UPOS
		return u == "PRON" || u == "PROPN" || u == "NOUN"
	}
	// "Schlafly then discussed", "Aides said": past adverbs to the
	// sentence's first word, a name or noun the tagger took for an
	// adverb, an auxiliary or a conjunction.
	lead := i - 1
	for lead > 0 && v.word(lead).UPOS == "ADV" && !startsUpper(v.word(lead).Form) {
		lead--
	}
	if lead == 0 && i > 0 && !ok(0) && mistaggedName(v.word(0), content) {
		return v.span([]int{0})
	}
	// "“…,” his wife, Gabriela Lazar, wrote": past the comma that closes
	// an apposition.
	before := i - 1
	if before > 0 && v.word(before).Form == "," && !ok(before) {
		before--
	}
	// "said a longtime adviser to Trump": past the determiner and
	// adjectives to the noun.
	after := i + 1
	for n := 0; n < 3 && after < len(v.s.Words) && isModifier(v.word(after).UPOS); n++ {
		after++
	}
	for _, k := range []int{before, after} {
		if ok(k) {
			// Take the whole noun phrase the word heads or belongs to.
			top := k
			for hd := v.Head(top); hd >= 0 && hd != i && ok(hd) && universal(v.word(top).Rel) != "nsubj"; hd = v.Head(top) {
				top = hd
			}
			return v.span(v.Subtree(top, -1))
		}
	}
	return document.Span{}
}

// sentenceOpeners are the function words a sentence starts with, which a
// capitalized first word before a cue without a subject is not: other
// words there are names or nouns the tagger took for something else
// ("Aides said", "Scarborough retweeted", "Both think").
var sentenceOpeners = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "but": true, "or": true, "nor": true, "so": true, "yet": true,
	"for": true, "if": true, "when": true, "while": true, "as": true, "although": true, "though": true,
	"because": true, "since": true, "after": true, "before": true, "once": true, "unless": true, "until": true,
	"whether": true, "then": true, "also": true, "still": true, "now": true, "here": true, "there": true,
	"meanwhile": true, "however": true, "instead": true, "thus": true, "hence": true, "indeed": true,
	"yes": true, "no": true, "perhaps": true, "maybe": true, "this": true, "that": true, "these": true,
	"those": true, "what": true, "which": true, "how": true, "why": true, "where": true, "in": true, "on": true,
	"at": true, "by": true, "with": true, "from": true, "to": true, "of": true, "about": true, "not": true,
	"only": true, "just": true, "even": true, "again": true, "later": true, "earlier": true, "today": true,
	"yesterday": true, "finally": true, "first": true, "last": true, "next": true, "never": true,
}

// leadingPhrase is the speaker of a cue whose subject the parse lost,
// when all that comes before the cue is one noun phrase with adverbs
// and commas ("A campaign aide later clarified …", "Nearly eight in 10
// Democratic voters overall said …", "Clinton's opponent, Vermont Sen.
// Bernie Sanders, also praised …"): no verb, no quotation.
func leadingPhrase(v *view, i int, content document.Span) document.Span {
	last, noun := -1, false
	for k := 0; k < i; k++ {
		w := v.word(k)
		switch {
		case inSpan(w, content), w.UPOS == "VERB", w.UPOS == "AUX", w.UPOS == "SCONJ", document.IsQuote(w.Form):
			return document.Span{}
		case w.UPOS == "NOUN" || w.UPOS == "PROPN" || w.UPOS == "PRON" || w.UPOS == "NUM":
			noun, last = true, k
		case w.UPOS != "ADV" && w.UPOS != "PUNCT":
			last = k
		}
	}
	if !noun || last < 0 {
		return document.Span{}
	}
	return v.span(rangeInts(0, last+1))
}

// mistaggedName: a sentence's first word that can only be a name or a
// noun, whatever its tag: capitalized, outside the content, and none of
// the function words sentences open with.
func mistaggedName(first *document.Word, content document.Span) bool {
	return !inSpan(first, content) && startsUpper(first.Form) && first.UPOS != "PUNCT" && !sentenceOpeners[strings.ToLower(first.Form)]
}

func isModifier(upos string) bool { return upos == "DET" || upos == "ADJ" || upos == "NUM" }

func within(a, b document.Span) bool { return a.Start >= b.Start && a.End <= b.End }

// untilComma keeps the words of ws up to the first comma or quotation mark
// after the head word x: "According to the newspaper, “…" puts the quote
// under the source in a wrong parse.
func untilComma(v *view, x int, ws []int) []int {
	for n, k := range ws {
		if k > x && (v.word(k).Form == "," || document.IsQuote(v.word(k).Form)) {
			return ws[:n]
		}
	}
	return ws
}

// headlineSources finds the attribution of headlines that end by naming
// their source: "Trump, Erdogan made covert attempts to hold talks with
// Iran: Axios".
func headlineSources(d *document.Document, have []document.Attribution) []document.Attribution {
	var out []document.Attribution
	for si := range d.Sentences {
		s := &d.Sentences[si]
		if s.Part < 0 || s.Part >= len(d.Parts) {
			continue
		}
		// A headline, or a first line that is one though it ends in a
		// period ("Brooks: Rubio Did Well In …").
		p := d.Parts[s.Part]
		if p.Kind != document.Headline && !(si == 0 && s.Part == 0 && s.Start == p.Start && s.End >= p.End-1 && len(s.Words) <= 25) {
			continue
		}
		ws := s.Words
		colon := -1
		for i, w := range ws {
			if w.Form == ":" {
				colon = i
			}
		}
		tail := len(ws) - colon - 1
		// "…: Axios" names the source after the colon; "De Blasio: Trust
		// Bratton on security" before it.
		after := colon >= 2 && tail >= 1 && tail <= 4 && startsUpper(ws[colon+1].Form)
		before := colon >= 1 && colon <= 4 && tail >= 3 && startsUpper(ws[0].Form)
		if !after && !before {
			continue
		}
		cue := document.Span{Start: ws[colon].Start, End: ws[colon].End}
		if slices.ContainsFunc(have, func(a document.Attribution) bool { return overlaps(a.Cue, cue) }) {
			continue
		}
		v := newView(d.Text, s)
		source, content := rangeInts(colon+1, len(ws)), rangeInts(0, colon)
		if !after {
			source, content = content, withoutFinalPunct(v, rangeInts(colon+1, len(ws)))
		}
		a := document.Attribution{ID: fmt.Sprintf("h%d", len(out)+1), Kind: document.HeadlineAtt, Sentence: si, Cue: cue,
			Source: v.span(source), Content: v.span(content)}
		if !nameLike(v, a.Source) && !namedInBody(d, v, source) {
			continue
		}
		describe(d, v, colon, &a)
		out = append(out, a)
	}
	return out
}

// namedInBody: the one word before a headline's colon, which the tagger
// took for a verb ("Lynch: No outside influence on FBI probe"), is a
// name the article's body uses ("Attorney General Loretta Lynch").
func namedInBody(d *document.Document, v *view, source []int) bool {
	if len(source) != 1 || rubrics[strings.ToLower(v.word(source[0]).Form)] {
		return false
	}
	form := v.word(source[0]).Form
	for _, s := range d.Sentences[1:] {
		for _, w := range s.Words {
			if w.Form == form && w.UPOS == "PROPN" {
				return true
			}
		}
	}
	return false
}

// rubrics are the labels a headline opens with to say what kind of piece
// it is.
var rubrics = map[string]bool{"fact check": true, "fact-check": true, "analysis": true, "opinion": true, "exclusive": true,
	"explainer": true, "editorial": true, "factbox": true, "timeline": true, "watch": true, "live": true, "update": true,
	"correction": true, "commentary": true, "byline": true, "boom": true, "video": true, "photos": true}

// rubricHeads end a headline's label of several words: "Delegate Update:
// …", "Breitbart News Daily: …" (a poll is a source: "Poll: Clinton and
// Sanders in dead heat").
var rubricHeads = setOf("update updates newsletter briefing roundup recap daily")

// nameLike: the words of span, on one side of a colon, could name who
// speaks ("Axios", "De Blasio", "PENCE", "A senior official"), where a
// clause ("Bill is back: …") or a verb ("Breaking: …", "Revealed: …")
// makes the colon a headline's own.
func nameLike(v *view, span document.Span) bool {
	label := strings.ToLower(strings.TrimSpace(v.text[span.Start:span.End]))
	if rubrics[label] {
		return false // "Fact check: No, Ukraine did not sell …": the kind of piece, no speaker
	}
	if f := strings.Fields(label); len(f) > 1 && rubricHeads[f[len(f)-1]] {
		return false
	}
	named := false
	for k := range v.s.Words {
		w := v.word(k)
		if !inSpan(w, span) {
			continue
		}
		switch w.UPOS {
		case "VERB", "AUX":
			return false
		case "PROPN", "NOUN", "PRON":
			named = true
		}
	}
	return named
}
