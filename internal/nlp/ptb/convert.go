package ptb

import "strings"

// category is a label without function tags and indices: NP-SBJ-1 is NP.
func category(label string) string {
	if strings.HasPrefix(label, "-") {
		return label // -LRB-, -NONE-
	}
	if i := strings.IndexAny(label, "-="); i > 0 {
		return label[:i]
	}
	return label
}

func (n *Node) cat() string { return category(n.Label) }

func isNominalTag(t string) bool {
	switch t {
	case "NN", "NNS", "NNP", "NNPS", "PRP", "CD", "NML", "NX", "EX", "WP":
		return true
	}
	return false
}

// findHeads fills every node's head word and returns the root's.
func (n *Node) findHeads() int {
	if n.Leaf() {
		n.head = n.index
		return n.head
	}
	for _, c := range n.Children {
		c.findHeads()
	}
	n.head = n.Children[n.headChild()].head
	return n.head
}

// coordinated reports whether the phrase is a coordination ("Gondor and
// Arnor"): a conjunction among its children.
func (n *Node) coordinated() bool {
	for i, c := range n.Children {
		if (c.cat() == "CC" || c.cat() == "CONJP") && i > 0 {
			return true
		}
	}
	return false
}

// headChild picks the child that holds the phrase's head word.
func (n *Node) headChild() int {
	first := func(cats ...string) int {
		for i, c := range n.Children {
			for _, k := range cats {
				if c.cat() == k || k == "VB*" && strings.HasPrefix(c.cat(), "VB") {
					return i
				}
			}
		}
		return -1
	}
	nonPunct := func() int {
		for i, c := range n.Children {
			if !isPunct(c.cat()) {
				return i
			}
		}
		return 0
	}
	cat := n.cat()
	if n.coordinated() {
		// The first conjunct heads the coordination.
		for i, c := range n.Children {
			if c.cat() == cat || cat == "NP" && isNominalTag(c.cat()) || cat == "S" && c.cat() == "VP" {
				return i
			}
		}
	}
	pick := -1
	switch cat {
	case "S", "SINV", "SQ", "SBARQ", "ROOT":
		if pick = first("VP"); pick < 0 {
			pick = first("S", "SINV", "SQ", "FRAG", "NP")
		}
	case "VP":
		if pick = first("VP"); pick < 0 {
			if pick = first("VB*", "MD"); pick < 0 {
				pick = first("S", "SBAR", "ADJP", "NP", "PP")
			}
		}
	case "NP", "NX", "NML", "WHNP":
		// The rightmost noun before any post-modifier.
	nouns:
		for i, c := range n.Children {
			switch c.cat() {
			case "PP", "SBAR", "VP", ",", "PRN", "RRC":
				break nouns
			}
			if c.Leaf() && isNominalTag(c.cat()) {
				pick = i
			}
		}
		if pick < 0 {
			pick = first("NP", "NML", "NX", "QP", "ADJP", "JJ", "JJS", "JJR", "VBG")
		}
	case "PP", "WHPP":
		for i, c := range n.Children {
			switch c.cat() {
			case "NP", "S", "SBAR", "ADJP", "ADVP", "PP", "WHNP", "SQ":
				if i > 0 {
					return i
				}
			}
		}
	case "SBAR":
		pick = first("S", "SQ", "SINV", "SBAR", "FRAG")
	case "ADJP", "WHADJP":
		for i, c := range n.Children {
			if strings.HasPrefix(c.cat(), "JJ") || c.cat() == "VBN" || c.cat() == "ADJP" {
				pick = i
			}
		}
	case "ADVP", "WHADVP":
		for i, c := range n.Children {
			if strings.HasPrefix(c.cat(), "RB") {
				pick = i
			}
		}
	case "QP":
		for i, c := range n.Children {
			if c.cat() == "CD" {
				pick = i
			}
		}
	}
	if pick < 0 {
		pick = nonPunct()
	}
	return pick
}

type converter struct {
	deps []Dependency
}

// label attaches every non-head child of every phrase to the phrase's
// head word, with a relation.
func (c *converter) label(n *Node) {
	if n.Leaf() {
		return
	}
	h := n.headChild()
	for i, ch := range n.Children {
		c.label(ch)
		if i == h {
			continue
		}
		d := &c.deps[ch.head]
		d.Head = n.head + 1
		d.Rel = c.relation(n, i, h)
	}
	// As in UD, a conjunction hangs on the conjunct after it.
	for i, ch := range n.Children {
		if d := &c.deps[ch.head]; d.Rel == "cc" && ch.Leaf() {
			for _, next := range n.Children[i+1:] {
				if c.deps[next.head].Rel == "conj" {
					d.Head = next.head + 1
					break
				}
			}
		}
	}
	// A subject of a passive verb: "was shot".
	if n.cat() == "S" || n.cat() == "SINV" || n.cat() == "SQ" {
		for _, ch := range n.Children {
			if d := &c.deps[ch.head]; d.Rel == "nsubj" && c.hasChild(n.head, "aux:pass") {
				d.Rel = "nsubj:pass"
			}
		}
	}
}

func (c *converter) hasChild(h int, rel string) bool {
	for _, d := range c.deps {
		if d.Head == h+1 && d.Rel == rel {
			return true
		}
	}
	return false
}

var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "'s": true, "'re": true, "am": true, "get": true, "gets": true, "got": true, "gotten": true}

// relation names how child i of n depends on n's head (child h).
func (c *converter) relation(n *Node, i, h int) string {
	ch := n.Children[i]
	cc := ch.cat()
	if isPunct(cc) {
		return "punct"
	}
	if cc == "CC" || cc == "CONJP" {
		return "cc"
	}
	head := n.Children[h]
	if n.coordinated() && i > h && (cc == head.cat() || isNominalTag(cc) && head.cat() == "NP" || cc == "NP" && isNominalTag(head.cat()) ||
		cc == "VP" && head.cat() == "VP" || cc == "S" && head.cat() == "S") {
		return "conj"
	}
	before := i < h
	switch n.cat() {
	case "S", "SINV", "SQ", "ROOT":
		switch {
		case cc == "NP" && before:
			return "nsubj"
		case cc == "NP":
			return "obl"
		case cc == "PP":
			return "obl"
		case cc == "ADVP" || strings.HasPrefix(cc, "RB"):
			return "advmod"
		case cc == "SBAR":
			return "advcl"
		case cc == "S":
			if before {
				return "advcl"
			}
			return "parataxis"
		}
	case "VP":
		switch {
		case ch.Leaf() && before && (strings.HasPrefix(cc, "VB") || cc == "MD"):
			if beForms[strings.ToLower(ch.Word)] && c.deps[n.head].XPOS == "VBN" {
				return "aux:pass"
			}
			return "aux"
		case cc == "TO" && before:
			return "mark"
		case ch.Leaf() && before && cc == "IN":
			return "advmod" // "is about to restore"
		case cc == "NP":
			// Of two objects the first is indirect: "gave Gondor aid".
			for k := i + 1; k < len(n.Children); k++ {
				if n.Children[k].cat() == "NP" {
					return "iobj"
				}
			}
			if strings.HasSuffix(ch.Label, "-TMP") {
				return "obl:tmod"
			}
			return "obj"
		case cc == "PP":
			return "obl"
		case cc == "S":
			if ch.subjectless() {
				return "xcomp"
			}
			return "ccomp"
		case cc == "SBAR":
			if m := ch.firstWord(); m == "that" || m == "whether" || m == "if" || ch.Children[0].cat() != "IN" {
				return "ccomp"
			}
			return "advcl"
		case cc == "ADVP" || strings.HasPrefix(cc, "RB"):
			return "advmod"
		case cc == "PRT" || cc == "RP":
			return "compound:prt"
		case cc == "ADJP":
			return "xcomp"
		}
	case "NP", "NX", "NML", "WHNP":
		switch {
		case cc == "DT" || cc == "PDT" || cc == "WDT":
			return "det"
		case cc == "PRP$" || cc == "WP$":
			return "nmod:poss"
		case cc == "POS":
			return "case"
		case cc == "NP" && ch.possessive():
			return "nmod:poss"
		case strings.HasPrefix(cc, "JJ") || cc == "ADJP" || cc == "VBN" || cc == "VBG":
			return "amod"
		case ch.Leaf() && isNominalTag(cc) && cc != "CD" && before:
			return "compound"
		case cc == "CD" || cc == "QP":
			return "nummod"
		case cc == "PP":
			return "nmod"
		case cc == "SBAR" || cc == "RRC":
			return "acl:relcl"
		case cc == "VP":
			return "acl"
		case cc == "NP" && !before:
			return "appos"
		case cc == "NP" || cc == "NML":
			return "compound"
		case cc == "ADVP" || strings.HasPrefix(cc, "RB"):
			return "advmod"
		}
	case "PP", "WHPP":
		if ch.Leaf() && (cc == "IN" || cc == "TO" || cc == "RP") {
			return "case"
		}
		if strings.HasPrefix(cc, "RB") || cc == "ADVP" {
			return "advmod"
		}
	case "SBAR":
		if ch.Leaf() || strings.HasPrefix(cc, "WH") {
			return "mark"
		}
	case "ADJP", "ADVP", "QP", "WHADJP", "WHADVP":
		if strings.HasPrefix(cc, "RB") || cc == "ADVP" {
			return "advmod"
		}
		if cc == "PP" {
			return "obl"
		}
	}
	return "dep"
}

// possessive: a noun phrase ending in 's.
func (n *Node) possessive() bool {
	return len(n.Children) > 0 && n.Children[len(n.Children)-1].cat() == "POS"
}

// subjectless: a clause without a subject, as an infinitive or
// participle complement is ("wants to meet", "about to restore").
func (n *Node) subjectless() bool {
	for _, c := range n.Children {
		if c.cat() == "NP" {
			return false
		}
	}
	return true
}

func (n *Node) firstWord() string {
	if l := n.Leaves(); len(l) > 0 {
		return strings.ToLower(l[0].Word)
	}
	return ""
}
