package perceptron

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"math"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// toy learns the class of a point from hashed features of its coordinates:
// class = which third of [0,30) x falls in, plus noise features.
func toy(rng *rand.Rand) (feats []uint64, class int) {
	x := rng.IntN(30)
	class = x / 10
	feats = []uint64{Mix(Hash("x"), uint64(x)), Mix(Hash("noise"), uint64(rng.IntN(1000)))}
	return feats, class
}

func trainToy(t testing.TB) *Model {
	t.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	tr := NewTrainer(3)
	scores := make([]float32, 3)
	for range 5000 {
		f, c := toy(rng)
		tr.Scores(f, scores)
		tr.Tick()
		tr.Update(c, Best(scores, nil), f)
	}
	return tr.Model(0)
}

func TestModelLearnsAndRoundTrips(t *testing.T) {
	m := trainToy(t)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(bufio.NewReader(&buf))
	if err != nil {
		t.Fatal(err)
	}
	sameScores(t, m, m2)
}

// TestReadKeyedModel reads the toy model as parley wrote models before
// the table layout (testdata/toy.prcp3, written by that code from
// trainToy), so that models trained then still load.
func TestReadKeyedModel(t *testing.T) {
	data, err := os.ReadFile("testdata/toy.prcp3")
	if err != nil {
		t.Fatal(err)
	}
	old, err := ReadModel(bufio.NewReader(bytes.NewReader(data)))
	if err != nil {
		t.Fatal(err)
	}
	sameScores(t, trainToy(t), old)
}

// sameScores checks that m2 has m's features and scores, and that m
// learnt the toy problem.
func sameScores(t *testing.T, m, m2 *Model) {
	t.Helper()
	if m2.Features() != m.Features() || m2.Weights() != m.Weights() {
		t.Fatalf("read %d features/%d weights, wrote %d/%d", m2.Features(), m2.Weights(), m.Features(), m.Weights())
	}
	rng := rand.New(rand.NewPCG(9, 9))
	s1, s2 := make([]float32, 3), make([]float32, 3)
	right := 0
	for range 1000 {
		f, c := toy(rng)
		m.Scores(f, s1)
		m2.Scores(f, s2)
		if s1 != nil && (s1[0] != s2[0] || s1[1] != s2[1] || s1[2] != s2[2]) {
			t.Fatalf("scores differ after round trip: %v vs %v", s1, s2)
		}
		if Best(s1, nil) == c {
			right++
		}
	}
	if right < 950 {
		t.Errorf("accuracy %d/1000 on a separable toy problem", right)
	}
}

func TestBestRespectsAllowed(t *testing.T) {
	if got := Best([]float32{5, 1, 3}, []bool{false, true, true}); got != 2 {
		t.Errorf("Best = %d, want 2", got)
	}
	if got := Best([]float32{1, 1}, []bool{false, false}); got != -1 {
		t.Errorf("Best with nothing allowed = %d, want -1", got)
	}
}

func TestReadModelRejectsCorruption(t *testing.T) {
	m := trainToy(t)
	var buf bytes.Buffer
	m.WriteTo(&buf)
	data := buf.Bytes()
	for _, cut := range []int{0, 3, len(data) / 2, len(data) - 1} {
		if _, err := ReadModel(bufio.NewReader(bytes.NewReader(data[:cut]))); err == nil {
			t.Errorf("model cut at %d of %d bytes was accepted", cut, len(data))
		}
	}
	tests := []struct {
		name string
		head []uint64 // after the magic: classes, scale, slots, entries, dense
		body []uint64
		want string
	}{
		{"no classes", []uint64{0, 1, 4, 0, 0}, []uint64{1, 5}, "header"},
		{"slots not a power of two", []uint64{3, 1, 3, 0, 0}, []uint64{1, 5}, "header"},
		{"every slot filled", []uint64{3, 1, 2, 0, 0}, []uint64{3, 5, 6}, "no empty slot"},
		{"bitmap beyond the table", []uint64{3, 1, 4, 0, 0}, []uint64{1 << 9, 5}, "beyond the table"},
		{"class beyond the model's", []uint64{2, 1, 4, 0, 0}, []uint64{1, 1<<48 | 5<<32}, "class 2 of 2"},
		{"entries beyond the array", []uint64{10, 1, 4, 0, 0}, []uint64{1, 1<<48 | far | 3<<32}, "beyond 0"},
		{"claims more than it holds", []uint64{3, 1, 1 << 30, 0, 0}, []uint64{1, 5}, "unexpected EOF"},
	}
	for _, tt := range tests {
		data := []byte(tableMagic)
		for i, v := range tt.head {
			if i == 1 {
				data = binary.LittleEndian.AppendUint32(data, math.Float32bits(float32(v)))
				continue
			}
			data = binary.AppendUvarint(data, v)
		}
		for _, v := range tt.body {
			data = binary.LittleEndian.AppendUint64(data, v)
		}
		_, err := ReadModel(bufio.NewReader(bytes.NewReader(data)))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one saying %q", tt.name, err, tt.want)
		}
	}
}

// FuzzReadModel: model files come from -models directories; a corrupt one
// is an error, never a panic, a hang or a huge allocation.
func FuzzReadModel(f *testing.F) {
	var buf bytes.Buffer
	trainToy(f).WriteTo(&buf)
	f.Add(buf.Bytes())
	if old, err := os.ReadFile("testdata/toy.prcp3"); err == nil {
		f.Add(old)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ReadModel(bufio.NewReader(bytes.NewReader(data)))
		if err != nil {
			return
		}
		scores := make([]float32, m.Classes())
		for k := range uint64(64) {
			m.Scores([]uint64{Mix(k, 1), k << 40, ^k}, scores)
		}
	})
}
