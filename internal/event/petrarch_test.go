package event_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/coder"
	"github.com/parley-news/parley/internal/event"
	"github.com/parley-news/parley/internal/petrarch"
)

// Dictionaries written for this test, in the PETRARCH formats.
var petrarchTestFiles = map[petrarch.Kind]string{
	petrarch.KindVerbs: `
--- RESTORE  [060]  ---
RESTORE
- * DIPLOMATIC TIES [064]

--- ARRIVE  [032:033]  ---
ARRIVE

--- WELCOME  [041]  ---
WELCOME
- * {IN EXILE} [:075]

--- DELAY  [120]  ---
POSTPONE
- % HAVE * [191]

--- ACCUSE  [112]  ---
ACCUSE
- $ * + OF TREASON [1121]

--- EXCLUDE  [1721]  ---
+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF}
`,
	petrarch.KindActors: `GONDOR [GON]
+MINAS_TIRITH
ARNOR_ [ARN]
OSGILIATH [OSG]
MORDOR [MOR]
+BARAD-DUR
AMNESTY_INTERNATIONAL [NGM]
PRINCE OF DOL AMROTH [DOL]
THE_SHIRE [FRO/BIL]
SAM_GAMGEE [HOB]
	[HOBGOV 20121109-20130119]
`,
	petrarch.KindAgents: `GOVERNMENT [~GOV]
SOLDIER [~MIL]
ACTIVIST [~OPP]
AMBASSADOR [~GOV]
MSF {} [NGO~]
`,
	petrarch.KindDiscards: "+WORLD CUP\n",
}

func petrarchCoder(t testing.TB) *coder.Coder {
	t.Helper()
	d := petrarch.New()
	for kind, text := range petrarchTestFiles {
		if err := d.Read(strings.NewReader(text), "test."+string(kind), kind); err != nil {
			t.Fatal(err)
		}
	}
	base, err := theCoder()
	if err != nil {
		t.Fatal(err)
	}
	c := *base
	c.Petrarch = event.NewPetrarchCoder(d, c.Events)
	return &c
}

func petrarchCodings(c *coder.Coder, text string, day time.Time) []string {
	d := article.FromText(text)
	d.Published = day
	c.Code(d)
	var out []string
	for _, e := range d.Events {
		out = append(out, fmt.Sprintf("%s %s %s", e.Source.Code, e.Target.Code, e.CAMEO))
	}
	return out
}

func TestPetrarchCoder(t *testing.T) {
	c := petrarchCoder(t)
	day := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		want []string
	}{
		// A pattern refines the block's code.
		{"Arnor restored diplomatic ties with Gondor.", []string{"ARN GON 064"}},
		{"Arnor restored trade with Gondor.", []string{"ARN GON 060"}},
		// A:B codes the reciprocal event; :B that alone.
		{"Gondor welcomed Arnor in exile.", []string{"ARN GON 075"}},
		{"Arnor's ambassador arrived in Minas Tirith on Monday.", []string{"ARNGOV GON 032", "GON ARNGOV 033"}},
		// Conjuncts give one event each, agents apply to each.
		{"The ambassadors of Arnor and Osgiliath welcomed Mordor.", []string{"ARNGOV MOR 041", "OSGGOV MOR 041"}},
		{"Gondor welcomed ties with Arnor and Mordor.", []string{"GON ARN 041", "GON MOR 041"}},
		// A compound without a target: each with the other.
		{"Gondor and Osgiliath have postponed their meeting.", []string{"GON OSG 191", "OSG GON 191"}},
		// $ and + bind the sides.
		{"Gondor accused Mordor of treason.", []string{"GON MOR 1121"}},
		// A prefix agent, a suffix agent.
		{"MSF Arnor welcomed Osgiliath soldiers.", []string{"NGOARN OSGMIL 041"}},
		// ARNOR_ is no stem; the null target codes nothing.
		{"Arnorians welcomed Gondor.", nil},
		// An actor with several codes is several actors.
		{"The Shire welcomed Gondor.", []string{"FRO GON 041", "BIL GON 041"}},
		// A pronoun subject of a complement: the subject it refers to.
		{"Gondor indicated it would welcome Mordor.", []string{"GON MOR 041"}},
		// Agents alone: an actor of unknown country.
		{"The government welcomed Gondor.", []string{"---GOV GON 041"}},
		// The passive subject is the target; the agent the source.
		{"Gondor was welcomed by Arnor.", []string{"ARN GON 041"}},
		// The subject of a complement clause after the verb.
		{"Arnor welcomed that Mordor restored ties.", []string{"ARN MOR 041"}},
		// A source without a target codes nothing by default.
		{"Gondor arrived.", nil},
		// A story discard.
		{"Gondor welcomed Arnor at the World Cup.", nil},
		// A multi-word verb whose particle the parse took for a
		// preposition: its object is still the target.
		{"Soldiers from Gondor have cordoned off the roads leading into Mordor.", []string{"GONMIL MOR 1721"}},
		// The last conjunct the parse calls a list item ("…, and good
		// Gondor") is a conjunct still.
		{"Evil Mordor, the awful Arnor, and good Gondor welcomed Osgiliath.", []string{"MOR OSG 041", "ARN OSG 041", "GON OSG 041"}},
		// A hyphenated name, which the tokenizer splits.
		{"Gondor welcomed the envoys of Barad-dur.", []string{"GON MOR 041"}},
		// Words joined with underscores, as the dictionaries join them.
		{"Gondor welcomed the Prince of Dol_Amroth.", []string{"GON DOL 041"}},
		// A name the parse split belongs to the side of its first word.
		{"The activists of Amnesty International are about to restore diplomatic ties with Gondor.", []string{"NGMOPP GON 064"}},
	}
	for _, tt := range tests {
		got := petrarchCodings(c, tt.text, day)
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("%q:\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
	// An actor's code depends on the date.
	for day, want := range map[string]string{"19950101": "HOB GON 041", "20121225": "HOBGOV GON 041"} {
		d, _ := time.Parse("20060102", day)
		if got := petrarchCodings(c, "Sam Gamgee welcomed Gondor.", d); len(got) != 1 || got[0] != want {
			t.Errorf("on %s: %v, want %s", day, got, want)
		}
	}
}

func TestPetrarchNullTargets(t *testing.T) {
	c := petrarchCoder(t)
	c.Petrarch.NullTargets = true
	if got := petrarchCodings(c, "Gondor arrived.", time.Time{}); strings.Join(got, "; ") != "GON --- 032" {
		t.Errorf("with null targets: %v, want [GON --- 032]", got)
	}
}

// TestPetrarchEventFields: events coded with PETRARCH dictionaries carry
// what parley's own do — evidence, labels, modality, offsets.
func TestPetrarchEventFields(t *testing.T) {
	c := petrarchCoder(t)
	d := article.FromText("Arnor will not restore diplomatic ties with Gondor.")
	c.Code(d)
	if len(d.Events) != 1 {
		t.Fatalf("events = %+v", d.Events)
	}
	e := d.Events[0]
	if d.Text[e.Evidence.Start:e.Evidence.End] != "restore" || !e.Negated || e.Label == "" || e.Root != "06" {
		t.Errorf("event = %+v", e)
	}
	if d.Text[e.Source.Start:e.Source.End] != e.Source.Text || !strings.Contains(e.Target.Text, "Gondor") {
		t.Errorf("sides = %+v / %+v", e.Source, e.Target)
	}
}

// BenchmarkPetrarchCoder codes the seed article with the Phoenix
// dictionaries when ../shared has them, else the wire story of the CLI
// tests with this file's small dictionaries.
func BenchmarkPetrarchCoder(b *testing.B) {
	base, err := theCoder()
	if err != nil {
		b.Fatal(err)
	}
	shared := filepath.Join("..", "..", "..", "shared")
	dir := filepath.Join(shared, "petrarch", "dictionaries")
	dict, err := petrarch.LoadFiles(filepath.Join(dir, "CAMEO.2.0.txt"), filepath.Join(dir, "Phoenix.Countries.actors.txt"),
		filepath.Join(dir, "Phoenix.International.actors.txt"), filepath.Join(dir, "Phoenix.agents.txt"))
	text, rerr := os.ReadFile(filepath.Join(shared, "seed", "000_bb7310f83aa69dfe.txt"))
	if err != nil || rerr != nil {
		dict = petrarchCoder(b).Petrarch.Dictionaries()
		if text, err = os.ReadFile(filepath.Join("..", "cli", "testdata", "wire.txt")); err != nil {
			b.Fatal(err)
		}
	}
	pc := event.NewPetrarchCoder(dict, base.Events)
	d := article.FromText(string(text))
	base.Code(d)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		pc.Code(d)
	}
	b.ReportMetric(float64(len(d.Events)), "events")
}
