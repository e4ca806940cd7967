// Package petrarch reads event-coding dictionaries in the formats of
// PETRARCH and TABARI — verbs with synsets and patterns, actors with date
// restrictions, agents, discards — and matches them against the words of
// a sentence, so that users can code events with the Phoenix dictionaries
// they already maintain.
//
// The package owns the formats and the matching of phrases and patterns
// over upper-cased words; which words are the subject or the object of a
// verb is the event coder's business (internal/event), which reads them
// from parley's own dependency parse.
//
// The formats are documented in PETRARCH's dictionaries.rst. Where the
// two generations differ, both are read: TABARI-style patterns mark the
// source with $, the target with +, a skipped phrase with ^ and a
// compound actor with %, and join consecutive words with _; PETRARCH 2
// patterns put prepositional phrases in (…) and noun phrases in {…},
// which are read as words in order.
package petrarch
