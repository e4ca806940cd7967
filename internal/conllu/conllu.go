// Package conllu reads and writes the CoNLL-U format of Universal
// Dependencies treebanks.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word is one syntactic word (a line with an integer ID).
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int
	Deprel string
	Deps   string
	Misc   string
}

// SpaceAfter reports whether the word is followed by a space in the
// original text (MISC has no SpaceAfter=No).
func (w Word) SpaceAfter() bool { return !hasMisc(w.Misc, "SpaceAfter=No") }

// MultiWord is a multiword token line such as "3-4 don't".
type MultiWord struct {
	First, Last int
	Form        string
	Misc        string
}

// Sentence is one sentence block.
type Sentence struct {
	Comments []string // without the leading "# "
	Words    []Word
	Multi    []MultiWord
	Line     int // line number of the first line of the block
}

// Comment returns the value of a "# key = value" comment and whether it exists.
func (s *Sentence) Comment(key string) (string, bool) {
	for _, c := range s.Comments {
		k, v, ok := strings.Cut(c, "=")
		if strings.TrimSpace(k) == key {
			if !ok {
				return "", true
			}
			return strings.TrimSpace(v), true
		}
	}
	return "", false
}

// HasComment reports whether a comment starting with key exists (for
// "newpar" and "newdoc", which may or may not carry an id).
func (s *Sentence) HasComment(key string) bool {
	for _, c := range s.Comments {
		if c == key || strings.HasPrefix(c, key+" ") || strings.HasPrefix(c, key+"=") {
			return true
		}
	}
	return false
}

// MultiAt returns the multiword token that starts at word id, if any.
func (s *Sentence) MultiAt(id int) (MultiWord, bool) {
	for _, m := range s.Multi {
		if m.First == id {
			return m, true
		}
	}
	return MultiWord{}, false
}

// SurfaceText rebuilds the sentence text from its tokens and SpaceAfter.
func (s *Sentence) SurfaceText() string {
	var b strings.Builder
	for i := 0; i < len(s.Words); i++ {
		w := s.Words[i]
		form, misc := w.Form, w.Misc
		if m, ok := s.MultiAt(w.ID); ok {
			form, misc = m.Form, m.Misc
			i += m.Last - m.First
		}
		b.WriteString(form)
		if i < len(s.Words)-1 && !hasMisc(misc, "SpaceAfter=No") {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func hasMisc(misc, item string) bool {
	if misc == "" || misc == "_" {
		return false
	}
	for _, f := range strings.Split(misc, "|") {
		if f == item {
			return true
		}
	}
	return false
}

// Reader reads sentences one at a time.
type Reader struct {
	sc   *bufio.Scanner
	name string
	line int
}

// NewReader returns a reader; name is used in error messages.
func NewReader(r io.Reader, name string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	return &Reader{sc: sc, name: name}
}

// Next returns the next sentence, or io.EOF.
func (r *Reader) Next() (*Sentence, error) {
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		line := strings.TrimRight(r.sc.Text(), "\r")
		if line == "" {
			if s != nil {
				return s, s.validate(r.name)
			}
			continue
		}
		if s == nil {
			s = &Sentence{Line: r.line}
		}
		if strings.HasPrefix(line, "#") {
			s.Comments = append(s.Comments, strings.TrimSpace(strings.TrimPrefix(line, "#")))
			continue
		}
		if err := s.addLine(line); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", r.name, r.line, err)
		}
	}
	if err := r.sc.Err(); err != nil {
		return nil, fmt.Errorf("%s line %d: %w", r.name, r.line, err)
	}
	if s != nil {
		return s, s.validate(r.name)
	}
	return nil, io.EOF
}

// validate checks what a block's lines cannot check alone: heads and
// multiword ranges point at words of the sentence.
func (s *Sentence) validate(name string) error {
	for _, w := range s.Words {
		if w.Head > len(s.Words) || w.Head == w.ID {
			return fmt.Errorf("%s sentence at line %d: word %d has head %d", name, s.Line, w.ID, w.Head)
		}
	}
	for _, m := range s.Multi {
		if m.Last > len(s.Words) {
			return fmt.Errorf("%s sentence at line %d: multiword token %d-%d beyond the last word", name, s.Line, m.First, m.Last)
		}
	}
	return nil
}

func (s *Sentence) addLine(line string) error {
	f := strings.Split(line, "\t")
	if len(f) != 10 {
		return fmt.Errorf("want 10 tab-separated fields, got %d", len(f))
	}
	id := f[0]
	if strings.Contains(id, ".") {
		return nil // empty nodes belong to enhanced dependencies only
	}
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || last < first {
			return fmt.Errorf("bad multiword token range %q", id)
		}
		s.Multi = append(s.Multi, MultiWord{First: first, Last: last, Form: f[1], Misc: f[9]})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil {
		return fmt.Errorf("bad word id %q", id)
	}
	if n != len(s.Words)+1 {
		return fmt.Errorf("word id %d out of sequence", n)
	}
	head := -1
	if f[6] != "_" {
		if head, err = strconv.Atoi(f[6]); err != nil {
			return fmt.Errorf("bad head %q", f[6])
		}
	}
	s.Words = append(s.Words, Word{ID: n, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4],
		Feats: f[5], Head: head, Deprel: f[7], Deps: f[8], Misc: f[9]})
	return nil
}

// ReadAll reads every sentence.
func ReadAll(r io.Reader, name string) ([]*Sentence, error) {
	rd := NewReader(r, name)
	var out []*Sentence
	for {
		s, err := rd.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// Write writes one sentence block followed by a blank line.
func Write(w io.Writer, s *Sentence) error {
	bw := bufio.NewWriter(w)
	for _, c := range s.Comments {
		fmt.Fprintf(bw, "# %s\n", c)
	}
	for _, wd := range s.Words {
		if m, ok := s.MultiAt(wd.ID); ok {
			fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", m.First, m.Last, m.Form, dash(m.Misc))
		}
		head := "_"
		if wd.Head >= 0 {
			head = strconv.Itoa(wd.Head)
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", wd.ID, wd.Form, dash(wd.Lemma),
			dash(wd.UPOS), dash(wd.XPOS), dash(wd.Feats), head, dash(wd.Deprel), dash(wd.Deps), dash(wd.Misc))
	}
	bw.WriteByte('\n')
	return bw.Flush()
}

func dash(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
