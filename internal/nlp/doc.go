// Package nlp runs parley's English pipeline over a Document: tokens and
// sentences (package token), tags (tag), lemmas (lemma) and a labeled
// dependency parse (parse), all with offsets into the original text.
//
// Between the models, Annotate repairs what news text gets wrong in
// them: tagrepair.go holds the rules over the tags, run before the parse;
// pipeline.go the rules over the parse, run after it, each undoing one
// parse the words around it contradict, with its example.
package nlp
