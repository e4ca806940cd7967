package document

import "testing"

func TestCharOffsets(t *testing.T) {
	text := "Iran’s “deal” — off"
	c := NewCharOffsets(text)
	tests := []struct{ byteOff, char int }{
		{0, 0}, {4, 4}, {7, 5}, {len(text), 19}, {-1, 0}, {len(text) + 5, 19},
	}
	for _, tc := range tests {
		if got := c.Char(tc.byteOff); got != tc.char {
			t.Errorf("Char(%d) = %d, want %d", tc.byteOff, got, tc.char)
		}
	}
}

func TestInChars(t *testing.T) {
	text := "Iran’s FM spoke."
	d := &Document{Text: text, OffsetUnit: "byte", Parts: []Part{{Kind: Paragraph, Start: 0, End: len(text)}},
		Sentences: []Sentence{{Start: 0, End: len(text), Words: []Word{{Start: 0, End: 4, TokenStart: 0, TokenEnd: 8, Form: "Iran"}, {Start: 4, End: 8, TokenStart: 0, TokenEnd: 8, Form: "’s"}, {Start: 9, End: 11, Form: "FM", TokenStart: 9, TokenEnd: 11}}}}}
	c := d.InChars()
	if c.OffsetUnit != "character" || c.Parts[0].End != 16 || c.Sentences[0].End != 16 {
		t.Errorf("converted %+v", c)
	}
	if w := c.Sentences[0].Words[2]; w.Start != 7 || w.End != 9 {
		t.Errorf("FM at [%d,%d), want [7,9)", w.Start, w.End)
	}
	if d.Sentences[0].Words[2].Start != 9 {
		t.Error("InChars changed the original document")
	}
	// A content's fragments after the cue are converted too.
	d.Attributions = []Attribution{{Content: Span{Start: 0, End: 8}, ContentMore: []Span{{Start: 9, End: 11}}}}
	c = d.InChars()
	if m := c.Attributions[0].ContentMore; len(m) != 1 || m[0].Start != 7 || m[0].End != 9 || m[0].Text != "FM" {
		t.Errorf("content_more %+v, want FM at [7,9)", m)
	}
	if d.Attributions[0].ContentMore[0].Start != 9 {
		t.Error("InChars changed the original content_more")
	}
}

func TestTree(t *testing.T) {
	// "Iran has not engaged": engaged is the root.
	s := &Sentence{Words: []Word{
		{Form: "Iran", Head: 4, Rel: "nsubj:pass"}, {Form: "has", Head: 4, Rel: "aux"},
		{Form: "not", Head: 4, Rel: "advmod"}, {Form: "engaged", Head: 0, Rel: "root"},
	}}
	tr := NewTree(s)
	if tr.Head(3) != -1 || tr.Head(0) != 3 || tr.Rel(0) != "nsubj" {
		t.Errorf("heads or relations wrong")
	}
	if got := tr.ChildrenWith(3, "nsubj"); len(got) != 1 || got[0] != 0 {
		t.Errorf("ChildrenWith nsubj = %v", got)
	}
	if got := tr.ChildrenWith(3, "nsubj:pass", "advmod"); len(got) != 2 {
		t.Errorf("ChildrenWith full relation = %v", got)
	}
	if got := tr.Subtree(3, 2); len(got) != 3 || got[2] != 3 {
		t.Errorf("Subtree skipping not = %v", got)
	}
}

func TestAntecedent(t *testing.T) {
	// "Trump, whose views upset many, said …": whose → views → upset
	// (acl:relcl of Trump).
	s := &Sentence{Words: []Word{
		{Form: "Trump", Head: 7, Rel: "nsubj"}, {Form: ",", Head: 5, Rel: "punct"},
		{Form: "whose", Head: 4, Rel: "nmod:poss"}, {Form: "views", Head: 5, Rel: "nsubj"},
		{Form: "upset", Head: 1, Rel: "acl:relcl"}, {Form: "many", Head: 5, Rel: "obj"},
		{Form: "said", Head: 0, Rel: "root"},
	}}
	tr := NewTree(s)
	for i, want := range map[int]int{2: 0, 5: 0, 4: -1, 6: -1} {
		if got := tr.Antecedent(i); got != want {
			t.Errorf("Antecedent(%d) = %d, want %d", i, got, want)
		}
	}
}

// TestIsWeekday: a day's name as running text writes it, and no other
// word or casing.
func TestIsWeekday(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"Monday", true},
		{"Sunday", true},
		{"monday", false},
		{"MONDAY", false},
		{"March", false},
		{"Today", false},
	} {
		if got := IsWeekday(tc.word); got != tc.want {
			t.Errorf("IsWeekday(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

func TestInHeadline(t *testing.T) {
	d := &Document{Parts: []Part{{Kind: Headline}, {Kind: Paragraph}}}
	for _, tc := range []struct {
		part int
		want bool
	}{{0, true}, {1, false}, {2, false}, {-1, false}} {
		if got := d.InHeadline(&Sentence{Part: tc.part}); got != tc.want {
			t.Errorf("part %d: InHeadline %v, want %v", tc.part, got, tc.want)
		}
	}
}
