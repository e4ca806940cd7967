// Command gendemonyms writes wordnet.tsv, the nationality words and other
// country names that package actor embeds, from Debian's wordnet-base
// package (/usr/share/wordnet).
//
// WordNet links an adjective to the noun it pertains to ("Serbian" →
// Serbia, pointer \ or +) and a person noun to the place it is a member
// of ("Moroccan" #m Morocco). Every such word whose place is a country
// that package actor knows by name becomes a demonym of that country;
// person nouns also get their plural ("Moroccans"). A word that WordNet
// ties to two countries ("Dominican", "Congolese") is left out, so that it
// codes nothing rather than the wrong country.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/parley-news/parley/internal/actor"
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet dict directory")
	out := flag.String("o", "wordnet.tsv", "output file")
	flag.Parse()
	dict, err := actor.NewBase()
	if err != nil {
		log.Fatal(err)
	}
	nouns, err := readSynsets(filepath.Join(*dir, "data.noun"))
	if err != nil {
		log.Fatal(err)
	}
	adjs, err := readSynsets(filepath.Join(*dir, "data.adj"))
	if err != nil {
		log.Fatal(err)
	}
	// The countries among WordNet's places (lexicographer file 15,
	// noun.location), by synset offset.
	country := map[string]string{}
	names := map[string][]string{} // the words of each country's synsets
	for off, s := range nouns {
		if s.lexfile != "15" {
			continue
		}
		for _, w := range s.words {
			if e, ok := dict.Lookup(w); ok && e.Kind == "country" {
				country[off] = e.Country
			}
		}
		if code := country[off]; code != "" {
			names[code] = append(names[code], s.words...)
		}
	}
	found := map[string]map[string]bool{} // word -> countries
	add := func(word, code string) {
		if found[word] == nil {
			found[word] = map[string]bool{}
		}
		found[word][code] = true
	}
	for _, s := range adjs {
		for _, p := range s.pointers {
			if code := country[p.target]; code != "" && p.pos == "n" && (p.symbol == `\` || p.symbol == "+") {
				for _, w := range s.words {
					add(w, code)
				}
			}
		}
	}
	for _, s := range nouns {
		if s.lexfile != "18" { // noun.person
			continue
		}
		for _, p := range s.pointers {
			if code := country[p.target]; code != "" && p.symbol == "#m" {
				for _, w := range s.words {
					add(w, code)
					if pl := plural(w); pl != "" {
						add(pl, code)
					}
				}
			}
		}
	}
	var lines []string
	demonyms := map[string]bool{}
	for w, codes := range found {
		if len(codes) != 1 || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		if e, ok := dict.Lookup(w); ok && e.Kind == "country" {
			continue // a country's own name ("Maroc") is not its demonym
		}
		for code := range codes {
			if !namesCountry(w, names[code]) {
				continue
			}
			lines = append(lines, "demonym\t"+w+"\t"+code)
			demonyms[w] = true
		}
	}
	// A word that is both ("Tajik", WordNet's adjective "Maroc") is a
	// demonym: the later line would win anyway.
	for w, code := range otherNames(nouns, dict) {
		if !demonyms[w] {
			lines = append(lines, "alias\t"+w+"\t"+code)
		}
	}
	for w, code := range places(nouns, adjs, country, dict) {
		lines = append(lines, "place\t"+w+"\t"+code)
	}
	sort.Strings(lines)
	if err := write(*out, lines); err != nil {
		log.Fatal(err)
	}
}

// otherNames are the names WordNet gives a country besides the one
// package actor knows ("Bosnia", "Burma", "PRC", "Ivory Coast"): the words
// of synsets that are instances of a country or nation and hold a known
// country name. Places that only share a name with a country (the US
// state of Georgia, the province of Bosnia) are not instances of a
// country, and a name two countries share is left out.
func otherNames(nouns map[string]synset, dict *actor.Dictionary) map[string]string {
	found := map[string]map[string]bool{}
	for _, s := range nouns {
		if s.lexfile != "15" || !isCountry(s, nouns) {
			continue
		}
		code := ""
		for _, w := range s.words {
			if e, ok := dict.Lookup(w); ok && e.Kind == "country" {
				code = e.Country
			}
		}
		if code == "" {
			continue
		}
		for _, w := range s.words {
			if _, known := dict.Lookup(w); known || w[0] < 'A' || w[0] > 'Z' {
				continue
			}
			if found[w] == nil {
				found[w] = map[string]bool{}
			}
			found[w][code] = true
		}
	}
	out := map[string]string{}
	for w, codes := range found {
		for code := range codes {
			if len(codes) == 1 {
				out[w] = code
			}
		}
	}
	return out
}

// places are the cities, towns and regions WordNet puts inside one
// country: instances of a place (noun.location) whose chain of "part of"
// pointers (#p) reaches a country within four steps ("Jericho" → West
// Bank, "Kirkuk" → Iraq). A name is left out when package actor knows
// it already, when two places of that name lie in different countries,
// when it is also a person's name ("Lincoln", "Houston") or an ordinary
// word ("Nice", "Reading", "Split"), or a two-letter postal code, so that
// a place codes nothing rather than something wrong.
func places(nouns, adjs map[string]synset, country map[string]string, dict *actor.Dictionary) map[string]string {
	common := map[string]bool{} // lower-case words and the names of people
	for _, set := range []map[string]synset{nouns, adjs} {
		for _, s := range set {
			for _, w := range s.words {
				if w[0] < 'A' || w[0] > 'Z' || s.lexfile == "18" {
					common[strings.ToLower(w)] = true
				}
			}
		}
	}
	inside := func(off string) string {
		seen := map[string]bool{}
		frontier := []string{off}
		for depth := 0; depth < 4 && len(frontier) > 0; depth++ {
			var next []string
			for _, o := range frontier {
				for _, p := range nouns[o].pointers {
					if p.symbol != "#p" || seen[p.target] {
						continue
					}
					seen[p.target] = true
					if code := country[p.target]; code != "" {
						return code
					}
					next = append(next, p.target)
				}
			}
			frontier = next
		}
		return ""
	}
	// Every named place once: the country it lies in, or "" for none.
	placeCountry := map[string]string{}
	for off, s := range nouns {
		if s.lexfile == "15" && country[off] == "" && instance(s) {
			placeCountry[off] = inside(off)
		}
	}
	found := map[string]map[string]bool{}
	for off, code := range placeCountry {
		if code == "" {
			continue
		}
		for _, w := range nouns[off].words {
			if w[0] < 'A' || w[0] > 'Z' {
				continue
			}
			if found[w] == nil {
				found[w] = map[string]bool{}
			}
			found[w][code] = true
		}
	}
	// A name that also names a place in no country, or in another one,
	// is ambiguous too.
	for off, code := range placeCountry {
		if code != "" {
			continue
		}
		for _, w := range nouns[off].words {
			if found[w] != nil {
				found[w]["?"] = true
			}
		}
	}
	out := map[string]string{}
	for w, codes := range found {
		if len(codes) != 1 || common[strings.ToLower(w)] || contested[w] || postalCode(w) {
			continue
		}
		if _, known := dict.Lookup(w); known {
			continue
		}
		for code := range codes {
			out[w] = code
		}
	}
	return out
}

// postalCode: a two-letter abbreviation ("AL", "ME", "OR"), which names
// are looked up regardless of case would find in "Al-", "Me" and "or".
func postalCode(w string) bool {
	return len(w) == 2 && strings.ToUpper(w) == w
}

// contested are regions that WordNet puts in one country and news
// reports in several, or that are in dispute: they code no country.
var contested = map[string]bool{
	"Kurdistan": true, "Kashmir": true, "Jammu and Kashmir": true, "Punjab": true, "Golan Heights": true,
}

// instance reports whether a synset is an instance of something (a
// particular place), not a kind of place.
func instance(s synset) bool {
	for _, p := range s.pointers {
		if p.symbol == "@i" {
			return true
		}
	}
	return false
}

// isCountry reports whether a synset is an instance of a country: its
// hypernym is "country, state, land" or an "Asian country", "European
// nation" and the like.
func isCountry(s synset, nouns map[string]synset) bool {
	for _, p := range s.pointers {
		if p.symbol != "@i" && p.symbol != "@" {
			continue
		}
		for _, w := range nouns[p.target].words {
			if w == "country" || strings.HasSuffix(w, " country") || strings.HasSuffix(w, " nation") {
				return true
			}
		}
	}
	return false
}

// namesCountry reports whether a word begins as one of the country's
// names does ("Serb" – Serbia, "Swede" – Sweden, "Persian" – Persia).
// WordNet also ties peoples, languages and tribes to a country ("Komi",
// "Xhosa", "Chiluba", also a Zambian president's name), which are no
// nationality words.
func namesCountry(word string, names []string) bool {
	for _, n := range names {
		if len(word) >= 3 && len(n) >= 3 && strings.EqualFold(word[:3], n[:3]) {
			return true
		}
	}
	return false
}

func write(path string, lines []string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	fmt.Fprintln(bw, "# Generated by internal/actor/internal/gendemonyms from WordNet 3.0 (Debian wordnet-base); do not edit.")
	fmt.Fprintln(bw, "# Nationality words, other country names and places WordNet ties to one country; actors.tsv overrides them.")
	for _, l := range lines {
		fmt.Fprintln(bw, l)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return f.Close()
}

// plural is the plural of a person noun, or "" when it has none of its
// own ("Chinese", "Swiss", "Frenchman" → "Frenchmen").
func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "man") && len(w) >= 7: // "Dutchman", not "German"
		return strings.TrimSuffix(w, "man") + "men"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "sh"), strings.HasSuffix(w, "ch"),
		strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"), strings.HasSuffix(w, "ese"):
		return ""
	}
	return w + "s"
}

type pointer struct{ symbol, target, pos string }

type synset struct {
	lexfile  string
	words    []string
	pointers []pointer
}

// readSynsets reads a WordNet data file: offset, lexicographer file,
// part of speech, words, pointers (see wndb(5)).
func readSynsets(path string) (map[string]synset, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read WordNet (apt-get install wordnet-base): %w", err)
	}
	out := map[string]synset{}
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == ' ' {
			continue // licence header
		}
		f := strings.Fields(strings.SplitN(line, " | ", 2)[0])
		if len(f) < 4 {
			return nil, fmt.Errorf("%s line %d: too few fields", path, n+1)
		}
		s := synset{lexfile: strings.TrimLeft(f[1], "0")}
		if s.lexfile == "" {
			s.lexfile = "0"
		}
		var nw int
		fmt.Sscanf(f[3], "%x", &nw)
		k := 4
		for i := 0; i < nw && k+1 < len(f); i++ {
			w := f[k]
			if p := strings.IndexByte(w, '('); p > 0 {
				w = w[:p] // adjective markers: "Serbian(a)"
			}
			s.words = append(s.words, strings.ReplaceAll(w, "_", " "))
			k += 2
		}
		var np int
		if k < len(f) {
			fmt.Sscanf(f[k], "%d", &np)
			k++
		}
		for i := 0; i < np && k+3 < len(f); i++ {
			s.pointers = append(s.pointers, pointer{symbol: f[k], target: f[k+1], pos: f[k+2]})
			k += 4
		}
		out[f[0]] = s
	}
	return out, nil
}
