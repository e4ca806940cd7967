// Command genwordnet writes the compact WordNet table that package lemma
// embeds, from Debian's wordnet-base package (/usr/share/wordnet).
//
// Output format, one line per entry, sorted, gzip-compressed:
//
//	n|v|a|r <TAB> word [<TAB> lexfiles]  a lemma of that part of speech
//	xn|xv|xa|xr <TAB> form <TAB> base    an irregular form (the .exc files)
//
// lexfiles, for nouns and verbs, lists the lexicographer files (WordNet's
// coarse classes: 32 verb.communication, 31 verb.cognition, 10
// noun.communication, …) of the lemma's three most frequent senses.
//
// Only single-word lemmas are kept: parley lemmatizes one word at a time.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet dict directory")
	out := flag.String("o", "wordnet.tsv.gz", "output file")
	flag.Parse()
	var lines []string
	for _, p := range []struct{ file, pos string }{{"noun", "n"}, {"verb", "v"}, {"adj", "a"}, {"adv", "r"}} {
		idx, err := readLines(filepath.Join(*dir, "index."+p.file))
		if err != nil {
			log.Fatal(err)
		}
		var lexfile map[string]string
		if p.pos == "n" || p.pos == "v" {
			if lexfile, err = readLexfiles(filepath.Join(*dir, "data."+p.file)); err != nil {
				log.Fatal(err)
			}
		}
		for _, l := range idx {
			if strings.HasPrefix(l, " ") {
				continue // licence header
			}
			f := strings.Fields(l)
			w := f[0]
			if strings.ContainsAny(w, "_") {
				continue
			}
			entry := p.pos + "\t" + w
			if lexfile != nil && len(f) > 2 {
				var n int
				fmt.Sscan(f[2], &n)
				var files []string
				for _, off := range f[len(f)-n:][:min(n, 3)] {
					if lf := lexfile[off]; lf != "" && !contains(files, lf) {
						files = append(files, lf)
					}
				}
				if len(files) > 0 {
					entry += "\t" + strings.Join(files, ",")
				}
			}
			lines = append(lines, entry)
		}
		exc, err := readLines(filepath.Join(*dir, p.file+".exc"))
		if err != nil {
			log.Fatal(err)
		}
		for _, l := range exc {
			f := strings.Fields(l)
			if len(f) < 2 || strings.Contains(f[0], "_") || strings.Contains(f[1], "_") {
				continue
			}
			lines = append(lines, "x"+p.pos+"\t"+f[0]+"\t"+f[1])
		}
	}
	sort.Strings(lines)
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	for _, l := range lines {
		fmt.Fprintln(bw, l)
	}
	if err := bw.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

func readLines(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read WordNet (apt-get install wordnet-base): %w", err)
	}
	return strings.Split(strings.TrimSpace(string(b)), "\n"), nil
}

// readLexfiles maps each synset offset of a data file to its lexicographer
// file number.
func readLexfiles(path string) (map[string]string, error) {
	lines, err := readLines(path)
	if err != nil {
		return nil, err
	}
	m := make(map[string]string, len(lines))
	for _, l := range lines {
		if strings.HasPrefix(l, " ") {
			continue
		}
		f := strings.SplitN(l, " ", 3)
		if len(f) >= 2 {
			m[f[0]] = strings.TrimLeft(f[1], "0")
		}
	}
	return m, nil
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
