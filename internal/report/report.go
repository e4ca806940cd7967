package report

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/document"
)

// Write writes d, as the coder leaves it (byte offsets), as a readable
// account.
func Write(w io.Writer, d *document.Document) error {
	bw := bufio.NewWriter(w)
	r := account{d: d, actors: map[string]*document.Actor{}}
	for i := range d.Actors {
		r.actors[d.Actors[i].ID] = &d.Actors[i]
	}
	r.head(bw)
	r.actorList(bw)
	r.statements(bw)
	r.events(bw)
	bw.WriteString("\n")
	return bw.Flush()
}

// account is an article being written out: the document and its
// actors by ID.
type account struct {
	d      *document.Document
	actors map[string]*document.Actor
}

func (r *account) head(w *bufio.Writer) {
	d := r.d
	title := d.Title
	if title == "" && len(d.Parts) > 0 && d.Parts[0].Kind == document.Headline {
		title = d.Text[d.Parts[0].Start:d.Parts[0].End]
	}
	fmt.Fprintf(w, "== %s\n", orWord(oneLine(title), "(untitled)"))
	var facts []string
	if d.ID != "" {
		facts = append(facts, d.ID)
	}
	if d.Byline != "" {
		facts = append(facts, "by "+d.Byline)
	}
	if !d.Published.IsZero() {
		p := "published " + d.Published.Format("2006-01-02")
		if d.DateInferred {
			p += " (inferred from the " + orWord(d.DateSource, "text") + ")"
		}
		facts = append(facts, p)
	}
	if d.URL != "" {
		facts = append(facts, d.URL)
	}
	if len(facts) > 0 {
		fmt.Fprintf(w, "   %s\n", strings.Join(facts, " · "))
	}
}

func (r *account) actorList(w *bufio.Writer) {
	fmt.Fprintf(w, "\nActors (%d)\n", len(r.d.Actors))
	for _, a := range r.d.Actors {
		line := fmt.Sprintf("  %-4s %s — %s", a.ID, a.Name, a.Kind)
		if a.Code != "" {
			line += " " + a.Code
		}
		if len(a.Titles) > 0 {
			line += "; " + strings.Join(a.Titles, ", ")
		}
		if len(a.Members) > 0 {
			line += " of " + strings.Join(a.Members, ", ")
		}
		fmt.Fprintf(w, "%s; %d %s\n", line, len(a.Mentions), plural(len(a.Mentions), "mention", "mentions"))
	}
}

// statements lists the attributions, each one that another relays
// indented under it ("Araghchi said …, according to state media").
func (r *account) statements(w *bufio.Writer) {
	fmt.Fprintf(w, "\nWho said what (%d)\n", len(r.d.Attributions))
	inside := map[string][]document.Attribution{}
	for _, a := range r.d.Attributions {
		inside[a.Within] = append(inside[a.Within], a)
	}
	var list func(parent string, indent string)
	list = func(parent string, indent string) {
		for _, a := range inside[parent] {
			fmt.Fprintf(w, "%s%-4s %s\n", indent, a.ID, r.attribution(a))
			// The content's fragments in the order of the text, the words
			// between them (the cue, the source) left out.
			frags := slices.SortedFunc(slices.Values(append([]document.Span{a.Content}, a.ContentMore...)),
				func(x, y document.Span) int { return x.Start - y.Start })
			parts := make([]string, len(frags))
			for k, f := range frags {
				parts[k] = r.span(f)
			}
			fmt.Fprintf(w, "%s     %s\n", indent, quoted(clip(strings.Join(parts, " … "), 240)))
			list(a.ID, indent+"    ")
		}
	}
	list("", "  ")
}

// attribution says who made a statement, how, and through whom:
// "multiple US officials (anonymous), reported by Axios — according to".
func (r *account) attribution(a document.Attribution) string {
	who := r.span(a.Source)
	if who == "" {
		who = "(no source)"
	}
	if names := r.sourceNames(a); names != "" && !strings.EqualFold(names, who) {
		who += " [" + names + "]"
	}
	if a.SourceKind != "" && a.SourceKind != "none" {
		who += " (" + strings.ReplaceAll(a.SourceKind, "_", " ") + ")"
	}
	if by := r.actors[a.ReportedBy]; by != nil {
		who += ", reported by " + by.Name
	} else if by := r.span(a.ReportedBySpan); by != "" {
		who += ", reported by " + by // a relay that names no actor: "state media", "the newspaper"
	}
	how := strings.ReplaceAll(string(a.Kind), "_", " ")
	// The cue, unless it says no more than the kind ("according to",
	// a headline's colon).
	if cue := r.span(a.Cue); strings.IndexFunc(cue, unicode.IsLetter) >= 0 && !strings.EqualFold(cue, how) {
		how += ": " + cue
	}
	if a.Hedged {
		how += ", hedged"
	}
	return who + " — " + how
}

// sourceNames names the actor of a source, or each of the actors it
// coordinates ("Pakistan and Afghanistan agreed"), whom the source's
// actor, its head, names only one of.
func (r *account) sourceNames(a document.Attribution) string {
	var names []string
	if len(a.SourceActors) > 1 {
		for _, id := range a.SourceActors {
			if act := r.actors[id]; act != nil {
				names = appendNew(names, act.Name)
			}
		}
	}
	if len(names) > 1 {
		return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	}
	if act := r.actors[a.Source.Actor]; act != nil {
		return act.Name
	}
	return ""
}

// events writes the events of one word, one source and target each,
// as one entry: "Erdogan and Fidan relayed the offer to Pezeshkian and
// Araghchi" is four events and one entry.
func (r *account) events(w *bufio.Writer) {
	fmt.Fprintf(w, "\nWho did what to whom (%d)\n", len(r.d.Events))
	evs := r.d.Events
	for i := 0; i < len(evs); {
		j := i + 1
		for j < len(evs) && sameAct(evs[i], evs[j]) {
			j++
		}
		r.event(w, evs[i:j])
		i = j
	}
}

func sameAct(a, b document.Event) bool {
	return a.Evidence == b.Evidence && a.CAMEO == b.CAMEO && a.Mode == b.Mode && a.Negated == b.Negated &&
		a.Date == b.Date && a.Attribution == b.Attribution
}

// indent lines an event's details up under its sides.
const indent = "               "

func (r *account) event(w *bufio.Writer, group []document.Event) {
	e := group[0]
	var sources, targets, ids []string
	for _, g := range group {
		sources = appendNew(sources, r.side(g.Source))
		targets = appendNew(targets, r.side(g.Target))
		ids = append(ids, g.ID)
	}
	// An event the text gives no day for is dated by the article, in
	// brackets.
	date := e.Date
	if date == "" && !r.d.Published.IsZero() {
		date = "(" + r.d.Published.Format("2006-01-02") + ")"
	} else if date == "" {
		date = "undated"
	}
	what := e.CAMEO + " " + e.Label
	if e.Negated {
		what = "NOT " + what
	}
	fmt.Fprintf(w, "  %-12s %s → %s\n", date, strings.Join(sources, ", "), strings.Join(targets, ", "))
	facts := []string{what, e.PLOVER, e.Mode}
	if e.Location.Text != "" {
		facts = append(facts, "in "+e.Location.Text)
	}
	fmt.Fprintf(w, "%s%s  (%s)\n", indent, strings.Join(facts, " · "), strings.Join(ids, " "))
	fmt.Fprintf(w, "%s%s\n", indent, r.context(e))
	for _, a := range r.d.Attributions {
		if a.ID == e.Attribution {
			fmt.Fprintf(w, "%sreported under %s: %s\n", indent, a.ID, r.attribution(a))
		}
	}
}

// side names an event's source or target: the actor and its code, or
// the words when they name no known actor, with the code the coder gave
// them ("Israeli attacks": ISR) so a reader sees who the event counts.
func (r *account) side(s document.EventActor) string {
	name := ""
	switch a := r.actors[s.Actor]; {
	case a != nil:
		name = a.Name
	case s.Text != "":
		name = "“" + s.Text + "”"
	case s.Code != "":
		return "(" + s.Code + ")" // a side inferred, no words name it: "Algerian landowners began a hunger strike"
	default:
		return "—"
	}
	if s.Code != "" {
		return name + " (" + s.Code + ")"
	}
	return name
}

// context is the evidence in its sentence, marked with brackets and
// clipped to some words either side.
func (r *account) context(e document.Event) string {
	const around = 70 // bytes either side, widened to whole words
	d := r.d
	if e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
		return "[" + r.span(e.Evidence) + "]"
	}
	s := d.Sentences[e.Sentence]
	if e.Evidence.Start < s.Start || e.Evidence.End > s.End || e.Evidence.Start > e.Evidence.End || s.End > len(d.Text) {
		return "[" + r.span(e.Evidence) + "]"
	}
	from, to := max(s.Start, e.Evidence.Start-around), min(s.End, e.Evidence.End+around)
	for from > s.Start && !startsWord(d.Text, from) {
		from--
	}
	for to < s.End && !endsWord(d.Text, to) {
		to++
	}
	out := oneLine(d.Text[from:e.Evidence.Start] + "[" + d.Text[e.Evidence.Start:e.Evidence.End] + "]" + d.Text[e.Evidence.End:to])
	if from > s.Start {
		out = "…" + strings.TrimLeft(out, " ")
	}
	if to < s.End {
		out = strings.TrimRight(out, " ") + "…"
	}
	return out
}

func startsWord(text string, i int) bool { return i == 0 || text[i-1] == ' ' || text[i-1] == '\n' }

func endsWord(text string, i int) bool { return i >= len(text) || text[i] == ' ' || text[i] == '\n' }

func (r *account) span(s document.Span) string {
	if s.Start < 0 || s.End > len(r.d.Text) || s.Start >= s.End {
		return s.Text
	}
	return oneLine(r.d.Text[s.Start:s.End])
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// quoted puts a statement in quotation marks unless it is a quotation
// already.
func quoted(s string) string {
	if strings.HasPrefix(s, "“") || strings.HasPrefix(s, "\"") {
		return s
	}
	return "“" + s + "”"
}

// clip shortens s to about n bytes at a word boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + " …"
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func orWord(s, otherwise string) string {
	if s == "" {
		return otherwise
	}
	return s
}
