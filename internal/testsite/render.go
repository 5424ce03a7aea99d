package testsite

import (
	"time"
)

// siteName is the name of the fake publication.
const siteName = "Test Gazette"

// page is an HTML or XML document being written for one request: the
// output buffer, the request's origin ("http://127.0.0.1:1234") and scratch
// buffers for generated text. Pages are pooled by the Site.
type page struct {
	b      []byte
	origin string
	hb, db []byte // headline and standfirst scratch
	pb     []byte // article path scratch
	ints   []int
}

func (p *page) str(v string)  { p.b = append(p.b, v...) }
func (p *page) byt(v []byte)  { p.b = append(p.b, v...) }
func (p *page) esc(v string)  { p.b = appendEscape(p.b, v) }
func (p *page) escb(v []byte) { p.b = appendEscape(p.b, v) }
func (p *page) int(v int)     { p.b = appendInt(p.b, v, 0) }
func (p *page) abs(path string) {
	p.b = append(append(p.b, p.origin...), path...)
}
func (p *page) pagePath(base string, n int) {
	p.b = append(p.b, base...)
	if n > 1 {
		p.b = append(appendInt(append(p.b, "page/"...), n, 0), '/')
	}
}
func (p *page) absb(path []byte) {
	p.b = append(append(p.b, p.origin...), path...)
}

// appendEscape appends v escaped for HTML text, HTML attributes and XML.
func appendEscape[T ~string | ~[]byte](dst []byte, v T) []byte {
	for i := 0; i < len(v); i++ {
		switch c := v[i]; c {
		case '&':
			dst = append(dst, "&amp;"...)
		case '<':
			dst = append(dst, "&lt;"...)
		case '>':
			dst = append(dst, "&gt;"...)
		case '"':
			dst = append(dst, "&#34;"...)
		case '\'':
			dst = append(dst, "&#39;"...)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// appendJSON appends v as the inside of a JSON string, safe inside a
// <script> element.
func appendJSON[T ~string | ~[]byte](dst []byte, v T) []byte {
	const hex = "0123456789abcdef"
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '"' || c == '\\':
			dst = append(dst, '\\', c)
		case c < 0x20 || c == '<' || c == '>' || c == '&':
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&15])
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

func appendRFC3339(dst []byte, unix int64) []byte {
	return time.Unix(unix, 0).UTC().AppendFormat(dst, time.RFC3339)
}

func appendHumanDate(dst []byte, unix int64) []byte {
	return time.Unix(unix, 0).UTC().AppendFormat(dst, "2 January 2006, 15:04")
}

// article loads the headline, standfirst and path of article i into the
// scratch buffers.
func (s *Site) article(p *page, i int) {
	p.hb, p.db = s.appendHeadlineDek(p.hb[:0], p.db[:0], i)
	p.pb = s.appendPath(p.pb[:0], i)
}

// titleCase turns a path name into a display name: "middle-east" becomes
// "Middle East".
func titleCase(name string) string {
	b := []byte(name)
	up := true
	for k, c := range b {
		switch {
		case c == '-':
			b[k] = ' '
			up = true
		case up:
			if 'a' <= c && c <= 'z' {
				b[k] = c - ('a' - 'A')
			}
			up = false
		}
	}
	return string(b)
}

// openHead writes everything up to the end of the Open Graph tags.
// canonical is a path on this site.
func (s *Site) openHead(p *page, title []byte, canonical []byte, ogType string, desc []byte) {
	p.str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	p.str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	p.escb(title)
	p.str(" – " + siteName + "</title>\n<link rel=\"canonical\" href=\"")
	p.absb(canonical)
	p.str("\">\n<meta name=\"description\" content=\"")
	p.escb(desc)
	p.str("\">\n<meta property=\"og:site_name\" content=\"" + siteName + "\">\n<meta property=\"og:type\" content=\"")
	p.str(ogType)
	p.str("\">\n<meta property=\"og:title\" content=\"")
	p.escb(title)
	p.str("\">\n<meta property=\"og:description\" content=\"")
	p.escb(desc)
	p.str("\">\n<meta property=\"og:url\" content=\"")
	p.absb(canonical)
	p.str("\">\n<meta property=\"og:image\" content=\"")
	p.abs("/img/photo.jpg")
	p.str("\">\n<meta name=\"twitter:card\" content=\"summary_large_image\">\n<meta name=\"twitter:site\" content=\"@testgazette\">\n")
	p.str("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"" + siteName + "\" href=\"/feed.xml\">\n")
}

// closeHead ends the head and opens the body with the site header.
func (s *Site) closeHead(p *page, bodyClass string) {
	p.str(css)
	p.str("</head>\n<body class=\"")
	p.str(bodyClass)
	p.str("\">\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n<header class=\"site-header\">\n<a class=\"logo\" href=\"/\">" + siteName + "</a>\n<nav class=\"main-nav\" aria-label=\"Sections\"><ul>\n")
	s.sectionItems(p)
	p.str("<li><a href=\"/tag/analysis/\">Analysis</a></li>\n</ul></nav>\n</header>\n")
}

// sectionItems writes one list item linking each section front.
func (s *Site) sectionItems(p *page) {
	for k, sec := range s.sections {
		p.str("<li><a href=\"/")
		p.str(sec)
		p.str("/\">")
		p.str(s.sectionTitles[k])
		p.str("</a></li>\n")
	}
}

// articleItems writes one list item linking each article of ids, by its
// headline.
func (s *Site) articleItems(p *page, ids []int) {
	for _, i := range ids {
		s.article(p, i)
		p.str("<li><a href=\"")
		p.byt(p.pb)
		p.str("\">")
		p.escb(p.hb)
		p.str("</a></li>\n")
	}
}

// closePage writes the "Most read" box, the footer and the end of the
// document. key varies the box from page to page.
func (s *Site) closePage(p *page, key uint64, pageType string) {
	p.str("<aside class=\"most-read\"><h2>Most read</h2><ol>\n")
	mr := s.mostRead(key)
	s.articleItems(p, mr[:])
	p.str("</ol></aside>\n<footer class=\"site-footer\">\n<nav class=\"footer-sections\"><ul>\n")
	s.sectionItems(p)
	p.str("</ul></nav>\n<ul class=\"footer-links\">\n<li><a href=\"")
	m := s.newestMonth()
	p.str(archivePath(m))
	p.str("\">Archive</a></li>\n<li><a href=\"/feed.xml\">RSS</a></li>\n")
	p.str(footerLinks)
	p.str("</ul>\n<p class=\"copyright\">© 2025 " + siteName + ". All rights reserved.</p>\n</footer>\n")
	p.str("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({\"pageType\":\"")
	p.str(pageType)
	p.str("\"});</script>\n")
	p.str(tracker)
	p.str("</body>\n</html>\n")
}

// footerLinks are the footer links that leave the site.
const footerLinks = `<li><a href="https://external.example/about-us">About us</a></li>
<li><a href="https://external.example/careers">Careers</a></li>
<li><a href="https://external.example/advertise">Advertise</a></li>
<li><a href="https://external.example/privacy">Privacy policy</a></li>
<li><a href="https://external.example/terms">Terms of use</a></li>
<li><a href="https://twitter.com/testgazette" rel="me">Twitter</a></li>
<li><a href="https://www.facebook.com/testgazette">Facebook</a></li>
<li><a href="mailto:newsroom@testgazette.example">Contact the newsroom</a></li>
<li><a href="javascript:void(0)" class="cookie-settings">Cookie settings</a></li>
`

// archivePath returns /archive/yyyy/mm/.
func archivePath(m month) string {
	var b [32]byte
	out := append(b[:0], "/archive/"...)
	out = appendInt(out, m.y, 4)
	out = append(out, '/')
	out = appendInt(out, m.m, 2)
	return string(append(out, '/'))
}

// teaser writes one teaser of article i. Links vary with i: some carry
// tracking parameters, some are absolute, some add a #comments or AMP
// link, so a crawler meets each article under several addresses.
func (s *Site) teaser(p *page, i int) {
	s.article(p, i)
	p.str("<article class=\"teaser\">\n<h3><a href=\"")
	switch i % 6 {
	case 1:
		p.byt(p.pb)
		p.str("?utm_source=gazette&amp;utm_medium=teaser")
	case 2:
		p.absb(p.pb)
	default:
		p.byt(p.pb)
	}
	p.str("\">")
	p.escb(p.hb)
	p.str("</a></h3>\n<p class=\"standfirst\">")
	p.escb(p.db)
	p.str("</p>\n<p class=\"meta\"><a href=\"/author/")
	p.str(s.authorSlugs[authorOf(i)])
	p.str("/\">")
	p.str(authorNames[authorOf(i)])
	p.str("</a> · <time datetime=\"")
	p.b = appendRFC3339(p.b, s.published(i))
	p.str("\">")
	p.b = appendHumanDate(p.b, s.published(i))
	p.str("</time>")
	if i%6 == 3 {
		p.str(" · <a class=\"comments\" href=\"")
		p.byt(p.pb)
		p.str("#comments\">")
		p.int(int(mix(s.seed, uint64(i)) % 90))
		p.str(" comments</a>")
	}
	if i%10 == 4 {
		p.str(" · <a class=\"amp\" href=\"/amp")
		p.byt(p.pb)
		p.str("\">AMP</a>")
	}
	p.str("</p>\n</article>\n")
}

// listPage writes page number pageNo of the listing q whose first page is
// at base (a path ending in "/").
func (s *Site) listPage(p *page, base, title, kind string, q seq, pageNo int, extra string) {
	canonical := pagePath(base, pageNo)
	t := []byte(title)
	if pageNo > 1 {
		t = appendInt(append(t, " – page "...), pageNo, 0)
	}
	desc := append([]byte("The latest stories: "), title...)
	s.openHead(p, t, []byte(canonical), "website", desc)
	p.str("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"CollectionPage\",\"name\":\"")
	p.b = appendJSON(p.b, t)
	p.str("\",\"url\":\"")
	p.b = appendJSON(p.b, p.origin)
	p.str(canonical)
	p.str("\"}</script>\n")
	last := s.pageCount(q.length())
	if pageNo > 1 {
		p.str("<link rel=\"prev\" href=\"")
		p.pagePath(base, pageNo-1)
		p.str("\">\n")
	}
	if pageNo < last {
		p.str("<link rel=\"next\" href=\"")
		p.pagePath(base, pageNo+1)
		p.str("\">\n")
	}
	s.closeHead(p, "listing "+kind)
	p.str("<main id=\"main\">\n<h1>")
	p.esc(title)
	p.str("</h1>\n<div class=\"teasers\">\n")
	from := (pageNo - 1) * s.perPage
	to := min(from+s.perPage, q.length())
	for r := from; r < to; r++ {
		s.teaser(p, q.at(r))
	}
	p.str(extra)
	p.str("</div>\n")
	s.pagination(p, base, pageNo, last)
	p.str("</main>\n")
	s.closePage(p, hashString(canonical), kind)
}

// pagePath returns the path of page n of the listing at base.
func pagePath(base string, n int) string {
	if n <= 1 {
		return base
	}
	var b [24]byte
	return base + string(append(appendInt(append(b[:0], "page/"...), n, 0), '/'))
}

// pagination writes links to the first, previous, next and last pages and
// to pages 10, 100 and 1000 away, so that any page of a long listing is a
// few clicks from its first.
func (s *Site) pagination(p *page, base string, cur, last int) {
	if last <= 1 {
		return
	}
	p.str("<nav class=\"pagination\" aria-label=\"Pages\"><ul>\n")
	var arr [16]int
	targets := append(arr[:0], 1, cur-1000, cur-100, cur-10, cur-1, cur+1, cur+10, cur+100, cur+1000, last)
	prev := 0
	for _, t := range targets {
		if t < 1 || t > last || t <= prev {
			continue
		}
		prev = t
		p.str("<li>")
		if t == cur {
			p.str("<span aria-current=\"page\">")
			p.int(t)
			p.str("</span></li>\n")
			continue
		}
		p.str("<a href=\"")
		p.pagePath(base, t)
		p.str("\"")
		switch t {
		case cur - 1:
			p.str(" rel=\"prev\"")
		case cur + 1:
			p.str(" rel=\"next\"")
		}
		p.str(">")
		p.int(t)
		p.str("</a></li>\n")
	}
	p.str("</ul></nav>\n")
}

// articlePage writes article i.
func (s *Site) articlePage(p *page, i int) {
	s.article(p, i)
	path := p.pb
	sec := s.sectionOf(i)
	au := authorOf(i)
	pub, mod := s.published(i), s.modified(i)
	s.openHead(p, p.hb, path, "article", p.db)
	p.str("<meta property=\"article:published_time\" content=\"")
	p.b = appendRFC3339(p.b, pub)
	p.str("\">\n<meta property=\"article:modified_time\" content=\"")
	p.b = appendRFC3339(p.b, mod)
	p.str("\">\n<meta property=\"article:section\" content=\"")
	p.str(s.sectionTitles[sec])
	p.str("\">\n")
	p.ints = tagsOf(p.ints[:0], i)
	for _, t := range p.ints {
		p.str("<meta property=\"article:tag\" content=\"")
		p.str(s.tagTitles[t])
		p.str("\">\n")
	}
	p.str("<meta property=\"article:author\" content=\"")
	p.abs("/author/" + s.authorSlugs[au] + "/")
	p.str("\">\n<meta name=\"author\" content=\"")
	p.str(authorNames[au])
	p.str("\">\n<link rel=\"amphtml\" href=\"")
	p.abs("/amp")
	p.byt(path)
	p.str("\">\n")
	s.jsonLD(p, i, path)
	s.closeHead(p, "article "+s.sections[sec])
	p.str("<main id=\"main\">\n<article class=\"story\">\n<nav class=\"breadcrumb\"><a href=\"/\">Home</a> › <a href=\"/")
	p.str(s.sections[sec])
	p.str("/\">")
	p.str(s.sectionTitles[sec])
	p.str("</a></nav>\n<h1 class=\"headline\">")
	p.escb(p.hb)
	p.str("</h1>\n<p class=\"standfirst\">")
	p.escb(p.db)
	p.str("</p>\n<p class=\"byline\">By <a rel=\"author\" href=\"/author/")
	p.str(s.authorSlugs[au])
	p.str("/\">")
	p.str(authorNames[au])
	p.str("</a> · <time datetime=\"")
	p.b = appendRFC3339(p.b, pub)
	p.str("\">")
	p.b = appendHumanDate(p.b, pub)
	p.str("</time></p>\n<div class=\"share\"><a href=\"https://twitter.com/intent/tweet?url=")
	p.absb(path)
	p.str("\">Share</a></div>\n<div class=\"article-body\">\n")
	p.b = s.appendBody(p.b, i, "<figure><img src=\"/img/photo.jpg\" alt=\"A view of the harbour\" width=\"640\" height=\"360\"><figcaption>A view of the harbour. Photo: "+siteName+"</figcaption></figure>\n")
	p.str("</div>\n<ul class=\"tags\">\n")
	for _, t := range p.ints {
		p.str("<li><a rel=\"tag\" href=\"/tag/")
		p.str(tagName(t))
		p.str("/\">")
		p.str(s.tagTitles[t])
		p.str("</a></li>\n")
	}
	p.str("</ul>\n<section class=\"related\"><h2>Related stories</h2><ul>\n")
	s.articleItems(p, s.related(i))
	p.str("</ul></section>\n<section id=\"comments\" class=\"comments\"><h2>Comments</h2><p>Comments are closed for this story.</p></section>\n</article>\n</main>\n")
	s.closePage(p, uint64(i)*2654435761, "article")
}

// jsonLD writes the NewsArticle JSON-LD of article i, whose path is path;
// the headline and standfirst are in the scratch buffers.
func (s *Site) jsonLD(p *page, i int, path []byte) {
	au := authorOf(i)
	p.str("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":\"")
	p.b = appendJSON(p.b, p.origin)
	p.byt(path)
	p.str("\"},\"url\":\"")
	p.b = appendJSON(p.b, p.origin)
	p.byt(path)
	p.str("\",\"headline\":\"")
	p.b = appendJSON(p.b, p.hb)
	p.str("\",\"description\":\"")
	p.b = appendJSON(p.b, p.db)
	p.str("\",\"image\":[\"")
	p.b = appendJSON(p.b, p.origin)
	p.str("/img/photo.jpg\"],\"datePublished\":\"")
	p.b = appendRFC3339(p.b, s.published(i))
	p.str("\",\"dateModified\":\"")
	p.b = appendRFC3339(p.b, s.modified(i))
	p.str("\",\"author\":[{\"@type\":\"Person\",\"name\":\"")
	p.str(authorNames[au])
	p.str("\",\"url\":\"")
	p.b = appendJSON(p.b, p.origin)
	p.str("/author/")
	p.str(s.authorSlugs[au])
	p.str("/\"}],\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":\"" + siteName + "\",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"")
	p.b = appendJSON(p.b, p.origin)
	p.str("/img/photo.jpg\"}},\"articleSection\":\"")
	p.str(s.sectionTitles[s.sectionOf(i)])
	p.str("\",\"keywords\":[")
	p.ints = tagsOf(p.ints[:0], i)
	for k, t := range p.ints {
		if k > 0 {
			p.str(",")
		}
		p.str("\"")
		p.str(s.tagTitles[t])
		p.str("\"")
	}
	p.str("],\"inLanguage\":\"en\",\"isAccessibleForFree\":true}</script>\n")
}

// ampPage writes the AMP version of article i.
func (s *Site) ampPage(p *page, i int) {
	s.article(p, i)
	path := p.pb
	au := authorOf(i)
	p.str("<!doctype html>\n<html ⚡ lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<script async src=\"https://cdn.ampproject.org/v0.js\"></script>\n<title>")
	p.escb(p.hb)
	p.str(" – " + siteName + "</title>\n<link rel=\"canonical\" href=\"")
	p.absb(path)
	p.str("\">\n<meta name=\"viewport\" content=\"width=device-width,minimum-scale=1,initial-scale=1\">\n")
	p.str("<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>\n")
	p.str("<style amp-custom>body{font-family:Georgia,serif;margin:0 auto;max-width:40rem;padding:1rem}h1{font-size:1.8rem}.byline{color:#555}</style>\n")
	s.jsonLD(p, i, path)
	p.str("</head>\n<body>\n<header><a href=\"/\">" + siteName + "</a></header>\n<article>\n<h1>")
	p.escb(p.hb)
	p.str("</h1>\n<p class=\"byline\">By ")
	p.str(authorNames[au])
	p.str(" · <time datetime=\"")
	p.b = appendRFC3339(p.b, s.published(i))
	p.str("\">")
	p.b = appendHumanDate(p.b, s.published(i))
	p.str("</time></p>\n")
	p.b = s.appendBody(p.b, i, "<amp-img src=\"/img/photo.jpg\" width=\"640\" height=\"360\" layout=\"responsive\" alt=\"A view of the harbour\"></amp-img>\n")
	p.str("</article>\n<footer><a href=\"")
	p.absb(path)
	p.str("\">Read the full article</a></footer>\n</body>\n</html>\n")
}

// homePage writes the front page.
func (s *Site) homePage(p *page) {
	desc := []byte("News, analysis and opinion from " + siteName + ".")
	s.openHead(p, []byte("Latest news"), []byte("/"), "website", desc)
	p.str("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"" + siteName + "\",\"url\":\"")
	p.b = appendJSON(p.b, p.origin)
	p.str("/\"},{\"@type\":\"NewsMediaOrganization\",\"name\":\"" + siteName + "\",\"url\":\"")
	p.b = appendJSON(p.b, p.origin)
	p.str("/\"}]}</script>\n")
	s.closeHead(p, "home")
	p.str("<main id=\"main\">\n<h1 class=\"visually-hidden\">" + siteName + "</h1>\n<section class=\"top-stories\"><h2>Top stories</h2>\n")
	all := s.all()
	for r := range min(s.perPage, all.length()) {
		s.teaser(p, all.at(r))
	}
	p.str("</section>\n<section class=\"also\"><h2>Also on the site</h2><ul>\n<li><a href=\"")
	p.str(s.missing)
	p.str("\">A story that was taken down</a></li>\n<li><a href=\"")
	p.str(s.redirectFrom)
	p.str("\">From the archive</a></li>\n<li><a href=\"//")
	p.str(p.origin[len(schemeOf(p.origin))+3:])
	p.str("/tag/analysis/\">Analysis</a></li>\n")
	p.str("<li><a href=\"/private/drafts/\">Drafts</a></li>\n<li><a href=\"" + privateStory + "\">Embargoed story</a></li>\n")
	p.str("<li><a href=\"" + calendarStart + "\">Events calendar</a></li>\n")
	p.str("<li><a href=\"/files/report.pdf\">Annual report (PDF)</a></li>\n<li><a href=\"/img/photo.jpg\">Photo of the day</a></li>\n<li><a href=\"/data.json\">Open data</a></li>\n")
	p.str("<li><a href=\"/feed.xml\">RSS feed</a></li>\n")
	if s.slowDelay > 0 {
		p.str("<li><a href=\"" + slowPath + "\">Live blog</a></li>\n")
	}
	p.str("</ul></section>\n")
	for k, sec := range s.sections {
		p.str("<section class=\"section-block\"><h2><a href=\"/")
		p.str(sec)
		p.str("/\">")
		p.str(s.sectionTitles[k])
		p.str("</a></h2><ul>\n")
		q := s.sectionSeq(k)
		for r := range min(3, q.length()) {
			s.article(p, q.at(r))
			p.str("<li><a href=\"")
			p.byt(p.pb)
			p.str("\">")
			p.escb(p.hb)
			p.str("</a></li>\n")
		}
		p.str("</ul></section>\n")
	}
	p.str("<section class=\"topics\"><h2>Topics</h2><ul>\n")
	for k := range len(topicTags) {
		if s.tagSeq(k).length() == 0 {
			continue
		}
		p.str("<li><a href=\"/tag/")
		p.str(tagName(k))
		p.str("/\">")
		p.str(s.tagTitles[k])
		p.str("</a></li>\n")
	}
	p.str("</ul></section>\n<section class=\"archive\"><h2>Archive</h2><ul>\n")
	for m, old := s.newestMonth(), s.oldestMonth(); !m.before(old); m = m.prev() {
		p.str("<li><a href=\"")
		p.str(archivePath(m))
		p.str("\">")
		p.str(time.Month(m.m).String())
		p.str(" ")
		p.int(m.y)
		p.str("</a></li>\n")
	}
	p.str("</ul></section>\n</main>\n")
	s.closePage(p, 1, "home")
}

// schemeOf returns "http" or "https" of an origin.
func schemeOf(origin string) string {
	if len(origin) > 5 && origin[4] == 's' {
		return "https"
	}
	return "http"
}

// simplePage writes a small page with a title, paragraphs of HTML and no
// article markup (calendar, drafts, slow page, errors).
func (s *Site) simplePage(p *page, canonical, title, bodyHTML string) {
	s.openHead(p, []byte(title), []byte(canonical), "website", []byte(title))
	p.str("<meta name=\"robots\" content=\"noindex\">\n")
	s.closeHead(p, "simple")
	p.str("<main id=\"main\">\n<h1>")
	p.esc(title)
	p.str("</h1>\n")
	p.str(bodyHTML)
	p.str("</main>\n")
	s.closePage(p, hashString(canonical), "simple")
}

// calendarPage writes the events calendar of m, which links to the months
// before and after it without end: a crawler trap.
func (s *Site) calendarPage(p *page, m month) {
	path := calendarPath(m)
	title := "Events calendar: " + time.Month(m.m).String() + " " + string(appendInt(nil, m.y, 4))
	var body []byte
	body = append(body, "<nav class=\"calendar-nav\">"...)
	if pm := m.prev(); pm.y >= minCalendarYear {
		body = append(append(append(body, "<a rel=\"prev\" href=\""...), calendarPath(pm)...), "\">Previous month</a> "...)
	}
	if nm := m.next(); nm.y <= maxCalendarYear {
		body = append(append(append(body, "<a rel=\"next\" href=\""...), calendarPath(nm)...), "\">Next month</a>"...)
	}
	body = append(body, "</nav>\n<table class=\"calendar\"><tr><th>Day</th><th>Event</th></tr>\n"...)
	days := time.Date(m.y, time.Month(m.m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	for d := 1; d <= days; d += 3 {
		body = appendInt(append(body, "<tr><td>"...), d, 0)
		body = append(append(append(body, "</td><td>"...), places[(m.y*12+m.m+d)%len(places)]...), " town hall meeting</td></tr>\n"...)
	}
	body = append(body, "</table>\n"...)
	s.simplePage(p, path, title, string(body))
}

// Calendar bounds: years are written with four digits.
const (
	minCalendarYear = 1000
	maxCalendarYear = 9999
)

func calendarPath(m month) string {
	var b [32]byte
	out := append(b[:0], "/calendar/"...)
	out = appendInt(out, m.y, 4)
	out = append(out, '/')
	out = appendInt(out, m.m, 2)
	return string(append(out, '/'))
}

// privateStoryPage writes the embargoed story under /private/: an article
// in every respect, that a crawler obeying robots.txt never sees.
func (s *Site) privateStoryPage(p *page) {
	title := []byte("Embargoed budget leak reveals deep spending cuts")
	desc := []byte("Draft documents seen before publication show sweeping cuts.")
	s.openHead(p, title, []byte(privateStory), "article", desc)
	p.str("<meta property=\"article:published_time\" content=\"2025-08-18T06:00:00Z\">\n")
	p.str("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"")
	p.b = appendJSON(p.b, title)
	p.str("\",\"datePublished\":\"2025-08-18T06:00:00Z\",\"author\":{\"@type\":\"Person\",\"name\":\"" + authorNames[0] + "\"}}</script>\n")
	s.closeHead(p, "article private")
	p.str("<main id=\"main\">\n<article class=\"story\">\n<h1 class=\"headline\">")
	p.escb(title)
	p.str("</h1>\n<p class=\"byline\">By " + authorNames[0] + "</p>\n<div class=\"article-body\">\n")
	p.b = s.appendBody(p.b, s.n, "")
	p.str("</div>\n</article>\n</main>\n")
	s.closePage(p, 2, "article")
}

// css is the inline style sheet every HTML page carries, as real pages do.
const css = `<style>
:root{--ink:#1a1a1a;--muted:#5c5c5c;--accent:#b3121f;--rule:#e2e2e2;--paper:#fff}
*{box-sizing:border-box}html{font-size:16px}body{margin:0;color:var(--ink);background:var(--paper);font-family:Georgia,"Times New Roman",serif;line-height:1.55}
a{color:inherit;text-decoration:none}a:hover{text-decoration:underline}.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem}
.site-header{display:flex;flex-wrap:wrap;align-items:center;gap:1rem;padding:1rem 2rem;border-bottom:4px solid var(--accent)}
.logo{font-size:2rem;font-weight:700;letter-spacing:-.02em}.main-nav ul,.footer-sections ul,.footer-links{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;margin:0;padding:0}
.main-nav a{font-family:Helvetica,Arial,sans-serif;font-size:.9rem;text-transform:uppercase;letter-spacing:.05em}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem}.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.teaser{padding:1rem 0;border-bottom:1px solid var(--rule)}.teaser h3{margin:0 0 .3rem;font-size:1.35rem;line-height:1.25}
.standfirst{font-size:1.15rem;color:var(--muted);margin:.3rem 0}.meta,.byline{font-family:Helvetica,Arial,sans-serif;font-size:.85rem;color:var(--muted)}
.headline{font-size:2.4rem;line-height:1.1;margin:.5rem 0}.breadcrumb{font-family:Helvetica,Arial,sans-serif;font-size:.8rem;color:var(--accent)}
.article-body p{margin:0 0 1.1rem;font-size:1.1rem}.article-body h2{font-size:1.4rem;margin:2rem 0 .8rem}
figure{margin:1.5rem 0}figure img{width:100%;height:auto}figcaption{font-size:.8rem;color:var(--muted)}
.tags{display:flex;gap:.5rem;list-style:none;padding:0}.tags a{border:1px solid var(--rule);padding:.1rem .5rem;border-radius:3px;font-size:.8rem}
.related,.comments{border-top:2px solid var(--ink);margin-top:2rem}.pagination ul{display:flex;gap:.5rem;list-style:none;padding:0}
.most-read{max-width:46rem;margin:2rem auto;padding:1rem;background:#f6f4ef}.most-read ol{padding-left:1.2rem}
.site-footer{background:#111;color:#ddd;padding:2rem;font-family:Helvetica,Arial,sans-serif;font-size:.85rem}.copyright{color:#888}
.calendar{border-collapse:collapse}.calendar td,.calendar th{border:1px solid var(--rule);padding:.2rem .6rem}
@media (max-width:40rem){.headline{font-size:1.8rem}.site-header{padding:1rem}}
</style>
`

// tracker is the analytics snippet at the end of every HTML page.
const tracker = `<script>
(function(w,d){var q=w._gq=w._gq||[];function t(e,p){q.push([e,p||{},Date.now()])}
t("pageview",{path:d.location.pathname,ref:d.referrer});
d.addEventListener("click",function(e){var a=e.target.closest&&e.target.closest("a");if(a&&a.host!==d.location.host){t("outbound",{href:a.href})}});
w.addEventListener("scroll",function(){var h=d.documentElement,s=(h.scrollTop+w.innerHeight)/h.scrollHeight;if(s>.9&&!w._gqDepth){w._gqDepth=1;t("scroll90")}},{passive:true});
})(window,document);
</script>
`
