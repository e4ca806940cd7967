package cli

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/eval"
	"github.com/parley-news/parley/internal/event"
)

func runEvalPLOVER(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval plover", "[flags] FILE.json",
		`Code the sentences of PLOVER gold-standard records (e.g.
../shared/plover/PLOVER_GSR_CAMEO.dev.json) and compare with them: event
type accuracy (PLOVER 0.5 types, as the records use), source and target
country F1, full-record accuracy (type, sources and targets all right),
and the confusion table of event types. The coded event of a sentence is
its first event that is not a plain statement.`)
	verbose := fs.Bool("v", false, "print every record with the coded event")
	models := fs.String("models", "", "directory of models written by parley train (default: the models built in)")
	var dicts coderFlags
	dicts.register(fs)
	if err := parseFlags(fs, dictArgs(args)); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	recs, err := readFileWith(fs.Arg(0), eval.ReadPLOVER)
	if err != nil {
		return err
	}
	c, err := dicts.load(*models, e.log)
	if err != nil {
		return err
	}
	var sc eval.PLOVERScores
	for _, rec := range recs {
		if err := ctx.Err(); err != nil {
			return err
		}
		d := &document.Document{ID: rec.ID, Text: rec.Text, Parts: []document.Part{{Kind: document.Paragraph, Start: 0, End: len(rec.Text)}}}
		if t, err := time.Parse("2006-01-02", rec.Date); err == nil {
			d.Published = t
		}
		if err := d.Apply(c.Code); err != nil {
			e.log.Warn("record not coded; scored with no event", "record", rec.ID, "err", err)
			d.Events = nil
		}
		typ, src, tgt := mainEvent(d)
		sc.Add(rec, typ, src, tgt)
		if *verbose {
			fmt.Fprintf(e.stdout, "%s\tgold %s\tcoded %s\tsrc %v\ttgt %v\n", rec.ID, rec.Event, typ, keys(src), keys(tgt))
		}
	}
	fmt.Fprintf(e.stdout, "%s: %d records\n\n", fs.Arg(0), sc.Records)
	fmt.Fprintf(e.stdout, "event type accuracy   %.3f (%d/%d)\n", sc.TypeAccuracy(), sc.TypeCorrect, sc.Records)
	fmt.Fprintf(e.stdout, "source country        P %.3f  R %.3f  F1 %.3f\n", sc.Source.Precision(), sc.Source.Recall(), sc.Source.F1())
	fmt.Fprintf(e.stdout, "target country        P %.3f  R %.3f  F1 %.3f\n", sc.Target.Precision(), sc.Target.Recall(), sc.Target.F1())
	fmt.Fprintf(e.stdout, "full record accuracy  %.3f (%d/%d)\n\n", sc.FullAccuracy(), sc.FullCorrect, sc.Records)
	sc.WriteConfusion(e.stdout)
	return nil
}

// mainEvent picks the sentence's coded event: the first that is not a
// plain statement, with the countries of all its sources and targets
// (conjoined actors give one event each on the same word).
func mainEvent(d *document.Document) (string, map[string]bool, map[string]bool) {
	src, tgt := map[string]bool{}, map[string]bool{}
	var chosen *document.Event
	for i := range d.Events {
		if event.GSRType(d.Events[i].CAMEO) != "" {
			chosen = &d.Events[i]
			break
		}
	}
	if chosen == nil {
		return "", src, tgt
	}
	for _, e := range d.Events {
		if e.Evidence != chosen.Evidence {
			continue
		}
		if c := country(e.Source.Code); c != "" {
			src[c] = true
		}
		if c := country(e.Target.Code); c != "" {
			tgt[c] = true
		}
	}
	return event.GSRType(chosen.CAMEO), src, tgt
}

// country is the country part of a CAMEO actor code ("TURGOV" -> "TUR"),
// or "" for a code that is only a sector ("GOV", "MED"). International
// and non-governmental organisations keep their "IGO" and "NGO": the
// gold records put them where a country goes ("code": "IGO").
func country(code string) string {
	if len(code) < 3 {
		return ""
	}
	switch code[:3] {
	case "GOV", "MIL", "MED", "LEG", "JUD", "REB", "OPP", "COP", "BUS", "PTY", "ELI":
		return ""
	}
	return code[:3]
}

// keys are a set's members in order, so that -v prints the same twice.
func keys(m map[string]bool) []string { return slices.Sorted(maps.Keys(m)) }
