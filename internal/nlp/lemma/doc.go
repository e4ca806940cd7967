// Package lemma gives the dictionary form of a word from its part of
// speech: a closed-class table for pronouns, auxiliaries and clitics, and
// WordNet's morphy algorithm (irregular-form lists plus suffix rules checked
// against WordNet's lemmas) for nouns, verbs, adjectives and adverbs.
//
// wordnet.tsv.gz is generated from Debian's wordnet-base package by
// `go generate` (see internal/genwordnet); WordNet 3.0 is © Princeton
// University, licence in WORDNET-LICENSE.txt.
package lemma

//go:generate go run ./internal/genwordnet -o wordnet.tsv.gz
