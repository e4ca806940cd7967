package token

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one surface token: a span of text with no space in it, made of
// one or more syntactic words.
type Token struct {
	Start, End int    // byte offsets
	Words      []Word // usually one; several for contractions
}

// Word is a syntactic word inside a token.
type Word struct {
	Start, End int
	Form       string
}

// Text returns the token's text given the string it was cut from.
func (t Token) Text(s string) string { return s[t.Start:t.End] }

// Tokenize splits text[start:end] into tokens. Offsets refer to text.
func Tokenize(text string, start, end int) []Token {
	var out []Token
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if isSpace(r) {
			i += size
			continue
		}
		if n := markupLen(text[i:end]); n > 0 {
			i += n
			continue
		}
		j := i
		for j < end {
			r, size := utf8.DecodeRuneInString(text[j:end])
			if isSpace(r) || r == '<' && markupLen(text[j:end]) > 0 {
				break
			}
			j += size
		}
		// The text ends with the part: an abbreviation's period at the
		// end of a paragraph is read as at the end of the text.
		out = splitChunk(text[:end], i, j, out)
		i = j
	}
	return out
}

// markup is an HTML or XML tag left in an article's text by its source
// ("Mr. Trump</tweet> said", "<tweet/>"): no words, but a boundary
// between them. Attributes need values, so that prose such as "x<y and
// a->b" is not taken for a tag, and an address in angle brackets
// ("<jo@example.com>") stays a token.
var markup = regexp.MustCompile(`^</?[a-zA-Z][a-zA-Z0-9:-]*(\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*\s*=\s*("[^"<>]*"|'[^'<>]*'|[^\s"'<>=]+))*\s*/?>`)

// markupLen returns the length of the tag s starts with, or 0.
func markupLen(s string) int {
	if len(s) < 3 || s[0] != '<' {
		return 0
	}
	return len(markup.FindString(s))
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// splitChunk appends the tokens of a whitespace-free chunk text[s:e].
func splitChunk(text string, s, e int, out []Token) []Token {
	if s >= e {
		return out
	}
	chunk := text[s:e]
	if isURLOrEmail(chunk) {
		// Trailing sentence punctuation is not part of the address.
		k := e
		for k > s {
			r, size := utf8.DecodeLastRuneInString(text[s:k])
			if strings.ContainsRune(".,;:!?)]}\"'”’>", r) {
				k -= size
				continue
			}
			break
		}
		out = append(out, single(text, s, k))
		return splitChunk(text, k, e, out)
	}
	// Leading punctuation.
	r, size := utf8.DecodeRuneInString(chunk)
	if isOpening(r) || (isQuote(r) && !(r == '\'' && startsElision(chunk))) {
		n := runLength(chunk, r)
		out = append(out, single(text, s, s+n))
		return splitChunk(text, s+n, e, out)
	}
	if isDashRune(r) || (r == '-' && strings.HasPrefix(chunk, "--")) || signingHyphen(chunk) {
		n := dashRun(chunk)
		out = append(out, single(text, s, s+n))
		return splitChunk(text, s+n, e, out)
	}
	if r == '$' || r == '#' || r == '€' || r == '£' || r == '¥' || r == '@' && len(chunk) > 1 && !isWordRune(rune(chunk[1])) {
		out = append(out, single(text, s, s+size))
		return splitChunk(text, s+size, e, out)
	}
	// "wrote on X. German Chancellor Friedrich Merz said": the network,
	// not an initial, and the period ends the sentence.
	if chunk == "X." && s >= 3 && strings.EqualFold(text[s-3:s], "on ") {
		out = append(out, single(text, s, s+1), single(text, s+1, s+2))
		return splitChunk(text, s+2, e, out)
	}
	// Trailing punctuation: peel it off and emit it after the rest.
	if k, ok := trailingCut(chunk, followingRune(text, e)); ok {
		out = splitChunk(text, s, s+k, out)
		tail := chunk[k:]
		r, _ := utf8.DecodeRuneInString(tail)
		n := runLength(tail, r)
		if r == '.' || r == '?' || r == '!' {
			n = terminalRun(tail)
		}
		out = append(out, single(text, s+k, s+k+n))
		return splitChunk(text, s+k+n, e, out)
	}
	// A legislator's party and state keep the state's period: "(R-Ill.)"
	// is R, -, Ill. ("Ill." alone may end a sentence).
	if body, ok := strings.CutSuffix(chunk, "."); ok && partyState(body) {
		k := strings.IndexByte(body, '-')
		out = append(out, single(text, s, s+k), single(text, s+k, s+k+1))
		return append(out, wordToken(text, s+k+1, e))
	}
	// Internal separators: dashes, hyphens between words, slashes, etc.
	if k, n, ok := internalCut(chunk, s > 0 && text[s-1] == '-'); ok {
		out = splitChunk(text, s, s+k, out)
		out = append(out, single(text, s+k, s+k+n))
		return splitChunk(text, s+k+n, e, out)
	}
	return append(out, wordToken(text, s, e))
}

// signingHyphen: a hyphen that opens a capitalised word is a dash before
// it ("-Michelle Marks, Philadelphia." signing a quotation, "regional
// powers -Russia and India"), as EWT splits it.
func signingHyphen(chunk string) bool {
	return len(chunk) > 2 && chunk[0] == '-' && unicode.IsUpper(rune(chunk[1])) && unicode.IsLower(rune(chunk[2]))
}

// followingRune returns the first non-space character at or after
// text[e], or 0 when there is none.
func followingRune(text string, e int) rune {
	for e < len(text) {
		r, size := utf8.DecodeRuneInString(text[e:])
		if !isSpace(r) {
			return r
		}
		e += size
	}
	return 0
}

func single(text string, s, e int) Token {
	return Token{Start: s, End: e, Words: []Word{{Start: s, End: e, Form: text[s:e]}}}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isOpening(r rune) bool { return strings.ContainsRune("([{<¿¡«‹„‚", r) }

func isClosing(r rune) bool { return strings.ContainsRune(")]}>»›", r) }

func isQuote(r rune) bool { return strings.ContainsRune("\"'`“”‘’", r) }

// IsQuote reports whether a token is a quotation mark: straight or
// curly, single or double, or two straight single quotes or backticks
// written for a double one, as the tokenizer splits them off words.
func IsQuote(form string) bool {
	return form != "" && strings.IndexFunc(form, func(r rune) bool { return !isQuote(r) }) < 0
}

func isDashRune(r rune) bool { return r == '—' || r == '–' || r == '―' || r == '−' }

// startsElision reports whether a chunk starting with an apostrophe is an
// elided word such as "'90s" or "'em".
func startsElision(chunk string) bool {
	low := strings.ToLower(chunk)
	if len(low) > 1 && low[1] >= '0' && low[1] <= '9' {
		return true
	}
	for _, p := range []string{"'em", "'til", "'cause", "'s", "'re", "'ve", "'ll", "'d", "'m"} {
		if low == p || strings.HasPrefix(low, p) && len(low) > len(p) && !isWordRune(rune(low[len(p)])) {
			return true
		}
	}
	return false
}

func runLength(s string, r rune) int {
	n := 0
	for _, c := range s {
		if c != r {
			break
		}
		n += utf8.RuneLen(c)
	}
	return n
}

func dashRun(s string) int {
	n := 0
	for _, c := range s {
		if !(isDashRune(c) || c == '-') {
			break
		}
		n += utf8.RuneLen(c)
	}
	return n
}

// terminalRun is the length of a run of sentence-final punctuation: "...",
// "?!", "!!!".
func terminalRun(s string) int {
	n := 0
	for _, c := range s {
		if c != '.' && c != '?' && c != '!' && c != '…' {
			break
		}
		n += utf8.RuneLen(c)
	}
	return n
}

// trailingCut finds where trailing punctuation starts. It returns the offset
// of the first trailing punctuation run to split off, such that what comes
// before is still a token.
//
// next is the character after the chunk in the text (0 at the end): an
// abbreviation keeps its period only where the text goes on like a
// sentence that continues.
func trailingCut(chunk string, next rune) (int, bool) {
	r, size := utf8.DecodeLastRuneInString(chunk)
	if len(chunk) == size {
		return 0, false
	}
	k := len(chunk) - size
	switch {
	case r == '.':
		body := strings.TrimRight(chunk, ".")
		if body == "" {
			return 0, false
		}
		if len(chunk)-len(body) == 1 && (keepsPeriodBefore(body+".", next) || endsInDottedAcronym(body, next)) {
			return 0, false
		}
		return len(body), true
	case r == '?' || r == '!' || r == '…':
		body := strings.TrimRight(chunk, ".?!…")
		if body == "" {
			return 0, false
		}
		return len(body), true
	case r == ',' || r == ';' || r == ':' || isClosing(r) || r == '"' || r == '”' || r == '“' || r == '‘' || r == '`':
		if r == ':' && isEmoticon(chunk) {
			return 0, false
		}
		return startOfRun(chunk, r), true
	case r == '\'' || r == '’':
		body := chunk[:k]
		// A plural possessive ("parents'") is a contraction, split later.
		if lb, _ := utf8.DecodeLastRuneInString(body); (lb == 's' || lb == 'S') && len(body) > 2 && isAlpha(body) {
			return 0, false
		}
		return startOfRun(chunk, r), true
	case isDashRune(r) || r == '-' && strings.HasSuffix(chunk, "--"):
		return len(chunk) - dashRunBack(chunk), true
	case r == '-' && len(chunk) > 1:
		return k, true
	case r == '%' && len(chunk) > 1:
		return k, true
	}
	if n := timeSuffix(chunk); n > 0 {
		return len(chunk) - n, true
	}
	return 0, false
}

// endsInDottedAcronym reports whether a hyphenated chunk's last part,
// with the period that ends the chunk, is a dotted acronym that the
// sentence goes on after: "South Korea-U.S. drills" splits at the
// hyphen, and "U.S." keeps its period; so does "(D-N.J.)", but not "said
// Sen. Lindsey Graham, R-S.C. \"To those …\"", whose period also ends the
// sentence.
func endsInDottedAcronym(body string, next rune) bool {
	k := strings.LastIndexByte(body, '-')
	if k < 0 || !(next == ',' || next == ';' || next == ')' || unicode.IsLower(next) || unicode.IsDigit(next)) {
		return false
	}
	tail := body[k+1:]
	return strings.Contains(tail, ".") && keepsPeriodBefore(tail+".", next)
}

// timeSuffix is the length of an "am"/"pm" glued to a number ("5pm").
func timeSuffix(chunk string) int {
	low := strings.ToLower(chunk)
	for _, suf := range []string{"am", "pm", "a.m.", "p.m."} {
		if strings.HasSuffix(low, suf) && len(low) > len(suf) {
			if c := low[len(low)-len(suf)-1]; c >= '0' && c <= '9' {
				return len(suf)
			}
		}
	}
	return 0
}

func dashRunBack(s string) int {
	n := 0
	for len(s) > 0 {
		c, size := utf8.DecodeLastRuneInString(s)
		if !(isDashRune(c) || c == '-') {
			break
		}
		n += size
		s = s[:len(s)-size]
	}
	return n
}

func startOfRun(chunk string, r rune) int {
	k := len(chunk)
	for k > 0 {
		c, size := utf8.DecodeLastRuneInString(chunk[:k])
		if c != r {
			break
		}
		k -= size
	}
	if k == 0 {
		return 0 // never cut everything: handled by the caller's len check
	}
	return k
}

func isAlpha(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func isEmoticon(s string) bool {
	switch s {
	case ":)", ":(", ":-)", ":-(", ";)", ";-)", ":D", ":P", ":p", ":/", ":-D", "<3", ":o)", "=)":
		return true
	}
	return false
}

// internalCut finds an internal separator to split at: offset and length.
// afterHyphen says that a hyphen, split off, came right before the chunk.
func internalCut(chunk string, afterHyphen bool) (int, int, bool) {
	if isEmoticon(chunk) || isNumberLike(chunk) {
		return 0, 0, false
	}
	for k, r := range chunk {
		switch {
		case isDashRune(r):
			return k, dashRun(chunk[k:]), true
		case r == '-':
			if strings.HasPrefix(chunk[k:], "--") {
				return k, dashRun(chunk[k:]), true
			}
			if k > 0 && k+1 < len(chunk) && splitsHyphen(chunk, k, afterHyphen) {
				return k, 1, true
			}
		case r == '/':
			if k > 0 && k+1 < len(chunk) && !digitAround(chunk, k) && !isShortSlash(chunk) {
				return k, 1, true
			}
		case r == '…':
			if k > 0 {
				return k, utf8.RuneLen(r), true
			}
		case r == '.' && strings.HasPrefix(chunk[k:], "..."):
			if k > 0 {
				return k, terminalRun(chunk[k:]), true
			}
		case r == '"' || r == '“' || r == '”' || r == '(' || r == ')' || r == '[' || r == ']':
			if k > 0 {
				return k, utf8.RuneLen(r), true
			}
		case r == ',' && k > 0 && k+1 < len(chunk) && !digitAround(chunk, k):
			return k, 1, true
		case (r == '?' || r == '!' || r == ';') && k > 0 && k+1 < len(chunk):
			return k, terminalRun(chunk[k:]) + runLength(chunk[k:], ';'), true
		}
	}
	return 0, 0, false
}

// hyphenPrefixes keep their hyphen in UD English ("e-mail", "co-workers").
var hyphenPrefixes = map[string]bool{
	"e": true, "co": true, "non": true, "pre": true, "post": true, "ex": true, "multi": true,
	"mid": true, "pro": true, "anti": true, "re": true, "semi": true, "self": false, "sub": true,
	"inter": true, "intra": true, "counter": true, "over": false, "x": true, "t": true, "u": true,
	"de": true, "bi": true, "tri": true, "un": true, "neo": true, "micro": true, "macro": true,
	"mini": true, "uni": true, "vice": false, "cross": false, "mis": true, "a": true, "o": true,
}

func splitsHyphen(chunk string, k int, afterHyphen bool) bool {
	left := chunk[:k]
	inside := afterHyphen // the left part follows a hyphen
	if i := strings.LastIndexAny(left, "-"); i >= 0 {
		left, inside = left[i+1:], true
	}
	if hyphenPrefixes[strings.ToLower(left)] && !(inside && nameParticle(left, chunk[k+1:])) {
		return false
	}
	return !digitAround(chunk, k)
}

// nameParticle: the prefix, between hyphens, is the particle inside a
// name, before a capital ("Lashkar-e-Taiba", "Tehreek-e-Insaf",
// "Saint-Jean-de-Luz"), no prefix of a word ("e-mail", "de-escalate",
// "de-Giuliani-ized").
func nameParticle(left, right string) bool {
	r, _ := utf8.DecodeRuneInString(right)
	return (left == "e" || left == "de") && unicode.IsUpper(r)
}

func digitAround(s string, k int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:k])
	after, _ := utf8.DecodeRuneInString(s[k+1:])
	return unicode.IsDigit(before) && unicode.IsDigit(after)
}

func isShortSlash(s string) bool {
	low := strings.ToLower(s)
	switch low {
	case "w/", "w/o", "a/c", "l/c", "n/a", "c/o", "s/he", "i/o", "p/e":
		return true
	}
	return false
}

// isNumberLike reports chunks such as "1,000.50", "10:30", "3-4", "9/11",
// "713-853-3989", "2.5%" minus the sign.
func isNumberLike(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits++
		case strings.ContainsRune(".,:-/", r):
		default:
			return false
		}
	}
	return digits > 0 && unicode.IsDigit(rune(s[0]))
}

func isURLOrEmail(s string) bool {
	low := strings.ToLower(s)
	for _, p := range []string{"http://", "https://", "ftp://", "www.", "mailto:"} {
		if strings.HasPrefix(low, p) || strings.Contains(low, p) && strings.Index(low, p) <= 2 {
			return true
		}
	}
	if at := strings.IndexByte(s, '@'); at > 0 && strings.Contains(s[at:], ".") && at < len(s)-3 {
		return true
	}
	for _, tld := range []string{".com", ".org", ".net", ".gov", ".edu", ".co.uk", ".html", ".htm"} {
		if i := strings.Index(low, tld); i > 0 && isWordRune(rune(low[i-1])) {
			rest := low[i+len(tld):]
			if rest == "" || strings.IndexAny(rest[:1], "/.,;:!?)\"'") == 0 {
				return true
			}
		}
	}
	return false
}

// wordToken builds the token for a word chunk, splitting contractions and
// possessives into several words.
func wordToken(text string, s, e int) Token {
	chunk := text[s:e]
	low := strings.ToLower(strings.ReplaceAll(chunk, "’", "'"))
	if split, ok := contractionSplit(chunk, low); ok {
		t := Token{Start: s, End: e}
		prev := s
		for _, k := range split {
			t.Words = append(t.Words, Word{Start: prev, End: s + k, Form: text[prev : s+k]})
			prev = s + k
		}
		t.Words = append(t.Words, Word{Start: prev, End: e, Form: text[prev:e]})
		return t
	}
	return single(text, s, e)
}

// contractionSplit returns the byte offsets inside chunk where words split.
// low is the lowercased chunk with curly apostrophes straightened, so it has
// the same length as chunk only when chunk has no curly apostrophe; offsets
// are therefore computed on chunk itself.
func contractionSplit(chunk, low string) ([]int, bool) {
	if whole, ok := fusedWords[low]; ok {
		return []int{whole}, true
	}
	// Every other contraction has an apostrophe; most words have none.
	if len(chunk) < 3 || !strings.ContainsAny(chunk, "'’‘") {
		return nil, false
	}
	// n't: "don't" -> do + n't; "can't" -> ca + n't.
	for _, apos := range []string{"n't", "n’t", "N'T", "N’T"} {
		if strings.HasSuffix(chunk, apos) && len(chunk) > len(apos) {
			return []int{len(chunk) - len(apos)}, true
		}
	}
	// A left quote inside a word is an apostrophe typed the wrong way
	// round ("Trump‘s"), never an opening quote.
	for _, suf := range []string{"'s", "'re", "'ve", "'ll", "'d", "'m"} {
		for _, a := range []string{"'", "’", "‘"} {
			curled := a + suf[1:]
			for _, form := range []string{curled, strings.ToUpper(curled)} {
				if strings.HasSuffix(chunk, form) && len(chunk) > len(form) {
					body := chunk[:len(chunk)-len(form)]
					if r, _ := utf8.DecodeLastRuneInString(body); unicode.IsLetter(r) || unicode.IsDigit(r) {
						return []int{len(body)}, true
					}
				}
			}
		}
	}
	// Plural possessive: "parents'" -> parents + '.
	if r, size := utf8.DecodeLastRuneInString(chunk); r == '\'' || r == '’' {
		body := chunk[:len(chunk)-size]
		if lb, _ := utf8.DecodeLastRuneInString(body); (lb == 's' || lb == 'S') && len(body) > 2 {
			return []int{len(body)}, true
		}
	}
	return nil, false
}

// folded reports whether Fold would leave w as it is, which saves an
// allocation for most words.
func folded(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			return false
		}
	}
	return true
}

// fusedWords are written as one token but are two words in UD English.
var fusedWords = map[string]int{
	"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3, "dont": 2, "didnt": 3, "doesnt": 4,
	"isnt": 2, "wasnt": 3, "arent": 3, "wouldnt": 5, "couldnt": 5, "shouldnt": 6, "havent": 4,
	"hasnt": 3, "youre": 3, "theyre": 4,
}

// Fold lowercases a word and folds digits to 0 and curly quotes to
// straight ones, the form under which models look words up.
func Fold(w string) string {
	if folded(w) {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			b.WriteByte('0')
		case r == '’' || r == '‘':
			b.WriteByte('\'')
		case r == '“' || r == '”':
			b.WriteByte('"')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
