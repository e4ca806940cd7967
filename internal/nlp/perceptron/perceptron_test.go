package perceptron

import (
	"bufio"
	"bytes"
	"math/rand/v2"
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

func trainToy(t *testing.T) *Model {
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
}
