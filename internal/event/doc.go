// Package event codes political events — who did what to whom — from a
// parsed document with its actors and attributions, in CAMEO with the
// PLOVER event type, and says how each is asserted: negated, intended,
// hypothetical or failed, under which attribution, when and where.
//
// The knowledge is in two data files written for parley: codes.tsv (every
// CAMEO code, with its label, quad class, Goldstein score and PLOVER
// event and mode) and verbs.tsv (lemmas of verbs and nouns that express
// an event, with the code and the prepositions that mark the target).
package event
