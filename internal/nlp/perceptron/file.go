package perceptron

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
)

// WriteFile writes a model file: magic, then what body writes (class
// names, one or more models).
//
// The file is not compressed. A model is mostly key fingerprints and
// quantized weights, which gzip shrinks by only a quarter, and inflating
// the parser took more of every start than reading the table itself
// (see ReadModel).
func WriteFile(w io.Writer, magic string, body func(*bufio.Writer) error) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(magic)
	if err := body(bw); err != nil {
		return err
	}
	return bw.Flush()
}

// gzipMagic starts the gzip-compressed model files that parley wrote
// before, which OpenFile still reads.
var gzipMagic = []byte{0x1f, 0x8b}

// OpenFile opens a model file written by WriteFile, or gzip-compressed,
// and checks its magic; what is a name for errors ("parser model").
func OpenFile(r io.Reader, magic, what string) (*bufio.Reader, error) {
	br := bufio.NewReader(r)
	if head, _ := br.Peek(len(gzipMagic)); bytes.Equal(head, gzipMagic) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		br = bufio.NewReader(zr)
	}
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("%s: not a %s file (bad header)", what, magic)
	}
	return br, nil
}

// Write writes the model to a model file being written (see WriteFile).
func (m *Model) Write(w *bufio.Writer) error {
	_, err := m.WriteTo(w)
	return err
}
