package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"io"
)

// WriteStrings writes a length-prefixed list of strings, the class names
// that model files store next to their weights.
func WriteStrings(w *bufio.Writer, ss []string) {
	var buf [binary.MaxVarintLen64]byte
	w.Write(buf[:binary.PutUvarint(buf[:], uint64(len(ss)))])
	for _, s := range ss {
		w.Write(buf[:binary.PutUvarint(buf[:], uint64(len(s)))])
		w.WriteString(s)
	}
}

// ReadStrings reads a list written by WriteStrings.
func ReadStrings(r *bufio.Reader) ([]string, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil || n > 1<<16 {
		return nil, errors.New("bad string table")
	}
	out := make([]string, n)
	for i := range out {
		l, err := binary.ReadUvarint(r)
		if err != nil || l > 1<<16 {
			return nil, errors.New("bad string table")
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(r, b); err != nil {
			return nil, err
		}
		out[i] = string(b)
	}
	return out, nil
}
