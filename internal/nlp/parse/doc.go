// Package parse is a labeled dependency parser for Universal Dependencies:
// an arc-hybrid transition system with the root at the end of the buffer,
// greedy decoding, and an averaged perceptron over rich non-local features
// (Zhang and Nivre 2011), trained with a dynamic oracle and exploration
// (Goldberg and Nivre 2013) by parley's own trainer on UD English EWT. The
// trained model is embedded in the binary.
package parse
