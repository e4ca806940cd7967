// Package token splits text into tokens and sentences with byte offsets
// into the original text. Tokens follow the conventions of the Universal
// Dependencies English treebanks: punctuation, hyphens and slashes between
// words are split off, contractions and possessives ("don't", "Iran's")
// are one token of several words, and abbreviations ("U.S.", "Gen.") keep
// their periods. Sentence boundaries come from a perceptron model trained
// on UD English EWT by parley's own trainer, over the tokens.
package token
