package perceptron

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

// TestFileRoundTrips reads a model file as WriteFile writes it and as
// parley wrote it before, gzip-compressed, and refuses one with another
// magic.
func TestFileRoundTrips(t *testing.T) {
	m := trainToy(t)
	var raw bytes.Buffer
	if err := WriteFile(&raw, "TOY1", m.Write); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(raw.Bytes(), []byte("TOY1")) {
		t.Fatalf("file starts %q, want the magic uncompressed", raw.Bytes()[:4])
	}
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write(raw.Bytes())
	zw.Close()
	for _, tc := range []struct {
		name string
		data []byte
	}{{"raw", raw.Bytes()}, {"gzip", zipped.Bytes()}} {
		t.Run(tc.name, func(t *testing.T) {
			br, err := OpenFile(bytes.NewReader(tc.data), "TOY1", "toy model")
			if err != nil {
				t.Fatal(err)
			}
			got, err := ReadModel(br)
			if err != nil {
				t.Fatal(err)
			}
			sameScores(t, m, got)
		})
	}
	for _, data := range [][]byte{raw.Bytes(), zipped.Bytes(), nil, {0x1f, 0x8b, 8}} {
		_, err := OpenFile(bytes.NewReader(data), "TOY2", "toy model")
		if err == nil || !strings.HasPrefix(err.Error(), "toy model: ") {
			t.Errorf("OpenFile(%.8q) with another magic: err = %v, want a toy model error", data, err)
		}
	}
}
