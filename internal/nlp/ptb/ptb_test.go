package ptb

import (
	"fmt"
	"strings"
	"testing"
)

// deps renders a conversion as "word<-rel-head" for each word.
func deps(t *testing.T, tree string) string {
	t.Helper()
	n, err := Parse(tree)
	if err != nil {
		t.Fatalf("%s: %v", tree, err)
	}
	d := n.Dependencies()
	var out []string
	for _, w := range d {
		head := "ROOT"
		if w.Head > 0 {
			head = d[w.Head-1].Form
		}
		out = append(out, fmt.Sprintf("%s<-%s-%s", w.Form, w.Rel, head))
	}
	return strings.Join(out, " ")
}

func TestDependencies(t *testing.T) {
	tests := []struct{ tree, want string }{
		{`(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (VP (IN about) (S (VP (TO to) (VP (VB restore)
		   (NP (JJ full) (JJ diplomatic) (NNS ties)) (PP (IN with) (NP (NNP Gondor)))))))) (. .)))`,
			// "is about to" is read as an auxiliary chain: restore heads it.
			"Arnor<-nsubj-restore is<-aux-restore about<-advmod-restore to<-mark-restore restore<-root-ROOT full<-amod-ties " +
				"diplomatic<-amod-ties ties<-obj-restore with<-case-Gondor Gondor<-obl-restore .<-punct-restore"},
		{`(ROOT (S (NP (NP (NNP Gondor) (POS 's)) (NN government)) (VP (VBD condemned) (NP (NNP Mordor)))))`,
			"Gondor<-nmod:poss-government 's<-case-Gondor government<-nsubj-condemned condemned<-root-ROOT Mordor<-obj-condemned"},
		{`(ROOT (S (NP (NP (NNP Gondor)) (CC and) (NP (NNP Osgiliath))) (VP (VBD met))))`,
			"Gondor<-nsubj-met and<-cc-Osgiliath Osgiliath<-conj-Gondor met<-root-ROOT"},
		{`(ROOT (S (NP (DT An) (NNP Eriadorian)) (VP (VBD was) (VP (VBN shot) (ADJP (JJ dead)) (PP (IN in) (NP (NNP Osgiliath)))))))`,
			"An<-det-Eriadorian Eriadorian<-nsubj:pass-shot was<-aux:pass-shot shot<-root-ROOT dead<-xcomp-shot in<-case-Osgiliath Osgiliath<-obl-shot"},
		{`( (S (NP (NNS Officials)) (VP (VBD said) (SBAR (IN that) (S (NP (NNP Gondor)) (VP (VBD left)))))))`,
			"Officials<-nsubj-said said<-root-ROOT that<-mark-left Gondor<-nsubj-left left<-ccomp-said"},
	}
	for _, tt := range tests {
		if got := deps(t, tt.tree); got != tt.want {
			t.Errorf("%s\n got %s\nwant %s", strings.Join(strings.Fields(tt.tree), " "), got, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, bad := range []string{"", "(", "(S (NP (NNP A))", "(S (NP (NNP A))))", "(S (NP))", "(NNP A (NN b))", "A"} {
		if n, err := Parse(bad); err == nil {
			t.Errorf("%q: parsed %+v, want an error", bad, n)
		}
	}
	if _, err := Parse(strings.Repeat("(X ", 5000) + "(NN a)" + strings.Repeat(")", 5000)); err == nil {
		t.Error("a tree 5000 deep: want an error")
	}
}

func FuzzParse(f *testing.F) {
	f.Add(`(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor) (CC and) (NNP Rohan)))))`)
	f.Add(`( (SBAR (IN that) (S (VP (TO to) (VP (VB go))))))`)
	f.Fuzz(func(t *testing.T, s string) {
		n, err := Parse(s)
		if err != nil {
			return
		}
		d := n.Dependencies()
		roots := 0
		for i, w := range d {
			if w.Head == 0 {
				roots++
			}
			if w.Head < 0 || w.Head > len(d) || w.Head == i+1 {
				t.Fatalf("word %d has head %d of %d", i+1, w.Head, len(d))
			}
		}
		if roots != 1 {
			t.Fatalf("%d roots", roots)
		}
	})
}

// Converting a record's Penn parse to dependencies.
func ExampleNode_Dependencies() {
	tree, err := Parse(`(ROOT (S (NP (NNP Gondor)) (VP (VBD condemned) (NP (DT the) (NN attack)))))`)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, d := range tree.Dependencies() {
		fmt.Println(i+1, d.Form, d.UPOS, d.Head, d.Rel)
	}
	// Output:
	// 1 Gondor PROPN 2 nsubj
	// 2 condemned VERB 0 root
	// 3 the DET 4 det
	// 4 attack NOUN 2 obj
}
