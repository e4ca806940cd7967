package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

// PLOVERRecord is one gold-standard record of PLOVER's GSR files: a
// sentence with its event type and its source and target actors.
type PLOVERRecord struct {
	ID     string `json:"id"`
	Event  string `json:"event"`
	Text   string `json:"text"`
	Date   string `json:"date"`
	Source PLOVERActors
	Target PLOVERActors
}

// PLOVERActors is the source or target list of a record; the files use
// "" for none.
type PLOVERActors []struct {
	Text   string `json:"actorText"`
	Code   string `json:"code"`
	Sector string `json:"sector"`
}

// UnmarshalJSON accepts a list of actors or an empty string.
func (a *PLOVERActors) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		*a = nil
		return nil
	}
	type plain PLOVERActors
	return json.Unmarshal(b, (*plain)(a))
}

func (r *PLOVERRecord) UnmarshalJSON(b []byte) error {
	var raw struct {
		ID     string          `json:"id"`
		Event  string          `json:"event"`
		Text   string          `json:"text"`
		Date   string          `json:"date"`
		Source PLOVERActors    `json:"source"`
		Target json.RawMessage `json:"target"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	r.ID, r.Event, r.Text, r.Date, r.Source = raw.ID, raw.Event, raw.Text, raw.Date, raw.Source
	if len(raw.Target) > 0 {
		return json.Unmarshal(raw.Target, &r.Target)
	}
	return nil
}

// ReadPLOVER reads a GSR file, leaving out the DOCUMENT records that
// document the file itself.
func ReadPLOVER(r io.Reader, name string) ([]PLOVERRecord, error) {
	var all []PLOVERRecord
	if err := json.NewDecoder(r).Decode(&all); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	out := all[:0]
	for _, rec := range all {
		if rec.Event != "DOCUMENT" && strings.TrimSpace(rec.Text) != "" {
			out = append(out, rec)
		}
	}
	return out, nil
}

// Countries returns the set of country codes of the actors.
func (a PLOVERActors) Countries() map[string]bool {
	set := map[string]bool{}
	for _, x := range a {
		if len(x.Code) >= 3 {
			set[x.Code[:3]] = true
		}
	}
	return set
}

// PLOVERScores accumulates the comparison of coded events with gold
// records.
type PLOVERScores struct {
	Records, TypeCorrect, FullCorrect int
	Source, Target                    Score
	Confusion                         map[[2]string]int // gold, predicted
}

// TypeAccuracy is the share of records whose event type was right.
func (s *PLOVERScores) TypeAccuracy() float64 { return ratio(s.TypeCorrect, s.Records) }

// FullAccuracy is the share of records whose type, sources and targets
// were all right.
func (s *PLOVERScores) FullAccuracy() float64 { return ratio(s.FullCorrect, s.Records) }

// Add scores one record: the predicted type ("" when none) and the
// country codes of the predicted source and target.
func (s *PLOVERScores) Add(gold PLOVERRecord, predType string, src, tgt map[string]bool) {
	if s.Confusion == nil {
		s.Confusion = map[[2]string]int{}
	}
	s.Records++
	s.Confusion[[2]string{gold.Event, predType}]++
	typeOK := predType == gold.Event
	if typeOK {
		s.TypeCorrect++
	}
	gs, gt := gold.Source.Countries(), gold.Target.Countries()
	s.Source = addSets(s.Source, gs, src)
	s.Target = addSets(s.Target, gt, tgt)
	if typeOK && equalSets(gs, src) && equalSets(gt, tgt) {
		s.FullCorrect++
	}
}

func addSets(sc Score, gold, pred map[string]bool) Score {
	sc.Gold += len(gold)
	sc.System += len(pred)
	for k := range pred {
		if gold[k] {
			sc.Correct++
		}
	}
	return sc
}

func equalSets(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// WriteConfusion prints the confusion table of event types, gold in rows.
func (s *PLOVERScores) WriteConfusion(w io.Writer) {
	types := map[string]bool{}
	for k := range s.Confusion {
		types[k[0]] = true
		types[k[1]] = true
	}
	var names []string
	for t := range types {
		names = append(names, t)
	}
	sort.Strings(names)
	abbrev := func(t string) string {
		if t == "" {
			return "none"
		}
		return t[:min(4, len(t))]
	}
	fmt.Fprintf(w, "%-12s", "gold\\pred")
	for _, p := range names {
		fmt.Fprintf(w, " %5s", abbrev(p))
	}
	fmt.Fprintln(w)
	for _, g := range names {
		row := 0
		for _, p := range names {
			row += s.Confusion[[2]string{g, p}]
		}
		if row == 0 {
			continue
		}
		fmt.Fprintf(w, "%-12s", g)
		for _, p := range names {
			if n := s.Confusion[[2]string{g, p}]; n > 0 {
				fmt.Fprintf(w, " %5d", n)
			} else {
				fmt.Fprintf(w, " %5s", ".")
			}
		}
		fmt.Fprintln(w)
	}
}
