// Package ingest reads articles from files, directories, feeds, URLs or
// standard input, codes them in parallel and stores them in batches. It
// owns what makes a bulk load safe to repeat and to interrupt: articles
// the store already holds are skipped before they are coded, coded
// articles are stored in input order, one transaction per batch, and a
// bad record is reported with where it came from and skipped.
package ingest
