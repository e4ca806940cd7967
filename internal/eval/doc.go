// Package eval measures parley against gold standards: Universal
// Dependencies treebanks (the CoNLL 2018 shared task's token, sentence,
// UPOS, UAS and LAS scores, with words aligned on characters so that a
// system's own tokenization can be scored).
package eval
