package scoop

import (
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsscoop/scoop/internal/meta"
	"github.com/newsscoop/scoop/internal/text"
	"github.com/newsscoop/scoop/selectors"
)

// minTitleNameWords is the fewest words of a declared publisher, WebSite or
// app name that is taken for the page's title rather than the site's name
// when the two match.
const minTitleNameWords = 4

// page holds one extraction's state: the parsed tree (read only), the
// metadata read from it once, and the values resolved so far. It lives for
// one call.
type page struct {
	cfg     *config
	root    *html.Node
	doc     *goquery.Document
	pageURL string
	base    *url.URL
	host    string
	meta    *meta.Meta
	art     *meta.Entity // the page's article entity, or nil

	siteNames     []string
	headline      string
	headlineNode  *html.Node
	standfirst    string
	dekFull       string     // the description the standfirst was cut from (see dropCutTail)
	dekNode       *html.Node // the visible dek element, if any
	dekIsBody     bool       // the dek is the body's only paragraph
	titleLine     string     // a heading under the headline that is not the dek; see bareHeading
	bylineNodes   []*html.Node
	authors       []Author
	category      string
	body          *body
	container     *html.Node // the body rules' container; see bodyContainer
	containerDone bool
	drops         discardSet // see discards
	clusters      topNodes   // elements with the most own paragraph text; see paragraphCluster
	clusterText   int        // own paragraph text of paragraphCluster's element
	anchor        *html.Node // see headAnchor (without a headline element)
	anchorDone    bool
	boxes         []*html.Node // see authorBoxes
	boxesDone     bool
	noArticle     string // why the page holds no article, "" when it does

	clutter       map[*html.Node]bool // memo of inClutter
	notRelM, relM selectors.Matcher
}

func newPage(root *html.Node, pageURL string, cfg *config) *page {
	p := &page{cfg: cfg, root: root, pageURL: pageURL, base: parseBase(pageURL)}
	if p.base != nil {
		p.host = strings.ToLower(p.base.Hostname())
	}
	p.doc = goquery.NewDocumentFromNode(root)
	p.doc.Url = p.base
	return p
}

// matcher returns the rules of field f for this page's host.
func (p *page) matcher(f selectors.Field) selectors.Matcher {
	return p.cfg.rules.Matcher(f, p.host)
}

// resolve runs the field resolvers in dependency order.
func (p *page) resolve() *Article {
	p.meta = meta.Read(p.root)
	p.art = p.meta.Article()
	a := &Article{URL: p.pageURL}
	a.CanonicalURL = p.canonical()
	if p.base == nil && a.CanonicalURL != "" {
		// No address was given: the page's own canonical URL resolves links.
		p.base = parseBase(a.CanonicalURL)
		if p.base != nil {
			p.host = strings.ToLower(p.base.Hostname())
		}
	}
	siteName, publisherOnly := p.siteName()
	a.SiteName = siteName
	a.Headline = p.resolveHeadline()
	p.headline = a.Headline
	if a.SiteName == "" || publisherOnly {
		if t := p.titleTailName(a.Headline); t != "" {
			a.SiteName = t
		}
	}
	a.Standfirst = p.resolveStandfirst()
	a.Byline, a.Authors = p.resolveAuthors()
	a.Tags = p.resolveTags()
	a.Category = p.resolveCategory()
	p.category = a.Category
	p.body = p.extractBody()
	if p.dekIsBody {
		// The dek is the body's only paragraph: it stays body, and the
		// standfirst never repeats a whole body paragraph.
		p.standfirst = ""
		a.Standfirst = ""
	}
	a.Byline, a.Authors = p.agencyCredit(a.Byline, a.Authors)
	a.Language = p.resolveLanguage()
	a.Published, a.Modified = p.resolveDates(a.Language)
	a.Image = p.resolveImage()
	a.Related = p.resolveRelated(a.CanonicalURL)
	a.Sections, a.Text, a.HTML = p.body.sections, p.body.text, p.body.html
	a.WordCount = text.WordCount(a.Text)
	p.noArticle = p.checkArticle(a)
	return a
}

// canonical returns the page's declared canonical address, absolute.
func (p *page) canonical() string {
	for _, l := range p.meta.Links["canonical"] {
		if u := absURL(p.base, l.Href); u != "" {
			return u
		}
	}
	if u := absURL(p.base, p.meta.Tag("og:url")); u != "" {
		return u
	}
	if p.art != nil {
		if u := absURL(p.base, p.art.URL); u != "" && strings.HasPrefix(u, "http") {
			return u
		}
	}
	return ""
}

// siteName resolves the publication's name and collects every name the
// site goes by (p.siteNames), for cleaning titles and telling organisations
// from people. publisherOnly reports that the name comes from an
// unconfirmed publisher tag alone, which the <title> may overrule.
func (p *page) siteName() (name string, publisherOnly bool) {
	var declared []string
	add := func(s string) {
		s = text.Clean(s)
		if s != "" && len(s) < 100 {
			declared = append(declared, s)
		}
	}
	add(p.meta.Tag("og:site_name"))
	// The other declarations are skipped when they repeat the page's
	// title: CMSs fill them with it.
	addOther := func(s string) {
		if !p.isPageTitle(s) {
			add(s)
		}
	}
	if p.art != nil && p.art.Publisher != nil {
		addOther(p.art.Publisher.Name)
	}
	for _, e := range p.meta.Entities {
		if hasType(e, "WebSite") {
			addOther(e.Name)
		}
	}
	addOther(p.meta.Tag("application-name", "apple-mobile-web-app-title", "al:android:app_name", "al:ios:app_name"))
	if pub := p.meta.Tag("dc.publisher", "publisher"); !p.personPublisher(pub) {
		addOther(pub)
		// A publisher tag alone may name the company that runs the
		// site ("شركة قنوات البث الأردنية" behind "المدينة نيوز"): the
		// <title> may still name the site (see resolve).
		publisherOnly = len(declared) == 1 && declared[0] == text.Clean(pub) && !namesHost(pub, p.host)
	}
	names := append([]string(nil), declared...)
	if tw := strings.TrimPrefix(p.meta.Tag("twitter:site"), "@"); tw != "" && !strings.Contains(tw, "/") {
		names = append(names, tw)
	}
	if p.host != "" {
		names = append(names, hostNames(p.host)...)
	}
	p.siteNames = names
	if len(declared) > 0 {
		return trimSlogan(p.confirmedName(declared), p.host, declared), publisherOnly
	}
	// Learn the name from the title's suffix when the site declares none.
	if t := p.titleSiteName(); t != "" {
		return t, false
	}
	if t := p.meta.Title; t != "" {
		clean := text.CleanTitle(t, names...)
		if clean != t {
			// Stripped at both ends, the end names the site.
			head, rest := text.TitleCut(t, clean)
			if rest == "" {
				rest = head
			}
			rest = trimSlogan(rest, p.host, nil) // "Ebene 11 - Webentwicklung . AutoCAD"
			if rest != "" && len(rest) < 60 && (text.IsOrganization(rest, names...) || nameMatches(rest, hostNames(p.host), nil)) {
				return rest, false
			}
		}
	}
	return "", false
}

// titleTailName returns the site's name from the <title> when nothing
// declares one: the only part after the headline ("Parken in Paris –
// jovelblog", "Kein Cyberterrorismus (diesmal) « Dr. Phillip W. Brunst"),
// or, after section labels, the last or first part that spells the host
// ("Headline - Your Life - MSN Lifestyle" on msn.com). A lone part must
// pass text.IsTitleNamePart: no section label ("Kommentar"), date or page
// number. A title that is a name and a date names the site by its name
// (see text.ArchiveTitleName).
func (p *page) titleTailName(headline string) string {
	tail := text.TitleTail(p.meta.Title, headline)
	if len(tail) > 1 {
		for _, part := range []string{tail[len(tail)-1], tail[0]} {
			if namesHost(part, p.host) {
				return part
			}
		}
		return ""
	}
	if len(tail) == 0 {
		// A blog's archive page: "Old Blog: 2011" over its posts.
		if n := text.ArchiveTitleName(p.meta.Title); n != "" && !text.SameText(headline, text.Clean(p.meta.Title)) {
			return n
		}
		return ""
	}
	name := tail[0]
	if !text.IsTitleNamePart(name, p.host) {
		return ""
	}
	if !strings.HasPrefix(strings.ToLower(text.Clean(p.meta.Title)), strings.ToLower(headline)) &&
		!namesHost(name, p.host) && !text.IsOrganization(name, p.siteNames...) {
		// "Neu - Headline - Vorstellung": between a kicker and a label
		// the last part is a section as often as a name.
		return ""
	}
	return name
}

// personPublisher reports whether the publisher meta tag names a person
// that the host does not spell ("Bussaba Rueegsegger-Panthumhinda" on
// der-farang.com), of three words at most ("American College of
// Physicians" is a body): CMSs fill it with the account that published
// the page.
func (p *page) personPublisher(s string) bool {
	return s != "" && len(strings.Fields(s)) <= 3 && text.LooksLikeName(s) && !text.IsOrganization(s) && !namesHost(s, p.host)
}

// titleSiteName returns the site's name when the <title> is only that
// name ("MEDEF" on medef.com) or ends in it after a letter l standing for
// a bar ("Headline l KBS WORLD" on world.kbs.co.kr): the name must spell
// one of the host's labels.
func (p *page) titleSiteName() string {
	t := text.Clean(p.meta.Title)
	if t == "" || p.host == "" {
		return ""
	}
	if text.WordCount(t) <= 3 && nameMatches(t, hostNames(p.host), nil) {
		return t
	}
	if i := strings.LastIndex(t, " l "); i > 0 {
		if last := t[i+3:]; text.WordCount(last) <= 3 && text.WordCount(t[:i]) >= 3 && namesHost(last, p.host) {
			return last
		}
	}
	return ""
}

// isPageTitle reports whether s, of four words or more, is the page's own
// title (og:title or <title>): a CMS that fills application-name or the
// WebSite name with the article's title ("UK university student halls
// too full…") does not name the site with it.
func (p *page) isPageTitle(s string) bool {
	if text.WordCount(s) < minTitleNameWords {
		return false
	}
	for _, t := range []string{p.meta.Tag("og:title"), p.meta.Title} {
		if t != "" && text.SameText(s, t) {
			return true
		}
	}
	return false
}

// confirmedName picks the publication's name from the declared ones: the
// first that the host name or the <title> confirms ("Reuters" on
// reuters.com, "… | Reuters"), so that a section in og:site_name ("U.S.")
// or a parent company in the publisher ("Macmillan Publishers Limited")
// does not win; without confirmation the first declared name.
func (p *page) confirmedName(declared []string) string {
	if len(declared) == 1 {
		return declared[0]
	}
	var labels []string
	if p.host != "" {
		labels = hostNames(p.host)
	}
	var parts []string
	if t := text.Clean(p.meta.Title); t != "" {
		if c := text.CleanTitle(t, p.siteNames...); c != t {
			if head, tail := text.TitleCut(t, c); head != "" || tail != "" {
				parts = append(parts, head, tail)
			}
		}
	}
	for _, d := range declared {
		forms := []string{d}
		if !strings.Contains(d, " ") && strings.Contains(d, ".") {
			// "Libération.fr", "http://www.tmz.com": also the host's labels.
			h := strings.ToLower(d)
			if _, after, ok := strings.Cut(h, "://"); ok {
				h = after
			}
			h, _, _ = strings.Cut(h, "/")
			forms = append(forms, hostNames(h)...)
		}
		for _, f := range forms {
			if nameMatches(f, labels, parts) {
				if len(forms) > 1 && hostWord(declared[0], labels) {
					// "volksblatt.at" confirmed, "Oberösterreichisches
					// Volksblatt" declared first: the name, not the domain.
					return declared[0]
				}
				if n := spelledName(d, declared, labels); n != "" {
					return n
				}
				return d
			}
		}
	}
	return declared[0]
}

// spelledName returns, for a site name d declared as a web address
// ("https://www.inquirer.com"), another declared name that has a host's
// label as a word ("The Philadelphia Inquirer, LLC" in application-name),
// without its legal form: the name the site prints. It returns "" when d
// is no address or no such name is declared ("TMZ.COM" is a domain too).
func spelledName(d string, declared, labels []string) string {
	if !strings.Contains(d, "://") {
		return ""
	}
	for _, n := range declared {
		if n != d && hostWord(n, labels) {
			if i := strings.LastIndex(n, ", "); i > 0 && text.IsLegalForm(n[i+2:]) {
				n = n[:i]
			}
			return n
		}
	}
	return ""
}

// hostWord reports whether the name d, of two words or more and no
// domain, has one of the host's labels as a word.
func hostWord(d string, labels []string) bool {
	words := strings.Fields(text.Fold(d))
	if len(words) < 2 || strings.Contains(d, ".") {
		return false
	}
	for _, w := range words {
		for _, l := range labels {
			if w == text.Fold(l) {
				return true
			}
		}
	}
	return false
}

// nameMatches reports whether the site name f equals one of the host's
// labels (ignoring case, spaces and punctuation) or one of the parts.
func nameMatches(f string, labels, parts []string) bool {
	key := strings.ReplaceAll(text.Fold(f), " ", "")
	if key == "" {
		return false
	}
	for _, l := range labels {
		if key == strings.ReplaceAll(text.Fold(l), " ", "") {
			return true
		}
	}
	for _, part := range parts {
		if text.SameText(f, part) {
			return true
		}
	}
	return false
}

// trimSlogan removes a slogan from a declared site name: "Aktuálně.cz -
// Víte, co se právě děje" is "Aktuálně.cz" when the first part names the
// host or is another of the declared names.
func trimSlogan(name, host string, declared []string) string {
	for _, sep := range []string{" - ", " | ", " – ", " — ", ": "} {
		first, _, ok := strings.Cut(name, sep)
		if !ok || len(first) < 3 {
			continue
		}
		for _, d := range declared {
			if text.SameText(first, d) {
				return first
			}
		}
		if namesHost(first, host) {
			return first
		}
	}
	// "Boston News, Weather, Sports | WHDH 7News": the slogan comes
	// first and the last part names the host.
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		i := strings.LastIndex(name, sep)
		if i < 0 {
			continue
		}
		if last := name[i+len(sep):]; len(last) >= 3 && namesHost(last, host) && !namesHost(name[:i], host) {
			return last
		}
	}
	return name
}

// namesHost reports whether the name part, spaces, dots and dashes
// removed, contains one of the host's labels or is contained in one.
func namesHost(part, host string) bool {
	key := strings.ToLower(strings.NewReplacer(" ", "", ".", "", "-", "").Replace(part))
	if len(key) < 3 {
		return false
	}
	for _, h := range hostNames(host) {
		h = strings.ReplaceAll(strings.ReplaceAll(h, ".", ""), "-", "")
		if h != "" && (strings.Contains(key, h) || strings.Contains(h, key)) {
			return true
		}
	}
	return false
}

// hostNames gives the labels of a host that may name the site:
// "www.nytimes.com" gives "nytimes.com" and "nytimes".
func hostNames(host string) []string {
	host = strings.TrimPrefix(host, "www.")
	parts := strings.Split(host, ".")
	out := []string{host}
	if len(parts) >= 2 {
		label := parts[len(parts)-2]
		if len(parts) >= 3 && len(label) <= 3 { // bbc.co.uk
			label = parts[len(parts)-3]
		}
		out = append(out, label)
	}
	return out
}

func hasType(e *meta.Entity, types ...string) bool {
	for _, t := range e.Types {
		for _, want := range types {
			if strings.EqualFold(t, want) {
				return true
			}
		}
	}
	return false
}

// clutterMatchers sets up the NotRelated and Related matchers once the
// page's host is known.
func (p *page) clutterMatchers() {
	if p.notRelM == nil {
		p.notRelM = p.matcher(selectors.NotRelated)
		p.relM = p.matcher(selectors.Related)
	}
}

// relatedMatcher returns the page's Related rules.
func (p *page) relatedMatcher() selectors.Matcher {
	p.clutterMatchers()
	return p.relM
}

// inClutter reports whether n sits in a part of the page that is never
// about the article's own metadata: navigation, footers, comments, related
// or popular lists. Answers are memoised per node, so asking about every
// node of a page costs one selector match per node.
func (p *page) inClutter(n *html.Node) bool {
	if n == nil || n.Type == html.DocumentNode {
		return false
	}
	if v, ok := p.clutter[n]; ok {
		return v
	}
	v := false
	if n.Type == html.ElementNode {
		if n.DataAtom == atom.Nav || n.DataAtom == atom.Footer {
			v = true
		} else if n.DataAtom != atom.Html && n.DataAtom != atom.Body {
			// The classes of html and body describe the whole page
			// ("header-menu-nav--closed"), not a box of clutter.
			p.clutterMatchers()
			v = p.notRelM.Match(n) || p.relM.Match(n)
		}
	}
	if !v {
		v = p.inClutter(n.Parent)
	}
	if p.clutter == nil {
		p.clutter = map[*html.Node]bool{}
	}
	p.clutter[n] = v
	return v
}
