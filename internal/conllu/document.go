package conllu

import (
	"fmt"
	"strings"

	"github.com/parley-news/parley/internal/document"
)

// FromDocument converts a parsed document to CoNLL-U sentences. The first
// sentence carries "newdoc id"; each sentence has sent_id, text and the
// part it belongs to. A surface token of several words becomes a multiword
// token line. MISC gives SpaceAfter=No and TokenRange, the word's span in
// Unicode characters of the document's text.
func FromDocument(d *document.Document) []*Sentence {
	chars := document.NewCharOffsets(d.Text)
	out := make([]*Sentence, 0, len(d.Sentences))
	for si, ds := range d.Sentences {
		s := &Sentence{}
		if si == 0 {
			s.Comments = append(s.Comments, "newdoc id = "+d.ID)
		}
		if si == 0 || d.Sentences[si-1].Part != ds.Part {
			s.Comments = append(s.Comments, "newpar")
		}
		s.Comments = append(s.Comments,
			fmt.Sprintf("sent_id = %s-%d", d.ID, si+1),
			"text = "+oneLine(d.Text[ds.Start:ds.End]))
		if ds.Part >= 0 && ds.Part < len(d.Parts) {
			s.Comments = append(s.Comments, "part = "+string(d.Parts[ds.Part].Kind))
		}
		for i := 0; i < len(ds.Words); {
			j := i + 1
			for j < len(ds.Words) && ds.Words[j].TokenStart == ds.Words[i].TokenStart {
				j++
			}
			w := ds.Words[i]
			tokenMisc := misc(w.SpaceAfter || j == len(ds.Words), chars.Char(w.TokenStart), chars.Char(w.TokenEnd))
			if j-i > 1 {
				s.Multi = append(s.Multi, MultiWord{First: i + 1, Last: j, Form: d.Text[w.TokenStart:w.TokenEnd], Misc: tokenMisc})
			}
			for k := i; k < j; k++ {
				x := ds.Words[k]
				m := tokenMisc
				if j-i > 1 {
					m = misc(true, chars.Char(x.Start), chars.Char(x.End))
				}
				s.Words = append(s.Words, Word{ID: k + 1, Form: x.Form, Lemma: x.Lemma, UPOS: x.UPOS, XPOS: x.XPOS,
					Head: x.Head, Deprel: x.Rel, Misc: m})
			}
			i = j
		}
		out = append(out, s)
	}
	return out
}

func misc(spaceAfter bool, start, end int) string {
	r := fmt.Sprintf("TokenRange=%d:%d", start, end)
	if !spaceAfter {
		return "SpaceAfter=No|" + r
	}
	return r
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
