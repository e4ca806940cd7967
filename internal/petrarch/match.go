package petrarch

import "slices"

// Sentence is what the verb matcher sees of a sentence: its words in
// upper case, and the actor phrases found in them.
type Sentence struct {
	Words  []string
	Actors []ActorMatch
}

// VerbMatch is a dictionary verb found in a sentence, with the code the
// best-matching pattern (or the verb's default) gives it.
type VerbMatch struct {
	Start, End int    // the words of the verb, a multi-word verb included
	Block      string // the verb block's name
	Code       string // "" when the verb codes no event ("---")
	Pattern    int    // the line of the pattern that matched, 0 for the default code
	// Source and Target are the actor phrases a pattern's $ and +
	// bound (index into Sentence.Actors), or -1.
	Source, Target int
	Compound       bool // the pattern asked for a compound actor (%)
}

// Verb looks up the word at i (its lemma upper-cased as a fallback) and
// matches its block's patterns within words [lo, hi). ok is false when
// the word is no dictionary verb.
func (v *Verbs) Verb(s *Sentence, i int, lemma string, lo, hi int) (VerbMatch, bool) {
	// The longest multi-word verb that fits; of several entries for it
	// (a verb may head two blocks), the one whose pattern matches best.
	var cands []*verbForm
	bestLen := 0
	for _, forms := range [][]*verbForm{v.forms[s.Words[i]], v.bases[lemma]} {
		for _, f := range forms {
			if !fits(s.Words, i, f) {
				continue
			}
			switch n := len(f.before) + len(f.after) + 1; {
			case n > bestLen:
				cands, bestLen = []*verbForm{f}, n
			case n == bestLen:
				cands = append(cands, f)
			}
		}
		if len(cands) > 0 {
			break
		}
	}
	if len(cands) == 0 {
		return VerbMatch{}, false
	}
	var best VerbMatch
	bestScore := -2
	lo, hi = max(lo, 0), min(hi, len(s.Words))
	for _, f := range cands {
		m := VerbMatch{Start: i - len(f.before), End: i + 1 + len(f.after), Block: f.block.Name,
			Code: f.code, Source: -1, Target: -1}
		if m.Code == "" {
			m.Code = f.block.Code
		}
		score := -1
		if IsNull(m.Code) {
			score = -2 // a block that codes nothing yields to one that does
		}
		for _, p := range f.block.Patterns {
			var b binding
			if p.literal > score && p.matches(s, m.Start, m.End, lo, hi, &b) {
				score = p.literal
				m.Code, m.Pattern, m.Source, m.Target, m.Compound = p.Code, p.Line, b.source, b.target, b.compound
			}
		}
		if score > bestScore {
			best, bestScore = m, score
		}
	}
	if IsNull(best.Code) {
		best.Code = ""
	}
	return best, true
}

// IsNull reports whether a code is PETRARCH's null code, "---" (or
// "---:---"): a verb or actor that codes nothing.
func IsNull(code string) bool {
	for _, r := range code {
		if r != '-' && r != ':' {
			return false
		}
	}
	return true
}

func fits(words []string, i int, f *verbForm) bool {
	if i-len(f.before) < 0 || i+1+len(f.after) > len(words) {
		return false
	}
	return slices.Equal(words[i-len(f.before):i], f.before) && slices.Equal(words[i+1:i+1+len(f.after)], f.after)
}

type binding struct {
	source, target int
	compound       bool
	steps          int // tries left: a long pattern over a long sentence must not backtrack for ever
}

// maxSteps bounds the positions one pattern may try.
const maxSteps = 20000

// matches tries the pattern around the verb words [vs, ve), within [lo, hi).
func (p *Pattern) matches(s *Sentence, vs, ve, lo, hi int, b *binding) bool {
	*b = binding{source: -1, target: -1, steps: maxSteps}
	if !matchBefore(s, p.Pre, len(p.Pre)-1, vs, p.VerbGlued, lo, b) {
		return false
	}
	return matchAfter(s, p.Post, 0, ve, hi, b)
}

// matchAfter matches items[k:] from word pos on, each either right after
// the previous (glued) or further on.
func matchAfter(s *Sentence, items []item, k, pos, hi int, b *binding) bool {
	if k == len(items) {
		return true
	}
	if b.steps--; b.steps < 0 {
		return false
	}
	it := items[k]
	last := hi - 1
	if it.glued {
		last = pos
	}
	for at := pos; at <= last && at < hi; at++ {
		for _, end := range it.endsFrom(s, at, hi) {
			saved := *b
			it.bind(s, at, end, b)
			if matchAfter(s, items, k+1, end, hi, b) {
				return true
			}
			saved.steps = b.steps // the tries spent stay spent
			*b = saved
		}
	}
	return false
}

// matchBefore matches items[:k+1] backwards, item k ending at word end
// (exclusive) when glued, or earlier.
func matchBefore(s *Sentence, items []item, k, end int, glued bool, lo int, b *binding) bool {
	if k < 0 {
		return true
	}
	if b.steps--; b.steps < 0 {
		return false
	}
	it := items[k]
	first := lo + 1
	if glued {
		first = end
	}
	for e := end; e >= first && e > lo; e-- {
		for _, start := range it.startsTo(s, e, lo) {
			saved := *b
			it.bind(s, start, e, b)
			if matchBefore(s, items, k-1, start, it.glued, lo, b) {
				return true
			}
			saved.steps = b.steps // the tries spent stay spent
			*b = saved
		}
	}
	return false
}

// endsFrom are the ends of the ways the item can match from word at.
func (it item) endsFrom(s *Sentence, at, hi int) []int {
	var out []int
	switch it.kind {
	case itemWords:
		for _, ph := range it.phrases {
			if at+len(ph) <= hi && slices.Equal(s.Words[at:at+len(ph)], ph) {
				out = append(out, at+len(ph))
			}
		}
	case itemSkip:
		for e := at + 1; e <= min(at+4, hi); e++ {
			out = append(out, e)
		}
	default:
		for _, a := range s.Actors {
			if a.Start == at && a.End <= hi {
				out = append(out, a.End)
			}
		}
	}
	return out
}

// startsTo are the starts of the ways the item can match ending at end.
func (it item) startsTo(s *Sentence, end, lo int) []int {
	var out []int
	switch it.kind {
	case itemWords:
		for _, ph := range it.phrases {
			if end-len(ph) >= lo && slices.Equal(s.Words[end-len(ph):end], ph) {
				out = append(out, end-len(ph))
			}
		}
	case itemSkip:
		for st := end - 1; st >= max(end-4, lo); st-- {
			out = append(out, st)
		}
	default:
		for _, a := range s.Actors {
			if a.End == end && a.Start >= lo {
				out = append(out, a.Start)
			}
		}
	}
	return out
}

func (it item) bind(s *Sentence, start, end int, b *binding) {
	at := -1
	for k, a := range s.Actors {
		if a.Start == start && a.End == end {
			at = k
		}
	}
	switch it.kind {
	case itemSource:
		b.source = at
	case itemTarget:
		b.target = at
	case itemCompound:
		b.source, b.compound = at, true
	}
}
