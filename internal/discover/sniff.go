package discover

import (
	"bytes"
	"compress/gzip"
	"io"
	"mime"
	"strings"
)

// What Sniff returns.
const (
	SniffSitemap      = "sitemap"      // <urlset> or a plain-text list of URLs
	SniffSitemapIndex = "sitemapindex" // <sitemapindex>
	SniffFeed         = "feed"         // RSS, RDF, Atom or JSON Feed
	SniffHTML         = "html"         // an HTML or XHTML page
	SniffRobots       = "robots"       // robots.txt directives
	SniffOther        = "other"        // anything else: images, JSON, other XML
)

// sniffBytes bounds how much of head Sniff reads, before and after
// decompression.
const sniffBytes = 16 << 10

// Sniff tells what a fetched body is from its Content-Type header and its
// first bytes (head: 1 KiB is usually enough, at most 16 KiB are read;
// a gzipped head is decompressed first): SniffSitemap, SniffSitemapIndex,
// SniffFeed, SniffHTML, SniffRobots or SniffOther. The bytes win over the
// header, which servers often get wrong (sitemaps served as text/html,
// feeds as text/xml): the root element of XML (urlset, sitemapindex, rss,
// rdf:RDF, feed, html), a JSON Feed's version URL, robots.txt directives
// (User-agent:, Disallow: ...) or a first line that is a URL. When the
// bytes say nothing, or start with another element, the header decides. Sniff never panics, does not
// modify head and is safe for concurrent use.
func Sniff(contentType string, head []byte) string {
	if len(head) > sniffBytes {
		head = head[:sniffBytes]
	}
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		head = gunzipHead(head)
	}
	b := trimBOMSpace(head)
	if len(b) > 0 {
		switch {
		case b[0] == '<':
			switch root := rootElement(b); root {
			case "":
			case "urlset":
				return SniffSitemap
			case "sitemapindex":
				return SniffSitemapIndex
			case "rss", "rdf", "feed", "channel":
				return SniffFeed
			default:
				if htmlElements[root] {
					return SniffHTML
				}
				// Another element (<section>, <svg>, an XML vocabulary):
				// the header decides, so a fragment-first page served
				// as text/html is still HTML.
			}
		case b[0] == '{':
			if bytes.Contains(b, []byte("jsonfeed.org/version")) {
				return SniffFeed
			}
			return SniffOther
		case hasPrefixFold(string(b[:min(len(b), 8)]), "http://") || hasPrefixFold(string(b[:min(len(b), 8)]), "https://"):
			return SniffSitemap
		case looksRobots(b):
			return SniffRobots
		}
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(contentType))
		if i := strings.IndexByte(mt, ';'); i >= 0 {
			mt = strings.TrimSpace(mt[:i])
		}
	}
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return SniffHTML
	case feedTypes[mt] || mt == "application/json+feed":
		return SniffFeed
	}
	return SniffOther
}

// gunzipHead decompresses as much of a gzipped head as it holds, at most
// sniffBytes.
func gunzipHead(head []byte) []byte {
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return nil
	}
	out := make([]byte, sniffBytes)
	n, _ := io.ReadFull(zr, out)
	return out[:n]
}

// rootElement returns the lower-case local name of the first element of
// an XML or HTML document, skipping the XML declaration, processing
// instructions, comments and a DOCTYPE ("html" for <!DOCTYPE html>); ""
// when head ends before it.
func rootElement(b []byte) string {
	for {
		b = bytes.TrimLeft(b, " \t\r\n")
		if len(b) < 2 || b[0] != '<' {
			return ""
		}
		switch {
		case bytes.HasPrefix(b, []byte("<?")):
			i := bytes.Index(b, []byte("?>"))
			if i < 0 {
				return ""
			}
			b = b[i+2:]
		case bytes.HasPrefix(b, []byte("<!--")):
			i := bytes.Index(b[4:], []byte("-->"))
			if i < 0 {
				return ""
			}
			b = b[4+i+3:]
		case b[1] == '!':
			i := bytes.IndexByte(b, '>')
			if i < 0 {
				return ""
			}
			if len(b) >= 14 && strings.EqualFold(string(b[2:9]), "doctype") &&
				strings.EqualFold(strings.TrimSpace(string(b[9:14])), "html") {
				return "html"
			}
			b = b[i+1:]
		default:
			end := 1
			for end < len(b) && end < 128 && !strings.ContainsRune(" \t\r\n/>", rune(b[end])) {
				end++
			}
			name := strings.ToLower(string(b[1:end]))
			if i := strings.LastIndexByte(name, ':'); i >= 0 {
				name = name[i+1:]
			}
			return name
		}
	}
}

// htmlElements are first elements of HTML documents.
var htmlElements = set(
	"html", "head", "body", "meta", "title", "link", "script", "style",
	"div", "p", "br", "table", "h1", "h2", "span", "a", "center", "iframe",
	"noscript", "header", "main", "img", "form", "pre",
)

// looksRobots reports whether the first directive line of b is a
// robots.txt directive.
func looksRobots(b []byte) bool {
	for len(b) > 0 {
		line := b
		if i := bytes.IndexAny(b, "\r\n"); i >= 0 {
			line, b = b[:i], b[i+1:]
		} else {
			b = nil
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		colon := bytes.IndexByte(line, ':')
		if colon < 0 {
			return false
		}
		switch strings.ToLower(strings.TrimSpace(string(line[:colon]))) {
		case "user-agent", "useragent", "disallow", "allow", "sitemap", "crawl-delay", "host":
			return true
		}
		return false
	}
	return false
}
