// Package store keeps a corpus of coded articles: the articles with their
// text and coded document, and their actors, attributions and events as
// rows that can be filtered, counted and searched. It owns the schema and
// its migrations, on SQLite (embedded, pure Go, the default) and on
// PostgreSQL (for a team sharing one corpus), with full-text search over
// articles and quotations on both (SQLite FTS5, PostgreSQL tsvector).
//
// Articles are deduplicated by a fingerprint of their normalised text and
// by URL, so storing the same article twice changes nothing. Each call to
// Save is one transaction: a batch is stored whole or not at all, which is
// what lets an interrupted ingest resume without losing or doubling rows.
package store
