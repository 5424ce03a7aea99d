package testsite

import (
	"compress/gzip"
	"io"
	"net/http"
	"strconv"
	"time"
)

// sitemapChunk is the number of URLs per article sitemap, the protocol's
// maximum.
const sitemapChunk = 50000

// sitemapCount returns the number of article sitemaps.
func (s *Site) sitemapCount() int { return (s.n + sitemapChunk - 1) / sitemapChunk }

// sitemapPath returns the path of article sitemap k (0-based):
// /sitemap-articles.xml.gz when there is only one, else
// /sitemap-articles-{k+1}.xml.gz.
func (s *Site) sitemapPath(k int) string {
	if s.sitemapCount() == 1 {
		return "/sitemap-articles.xml.gz"
	}
	return "/sitemap-articles-" + strconv.Itoa(k+1) + ".xml.gz"
}

// sitemapIndex parses an article sitemap path, returning k or -1.
func (s *Site) sitemapIndex(path string) int {
	if s.sitemapCount() == 1 {
		if path == "/sitemap-articles.xml.gz" {
			return 0
		}
		return -1
	}
	const pre, suf = "/sitemap-articles-", ".xml.gz"
	if len(path) <= len(pre)+len(suf) || path[:len(pre)] != pre || path[len(path)-len(suf):] != suf {
		return -1
	}
	digits := path[len(pre) : len(path)-len(suf)]
	k, ok := atoi(digits)
	if !ok || k < 1 || k > s.sitemapCount() || strconv.Itoa(k) != digits {
		return -1
	}
	return k - 1
}

// robots writes robots.txt.
func (s *Site) robots(p *page) {
	p.str("# robots.txt for " + siteName + "\n\nUser-agent: BadBot\nDisallow: /\n\nUser-agent: *\nDisallow: " + privatePrefix + "\nCrawl-delay: ")
	p.str(strconv.FormatFloat(s.crawlDelay.Seconds(), 'f', -1, 64))
	p.str("\n\nSitemap: ")
	p.abs("/sitemap_index.xml")
	p.str("\n")
}

// sitemapIndexDoc writes /sitemap_index.xml.
func (s *Site) sitemapIndexDoc(p *page) {
	p.str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
	for k := range s.sitemapCount() {
		p.str("<sitemap><loc>")
		p.b = appendEscape(p.b, p.origin)
		p.str(s.sitemapPath(k))
		p.str("</loc><lastmod>")
		p.b = appendRFC3339(p.b, s.modified(k*sitemapChunk))
		p.str("</lastmod></sitemap>\n")
	}
	p.str("<sitemap><loc>")
	p.b = appendEscape(p.b, p.origin)
	p.str("/news-sitemap.xml</loc></sitemap>\n</sitemapindex>\n")
}

// articleSitemap streams article sitemap k, gzipped, to w, flushing the
// page buffer every 32 KiB so memory stays flat.
func (s *Site) articleSitemap(w io.Writer, p *page, k int) error {
	zw, _ := s.gz.Get().(*gzip.Writer)
	if zw == nil {
		zw, _ = gzip.NewWriterLevel(w, gzip.BestSpeed)
	} else {
		zw.Reset(w)
	}
	defer s.gz.Put(zw)
	p.str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
	for i := k * sitemapChunk; i < min(s.n, (k+1)*sitemapChunk); i++ {
		p.str("<url><loc>")
		p.b = appendEscape(p.b, p.origin)
		p.b = s.appendPath(p.b, i)
		p.str("</loc><lastmod>")
		p.b = appendRFC3339(p.b, s.modified(i))
		p.str("</lastmod></url>\n")
		if len(p.b) > 32<<10 {
			if _, err := zw.Write(p.b); err != nil {
				return err
			}
			p.b = p.b[:0]
		}
	}
	p.str("</urlset>\n")
	if _, err := zw.Write(p.b); err != nil {
		return err
	}
	p.b = p.b[:0]
	return zw.Close()
}

// latest is the number of articles in the feed and the news sitemap.
const latest = 20

// newsSitemap writes /news-sitemap.xml: the latest 20 articles with the
// Google News extension.
func (s *Site) newsSitemap(p *page) {
	p.str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n")
	for i := range min(latest, s.n) {
		s.article(p, i)
		p.str("<url><loc>")
		p.b = appendEscape(p.b, p.origin)
		p.byt(p.pb)
		p.str("</loc><news:news><news:publication><news:name>" + siteName + "</news:name><news:language>en</news:language></news:publication><news:publication_date>")
		p.b = appendRFC3339(p.b, s.published(i))
		p.str("</news:publication_date><news:title>")
		p.escb(p.hb)
		p.str("</news:title></news:news></url>\n")
	}
	p.str("</urlset>\n")
}

// feed writes /feed.xml: RSS 2.0 with the latest 20 articles, their links
// tagged with tracking parameters as many feeds do.
func (s *Site) feed(p *page) {
	p.str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n<title>" + siteName + "</title>\n<link>")
	p.b = appendEscape(p.b, p.origin)
	p.str("/</link>\n<description>The latest stories from " + siteName + "</description>\n<language>en</language>\n<atom:link href=\"")
	p.b = appendEscape(p.b, p.origin)
	p.str("/feed.xml\" rel=\"self\" type=\"application/rss+xml\"/>\n<lastBuildDate>")
	p.b = time.Unix(s.published(0), 0).UTC().AppendFormat(p.b, time.RFC1123Z)
	p.str("</lastBuildDate>\n")
	for i := range min(latest, s.n) {
		s.article(p, i)
		p.str("<item>\n<title>")
		p.escb(p.hb)
		p.str("</title>\n<link>")
		p.b = appendEscape(p.b, p.origin)
		p.byt(p.pb)
		p.str("?utm_source=rss&amp;utm_medium=feed</link>\n<guid isPermaLink=\"true\">")
		p.b = appendEscape(p.b, p.origin)
		p.byt(p.pb)
		p.str("</guid>\n<pubDate>")
		p.b = time.Unix(s.published(i), 0).UTC().AppendFormat(p.b, time.RFC1123Z)
		p.str("</pubDate>\n<dc:creator>")
		p.str(authorNames[authorOf(i)])
		p.str("</dc:creator>\n<category>")
		p.str(s.sectionTitles[s.sectionOf(i)])
		p.str("</category>\n<description>")
		p.escb(p.db)
		p.str("</description>\n</item>\n")
	}
	p.str("</channel>\n</rss>\n")
}

// setType sets the Content-Type header.
func setType(w http.ResponseWriter, ct string) { w.Header().Set("Content-Type", ct) }
