package article

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/markusmobius/go-trafilatura"
	"github.com/parley-news/parley/internal/document"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// FromHTML extracts an article from a web page. go-trafilatura finds the
// main text and the metadata; the text keeps the page's blocks (headings,
// paragraphs, list items, captions) as parts, so that sentences are not
// glued across them. The document's text is the extracted text, with the
// title as its first line; offsets refer to that text.
func FromHTML(ctx context.Context, page []byte) (*document.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	published := jsonLDDate(root)
	res, err := trafilatura.ExtractDocument(root, trafilatura.Options{
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Extensive,
	})
	if err != nil {
		return nil, fmt.Errorf("extract main text: %w", err)
	}
	var b textBuilder
	title := clean(res.Metadata.Title)
	if title != "" {
		b.add(document.Headline, title)
	}
	if res.ContentNode != nil {
		collectBlocks(res.ContentNode, &b, title)
	}
	if len(b.parts) == 0 || len(b.parts) == 1 && title != "" {
		if t := clean(res.ContentText); t != "" {
			b.add(document.Paragraph, t)
		}
	}
	if bodyWords(b.text.String(), b.parts) < minArticleWords {
		return nil, errors.New("no article text found in the page")
	}
	d := &document.Document{
		Text:   b.text.String(),
		Parts:  b.parts,
		Title:  title,
		Byline: clean(res.Metadata.Author),
		URL:    res.Metadata.URL,
	}
	switch {
	case !published.IsZero():
		d.Published, d.DateSource = published, "json-ld"
	case !res.Metadata.Date.IsZero():
		d.Published, d.DateSource = res.Metadata.Date, "metadata"
	}
	return d, nil
}

// minArticleWords is the least body text (beyond headlines) that makes a
// page an article rather than a menu, an error page or a stub.
const minArticleWords = 5

func bodyWords(text string, parts []document.Part) int {
	n := 0
	for _, p := range parts {
		if p.Kind != document.Headline {
			n += len(strings.Fields(text[p.Start:p.End]))
		}
	}
	return n
}

// textBuilder joins blocks with blank lines and records each as a part.
type textBuilder struct {
	text  strings.Builder
	parts []document.Part
	seen  strings.Builder // body text so far without spaces
}

func (b *textBuilder) add(kind document.PartKind, s string) {
	// Extractors sometimes append a block again, or all the blocks again
	// run together: keep text that is not already there.
	squeezed := strings.Join(strings.Fields(s), "")
	if kind != document.Headline && len(squeezed) > 20 && strings.Contains(b.seen.String(), squeezed) {
		return
	}
	if kind != document.Headline {
		b.seen.WriteString(squeezed)
	}
	if b.text.Len() > 0 {
		b.text.WriteString("\n\n")
	}
	start := b.text.Len()
	b.text.WriteString(s)
	b.parts = append(b.parts, document.Part{Kind: kind, Start: start, End: b.text.Len()})
}

var blockKinds = map[atom.Atom]document.PartKind{
	atom.P: document.Paragraph, atom.Li: document.Paragraph, atom.Blockquote: document.Paragraph,
	atom.Pre: document.Paragraph, atom.Td: document.Paragraph, atom.Dd: document.Paragraph,
	atom.H1: document.Subheading, atom.H2: document.Subheading, atom.H3: document.Subheading,
	atom.H4: document.Subheading, atom.H5: document.Subheading, atom.H6: document.Subheading,
	atom.Figcaption: document.Caption, atom.Caption: document.Caption,
}

// collectBlocks adds the text of each innermost block element; text that
// sits directly in a container (a div with bare text) becomes a paragraph
// of its own.
func collectBlocks(n *html.Node, b *textBuilder, title string) {
	var loose strings.Builder
	flush := func() {
		if t := clean(loose.String()); t != "" {
			b.add(document.Paragraph, t)
		}
		loose.Reset()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if kind, ok := blockKinds[c.DataAtom]; ok && !hasBlock(c) {
				flush()
				t := clean(innerText(c))
				if t != "" && !(kind == document.Subheading && t == title) {
					b.add(kind, t)
				}
				continue
			}
			if c.DataAtom == atom.Br {
				loose.WriteByte(' ')
				continue
			}
			if isBlockContainer(c) {
				flush()
				collectBlocks(c, b, title)
				continue
			}
		}
		loose.WriteString(innerText(c))
	}
	flush()
}

func hasBlock(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if _, ok := blockKinds[c.DataAtom]; ok || hasBlock(c) {
				return true
			}
		}
	}
	return false
}

func isBlockContainer(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Article, atom.Main, atom.Body, atom.Html, atom.Ul, atom.Ol,
		atom.Figure, atom.Table, atom.Tbody, atom.Thead, atom.Tr, atom.Dl, atom.Header, atom.Footer, atom.Aside:
		return true
	}
	return n.Data == "doc" || hasBlock(n)
}

func innerText(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			sb.WriteString(n.Data)
		case html.ElementNode:
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
				return
			}
			if n.DataAtom == atom.Br {
				sb.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return sb.String()
}

// clean collapses runs of white space, as a browser renders them.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// jsonLDDate reads datePublished from JSON-LD, which keeps the time of day
// that trafilatura's metadata truncates.
func jsonLDDate(root *html.Node) time.Time {
	var found time.Time
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if !found.IsZero() {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Script && attr(n, "type") == "application/ld+json" {
			found = datePublished(innerText(n))
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Meta {
			switch attr(n, "property") + attr(n, "name") + attr(n, "itemprop") {
			case "article:published_time", "datePublished", "pubdate", "publishdate":
				if t, err := ParseTime(attr(n, "content")); err == nil {
					found = t
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return found
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// datePublished finds the first "datePublished" anywhere in a JSON-LD
// block, which may be an object, an array or an @graph.
func datePublished(src string) time.Time {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return time.Time{}
	}
	var find func(any) time.Time
	find = func(v any) time.Time {
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok {
				if t, err := ParseTime(s); err == nil {
					return t
				}
			}
			for _, c := range x {
				if t := find(c); !t.IsZero() {
					return t
				}
			}
		case []any:
			for _, c := range x {
				if t := find(c); !t.IsZero() {
					return t
				}
			}
		}
		return time.Time{}
	}
	return find(v)
}
