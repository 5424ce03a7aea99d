package discover

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Limits of ParseFeed and FeedLinks.
const (
	// MaxFeedBytes bounds the bytes ParseFeed reads, after decompression.
	MaxFeedBytes = 20 << 20
	// MaxFeedItems bounds the items of a feed; ParseFeed refuses a feed
	// with more (ErrTooLarge).
	MaxFeedItems = 10000
	// maxFeedElements bounds the XML elements of a feed outside CDATA
	// sections (items, their fields and extension elements).
	maxFeedElements = 150000
	// maxFeedLinks bounds the feeds FeedLinks returns.
	maxFeedLinks = 50
)

// ParseFeed reads an RSS 0.9x/1.0/2.0, Atom or JSON Feed from r (gzipped
// input is recognised by its magic bytes) with github.com/mmcdole/gofeed,
// which copes with the many broken feeds out there, and returns its items
// as entries: URL (the item link; for RSS without <link>, a permalink
// <guid>), Title, Published, Modified and the feed's Lang (<language>,
// dc:language or xml:lang). gofeed fills a missing published or updated
// date from the other. Items without a link are skipped. Links are returned as written and may be relative:
// resolve them with Canonical against the feed's URL.
//
// Errors: ErrNotFeed when the body is no feed or cannot be parsed;
// ErrTooLarge past MaxFeedBytes (20 MiB) after decompression, with more
// than MaxFeedItems (10,000) items or 150,000 XML elements (50,000 JSON
// objects), or with a tag over 64 KiB or a text run over 1 MiB: gofeed
// holds the whole feed in memory at several hundred bytes per element,
// and these limits keep that near 100 MB at worst. A truncated feed
// yields no entries (gofeed fails on it). r is read, not closed.
// ParseFeed never panics and is safe for concurrent use.
func ParseFeed(r io.Reader) (entries []Entry, err error) {
	body, err := openBody(r, MaxFeedBytes)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReader(body)
	if head, _ := br.Peek(512); len(trimBOMSpace(head)) > 0 && trimBOMSpace(head)[0] == '<' {
		// XML: refuse over-long tags and texts before encoding/xml
		// buffers them (see xmlGuard).
		body = &xmlGuard{r: br}
	} else {
		body = br
	}
	// gofeed builds the whole feed in memory, at several hundred bytes
	// per element (1 GB for 19 MiB of "<item/>"): count first.
	data, err := io.ReadAll(body)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %w", ErrNotFeed, err)
	}
	if t := trimBOMSpace(data); len(t) > 0 && t[0] == '{' {
		// JSON Feed: an item is an object, with a few more inside.
		if objects := bytes.Count(t, []byte("{")); objects > 5*MaxFeedItems {
			return nil, fmt.Errorf("%w: %d JSON objects", ErrTooLarge, objects)
		}
	} else if items, elements := countElements(data); items > MaxFeedItems || elements > maxFeedElements {
		return nil, fmt.Errorf("%w: %d items, %d elements", ErrTooLarge, items, elements)
	}
	// gofeed is third-party code: a panic on some input must not take
	// the crawler down.
	defer func() {
		if p := recover(); p != nil {
			entries, err = nil, fmt.Errorf("%w: parser panic: %v", ErrNotFeed, p)
		}
	}()
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %w", ErrNotFeed, err)
	}
	lang := strings.TrimSpace(f.Language)
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		link := strings.TrimSpace(it.Link)
		if link == "" {
			for _, l := range it.Links {
				if l = strings.TrimSpace(l); l != "" {
					link = l
					break
				}
			}
		}
		if link == "" && (hasPrefixFold(it.GUID, "http://") || hasPrefixFold(it.GUID, "https://")) {
			link = strings.TrimSpace(it.GUID)
		}
		if link == "" {
			continue
		}
		e := Entry{URL: link, Title: strings.TrimSpace(it.Title), Lang: lang}
		if it.PublishedParsed != nil {
			e.Published = *it.PublishedParsed
		}
		if it.UpdatedParsed != nil {
			e.Modified = *it.UpdatedParsed
		}
		entries = append(entries, e)
	}
	return entries, nil
}

// feedTypes are the MIME types of <link rel="alternate"> that announce a
// feed.
var feedTypes = set(
	"application/rss+xml", "application/atom+xml", "application/feed+json",
	"application/rdf+xml", "application/x-rss+xml", "application/x-atom+xml",
	"text/rss+xml", "text/atom+xml",
)

// FeedLinks returns the feeds doc announces with <link rel="alternate"
// type="application/rss+xml"> (or atom+xml, feed+json, rdf+xml and their
// x- and text/ variants), resolved against the document's <base href>
// and base, in canonical form (see Canonical), in document order, without
// duplicates, at most 50. Links that do not resolve to http(s) URLs are
// skipped. base may be nil when the hrefs are absolute. doc is only read;
// FeedLinks is safe for concurrent use on the same tree.
func FeedLinks(doc *html.Node, base *url.URL) []string {
	if doc == nil {
		return nil
	}
	var links []string
	seen := map[string]bool{}
	baseSet := false
	// Iterative pre-order walk: no recursion, whatever the depth.
	for n := doc.FirstChild; n != nil && len(links) < maxFeedLinks; n = nextNode(doc, n) {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Base:
			if href := attr(n, "href"); href != "" && !baseSet {
				baseSet = true
				if u, err := Canonical(base, href); err == nil {
					if b, err := url.Parse(u); err == nil {
						base = b
					}
				}
			}
		case atom.Link:
			if !IsFeedLink(n) {
				continue
			}
			u, err := Canonical(base, attr(n, "href"))
			if err != nil || seen[u] {
				continue
			}
			seen[u] = true
			links = append(links, u)
		}
	}
	return links
}

// IsFeedLink reports whether n is a <link rel="alternate"> with a feed's
// type: one FeedLinks returns.
func IsFeedLink(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.Link || !hasToken(attr(n, "rel"), "alternate") {
		return false
	}
	typ := strings.ToLower(strings.TrimSpace(attr(n, "type")))
	if i := strings.IndexByte(typ, ';'); i >= 0 {
		typ = strings.TrimSpace(typ[:i])
	}
	return feedTypes[typ]
}

// MaxFeedLinks is the most feeds FeedLinks returns of one page, and the
// most a crawler should take of one page.
const MaxFeedLinks = maxFeedLinks

// nextNode returns the node after n in a pre-order walk of root's
// subtree, or nil at the end.
func nextNode(root, n *html.Node) *html.Node {
	if n.FirstChild != nil {
		return n.FirstChild
	}
	for n != nil && n != root {
		if n.NextSibling != nil {
			return n.NextSibling
		}
		n = n.Parent
	}
	return nil
}

// attr returns the value of n's attribute key (lower-case), or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// hasToken reports whether the space-separated list s holds tok, ASCII
// case-insensitively.
func hasToken(s, tok string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// countElements counts the start tags of an XML document outside comments
// and CDATA sections, and among them the items (<item>, <entry>, with or
// without a namespace prefix). It is a byte scan, not a parse: a JSON
// body counts what its strings hold.
func countElements(b []byte) (items, elements int) {
	for {
		i := bytes.IndexByte(b, '<')
		if i < 0 || i+1 >= len(b) {
			return items, elements
		}
		b = b[i+1:]
		switch {
		case bytes.HasPrefix(b, []byte("![CDATA[")):
			j := bytes.Index(b, []byte("]]>"))
			if j < 0 {
				return items, elements
			}
			b = b[j+3:]
			continue
		case bytes.HasPrefix(b, []byte("!--")):
			j := bytes.Index(b, []byte("-->"))
			if j < 0 {
				return items, elements
			}
			b = b[j+3:]
			continue
		}
		c := b[0]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_') {
			continue
		}
		elements++
		end := 0
		for end < len(b) && end < 64 && b[end] != ' ' && b[end] != '>' && b[end] != '/' &&
			b[end] != '\t' && b[end] != '\n' && b[end] != '\r' {
			end++
		}
		name := b[:end]
		if k := bytes.LastIndexByte(name, ':'); k >= 0 {
			name = name[k+1:]
		}
		if string(name) == "item" || string(name) == "entry" {
			items++
		}
	}
}
