// Package ptb reads constituency trees in Penn Treebank bracketing — the
// parses that PETRARCH's validation records and Stanford CoreNLP carry —
// and converts them to Universal Dependencies-style dependencies, so
// that parley's coders can run on a parse someone else made.
//
// The conversion uses head rules in the manner of Collins and of the
// Stanford converter, with content words as heads (the noun of a
// prepositional phrase, the main verb of an auxiliary chain) as UD does.
// It covers the relations parley's coders read — subjects, objects,
// obliques, clausal complements, modifiers, conjunctions, auxiliaries —
// and labels the rest dep.
package ptb

import (
	"errors"
	"fmt"
	"strings"
)

// Node is a tree node: a phrase with children, or a leaf with its
// part-of-speech tag as Label and its word.
type Node struct {
	Label    string
	Word     string // leaves only
	Children []*Node
	index    int // leaves: position among the words
	head     int // the index of the phrase's head word, once found
}

// Leaf reports whether the node is a word.
func (n *Node) Leaf() bool { return len(n.Children) == 0 }

// Parse reads one bracketed tree: "(ROOT (S (NP (NNP Arnor)) …))".
func Parse(s string) (*Node, error) {
	toks := tokenize(s)
	if len(toks) == 0 {
		return nil, errors.New("empty tree")
	}
	p := &parser{toks: toks}
	n, err := p.node()
	if err != nil {
		return nil, err
	}
	if p.pos != len(toks) {
		return nil, fmt.Errorf("text after the tree at token %d: %q", p.pos, toks[p.pos])
	}
	// A bare outer bracket "( (S …) )" as some treebanks write it.
	if n.Label == "" && len(n.Children) == 1 {
		n = n.Children[0]
	}
	words := 0
	n.walk(func(x *Node) {
		if x.Leaf() {
			x.index = words
			words++
		}
	})
	if words == 0 {
		return nil, errors.New("a tree without words")
	}
	return n, nil
}

func tokenize(s string) []string {
	var out []string
	for _, f := range strings.Fields(strings.NewReplacer("(", " ( ", ")", " ) ").Replace(s)) {
		out = append(out, f)
	}
	return out
}

type parser struct {
	toks  []string
	pos   int
	depth int
}

// maxDepth bounds nesting, so that hostile input cannot exhaust the stack.
const maxDepth = 1000

func (p *parser) node() (*Node, error) {
	if p.pos >= len(p.toks) || p.toks[p.pos] != "(" {
		return nil, fmt.Errorf("want ( at token %d", p.pos)
	}
	if p.depth++; p.depth > maxDepth {
		return nil, fmt.Errorf("tree nested deeper than %d", maxDepth)
	}
	defer func() { p.depth-- }()
	p.pos++
	n := &Node{}
	if p.pos < len(p.toks) && p.toks[p.pos] != "(" && p.toks[p.pos] != ")" {
		n.Label = p.toks[p.pos]
		p.pos++
	}
	for p.pos < len(p.toks) {
		switch t := p.toks[p.pos]; t {
		case ")":
			p.pos++
			if n.Leaf() && n.Word == "" {
				return nil, fmt.Errorf("empty phrase %q at token %d", n.Label, p.pos-1)
			}
			return n, nil
		case "(":
			if n.Word != "" {
				return nil, fmt.Errorf("a word and phrases under %q at token %d", n.Label, p.pos)
			}
			c, err := p.node()
			if err != nil {
				return nil, err
			}
			n.Children = append(n.Children, c)
		default:
			if n.Word != "" || len(n.Children) > 0 {
				return nil, fmt.Errorf("unexpected %q under %q at token %d", t, n.Label, p.pos)
			}
			n.Word = t
			p.pos++
		}
	}
	return nil, errors.New("unbalanced brackets: the tree does not close")
}

func (n *Node) walk(fn func(*Node)) {
	fn(n)
	for _, c := range n.Children {
		c.walk(fn)
	}
}

// Leaves are the tree's words in order.
func (n *Node) Leaves() []*Node {
	var out []*Node
	n.walk(func(x *Node) {
		if x.Leaf() {
			out = append(out, x)
		}
	})
	return out
}

// Dependency is one word of a converted tree.
type Dependency struct {
	Form, XPOS, UPOS string
	Head             int // 1-based, 0 for the root
	Rel              string
}

// Dependencies converts the tree to one dependency per word.
func (n *Node) Dependencies() []Dependency {
	leaves := n.Leaves()
	out := make([]Dependency, len(leaves))
	for i, l := range leaves {
		out[i] = Dependency{Form: unescape(l.Word), XPOS: l.Label, UPOS: upos(l.Label)}
	}
	root := n.findHeads()
	c := converter{deps: out}
	c.label(n)
	out[root].Head, out[root].Rel = 0, "root"
	for i := range out {
		if out[i].Rel == "aux" || out[i].Rel == "aux:pass" || out[i].Rel == "cop" {
			out[i].UPOS = "AUX"
		}
	}
	return out
}

// unescape turns the treebank's bracket and quote tokens back into text.
func unescape(w string) string {
	switch w {
	case "-LRB-":
		return "("
	case "-RRB-":
		return ")"
	case "-LCB-":
		return "{"
	case "-RCB-":
		return "}"
	case "``", "''":
		return `"`
	}
	return w
}

func upos(tag string) string {
	switch {
	case tag == "NNP" || tag == "NNPS":
		return "PROPN"
	case strings.HasPrefix(tag, "NN"):
		return "NOUN"
	case tag == "MD":
		return "AUX"
	case strings.HasPrefix(tag, "VB"):
		return "VERB"
	case strings.HasPrefix(tag, "JJ"):
		return "ADJ"
	case strings.HasPrefix(tag, "RB") || tag == "WRB":
		return "ADV"
	case tag == "IN" || tag == "RP":
		return "ADP"
	case tag == "DT" || tag == "PDT" || tag == "WDT":
		return "DET"
	case tag == "PRP" || tag == "PRP$" || tag == "WP" || tag == "WP$" || tag == "EX":
		return "PRON"
	case tag == "CD":
		return "NUM"
	case tag == "CC":
		return "CCONJ"
	case tag == "TO" || tag == "POS":
		return "PART"
	case tag == "UH":
		return "INTJ"
	case tag == "SYM" || tag == "$" || tag == "#":
		return "SYM"
	case isPunct(tag):
		return "PUNCT"
	}
	return "X"
}

func isPunct(tag string) bool {
	switch tag {
	case ".", ",", ":", "``", "''", "-LRB-", "-RRB-", "-NONE-", "HYPH", "NFP":
		return true
	}
	return false
}
