package scoop

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"sync"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsscoop/scoop/internal/charset"
)

// Extractor turns news pages into Articles. Build one with New and reuse
// it: it is safe for concurrent use by many goroutines, and its options are
// frozen when it is built. The zero Extractor is not usable; use New.
type Extractor struct {
	cfg config
}

// New returns an Extractor with the given options applied in order.
func New(opts ...Option) *Extractor {
	return &Extractor{cfg: newConfig(opts)}
}

var defaultExtractor = sync.OnceValue(func() *Extractor { return New() })

// Extract reads one HTML page from r and extracts its article. pageURL is
// the address the page came from ("" if unknown); it resolves relative
// links and helps date and site-name rules. With no options it uses a
// shared default Extractor.
//
// Errors match ErrEmpty, ErrNotHTML, ErrTooLarge or ErrNoArticle with
// errors.Is. With ErrNoArticle the returned Article, if not nil, holds
// the metadata the page declared.
func Extract(r io.Reader, pageURL string, opts ...Option) (*Article, error) {
	e := defaultExtractor()
	if len(opts) > 0 {
		e = New(opts...)
	}
	return e.Extract(r, pageURL)
}

// ExtractDocument extracts the article of an already parsed page, such as
// the one colly's OnHTML callback holds. The document is not modified.
// pageURL "" falls back to doc.Url.
func ExtractDocument(doc *goquery.Document, pageURL string, opts ...Option) (*Article, error) {
	e := defaultExtractor()
	if len(opts) > 0 {
		e = New(opts...)
	}
	return e.ExtractDocument(doc, pageURL)
}

// Extract reads one HTML page from r; see the package-level Extract. r is
// read up to the byte limit and not closed.
func (e *Extractor) Extract(r io.Reader, pageURL string) (*Article, error) {
	return e.extract(r, pageURL, e.cfg.contentType)
}

// ExtractResponse extracts the article of an HTTP response: its body (which
// it reads but does not close), its Content-Type and the final URL of its
// request.
func (e *Extractor) ExtractResponse(resp *http.Response) (*Article, error) {
	pageURL := ""
	if resp.Request != nil && resp.Request.URL != nil {
		pageURL = resp.Request.URL.String()
	}
	ct := resp.Header.Get("Content-Type")
	if ct == "" {
		ct = e.cfg.contentType
	}
	return e.extract(resp.Body, pageURL, ct)
}

// ExtractDocument extracts the article of an already parsed page. The
// document is not modified. pageURL "" falls back to doc.Url.
func (e *Extractor) ExtractDocument(doc *goquery.Document, pageURL string) (*Article, error) {
	if doc == nil || len(doc.Nodes) == 0 || doc.Nodes[0] == nil {
		return nil, ErrEmpty
	}
	if pageURL == "" && doc.Url != nil {
		pageURL = doc.Url.String()
	}
	root := doc.Nodes[0]
	for root.Parent != nil {
		root = root.Parent
	}
	if err := e.checkTree(root); err != nil {
		return nil, err
	}
	return e.process(root, pageURL)
}

func (e *Extractor) extract(r io.Reader, pageURL, contentType string) (*Article, error) {
	if r == nil {
		return nil, ErrEmpty
	}
	raw, err := io.ReadAll(io.LimitReader(r, e.cfg.maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("scoop: reading page: %w", err)
	}
	root, err := e.parse(raw, contentType)
	if err != nil {
		return nil, err
	}
	return e.process(root, pageURL)
}

// parse decodes raw to UTF-8 and parses it, enforcing the limits. The
// crawler calls it too, so that a fetched page is parsed once for both
// extraction and link discovery.
func (e *Extractor) parse(raw []byte, contentType string) (*html.Node, error) {
	if int64(len(raw)) > e.cfg.maxBytes {
		return nil, &LimitError{What: "bytes", Limit: e.cfg.maxBytes}
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, ErrEmpty
	}
	if mt, _, err := mime.ParseMediaType(contentType); err == nil && !isHTMLType(mt) {
		return nil, fmt.Errorf("%w: content type %s", ErrNotHTML, mt)
	}
	body, _, err := charset.Decode(raw, contentType)
	if err != nil {
		if errors.Is(err, charset.ErrBinary) {
			return nil, fmt.Errorf("%w: %w", ErrNotHTML, err)
		}
		return nil, fmt.Errorf("scoop: decoding page: %w", err)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, ErrEmpty
	}
	if !hasMarkup(body) {
		return nil, fmt.Errorf("%w: no markup in the first %d bytes", ErrNotHTML, markupWindow)
	}
	if root, ok := xmlDocument(body, contentType); ok {
		return nil, fmt.Errorf("%w: an XML document (<%s>), such as a feed or a sitemap", ErrNotHTML, root)
	}
	root, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		if strings.Contains(err.Error(), "open stack of elements exceeds") {
			// golang.org/x/net/html refuses nesting deeper than 512.
			return nil, &LimitError{What: "depth", Limit: 512}
		}
		return nil, fmt.Errorf("%w: %w", ErrNotHTML, err)
	}
	if err := e.checkTree(root); err != nil {
		return nil, err
	}
	return root, nil
}

func isHTMLType(mt string) bool {
	switch mt {
	case "text/html", "application/xhtml+xml", "application/xml", "text/xml", "text/plain", "application/octet-stream":
		// text/plain and octet-stream: servers mislabel HTML often; the
		// markup check decides.
		return true
	}
	return false
}

const markupWindow = 64 << 10

// hasMarkup reports whether b has an HTML tag in its first markupWindow
// bytes: "<" followed by a letter, "!" or "/".
func hasMarkup(b []byte) bool {
	if len(b) > markupWindow {
		b = b[:markupWindow]
	}
	for i := 0; i+1 < len(b); i++ {
		if b[i] != '<' {
			continue
		}
		c := b[i+1]
		if c == '!' || c == '/' || (c|0x20 >= 'a' && c|0x20 <= 'z') {
			return true
		}
	}
	return false
}

// xmlRoots are the root elements of XML documents a news site serves
// beside its pages: feeds, sitemaps, OPML.
var xmlRoots = map[string]bool{"rss": true, "feed": true, "rdf:rdf": true, "urlset": true, "sitemapindex": true, "opml": true}

// xmlDocument reports whether b is an XML document other than XHTML, and
// its root element: the first element's name is not an HTML element's,
// and the document declares itself XML (<?xml ...?> or an XML media type)
// or its root is a feed's or a sitemap's. A page whose first element is
// <html>, or an HTML element, is HTML whatever its declaration.
func xmlDocument(b []byte, contentType string) (string, bool) {
	if len(b) > markupWindow {
		b = b[:markupWindow]
	}
	mt, _, _ := mime.ParseMediaType(contentType)
	declared := mt != "application/xhtml+xml" && (strings.HasSuffix(mt, "/xml") || strings.HasSuffix(mt, "+xml"))
	for {
		b = bytes.TrimLeft(b, " \t\r\n\f\ufeff")
		var end []byte
		switch {
		case bytes.HasPrefix(b, []byte("<?")):
			declared = declared || len(b) >= 5 && strings.EqualFold(string(b[2:5]), "xml")
			end = []byte("?>")
		case bytes.HasPrefix(b, []byte("<!--")):
			end = []byte("-->")
		case bytes.HasPrefix(b, []byte("<!")): // a doctype
			end = []byte(">")
		case len(b) > 1 && b[0] == '<':
			n := 1
			for n < len(b) && (isNameByte(b[n])) {
				n++
			}
			name := strings.ToLower(string(b[1:n]))
			if name == "" || atom.Lookup([]byte(name)) != 0 {
				return "", false
			}
			return name, declared || xmlRoots[name]
		default:
			return "", false
		}
		i := bytes.Index(b, end)
		if i < 0 {
			return "", false
		}
		b = b[i+len(end):]
	}
}

func isNameByte(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9' || c == ':' || c == '-' || c == '_' || c == '.'
}

// checkTree enforces the node limit, iteratively (no recursion on hostile
// input).
func (e *Extractor) checkTree(root *html.Node) error {
	stack := []*html.Node{root}
	count := 0
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if count++; count > e.cfg.maxNodes {
			return &LimitError{What: "nodes", Limit: int64(e.cfg.maxNodes)}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
	return nil
}

// process runs every stage over the parsed tree, which it does not modify
// (body extraction works on a clone).
func (e *Extractor) process(root *html.Node, pageURL string) (*Article, error) {
	a, _, err := e.processPage(root, pageURL)
	return a, err
}

// processPage is process that also hands back the page state, for the
// crawler's article-or-hub decision.
func (e *Extractor) processPage(root *html.Node, pageURL string) (*Article, *page, error) {
	p := newPage(root, pageURL, &e.cfg)
	a := p.resolve()
	if p.noArticle != "" {
		e.cfg.logger.Debug("no article", "url", pageURL, "why", p.noArticle)
		return a, p, fmt.Errorf("%w: %s", ErrNoArticle, p.noArticle)
	}
	return a, p, nil
}

func parseBase(pageURL string) *url.URL {
	u, err := url.Parse(strings.TrimSpace(pageURL))
	if err != nil || u.Host == "" {
		return nil
	}
	return u
}
