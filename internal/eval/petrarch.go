package eval

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"
)

// PetrarchSuite is a PETRARCH validation file: the dictionaries it is
// meant to run with, and its records.
type PetrarchSuite struct {
	Verbs    string           `xml:"Environment>Verbfile"`
	Actors   string           `xml:"Environment>Actorfile"`
	Agents   string           `xml:"Environment>Agentfile"`
	Discards string           `xml:"Environment>Discardfile"`
	Records  []PetrarchRecord `xml:"Sentences>Sentence"`
}

// PetrarchRecord is one sentence with the codings PETRARCH should give.
type PetrarchRecord struct {
	ID       string           `xml:"id,attr"`
	Date     string           `xml:"date,attr"` // YYYYMMDD
	Category string           `xml:"category,attr"`
	Codings  []PetrarchCoding `xml:"EventCoding"`
	Text     string           `xml:"Text"`
	Parse    string           `xml:"Parse"` // Penn Treebank bracketing
}

// PetrarchCoding is an expected event; NoEvents marks a record that
// should code nothing.
type PetrarchCoding struct {
	Source   string `xml:"sourcecode,attr"`
	Target   string `xml:"targetcode,attr"`
	Event    string `xml:"eventcode,attr"`
	NoEvents string `xml:"noevents,attr"`
}

// Key is how codings are compared: source, target and event code.
func (c PetrarchCoding) Key() string { return c.Source + " " + c.Target + " " + c.Event }

// ReadPetrarchSuite reads a validation file.
func ReadPetrarchSuite(r io.Reader, name string) (*PetrarchSuite, error) {
	var s PetrarchSuite
	dec := xml.NewDecoder(r)
	dec.Strict = false // the files hold comments with stray markup
	if err := dec.Decode(&s); err != nil {
		line, _ := dec.InputPos()
		return nil, fmt.Errorf("read %s line %d: %w", name, line, err)
	}
	if len(s.Records) == 0 {
		return nil, fmt.Errorf("read %s: no <Sentence> records", name)
	}
	for i := range s.Records {
		s.Records[i].Text = strings.Join(strings.Fields(s.Records[i].Text), " ")
	}
	return &s, nil
}

// PetrarchScores counts expected codings reproduced exactly and extra
// codings, over all records and by category.
type PetrarchScores struct {
	Records    int
	Expected   int // codings the records expect
	Reproduced int // of those, coded exactly (source, target and event)
	Extra      int // codings made that no record expects
	// NoEvents counts the records that expect nothing, and Silent those
	// of them that coded nothing.
	NoEvents, Silent int
	byCategory       map[string]*PetrarchScores
}

// Add scores one record's coded events against its expected ones.
func (s *PetrarchScores) Add(rec PetrarchRecord, coded []PetrarchCoding) {
	s.add(rec, coded)
	if s.byCategory == nil {
		s.byCategory = map[string]*PetrarchScores{}
	}
	c := s.byCategory[rec.Category]
	if c == nil {
		c = &PetrarchScores{}
		s.byCategory[rec.Category] = c
	}
	c.add(rec, coded)
}

func (s *PetrarchScores) add(rec PetrarchRecord, coded []PetrarchCoding) {
	s.Records++
	want := map[string]int{}
	none := false
	for _, c := range rec.Codings {
		if strings.EqualFold(c.NoEvents, "true") {
			none = true
			continue
		}
		want[c.Key()]++
		s.Expected++
	}
	if none && len(want) == 0 {
		s.NoEvents++
		if len(coded) == 0 {
			s.Silent++
		}
	}
	seen := map[string]bool{}
	for _, c := range coded {
		k := c.Key()
		if seen[k] {
			continue // the same coding from two words counts once
		}
		seen[k] = true
		if want[k] > 0 {
			s.Reproduced += want[k]
			want[k] = 0
		} else {
			s.Extra++
		}
	}
}

// Rate is the share of expected codings reproduced.
func (s *PetrarchScores) Rate() float64 { return ratio(s.Reproduced, s.Expected) }

// WriteCategories writes the scores by record category.
func (s *PetrarchScores) WriteCategories(w io.Writer) {
	var cats []string
	for c := range s.byCategory {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	fmt.Fprintf(w, "%-10s %7s %8s %10s %6s %6s\n", "category", "records", "expected", "reproduced", "rate", "extra")
	for _, c := range cats {
		x := s.byCategory[c]
		fmt.Fprintf(w, "%-10s %7d %8d %10d %6.3f %6d\n", c, x.Records, x.Expected, x.Reproduced, x.Rate(), x.Extra)
	}
}
