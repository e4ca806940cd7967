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
	dict, err := actor.New(nil)
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
	for w, code := range otherNames(nouns, dict) {
		lines = append(lines, "alias\t"+w+"\t"+code)
	}
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
		}
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
	fmt.Fprintln(bw, "# Nationality words and other country names WordNet ties to one country; actors.tsv overrides them.")
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
