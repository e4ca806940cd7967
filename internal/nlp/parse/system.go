package parse

// config is a parser state in the arc-hybrid system. Words are numbered
// 0..n-1; the root is n and sits at the end of the buffer, never shifted.
type config struct {
	n      int
	stack  []int
	b0     int // front of the buffer: words b0..n-1, then the root n
	head   []int
	label  []int
	left   [][2]int // two leftmost children of each word (-1 when none), root included
	right  [][2]int // two rightmost children
	nLeft  []int
	nRight []int
	lset   []uint64 // bit set of labels of left children
	rset   []uint64
}

func newConfig(n int) *config {
	c := &config{n: n, stack: make([]int, 0, n), head: make([]int, n+1), label: make([]int, n+1),
		left: make([][2]int, n+1), right: make([][2]int, n+1), nLeft: make([]int, n+1), nRight: make([]int, n+1),
		lset: make([]uint64, n+1), rset: make([]uint64, n+1)}
	for i := range c.head {
		c.head[i] = -1
		c.left[i] = [2]int{-1, -1}
		c.right[i] = [2]int{-1, -1}
	}
	return c
}

const (
	shift = iota
	leftArc
	rightArc
)

func (c *config) terminal() bool { return len(c.stack) == 0 && c.b0 == c.n }

func (c *config) canShift() bool { return c.b0 < c.n }

// canLeft: s0 gets b0 as head. Only the last word left may attach to the
// root, which keeps one root per sentence.
func (c *config) canLeft() bool {
	if len(c.stack) == 0 {
		return false
	}
	if c.b0 == c.n {
		return len(c.stack) == 1
	}
	return true
}

func (c *config) canRight() bool { return len(c.stack) >= 2 }

func (c *config) s(i int) int {
	if i < len(c.stack) {
		return c.stack[len(c.stack)-1-i]
	}
	return -1
}

func (c *config) b(i int) int {
	if c.b0+i <= c.n {
		return c.b0 + i
	}
	return -1
}

func (c *config) apply(move, lab int) {
	switch move {
	case shift:
		c.stack = append(c.stack, c.b0)
		c.b0++
	case leftArc:
		d := c.stack[len(c.stack)-1]
		c.stack = c.stack[:len(c.stack)-1]
		c.attach(c.b0, d, lab)
	case rightArc:
		d := c.stack[len(c.stack)-1]
		h := c.stack[len(c.stack)-2]
		c.stack = c.stack[:len(c.stack)-1]
		c.attach(h, d, lab)
	}
}

func (c *config) attach(h, d, lab int) {
	c.head[d] = h
	c.label[d] = lab
	bit := uint64(1) << (uint(lab) & 63)
	if d < h {
		c.nLeft[h]++
		c.lset[h] |= bit
		l := &c.left[h]
		switch {
		case l[0] == -1 || d < l[0]:
			l[1] = l[0]
			l[0] = d
		case l[1] == -1 || d < l[1]:
			l[1] = d
		}
	} else {
		c.nRight[h]++
		c.rset[h] |= bit
		r := &c.right[h]
		switch {
		case r[0] == -1 || d > r[0]:
			r[1] = r[0]
			r[0] = d
		case r[1] == -1 || d > r[1]:
			r[1] = d
		}
	}
}

// costs returns the number of gold arcs each move would make unreachable
// (the dynamic oracle of Goldberg and Nivre 2013 for arc-hybrid). gold
// holds the head of every word, with the root as n; the tree must be
// projective.
func (c *config) costs(gold []int) (sh, left, right int) {
	s0 := c.s(0)
	if c.canShift() {
		b := c.b0
		for i, k := range c.stack {
			if gold[k] == b {
				sh++
			}
			if gold[b] == k && i < len(c.stack)-1 {
				sh++
			}
		}
	}
	if s0 >= 0 {
		// Dependents of s0 still in the buffer are lost by any reduction.
		deps := 0
		for k := c.b0; k < c.n; k++ {
			if gold[k] == s0 {
				deps++
			}
		}
		headInRest := gold[s0] > c.b0 && gold[s0] <= c.n
		headIsB0 := gold[s0] == c.b0
		left = deps
		if headInRest || (len(c.stack) >= 2 && gold[s0] == c.s(1)) {
			left++
		}
		right = deps
		if headInRest || headIsB0 {
			right++
		}
	}
	return sh, left, right
}

// projectivize lifts non-projective arcs to the head's head until the tree
// is projective, so the dynamic oracle is exact. heads use n for the root.
func projectivize(heads []int) []int {
	h := append([]int(nil), heads...)
	n := len(h)
	for changed := true; changed; {
		changed = false
		for d := 0; d < n; d++ {
			if !projectiveArc(h, d) && h[d] < n {
				h[d] = h[h[d]]
				changed = true
			}
		}
	}
	return h
}

// projectiveArc reports whether every word between d and its head is
// dominated by the head.
func projectiveArc(h []int, d int) bool {
	n := len(h)
	hd := h[d]
	lo, hi := d, hd
	if lo > hi {
		lo, hi = hi, lo
	}
	if hi > n {
		hi = n
	}
	for k := lo + 1; k < hi; k++ {
		a := k
		for steps := 0; a != hd && a < n && steps <= n; steps++ {
			a = h[a]
		}
		if a != hd {
			return false
		}
	}
	return true
}
