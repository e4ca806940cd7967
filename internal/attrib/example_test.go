package attrib_test

import (
	"fmt"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/attrib"
	"github.com/parley-news/parley/internal/nlp"
)

// A statement relayed inside another's content is an attribution of its
// own, within the one that holds it and relayed by that one's source.
func ExampleExtractor_Extract() {
	p, err := nlp.Load()
	if err != nil {
		panic(err)
	}
	x, err := attrib.Default()
	if err != nil {
		panic(err)
	}
	d := article.FromText("Iran has never had any contact with the Americans, Araghchi said, according to state media.")
	p.Analyze(d)
	text := func(start, end int) string { return d.Text[start:end] }
	for _, a := range x.Extract(d) {
		fmt.Printf("%s %s: %q %q %q", a.ID, a.Kind, text(a.Source.Start, a.Source.End), text(a.Cue.Start, a.Cue.End), text(a.Content.Start, a.Content.End))
		if a.Within != "" {
			fmt.Printf(" within %s, relayed by %q", a.Within, text(a.ReportedBySpan.Start, a.ReportedBySpan.End))
		}
		fmt.Println()
	}
	// Output:
	// a1 according_to: "state media" "according to" "Iran has never had any contact with the Americans, Araghchi said"
	// n1 indirect: "Araghchi" "said" "Iran has never had any contact with the Americans" within a1, relayed by "state media"
}
