// Package attrib finds attributions in a parsed document: who said,
// believes or reports what. A perceptron trained on PolNeAR marks the cue
// words ("said", "according to", "told", a transcript's colon); the
// dependency parse and the quotation marks around them give each cue its
// source and its content.
package attrib
