package perceptron

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
)

// WriteFile writes a model file: gzip-compressed, starting with magic,
// then what body writes (class names, one or more models).
func WriteFile(w io.Writer, magic string, body func(*bufio.Writer) error) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	if err := body(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// OpenFile opens a model file written by WriteFile and checks its magic;
// what is a name for errors ("parser model").
func OpenFile(r io.Reader, magic, what string) (*bufio.Reader, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	br := bufio.NewReader(zr)
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
