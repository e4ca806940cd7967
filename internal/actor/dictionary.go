package actor

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/biter777/countries"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

//go:embed actors.tsv
var builtin string

// demonyms are the nationality words WordNet ties to a country, generated
// by internal/gendemonyms; actors.tsv, read after them, overrides them.
//
//go:generate go run ./internal/gendemonyms -o demonyms.tsv
//go:embed demonyms.tsv
var demonyms string

// Entry is what the dictionary knows of a name.
type Entry struct {
	Kind    string // alias, demonym, title, institution, media, person, country, capital
	Name    string // canonical name
	Country string
	Sector  string
}

// Dictionary maps lower-cased names and titles to entries. It is
// read-only once built and safe for concurrent use.
type Dictionary struct {
	names   map[string]Entry
	surname map[string]Entry // last word of a known person's name
	longest int              // words in the longest name
}

// Default returns the built-in dictionary, built on first use.
var Default = sync.OnceValues(func() (*Dictionary, error) { return New(nil) })

// New returns the built-in dictionary extended with the user's files, in
// the format of actors.tsv.
func New(extra map[string]io.Reader) (*Dictionary, error) {
	d := newDictionary()
	if err := d.Add(strings.NewReader(demonyms), "demonyms.tsv"); err != nil {
		return nil, err
	}
	if err := d.Add(strings.NewReader(builtin), "actors.tsv"); err != nil {
		return nil, err
	}
	for name, r := range extra {
		if err := d.Add(r, name); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func newDictionary() *Dictionary {
	d := &Dictionary{names: map[string]Entry{}, surname: map[string]Entry{}}
	regions := display.English.Regions()
	for _, c := range countries.All() {
		code := c.Alpha3()
		if len(code) != 3 {
			continue
		}
		name := c.String()
		if i := strings.Index(name, " ("); i > 0 {
			name = name[:i] // "Iran (Islamic Republic of)"
		}
		// The name in news is CLDR's ("Libya", "Russia", "South Korea")
		// more often than the ISO one ("Libyan Arab Jamahiriya"); both
		// are looked up, and CLDR's is the one shown.
		if common := commonName(regions, c.Alpha2()); common != "" && common != name {
			d.put(name, Entry{Kind: "country", Name: common, Country: code})
			name = common
		}
		d.put(name, Entry{Kind: "country", Name: name, Country: code})
		if capital := c.Capital().String(); capital != "" && capital != "Unknown" {
			d.put(capital, Entry{Kind: "capital", Name: name, Country: code, Sector: "GOV"})
		}
	}
	return d
}

// commonName is the English name CLDR gives a region, with "&" spelled
// out; "" for none, or for names that are not how a text names the
// country ("Congo - Kinshasa", "Hong Kong SAR China").
func commonName(regions display.Namer, alpha2 string) string {
	r, err := language.ParseRegion(alpha2)
	if err != nil {
		return ""
	}
	name := strings.ReplaceAll(regions.Name(r), " & ", " and ")
	if strings.Contains(name, " - ") || strings.Contains(name, "SAR") || strings.Contains(name, "(") {
		return ""
	}
	return name
}

func (d *Dictionary) put(name string, e Entry) {
	key := strings.ToLower(name)
	if _, ok := d.names[key]; ok && e.Kind == "capital" {
		return // a country's name wins over another's capital
	}
	d.names[key] = e
	d.longest = max(d.longest, len(strings.Fields(name)))
}

// Add reads entries: lines of kind, name, country, sector separated by
// tabs; "#" starts a comment.
func (d *Dictionary) Add(r io.Reader, source string) error {
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || f[1] == "" {
			return fmt.Errorf("%s line %d: want kind<TAB>name[<TAB>country[<TAB>sector]]", source, n)
		}
		e := Entry{Kind: f[0], Name: f[1]}
		if len(f) > 2 {
			e.Country = f[2]
		}
		if len(f) > 3 {
			e.Sector = f[3]
		}
		switch e.Kind {
		case "alias":
			if c, ok := d.names[strings.ToLower(e.Country)]; ok && c.Kind == "country" {
				e.Name = c.Name
			} else if c := countries.ByName(e.Country); c.Alpha3() == e.Country {
				e.Name = strings.Split(c.String(), " (")[0]
			}
			e.Kind = "country"
		case "demonym", "title", "institution", "media":
		case "person":
			words := strings.Fields(e.Name)
			d.surname[strings.ToLower(words[len(words)-1])] = e
		default:
			return fmt.Errorf("%s line %d: unknown kind %q", source, n, e.Kind)
		}
		d.put(e.Name, e)
		if e.Kind == "country" {
			d.names[strings.ToLower(f[1])] = e
		}
	}
	return sc.Err()
}

// Lookup returns the entry for a name or title.
func (d *Dictionary) Lookup(name string) (Entry, bool) {
	e, ok := d.names[strings.ToLower(name)]
	return e, ok
}

// Surname returns the known person whose last name this is.
func (d *Dictionary) Surname(name string) (Entry, bool) {
	e, ok := d.surname[strings.ToLower(name)]
	return e, ok
}
