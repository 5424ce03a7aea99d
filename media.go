package scoop

import (
	"net/url"
	"path"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsscoop/scoop/internal/dates"
	"github.com/newsscoop/scoop/internal/text"
	"github.com/newsscoop/scoop/selectors"
)

// resolveImage returns the lead image: the one the page declares (og:image,
// JSON-LD image, twitter:image), else the first figure of the body; with
// the caption and credit printed with it on the page.
func (p *page) resolveImage() *Image {
	img := &Image{}
	if p.art != nil && len(p.art.Images) > 0 {
		if i := p.art.Images[0]; !placeholderImage(absURL(p.base, i.URL)) {
			img.URL, img.Caption, img.Credit = absURL(p.base, i.URL), text.Clean(i.Caption), text.Clean(i.Credit)
		}
	}
	if u := absURL(p.base, p.meta.Tag("og:image", "og:image:url", "og:image:secure_url")); u != "" && !placeholderImage(u) {
		if img.URL == "" || sameImage(img.URL, u) {
			img.URL = u
		} else {
			img = &Image{URL: u}
		}
	}
	if u := absURL(p.base, p.meta.Tag("twitter:image", "twitter:image:src", "thumbnail")); img.URL == "" && !placeholderImage(u) {
		img.URL = u
	}
	if img.URL == "" {
		for _, l := range p.meta.Links["image_src"] {
			if u := absURL(p.base, l.Href); !placeholderImage(u) {
				img.URL = u
			}
		}
	}
	if img.URL == "" && p.body.node != nil {
		if n := findFirst(p.body.node, func(c *html.Node) bool {
			return c.DataAtom == atom.Img && attr(c, "src") != "" && !placeholderImage(absURL(p.base, attr(c, "src")))
		}); n != nil {
			img.URL = absURL(p.base, attr(n, "src"))
		}
	}
	if img.URL == "" {
		return nil
	}
	if img.Caption == "" || img.Credit == "" {
		cap, credit := p.figureText(img.URL)
		if img.Caption == "" {
			img.Caption = cap
		}
		if img.Credit == "" {
			img.Credit = credit
		}
	}
	if img.Credit != "" && strings.HasSuffix(img.Caption, img.Credit) {
		img.Caption = strings.TrimSpace(strings.TrimSuffix(img.Caption, img.Credit))
	}
	return img
}

// placeholderImage reports whether u is an image that is never an
// article's picture: a logo, icon, blank or default image, an avatar.
// Only the file name is read, not the folders ("sites/default/files") or
// the query ("impolicy=logo-overlay").
func placeholderImage(u string) bool {
	pu, err := url.Parse(u)
	if err != nil || u == "" {
		return u != ""
	}
	lp := strings.ToLower(pu.Path)
	return pu.Scheme != "" && pu.Host == "" ||
		selectors.PlaceholderImageHost.MatchString(strings.ToLower(pu.Hostname())) ||
		selectors.PlaceholderImageDir.MatchString(lp) ||
		selectors.PlaceholderImage.MatchString(path.Base(lp)) ||
		selectors.GenericShareImage.MatchString(path.Base(lp))
}

// sameImage reports whether two image URLs name the same file (sizes and
// query strings aside).
func sameImage(a, b string) bool {
	return imageKey(a) == imageKey(b)
}

func imageKey(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return s
	}
	base := path.Base(u.Path)
	if i := strings.LastIndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	// WordPress sizes: name-1024x683.
	if i := strings.LastIndexByte(base, '-'); i > 0 && strings.Contains(base[i:], "x") {
		base = base[:i]
	}
	return strings.ToLower(base)
}

// figureText finds the figure that shows the image at u and returns its
// caption and credit.
func (p *page) figureText(u string) (string, string) {
	key := imageKey(u)
	var fig *html.Node
	walk(p.root, func(c *html.Node) bool {
		if fig != nil {
			return false
		}
		if c.Type == html.ElementNode && (c.DataAtom == atom.Img || c.DataAtom == atom.Source) {
			for _, a := range []string{"src", "data-src", "srcset", "data-srcset", "data-lazy-src"} {
				if v := attr(c, a); v != "" && strings.Contains(strings.ToLower(v), key) {
					fig = figureOf(c)
					if fig == nil || p.inClutter(fig) {
						fig = nil
					}
					return false
				}
			}
		}
		return true
	})
	if fig == nil {
		return p.looseCaption(key)
	}
	caption, credit := "", ""
	if n := p.matcher(selectors.Credit).MatchFirst(fig); n != nil {
		credit = nodeText(n)
	}
	if n := p.matcher(selectors.Caption).MatchFirst(fig); n != nil {
		if credit == "" {
			credit = trailingCredit(n)
		}
		caption = nodeText(n)
		if credit != "" {
			caption = strings.TrimSpace(strings.Replace(caption, credit, "", 1))
		}
	}
	return caption, credit
}

// creditText matches the text of a photo credit.
var creditText = regexp.MustCompile(`(?i)(©|\(c\)|copyright|photo|foto|bild|image|credit|getty|reuters|\bap\b|afp|epa|dpa|shutterstock|istock| / )`)

// trailingCredit returns the credit written as the last inline element of
// a caption ("... on Monday. <span>Jane Doe / Agency</span>").
func trailingCredit(caption *html.Node) string {
	var last *html.Node
	for c := caption.LastChild; c != nil; c = c.PrevSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		last = c
		break
	}
	if last == nil || last.Type != html.ElementNode || last == caption.FirstChild {
		return ""
	}
	switch last.DataAtom {
	case atom.Span, atom.Small, atom.Em, atom.I, atom.Cite:
		if t := nodeText(last); len(t) < 100 && creditText.MatchString(t) {
			return t
		}
	}
	return ""
}

// looseCaption reads the caption and credit of an image shown without
// figure markup (a small table or box around the image): in the smallest
// ancestor with text, a short line that reads like a credit is the
// credit, the longest other line the caption.
func (p *page) looseCaption(key string) (string, string) {
	img := findFirst(p.root, func(c *html.Node) bool {
		return c.DataAtom == atom.Img && strings.Contains(strings.ToLower(attr(c, "src")), key)
	})
	if img == nil {
		return "", ""
	}
	box := img.Parent
	for i := 0; box != nil && i < 4 && textLen(box) == 0; i++ {
		box = box.Parent
	}
	if box == nil || textLen(box) > 600 || p.inClutter(box) {
		return "", ""
	}
	caption, credit := "", ""
	for _, n := range findAll(box, ownsText) {
		t := nodeText(n)
		if t == "" || hasBlockChild(n) {
			continue
		}
		if credit == "" && len(t) < 80 && creditText.MatchString(t) {
			credit = t
		} else if len(t) > len(caption) {
			caption = t
		}
	}
	return caption, credit
}

func findFirst(n *html.Node, fn func(*html.Node) bool) *html.Node {
	var found *html.Node
	walk(n, func(c *html.Node) bool {
		if found != nil {
			return false
		}
		if c.Type == html.ElementNode && fn(c) {
			found = c
			return false
		}
		return true
	})
	return found
}

// resolveTags returns the topics the page declares: article:tag, JSON-LD
// keywords, the tag links printed with the article, news_keywords.
func (p *page) resolveTags() []string {
	var tags []string
	tags = append(tags, p.meta.Tags["article:tag"]...)
	if len(tags) == 0 && p.art != nil {
		tags = append(tags, p.art.Keywords...)
	}
	if len(tags) == 0 {
		for _, n := range p.matcher(selectors.Tags).MatchAll(p.root) {
			if !inComments(n) && !inChrome(n) && !inTagCloud(n) && !tagIndexLink(n) {
				tags = append(tags, nodeText(n))
			}
		}
	}
	if len(tags) == 0 {
		for _, k := range []string{"news_keywords", "keywords"} {
			for _, v := range p.meta.Tags[k] {
				tags = append(tags, strings.Split(v, ",")...)
			}
		}
	}
	var split []string
	for _, t := range tags {
		for _, s := range strings.Split(t, ",") {
			s = termLabel(s)
			if !selectors.PlaceholderTerm.MatchString(s) {
				split = append(split, s)
			}
		}
	}
	return cleanList(split, 50)
}

// termLabel cleans a category or tag value and drops the label a theme
// prints before it ("Posted in News", "Tagged jobs"), which microdata on
// the label's element reads with the value.
func termLabel(s string) string {
	s = text.Clean(s)
	if t := strings.TrimSpace(selectors.TermLabel.ReplaceAllString(s, "")); t != "" {
		return t
	}
	return s
}

// inTagCloud reports whether the tag link n sits in a site-wide tag cloud
// or a sidebar, which list the site's topics, not the article's.
func inTagCloud(n *html.Node) bool {
	if strings.Contains(attr(n, "class"), "tag-cloud-link") {
		return true
	}
	for c, i := n.Parent, 0; c != nil && i < 8; c, i = c.Parent, i+1 {
		if c.Type == html.ElementNode && selectors.TagCloud.MatchString(classID(c)) {
			return true
		}
	}
	return false
}

// tagIndexLink reports whether the tag link n leads to the index of all
// tags ("/thema", "/tags/"): the label of a tag list, not a tag.
func tagIndexLink(n *html.Node) bool {
	u, err := url.Parse(attr(n, "href"))
	if err != nil || u.Path == "" {
		return false
	}
	return selectors.TagFolder.MatchString(path.Base(strings.ToLower(u.Path)))
}

// resolveCategory returns the site section: article:section, JSON-LD
// articleSection, then the category link printed with the article.
func (p *page) resolveCategory() string {
	for _, k := range []string{"article:section", "section", "parsely-section", "sailthru.section"} {
		if c := termLabel(p.meta.Tag(k)); c != "" && !selectors.PlaceholderTerm.MatchString(c) {
			return c
		}
	}
	if p.art != nil {
		for _, s := range p.art.Sections {
			for _, c := range strings.Split(s, ",") {
				if c = termLabel(c); c != "" && !selectors.PlaceholderTerm.MatchString(c) {
					return c
				}
			}
		}
	}
	for _, n := range p.matcher(selectors.Category).MatchAll(p.root) {
		// A link only counts when it leads to a category page: the rule's
		// class can be the post's own ("category-news" on <article>),
		// which holds every link of the text.
		if n.DataAtom == atom.A && !hasRel(n, "category") && !p.categoryHref(attr(n, "href"), nodeText(n)) {
			continue
		}
		if p.inClutter(n) || p.inByline(n) {
			continue
		}
		if t := termLabel(nodeText(n)); t != "" && len(t) < 60 && p.categoryName(t) {
			return t
		}
	}
	return p.sectionLink()
}

// categoryHref reports whether href, a link reading label, leads to a
// category page: its path has a taxonomy folder ("/category/politics/"),
// is a section the article's own path sits in ("/world" for
// "/world/2024/story"), or ends in the label's slug ("/fr/entretiens").
func (p *page) categoryHref(href, label string) bool {
	u, err := url.Parse(href)
	if err != nil || p.base == nil || u.Host != "" && !strings.EqualFold(u.Hostname(), p.base.Hostname()) {
		return false
	}
	lp := strings.Trim(strings.ToLower(u.Path), "/")
	if lp == "" {
		return false
	}
	segs := strings.Split(lp, "/")
	for _, seg := range segs {
		if selectors.CategoryFolder.MatchString(seg) {
			return true
		}
	}
	if last, err := url.PathUnescape(segs[len(segs)-1]); err == nil && len(segs) <= 3 && last == strings.ReplaceAll(strings.ToLower(label), " ", "-") {
		return true
	}
	own := strings.Trim(strings.ToLower(p.base.Path), "/")
	return len(own) > len(lp) && strings.HasPrefix(own, lp+"/")
}

// categoryName reports whether the printed label t can name a section:
// not a placeholder ("Uncategorized"), not a year or date, not one of the
// authors.
func (p *page) categoryName(t string) bool {
	if selectors.PlaceholderTerm.MatchString(t) || selectors.RelatedLinkUI.MatchString(t) || yearLike.MatchString(t) || len(dates.Find(t, "", 1)) > 0 {
		return false
	}
	for _, a := range p.authors {
		if strings.Contains(strings.ToLower(t), strings.ToLower(a.Name)) {
			return false
		}
	}
	return true
}

// yearLike matches a label that is a year ("2024"), not one that names
// an event by its year ("Euro 2024").
var yearLike = regexp.MustCompile(`^\W*(1[89]|20)\d\d\W*$`)

// sectionLink finds the section from the URL: a link outside navigation
// to the section the article's path sits in ("/world/..." links "/world"),
// whose text names that section. The link gives the printed name.
func (p *page) sectionLink() string {
	if p.base == nil {
		return ""
	}
	segs := strings.Split(strings.Trim(p.base.Path, "/"), "/")
	if len(segs) < 2 {
		return ""
	}
	var found string
	walk(p.root, func(n *html.Node) bool {
		if n.Type == html.DocumentNode {
			return true
		}
		if found != "" || n.Type != html.ElementNode || n.DataAtom == atom.Nav || n.DataAtom == atom.Footer || n.DataAtom == atom.Header && n.Parent != nil && n.Parent.DataAtom == atom.Body {
			return false
		}
		if n.DataAtom != atom.A {
			return true
		}
		u, err := url.Parse(attr(n, "href"))
		if err != nil {
			return false
		}
		lp := strings.Trim(u.Path, "/")
		for i := range segs[:len(segs)-1] {
			if lp == strings.Join(segs[:i+1], "/") && (u.Host == "" || strings.EqualFold(u.Hostname(), p.base.Hostname())) {
				t := nodeText(n)
				if strings.EqualFold(strings.ReplaceAll(t, " ", "-"), segs[i]) && !p.inClutter(n) {
					found = t
				}
			}
		}
		return false
	})
	return found
}

// cleanList trims, drops empties and duplicates (case-insensitive), and
// keeps at most max items.
func cleanList(in []string, max int) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range in {
		s = strings.Trim(text.Clean(s), "#,;")
		k := strings.ToLower(s)
		if s == "" || len(s) > 100 || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
		if len(out) == max {
			break
		}
	}
	return out
}

// inChrome reports whether n is in the site's navigation or footer.
func inChrome(n *html.Node) bool {
	for c := n; c != nil; c = c.Parent {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Nav || c.DataAtom == atom.Footer || attr(c, "role") == "navigation") {
			return true
		}
	}
	return false
}

// figureOf returns the element that holds an image with its caption: a
// <figure> ancestor, else the nearest ancestor whose class names a
// caption, figure or image box.
func figureOf(img *html.Node) *html.Node {
	for n, i := img.Parent, 0; n != nil && i < 5; n, i = n.Parent, i+1 {
		if n.DataAtom == atom.Figure {
			return n
		}
	}
	return closest(img.Parent, func(n *html.Node) bool {
		ci := classID(n)
		return strings.Contains(ci, "caption") || strings.Contains(ci, "figure") || strings.Contains(ci, "image") || strings.Contains(ci, "photo")
	})
}
