package nlp

import (
	"slices"
	"strings"
)

// A closing report ("…, the commerce ministry said.") can throw the
// parser off the whole clause before it: "China on Friday imposed
// sanctions on five U.S. defense companies in retaliation for
// Washington's latest arms sales to Taiwan, the commerce ministry said"
// came out with "companies" and "sales" two more subjects of "said".
// The clause alone parses well, and so does the report alone; EWT hangs
// the one on the other as the report's complement (38 of 40 closing
// reports in EWT train), the comma on the clause.

// closingReport finds a sentence's closing report: the verb v that ends
// it, after comma c and a short speaker phrase with no verb or quotation
// mark. ok is false for a sentence that has none.
func closingReport(forms, xpos []string) (c, v int, ok bool) {
	v = len(forms) - 1
	for v >= 0 && xpos[v] == "." {
		v--
	}
	if v < 4 || !closingReportForms[forms[v]] && !sayingForms[forms[v]] && forms[v] != "told" || xpos[v] != "VBD" && xpos[v] != "VBZ" {
		return 0, 0, false
	}
	for c = v - 1; c > v-10 && c > 1; c-- {
		switch x := xpos[c]; {
		case forms[c] == ",":
			return c, v, c < v-1
		case x == "MD" || x != "" && x[0] == 'V' || x == "``" || x == "''" || x == "," || x == ":":
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// parse parses a sentence of tagged words, and its clause and closing
// report apart where the parse of the whole breaks the clause.
func (p *Pipeline) parse(forms, upos, xpos []string, beam int) ([]int, []string) {
	heads, rels := p.Parser.ParseBeam(forms, upos, xpos, beam)
	p.reparseClosingReport(forms, upos, xpos, beam, heads, rels)
	return heads, rels
}

// reparseClosingReport parses the clause before a closing report and
// the report apart when the parse of the whole hung more of the clause
// than its head on the report, and joins them as EWT does.
func (p *Pipeline) reparseClosingReport(forms, upos, xpos []string, beam int, heads []int, rels []string) {
	c, v, ok := closingReport(forms, xpos)
	if !ok || heads[v] != 0 {
		return
	}
	hung := 0
	for k := range c {
		if heads[k] == v+1 && rels[k] != "punct" {
			hung++
		}
	}
	if hung < 2 {
		return // the clause is the report's complement, whole
	}
	ch, cr := p.Parser.ParseBeam(forms[:c+1], upos[:c+1], xpos[:c+1], beam)
	sh, sr := p.Parser.ParseBeam(forms[c+1:], upos[c+1:], xpos[c+1:], beam)
	root := slices.Index(ch, 0)
	if sh[v-c-1] != 0 || root < 0 || !strings.HasPrefix(xpos[root], "VB") {
		return // the report alone is no clause of its own, or the clause alone none with a verb
	}
	subject := false
	for k, h := range ch {
		subject = subject || h == root+1 && (cr[k] == "nsubj" || cr[k] == "nsubj:pass" || cr[k] == "expl")
	}
	if !subject {
		return
	}
	for k := range ch {
		heads[k], rels[k] = ch[k], cr[k]
	}
	heads[root], rels[root] = v+1, "ccomp"
	heads[c], rels[c] = root+1, "punct"
	for k := range sh {
		heads[c+1+k], rels[c+1+k] = 0, sr[k]
		if sh[k] > 0 {
			heads[c+1+k] = sh[k] + c + 1
		}
	}
}
