// Package tag assigns Universal POS tags and Penn Treebank (XPOS) tags to
// words with a greedy averaged perceptron over word, affix, shape and
// context features. The model is trained by parley's own trainer on UD
// English EWT and embedded in the binary.
package tag
