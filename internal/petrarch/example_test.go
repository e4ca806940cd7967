package petrarch_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/parley-news/parley/internal/petrarch"
)

// Reading a verb and an actor dictionary, and matching a sentence's verb
// against the patterns of its block.
func Example() {
	d := petrarch.New()
	verbs := "--- RESTORE [060] ---\nRESTORE\n- * DIPLOMATIC TIES [064]\n"
	actors := "ARNOR_ [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\n"
	if err := d.Read(strings.NewReader(verbs), "example.verbs", petrarch.KindVerbs); err != nil {
		fmt.Println(err)
	}
	if err := d.Read(strings.NewReader(actors), "example.actors", petrarch.KindActors); err != nil {
		fmt.Println(err)
	}
	words := strings.Fields("ARNOR RESTORED FULL DIPLOMATIC TIES WITH MINAS TIRITH")
	s := &petrarch.Sentence{Words: words, Actors: d.Actors.Find(words)}
	m, _ := d.Verbs.Verb(s, 1, "RESTORE", 0, len(words))
	fmt.Println("code", m.Code, "from the pattern on line", m.Pattern)
	for _, a := range s.Actors {
		fmt.Println(strings.Join(words[a.Start:a.End], " "), a.Code(time.Time{}))
	}
	// Output:
	// code 064 from the pattern on line 3
	// ARNOR ARN
	// MINAS TIRITH GON
}
