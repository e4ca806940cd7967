package article

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/mmcdole/gofeed"
	"github.com/parley-news/parley/internal/document"
	"golang.org/x/net/html"
)

// FromFeed reads the items of an RSS, Atom or JSON feed. An item's text is
// its full content when the feed carries it, else its description; either
// may be HTML.
func FromFeed(ctx context.Context, data []byte) ([]*document.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("parse feed: %w", err)
	}
	var docs []*document.Document
	for _, it := range feed.Items {
		body := it.Content
		if strings.TrimSpace(body) == "" {
			body = it.Description
		}
		d := feedItemDocument(it.Title, body)
		d.URL = it.Link
		d.ID = it.GUID
		if it.PublishedParsed != nil {
			d.Published, d.DateSource = *it.PublishedParsed, "feed"
		} else if it.UpdatedParsed != nil {
			d.Published, d.DateSource = *it.UpdatedParsed, "feed"
		}
		var names []string
		for _, a := range it.Authors {
			if a != nil && a.Name != "" {
				names = append(names, a.Name)
			}
		}
		d.Byline = strings.Join(names, ", ")
		docs = append(docs, d)
	}
	return docs, nil
}

func feedItemDocument(title, body string) *document.Document {
	var b textBuilder
	title = clean(title)
	if title != "" {
		b.add(document.Headline, title)
	}
	if strings.ContainsAny(body, "<&") {
		// Feed content is the article itself: no page chrome to remove.
		if root, err := html.Parse(strings.NewReader(body)); err == nil {
			collectBlocks(root, &b, title)
			return &document.Document{Text: b.text.String(), Parts: b.parts, Title: title}
		}
	}
	for _, para := range strings.Split(body, "\n\n") {
		if t := clean(para); t != "" {
			b.add(document.Paragraph, t)
		}
	}
	return &document.Document{Text: b.text.String(), Parts: b.parts, Title: title}
}
