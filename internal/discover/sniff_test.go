package discover

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSniff(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, contentType string
		head              []byte
		want              string
	}{
		{"news sitemap", "application/xml", readFixture(t, "sitemap-news.xml"), SniffSitemap},
		{"sitemap as text/html", "text/html; charset=utf-8", readFixture(t, "sitemap-news.xml"), SniffSitemap},
		{"gzipped sitemap", "application/octet-stream", gzipBytes(t, readFixture(t, "sitemap-news.xml")), SniffSitemap},
		{"gzipped head only", "application/x-gzip", gzipBytes(t, readFixture(t, "sitemap-news.xml"))[:200], SniffSitemap},
		{"index", "text/xml", readFixture(t, "sitemap-index.xml"), SniffSitemapIndex},
		{"latin-1 sitemap", "", readFixture(t, "sitemap-plain.xml"), SniffSitemap},
		{"text sitemap", "text/plain", readFixture(t, "sitemap.txt"), SniffSitemap},
		{"rss", "text/xml", readFixture(t, "feed-rss2.xml"), SniffFeed},
		{"atom", "application/atom+xml", readFixture(t, "feed-atom.xml"), SniffFeed},
		{"rdf", "application/rdf+xml", readFixture(t, "feed-rss1.rdf"), SniffFeed},
		{"json feed", "application/json", readFixture(t, "feed.json"), SniffFeed},
		{"other json", "application/json", []byte(`{"a": 1}`), SniffOther},
		{"html", "text/html", readFixture(t, "page-feeds.html"), SniffHTML},
		{"html without doctype", "", []byte("\n\n<html><head><title>x</title>"), SniffHTML},
		{"html fragment", "", []byte("<div class=x>hello</div>"), SniffHTML},
		{"html after comment", "", []byte("<!-- generated --><!DOCTYPE html><p>x"), SniffHTML},
		{"xhtml", "", []byte(`<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml">`), SniffHTML},
		{"robots", "text/plain", readFixture(t, "robots-news.txt"), SniffRobots},
		{"robots crlf", "", readFixture(t, "robots-crlf.txt"), SniffRobots},
		{"bom and space", "", []byte("\xef\xbb\xbf \n<urlset>"), SniffSitemap},
		{"prefixed root", "", []byte(`<sm:sitemapindex xmlns:sm="x">`), SniffSitemapIndex},
		{"other xml", "application/xml", []byte(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>`), SniffOther},
		{"html page opening with a section", "text/html; charset=utf-8", []byte(`<section class="hero"><h1>Title</h1></section>`), SniffHTML},
		{"svg served as svg", "image/svg+xml", []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`), SniffOther},
		{"png", "image/png", []byte("\x89PNG\r\n\x1a\n\x00\x00"), SniffOther},
		{"empty html by header", "text/html", nil, SniffHTML},
		{"empty feed by header", "application/rss+xml; charset=utf-8", []byte("  "), SniffFeed},
		{"cut comment, header decides", "text/html", []byte("<!-- long comment that never"), SniffHTML},
		{"bad header", ";;;", []byte("plain words"), SniffOther},
		{"broken gzip", "", []byte{0x1f, 0x8b, 0x00}, SniffOther},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			head := append([]byte(nil), tt.head...)
			assert.Equal(t, tt.want, Sniff(tt.contentType, head))
			assert.Equal(t, tt.head, head, "head modified")
		})
	}
}
