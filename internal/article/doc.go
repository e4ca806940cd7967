// Package article reads news articles into Documents: plain text in the
// headline / standfirst / caption / body layout, HTML pages (main text by
// go-trafilatura), RSS and Atom feeds (gofeed) and JSONL dumps. Each part
// of an article keeps its offsets into the document text, and the
// publication date comes from metadata or, failing that, from the text.
package article
