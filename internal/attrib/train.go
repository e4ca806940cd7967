package attrib

import (
	"math/rand/v2"

	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/nlp/perceptron"
)

// Example is an analysed document with the character spans of its gold
// cues, as an annotated corpus such as PolNeAR gives them.
type Example struct {
	Doc  *document.Document
	Cues [][][2]int // per attribution, the cue's fragments in characters
}

// Train learns which words head a cue. A gold cue's head is the word of
// the cue whose syntactic head lies outside it.
func Train(examples []Example, iterations int, seed uint64, progress func(iter int, acc float64)) *Extractor {
	type instance struct {
		feats []uint64
		cue   bool
	}
	var data []instance
	for _, ex := range examples {
		heads := cueHeads(ex)
		for si := range ex.Doc.Sentences {
			s := &ex.Doc.Sentences[si]
			v := newView(ex.Doc.Text, s)
			for i := range s.Words {
				data = append(data, instance{cueFeatures(nil, v, i), heads[s.Words[i].Start]})
			}
		}
	}
	tr := perceptron.NewTrainer(2)
	rng := rand.New(rand.NewPCG(seed, 3))
	scores := make([]float32, 2)
	for it := 0; it < iterations; it++ {
		rng.Shuffle(len(data), func(i, j int) { data[i], data[j] = data[j], data[i] })
		right := 0
		for _, in := range data {
			tr.Scores(in.feats, scores)
			guess := perceptron.Best(scores, nil)
			truth := 0
			if in.cue {
				truth = 1
			}
			tr.Tick()
			tr.Update(truth, guess, in.feats)
			if guess == truth {
				right++
			}
		}
		if progress != nil {
			progress(it+1, float64(right)/float64(max(len(data), 1)))
		}
	}
	return &Extractor{cues: tr.Model(1e-3)}
}

// cueHeads returns the byte starts of the words that head a gold cue.
func cueHeads(ex Example) map[int]bool {
	chars := document.NewCharOffsets(ex.Doc.Text)
	heads := map[int]bool{}
	for _, cue := range ex.Cues {
		inCue := func(w document.Word) bool {
			cs, ce := chars.Char(w.Start), chars.Char(w.End)
			for _, f := range cue {
				if cs < f[1] && ce > f[0] {
					return true
				}
			}
			return false
		}
		for _, s := range ex.Doc.Sentences {
			var words []int
			for i, w := range s.Words {
				if inCue(w) {
					words = append(words, i)
				}
			}
			for _, i := range words {
				hd := s.Words[i].Head - 1
				if hd < 0 || !inCue(s.Words[hd]) {
					heads[s.Words[i].Start] = true
					break
				}
			}
		}
	}
	return heads
}
