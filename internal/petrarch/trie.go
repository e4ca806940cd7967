package petrarch

import (
	"strings"
	"time"
)

// trie maps word sequences to values, as PETRARCH stores its
// dictionaries, so that the longest phrase starting at a word is found in
// one walk.
type trie struct {
	next  map[string]*trie
	stems []stemValue // phrases whose last word is a stem of a longer word
	value any         // the value of the phrase ending here, nil if none
}

type stemValue struct {
	stem  string
	value any
}

// minStem is the shortest stem that matches longer words.
const minStem = 4

func newTrie() *trie { return &trie{next: map[string]*trie{}} }

// add stores a phrase. A hyphenated word ("AL-QAEDA") is stored twice:
// whole, as a Penn Treebank parse keeps it, and as the words and hyphens
// parley's tokenizer splits it into ("AL - QAEDA").
func (t *trie) add(words []string, stem bool, value any) {
	if split := splitHyphens(words); len(split) > len(words) {
		t.addWords(split, stem, value)
	}
	t.addWords(words, stem, value)
}

// splitHyphens splits the words at inner hyphens, keeping the hyphens as
// words of their own.
func splitHyphens(words []string) []string {
	var out []string
	for _, w := range words {
		for {
			k := strings.Index(w, "-")
			if k <= 0 || k == len(w)-1 {
				break
			}
			out = append(out, w[:k], "-")
			w = w[k+1:]
		}
		out = append(out, w)
	}
	return out
}

func (t *trie) addWords(words []string, stem bool, value any) {
	n := t
	for i, w := range words {
		if stem && i == len(words)-1 {
			n.stems = append(n.stems, stemValue{w, value})
			// A stem also matches the word itself.
		}
		c, ok := n.next[w]
		if !ok {
			c = newTrie()
			n.next[w] = c
		}
		n = c
	}
	if n.value == nil {
		n.value = value // the first entry for a phrase wins, as in PETRARCH
	}
}

// Match is a phrase found in a sentence: words [Start, End) and the
// dictionary's value for it.
type Match struct {
	Start, End int
	Value      any
}

// longest is the longest phrase that starts at words[i], or ok=false. A
// word joined with underscores ("DOL_AMROTH") walks the trie as the words
// it joins, as the dictionaries write a phrase either way; a match ends
// only at a whole word.
func (t *trie) longest(words []string, i int) (Match, bool) {
	best := Match{}
	found := false
	n := t
	for k := i; k < len(words) && n != nil; k++ {
		parts := []string{words[k]}
		if strings.Contains(words[k], "_") {
			parts = strings.Split(strings.Trim(words[k], "_"), "_")
		}
		for p, part := range parts {
			if n == nil {
				break
			}
			if p == len(parts)-1 {
				for _, s := range n.stems {
					// Short stems ("THE_KU") would swallow unrelated
					// words ("THE KUWAITI"); they match only themselves.
					if len(s.stem) >= minStem && len(part) > len(s.stem) && strings.HasPrefix(part, s.stem) {
						best, found = Match{Start: i, End: k + 1, Value: s.value}, true
					}
				}
			}
			n = n.next[part]
		}
		if n != nil && n.value != nil {
			best, found = Match{Start: i, End: k + 1, Value: n.value}, true
		}
	}
	return best, found
}

// all finds phrases left to right, each the longest at its start, not
// overlapping.
func (t *trie) all(words []string) []Match {
	var out []Match
	for i := 0; i < len(words); {
		if m, ok := t.longest(words, i); ok {
			out = append(out, m)
			i = m.End
			continue
		}
		i++
	}
	return out
}

// ActorMatch is an actor phrase found in a sentence.
type ActorMatch struct {
	Start, End int // words
	entry      *actorEntry
}

// NullCode stands for an actor the dictionaries do not know: a side made
// of agents alone ("a senior official", ---GOV), or a missing target.
const NullCode = "---"

// Code is the matched actor's code on a day (zero for none): "" for the
// null code "---".
func (m ActorMatch) Code(day time.Time) string {
	c := m.entry.CodeOn(day)
	if IsNull(c) {
		return ""
	}
	return c
}

// Find returns the actor phrases in a sentence's upper-case words.
func (a *Actors) Find(words []string) []ActorMatch {
	var out []ActorMatch
	for _, m := range a.trie.all(words) {
		out = append(out, ActorMatch{Start: m.Start, End: m.End, entry: m.Value.(*actorEntry)})
	}
	return out
}

// AgentMatch is an agent phrase found in a sentence.
type AgentMatch struct {
	Start, End int
	Agent      Agent
}

// Find returns the agent phrases in a sentence's upper-case words.
func (a *Agents) Find(words []string) []AgentMatch {
	var out []AgentMatch
	for _, m := range a.trie.all(words) {
		out = append(out, AgentMatch{Start: m.Start, End: m.End, Agent: m.Value.(Agent)})
	}
	return out
}
