package scoop

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/newsscoop/scoop/internal/discover"
	"github.com/newsscoop/scoop/internal/text"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minArticleWords is the least body a page needs to count as an article
// when its metadata does not say it is one.
const minArticleWords = 25

// errorTitle matches the titles of error pages.
var errorTitle = regexp.MustCompile(`(?i)(\b404\b|\b410\b|page not found|not found|seite nicht gefunden|page introuvable|página no encontrada|pagina non trovata|página não encontrada|niet gevonden|страница не найдена|ページが見つかりません|找不到页面|error page|access denied)`)

// checkArticle says why the page holds no article, or "" when it does. A
// page is an article when its body has enough prose that is not mostly
// links; a page declared an article (JSON-LD, og:type article) needs less,
// so paywall stubs and short news briefs still count.
func (p *page) checkArticle(a *Article) string {
	words := a.WordCount
	declared := p.art != nil && !hasType(p.art, "WebPage", "CollectionPage", "SearchResultsPage", "WebSite", "ProfilePage") || p.meta.Tag("og:type") == "article"
	// An address shaped like an article's (a dated slug, an article id)
	// is evidence too: such pages are articles whose body did not come
	// out, not section fronts.
	articleURL := p.base != nil && discover.ClassifyURL(p.base.String()) == discover.Article
	if errorTitle.MatchString(p.meta.Title) && words < 150 && !declared {
		return "an error page"
	}
	if p.body.allText > 0 && p.body.linkText*2 > p.body.allText && words < 150 && !articleURL {
		return "a list of links (section front or index)"
	}
	if hasLoginForm(p.root) && words < 150 && !declared {
		return "a login form"
	}
	switch {
	case words == 0:
		return "no body text"
	case p.art == nil && words < 150 && isRootURL(p.base) && discover.ClassifyURL(a.CanonicalURL) != discover.Article:
		// A page stored without its address (read from a file, an
		// archive) whose canonical URL names an article is not one.
		return "a home page" // sites that put og:type article on every page too
	case declared && words >= 15:
		return ""
	case articleURL && words > 0:
		return ""
	case words < minArticleWords || p.body.proseWords() < minArticleWords:
		return "too little body text"
	}
	return ""
}

// hasLoginForm reports whether the page's content is a login form: a
// password field outside the site's chrome. The sign-in box of a header,
// menu bar, sidebar or modal is on every page of its site, articles too.
func hasLoginForm(root *html.Node) bool {
	return findFirst(root, func(n *html.Node) bool {
		return n.DataAtom == atom.Input && strings.EqualFold(attr(n, "type"), "password") && !inSignInChrome(n)
	}) != nil
}

// inSignInChrome reports whether n sits in the site's chrome: a frame element
// between it and the page's main content, <body> or <html> (whose classes
// describe the layout: "has-sidebar").
func inSignInChrome(n *html.Node) bool {
	for c := n.Parent; c != nil && c.Type == html.ElementNode; c = c.Parent {
		switch c.DataAtom {
		case atom.Body, atom.Html, atom.Main, atom.Article:
			return false
		}
		if strings.EqualFold(attr(c, "role"), "main") {
			return false
		}
		if isChrome(c) {
			return true
		}
	}
	return false
}

// chromeWords are class and id words of the containers that frame every
// page of a site: headers, menus, sidebars and pop-ups.
var chromeWords = regexp.MustCompile(`header|menu|navbar|sidebar|modal|popup|dropdown|overlay|flyout|offcanvas`)

// isChrome reports whether n frames the page rather than holds its
// content.
func isChrome(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Header, atom.Nav, atom.Aside, atom.Footer, atom.Dialog:
		return true
	}
	switch strings.ToLower(attr(n, "role")) {
	case "banner", "navigation", "dialog", "complementary":
		return true
	}
	return chromeWords.MatchString(classID(n))
}

// isRootURL reports whether u is a site's home page: no path, no query.
func isRootURL(u *url.URL) bool {
	return u != nil && strings.Trim(u.Path, "/") == "" && u.RawQuery == ""
}

// proseWords counts the words of the body's paragraphs that read like
// sentences (eight words or more): menus, labels and captions of a page
// that is not an article have words but no prose.
func (b *body) proseWords() int {
	n := 0
	for _, bl := range b.blocks {
		if w := text.WordCount(bl.text); w >= 8 && bl.level == 0 {
			n += w
		}
	}
	return n
}
