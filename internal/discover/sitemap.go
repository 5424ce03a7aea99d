package discover

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/newsscoop/scoop/internal/dates"
	"golang.org/x/net/html/charset"
)

// Limits of ParseSitemap, from the sitemaps.org protocol.
const (
	// MaxSitemapBytes bounds the bytes ParseSitemap reads, after
	// decompression: 50 MiB.
	MaxSitemapBytes = 50 << 20
	// MaxSitemapURLs bounds the entries of one sitemap or index.
	MaxSitemapURLs = 50000
	// maxXMLDepth bounds element nesting; real sitemaps nest 4 deep.
	maxXMLDepth = 32
	// maxTextBytes bounds the text of one element that ParseSitemap keeps.
	maxTextBytes = 16 << 10
)

// Entry is one URL found in a sitemap, sitemap index or feed. Fields
// other than URL are zero when the source does not give them.
type Entry struct {
	// URL is the address as written (trimmed); pass it to Canonical.
	URL string
	// Title: <news:title> in a news sitemap, the item title in a feed.
	Title string
	// Published: <news:publication_date>, or the item's publication date.
	Published time.Time
	// Modified: <lastmod>, or the item's update date.
	Modified time.Time
	// Lang: <news:language> (ISO 639), or the feed's language.
	Lang string
	// News: the entry carries a Google News <news:news> block.
	News bool
}

// ParseSitemap reads a sitemap from r: an XML <urlset> or, with
// index=true, a <sitemapindex> whose entries are child sitemaps; or a
// plain-text sitemap of one URL per line. Gzipped input is recognised by
// its magic bytes and decompressed. It reads <loc> and <lastmod>, and of
// the Google News extension <news:title>, <news:publication_date> and
// <news:publication>/<news:language>; image, video and other extensions
// are skipped. Namespaces are not checked, so sitemaps with a wrong or
// missing xmlns still parse; unknown entities and bare "&" in URLs are
// tolerated; the XML encoding declaration is honoured.
//
// Errors: ErrNotSitemap for anything else (an HTML page, a feed: see
// Sniff and ParseFeed); ErrTooLarge past MaxSitemapBytes (50 MiB,
// decompressed) or MaxSitemapURLs (50,000) entries or nesting deeper than
// 32, gzip bombs included; ErrMalformed when the XML breaks off. With
// ErrTooLarge and ErrMalformed the entries read so far are returned. Memory
// stays bounded by the limits whatever the input; r is read, not closed.
// ParseSitemap never panics and is safe for concurrent use.
func ParseSitemap(r io.Reader) (entries []Entry, index bool, err error) {
	index, err = ScanSitemap(r, func(e Entry) error {
		entries = append(entries, e)
		return nil
	})
	if err != nil && !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrMalformed) {
		return nil, false, err
	}
	return entries, index, err
}

// ScanSitemap reads a sitemap like ParseSitemap but hands each entry to fn
// as soon as it is read instead of collecting them, so that a 50,000-URL
// sitemap never sits in memory as a slice. It stops at fn's first error
// and returns it. When the input turns out not to be a sitemap
// (ErrNotSitemap), fn has not been called. It returns whether the input is
// a sitemap index.
func ScanSitemap(r io.Reader, fn func(Entry) error) (index bool, err error) {
	body, err := openBody(r, MaxSitemapBytes)
	if err != nil {
		return false, err
	}
	br := bufio.NewReaderSize(body, 4096)
	head, _ := br.Peek(1024)
	head = trimBOMSpace(head)
	if len(head) == 0 {
		return false, fmt.Errorf("%w: empty body", ErrNotSitemap)
	}
	if head[0] != '<' {
		if !hasPrefixFold(string(head[:min(len(head), 8)]), "http://") && !hasPrefixFold(string(head[:min(len(head), 8)]), "https://") {
			return false, fmt.Errorf("%w: neither XML nor a list of URLs", ErrNotSitemap)
		}
		return false, scanTextSitemap(br, fn)
	}
	return scanXMLSitemap(br, fn)
}

// limitReader returns ErrTooLarge once more than n bytes are read, rather
// than truncating silently.
type limitReader struct {
	r     io.Reader
	left  int64
	limit int64
	what  string
}

func newLimitReader(r io.Reader, limit int64, what string) *limitReader {
	return &limitReader{r: r, left: limit, limit: limit, what: what}
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		// Probe: is there more?
		var one [1]byte
		n, err := l.r.Read(one[:])
		if n > 0 {
			return 0, fmt.Errorf("%w: more than %d %s", ErrTooLarge, l.limit, l.what)
		}
		return 0, err
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}

// openBody returns a reader of r's bytes, gunzipped when they start with
// the gzip magic number, failing with ErrTooLarge after limit bytes
// (counted after decompression, and before it too).
func openBody(r io.Reader, limit int64) (io.Reader, error) {
	br := bufio.NewReader(newLimitReader(r, limit, "bytes"))
	magic, _ := br.Peek(2)
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%w: gzip: %w", ErrMalformed, err)
		}
		return newLimitReader(zr, limit, "bytes after gunzip"), nil
	}
	return br, nil
}

func trimBOMSpace(b []byte) []byte {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	return bytes.TrimLeft(b, " \t\r\n")
}

// scanTextSitemap reads a plain-text sitemap: one absolute URL per line;
// other lines are skipped. Without any URL it is not a sitemap.
func scanTextSitemap(r io.Reader, fn func(Entry) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 64<<10)
	lines, n := 0, 0
	for sc.Scan() {
		lines++
		if lines > maxTextLines {
			return fmt.Errorf("%w: more than %d lines", ErrTooLarge, maxTextLines)
		}
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if !hasPrefixFold(line, "http://") && !hasPrefixFold(line, "https://") {
			continue
		}
		if n == MaxSitemapURLs {
			return fmt.Errorf("%w: more than %d URLs", ErrTooLarge, MaxSitemapURLs)
		}
		n++
		if err := fn(Entry{URL: line}); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, ErrTooLarge) {
			return err
		}
		if errors.Is(err, bufio.ErrTooLong) {
			return fmt.Errorf("%w: line too long", ErrMalformed)
		}
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if n == 0 {
		return fmt.Errorf("%w: no URL", ErrNotSitemap)
	}
	return nil
}

// scanXMLSitemap streams the tokens of an XML sitemap.
func scanXMLSitemap(r io.Reader, fn func(Entry) error) (bool, error) {
	d := xml.NewDecoder(&xmlGuard{r: r})
	d.Strict = false // bare "&" in URLs, HTML entities
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel

	var (
		n        int
		index    bool
		root     bool
		stack    [maxXMLDepth]string
		depth    int
		cur      Entry
		inEntry  bool
		text     []byte
		keep     bool // collect text of the current element
		elements int
	)
	fail := func(err error) (bool, error) {
		if errors.Is(err, ErrTooLarge) {
			return index, err
		}
		if !root {
			return false, fmt.Errorf("%w: %w", ErrNotSitemap, err)
		}
		return index, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fail(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			if !root {
				switch name {
				case "urlset":
				case "sitemapindex":
					index = true
				default:
					return false, fmt.Errorf("%w: root element <%s>", ErrNotSitemap, truncate(t.Name.Local, 32))
				}
				root = true
			}
			elements++
			if elements > maxElements {
				return index, fmt.Errorf("%w: more than %d elements", ErrTooLarge, maxElements)
			}
			if depth == maxXMLDepth {
				return index, fmt.Errorf("%w: elements nested deeper than %d", ErrTooLarge, maxXMLDepth)
			}
			stack[depth] = name
			depth++
			text = text[:0]
			switch {
			case depth == 2 && (name == "url" || name == "sitemap"):
				cur, inEntry = Entry{}, true
			case depth == 3 && name == "news" && inEntry:
				cur.News = true
			}
			keep = inEntry && wanted(stack[:depth])
		case xml.EndElement:
			if depth == 0 {
				continue
			}
			path := stack[:depth]
			if inEntry && keep {
				v := strings.TrimSpace(string(text))
				switch leaf(path) {
				case "loc":
					cur.URL = v
				case "lastmod":
					cur.Modified = parseDate(v)
				case "news/title":
					cur.Title = v
				case "news/publication_date":
					cur.Published = parseDate(v)
				case "publication/language":
					cur.Lang = v
				}
			}
			keep = false
			text = text[:0]
			depth--
			if depth == 1 && inEntry {
				inEntry = false
				if cur.URL != "" {
					if n == MaxSitemapURLs {
						return index, fmt.Errorf("%w: more than %d URLs", ErrTooLarge, MaxSitemapURLs)
					}
					n++
					if err := fn(cur); err != nil {
						return index, err
					}
				}
			}
		case xml.CharData:
			if keep && len(text)+len(t) <= maxTextBytes {
				text = append(text, t...)
			}
		}
	}
	if !root {
		return false, fmt.Errorf("%w: no root element", ErrNotSitemap)
	}
	if depth > 0 {
		return index, fmt.Errorf("%w: unexpected end inside <%s>", ErrMalformed, stack[depth-1])
	}
	return index, nil
}

// wanted reports whether the element at the end of path holds text that
// ParseSitemap keeps: url/loc, url/lastmod, url/news/title,
// url/news/publication_date, url/news/publication/language (and
// sitemap/loc, sitemap/lastmod in an index).
func wanted(path []string) bool {
	switch len(path) {
	case 3:
		return path[2] == "loc" || path[2] == "lastmod"
	case 4:
		return path[2] == "news" && (path[3] == "title" || path[3] == "publication_date")
	case 5:
		return path[2] == "news" && path[3] == "publication" && path[4] == "language"
	}
	return false
}

// leaf names the wanted element at the end of path.
func leaf(path []string) string {
	switch len(path) {
	case 3:
		return path[2]
	case 4:
		if path[3] == "title" {
			return "news/title"
		}
		return "news/publication_date"
	case 5:
		return "publication/language"
	}
	return ""
}

// parseDate reads a W3C datetime (2024-05-03, 2024-05-03T10:00:00+02:00,
// 2024-05-03T10:00+02:00) or another common date format; the zero time
// when it cannot.
func parseDate(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t
	}
	if d, ok := dates.Parse(s, ""); ok {
		return d.Time
	}
	return time.Time{}
}

// Limits of xmlGuard. encoding/xml keeps all attributes of a tag in
// memory, at some 20 times their size in bytes, and a text node whole;
// real sitemap tags are a few hundred bytes, texts a few kilobytes.
const (
	maxTagBytes  = 64 << 10
	maxTextRun   = 1 << 20
	maxElements  = 2000000
	maxTextLines = 4 * MaxSitemapURLs
)

// xmlGuard fails with ErrTooLarge when a start tag ("<" and a letter, up
// to the ">" outside quotes) exceeds maxTagBytes, or a run of bytes outside
// start tags (text, comments, CDATA) exceeds maxTextRun, before
// encoding/xml buffers them. It also makes bombs of white space or text
// fail after a megabyte rather than after MaxSitemapBytes.
type xmlGuard struct {
	r     io.Reader
	state byte // 0 outside tags, '<' after '<', 't' in a start tag, '"' or '\'' in a value
	tag   int  // bytes of the current start tag
	text  int  // bytes since the last '<' or '>' outside start tags
}

func (g *xmlGuard) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	for _, c := range p[:n] {
		switch g.state {
		case 0:
			switch c {
			case '<':
				g.state, g.text = '<', 0
			case '>':
				g.text = 0
			default:
				g.text++
				if g.text > maxTextRun {
					return 0, fmt.Errorf("%w: text run longer than %d bytes", ErrTooLarge, maxTextRun)
				}
			}
			continue
		case '<':
			if c == '!' || c == '?' || c == '/' {
				g.state = 0 // comments, CDATA, declarations, end tags
				continue
			}
			g.state, g.tag = 't', 1
		case 't':
			switch c {
			case '>':
				g.state = 0
			case '"', '\'':
				g.state = c
			}
		default: // in a quoted value
			if c == g.state {
				g.state = 't'
			}
		}
		g.tag++
		if g.tag > maxTagBytes {
			return 0, fmt.Errorf("%w: tag longer than %d bytes", ErrTooLarge, maxTagBytes)
		}
	}
	return n, err
}
