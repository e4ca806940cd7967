// Package perceptron implements the averaged perceptron that parley's
// tagger, sentence splitter and dependency parser are trained with:
// features are 64-bit hashes, training keeps dense rows per feature with
// lazily averaged weights, and a trained Model keeps only the non-zero
// weights of each feature in a compact, quantized form that is embedded in
// the binary.
package perceptron
