package token

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/nlp/perceptron"
)

// Splitter decides after which tokens a sentence ends. It is safe for
// concurrent use.
type Splitter struct {
	model *perceptron.Model
}

//go:embed sentence.model
var embeddedSplitter []byte

// DefaultSplitter returns the embedded sentence splitter, loaded on first
// use.
var DefaultSplitter = sync.OnceValues(func() (*Splitter, error) { return ReadSplitter(bytes.NewReader(embeddedSplitter)) })

// Split groups the tokens of one block of text (a paragraph, a headline)
// into sentences. A sentence never continues past a blank line.
func (s *Splitter) Split(text string, toks []Token) [][]Token {
	var out [][]Token
	start := 0
	feats := make([]uint64, 0, 32)
	scores := make([]float32, 2)
	dateline := datelineEnd(text, toks)
	for i := range toks {
		end := i == len(toks)-1
		if !end {
			if i == dateline || strings.Count(text[toks[i].End:toks[i+1].Start], "\n") >= 2 {
				end = true
			} else {
				feats = boundaryFeatures(feats[:0], text, toks, i, i-start)
				s.model.Scores(feats, scores)
				end = scores[1] > scores[0] && !attributionTail(text, toks, i) && !countedNoun(text, toks, i) && !parenthesisGoesOn(text, toks, i) &&
					!pluralPossessive(text, toks[start:i+1]) && !titleBeforeName(text, toks, i) ||
					datedEnd(text, toks, i)
			}
		}
		if end {
			out = append(out, toks[start:i+1])
			start = i + 1
		}
	}
	return out
}

// datedEnd reports whether token i is a full stop after a month and a
// day, before a capitalized word: "attacked Kyiv on March 3. Last month
// …" ends there (the splitter, trained on web text where such dates are
// rare, read the stop as part of the date).
func datedEnd(text string, toks []Token, i int) bool {
	if i < 2 || toks[i].Text(text) != "." || toks[i-1].End != toks[i].Start || text[toks[i].End:toks[i+1].Start] != " " {
		return false
	}
	day := toks[i-1].Text(text)
	if len(day) > 2 || strings.Trim(day, "0123456789") != "" || !monthNames[strings.TrimSuffix(toks[i-2].Text(text), ".")] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[i+1].Text(text))
	return unicode.IsUpper(r)
}

// pluralPossessive reports whether the last of toks, the sentence so
// far, is the apostrophe of a plural's possessive, touching a word that
// ends in "s", with no single quotation opened before it: "reminded
// Beijing that the two countries' Mutual Defense Treaty covers …" goes
// on at the name (the splitter, trained on web text that often ends
// without a full stop, cut it after the apostrophe).
func pluralPossessive(text string, toks []Token) bool {
	last := strings.ToLower(toks[len(toks)-1].Text(text))
	if !strings.HasSuffix(last, "s'") && !strings.HasSuffix(last, "s’") || len(last) < 4 {
		return false
	}
	for _, t := range toks[:len(toks)-1] {
		if s := t.Text(text); s == "'" || strings.HasPrefix(s, "‘") {
			return false // "… called them 'terrorists' Then …": a quotation closes
		}
	}
	return true
}

// titleBeforeName reports whether token i is a title's capitalised
// abbreviation, not after a number, before a capitalised word: "Former
// Pakistani PM Khan sentenced …", "VP Harris visits …" go on at the
// name (the splitter, trained on web text where "PM" is mostly a time
// that may end a line, cut the headlines there).
func titleBeforeName(text string, toks []Token, i int) bool {
	if i+1 >= len(toks) || !IsTitleAbbreviation(toks[i].Text(text)) || text[toks[i].End:toks[i+1].Start] != " " {
		return false
	}
	if i > 0 && strings.Trim(toks[i-1].Text(text), "0123456789:.") == "" {
		return false // "at 3 PM Monday"
	}
	r, _ := utf8.DecodeRuneInString(toks[i+1].Text(text))
	return unicode.IsUpper(r)
}

// IsTitleAbbreviation reports whether the word is a title news writes in
// capitals without stops before a name ("PM Modi", "VP Harris"); the tag
// and parse repairs read it too.
func IsTitleAbbreviation(word string) bool { return word == "PM" || word == "VP" }

// monthNames are the names of months and their abbreviations, as
// written.
var monthNames = map[string]bool{"January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true, "December": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sep": true, "Sept": true,
	"Oct": true, "Nov": true, "Dec": true}

// countedNoun reports whether token i is a number with thousands
// separators and the next word, after one space, the capitalized noun it
// counts: "says more than 40,000 Palestinians have been killed" is one
// sentence (the splitter, trained on web text that often ends without a
// full stop, cut it after the number).
func countedNoun(text string, toks []Token, i int) bool {
	cur := toks[i].Text(text)
	if i == 0 || !strings.Contains(cur, ",") || !strings.ContainsAny(cur, "0123456789") || strings.Trim(cur, "0123456789,.") != "" ||
		text[toks[i].End:toks[i+1].Start] != " " {
		return false
	}
	// After a word ("than", "says"), not in a table's row of amounts
	// ("$ 195,610 EY4096.4 PERFORMANCE").
	if strings.IndexFunc(toks[i-1].Text(text), func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	next := toks[i+1].Text(text)
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsUpper(r) && strings.IndexFunc(next, unicode.IsLower) > 0
}

// datelineEnd returns the index of the dash that ends a wire story's
// dateline at the start of a block — "ORLANDO, Fla. (Reuters) -",
// "JERUSALEM —", "BEIJING, March 3 (Xinhua) --" — or -1. The dateline is
// a sentence of its own, so that the place is not read as the subject of
// the first sentence.
func datelineEnd(text string, toks []Token) int {
	i, hyphens := 0, 0
	for i < len(toks) && i-hyphens < 6 {
		if nameHyphen(text, toks, i) {
			hyphens++ // "PORT-AU-PRINCE": one place
		} else if !capitalsWord(toks[i].Text(text)) && (i == 0 || toks[i].Text(text) != "/") {
			break // "KYIV/MOSCOW": two places
		}
		i++
	}
	if i == 0 || i >= len(toks) {
		return -1
	}
	if toks[i].Text(text) == "," {
		// The state, country or date: "Fla.", "N.H.", "Israel", "March 3".
		for i++; i < len(toks) && i < 10 && !datelineDash(toks[i].Text(text)) && toks[i].Text(text) != "("; i++ {
		}
	}
	if i < len(toks) && toks[i].Text(text) == "(" {
		// The agency: "(AP)", "(Reuters)".
		for i++; i < len(toks) && i < 14 && toks[i].Text(text) != ")"; i++ {
		}
		i++
	}
	if i+1 >= len(toks) || !datelineDash(toks[i].Text(text)) || toks[i].Start == toks[i-1].End || toks[i+1].Start == toks[i].End {
		return -1
	}
	return i
}

// nameHyphen: toks[i] is a hyphen inside a name in capitals, touching
// the words on either side ("PORT-AU-PRINCE", "WINSTON-SALEM").
func nameHyphen(text string, toks []Token, i int) bool {
	return i > 0 && i+1 < len(toks) && toks[i].Text(text) == "-" &&
		toks[i-1].End == toks[i].Start && toks[i].End == toks[i+1].Start && capitalsWord(toks[i+1].Text(text))
}

// capitalsWord: a word of two letters or more, all capitals ("NEW",
// "YORK", "U.S."), not a number.
func capitalsWord(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r != '.' && r != '\'' && r != '’':
			return false
		}
	}
	return letters >= 2
}

func datelineDash(s string) bool { return s == "-" || s == "--" || s == "—" || s == "–" }

// speechVerbs end a news quotation: "…evacuate Tehran!” Trump wrote."
var speechVerbs = map[string]bool{"said": true, "says": true, "wrote": true, "writes": true, "added": true,
	"adds": true, "told": true, "asked": true, "asks": true, "stated": true, "tweeted": true, "posted": true,
	"insisted": true, "explained": true, "declared": true, "warned": true, "replied": true, "shouted": true}

// parenthesisGoesOn reports whether a parenthesis that closes at token i
// after an abbreviation's stop is followed by a lower-case word that
// goes on with the sentence: "…, Sen. Lindsey Graham (R-S.C.) told The
// Huffington Post on Thursday."
func parenthesisGoesOn(text string, toks []Token, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i].Text(text) != ")" || toks[i-1].Text(text) != "." {
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[i+1].Text(text))
	return unicode.IsLower(r)
}

// attributionTail reports whether a quotation that closes after token i
// with a comma, or with ! or ? and a short "NAME said." after it, goes on
// in the same sentence; the treebank the splitter learnt from has few
// such quotations, and none written with two apostrophes as some
// newspapers do.
func attributionTail(text string, toks []Token, i int) bool {
	if i == 0 || !isClosingQuote(toks[i].Text(text)) {
		return false
	}
	p := toks[i-1].Text(text)
	if p == "," {
		return true // "…,'' Ms. Boxer said." never ends at the quote
	}
	if p != "!" && p != "?" {
		return false
	}
	verb := false
	for j := i + 1; j < len(toks) && j <= i+7; j++ {
		t := toks[j].Text(text)
		switch {
		case t == ".":
			return verb
		case speechVerbs[t]:
			verb = true
		case strings.ContainsAny(t, "!?\"“”"):
			return false
		}
	}
	return false
}

func isClosingQuote(t string) bool {
	return t == "”" || t == "\"" || t == "’" || t == "'" || t == "''"
}

// SplitterExample is a block of text with its tokens and, for each token,
// whether a sentence ends after it.
type SplitterExample struct {
	Text   string
	Tokens []Token
	Ends   []bool
}

// TrainSplitter learns sentence boundaries from examples.
func TrainSplitter(examples []SplitterExample, iterations int, seed uint64) *Splitter {
	tr := perceptron.NewTrainer(2)
	rng := rand.New(rand.NewPCG(seed, 3))
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	feats := make([]uint64, 0, 32)
	scores := make([]float32, 2)
	for it := 0; it < iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, ei := range order {
			ex := examples[ei]
			start := 0
			for i := 0; i+1 < len(ex.Tokens); i++ {
				feats = boundaryFeatures(feats[:0], ex.Text, ex.Tokens, i, i-start)
				tr.Scores(feats, scores)
				guess := 0
				if scores[1] > scores[0] {
					guess = 1
				}
				truth := 0
				if ex.Ends[i] {
					truth = 1
				}
				tr.Tick()
				tr.Update(truth, guess, feats)
				if ex.Ends[i] {
					start = i + 1
				}
			}
		}
	}
	return &Splitter{model: tr.Model(1e-3)}
}

const (
	bBias uint64 = iota + 5000
	bCur
	bNext
	bPrev
	bCurShape
	bNextShape
	bCurNextShape
	bPrevCur
	bCurNext
	bSpace
	bAbbrev
	bLen
	bCurSpaceNext
	bNextNext
	bSinceStart
	bCurLast
	bNextFirst
	bPrevTerminal
)

// boundaryFeatures describes the gap after token i.
func boundaryFeatures(out []uint64, text string, toks []Token, i, sinceStart int) []uint64 {
	h := perceptron.Hash
	m, m3 := perceptron.Mix, perceptron.Mix3
	cur := text[toks[i].Start:toks[i].End]
	next := text[toks[i+1].Start:toks[i+1].End]
	prev := "-START-"
	if i > 0 {
		prev = text[toks[i-1].Start:toks[i-1].End]
	}
	nn := "-END-"
	if i+2 < len(toks) {
		nn = text[toks[i+2].Start:toks[i+2].End]
	}
	gap := text[toks[i].End:toks[i+1].Start]
	space := "none"
	switch {
	case strings.Contains(gap, "\n"):
		space = "newline"
	case gap != "":
		space = "space"
	}
	lc, ln := Fold(cur), Fold(next)
	sc, sn := h(shortShape(cur)), h(shortShape(next))
	hs := h(space)
	last, _ := utf8.DecodeLastRuneInString(cur)
	first, _ := utf8.DecodeRuneInString(next)
	abbrev := uint64(0)
	if strings.HasSuffix(cur, ".") && keepsPeriod(cur) {
		abbrev = 1
	}
	prevTerminal := uint64(0)
	if i > 0 && strings.ContainsAny(prev, ".!?") {
		prevTerminal = 1
	}
	since := uint64(sinceStart)
	if since > 8 {
		since = 8 + uint64(min(sinceStart/10, 5))
	}
	return append(out,
		bBias,
		m(bCur, h(lc)), m(bNext, h(ln)), m(bPrev, h(Fold(prev))),
		m(bCurShape, sc), m(bNextShape, sn), m3(bCurNextShape, sc, sn),
		m3(bPrevCur, h(Fold(prev)), h(lc)), m3(bCurNext, h(lc), h(ln)),
		m(bSpace, hs), m3(bAbbrev, abbrev, sn), m(bLen, uint64(min(len(cur), 10))),
		perceptron.Mix4(bCurSpaceNext, h(lc), hs, sn), m(bNextNext, h(Fold(nn))),
		m(bSinceStart, since), m3(bCurLast, uint64(last), sn), m3(bNextFirst, uint64(first), h(lc)),
		m3(bPrevTerminal, prevTerminal, h(lc)),
	)
}

// shortShape is a coarse shape: case of the first letter, and whether the
// token is punctuation, a number or mixed.
func shortShape(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case unicode.IsUpper(r):
		if isAllUpperToken(s) && utf8.RuneCountInString(s) > 1 {
			return "XX"
		}
		return "Xx"
	case unicode.IsLower(r):
		return "x"
	case unicode.IsDigit(r):
		return "d"
	}
	return s
}

func isAllUpperToken(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

const splitterMagic = "PARLEYSEG1"

// Write saves the splitter, gzip-compressed.
func (s *Splitter) Write(w io.Writer) error {
	return perceptron.WriteFile(w, splitterMagic, s.model.Write)
}

// ReadSplitter loads a splitter saved by Write.
func ReadSplitter(r io.Reader) (*Splitter, error) {
	br, err := perceptron.OpenFile(r, splitterMagic, "sentence model")
	if err != nil {
		return nil, err
	}
	m, err := perceptron.ReadModel(br)
	if err != nil {
		return nil, fmt.Errorf("sentence model: %w", err)
	}
	if m.Classes() != 2 {
		return nil, errors.New("sentence model: want 2 classes")
	}
	return &Splitter{model: m}, nil
}
