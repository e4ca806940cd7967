package parse

import (
	"bufio"
	"bytes"
	"compress/gzip"
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
type Parser struct {
	labels []string
	model  *perceptron.Model
}

//go:embed parser.model.gz
var embedded []byte

var (
	defaultOnce   sync.Once
	defaultParser *Parser
	defaultErr    error
)

// Default returns the embedded parser, loading it on first use.
func Default() (*Parser, error) {
	defaultOnce.Do(func() { defaultParser, defaultErr = Read(bytes.NewReader(embedded)) })
	return defaultParser, defaultErr
}

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

// class numbering: 0 shift, 1+l left arc with label l, 1+L+l right arc.
func (p *Parser) decode(class int) (move, label int) {
	L := len(p.labels)
	switch {
	case class == 0:
		return shift, 0
	case class <= L:
		return leftArc, class - 1
	default:
		return rightArc, class - 1 - L
	}
}

// Parse returns 1-based heads (0 for the root) and relations for a sentence.
func (p *Parser) Parse(words, upos, xpos []string) (heads []int, rels []string) {
	n := len(words)
	s := prepare(words, upos, xpos)
	c := newConfig(n)
	scores := make([]float32, p.model.Classes())
	allowed := make([]bool, p.model.Classes())
	feats := make([]uint64, 0, 100)
	for !c.terminal() {
		feats = s.features(feats[:0], c)
		p.model.Scores(feats, scores)
		p.allowed(c, allowed)
		move, lab := p.decode(perceptron.Best(scores, allowed))
		c.apply(move, lab)
	}
	heads = make([]int, n)
	rels = make([]string, n)
	for i := 0; i < n; i++ {
		if c.head[i] >= n {
			heads[i] = 0
			rels[i] = "root"
		} else {
			heads[i] = c.head[i] + 1
			rels[i] = p.labels[c.label[i]]
			if rels[i] == "root" {
				rels[i] = "dep"
			}
		}
	}
	return heads, rels
}

func (p *Parser) allowed(c *config, allowed []bool) {
	L := len(p.labels)
	allowed[0] = c.canShift()
	l, r := c.canLeft(), c.canRight()
	for i := 0; i < L; i++ {
		allowed[1+i] = l
		allowed[1+L+i] = r
	}
}

// TrainOptions control training.
type TrainOptions struct {
	Iterations int
	Seed       uint64
	// Explore is the probability of following a wrong prediction from the
	// second iteration on, so the model learns to recover from its errors.
	Explore  float64
	Progress func(iter int, accuracy float64)
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
	L := len(p.labels)
	tr := perceptron.NewTrainer(1 + 2*L)
	rng := rand.New(rand.NewPCG(opt.Seed, 7))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, tr.Classes())
	allowed := make([]bool, tr.Classes())
	cost := make([]int, tr.Classes())
	feats := make([]uint64, 0, 100)
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
			c := newConfig(n)
			for !c.terminal() {
				feats = s.features(feats[:0], c)
				tr.Scores(feats, scores)
				p.allowed(c, allowed)
				sh, lc, rc := c.costs(gold)
				s0 := c.s(0)
				for k := range cost {
					move, lab := p.decode(k)
					switch move {
					case shift:
						cost[k] = sh
					case leftArc:
						cost[k] = lc
						if s0 >= 0 && gold[s0] == c.b0 && lab != glab[s0] {
							cost[k]++
						}
					case rightArc:
						cost[k] = rc
						if s0 >= 0 && len(c.stack) >= 2 && gold[s0] == c.s(1) && lab != glab[s0] {
							cost[k]++
						}
					}
				}
				guess := perceptron.Best(scores, allowed)
				best, bestScore := -1, float32(0)
				for k := range cost {
					if allowed[k] && (best < 0 || cost[k] < cost[best] || cost[k] == cost[best] && scores[k] > bestScore) {
						best, bestScore = k, scores[k]
					}
				}
				tr.Tick()
				next := guess
				if cost[guess] > cost[best] {
					tr.Update(best, guess, feats)
					if it == 0 || rng.Float64() >= opt.Explore {
						next = best
					}
				} else {
					right++
				}
				total++
				c.apply(p.decode(next))
			}
		}
		if opt.Progress != nil {
			opt.Progress(it+1, float64(right)/float64(max(total, 1)))
		}
	}
	p.model = tr.Model(1e-3)
	return p
}

const fileMagic = "PARLEYDEP1"

// Write saves the parser, gzip-compressed.
func (p *Parser) Write(w io.Writer) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	bw.WriteString(fileMagic)
	perceptron.WriteStrings(bw, p.labels)
	if _, err := p.model.WriteTo(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Read loads a parser saved by Write.
func Read(r io.Reader) (*Parser, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(fileMagic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != fileMagic {
		return nil, errors.New("parser model: bad header")
	}
	p := &Parser{}
	if p.labels, err = perceptron.ReadStrings(br); err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	if p.model, err = perceptron.ReadModel(br); err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	if p.model.Classes() != 1+2*len(p.labels) {
		return nil, errors.New("parser model: class count mismatch")
	}
	return p, nil
}
