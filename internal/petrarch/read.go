package petrarch

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Dictionaries are the verb, actor, agent and discard dictionaries a
// coder works with. Any of them may be empty.
type Dictionaries struct {
	Verbs    *Verbs
	Actors   *Actors
	Agents   *Agents
	Discards *Discards
	// Warnings are the records that could not be read, each naming its
	// file and line; the rest of the dictionary is used, as PETRARCH
	// ignores a pattern with an undefined synset.
	Warnings []error
}

// New returns empty dictionaries, ready for the Read methods.
func New() *Dictionaries {
	return &Dictionaries{Verbs: newVerbs(), Actors: &Actors{trie: newTrie()}, Agents: &Agents{trie: newTrie()}, Discards: &Discards{}}
}

// Kind is which dictionary a file holds.
type Kind string

// The dictionary kinds.
const (
	KindVerbs    Kind = "verbs"
	KindActors   Kind = "actors"
	KindAgents   Kind = "agents"
	KindDiscards Kind = "discards"
)

// KindOf guesses a dictionary's kind from its file name, as the Phoenix
// and validation files are named (CAMEO.2.0.txt, *.verbs.txt,
// *.actors.txt, *.agents.txt, *.discards.txt); "" for other files, such
// as the issue lists, which parley does not use.
func KindOf(name string) Kind {
	n := strings.ToLower(filepath.Base(name))
	switch {
	case strings.Contains(n, "verbs") || strings.HasPrefix(n, "cameo."):
		return KindVerbs
	case strings.Contains(n, "actors"):
		return KindActors
	case strings.Contains(n, "agents"):
		return KindAgents
	case strings.Contains(n, "discards"):
		return KindDiscards
	}
	return ""
}

// LoadDir reads every dictionary file in dir whose kind KindOf knows.
func LoadDir(dir string) (*Dictionaries, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read PETRARCH dictionaries: %w", err)
	}
	var files []string
	for _, e := range entries {
		if !e.IsDir() && KindOf(e.Name()) != "" {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("read PETRARCH dictionaries: no *verbs*, *actors*, *agents* or *discards* files in %s", dir)
	}
	return LoadFiles(files...)
}

// LoadFiles reads the named dictionary files, each by the kind its name
// says.
func LoadFiles(files ...string) (*Dictionaries, error) {
	d := New()
	for _, name := range files {
		if err := d.ReadFile(name, KindOf(name)); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// ReadFile reads one dictionary file of the given kind. Records that
// cannot be read go to Warnings; only a file that cannot be opened or
// read is an error.
func (d *Dictionaries) ReadFile(name string, kind Kind) error {
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("read PETRARCH dictionary: %w", err)
	}
	defer f.Close()
	// The readers join their records' errors; a file whose every error
	// is a record's is read, with warnings.
	err = d.Read(f, name, kind)
	joined, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return err
	}
	for _, e := range joined.Unwrap() {
		if _, ok := e.(*lineError); !ok {
			return err
		}
	}
	d.Warnings = append(d.Warnings, joined.Unwrap()...)
	return nil
}

// Read reads one dictionary of the given kind; name is used in errors.
func (d *Dictionaries) Read(r io.Reader, name string, kind Kind) error {
	var err error
	switch kind {
	case KindVerbs:
		err = d.Verbs.read(r, name)
	case KindActors:
		err = d.Actors.read(r, name)
	case KindAgents:
		err = d.Agents.read(r, name)
	case KindDiscards:
		err = d.Discards.read(r, name)
	default:
		err = fmt.Errorf("%s: unknown dictionary kind %q (want verbs, actors, agents or discards)", name, kind)
	}
	return err
}

// lineError names the file and line of a record that could not be read.
type lineError struct {
	name string
	line int
	err  error
}

func (e *lineError) Error() string { return fmt.Sprintf("%s line %d: %v", e.name, e.line, e.err) }
func (e *lineError) Unwrap() error { return e.err }

// lines calls fn with every line of a dictionary that holds something
// (blank and comment lines are skipped):
// comments (# to the end of the line, and <!-- … --> blocks) and
// surrounding blanks removed, a leading tab kept as "\t" since actor date
// restrictions are marked by it.
func lines(r io.Reader, name string, fn func(n int, line string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	inComment := false
	n := 0
	var errs []error
	for sc.Scan() {
		n++
		line := sc.Text()
		if inComment {
			end := strings.Index(line, "-->")
			if end < 0 {
				continue
			}
			inComment, line = false, line[end+3:]
		}
		if start := strings.Index(line, "<!"); start >= 0 {
			if end := strings.Index(line[start:], "-->"); end >= 0 {
				line = line[:start] + line[start+end+3:]
			} else {
				inComment, line = true, line[:start]
			}
		}
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		indented := strings.HasPrefix(line, "\t") || strings.HasPrefix(line, "    ")
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if indented && strings.HasPrefix(line, "[") {
			line = "\t" + line
		}
		if err := fn(n, line); err != nil {
			errs = append(errs, &lineError{name, n, err})
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s line %d: %w", name, n+1, err))
	}
	return errors.Join(errs...)
}

// words splits a dictionary phrase into upper-case words; _ and blanks
// both separate words.
func words(phrase string) []string {
	return strings.Fields(strings.ToUpper(strings.ReplaceAll(phrase, "_", " ")))
}

// bracketed returns what is inside the first […] of s, and s without it.
func bracketed(s, open, close string) (inside, rest string, ok bool) {
	i := strings.Index(s, open)
	if i < 0 {
		return "", s, false
	}
	j := strings.Index(s[i:], close)
	if j < 0 {
		return "", s, false
	}
	return strings.TrimSpace(s[i+len(open) : i+j]), strings.TrimSpace(s[:i] + " " + s[i+j+len(close):]), true
}

// plurals are a noun's regular plural, as PETRARCH makes them: +S, Y to
// IES, SS to SSES.
func plural(word string) string {
	switch {
	case strings.HasSuffix(word, "SS"):
		return word + "ES"
	case strings.HasSuffix(word, "Y") && len(word) > 1 && !strings.ContainsRune("AEIOU", rune(word[len(word)-2])):
		return word[:len(word)-1] + "IES"
	}
	return word + "S"
}

// Actors is an actor dictionary: phrases to codes, some restricted to
// dates.
type Actors struct {
	trie  *trie
	count int
}

// actorEntry is one actor record: a default code and dated codes.
type actorEntry struct {
	Default string
	Dated   []datedCode
}

type datedCode struct {
	Code     string
	From, To time.Time // zero for open
}

// Len is the number of phrases in the dictionary.
func (a *Actors) Len() int { return a.count }

// CodeOn is the actor's code on a day: the first date restriction that
// holds, else the default.
func (e *actorEntry) CodeOn(day time.Time) string {
	if !day.IsZero() {
		for _, d := range e.Dated {
			if (d.From.IsZero() || !day.Before(d.From)) && (d.To.IsZero() || !day.After(d.To)) {
				return d.Code
			}
		}
	}
	return e.Default
}

func (a *Actors) read(r io.Reader, name string) error {
	var cur *actorEntry
	return lines(r, name, func(n int, line string) error {
		switch {
		case line == "":
			return nil
		case strings.HasPrefix(line, "\t"):
			if cur == nil {
				return errors.New("a date restriction before any actor")
			}
			inside, _, ok := bracketed(line, "[", "]")
			if !ok {
				return fmt.Errorf("date restriction %q: want [CODE DATE-DATE], [CODE <DATE] or [CODE >DATE]", line)
			}
			dc, err := parseRestriction(inside)
			if err != nil {
				return err
			}
			if dc.From.IsZero() && dc.To.IsZero() {
				cur.Default = dc.Code
			} else {
				cur.Dated = append(cur.Dated, dc)
			}
			return nil
		case strings.HasPrefix(line, "+"):
			if cur == nil {
				return errors.New("a synonym (+) before any actor")
			}
			phrase, _, _ := strings.Cut(line[1:], ";")
			phrase = strings.TrimSpace(phrase)
			if inside, rest, ok := bracketed(phrase, "[", "]"); ok {
				// A synonym with its own code is an actor of its own.
				phrase = rest
				e := &actorEntry{Default: inside}
				return a.add(phrase, e)
			}
			return a.add(phrase, cur)
		}
		phrase, _, _ := strings.Cut(line, ";")
		cur = &actorEntry{}
		if inside, rest, ok := bracketed(phrase, "[", "]"); ok {
			phrase = rest
			f := strings.Fields(inside)
			if len(f) == 0 {
				return fmt.Errorf("actor %q has an empty [code]", strings.TrimSpace(rest))
			}
			cur.Default = f[0]
			if dc, err := parseRestriction(inside); err == nil && (!dc.From.IsZero() || !dc.To.IsZero()) {
				cur.Default, cur.Dated = "", []datedCode{dc}
			}
		}
		return a.add(strings.TrimSpace(phrase), cur)
	})
}

func (a *Actors) add(phrase string, e *actorEntry) error {
	w, stem := phraseWords(phrase)
	if len(w) == 0 {
		return fmt.Errorf("actor %q has no words", phrase)
	}
	a.trie.add(w, stem, e)
	a.count++
	return nil
}

// phraseWords are a dictionary phrase's words, and whether its last word
// is a stem: a phrase that does not end in _ also matches longer words
// ("ERIADOR" matches "ERIADORIAN").
func phraseWords(phrase string) ([]string, bool) {
	phrase = strings.TrimSpace(phrase)
	return words(phrase), !strings.HasSuffix(phrase, "_")
}

// parseRestriction reads "CODE", "CODE <DATE", "CODE >DATE" and
// "CODE DATE-DATE"; dates are YYYYMMDD or YYMMDD.
func parseRestriction(s string) (datedCode, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return datedCode{}, errors.New("empty code")
	}
	dc := datedCode{Code: f[0]}
	rest := strings.Join(f[1:], "")
	if rest == "" {
		return dc, nil
	}
	var err error
	switch {
	case strings.HasPrefix(rest, "<"):
		dc.To, err = parseDate(rest[1:])
		dc.To = dc.To.AddDate(0, 0, -1) // "before", exclusive
	case strings.HasPrefix(rest, ">"):
		dc.From, err = parseDate(rest[1:])
		dc.From = dc.From.AddDate(0, 0, 1)
	default:
		from, to, ok := strings.Cut(rest, "-")
		if !ok {
			return dc, fmt.Errorf("date restriction %q: want <DATE, >DATE or DATE-DATE", s)
		}
		if dc.From, err = parseDate(from); err == nil {
			dc.To, err = parseDate(to)
		}
	}
	if err != nil {
		return dc, fmt.Errorf("date restriction %q: %w", s, err)
	}
	return dc, nil
}

// parseDate reads YYYYMMDD, or YYMMDD with TABARI's century rule (years
// before 30 are in the 2000s).
func parseDate(s string) (time.Time, error) {
	switch len(s) {
	case 8:
		return time.Parse("20060102", s)
	case 6:
		t, err := time.Parse("060102", s)
		if err != nil {
			return t, err
		}
		if t.Year() >= 2030 {
			t = t.AddDate(-100, 0, 0)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("date %q: want YYYYMMDD or YYMMDD", s)
}

// Agents is an agent dictionary: phrases ("FOREIGN MINISTER") to the
// codes they add to an actor's ("~GOVFRM" after it, "NGO~" before it).
type Agents struct {
	trie  *trie
	count int
}

// Agent is what an agent phrase adds to an actor's code.
type Agent struct {
	Code   string
	Before bool // NGO~: the code goes before the actor's
}

// Len is the number of phrases in the dictionary, plurals included.
func (a *Agents) Len() int { return a.count }

func (a *Agents) read(r io.Reader, name string) error {
	subst := map[string][]string{}
	return lines(r, name, func(n int, line string) error {
		if line == "" {
			return nil
		}
		if strings.HasPrefix(line, "!") {
			if marker, list, ok := strings.Cut(line, "="); ok {
				marker = strings.TrimSpace(marker)
				if len(marker) < 3 || !strings.HasSuffix(marker, "!") || strings.Count(marker, "!") != 2 {
					return fmt.Errorf("substitution marker %q: want !NAME!", marker)
				}
				var items []string
				for _, it := range strings.Split(list, ",") {
					items = append(items, strings.ReplaceAll(strings.TrimSpace(it), " ", ""))
				}
				subst[marker] = items
				return nil
			}
		}
		// The dictionaries have [~COP] and [ ~COP] and one [~LEG}.
		line = strings.Replace(line, "}", "]", strings.Count(line, "}")-strings.Count(line, "{"))
		code, rest, ok := bracketed(line, "[", "]")
		if !ok {
			return fmt.Errorf("agent %q has no [code]", line)
		}
		code = strings.ReplaceAll(code, " ", "")
		agent := Agent{Code: strings.Trim(code, "~"), Before: strings.HasSuffix(code, "~")}
		if agent.Code == "" {
			return fmt.Errorf("agent %q has an empty code", line)
		}
		irregular, phrase, hasPlural := bracketed(rest, "{", "}")
		forms := expand(phrase, subst)
		if len(forms) == 0 {
			return fmt.Errorf("agent %q has no words", line)
		}
		for _, form := range forms {
			w, _ := phraseWords(form)
			if len(w) == 0 {
				return fmt.Errorf("agent %q has no words", line)
			}
			a.trie.add(w, false, agent)
			a.count++
			if hasPlural || strings.Contains(form, "!") {
				continue
			}
			p := append(append([]string(nil), w[:len(w)-1]...), plural(w[len(w)-1]))
			a.trie.add(p, false, agent)
			a.count++
		}
		if hasPlural && irregular != "" {
			for _, form := range expand(irregular, subst) {
				w, _ := phraseWords(form)
				if len(w) == 0 {
					continue
				}
				a.trie.add(w, false, agent)
				a.count++
			}
		}
		return nil
	})
}

// expand substitutes !MARKER! sets in a phrase ("CONGRESS!PERSON!"),
// each marker once, so that an item holding a marker cannot make the
// expansion endless.
func expand(phrase string, subst map[string][]string) []string {
	phrase = strings.TrimSpace(phrase)
	if phrase == "" {
		return nil
	}
	out := []string{phrase}
	for _, marker := range sortedKeys(subst) {
		var next []string
		for _, p := range out {
			if !strings.Contains(p, marker) {
				next = append(next, p)
				continue
			}
			for _, it := range subst[marker] {
				next = append(next, strings.Replace(p, marker, it, 1))
			}
		}
		out = next
	}
	return out
}

// Discards are phrases that keep a sentence, or with + a whole story,
// from being coded (sports, historical chronologies).
type Discards struct {
	entries []discard
}

type discard struct {
	text  string // upper case, with a leading blank
	exact bool   // ends with _: must be followed by a blank or punctuation
	story bool
}

// Len is the number of discard phrases.
func (d *Discards) Len() int { return len(d.entries) }

func (d *Discards) read(r io.Reader, name string) error {
	return lines(r, name, func(n int, line string) error {
		if line == "" {
			return nil
		}
		e := discard{story: strings.HasPrefix(line, "+")}
		line = strings.TrimSpace(strings.TrimPrefix(line, "+"))
		e.exact = strings.HasSuffix(line, "_")
		line = strings.TrimSuffix(line, "_")
		if line == "" {
			return errors.New("an empty discard")
		}
		e.text = " " + strings.Join(words(line), " ")
		d.entries = append(d.entries, e)
		return nil
	})
}

// Match reports whether a text holds a discard phrase, and whether that
// phrase discards the whole story.
func (d *Discards) Match(text string) (found, story bool) {
	t := " " + strings.Join(strings.Fields(strings.ToUpper(text)), " ")
	for _, e := range d.entries {
		for off := 0; ; {
			i := strings.Index(t[off:], e.text)
			if i < 0 {
				break
			}
			end := off + i + len(e.text)
			if !e.exact || end == len(t) || !isLetterOrDigit(t[end]) {
				found = true
				if e.story {
					return true, true
				}
				break
			}
			off = end
		}
	}
	return found, false
}

func isLetterOrDigit(b byte) bool {
	return b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// sortedKeys is for deterministic iteration in tests and summaries.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
