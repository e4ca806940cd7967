package perceptron

import (
	"bufio"
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
	classes int
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
		row, ok := t.index[f]
		if !ok {
			row = int32(len(t.index))
			t.index[f] = row
			t.w = append(t.w, make([]float32, t.classes)...)
			t.total = append(t.total, make([]float64, t.classes)...)
			t.stamp = append(t.stamp, make([]int32, t.classes)...)
		}
		t.add(int(row)*t.classes+truth, 1)
		t.add(int(row)*t.classes+guess, -1)
	}
}

func (t *Trainer) add(i int, v float32) {
	t.total[i] += float64(t.now-t.stamp[i]) * float64(t.w[i])
	t.stamp[i] = t.now
	t.w[i] += v
}

// Model returns the averaged weights, dropping those whose magnitude is
// below minAbs.
func (t *Trainer) Model(minAbs float32) *Model {
	keys := make([]uint64, 0, len(t.index))
	for k := range t.index {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	m := &Model{classes: t.classes, index: make(map[uint64]uint64, len(keys))}
	now := float64(t.now)
	if now == 0 {
		now = 1
	}
	for _, k := range keys {
		row := int(t.index[k]) * t.classes
		start := len(m.class)
		for c := 0; c < t.classes; c++ {
			i := row + c
			avg := (t.total[i] + float64(t.now-t.stamp[i])*float64(t.w[i])) / now
			if math.Abs(avg) < float64(minAbs) || avg == 0 {
				continue
			}
			m.class = append(m.class, uint16(c))
			m.weight = append(m.weight, float32(avg))
		}
		if n := len(m.class) - start; n > 0 {
			m.index[k] = uint64(start)<<16 | uint64(n)
		}
	}
	return m
}

// Model is a trained, read-only averaged perceptron. It is safe for
// concurrent use.
type Model struct {
	classes int
	index   map[uint64]uint64 // feature -> start<<16 | count into class/weight
	class   []uint16
	weight  []float32
}

// Classes returns the number of classes.
func (m *Model) Classes() int { return m.classes }

// Features returns the number of features with weights.
func (m *Model) Features() int { return len(m.index) }

// Scores writes the score of every class for the features.
func (m *Model) Scores(feats []uint64, scores []float32) {
	clear(scores[:m.classes])
	for _, f := range feats {
		e, ok := m.index[f]
		if !ok {
			continue
		}
		start, n := int(e>>16), int(e&0xffff)
		cls := m.class[start : start+n]
		ws := m.weight[start : start+n]
		for i, c := range cls {
			scores[c] += ws[i]
		}
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

const magic = "PRCP1"

// WriteTo writes the model: feature keys delta-coded as varints, and
// weights quantized to 16 bits with one scale for the model.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	keys := make([]uint64, 0, len(m.index))
	for k := range m.index {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var maxAbs float64
	for _, v := range m.weight {
		maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	buf := make([]byte, binary.MaxVarintLen64)
	put := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf, v)]) }
	bw.WriteString(magic)
	put(uint64(m.classes))
	put(uint64(len(keys)))
	binary.Write(bw, binary.LittleEndian, scale)
	prev := uint64(0)
	for _, k := range keys {
		put(k - prev)
		prev = k
		e := m.index[k]
		start, n := int(e>>16), int(e&0xffff)
		put(uint64(n))
		for i := start; i < start+n; i++ {
			put(uint64(m.class[i]))
			q := int16(math.Round(float64(m.weight[i]) / scale))
			binary.Write(bw, binary.LittleEndian, q)
		}
	}
	return 0, bw.Flush()
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("not a perceptron model")
	}
	classes, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, err
	}
	nkeys, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, err
	}
	if classes == 0 || classes > 1<<16 || nkeys > 1<<32 {
		return nil, fmt.Errorf("corrupt model header (%d classes, %d features)", classes, nkeys)
	}
	var scale float64
	if err := binary.Read(br, binary.LittleEndian, &scale); err != nil {
		return nil, err
	}
	m := &Model{classes: int(classes), index: make(map[uint64]uint64, nkeys)}
	prev := uint64(0)
	for i := uint64(0); i < nkeys; i++ {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("feature %d: %w", i, err)
		}
		prev += d
		n, err := binary.ReadUvarint(br)
		if err != nil || n > classes {
			return nil, fmt.Errorf("feature %d: bad entry count", i)
		}
		start := len(m.class)
		for j := uint64(0); j < n; j++ {
			c, err := binary.ReadUvarint(br)
			if err != nil || c >= classes {
				return nil, fmt.Errorf("feature %d: bad class", i)
			}
			var q int16
			if err := binary.Read(br, binary.LittleEndian, &q); err != nil {
				return nil, fmt.Errorf("feature %d: %w", i, err)
			}
			m.class = append(m.class, uint16(c))
			m.weight = append(m.weight, float32(float64(q)*scale))
		}
		m.index[prev] = uint64(start)<<16 | n
	}
	return m, nil
}
