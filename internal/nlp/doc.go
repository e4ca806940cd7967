// Package nlp runs parley's English pipeline over a Document: tokens and
// sentences (package token), tags (tag), lemmas (lemma) and a labeled
// dependency parse (parse), all with offsets into the original text.
package nlp
