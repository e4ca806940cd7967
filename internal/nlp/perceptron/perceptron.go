package perceptron

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// Hash returns the FNV-1a hash of s; feature values are hashed once and
// then combined with Mix.
func Hash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// Mix combines a feature template or value with another value.
func Mix(a, b uint64) uint64 {
	h := a ^ (b + 0x9e3779b97f4a7c15 + (a << 6) + (a >> 2))
	h ^= h >> 31
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 29
	return h
}

// Mix3 combines three values.
func Mix3(a, b, c uint64) uint64 { return Mix(Mix(a, b), c) }

// Mix4 combines four values.
func Mix4(a, b, c, d uint64) uint64 { return Mix(Mix(Mix(a, b), c), d) }

// Trainer holds the weights being learnt.
type Trainer struct {
	// MinUpdates is how many updates a feature must take part in before
	// it gets weights. Features met once are mostly noise, and with them
	// the model is several times larger and slower to apply.
	MinUpdates int

	classes int
	strikes map[uint64]int32
	index   map[uint64]int32
	w       []float32
	total   []float64
	stamp   []int32
	now     int32
}

// NewTrainer prepares a trainer for the given number of classes.
func NewTrainer(classes int) *Trainer {
	return &Trainer{classes: classes, index: make(map[uint64]int32)}
}

// Classes returns the number of classes.
func (t *Trainer) Classes() int { return t.classes }

// Scores writes the current (not averaged) score of every class.
func (t *Trainer) Scores(feats []uint64, scores []float32) {
	clear(scores[:t.classes])
	for _, f := range feats {
		row, ok := t.index[f]
		if !ok {
			continue
		}
		w := t.w[int(row)*t.classes : int(row+1)*t.classes]
		for c, v := range w {
			scores[c] += v
		}
	}
}

// Tick counts one training instance; averaging weighs weights by how many
// instances they survived.
func (t *Trainer) Tick() { t.now++ }

// Update moves weight from guess to truth on every feature.
func (t *Trainer) Update(truth, guess int, feats []uint64) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		if row, ok := t.row(f); ok {
			t.add(int(row)*t.classes+truth, 1)
			t.add(int(row)*t.classes+guess, -1)
		}
	}
}

// Add adds delta to the weight of class for every feature; a structured
// update (of a whole beam-search sequence) is a series of Adds.
func (t *Trainer) Add(class int, feats []uint64, delta float32) {
	for _, f := range feats {
		if row, ok := t.row(f); ok {
			t.add(int(row)*t.classes+class, delta)
		}
	}
}

// row returns the weight row of a feature being updated, creating it once
// the feature has been updated MinUpdates times.
func (t *Trainer) row(f uint64) (int32, bool) {
	if row, ok := t.index[f]; ok {
		return row, true
	}
	if t.MinUpdates > 1 {
		if t.strikes == nil {
			t.strikes = make(map[uint64]int32)
		}
		if t.strikes[f]++; int(t.strikes[f]) < t.MinUpdates {
			return 0, false
		}
		delete(t.strikes, f)
	}
	row := int32(len(t.index))
	t.index[f] = row
	t.w = append(t.w, make([]float32, t.classes)...)
	t.total = append(t.total, make([]float64, t.classes)...)
	t.stamp = append(t.stamp, make([]int32, t.classes)...)
	return row, true
}

func (t *Trainer) add(i int, v float32) {
	t.total[i] += float64(t.now-t.stamp[i]) * float64(t.w[i])
	t.stamp[i] = t.now
	t.w[i] += v
}

// Model returns the averaged weights, dropping those whose magnitude is
// below minAbs, quantized to 16 bits.
func (t *Trainer) Model(minAbs float32) *Model {
	keys := make([]uint64, 0, len(t.index))
	for k := range t.index {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	now := float64(t.now)
	if now == 0 {
		now = 1
	}
	avg := func(i int) float64 {
		return (t.total[i] + float64(t.now-t.stamp[i])*float64(t.w[i])) / now
	}
	var maxAbs float64
	for i := range t.w {
		maxAbs = max(maxAbs, math.Abs(avg(i)))
	}
	scale := maxAbs / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	b := newBuilder(t.classes, scale, len(keys))
	for _, k := range keys {
		row := int(t.index[k]) * t.classes
		for c := 0; c < t.classes; c++ {
			v := avg(row + c)
			q := math.Round(v / scale)
			if math.Abs(v) < float64(minAbs) || q == 0 {
				continue
			}
			b.add(c, int16(q))
		}
		b.finish(k)
	}
	return b.model()
}

// Model is a trained, read-only averaged perceptron. It is safe for
// concurrent use.
//
// Lookups dominate parsing time, so features live in an open-addressing
// table of 16-byte slots. Most features carry one or two weights (they were
// updated once, from the guessed class to the true one); those weights sit
// in the slot itself, so a lookup costs one cache miss. Features with more
// weights point into entries.
type Model struct {
	classes int
	scale   float32
	slots   []slot
	mask    uint64
	entries []entry
	dense   []int16 // rows of classes weights, for features with many
	count   int
	weights int

	// compact replaces slots for models of at most three classes (the
	// parser's moves): 8-byte slots of a 16-bit key fingerprint and the
	// three weights, so the table is a quarter of the size and more of it
	// stays in cache. compactKeys keeps the full keys, for writing only.
	compact     []uint64
	compactKeys []uint64
	small       bool // compact holds small-model slots
}

// fingerprint is the part of a key a compact slot keeps: its top 16 bits,
// never zero (zero marks an empty slot). The slot index comes from the
// low bits, so the two are independent; an absent feature matches a
// stored one with probability 2^-16 per slot probed, which adds noise far
// below the model's own.
func fingerprint(key uint64) uint64 {
	if fp := key >> 48; fp != 0 {
		return fp
	}
	return 1
}

// slot is a feature key and its value: either two inline entries, or, with
// the top bit set, an offset and count into Model.entries. Zero is an
// empty slot: a stored weight is never zero.
type slot struct {
	key uint64
	val uint64
}

const (
	outOfLine = 1 << 63
	denseRow  = 1 << 62
)

// denseFrom is the fraction of classes from which a feature's weights are
// kept as a dense row: adding a row is a tight loop, where scattered
// entries cost a decode and an indirect store each.
func (m *Model) denseFrom() int { return max(m.classes/4, 3) }

// entry packs a class (high 16 bits) and its quantized weight (low 16).
type entry uint32

func newEntry(class int, w int16) entry { return entry(uint32(class)<<16 | uint32(uint16(w))) }
func (e entry) class() int              { return int(e >> 16) }
func (e entry) weight() int16           { return int16(uint16(e)) }

type builder struct {
	m       *Model
	pending []pendingFeature
	buf     []entry
	start   int
}

type pendingFeature struct {
	key    uint64
	off, n uint32
}

func newBuilder(classes int, scale float64, features int) *builder {
	return &builder{m: &Model{classes: classes, scale: float32(scale)}, pending: make([]pendingFeature, 0, features)}
}

func (b *builder) add(class int, w int16) { b.buf = append(b.buf, newEntry(class, w)) }

func (b *builder) finish(key uint64) {
	if n := len(b.buf) - b.start; n > 0 {
		b.pending = append(b.pending, pendingFeature{key: key, off: uint32(b.start), n: uint32(n)})
	}
	b.start = len(b.buf)
}

func (b *builder) model() *Model {
	m := b.m
	if m.classes <= 3 {
		return b.compactModel()
	}
	if m.classes <= 256 {
		return b.smallModel()
	}
	size := 1
	for size < 2*len(b.pending)+2 {
		size <<= 1
	}
	m.slots = make([]slot, size)
	m.mask = uint64(size - 1)
	for _, f := range b.pending {
		es := b.buf[f.off : f.off+f.n]
		var val uint64
		if len(es) <= 2 {
			val = uint64(es[0])
			if len(es) == 2 {
				val |= uint64(es[1]) << 32
			}
		} else if len(es) >= m.denseFrom() {
			val = outOfLine | denseRow | uint64(len(es))<<32 | uint64(len(m.dense))
			row := make([]int16, m.classes)
			for _, e := range es {
				row[e.class()] = e.weight()
			}
			m.dense = append(m.dense, row...)
		} else {
			val = outOfLine | uint64(len(es))<<32 | uint64(len(m.entries))
			m.entries = append(m.entries, es...)
		}
		i := f.key & m.mask
		for m.slots[i].val != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = slot{key: f.key, val: val}
	}
	m.count, m.weights = len(b.pending), len(b.buf)
	b.buf, b.pending = nil, nil
	return m
}

func (b *builder) compactModel() *Model {
	m := b.m
	size := 1
	for size*7 < len(b.pending)*10+10 {
		size <<= 1
	}
	m.compact = make([]uint64, size)
	m.compactKeys = make([]uint64, size)
	m.mask = uint64(size - 1)
	for _, f := range b.pending {
		var w [3]int16
		for _, e := range b.buf[f.off : f.off+f.n] {
			w[e.class()] = e.weight()
		}
		v := fingerprint(f.key)<<48 | uint64(uint16(w[0])) | uint64(uint16(w[1]))<<16 | uint64(uint16(w[2]))<<32
		i := f.key & m.mask
		for m.compact[i] != 0 {
			i = (i + 1) & m.mask
		}
		m.compact[i], m.compactKeys[i] = v, f.key
	}
	m.count, m.weights = len(b.pending), len(b.buf)
	b.buf, b.pending = nil, nil
	return m
}

// Small models (4 to 256 classes: the tagger, the parser's relations)
// use 8-byte slots too: bit 63 says whether the weights are out of line;
// bits 48-62 hold a 15-bit fingerprint. Inline, bits 0-47 are two entries
// of an 8-bit class and a 16-bit weight. Out of line, bit 47 marks a dense
// row, bits 32-46 the count and bits 0-31 the offset.
const (
	smallFar   = 1 << 63
	smallDense = 1 << 47
)

func smallFingerprint(key uint64) uint64 {
	if fp := key >> 49; fp != 0 {
		return fp
	}
	return 1
}

func packSmall(e entry) uint64 { return uint64(e.class())<<16 | uint64(uint16(e.weight())) }

func (b *builder) smallModel() *Model {
	m := b.m
	m.small = true
	size := 1
	for size*7 < len(b.pending)*10+10 {
		size <<= 1
	}
	m.compact = make([]uint64, size)
	m.compactKeys = make([]uint64, size)
	m.mask = uint64(size - 1)
	for _, f := range b.pending {
		es := b.buf[f.off : f.off+f.n]
		v := smallFingerprint(f.key) << 48
		switch {
		case len(es) <= 2:
			v |= packSmall(es[0])
			if len(es) == 2 {
				v |= packSmall(es[1]) << 24
			}
		case len(es) >= m.denseFrom():
			v |= smallFar | smallDense | uint64(len(es))<<32 | uint64(len(m.dense))
			row := make([]int16, m.classes)
			for _, e := range es {
				row[e.class()] = e.weight()
			}
			m.dense = append(m.dense, row...)
		default:
			v |= smallFar | uint64(len(es))<<32 | uint64(len(m.entries))
			m.entries = append(m.entries, es...)
		}
		i := f.key & m.mask
		for m.compact[i] != 0 {
			i = (i + 1) & m.mask
		}
		m.compact[i], m.compactKeys[i] = v, f.key
	}
	m.count, m.weights = len(b.pending), len(b.buf)
	b.buf, b.pending = nil, nil
	return m
}

// smallScores is Scores for a small model: lookups first, then the
// out-of-line weights, so cache misses overlap.
func (m *Model) smallScores(feats []uint64, scores []float32) {
	var acc [256]int32
	sum := acc[:m.classes]
	var far [256]uint64
	for len(feats) > 0 {
		n := min(len(feats), len(far))
		rest := far[:0]
		for _, f := range feats[:n] {
			fp := smallFingerprint(f)
			for i := f & m.mask; ; i = (i + 1) & m.mask {
				v := m.compact[i]
				if v == 0 {
					break
				}
				if (v>>48)&0x7fff != fp {
					continue
				}
				if v&smallFar != 0 {
					rest = append(rest, v)
				} else {
					acc[uint8(v>>16)] += int32(int16(v))
					acc[uint8(v>>40)] += int32(int16(v >> 24))
				}
				break
			}
		}
		for _, v := range rest {
			off, cnt := uint32(v), uint32(v>>32)&0x7fff
			if v&smallDense != 0 {
				addRow(sum, m.dense[off:int(off)+len(sum)])
				continue
			}
			for _, e := range m.entries[off : off+cnt] {
				sum[e.class()] += int32(e.weight())
			}
		}
		feats = feats[n:]
	}
	for c, v := range sum {
		scores[c] = float32(v) * m.scale
	}
}

// smallEntries lists the weights of a small model's slot value.
func (m *Model) smallEntries(v uint64) []entry {
	if v&smallFar != 0 {
		off, cnt := uint32(v), uint32(v>>32)&0x7fff
		if v&smallDense != 0 {
			var es []entry
			for c, w := range m.dense[off : int(off)+m.classes] {
				if w != 0 {
					es = append(es, newEntry(c, w))
				}
			}
			return es
		}
		return m.entries[off : off+cnt]
	}
	var es []entry
	for _, x := range []uint64{v & 0xffffff, (v >> 24) & 0xffffff} {
		if w := int16(uint16(x)); w != 0 {
			es = append(es, newEntry(int(x>>16), w))
		}
	}
	return es
}

// compactScores is Scores for a compact model.
func (m *Model) compactScores(feats []uint64, scores []float32) {
	var s0, s1, s2 int32
	for _, f := range feats {
		fp := fingerprint(f)
		for i := f & m.mask; ; i = (i + 1) & m.mask {
			v := m.compact[i]
			if v == 0 {
				break
			}
			if v>>48 == fp {
				s0 += int32(int16(v))
				s1 += int32(int16(v >> 16))
				s2 += int32(int16(v >> 32))
				break
			}
		}
	}
	sums := [3]int32{s0, s1, s2}
	for c := range m.classes {
		scores[c] = float32(sums[c]) * m.scale
	}
}

// Classes returns the number of classes.
func (m *Model) Classes() int { return m.classes }

// Features returns the number of features with weights.
func (m *Model) Features() int { return m.count }

// Weights returns the number of stored weights.
func (m *Model) Weights() int { return m.weights }

// Scores writes the score of every class for the features.
//
// The table lookups are done first and the out-of-line weights summed
// after, so that the processor can have many cache misses in flight at
// once instead of waiting for each before starting the next.
func (m *Model) Scores(feats []uint64, scores []float32) {
	if m.small {
		m.smallScores(feats, scores)
		return
	}
	if m.compact != nil {
		m.compactScores(feats, scores)
		return
	}
	var acc [512]int32
	sum := acc[:]
	if m.classes > len(acc) {
		sum = make([]int32, m.classes)
	}
	sum = sum[:m.classes]
	var far [256]uint64
	for len(feats) > 0 {
		n := min(len(feats), len(far))
		rest := far[:0]
		for _, f := range feats[:n] {
			v := m.find(f)
			if v&outOfLine != 0 {
				rest = append(rest, v)
				continue
			}
			e0, e1 := entry(v), entry(v>>32)
			sum[e0.class()] += int32(e0.weight())
			sum[e1.class()] += int32(e1.weight())
		}
		for _, v := range rest {
			off, cnt := uint32(v), uint32(v>>32)&0xffff
			if v&denseRow != 0 {
				addRow(sum, m.dense[off:int(off)+len(sum)])
				continue
			}
			for _, e := range m.entries[off : off+cnt] {
				sum[e.class()] += int32(e.weight())
			}
		}
		feats = feats[n:]
	}
	for c, v := range sum {
		scores[c] = float32(v) * m.scale
	}
}

// addRow adds a dense row of weights to sum, four at a time.
func addRow(sum []int32, row []int16) {
	sum = sum[:len(row)]
	c := 0
	for ; c+4 <= len(row); c += 4 {
		r, s := row[c:c+4:c+4], sum[c:c+4:c+4]
		s[0] += int32(r[0])
		s[1] += int32(r[1])
		s[2] += int32(r[2])
		s[3] += int32(r[3])
	}
	for ; c < len(row); c++ {
		sum[c] += int32(row[c])
	}
}

// find returns the value of key's slot, 0 when the model lacks it (which
// Scores adds as nothing).
func (m *Model) find(key uint64) uint64 {
	for i := key & m.mask; ; i = (i + 1) & m.mask {
		s := &m.slots[i]
		if s.key == key || s.val == 0 {
			return s.val
		}
	}
}

// weightsOf lists the entries of a slot's value.
func (m *Model) weightsOf(v uint64) []entry {
	if v&denseRow != 0 {
		var es []entry
		for c, w := range m.dense[uint32(v) : int(uint32(v))+m.classes] {
			if w != 0 {
				es = append(es, newEntry(c, w))
			}
		}
		return es
	}
	if v&outOfLine != 0 {
		off, cnt := uint32(v), uint32(v>>32)&0xffff
		return m.entries[off : off+cnt]
	}
	if v>>32 == 0 {
		return []entry{entry(v)}
	}
	return []entry{entry(v), entry(v >> 32)}
}

// Best returns the highest-scoring class among those allowed (all when
// allowed is nil).
func Best(scores []float32, allowed []bool) int {
	best, bestScore := -1, float32(math.Inf(-1))
	for c, s := range scores {
		if allowed != nil && !allowed[c] {
			continue
		}
		if s > bestScore || best < 0 {
			best, bestScore = c, s
		}
	}
	return best
}

const magic = "PRCP3"

// WriteTo writes the model: a header, the feature keys delta-coded as
// varints, the entry count of each feature, then each entry's class and
// quantized weight.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	live := make([]slot, 0, m.count)
	for _, s := range m.slots {
		if s.val != 0 {
			live = append(live, s)
		}
	}
	if m.small {
		for i, v := range m.compact {
			if v != 0 {
				live = append(live, slot{key: m.compactKeys[i], val: v})
			}
		}
		return m.writeEntries(w, live, func(s slot) []entry { return m.smallEntries(s.val) })
	}
	if m.compact != nil {
		// Re-encode compact slots as entries keyed by their full key.
		byKey := map[uint64][]entry{}
		for i, v := range m.compact {
			if v == 0 {
				continue
			}
			var es []entry
			for c := 0; c < m.classes; c++ {
				if wt := int16(v >> (16 * c)); wt != 0 {
					es = append(es, newEntry(c, wt))
				}
			}
			byKey[m.compactKeys[i]] = es
			live = append(live, slot{key: m.compactKeys[i]})
		}
		return m.writeEntries(w, live, func(s slot) []entry { return byKey[s.key] })
	}
	return m.writeEntries(w, live, func(s slot) []entry { return m.weightsOf(s.val) })
}

func (m *Model) writeEntries(w io.Writer, live []slot, weightsOf func(slot) []entry) (int64, error) {
	sort.Slice(live, func(i, j int) bool { return live[i].key < live[j].key })
	var body bytes.Buffer
	bw := &body
	buf := make([]byte, binary.MaxVarintLen64)
	put := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf, v)]) }
	put(uint64(m.classes))
	put(uint64(len(live)))
	binary.Write(bw, binary.LittleEndian, math.Float32bits(m.scale))
	prev := uint64(0)
	for _, s := range live {
		put(s.key - prev)
		prev = s.key
	}
	for _, s := range live {
		put(uint64(len(weightsOf(s))))
	}
	var le [4]byte
	for _, s := range live {
		for _, e := range weightsOf(s) {
			binary.LittleEndian.PutUint16(le[:], uint16(e.class()))
			binary.LittleEndian.PutUint16(le[2:], uint16(e.weight()))
			bw.Write(le[:])
		}
	}
	// The body's length comes first so that models can follow each other
	// in one stream.
	head := append([]byte(magic), buf[:binary.PutUvarint(buf, uint64(body.Len()))]...)
	n, err := w.Write(head)
	if err != nil {
		return int64(n), err
	}
	m2, err := body.WriteTo(w)
	return int64(n) + m2, err
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r *bufio.Reader) (*Model, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(r, head); err != nil || string(head) != magic {
		return nil, errors.New("not a perceptron model")
	}
	size, err := binary.ReadUvarint(r)
	if err != nil || size > 1<<32 {
		return nil, fmt.Errorf("read model: bad length")
	}
	data := make([]byte, size)
	if _, err := io.ReadFull(r, data); err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	d := &decoder{data: data}
	classes, nkeys := d.uvarint(), d.uvarint()
	scale := math.Float32frombits(d.uint32())
	if d.err != nil || classes == 0 || classes > 1<<16 || nkeys > uint64(len(data)) {
		return nil, fmt.Errorf("corrupt model header (%d classes, %d features)", classes, nkeys)
	}
	keys := make([]uint64, nkeys)
	prev := uint64(0)
	for i := range keys {
		prev += d.uvarint()
		keys[i] = prev
	}
	counts := make([]uint32, nkeys)
	total := uint64(0)
	for i := range counts {
		n := d.uvarint()
		if n == 0 || n > classes {
			return nil, fmt.Errorf("corrupt model: feature %d has %d weights", i, n)
		}
		counts[i] = uint32(n)
		total += n
	}
	if d.err != nil {
		return nil, fmt.Errorf("corrupt model: %w", d.err)
	}
	if uint64(len(d.data)-d.pos) != total*4 {
		return nil, fmt.Errorf("corrupt model: %d bytes of weights for %d entries", len(d.data)-d.pos, total)
	}
	b := newBuilder(int(classes), float64(scale), int(nkeys))
	b.buf = make([]entry, 0, total)
	raw := d.data[d.pos:]
	for i, k := range keys {
		for j := uint32(0); j < counts[i]; j++ {
			c := binary.LittleEndian.Uint16(raw)
			if uint64(c) >= classes {
				return nil, fmt.Errorf("corrupt model: feature %d has class %d", i, c)
			}
			w := int16(binary.LittleEndian.Uint16(raw[2:]))
			if w == 0 {
				return nil, fmt.Errorf("corrupt model: feature %d has a zero weight", i)
			}
			b.add(int(c), w)
			raw = raw[4:]
		}
		b.finish(k)
	}
	return b.model(), nil
}

type decoder struct {
	data []byte
	pos  int
	err  error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.data[d.pos:])
	if n <= 0 {
		d.err = io.ErrUnexpectedEOF
		return 0
	}
	d.pos += n
	return v
}

func (d *decoder) uint32() uint32 {
	if d.err != nil || len(d.data)-d.pos < 4 {
		d.err = io.ErrUnexpectedEOF
		return 0
	}
	v := binary.LittleEndian.Uint32(d.data[d.pos:])
	d.pos += 4
	return v
}
