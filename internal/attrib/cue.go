package attrib

import (
	"strings"

	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/nlp/perceptron"
)

// Cue feature templates.
const (
	fBias uint64 = iota + 1
	fLemma
	fUPOS
	fLemmaUPOS
	fRel
	fLemmaRel
	fChildRel
	fLemmaChildRel
	fHeadLemmaRel
	fPrev
	fNext
	fLemmaNext
	fPrevLemma
	fInQuote
	fQuoteNear
	fColonStart
	fSubjUPOS
	fLemmaSubj
	fPassive
	fFirstWord
)

var h = perceptron.Hash

// cueFeatures describes word i as a possible cue head.
func cueFeatures(out []uint64, v *view, i int) []uint64 {
	w := v.word(i)
	lemma := v.lemma(i)
	hl, hu := h(lemma), h(w.UPOS)
	m, m3 := perceptron.Mix, perceptron.Mix3
	out = append(out, fBias,
		m(fLemma, hl), m(fUPOS, hu), m3(fLemmaUPOS, hl, hu),
		m(fRel, h(w.Rel)), m3(fLemmaRel, hl, h(universal(w.Rel))),
		m(fPrev, h(v.lemma(i-1))), m(fNext, h(v.lemma(i+1))),
		m3(fLemmaNext, hl, h(v.lemma(i+1))), m3(fPrevLemma, h(v.lemma(i-1)), hl),
	)
	if hd := v.Head(i); hd >= 0 {
		out = append(out, m3(fHeadLemmaRel, h(v.lemma(hd)), h(universal(w.Rel))))
	} else {
		out = append(out, m3(fHeadLemmaRel, h("<root>"), h(w.Rel)))
	}
	subj := "<none>"
	for _, c := range v.Children(i) {
		r := universal(v.word(c).Rel)
		out = append(out, m(fChildRel, h(r)), m3(fLemmaChildRel, hl, h(r)))
		if r == "nsubj" {
			subj = v.word(c).UPOS
		}
		if v.word(c).Rel == "nsubj:pass" || v.word(c).Rel == "aux:pass" {
			out = append(out, m(fPassive, hl))
		}
	}
	out = append(out, m(fSubjUPOS, h(subj)), m3(fLemmaSubj, hl, h(subj)))
	if v.inQuote[i] {
		out = append(out, m(fInQuote, hu))
	}
	near := false
	for _, k := range []int{i - 2, i - 1, i + 1, i + 2} {
		if k >= 0 && k < len(v.s.Words) && document.IsQuote(v.word(k).Form) {
			near = true
		}
	}
	if near {
		out = append(out, m3(fQuoteNear, hl, hu))
	}
	if w.Form == ":" {
		// "PENCE: Well, look …" and "Pence: Trump was mocking" headlines.
		caps := i > 0 && i <= 4 && strings.ToUpper(v.word(i-1).Form) == v.word(i-1).Form
		out = append(out, m3(fColonStart, uint64(min(i, 6)), boolHash(caps)))
	}
	if i == 0 {
		out = append(out, m(fFirstWord, hl))
	}
	return out
}

func boolHash(b bool) uint64 {
	if b {
		return 2
	}
	return 1
}
