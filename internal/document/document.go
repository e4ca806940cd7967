// Package document defines Document, the one data type that flows through
// parley's pipeline: an article's text and metadata, then its sentences,
// words and dependency parse. Later stages add actors, attributions and
// events. Every offset is a byte offset into Document.Text, the original
// text; CharOffsets converts them to Unicode character offsets for output.
package document

import (
	"fmt"
	"slices"
	"sort"
	"time"
	"unicode/utf8"
)

// PartKind names a structural part of an article.
type PartKind string

// The parts of an article that readers recognise.
const (
	Headline   PartKind = "headline"
	Standfirst PartKind = "standfirst"
	Caption    PartKind = "caption"
	Subheading PartKind = "subheading"
	Paragraph  PartKind = "paragraph"
)

// Part is a span of the text with a structural role. Sentences never cross
// part boundaries.
type Part struct {
	Kind  PartKind `json:"kind"`
	Start int      `json:"start"`
	End   int      `json:"end"`
}

// Document is an article and everything parley has found in it.
type Document struct {
	ID     string `json:"id"`
	Source string `json:"source"` // where it was read from: file, file:line, feed item
	URL    string `json:"url,omitempty"`
	Title  string `json:"title,omitempty"`
	Byline string `json:"byline,omitempty"`
	// Published is the publication time; zero when unknown.
	Published time.Time `json:"published"`
	// DateInferred is true when Published came from the text (for example a
	// photo caption's date) rather than from metadata.
	DateInferred bool   `json:"date_inferred,omitempty"`
	DateSource   string `json:"date_source,omitempty"`
	Text         string `json:"text"`
	// OffsetUnit is "byte" while parley works on the document and
	// "character" (Unicode code points) in output made by InChars.
	OffsetUnit string `json:"offset_unit"`
	Parts      []Part `json:"parts"`

	Sentences    []Sentence    `json:"sentences,omitempty"`
	Actors       []Actor       `json:"actors"`
	Attributions []Attribution `json:"attributions"`
	Events       []Event       `json:"events"`
}

// Actor is a person, organisation, country, outlet or unnamed source the
// article mentions, with every mention of it.
type Actor struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`    // person, organization, country, media, anonymous, group
	Country string   `json:"country"` // ISO 3166-1 alpha-3, or "" when unknown
	Sector  string   `json:"sector"`  // CAMEO sector: GOV, MIL, LEG, JUD, MED, IGO, REB, ...
	Code    string   `json:"code"`    // CAMEO-style actor code: country + sector, e.g. TURGOV
	Titles  []string `json:"titles"`
	// Members are the actors a group of named actors stands for ("the
	// two countries", "both sides"), by id; empty for any other actor.
	Members []string `json:"members,omitempty"`
	// Mentions are the actor's spans in the text, names, titles,
	// pronouns and descriptions alike.
	Mentions []Span `json:"mentions"`
}

// Sentence is a span of text with its words and their parse.
type Sentence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Part  int    `json:"part"` // index into Document.Parts
	Words []Word `json:"words"`
}

// WordStarting is the index of the word that starts at offset off, or -1.
func (s *Sentence) WordStarting(off int) int {
	for k, w := range s.Words {
		if w.Start == off {
			return k
		}
	}
	return -1
}

// WordEnding is the index of the word that ends at offset off, or -1.
func (s *Sentence) WordEnding(off int) int {
	for k, w := range s.Words {
		if w.End == off {
			return k
		}
	}
	return -1
}

// Word is one syntactic word. Contractions and possessives ("don't",
// "Iran's") are one surface token of several words: those words share
// TokenStart and TokenEnd, and each has its own Start and End within it.
type Word struct {
	Start      int    `json:"start"`
	End        int    `json:"end"`
	TokenStart int    `json:"-"`
	TokenEnd   int    `json:"-"`
	Form       string `json:"form"`
	Lemma      string `json:"lemma,omitempty"`
	UPOS       string `json:"upos,omitempty"`
	XPOS       string `json:"xpos,omitempty"`
	Head       int    `json:"head"` // 1-based index of the head word in the sentence; 0 is the root
	Rel        string `json:"rel,omitempty"`
	SpaceAfter bool   `json:"-"`
}

// Text returns the sentence's text.
func (d *Document) SentenceText(i int) string {
	s := d.Sentences[i]
	return d.Text[s.Start:s.End]
}

// InHeadline reports whether sentence s lies in the article's headline.
func (d *Document) InHeadline(s *Sentence) bool {
	return s.Part >= 0 && s.Part < len(d.Parts) && d.Parts[s.Part].Kind == Headline
}

// SentenceAt returns the index of the sentence holding byte offset off,
// or -1.
func (d *Document) SentenceAt(off int) int {
	ss := d.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	if i < len(ss) && ss[i].Start <= off {
		return i
	}
	return -1
}

// CharOffsets maps byte offsets of text to Unicode character offsets.
type CharOffsets struct {
	text  string
	table []int32 // character offset at every byte boundary, computed lazily
}

// NewCharOffsets prepares conversion for text.
func NewCharOffsets(text string) *CharOffsets { return &CharOffsets{text: text} }

// Char converts a byte offset to a character offset.
func (c *CharOffsets) Char(byteOff int) int {
	if c.table == nil {
		c.table = make([]int32, len(c.text)+1)
		n := int32(0)
		for i := 0; i < len(c.text); {
			_, size := utf8.DecodeRuneInString(c.text[i:])
			for k := 0; k < size; k++ {
				c.table[i+k] = n
			}
			i += size
			n++
		}
		c.table[len(c.text)] = n
	}
	if byteOff < 0 {
		return 0
	}
	if byteOff > len(c.text) {
		byteOff = len(c.text)
	}
	return int(c.table[byteOff])
}

// WithoutWords returns a shallow copy of d whose sentences keep their spans
// and parts but not their words, for consumers (the store, exports) that
// need only the spans events and attributions point into: words are the
// bulk of a document and converting their offsets would be wasted.
func (d *Document) WithoutWords() *Document {
	out := *d
	out.Sentences = make([]Sentence, len(d.Sentences))
	for i, s := range d.Sentences {
		out.Sentences[i] = Sentence{Start: s.Start, End: s.End, Part: s.Part}
	}
	return &out
}

// InChars returns a copy of d whose offsets count Unicode characters, as
// most consumers of parley's output (Python, JavaScript, brat) index text.
func (d *Document) InChars() *Document {
	c := NewCharOffsets(d.Text)
	out := *d
	out.OffsetUnit = "character"
	out.Parts = make([]Part, len(d.Parts))
	for i, p := range d.Parts {
		out.Parts[i] = Part{Kind: p.Kind, Start: c.Char(p.Start), End: c.Char(p.End)}
	}
	out.Sentences = make([]Sentence, len(d.Sentences))
	for i, s := range d.Sentences {
		var words []Word // stays nil for a document WithoutWords
		if s.Words != nil {
			words = make([]Word, len(s.Words))
		}
		for k, w := range s.Words {
			w.Start, w.End = c.Char(w.Start), c.Char(w.End)
			w.TokenStart, w.TokenEnd = c.Char(w.TokenStart), c.Char(w.TokenEnd)
			words[k] = w
		}
		out.Sentences[i] = Sentence{Start: c.Char(s.Start), End: c.Char(s.End), Part: s.Part, Words: words}
	}
	conv := func(s Span) Span {
		if s.Empty() {
			return Span{}
		}
		return Span{Start: c.Char(s.Start), End: c.Char(s.End), Text: d.Text[s.Start:s.End], Actor: s.Actor}
	}
	out.Actors = make([]Actor, len(d.Actors))
	for i, a := range d.Actors {
		a.Mentions = make([]Span, len(d.Actors[i].Mentions))
		for k, m := range d.Actors[i].Mentions {
			a.Mentions[k] = conv(m)
		}
		out.Actors[i] = a
	}
	out.Events = make([]Event, len(d.Events))
	for i, e := range d.Events {
		e.Evidence = conv(e.Evidence)
		for _, side := range []*EventActor{&e.Source, &e.Target} {
			if side.End > side.Start {
				side.Start, side.End = c.Char(side.Start), c.Char(side.End)
			}
		}
		out.Events[i] = e
	}
	out.Attributions = make([]Attribution, len(d.Attributions))
	for i, a := range d.Attributions {
		a.Source, a.Cue, a.Content, a.ReportedBySpan = conv(a.Source), conv(a.Cue), conv(a.Content), conv(a.ReportedBySpan)
		if a.ContentMore != nil {
			a.ContentMore = make([]Span, len(d.Attributions[i].ContentMore))
			for k, m := range d.Attributions[i].ContentMore {
				a.ContentMore[k] = conv(m)
			}
		}
		out.Attributions[i] = a
	}
	return &out
}

// Span is a stretch of Document.Text; the zero Span is "none".
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is filled in output (InChars), for readers of the JSON.
	Text string `json:"text,omitempty"`
	// Actor is the id of the actor the span refers to, where known.
	Actor string `json:"actor,omitempty"`
}

// Empty reports whether the span covers nothing.
func (s Span) Empty() bool { return s.End <= s.Start }

// AttributionKind says how a statement is attributed.
type AttributionKind string

// Kinds of attribution.
const (
	Direct      AttributionKind = "direct"       // a quotation
	Indirect    AttributionKind = "indirect"     // reported speech or thought
	Mixed       AttributionKind = "mixed"        // reported speech with a partial quotation
	AccordingTo AttributionKind = "according_to" // "according to X", "X reports"
	HeadlineAtt AttributionKind = "headline"     // "...: Axios"
)

// Attribution is a statement, belief or report and who it comes from.
type Attribution struct {
	ID      string          `json:"id"`
	Kind    AttributionKind `json:"kind"`
	Source  Span            `json:"source"`
	Cue     Span            `json:"cue"`
	Content Span            `json:"content"`
	// ContentMore holds the content's other fragments, which PolNeAR
	// marks as parts of one content: the quotation that goes on in the
	// next sentences of the paragraph ("“X,” he said. “Y.”") and the first
	// part of a clause a parenthetical cue interrupts ("The only problem,
	// she said, is …").
	ContentMore []Span `json:"content_more,omitempty"`
	// SourceActors are the actors of a source that coordinates several
	// ("Prime Minister Keir Starmer and President Emmanuel Macron said"),
	// in the text's order; empty for a source of one actor or none, whose
	// actor is Source.Actor.
	SourceActors []string `json:"source_actors,omitempty"`
	// SourceKind says who the source is: named (a name), pronoun,
	// anonymous ("a senior official", "sources"), vague ("some",
	// "critics"), description (any other noun phrase) or none.
	SourceKind string `json:"source_kind"`
	// ReportedBy is the actor id of the outlet or person that relays the
	// source's words ("sources told Axios", "officials cited by Axios"),
	// or ""; ReportedBySpan is where the text names it.
	ReportedBy     string `json:"reported_by"`
	ReportedBySpan Span   `json:"reported_by_span"`
	// Within is the id of the attribution whose content holds this one,
	// which relays it ("Araghchi said …, according to state media"), or
	// "" for an outermost one. Unless the text names another relay,
	// ReportedBy is the holding attribution's source.
	Within string `json:"within,omitempty"`
	// Hedged marks a report the text distances itself from: "reportedly",
	// "allegedly", "it was claimed".
	Hedged bool `json:"hedged"`
	// Sentence is the index of the sentence holding the cue.
	Sentence int `json:"sentence"`
}

// EventActor is one side of an event.
type EventActor struct {
	Actor string `json:"actor"` // actor id, "" when the side names no known actor
	Code  string `json:"code"`  // the actor's CAMEO code
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Place is where an event happened.
type Place struct {
	Text    string `json:"text"`
	Country string `json:"country"`
}

// Event is a coded political event: who did what to whom.
type Event struct {
	ID         string  `json:"id"`
	CAMEO      string  `json:"cameo"`
	Root       string  `json:"root"`
	Label      string  `json:"label"`
	QuadClass  int     `json:"quad_class"`
	Goldstein  float64 `json:"goldstein"`
	PLOVER     string  `json:"plover"`
	PLOVERMode string  `json:"plover_mode,omitempty"`
	// PLOVERContext lists the PLOVER contexts of the event's code, as
	// the CAMEO-to-PLOVER crosswalk gives them ("military", "legal").
	PLOVERContext []string   `json:"plover_context,omitempty"`
	Source        EventActor `json:"source"`
	Target        EventActor `json:"target"`
	Negated       bool       `json:"negated"`
	// Mode is how the text asserts the event: asserted, intended
	// (offered, planned, "ready to"), hypothetical ("should that be
	// necessary", "would"), failed ("cancelled", "unable to") or denied
	// ("denied supplying drones", "rejected claims that …").
	Mode        string `json:"mode"`
	Date        string `json:"date"`      // YYYY-MM-DD, or YYYY-MM or YYYY when the text names only the month or year; "" when unknown
	DateText    string `json:"date_text"` // the words it was read from
	Location    Place  `json:"location"`
	Sentence    int    `json:"sentence"`
	Evidence    Span   `json:"evidence"`    // the word that expresses the event
	Attribution string `json:"attribution"` // id of the attribution it is reported under, or ""
}

// Apply runs a stage of the pipeline over the document. A stage that
// fails on some text the models never met (a parse no rule foresaw)
// returns an error instead of taking down the other articles being read
// with it.
func (d *Document) Apply(stage func(*Document)) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("analysis failed: %v", r)
		}
	}()
	stage(d)
	return nil
}

// IsNameParticle reports whether a lower-case word joins the parts of a
// name: "Luiz Inacio Lula da Silva", "Osama bin Laden", "Ursula von der
// Leyen". The tagger's repairs and the actor finder share the list.
func IsNameParticle(form string) bool { return nameParticles[form] }

var nameParticles = map[string]bool{"bin": true, "bint": true, "ibn": true, "al": true, "el": true, "von": true,
	"van": true, "der": true, "den": true, "de": true, "da": true, "di": true, "du": true, "del": true, "della": true,
	"la": true, "le": true, "ter": true, "dos": true, "das": true, "es": true}

// IsCalendarName reports whether a lower-case word names a day of the
// week or a month, words the tagger's repairs read as times and the
// actor finder as no actor.
func IsCalendarName(word string) bool { return calendarNames[word] }

// IsWeekday reports whether a word is the name of a day of the week as
// written in running text ("Monday", not "monday" or "MONDAY").
func IsWeekday(word string) bool {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if word == d.String() {
			return true
		}
	}
	return false
}

// IsRelativeDay reports whether a lower-case word names a day by the
// article's own ("today", "yesterday", "tomorrow", "tonight"), which the
// parse may take for a subject and the tag repairs read as a time.
func IsRelativeDay(word string) bool { return relativeDays[word] }

var relativeDays = map[string]bool{"today": true, "yesterday": true, "tomorrow": true, "tonight": true}

var calendarNames = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// SigningDashes are the dashes that can sign a quotation with the
// speaker's name after them ("“…” ― Sonya Herridge"); a hyphen does too,
// but only opening a line of its own ("- Bernie Sanders.").
var SigningDashes = []string{"—", "―", "–", "--"}

// IsSigningDash reports whether a word is a dash that can sign a
// quotation, a hyphen included.
func IsSigningDash(form string) bool { return form == "-" || slices.Contains(SigningDashes, form) }

// IsQuote reports whether a word is a quotation mark: straight, curly,
// or the doubled backticks and apostrophes of some copy (“, ”).
func IsQuote(form string) bool {
	switch form {
	case `"`, "“", "”", "``", "''", "‘", "’":
		return true
	}
	return false
}
