package parse

import "github.com/parley-news/parley/internal/nlp/perceptron"

// sentence holds per-word hashes computed once per sentence.
type sentence struct {
	w  []uint64 // normalized word
	p  []uint64 // tag
	wp []uint64
}

var (
	hNone = perceptron.Hash("-NONE-")
	hRoot = perceptron.Hash("-ROOT-")
)

func (s *sentence) word(i int) uint64 {
	switch {
	case i < 0:
		return hNone
	case i >= len(s.w):
		return hRoot
	}
	return s.w[i]
}

func (s *sentence) tag(i int) uint64 {
	switch {
	case i < 0:
		return hNone
	case i >= len(s.p):
		return hRoot
	}
	return s.p[i]
}

func (s *sentence) wordTag(i int) uint64 {
	switch {
	case i < 0:
		return hNone
	case i >= len(s.wp):
		return hRoot
	}
	return s.wp[i]
}

// Feature templates.
const (
	tS0w uint64 = iota + 1000
	tS0p
	tS0wp
	tS1w
	tS1p
	tS1wp
	tS2p
	tS2wp
	tB0w
	tB0p
	tB0wp
	tB1w
	tB1p
	tB1wp
	tB2p
	tB2w
	tS0wpB0wp
	tS0wpB0w
	tS0wB0wp
	tS0wpB0p
	tS0pB0wp
	tS0wB0w
	tS0pB0p
	tS1wpS0wp
	tS1wS0w
	tS1pS0p
	tS1pS0pB0p
	tS2pS1pS0p
	tS0pB0pB1p
	tB0pB1pB2p
	tS1pS0wB0p
	tS1wS0pB0p
	tDistS0B0w
	tDistS0B0p
	tDistS0B0wp
	tDistS1S0p
	tDistS1S0wp
	tVrS0w
	tVrS0p
	tVlS0w
	tVlS0p
	tVlB0w
	tVlB0p
	tVrS1p
	tS0lw
	tS0lp
	tS0ll
	tS0rw
	tS0rp
	tS0rl
	tS1rw
	tS1rp
	tS1rl
	tS1lp
	tS1ll
	tB0lw
	tB0lp
	tB0ll
	tS0l2p
	tS0l2l
	tS0r2p
	tS0r2l
	tB0l2p
	tB0l2l
	tS1r2l
	tS0pS0lpS0l2p
	tS0pS0rpS0r2p
	tB0pB0lpB0l2p
	tS0pS0lpB0p
	tS0pS0rpB0p
	tS0pB0pB0lp
	tS1pS0pS0lp
	tS1pS1rpS0p
	tS0wSr
	tS0pSr
	tS0wSl
	tS0pSl
	tB0wSl
	tB0pSl
	tS1pSr
	tS0pB0pBetween
	tS0pS1pBetween
	tS0llS0rl
	tS1wB0w
	tS1pB0p
	tS1wpB0wp
)

func clipDist(a, b int) uint64 {
	if a < 0 || b < 0 {
		return 0
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d > 10:
		return 12
	case d > 5:
		return 11
	}
	return uint64(d)
}

func clipCount(n int) uint64 {
	if n > 4 {
		return 4
	}
	return uint64(n)
}

// features appends the feature hashes of a configuration.
func (s *sentence) features(out []uint64, c *config) []uint64 {
	s0, s1, s2 := c.s(0), c.s(1), c.s(2)
	b0, b1, b2 := c.b(0), c.b(1), c.b(2)
	m, m3, m4 := perceptron.Mix, perceptron.Mix3, perceptron.Mix4
	child := func(h, k int, leftSide bool) int {
		if h < 0 {
			return -1
		}
		if leftSide {
			return c.left[h][k]
		}
		return c.right[h][k]
	}
	lab := func(i int) uint64 {
		if i < 0 {
			return 0
		}
		return uint64(c.label[i]) + 1
	}
	nl := func(i int) uint64 {
		if i < 0 {
			return 0
		}
		return clipCount(c.nLeft[i]) + 1
	}
	nr := func(i int) uint64 {
		if i < 0 {
			return 0
		}
		return clipCount(c.nRight[i]) + 1
	}
	lset := func(i int) uint64 {
		if i < 0 {
			return 0
		}
		return c.lset[i]
	}
	rset := func(i int) uint64 {
		if i < 0 {
			return 0
		}
		return c.rset[i]
	}
	s0l, s0r := child(s0, 0, true), child(s0, 0, false)
	s0l2, s0r2 := child(s0, 1, true), child(s0, 1, false)
	s1l, s1r := child(s1, 0, true), child(s1, 0, false)
	s1r2 := child(s1, 1, false)
	b0l, b0l2 := child(b0, 0, true), child(b0, 1, true)

	w, p, wp := s.word, s.tag, s.wordTag
	d := clipDist(s0, b0)
	d1 := clipDist(s1, s0)
	out = append(out,
		m(tS0w, w(s0)), m(tS0p, p(s0)), m(tS0wp, wp(s0)),
		m(tS1w, w(s1)), m(tS1p, p(s1)), m(tS1wp, wp(s1)),
		m(tS2p, p(s2)), m(tS2wp, wp(s2)),
		m(tB0w, w(b0)), m(tB0p, p(b0)), m(tB0wp, wp(b0)),
		m(tB1w, w(b1)), m(tB1p, p(b1)), m(tB1wp, wp(b1)),
		m(tB2p, p(b2)), m(tB2w, w(b2)),
		m3(tS0wpB0wp, wp(s0), wp(b0)), m3(tS0wpB0w, wp(s0), w(b0)), m3(tS0wB0wp, w(s0), wp(b0)),
		m3(tS0wpB0p, wp(s0), p(b0)), m3(tS0pB0wp, p(s0), wp(b0)), m3(tS0wB0w, w(s0), w(b0)),
		m3(tS0pB0p, p(s0), p(b0)),
		m3(tS1wpS0wp, wp(s1), wp(s0)), m3(tS1wS0w, w(s1), w(s0)), m3(tS1pS0p, p(s1), p(s0)),
		m4(tS1pS0pB0p, p(s1), p(s0), p(b0)), m4(tS2pS1pS0p, p(s2), p(s1), p(s0)),
		m4(tS0pB0pB1p, p(s0), p(b0), p(b1)), m4(tB0pB1pB2p, p(b0), p(b1), p(b2)),
		m4(tS1pS0wB0p, p(s1), w(s0), p(b0)), m4(tS1wS0pB0p, w(s1), p(s0), p(b0)),
		m3(tDistS0B0w, w(s0), d), m3(tDistS0B0p, p(s0), d), m4(tDistS0B0wp, w(s0), w(b0), d),
		m4(tDistS1S0p, p(s1), p(s0), d1), m4(tDistS1S0wp, w(s1), w(s0), d1),
		m3(tVrS0w, w(s0), nr(s0)), m3(tVrS0p, p(s0), nr(s0)),
		m3(tVlS0w, w(s0), nl(s0)), m3(tVlS0p, p(s0), nl(s0)),
		m3(tVlB0w, w(b0), nl(b0)), m3(tVlB0p, p(b0), nl(b0)), m3(tVrS1p, p(s1), nr(s1)),
		m(tS0lw, w(s0l)), m(tS0lp, p(s0l)), m(tS0ll, lab(s0l)),
		m(tS0rw, w(s0r)), m(tS0rp, p(s0r)), m(tS0rl, lab(s0r)),
		m(tS1rw, w(s1r)), m(tS1rp, p(s1r)), m(tS1rl, lab(s1r)),
		m(tS1lp, p(s1l)), m(tS1ll, lab(s1l)),
		m(tB0lw, w(b0l)), m(tB0lp, p(b0l)), m(tB0ll, lab(b0l)),
		m(tS0l2p, p(s0l2)), m(tS0l2l, lab(s0l2)), m(tS0r2p, p(s0r2)), m(tS0r2l, lab(s0r2)),
		m(tB0l2p, p(b0l2)), m(tB0l2l, lab(b0l2)), m(tS1r2l, lab(s1r2)),
		m4(tS0pS0lpS0l2p, p(s0), p(s0l), p(s0l2)), m4(tS0pS0rpS0r2p, p(s0), p(s0r), p(s0r2)),
		m4(tB0pB0lpB0l2p, p(b0), p(b0l), p(b0l2)),
		m4(tS0pS0lpB0p, p(s0), p(s0l), p(b0)), m4(tS0pS0rpB0p, p(s0), p(s0r), p(b0)),
		m4(tS0pB0pB0lp, p(s0), p(b0), p(b0l)), m4(tS1pS0pS0lp, p(s1), p(s0), p(s0l)),
		m4(tS1pS1rpS0p, p(s1), p(s1r), p(s0)),
		m3(tS0wSr, w(s0), rset(s0)), m3(tS0pSr, p(s0), rset(s0)),
		m3(tS0wSl, w(s0), lset(s0)), m3(tS0pSl, p(s0), lset(s0)),
		m3(tB0wSl, w(b0), lset(b0)), m3(tB0pSl, p(b0), lset(b0)), m3(tS1pSr, p(s1), rset(s1)),
		m4(tS0llS0rl, p(s0), lab(s0l), lab(s0r)),
		m3(tS1wB0w, w(s1), w(b0)), m3(tS1pB0p, p(s1), p(b0)), m3(tS1wpB0wp, wp(s1), wp(b0)),
	)
	// Punctuation between s0 and b0 often marks a clause boundary.
	out = append(out, m4(tS0pB0pBetween, p(s0), p(b0), s.between(s0, b0)))
	out = append(out, m4(tS0pS1pBetween, p(s1), p(s0), s.between(s1, s0)))
	return out
}

var hCommaWord = perceptron.Hash(",")

// between counts commas strictly between two words, clipped at 2.
func (s *sentence) between(a, b int) uint64 {
	if a < 0 || b < 0 {
		return 9
	}
	if b > len(s.p) {
		b = len(s.p)
	}
	if b-a > 30 {
		a = b - 30 // bound the work on very long sentences
	}
	n := uint64(0)
	for k := a + 1; k < b && n < 2; k++ {
		if s.w[k] == hCommaWord {
			n++
		}
	}
	return n
}
