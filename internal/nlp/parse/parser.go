package parse

import (
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"sync"

	"github.com/parley-news/parley/internal/nlp/perceptron"
	"github.com/parley-news/parley/internal/nlp/token"
)

// Parser assigns heads and dependency relations. It is safe for
// concurrent use.
//
// Two models share the features of a configuration: one chooses the move
// (shift, left arc, right arc), the other the relation of an arc. Scoring
// the move among three classes and the relation only when an arc is made
// costs a quarter of the weight additions of one model over all labelled
// moves, which is what bounds the parser's speed.
type Parser struct {
	labels []string
	moves  *perceptron.Model
	rels   *perceptron.Model
	beam   int // the beam width the model was trained for; 1 is greedy
}

// Beam returns the beam width the model was trained for (1: greedy).
func (p *Parser) Beam() int { return max(p.beam, 1) }

//go:embed parser.model
var embedded []byte

// Default returns the embedded parser, loaded on first use.
var Default = sync.OnceValues(func() (*Parser, error) { return Read(bytes.NewReader(embedded)) })

// Sentence is a parser input: words with their tags, and for training the
// gold heads (1-based, 0 for the root) and relations.
type Sentence struct {
	Words []string
	UPOS  []string
	XPOS  []string
	Heads []int
	Rels  []string
}

func prepare(words, upos, xpos []string) *sentence {
	s := &sentence{w: make([]uint64, len(words)), p: make([]uint64, len(words)), wp: make([]uint64, len(words))}
	for i, w := range words {
		s.w[i] = perceptron.Hash(token.Fold(w))
		s.p[i] = perceptron.Hash(upos[i] + "\t" + xpos[i])
		s.wp[i] = perceptron.Mix(s.w[i], s.p[i])
	}
	return s
}

// labelFeatures conjoins the features with the arc's direction, since a
// left dependent and a right dependent take different relations. The
// relation depends on the two words and their near context, so only the
// first relationTemplates templates (words and tags of the stack and
// buffer, their pairs and triples, distance, valency and the children of
// s0) are used. On EWT dev this trades 0.4 LAS for a fifth more speed.
func labelFeatures(out, feats []uint64, move int) []uint64 {
	dir := uint64(move) * 0x9e3779b97f4a7c15
	for _, f := range feats[:min(len(feats), relationTemplates)] {
		out = append(out, perceptron.Mix(f, dir))
	}
	return out
}

// Parse returns 1-based heads (0 for the root) and relations for a sentence.
func (p *Parser) Parse(words, upos, xpos []string) (heads []int, rels []string) {
	n := len(words)
	s := prepare(words, upos, xpos)
	c := newConfig(n)
	moveScores := make([]float32, 3)
	relScores := make([]float32, len(p.labels))
	var allowed [3]bool
	feats := make([]uint64, 0, 100)
	lfeats := make([]uint64, 0, 100)
	for !c.terminal() {
		feats = s.features(feats[:0], c)
		p.moves.Scores(feats, moveScores)
		allowed = [3]bool{c.canShift(), c.canLeft(), c.canRight()}
		move := perceptron.Best(moveScores, allowed[:])
		lab := 0
		if move != shift {
			lfeats = labelFeatures(lfeats[:0], feats, move)
			p.rels.Scores(lfeats, relScores)
			lab = perceptron.Best(relScores, nil)
		}
		c.apply(move, lab)
	}
	return p.result(c)
}

// TrainOptions control training.
type TrainOptions struct {
	Iterations int
	Seed       uint64
	// Explore is the probability of following a wrong prediction from the
	// second iteration on, so the model learns to recover from its errors.
	Explore  float64
	Progress func(iter int, accuracy float64)
	// MinUpdates is the number of updates a feature needs before it gets
	// weights (see perceptron.Trainer).
	MinUpdates int
	// Beam > 1 trains with beam search and early update; the model is
	// then meant to be used with ParseBeam at the same width.
	Beam int
}

// Train learns a parser from sentences with gold trees and (ideally
// predicted) tags.
func Train(sents []Sentence, opt TrainOptions) *Parser {
	p := &Parser{}
	labelIndex := map[string]int{}
	for _, s := range sents {
		for _, r := range s.Rels {
			if _, ok := labelIndex[r]; !ok {
				labelIndex[r] = len(p.labels)
				p.labels = append(p.labels, r)
			}
		}
	}
	moves := perceptron.NewTrainer(3)
	relModel := perceptron.NewTrainer(len(p.labels))
	moves.MinUpdates, relModel.MinUpdates = opt.MinUpdates, opt.MinUpdates
	rng := rand.New(rand.NewPCG(opt.Seed, 7))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	moveScores := make([]float32, 3)
	relScores := make([]float32, len(p.labels))
	feats := make([]uint64, 0, 100)
	lfeats := make([]uint64, 0, 100)
	for it := 0; it < opt.Iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, si := range order {
			gs := sents[si]
			n := len(gs.Words)
			gold := make([]int, n)
			glab := make([]int, n)
			for i, h := range gs.Heads {
				if h == 0 {
					gold[i] = n
				} else {
					gold[i] = h - 1
				}
				glab[i] = labelIndex[gs.Rels[i]]
			}
			gold = projectivize(gold)
			s := prepare(gs.Words, gs.UPOS, gs.XPOS)
			if opt.Beam > 1 {
				b := &beamState{s: s, width: opt.Beam, moveScores: moveScores, relScores: relScores}
				if p.trainBeam(b, moves, relModel, gold, glab) {
					right++
				}
				total++
				trainRelations(b, relModel, gold, glab)
				continue
			}
			c := newConfig(n)
			for !c.terminal() {
				feats = s.features(feats[:0], c)
				moves.Scores(feats, moveScores)
				allowed := [3]bool{c.canShift(), c.canLeft(), c.canRight()}
				sh, lc, rc := c.costs(gold)
				cost := [3]int{sh, lc, rc}
				guess := perceptron.Best(moveScores, allowed[:])
				best := -1
				for k := range cost {
					if allowed[k] && (best < 0 || cost[k] < cost[best] || cost[k] == cost[best] && moveScores[k] > moveScores[best]) {
						best = k
					}
				}
				moves.Tick()
				next := guess
				if cost[guess] > cost[best] {
					moves.Update(best, guess, feats)
					if it == 0 || rng.Float64() >= opt.Explore {
						next = best
					}
				} else {
					right++
				}
				total++
				lab := 0
				if next != shift {
					lfeats = labelFeatures(lfeats[:0], feats, next)
					relModel.Scores(lfeats, relScores)
					lab = perceptron.Best(relScores, nil)
					relModel.Tick()
					if d, h := c.s(0), arcHead(c, next); gold[d] == h {
						relModel.Update(glab[d], lab, lfeats)
						lab = glab[d]
					}
				}
				c.apply(next, lab)
			}
		}
		if opt.Progress != nil {
			opt.Progress(it+1, float64(right)/float64(max(total, 1)))
		}
	}
	p.beam = max(opt.Beam, 1)
	p.moves = moves.Model(1e-3)
	p.rels = relModel.Model(1e-3)
	return p
}

// arcHead is the head that an arc move gives the top of the stack.
func arcHead(c *config, move int) int {
	if move == leftArc {
		return c.b0
	}
	return c.s(1)
}

// relationTemplates is how many of the feature templates, in the order
// features lists them, the relation model uses.
const relationTemplates = 50

const fileMagic = "PARLEYDEP3"

// Write saves the parser, gzip-compressed.
func (p *Parser) Write(w io.Writer) error {
	return perceptron.WriteFile(w, fileMagic, func(bw *bufio.Writer) error {
		perceptron.WriteStrings(bw, p.labels)
		bw.WriteByte(byte(p.Beam()))
		if err := p.moves.Write(bw); err != nil {
			return err
		}
		return p.rels.Write(bw)
	})
}

// Read loads a parser saved by Write.
func Read(r io.Reader) (*Parser, error) {
	br, err := perceptron.OpenFile(r, fileMagic, "parser model")
	if err != nil {
		return nil, err
	}
	p := &Parser{}
	if p.labels, err = perceptron.ReadStrings(br); err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	beam, err := br.ReadByte()
	if err != nil || beam == 0 {
		return nil, errors.New("parser model: bad beam width")
	}
	p.beam = int(beam)
	if p.moves, err = perceptron.ReadModel(br); err != nil {
		return nil, fmt.Errorf("parser model: moves: %w", err)
	}
	if p.rels, err = perceptron.ReadModel(br); err != nil {
		return nil, fmt.Errorf("parser model: relations: %w", err)
	}
	if p.moves.Classes() != 3 || p.rels.Classes() != len(p.labels) {
		return nil, errors.New("parser model: class count mismatch")
	}
	return p, nil
}
