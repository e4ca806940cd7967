package parse

import (
	"slices"

	"github.com/parley-news/parley/internal/nlp/perceptron"
)

// Beam search keeps the width best partial parses instead of one. It
// recovers from early mistakes that greedy parsing cannot undo, at width
// times the cost; a model trained with beam search (TrainOptions.Beam)
// scores whole move sequences, which is what makes the beam pay off.

// clone copies a configuration.
func (c *config) clone() *config {
	d := &config{n: c.n, b0: c.b0,
		stack: append(make([]int, 0, cap(c.stack)), c.stack...),
		head:  slices.Clone(c.head), label: slices.Clone(c.label),
		left: slices.Clone(c.left), right: slices.Clone(c.right),
		nLeft: slices.Clone(c.nLeft), nRight: slices.Clone(c.nRight),
		lset: slices.Clone(c.lset), rset: slices.Clone(c.rset)}
	return d
}

// step is one move of a beam item, kept for structured updates.
type step struct {
	prev  *step
	feats []uint64
	move  int
}

type beamItem struct {
	c     *config
	score float32
	hist  *step
	gold  bool // every move so far is the oracle's
}

type candidate struct {
	parent int
	move   int
	score  float32
	gold   bool
}

// beamState is the scratch space of one beam search.
type beamState struct {
	s          *sentence
	width      int
	moveScores []float32
	relScores  []float32
	lfeats     []uint64
}

// expand scores the moves of every item and returns them best first,
// with the features of each item. goldMove, when not nil, gives the oracle's move for gold items.
func (b *beamState) expand(items []beamItem, moves func(feats []uint64, out []float32), goldMove func(c *config) int) ([]candidate, [][]uint64) {
	var cands []candidate
	feats := make([][]uint64, len(items))
	for i, it := range items {
		f := b.s.features(make([]uint64, 0, 90), it.c)
		feats[i] = f
		moves(f, b.moveScores)
		allowed := [3]bool{it.c.canShift(), it.c.canLeft(), it.c.canRight()}
		g := -1
		if it.gold && goldMove != nil {
			g = goldMove(it.c)
		}
		for m, ok := range allowed {
			if ok {
				cands = append(cands, candidate{parent: i, move: m, score: it.score + b.moveScores[m], gold: m == g})
			}
		}
	}
	slices.SortStableFunc(cands, func(x, y candidate) int {
		switch {
		case x.score > y.score:
			return -1
		case x.score < y.score:
			return 1
		}
		return 0
	})
	return cands, feats
}

// ParseBeam is Parse with a beam of the given width (1 is greedy).
func (p *Parser) ParseBeam(words, upos, xpos []string, width int) (heads []int, rels []string) {
	if width <= 1 {
		return p.Parse(words, upos, xpos)
	}
	n := len(words)
	b := &beamState{s: prepare(words, upos, xpos), width: width,
		moveScores: make([]float32, 3), relScores: make([]float32, len(p.labels))}
	items := []beamItem{{c: newConfig(n)}}
	for !items[0].c.terminal() {
		cands, feats := b.expand(items, p.moves.Scores, nil)
		next := make([]beamItem, 0, width)
		for _, cd := range cands[:min(width, len(cands))] {
			parent := items[cd.parent]
			c := parent.c.clone()
			lab := 0
			if cd.move != shift {
				b.lfeats = labelFeatures(b.lfeats[:0], feats[cd.parent], cd.move)
				p.rels.Scores(b.lfeats, b.relScores)
				lab = perceptron.Best(b.relScores, nil)
			}
			c.apply(cd.move, lab)
			next = append(next, beamItem{c: c, score: cd.score})
		}
		items = next
	}
	return p.result(items[0].c)
}

func (p *Parser) result(c *config) (heads []int, rels []string) {
	n := c.n
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

// oracleMove is the static oracle's move: an arc as soon as it costs no
// gold arc, else a shift.
func oracleMove(c *config, gold []int) int {
	sh, lc, rc := c.costs(gold)
	switch {
	case c.canLeft() && lc == 0:
		return leftArc
	case c.canRight() && rc == 0:
		return rightArc
	case c.canShift() && sh == 0:
		return shift
	}
	// Unreachable for projective trees; fall back to the cheapest move.
	best, cost := -1, 1<<30
	for m, k := range [3]int{sh, lc, rc} {
		ok := [3]bool{c.canShift(), c.canLeft(), c.canRight()}[m]
		if ok && k < cost {
			best, cost = m, k
		}
	}
	return best
}

// trainBeam runs one sentence of beam-search training with early update
// (Collins and Roark 2004): when the oracle's sequence falls out of the
// beam, the moves of the oracle's prefix are rewarded and those of the
// best item penalised. Relations are learnt apart, by trainRelations.
func (p *Parser) trainBeam(b *beamState, moves, rels *perceptron.Trainer, gold, glab []int) (correct bool) {
	n := len(gold)
	items := []beamItem{{c: newConfig(n), gold: true}}
	goldMove := func(c *config) int { return oracleMove(c, gold) }
	for !items[0].c.terminal() {
		cands, feats := b.expand(items, moves.Scores, goldMove)
		next := make([]beamItem, 0, b.width)
		var goldCand *candidate
		for i := range cands {
			if cands[i].gold {
				goldCand = &cands[i]
				break
			}
		}
		inBeam := false
		for _, cd := range cands[:min(b.width, len(cands))] {
			parent := items[cd.parent]
			c := parent.c.clone()
			lab := relation(b, rels, c, feats[cd.parent], cd.move, cd.gold, glab)
			c.apply(cd.move, lab)
			next = append(next, beamItem{c: c, score: cd.score, gold: cd.gold,
				hist: &step{prev: parent.hist, feats: feats[cd.parent], move: cd.move}})
			inBeam = inBeam || cd.gold
		}
		moves.Tick()
		if !inBeam && goldCand != nil {
			parent := items[goldCand.parent]
			goldHist := &step{prev: parent.hist, feats: feats[goldCand.parent], move: goldCand.move}
			update(moves, goldHist, next[0].hist)
			return false
		}
		items = next
	}
	if !items[0].gold {
		for _, it := range items {
			if it.gold {
				update(moves, it.hist, items[0].hist)
				return false
			}
		}
	}
	return true
}

// relation chooses the relation of an arc move: the gold one on the
// oracle's path, so that its features match the gold tree's.
func relation(b *beamState, rels *perceptron.Trainer, c *config, feats []uint64, move int, isGold bool, glab []int) int {
	if move == shift {
		return 0
	}
	if isGold {
		return glab[c.s(0)]
	}
	b.lfeats = labelFeatures(b.lfeats[:0], feats, move)
	rels.Scores(b.lfeats, b.relScores)
	return perceptron.Best(b.relScores, nil)
}

// trainRelations walks the oracle's move sequence and trains the relation
// model on every arc.
func trainRelations(b *beamState, rels *perceptron.Trainer, gold, glab []int) {
	c := newConfig(len(gold))
	feats := make([]uint64, 0, 90)
	for !c.terminal() {
		move := oracleMove(c, gold)
		lab := 0
		if move != shift {
			feats = b.s.features(feats[:0], c)
			b.lfeats = labelFeatures(b.lfeats[:0], feats, move)
			rels.Scores(b.lfeats, b.relScores)
			rels.Tick()
			d := c.s(0)
			rels.Update(glab[d], perceptron.Best(b.relScores, nil), b.lfeats)
			lab = glab[d]
		}
		c.apply(move, lab)
	}
}

// update rewards the moves of the gold history and penalises those of the
// predicted one.
func update(t *perceptron.Trainer, goldHist, predHist *step) {
	for s := goldHist; s != nil; s = s.prev {
		t.Add(s.move, s.feats, 1)
	}
	for s := predHist; s != nil; s = s.prev {
		t.Add(s.move, s.feats, -1)
	}
}
