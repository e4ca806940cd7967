package perceptron

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
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

// NewTrainer prepares a trainer for the given number of classes, at most
// MaxClasses.
func NewTrainer(classes int) *Trainer {
	if classes < 1 || classes > MaxClasses {
		panic(fmt.Sprintf("perceptron: %d classes, want 1 to %d", classes, MaxClasses))
	}
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

// MaxClasses is the most classes a model can have: a slot keeps a class
// in 8 bits.
const MaxClasses = 256

// Model is a trained, read-only averaged perceptron. It is safe for
// concurrent use.
//
// Lookups dominate tagging and parsing time, so features live in an
// open-addressing table of 8-byte slots that keep a fingerprint of the
// key and, for most features, the weights themselves: a lookup costs one
// cache miss, and the table is small enough for much of it to stay in
// cache. The slot index comes from the key's low bits and the
// fingerprint from its top bits, so an absent feature matches a stored
// one with probability 2^-15 or 2^-16 per slot probed, noise far below
// the model's own. Zero marks an empty slot: stored weights are never
// zero.
//
// Models of up to three classes (the parser's moves, the sentence
// splitter) are tiny: bits 48-63 hold a 16-bit fingerprint and bits 0-47
// the three weights. Other models are small: bits 48-62 hold a 15-bit
// fingerprint; with bit 63 clear, bits 0-47 are two entries of an 8-bit
// class and a 16-bit weight; with it set, the weights are out of line:
// bit 47 marks a dense row, bits 32-46 give the count and bits 0-31 the
// offset into dense or entries.
type Model struct {
	classes int
	scale   float32
	tiny    bool
	slots   []uint64
	mask    uint64
	entries []entry
	dense   []int16 // rows of classes weights, for features with many
	count   int
	weights int
}

const (
	far       = 1 << 63
	denseRow  = 1 << 47
	countMask = 0x7fff
)

func tinyFingerprint(key uint64) uint64 {
	if fp := key >> 48; fp != 0 {
		return fp
	}
	return 1
}

func smallFingerprint(key uint64) uint64 {
	if fp := key >> 49; fp != 0 {
		return fp
	}
	return 1
}

// denseFrom is the number of weights from which a feature's weights are
// kept as a dense row: adding a row is a tight loop, where scattered
// entries cost a decode and an indirect store each.
func (m *Model) denseFrom() int { return max(m.classes/4, 3) }

// entry packs a class (high 16 bits) and its quantized weight (low 16).
type entry uint32

func newEntry(class int, w int16) entry { return entry(uint32(class)<<16 | uint32(uint16(w))) }
func (e entry) class() int              { return int(e >> 16) }
func (e entry) weight() int16           { return int16(uint16(e)) }

// packed is an entry as a small slot keeps it inline: 8-bit class, 16-bit
// weight.
func packed(e entry) uint64 { return uint64(e.class())<<16 | uint64(uint16(e.weight())) }

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
	return &builder{m: &Model{classes: classes, scale: float32(scale), tiny: classes <= 3},
		pending: make([]pendingFeature, 0, features)}
}

func (b *builder) add(class int, w int16) { b.buf = append(b.buf, newEntry(class, w)) }

func (b *builder) finish(key uint64) {
	if n := len(b.buf) - b.start; n > 0 {
		b.pending = append(b.pending, pendingFeature{key: key, off: uint32(b.start), n: uint32(n)})
	}
	b.start = len(b.buf)
}

// model lays the pending features out in the table, filled to at most
// seven tenths.
func (b *builder) model() *Model {
	m := b.m
	size := 1
	for size*7 < len(b.pending)*10+10 {
		size <<= 1
	}
	m.slots = make([]uint64, size)
	m.mask = uint64(size - 1)
	for _, f := range b.pending {
		v := m.slotValue(f.key, b.buf[f.off:f.off+f.n])
		i := f.key & m.mask
		for m.slots[i] != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = v
	}
	m.count, m.weights = len(b.pending), len(b.buf)
	b.buf, b.pending = nil, nil
	return m
}

// slotValue encodes a feature's weights, moving them out of line when
// they do not fit in the slot.
func (m *Model) slotValue(key uint64, es []entry) uint64 {
	if m.tiny {
		v := tinyFingerprint(key) << 48
		for _, e := range es {
			v |= uint64(uint16(e.weight())) << (16 * e.class())
		}
		return v
	}
	v := smallFingerprint(key) << 48
	switch {
	case len(es) <= 2:
		v |= packed(es[0])
		if len(es) == 2 {
			v |= packed(es[1]) << 24
		}
	case len(es) >= m.denseFrom():
		v |= far | denseRow | uint64(len(es))<<32 | uint64(len(m.dense))
		row := make([]int16, m.classes)
		for _, e := range es {
			row[e.class()] = e.weight()
		}
		m.dense = append(m.dense, row...)
	default:
		v |= far | uint64(len(es))<<32 | uint64(len(m.entries))
		m.entries = append(m.entries, es...)
	}
	return v
}

// Classes returns the number of classes.
func (m *Model) Classes() int { return m.classes }

// Features returns the number of features with weights.
func (m *Model) Features() int { return m.count }

// Weights returns the number of stored weights.
func (m *Model) Weights() int { return m.weights }

// Scores writes the score of every class for the features.
func (m *Model) Scores(feats []uint64, scores []float32) {
	if m.tiny {
		m.tinyScores(feats, scores)
		return
	}
	m.smallScores(feats, scores)
}

func (m *Model) tinyScores(feats []uint64, scores []float32) {
	var s0, s1, s2 int32
	var first [gatherSize]uint64
	for len(feats) > 0 {
		n := min(len(feats), gatherSize)
		m.gather(feats[:n], first[:n])
		for j, f := range feats[:n] {
			fp := tinyFingerprint(f)
			for i, v := f&m.mask, first[j]; v != 0; i, v = (i+1)&m.mask, m.slots[(i+1)&m.mask] {
				if v>>48 == fp {
					s0 += int32(int16(v))
					s1 += int32(int16(v >> 16))
					s2 += int32(int16(v >> 32))
					break
				}
			}
		}
		feats = feats[n:]
	}
	sums := [3]int32{s0, s1, s2}
	for c := range m.classes {
		scores[c] = float32(sums[c]) * m.scale
	}
}

// gatherSize is how many features are looked up at once.
const gatherSize = 128

// gather loads the first slot of every feature before any is examined.
// The loads do not depend on each other, so their cache misses overlap;
// probing while loading would stall on each miss whose branch the CPU
// guessed wrong (a feature absent from the table), and most features of a
// parser configuration miss the cache.
func (m *Model) gather(feats, first []uint64) {
	for j, f := range feats {
		first[j] = m.slots[f&m.mask]
	}
}

// smallScores looks all the features up first and adds the out-of-line
// weights after, so that the cache misses overlap.
func (m *Model) smallScores(feats []uint64, scores []float32) {
	var acc [MaxClasses]int32
	sum := acc[:m.classes]
	var later, first [gatherSize]uint64
	for len(feats) > 0 {
		n := min(len(feats), gatherSize)
		m.gather(feats[:n], first[:n])
		rest := later[:0]
		for j, f := range feats[:n] {
			fp := smallFingerprint(f)
			for i, v := f&m.mask, first[j]; v != 0; i, v = (i+1)&m.mask, m.slots[(i+1)&m.mask] {
				if (v>>48)&countMask != fp {
					continue
				}
				if v&far != 0 {
					rest = append(rest, v)
				} else {
					acc[uint8(v>>16)] += int32(int16(v))
					acc[uint8(v>>40)] += int32(int16(v >> 24))
				}
				break
			}
		}
		for _, v := range rest {
			off, cnt := uint32(v), uint32(v>>32)&countMask
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

// Model files: tableMagic starts the table layout that WriteTo writes;
// keyedMagic the feature list that parley wrote before it, still read.
const (
	tableMagic = "PRCT1"
	keyedMagic = "PRCP3"
)

// WriteTo writes the model in its table layout: a header (classes, scale
// and the lengths of slots, entries and dense rows), a bitmap of the
// filled slots and their values, then the entries and dense rows as they
// are in memory, all little-endian. Reading it back is a copy, where
// rebuilding the table from a list of features took most of the half
// second that the parser needed to load at every start; the empty slots,
// two thirds of the parser's table, are not written.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	head := []byte(tableMagic)
	head = binary.AppendUvarint(head, uint64(m.classes))
	head = binary.LittleEndian.AppendUint32(head, math.Float32bits(m.scale))
	head = binary.AppendUvarint(head, uint64(len(m.slots)))
	head = binary.AppendUvarint(head, uint64(len(m.entries)))
	head = binary.AppendUvarint(head, uint64(len(m.dense)))
	cw := &countingWriter{w: w}
	cw.Write(head)
	put64 := func(b []byte, v uint64) []byte { return binary.LittleEndian.AppendUint64(b, v) }
	occupied := make([]uint64, (len(m.slots)+63)/64)
	filled := make([]uint64, 0, m.count)
	for i, v := range m.slots {
		if v != 0 {
			occupied[i/64] |= 1 << (i % 64)
			filled = append(filled, v)
		}
	}
	writeLE(cw, occupied, 8, put64)
	writeLE(cw, filled, 8, put64)
	writeLE(cw, m.entries, 4, func(b []byte, e entry) []byte { return binary.LittleEndian.AppendUint32(b, uint32(e)) })
	writeLE(cw, m.dense, 2, func(b []byte, v int16) []byte { return binary.LittleEndian.AppendUint16(b, uint16(v)) })
	return cw.n, cw.err
}

type countingWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countingWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}

// chunk is how many bytes of an array are encoded or decoded at a time.
const chunk = 64 << 10

func writeLE[T any](w io.Writer, vs []T, size int, put func([]byte, T) []byte) {
	buf := make([]byte, 0, chunk)
	for _, v := range vs {
		if len(buf)+size > cap(buf) {
			w.Write(buf)
			buf = buf[:0]
		}
		buf = put(buf, v)
	}
	w.Write(buf)
}

// readLE reads n little-endian values of size bytes. The slice grows as
// the data arrives, so that a corrupt length fails at the end of the
// stream instead of allocating what it claims.
func readLE[T any](r io.Reader, n uint64, size int, get func([]byte) T) ([]T, error) {
	out := make([]T, 0, min(n, chunk))
	buf := make([]byte, chunk)
	for left := n; left > 0; {
		k := min(left, uint64(chunk/size))
		if uint64(len(out))+k > uint64(cap(out)) {
			grown := make([]T, len(out), uint64(len(out))+min(left, max(uint64(len(out)), k)))
			copy(grown, out)
			out = grown
		}
		b := buf[:int(k)*size]
		if _, err := io.ReadFull(r, b); err != nil {
			return nil, io.ErrUnexpectedEOF
		}
		for ; len(b) > 0; b = b[size:] {
			out = append(out, get(b))
		}
		left -= k
	}
	return out, nil
}

// ReadModel reads a model written by WriteTo, or by parley before the
// table layout.
func ReadModel(r *bufio.Reader) (*Model, error) {
	head := make([]byte, len(tableMagic))
	if _, err := io.ReadFull(r, head); err != nil {
		return nil, errors.New("not a perceptron model")
	}
	switch string(head) {
	case tableMagic:
		return readTable(r)
	case keyedMagic:
		return readKeyed(r)
	}
	return nil, errors.New("not a perceptron model")
}

func readTable(r *bufio.Reader) (*Model, error) {
	classes, err1 := binary.ReadUvarint(r)
	var scale [4]byte
	_, err2 := io.ReadFull(r, scale[:])
	nslots, err3 := binary.ReadUvarint(r)
	nentries, err4 := binary.ReadUvarint(r)
	ndense, err5 := binary.ReadUvarint(r)
	if err := errors.Join(err1, err2, err3, err4, err5); err != nil {
		return nil, fmt.Errorf("read model header: %w", err)
	}
	if classes == 0 || classes > MaxClasses || nslots == 0 || nslots&(nslots-1) != 0 || nslots > 1<<32 ||
		nentries > 1<<32 || ndense > 1<<32 || ndense%classes != 0 {
		return nil, fmt.Errorf("corrupt model header (%d classes, %d slots, %d entries, %d dense weights)",
			classes, nslots, nentries, ndense)
	}
	m := &Model{classes: int(classes), scale: math.Float32frombits(binary.LittleEndian.Uint32(scale[:])),
		tiny: classes <= 3, mask: nslots - 1}
	var err error
	if m.slots, err = readSlots(r, nslots); err != nil {
		return nil, fmt.Errorf("read model slots: %w", err)
	}
	if m.entries, err = readLE(r, nentries, 4, func(b []byte) entry { return entry(binary.LittleEndian.Uint32(b)) }); err != nil {
		return nil, fmt.Errorf("read model entries: %w", err)
	}
	if m.dense, err = readLE(r, ndense, 2, func(b []byte) int16 { return int16(binary.LittleEndian.Uint16(b)) }); err != nil {
		return nil, fmt.Errorf("read model rows: %w", err)
	}
	if err := m.check(); err != nil {
		return nil, fmt.Errorf("corrupt model: %w", err)
	}
	return m, nil
}

// readSlots reads the bitmap of filled slots and their values. The
// values go straight to their slots as they are read: collecting them
// first cost the parser a copy of 6 MB, grown several times.
func readSlots(r io.Reader, n uint64) ([]uint64, error) {
	occupied, err := readLE(r, (n+63)/64, 8, binary.LittleEndian.Uint64)
	if err != nil {
		return nil, err
	}
	if n%64 != 0 && occupied[0]>>(n%64) != 0 {
		return nil, errors.New("bitmap marks slots beyond the table")
	}
	filled := 0
	for _, w := range occupied {
		filled += bits.OnesCount64(w)
	}
	if uint64(filled) >= n {
		return nil, errors.New("no empty slot")
	}
	slots := make([]uint64, n)
	buf := make([]byte, chunk)
	var b []byte
	for wi, w := range occupied {
		for ; w != 0; w &= w - 1 {
			if len(b) == 0 {
				b = buf[:min(filled*8, chunk)]
				if _, err := io.ReadFull(r, b); err != nil {
					return nil, io.ErrUnexpectedEOF
				}
				filled -= len(b) / 8
			}
			slots[wi*64+bits.TrailingZeros64(w)] = binary.LittleEndian.Uint64(b)
			b = b[8:]
		}
	}
	return slots, nil
}

// check verifies what lookups rely on: every reference out of a slot is
// within its array, every class is below the model's, and the table has
// an empty slot to end each probe. It also counts features and weights.
func (m *Model) check() error {
	for i, e := range m.entries {
		if e.class() >= m.classes || e.weight() == 0 {
			return fmt.Errorf("entry %d: class %d, weight %d", i, e.class(), e.weight())
		}
	}
	m.count, m.weights = 0, 0
	for i, v := range m.slots {
		if v == 0 {
			continue
		}
		m.count++
		n, err := m.checkSlot(v)
		if err != nil {
			return fmt.Errorf("slot %d: %w", i, err)
		}
		m.weights += n
	}
	if m.count == len(m.slots) {
		return errors.New("no empty slot")
	}
	return nil
}

// checkSlot returns how many weights a slot holds.
func (m *Model) checkSlot(v uint64) (int, error) {
	n := 0
	switch {
	case m.tiny:
		for c := range 3 {
			if w := int16(v >> (16 * c)); w != 0 {
				if c >= m.classes {
					return 0, fmt.Errorf("weight for class %d of %d", c, m.classes)
				}
				n++
			}
		}
	case v&far == 0:
		for _, x := range [2]uint64{v & 0xffffff, (v >> 24) & 0xffffff} {
			if int16(uint16(x)) != 0 {
				if int(x>>16) >= m.classes {
					return 0, fmt.Errorf("weight for class %d of %d", x>>16, m.classes)
				}
				n++
			}
		}
	default:
		off, cnt := uint64(uint32(v)), (v>>32)&countMask
		end := off + cnt
		if v&denseRow != 0 {
			end = off + uint64(m.classes)
			if end > uint64(len(m.dense)) {
				return 0, fmt.Errorf("row %d beyond %d dense weights", off, len(m.dense))
			}
		} else if cnt == 0 || end > uint64(len(m.entries)) {
			return 0, fmt.Errorf("entries %d+%d beyond %d", off, cnt, len(m.entries))
		}
		n = int(cnt)
	}
	if n == 0 {
		return 0, errors.New("no weights")
	}
	return n, nil
}

// readKeyed reads the feature list that parley wrote before the table
// layout: the body's length, then the features' keys delta-coded as
// varints, the entry count of each feature, and each entry's class and
// quantized weight.
func readKeyed(r *bufio.Reader) (*Model, error) {
	size, err := binary.ReadUvarint(r)
	if err != nil || size > 1<<32 {
		return nil, fmt.Errorf("read model: bad length")
	}
	// Copying grows the buffer as the data arrives: a corrupt length
	// fails at the end of the stream rather than allocating it.
	var body bytes.Buffer
	if _, err := io.CopyN(&body, r, int64(size)); err != nil {
		return nil, fmt.Errorf("read model: %w", io.ErrUnexpectedEOF)
	}
	data := body.Bytes()
	d := &decoder{data: data}
	classes, nkeys := d.uvarint(), d.uvarint()
	scale := math.Float32frombits(d.uint32())
	if d.err != nil || classes == 0 || classes > MaxClasses || nkeys > uint64(len(data)) {
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
