package tag

import (
	"bufio"
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

	"github.com/parley-news/parley/internal/nlp/lemma"
	"github.com/parley-news/parley/internal/nlp/perceptron"
	"github.com/parley-news/parley/internal/nlp/token"
)

// Tagger tags words. It is safe for concurrent use.
type Tagger struct {
	lex     *lemma.Lemmatizer
	model   *perceptron.Model
	upos    []string
	xpos    []string
	notVerb []bool // classes allowed for a name-like word
	open    []bool // the open classes: no preposition, conjunction, determiner, pronoun, auxiliary or particle
	notBase []bool // classes allowed after "the" and a singular name
	name    []bool // the singular proper noun
}

func (t *Tagger) prepare() *Tagger {
	t.notVerb = make([]bool, len(t.upos))
	t.notBase = make([]bool, len(t.upos))
	t.name = make([]bool, len(t.upos))
	t.open = make([]bool, len(t.upos))
	for c, u := range t.upos {
		t.name[c] = t.xpos[c] == "NNP"
		switch u {
		case "ADP", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "PART":
		default:
			t.open[c] = true
		}
		t.notVerb[c] = u != "VERB"
		t.notBase[c] = t.xpos[c] != "VB" && t.xpos[c] != "VBP"
	}
	return t
}

// Sentence is a training sentence: words with gold tags.
type Sentence struct {
	Words []string
	UPOS  []string
	XPOS  []string
}

//go:embed tagger.model
var embedded []byte

// Default returns the embedded tagger, loaded on first use.
var Default = sync.OnceValues(func() (*Tagger, error) {
	lex, err := lemma.Default()
	if err != nil {
		return nil, err
	}
	return Read(bytes.NewReader(embedded), lex)
})

// Tag returns the UPOS and XPOS tags of words.
func (t *Tagger) Tag(words []string) (upos, xpos []string) {
	upos = make([]string, len(words))
	xpos = make([]string, len(words))
	sentenceCase := !titleCase(words)
	if !sentenceCase && capitalFunctionWord(words) {
		words = t.truecase(words)
	}
	ctx := newContext(words, t.lex)
	feats := make([]uint64, 0, 40)
	scores := make([]float32, t.model.Classes())
	prev, prev2 := uint64(startTag), uint64(startTag)
	for i := range words {
		feats = ctx.features(feats[:0], i, prev, prev2)
		t.model.Scores(feats, scores)
		var allowed []bool
		switch {
		case sentenceCase && i == 0 && coordinatedName(words):
			allowed = t.name
		case sentenceCase && i == 0 && openBeforeName(words):
			allowed = t.open
		case sentenceCase && nameLike(words, i):
			allowed = t.notVerb
		case i >= 2 && xpos[i-1] == "NNP" && determiner(words[i-2]):
			allowed = t.notBase
		}
		c := perceptron.Best(scores, allowed)
		upos[i], xpos[i] = t.upos[c], t.xpos[c]
		prev2, prev = prev, uint64(c+1)
	}
	return upos, xpos
}

// nameLike: a capitalized word inside a sentence, not after an opening
// quote or a colon. In sentence-case news text such a word is a name, not
// a verb, whatever the lower-cased word usually is ("a call with Trump");
// web text taught the tagger too few names to know that.
func nameLike(words []string, i int) bool {
	if i == 0 || len(words[i]) < 2 || words[i][0] < 'A' || words[i][0] > 'Z' || strings.ToUpper(words[i]) == words[i] {
		return false
	}
	switch words[i-1] {
	case "“", "\"", "``", ":", "(", "—", "-", "‘", "'":
		return false
	}
	return true
}

// coordinatedName: the sentence starts with a capitalized word that
// "and" joins to a name ("Trump and Erdogan planned talks"), so it is a
// name too, not the verb its lower-cased form may be.
func coordinatedName(words []string) bool {
	return len(words) > 3 && len(words[0]) > 1 && words[0][0] >= 'A' && words[0][0] <= 'Z' &&
		strings.ToUpper(words[0]) != words[0] && !functionWords[strings.ToLower(words[0])] &&
		words[1] == "and" && nameLike(words, 2)
}

// openBeforeName: the sentence opens with a capitalized word that is no
// closed-class word, before a name ("Wang Yi, China's top diplomat,
// called …", which the tagger read as a preposition and a noun): it is
// no preposition, conjunction, determiner or pronoun either.
func openBeforeName(words []string) bool {
	if len(words) < 2 || len(words[0]) < 2 || words[0][0] < 'A' || words[0][0] > 'Z' || strings.ToUpper(words[0]) == words[0] {
		return false
	}
	low := strings.ToLower(words[0])
	return !functionWords[low] && !closedOpeners[low] && nameLike(words, 1) && !functionWords[strings.ToLower(words[1])]
}

// ClosedClass reports whether the lower-cased word is an English
// closed-class word: a pronoun, determiner, preposition, conjunction,
// auxiliary or modal.
func ClosedClass(low string) bool { return functionWords[low] || closedOpeners[low] }

// closedOpeners are prepositions, conjunctions and pronouns not among the
// function words that may open a sentence before a name ("Despite Iran's
// denials", "Following Trump's call", "Everything Trump says").
var closedOpeners = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`despite following regarding including like unlike near beyond besides along across around
		behind beside inside outside throughout underneath beneath concerning considering plus minus except once since whilst
		amongst atop past opposite versus notwithstanding excluding pending barring given onto till unto worth according
		alongside aboard ahead instead due next prior thanks
		everything everyone everybody nothing nobody something someone somebody anything anyone anybody none
		whatever whoever whichever whenever wherever whereas vs alias`) {
		closedOpeners[w] = true
	}
}

// determiner: after "the US", a singular name that is either a subject
// or a modifier, the next word cannot be a verb's base form or a plural
// present ("the US offer to Iran" is a noun); the tagger, which learnt
// "offer to" as a verb, needs telling. "that" is left out: "demanded that
// Iran offer talks" is a subjunctive.
func determiner(w string) bool {
	switch w {
	case "the", "The", "a", "A", "an", "An", "this", "This":
		return true
	}
	return false
}

// titleCase reports whether most words of a sentence are capitalized, as
// in title-case headlines, where capitals say nothing about names.
func titleCase(words []string) bool {
	caps, letters := 0, 0
	for _, w := range words {
		if w == "" || !unicode.IsLetter(rune(w[0])) {
			continue
		}
		letters++
		if w[0] >= 'A' && w[0] <= 'Z' {
			caps++
		}
	}
	return letters >= 4 && 2*caps > letters
}

// truecase lower-cases the words of a title-case headline that are
// function words, verbs or adverbs in lower case ("Iran Says It Will Not
// Talk To The US" is tagged as "Iran says it will not talk to the US"):
// the tagger learnt from sentence-case text, where a capital inside a
// sentence marks a name. Nouns and adjectives keep their capitals, which
// names are made of ("New York", "White House", "Foreign Minister"). The
// first word keeps its capital, as in any sentence.
func (t *Tagger) truecase(words []string) []string {
	out := make([]string, len(words))
	copy(out, words)
	for i, w := range words[1:] {
		r, n := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ToUpper(w) == w {
			continue
		}
		low := string(unicode.ToLower(r)) + w[n:]
		if functionWords[low] || t.lex.Classes(low)&(lemma.Verb|lemma.Adv) != 0 {
			out[i+1] = low
		}
	}
	return out
}

// capitalFunctionWord: a function word other than an article is
// capitalized after the first word ("Says He Will", "Rise Of ISIS"), which
// marks a title-case headline rather than a run of names, an address or a
// signature ("Department of Finance", "By Deb Price / The Detroit News").
func capitalFunctionWord(words []string) bool {
	for _, w := range words[min(1, len(words)):] {
		r, n := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ToUpper(w) == w {
			continue
		}
		switch low := string(unicode.ToLower(r)) + w[n:]; low {
		case "the", "a", "an":
		default:
			if functionWords[low] {
				return true
			}
		}
	}
	return false
}

// functionWords are English closed-class words: pronouns, determiners,
// prepositions, conjunctions, auxiliaries and modals.
var functionWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`i me my mine myself you your yours yourself he him his himself she her hers
		herself it its itself we us our ours ourselves they them their theirs themselves who whom whose which what
		that this these those a an the some any no every each either neither all both few many much more most
		other another such of in on at to for from by with about against between into through during before after
		above below up down out off over under again further than as until while because if unless although though
		whether and or but nor so yet not never be am is are was were been being have has had having do does did
		will would shall should can could may might must 's 're 've 'll 'd n't there here how when where why
		per via upon amid among toward towards within without`) {
		functionWords[w] = true
	}
}

const startTag = 0

// Train learns a tagger from sentences with gold tags.
func Train(sents []Sentence, lex *lemma.Lemmatizer, iterations int, seed uint64, progress func(iter int, acc float64)) *Tagger {
	classIndex := map[string]int{}
	t := &Tagger{lex: lex}
	for _, s := range sents {
		for i := range s.Words {
			key := s.UPOS[i] + "\t" + s.XPOS[i]
			if _, ok := classIndex[key]; !ok {
				classIndex[key] = len(t.upos)
				t.upos = append(t.upos, s.UPOS[i])
				t.xpos = append(t.xpos, s.XPOS[i])
			}
		}
	}
	tr := perceptron.NewTrainer(len(t.upos))
	rng := rand.New(rand.NewPCG(seed, 1))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, len(t.upos))
	feats := make([]uint64, 0, 40)
	for it := 0; it < iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			s := sents[si]
			ctx := newContext(s.Words, t.lex)
			prev, prev2 := uint64(startTag), uint64(startTag)
			for i := range s.Words {
				feats = ctx.features(feats[:0], i, prev, prev2)
				tr.Scores(feats, scores)
				guess := perceptron.Best(scores, nil)
				truth := classIndex[s.UPOS[i]+"\t"+s.XPOS[i]]
				tr.Tick()
				tr.Update(truth, guess, feats)
				if guess == truth {
					correct++
				}
				total++
				prev2, prev = prev, uint64(guess+1)
			}
		}
		if progress != nil {
			progress(it+1, float64(correct)/float64(max(total, 1)))
		}
	}
	t.model = tr.Model(1e-3)
	return t.prepare()
}

// context holds per-word feature values computed once per sentence.
type context struct {
	words  []string
	class  []uint64
	lower  []uint64
	shape  []uint64
	suf3   []uint64
	rawLen int
}

var (
	hStart = perceptron.Hash("-START-")
	hEnd   = perceptron.Hash("-END-")
)

func newContext(words []string, lex *lemma.Lemmatizer) *context {
	c := &context{words: words, lower: make([]uint64, len(words)), shape: make([]uint64, len(words)),
		suf3: make([]uint64, len(words)), class: make([]uint64, len(words))}
	for i, w := range words {
		c.class[i] = uint64(lex.Classes(w)) + 1
		low := token.Fold(w)
		c.lower[i] = perceptron.Hash(low)
		c.shape[i] = perceptron.Hash(shape(w))
		c.suf3[i] = perceptron.Hash(suffix(low, 3))
	}
	return c
}

func (c *context) lowerAt(i int) uint64 {
	if i < 0 {
		return hStart
	}
	if i >= len(c.words) {
		return hEnd
	}
	return c.lower[i]
}

func (c *context) shapeAt(i int) uint64 {
	if i < 0 || i >= len(c.words) {
		return hEnd
	}
	return c.shape[i]
}

func (c *context) suf3At(i int) uint64 {
	if i < 0 || i >= len(c.words) {
		return hEnd
	}
	return c.suf3[i]
}

// Feature templates: each is a distinct constant mixed into the hash.
const (
	fBias uint64 = iota + 1
	fWord
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fPre1
	fPre2
	fPre3
	fShape
	fPrev
	fPrev2
	fPrevWord
	fWordM1
	fWordM2
	fWordP1
	fWordP2
	fSufM1
	fSufP1
	fBigramL
	fBigramR
	fShapeP1
	fShapeM1
	fFirst
	fPrevWordM1
	fTrigram
	fRawWord
	fPrevShape
	fClass
	fClassSuf
	fClassP1
	fClassPrev
)

func (c *context) features(out []uint64, i int, prev, prev2 uint64) []uint64 {
	w := c.words[i]
	low := token.Fold(w)
	mix := perceptron.Mix
	out = append(out,
		fBias,
		mix(fWord, c.lower[i]),
		mix(fRawWord, perceptron.Hash(w)),
		mix(fSuf1, perceptron.Hash(suffix(low, 1))),
		mix(fSuf2, perceptron.Hash(suffix(low, 2))),
		mix(fSuf3, c.suf3[i]),
		mix(fSuf4, perceptron.Hash(suffix(low, 4))),
		mix(fPre1, perceptron.Hash(prefix(w, 1))),
		mix(fPre2, perceptron.Hash(prefix(low, 2))),
		mix(fPre3, perceptron.Hash(prefix(low, 3))),
		mix(fShape, c.shape[i]),
		mix(fPrev, prev),
		perceptron.Mix3(fPrev2, prev, prev2),
		perceptron.Mix3(fPrevWord, prev, c.lower[i]),
		perceptron.Mix3(fPrevShape, prev, c.shape[i]),
		mix(fWordM1, c.lowerAt(i-1)),
		mix(fWordM2, c.lowerAt(i-2)),
		mix(fWordP1, c.lowerAt(i+1)),
		mix(fWordP2, c.lowerAt(i+2)),
		mix(fSufM1, c.suf3At(i-1)),
		mix(fSufP1, c.suf3At(i+1)),
		perceptron.Mix3(fBigramL, c.lowerAt(i-1), c.lower[i]),
		perceptron.Mix3(fBigramR, c.lower[i], c.lowerAt(i+1)),
		perceptron.Mix3(fShapeP1, c.shape[i], c.shapeAt(i+1)),
		perceptron.Mix3(fShapeM1, c.shapeAt(i-1), c.shape[i]),
		perceptron.Mix4(fTrigram, c.lowerAt(i-1), c.lower[i], c.lowerAt(i+1)),
		perceptron.Mix3(fPrevWordM1, prev, c.lowerAt(i-1)),
	)
	next := uint64(0)
	if i+1 < len(c.words) {
		next = c.class[i+1]
	}
	out = append(out,
		mix(fClass, c.class[i]),
		perceptron.Mix3(fClassSuf, c.class[i], perceptron.Hash(suffix(low, 2))),
		perceptron.Mix3(fClassP1, c.class[i], next),
		perceptron.Mix3(fClassPrev, c.class[i], prev),
	)
	if i == 0 {
		out = append(out, mix(fFirst, c.lower[i]))
	}
	return out
}

// shape maps characters to X, x, d and keeps punctuation, collapsing runs
// of more than two: "Erdogan" -> "Xxx", "U.S." -> "X.X.", "2025" -> "dd".
func shape(w string) string {
	var b strings.Builder
	var last rune
	run := 0
	for _, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 1
		}
		last = c
		b.WriteRune(c)
	}
	return b.String()
}

func suffix(s string, n int) string {
	k := len(s)
	for i := 0; i < n && k > 0; i++ {
		_, size := utf8.DecodeLastRuneInString(s[:k])
		k -= size
	}
	return s[k:]
}

func prefix(s string, n int) string {
	k := 0
	for i := 0; i < n && k < len(s); i++ {
		_, size := utf8.DecodeRuneInString(s[k:])
		k += size
	}
	return s[:k]
}

const fileMagic = "PARLEYTAG1"

// Write saves the tagger, gzip-compressed.
func (t *Tagger) Write(w io.Writer) error {
	return perceptron.WriteFile(w, fileMagic, func(bw *bufio.Writer) error {
		perceptron.WriteStrings(bw, t.upos)
		perceptron.WriteStrings(bw, t.xpos)
		return t.model.Write(bw)
	})
}

// Read loads a tagger saved by Write.
func Read(r io.Reader, lex *lemma.Lemmatizer) (*Tagger, error) {
	br, err := perceptron.OpenFile(r, fileMagic, "tagger model")
	if err != nil {
		return nil, err
	}
	t := &Tagger{lex: lex}
	if t.upos, err = perceptron.ReadStrings(br); err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	if t.xpos, err = perceptron.ReadStrings(br); err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	if t.model, err = perceptron.ReadModel(br); err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	if t.model.Classes() != len(t.upos) || len(t.upos) != len(t.xpos) {
		return nil, errors.New("tagger model: class count mismatch")
	}
	return t.prepare(), nil
}
