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
}
