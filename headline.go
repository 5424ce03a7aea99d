package scoop

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsscoop/scoop/internal/dates"
	"github.com/newsscoop/scoop/internal/text"
	"github.com/newsscoop/scoop/selectors"
)

// Limits of the headline heuristics.
const (
	minHeadlineBytes = 3
	maxHeadlineBytes = 400
	// minPartialAgreement is the word overlap (text.Similarity) at which a
	// page's only <h1> is trusted over a differently worded declared title.
	minPartialAgreement = 0.35
	maxKickerWords      = 10  // longest kicker line split off a headline
	maxSiteNameBytes    = 100 // longest site heading taken for the site's name
)

// resolveHeadline picks the article's title. The printed headline element
// wins when it agrees with a title the page declares (JSON-LD headline,
// og:title, <title>): that keeps the wording readers saw without picking a
// logo or a teaser h1. A kicker line printed inside the headline element
// ("Brexit" above "Parliament delays vote") is not part of the headline.
// When no element agrees, the page's only <h1> still wins if it shares
// words with a declared title (editors often word the social title
// differently); on a page without any h1 its first h2 does so (see
// leadH2Title); otherwise the declared titles decide, cleaned of site
// names.
func (p *page) resolveHeadline() string {
	return dropDecoration(dropDateline(p.pickHeadline()))
}

// leadingArrow matches the arrows and bullets a theme prints before a
// heading ("[> Jens Weber", "• Title"), with an opening bracket before
// them; not » or ›, which open a quotation in German ("»Abzocke …«").
var leadingArrow = regexp.MustCompile(`^[\[(]?\s*[>•·]+\s*`)

// dropDecoration removes those marks; a headline that is nothing else
// keeps them.
func dropDecoration(t string) string {
	loc := leadingArrow.FindStringIndex(t)
	if loc == nil || loc[1] == len(t) {
		return t
	}
	return t[loc[1]:]
}

// leadingDate matches a numeric date and a separator that open a
// headline ("23.01.2022 - Title", "2022-01-23 | Title").
var leadingDate = regexp.MustCompile(`^(\d{1,2}[./]\d{1,2}[./](\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\s*[-–—|:]\s+`)

// dropDateline removes a date printed before the headline, kept by sites
// that title news items with their day: the date is not the title. A
// title of fewer than three words keeps it.
func dropDateline(t string) string {
	loc := leadingDate.FindStringIndex(t)
	if loc == nil || text.WordCount(t[loc[1]:]) < 3 {
		return t
	}
	return t[loc[1]:]
}

// pickHeadline is resolveHeadline before its dateline is dropped.
func (p *page) pickHeadline() string {
	var declared []string
	if p.art != nil {
		for _, d := range []string{p.art.Headline, p.art.Name} {
			if !p.declaredSummary(d) {
				declared = append(declared, d)
			}
		}
	}
	declared = append(declared,
		p.meta.Tag("og:title"), p.meta.Tag("twitter:title"), p.meta.Tag("parsely-title", "sailthru.title", "dc.title", "title", "headline"),
		p.meta.Title)
	names := p.titleSiteNames()
	dt := newDeclaredTitles(declared, names)
	cleaned, titles := dt.all, dt.cleaned
	isLabel := func(t string) bool { return p.isSiteName(t) || dt.isLabel(t) }

	seen := map[*html.Node]bool{}
	var h1s []*html.Node
	crumbAgrees := false
	h2Title := "" // a declared title that an h2 prints, on a page with h1s
	for _, rule := range p.cfg.rules.Rules(selectors.Headline, p.host) {
		matches := selectors.Matcher([]selectors.Rule{rule}).MatchAll(p.root)
		for _, n := range matches {
			if seen[n] {
				continue
			}
			seen[n] = true
			if isTeaserTitle(n, matches) {
				continue
			}
			if n.DataAtom == atom.H2 && len(h1s) > 0 {
				// An h2 stands in only on pages without a usable h1, or
				// when it prints a declared title word for word and no h1
				// does (blogs that give every post on the page an h2).
				if h2Title == "" {
					h2Title = p.printedTitle(n, cleaned)
				}
				continue
			}
			if p.headlineClutter(n) {
				if n.DataAtom == atom.H1 && !crumbAgrees && agreesAny(headlineText(n), cleaned) {
					crumbAgrees = true
				}
				continue
			}
			t := headlineText(n)
			// A hidden heading ("pagetitle hidden") is a section name kept
			// for search engines.
			if len(t) < minHeadlineBytes || len(t) > maxHeadlineBytes || isLabel(t) || hiddenNode(n) || p.isSiteHeading(n) {
				continue
			}
			if n.DataAtom == atom.H1 {
				h1s = append(h1s, n)
			}
			if b := dropBadge(n, t, cleaned); b != t {
				if n.DataAtom == atom.H1 {
					p.headlineNode = n
				}
				return b
			}
			title := dropKicker(n, t, dt.has)
			if n.DataAtom == atom.H2 && crumbAgrees && title == t {
				// Where an h1 in a breadcrumb confirms a declared title,
				// an h2 is the headline only when it prints a kicker
				// above its title, as article headers do: the h2 of a
				// teaser or a box is a plain line.
				continue
			}
			for _, c := range cleaned {
				if agrees(t, c) || title != t && agrees(title, c) {
					if n.DataAtom != atom.H2 {
						// An h2 is not given to the standfirst and date
						// resolvers as the headline element: on blog
						// pages it is followed by the body's first
						// paragraph, not a dek.
						p.headlineNode = n
					}
					if title == t && (gluedSpans(t, c) || endsWithTitle(t, c)) {
						// The element runs its spans together, or prints
						// a date or kicker before the declared title.
						return c
					}
					return title
				}
			}
		}
	}
	// A heading that prints one end of a declared title, cut at a
	// separator, names the page where the title's other end is a site
	// name CleanTitle could not tell ("Post title | Blog name").
	if n := p.titlePartHeading(dt); n != nil {
		if n.DataAtom == atom.H1 {
			p.headlineNode = n
		}
		return headlineText(n)
	}
	// No printed headline agrees. A page's only <h1> that shares words with
	// a declared title is its headline, worded for print. Only the most
	// specific declared title counts: a <title> that names the section
	// ("Retirement - Finance Tips") does not.
	if len(h1s) == 1 && len(titles) > 0 {
		n := h1s[0]
		raw := dropBadge(n, headlineText(n), cleaned)
		t := dropKicker(n, raw, dt.has)
		// The label before a colon in a declared title ("Blog name: Post
		// title") names the blog even where it shares the post's words,
		// when it reads as a name (a few words, the site's name or
		// heading); a headline that a social title runs on after a colon
		// ("Budget passes: what it means for you") is still the headline.
		if partlyAgrees(t, titles[0]) && !(labelsAny(raw, dt.titles) && (text.WordCount(raw) <= 3 || p.isSiteName(raw) || p.isSiteHeading(n))) {
			p.headlineNode = n
			return t
		}
		// An h1 worded apart from every declared title is the headline
		// too (landing pages title themselves for search engines), unless
		// it holds a declared title with a date or dek glued on, or is the
		// label before one ("Blog name: Post title"), or another heading
		// prints the title: then the h1 names a section or the blog.
		if !containsAny(raw, cleaned) && !labelsAny(raw, cleaned) && !p.printsTitle(n, cleaned) {
			return t
		}
	}
	if h2Title != "" {
		return h2Title
	}
	if t := p.leadH2Title(dt, isLabel); t != "" {
		return t
	}
	// Trust the declarations, most specific first (JSON-LD headline,
	// og:title, then the <title>).
	for _, d := range declared {
		if d = text.Clean(d); d != "" && !p.isSiteName(d) {
			c := text.CleanTitle(d, names...)
			if whole := p.titleRunsOn(d, c, names); whole != "" {
				return whole
			}
			return c
		}
	}
	if len(h1s) > 0 {
		p.headlineNode = h1s[0]
		return dropKicker(h1s[0], headlineText(h1s[0]), dt.has)
	}
	return ""
}

// titleRunsOn returns the declared title d, less what CleanTitle cut from
// its start, when CleanTitle (giving c) would also cut its end but the
// <title> opens with all of d and puts the site after it ("Henderson …
// Sheff Utd - Wilder | Daily Mail Online"): the end ("- Wilder", the
// speaker) is then part of the headline, unless it is one of the site's
// names, a date or a section label ("H - Opinion", "H - 12.03.2024").
// Otherwise it returns "".
func (p *page) titleRunsOn(d, c string, names []string) string {
	t := text.Clean(p.meta.Title)
	i := strings.Index(d, c)
	if c == d || i < 0 || !strings.HasPrefix(t, d) || len(text.TitleTail(t, d)) == 0 {
		return ""
	}
	parts := text.TitleTail(d, c)
	if len(parts) == 0 {
		return ""
	}
	for _, part := range parts {
		if text.IsSectionLabel(part) {
			return ""
		}
	}
	if _, cut := text.TitleCut(d, c); text.IsSiteName(cut, names...) {
		return ""
	}
	return d[i:] // "Daily Mail | H - Wilder": the site at the start goes
}

// dropBadge removes the text of an inline element that ends the heading
// n ("… Balkany <span class="label">Abonnés</span>", a subtitle span) when
// the heading's other text, of three words or more and all its own (not in
// other elements), is a declared title or its first part up to a
// separator.
func dropBadge(n *html.Node, t string, titles []string) string {
	var last *html.Node
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" || c.Type == html.CommentNode {
			continue
		}
		last = c
		break
	}
	if last == nil || last.Type != html.ElementNode || last == n.FirstChild {
		return t
	}
	for c := n.FirstChild; c != last; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return t // "<span>Kicker</span> <span>Title</span>": spans of one title
		}
	}
	switch last.DataAtom {
	case atom.Span, atom.Small, atom.Em, atom.I, atom.Sup:
	default:
		return t
	}
	head, ok := strings.CutSuffix(t, nodeText(last))
	head = strings.TrimSpace(head)
	if !ok || text.WordCount(head) < 3 || strings.HasSuffix(head, ":") {
		return t
	}
	for _, c := range titles {
		if text.SameText(head, c) || isTitlePart(head, c) {
			return head
		}
	}
	return t
}

// titleSiteNames returns the site's names with the text of each h1 that
// names the site (see isSiteHeading), for cutting them off declared
// titles: "Post - Section - Blog name" under <h1><a href="/">Section -
// Blog name</a></h1>.
func (p *page) titleSiteNames() []string {
	names := p.siteNames
	p.doc.Find("h1").Each(func(_ int, s *goquery.Selection) {
		n := s.Get(0)
		if t := headlineText(n); len(t) >= minHeadlineBytes && len(t) <= maxSiteNameBytes && p.isSiteHeading(n) {
			names = append(names[:len(names):len(names)], t)
		}
	})
	return names
}

// declaredSummary reports whether d, a structured-data headline, is the
// summary the meta tags declare and not the title they declare: microdata
// that marks the dek box as the headline (itemprop="headline" on the
// chapo).
func (p *page) declaredSummary(d string) bool {
	if len(d) < minStandfirst {
		return false
	}
	same := func(ts ...string) bool {
		for _, t := range ts {
			if t != "" && text.SameText(d, cleanDescription(t)) {
				return true
			}
		}
		return false
	}
	return same(p.meta.Tag("og:description"), p.meta.Tag("twitter:description"), p.meta.Tag("description")) &&
		!same(p.meta.Tag("og:title"), p.meta.Tag("twitter:title"), p.meta.Title)
}

// printsTitle reports whether a heading other than h (h2 to h4) prints one
// of the declared titles: then an h1 that words the page differently is a
// section or blog name, not the headline.
func (p *page) printsTitle(h *html.Node, titles []string) bool {
	found := false
	walk(p.root, func(n *html.Node) bool {
		if found || n == h {
			return false
		}
		if n.Type != html.ElementNode || skipText(n) {
			return n.Type == html.DocumentNode
		}
		if n.DataAtom == atom.H2 || n.DataAtom == atom.H3 || n.DataAtom == atom.H4 {
			if t := headlineText(n); len(t) <= maxHeadlineBytes && agreesAny(t, titles) {
				found = true
			}
			return false
		}
		return true
	})
	return found
}

// titlePartHeading returns the last h1 or h2, outside navigation and
// other clutter, whose text is the start or the end of a declared title
// up to a separator, and that CleanTitle did not find:
// "Alles Neue… | Bibliothek 2.0 und mehr" printed as "Alles Neue…". The
// last one wins because a logo heading that prints the site's part of the
// title comes first on the page.
func (p *page) titlePartHeading(dt *declaredTitles) *html.Node {
	var found *html.Node
	p.doc.Find("h1, h2").Each(func(_ int, s *goquery.Selection) {
		n := s.Get(0)
		t := headlineText(n)
		if len(t) < minHeadlineBytes || len(t) > maxHeadlineBytes || text.WordCount(t) < 2 || p.isSiteName(t) ||
			p.isSiteHeading(n) || agreesAny(t, dt.cleaned) {
			return
		}
		for _, d := range dt.titles {
			if isTitlePart(t, d) {
				if !hiddenNode(n) && !p.headlineClutter(n) {
					found = n
				}
				return
			}
		}
	})
	return found
}

// titleSeparators cut a page title into its parts. A colon does so only
// with a space before it ("Post : Blog"), as "Kicker: Headline" is one
// title.
const titleSeparators = "|-–—»«·•~›"

// isTitlePart reports whether t is the start or the end of title d, cut
// at a separator ("Headline | Site", "Site » Archiv » Headline").
func isTitlePart(t, d string) bool {
	lt, ld := strings.ToLower(t), strings.ToLower(d)
	if len(lt) >= len(ld) {
		return false
	}
	isSep := func(r rune, spaced bool) bool {
		return strings.ContainsRune(titleSeparators, r) || r == ':' && spaced
	}
	if rest, ok := strings.CutPrefix(ld, lt); ok {
		trimmed := strings.TrimLeft(rest, " ")
		r, _ := utf8.DecodeRuneInString(trimmed)
		return isSep(r, len(trimmed) < len(rest)) && text.WordCount(rest) > 0
	}
	if rest, ok := strings.CutSuffix(ld, lt); ok {
		trimmed := strings.TrimRight(rest, " ")
		r, size := utf8.DecodeLastRuneInString(trimmed)
		return isSep(r, strings.HasSuffix(trimmed[:len(trimmed)-size], " ")) && text.WordCount(rest) > 0
	}
	return false
}

// containsAny reports whether t holds one of the titles whole. A one-word
// title ("Arbeit" in "Wir kämpfen für gute Arbeit") does not count: it is
// a topic the heading names, not the title with something glued on.
func containsAny(t string, titles []string) bool {
	ft := " " + text.Fold(t) + " "
	for _, c := range titles {
		if fc := text.Fold(c); fc != "" && text.WordCount(c) >= 2 && strings.Contains(ft, " "+fc+" ") {
			return true
		}
	}
	return false
}

// labelsAny reports whether t is the label before a colon in one of the
// titles ("Blog name: Post title").
func labelsAny(t string, titles []string) bool {
	for _, c := range titles {
		if colonAfter(c, t) {
			return true
		}
	}
	return false
}

// declaredTitles are a page's declared titles prepared for comparison.
type declaredTitles struct {
	all     []string // each title as given, then cleaned (CleanTitle)
	cleaned []string // the cleaned titles, most specific first
	folded  []string // Fold of all, padded with spaces
	// stripped pairs each title that CleanTitle shortened with its cleaned
	// form, folded and padded: the difference is its site name and labels.
	stripped [][2]string
	titles   []string // the titles as given
}

func newDeclaredTitles(declared, siteNames []string) *declaredTitles {
	dt := &declaredTitles{}
	for _, d := range declared {
		if d = text.Clean(d); d == "" {
			continue
		}
		c := text.CleanTitle(d, siteNames...)
		fd, fc := " "+text.Fold(d)+" ", " "+text.Fold(c)+" "
		dt.all = append(dt.all, d, c)
		dt.folded = append(dt.folded, fd, fc)
		dt.cleaned = append(dt.cleaned, c)
		dt.titles = append(dt.titles, d)
		if c != d {
			dt.stripped = append(dt.stripped, [2]string{fd, fc})
		}
	}
	return dt
}

// isLabel reports whether t is only a label that a declared title carries
// next to its headline: "Krimiblog-Archiv" in "Post title : Krimiblog-Archiv
// | Ermittlungen …".
func (dt *declaredTitles) isLabel(t string) bool {
	f := " " + text.Fold(t) + " "
	for _, s := range dt.stripped {
		if strings.Contains(s[0], f) && !strings.Contains(s[1], f) && !strings.Contains(f, s[1]) {
			return true
		}
	}
	return false
}

// has reports whether a declared title holds the words of s.
func (dt *declaredTitles) has(s string) bool {
	f := " " + text.Fold(s) + " "
	for _, d := range dt.folded {
		if strings.Contains(d, f) {
			return true
		}
	}
	return false
}

// agrees reports whether a printed headline t is the declared title c.
func agrees(t, c string) bool {
	return text.SameText(t, c) || text.Similarity(t, c) >= 0.85
}

// agreesAny reports whether t agrees with one of the titles.
func agreesAny(t string, titles []string) bool {
	for _, c := range titles {
		if agrees(t, c) {
			return true
		}
	}
	return false
}

// printedTitle returns the declared title that heading n prints word for
// word, or "" when n prints none or sits hidden or in clutter.
func (p *page) printedTitle(n *html.Node, titles []string) string {
	t := headlineText(n)
	if len(t) > maxHeadlineBytes {
		return ""
	}
	if c := sameAs(t, titles); c != "" && !hiddenNode(n) && !p.headlineClutter(n) {
		return c
	}
	return ""
}

// sameAs returns the first of the titles that is t up to case, spacing
// and punctuation, or "". The title keeps the punctuation that a printed
// heading may lose between its spans.
func sameAs(t string, titles []string) string {
	for _, c := range titles {
		if text.SameText(t, c) {
			return c
		}
	}
	return ""
}

// partlyAgrees reports whether a printed headline t shares enough words with
// a declared title c to be another wording of it, or is a part of it.
func partlyAgrees(t, c string) bool {
	if text.WordCount(t) < 2 && len(t) < 12 {
		return false
	}
	ft, fc := text.Fold(t), text.Fold(c)
	if ft == "" {
		return false
	}
	if strings.Contains(ft, fc) {
		// The title with more text: a date or a dek, unless the title
		// goes on after a colon ("Lemon cake: simply delicious!").
		return strings.HasPrefix(ft, fc) && (colonAfter(t, c) || continuesTitle(t, ft[len(fc):]))
	}
	if text.Similarity(t, c) >= minPartialAgreement {
		return true
	}
	// A part of the title, unless it is the label before a colon
	// ("Blog Name: Post title").
	i := strings.Index(" "+fc+" ", " "+ft+" ")
	return i >= 0 && !colonAfter(c, t)
}

// colonAfter reports whether t appears in c followed by a colon.
func colonAfter(c, t string) bool {
	i := strings.Index(strings.ToLower(c), strings.ToLower(t))
	return i >= 0 && strings.HasPrefix(strings.TrimSpace(c[i+len(t):]), ":")
}

// endsWithTitle reports whether t is the title c with a few words before
// it: a date or a kicker that is not marked up as one ("Jun 17 Headline").
func endsWithTitle(t, c string) bool {
	ft, fc := text.Fold(t), text.Fold(c)
	if len(ft) <= len(fc) || fc == "" || !strings.HasSuffix(ft, " "+fc) ||
		text.WordCount(ft[:len(ft)-len(fc)]) > maxKickerWords {
		return false
	}
	// "Quote": Headline keeps its colon-led start.
	if i := strings.LastIndex(t, ":"); i >= 0 && text.Fold(t[i+1:]) == fc {
		return false
	}
	return true
}

// gluedSpans reports whether t is c with some spaces missing, as when a
// headline's spans carry no space between them ("Flut:Zwei").
func gluedSpans(t, c string) bool {
	return len(c) > len(t) && strings.ReplaceAll(t, " ", "") == strings.ReplaceAll(c, " ", "")
}

// headlineClutter reports whether a headline candidate sits in navigation,
// a footer, a breadcrumb, a menu or a related or popular list. Unlike
// inClutter it ignores the classes of the candidate itself and of the
// page's <html>, <body>, <main> and <article> elements, whose class lists
// name the page's features ("mega-menu-primary", "category-popular-posts")
// rather than a part of it.
func (p *page) headlineClutter(n *html.Node) bool {
	p.clutterMatchers()
	for a := n; a != nil && a.Type == html.ElementNode; a = a.Parent {
		switch a.DataAtom {
		case atom.Nav, atom.Footer:
			return true
		case atom.Html, atom.Body:
			return false
		case atom.Main, atom.Article:
			continue
		}
		if a != n && (p.notRelM.Match(a) || p.relM.Match(a)) && !opinionHeader(a) {
			return true
		}
	}
	return false
}

// opinionHeader reports whether n's class names the header of an opinion
// piece ("ArticleHeaderComment", "comment-header"), which the clutter
// rules take for a comment section.
func opinionHeader(n *html.Node) bool {
	c := strings.ToLower(attr(n, "class"))
	return strings.Contains(c, "comment") && strings.Contains(c, "header") && !strings.Contains(c, "comments")
}

// dropKicker returns the text t of headline element n without a kicker
// (topline, overline, "Dachzeile") printed inside it before the title:
// <h1><span class="kicker">Brexit</span>: <span class="title">Vote
// delayed</span></h1> gives "Vote delayed". The kicker is the first of
// several text parts, an element of at most ten words, marked as a kicker
// by its class, followed by a separator hidden from screen readers, or
// followed by a part marked as the title. An <em> or
// <small> part is a kicker when a line break follows it or when inTitle
// (which tells whether a declared title holds a text) says the page's
// titles leave it out: "<em>The Crown</em> review" keeps its italics.
// Without a kicker t is returned unchanged.
func dropKicker(n *html.Node, t string, inTitle func(string) bool) string {
	parts := textParts(n)
	// Descend through single wrappers (<h1><a><span>…</span><span>…</span></a></h1>).
	for i := 0; i < 3 && len(parts) == 1 && parts[0].Type == html.ElementNode; i++ {
		parts = textParts(parts[0])
	}
	if len(parts) < 2 || parts[0].Type != html.ElementNode {
		return t
	}
	kicker := headlineText(parts[0])
	if text.WordCount(kicker) > maxKickerWords {
		return t
	}
	rest := parts[1:]
	marked := isKickerClass(parts[0]) || separatorHiddenAfter(parts[0])
	if !marked && (parts[0].DataAtom == atom.Small || parts[0].DataAtom == atom.Em) {
		marked = nextIsBreak(parts[0])
	}
	if !marked && len(rest) == 1 && rest[0].Type == html.ElementNode && isTitleElement(rest[0]) && !isTitleElement(parts[0]) {
		marked = true
	}
	var b strings.Builder
	for _, r := range rest {
		if r.Type == html.TextNode {
			b.WriteString(r.Data)
		} else {
			b.WriteString(" " + headlineText(r) + " ")
		}
	}
	out := strings.TrimLeft(text.Clean(b.String()), " :|-–—·•")
	if !marked {
		// An unmarked first line is a kicker when a declared title
		// holds the rest and not it: the page's title starts after it.
		marked = text.WordCount(out) >= 3 && inTitle(out) && !inTitle(kicker)
	}
	if !marked || text.WordCount(out) < 2 || text.WordCount(out) <= text.WordCount(kicker)/2 {
		return t
	}
	return out
}

// textParts returns the children of n that hold words: elements and text
// nodes, without line breaks, hidden text and separators such as ":".
func textParts(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if text.WordCount(c.Data) > 0 {
				out = append(out, c)
			}
		case html.ElementNode:
			if skipText(c) || c.DataAtom == atom.Br {
				continue
			}
			if !isHiddenLabel(c) && text.WordCount(nodeText(c)) > 0 {
				out = append(out, c)
			}
		}
	}
	return out
}

// headlineText is nodeText without the labels that only screen readers
// announce ("<span class="visually-hidden">Headline:</span>").
func headlineText(n *html.Node) string {
	hidden := false
	walk(n, func(c *html.Node) bool {
		hidden = hidden || c.Type == html.ElementNode && isHiddenLabel(c)
		return !hidden
	})
	if !hidden {
		return nodeText(n)
	}
	var b strings.Builder
	var add func(*html.Node)
	add = func(c *html.Node) {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case c.Type != html.ElementNode || skipText(c) || isHiddenLabel(c):
		case c.DataAtom == atom.Br:
			b.WriteByte(' ')
		default:
			block := isBlock(c)
			if block {
				b.WriteByte(' ')
			}
			for k := c.FirstChild; k != nil; k = k.NextSibling {
				add(k)
			}
			if block {
				b.WriteByte(' ')
			}
		}
	}
	add(n)
	return text.Clean(b.String())
}

// isHiddenLabel reports whether e is a screen-reader-only label with words
// in it, or an element with words that is not shown at all (the hidden
// attribute or an inline display:none, as on an editor's "Edit" button
// inside the headline); a hidden separator (":") is kept as a separator.
func isHiddenLabel(e *html.Node) bool {
	return (isScreenReaderOnly(e) || isUnshown(e)) && text.WordCount(nodeText(e)) > 0
}

// isUnshown reports whether e is never displayed: it has the hidden
// attribute or an inline style with display:none.
func isUnshown(e *html.Node) bool {
	if hasAttr(e, "hidden") {
		return true
	}
	st := attr(e, "style")
	return st != "" && strings.Contains(strings.ReplaceAll(strings.ToLower(st), " ", ""), "display:none")
}

// screenReaderClasses are the class names of text hidden from sight but
// read aloud, in common CSS frameworks and CMSs.
var screenReaderClasses = []string{"visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text",
	"element-invisible", "a11y-hidden", "u-hidden-visually", "hidden-visually"}

// isScreenReaderOnly reports whether e's class hides it from sight.
func isScreenReaderOnly(e *html.Node) bool {
	c := classID(e)
	return c != " " && holdsAny(c, screenReaderClasses)
}

// kickerWords mark kicker lines in class names, in the languages of the
// CMSs that print them inside the headline element; "small" marks the
// first line set in a smaller size than the title ("h1small",
// "teaser-small"), as a <small> element does.
var kickerWords = []string{"kicker", "topline", "overline", "highline", "dachzeile", "roofline", "eyebrow", "toptitle", "topic",
	"label", "rubric", "supertitle", "pretitle", "pre-title", "subtitle", "flag", "category", "small"}

// siteHeadingWords mark, in a heading's class or id, the heading that
// prints the site's name or logo in the page header.
var siteHeadingWords = []string{"site-title", "site-name", "sitename", "site_title", "logo"}

// isSiteHeading reports whether heading e names itself the site's title
// or logo (<h1 class="site-title">) or is a link to the home page (see
// linksHome): WordPress themes print the blog's name so on every page.
func (p *page) isSiteHeading(e *html.Node) bool {
	return holdsAny(classID(e), siteHeadingWords) || p.linksHome(e)
}

// linksHome reports whether all the words of heading e are a link to the
// site's home page (<h1><a href="/">Blog name</a></h1>): themes print the
// site's name so above every post.
func (p *page) linksHome(e *html.Node) bool {
	a := findFirst(e, func(c *html.Node) bool { return c.Type == html.ElementNode && c.DataAtom == atom.A })
	if a == nil || text.WordCount(nodeText(a)) == 0 || text.Clean(nodeText(a)) != text.Clean(nodeText(e)) {
		return false
	}
	if strings.Contains(" "+attr(a, "rel")+" ", " home ") {
		return true
	}
	href := strings.TrimSpace(attr(a, "href"))
	if href == "" {
		return false
	}
	u, err := url.Parse(href)
	if err != nil || u.RawQuery != "" || u.Path != "" && u.Path != "/" {
		return false
	}
	if u.Host == "" {
		return u.Path == "/"
	}
	return p.host != "" && strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.") == strings.TrimPrefix(p.host, "www.")
}

// isKickerClass reports whether e's class marks it as a kicker line.
func isKickerClass(e *html.Node) bool {
	return holdsAny(classID(e), kickerWords)
}

// separatorHiddenAfter reports whether e is followed by a separator that
// screen readers skip (<span aria-hidden="true"> – </span>): the page lays
// e out as a line of its own, a kicker above the title, and prints the
// dash only for copies of the text.
func separatorHiddenAfter(e *html.Node) bool {
	for s := e.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) == "" {
			continue
		}
		return s.Type == html.ElementNode && attr(s, "aria-hidden") == "true" &&
			strings.TrimSpace(nodeText(s)) != "" && text.WordCount(nodeText(s)) == 0
	}
	return false
}

// nextIsBreak reports whether a <br> follows e, blank text aside.
func nextIsBreak(e *html.Node) bool {
	for s := e.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) == "" {
			continue
		}
		return s.Type == html.ElementNode && s.DataAtom == atom.Br
	}
	return false
}

// isTitleElement reports whether e's class names it as the headline text.
func isTitleElement(e *html.Node) bool {
	c := classID(e)
	return strings.Contains(c, "headline") || strings.Contains(c, "title") || strings.Contains(c, "hed")
}

// isSiteName reports whether s is just the site's name (a logo h1).
func (p *page) isSiteName(s string) bool {
	for _, n := range p.siteNames {
		if text.SameText(s, n) {
			return true
		}
	}
	return false
}

// leadH2Title returns the text of the page's first h2 on a page without
// any h1, when that h2 is the declared title worded for print: it shares
// words with the most specific declared title and has no more words than
// it, the title adding labels around it ("Der historische Purzelbaum" for
// "Der historische Purzelbaum (2021/5)", "Bootsdienst Ausbildung" for
// "Feuerwehr Oldenburg - Ausbildung"). An h2 worded apart, longer or the
// blog's name before a colon in the title leaves the title to decide;
// otherwise it returns "".
func (p *page) leadH2Title(dt *declaredTitles, isLabel func(string) bool) string {
	if len(dt.cleaned) == 0 || findFirst(p.root, func(c *html.Node) bool { return c.DataAtom == atom.H1 }) != nil {
		return ""
	}
	n := p.leadH2(isLabel)
	if n == nil {
		return ""
	}
	t, title := headlineText(n), dt.cleaned[0]
	if text.WordCount(t) > text.WordCount(title) || !partlyAgrees(t, title) || labelsAny(t, dt.titles) {
		return ""
	}
	return t
}

// minLeadText is the shortest paragraph (bytes) after which leadH2 takes
// the text to have begun.
const minLeadText = 100

// leadH2 returns the first h2 of the page, before the text begins, that
// can be a headline: not in
// navigation or other clutter, not hidden or for screen readers only, not
// the site's name, a label, a date ("Samstag, 5. Oktober 2013" above each
// post on Blogger) or a lead-in ending with a colon; or nil.
func (p *page) leadH2(isLabel func(string) bool) *html.Node {
	var found *html.Node
	p.doc.Find("h2, p").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		n := s.Get(0)
		if n.DataAtom == atom.P {
			// The text has begun: an h2 after it is a subheading
			// ("Thousands without power"), not the title.
			return textLen(n) < minLeadText || p.headlineClutter(n)
		}
		t := headlineText(n)
		if len(t) < minHeadlineBytes || len(t) > maxHeadlineBytes || text.WordCount(t) < 2 || isLabel(t) || p.isSiteName(t) ||
			strings.HasSuffix(t, ":") || hiddenNode(n) || isScreenReaderOnly(n) || p.isSiteHeading(n) || p.headlineClutter(n) {
			return true
		}
		if _, ok := dates.Parse(t, ""); ok {
			return true
		}
		found = n
		return false
	})
	return found
}

// maxTitleContinuation is the most words a printed headline may add after
// the declared title and still be another wording of it.
const maxTitleContinuation = 3

// continuesTitle reports whether the last words of printed headline t,
// rest once folded, carry on the sentence of the declared title before
// them: a few words led by a lower-case word, without digits or
// separators ("in Tennessee" after "Ultium Cells erhöht
// Gigafactory-Kapazität"). A date, a dek or a site name does not.
func continuesTitle(t, rest string) bool {
	n := len(strings.Fields(rest))
	words := strings.Fields(t)
	if n == 0 || n > maxTitleContinuation || n >= len(words) {
		return false
	}
	tail := words[len(words)-n:]
	r, _ := utf8.DecodeRuneInString(tail[0])
	if !unicode.IsLower(r) {
		return false
	}
	for _, w := range tail {
		if strings.ContainsAny(w, "0123456789|–—-:(") {
			return false
		}
	}
	return true
}

// minTeaserTwins is how many other matches of a headline rule with the
// same tag and class make a minor heading a teaser's title.
const minTeaserTwins = 2

// isTeaserTitle reports whether n, a heading below h2 or another element
// that a headline rule matched (itemprop="headline"), is one of a list of
// teasers: at least two other matches share its tag and class
// (<h3 class="slide-entry-title" itemprop="headline"> in a slider of
// recent posts). The teaser of the article itself would agree with its
// declared title and win over the printed h1.
func isTeaserTitle(n *html.Node, matches []*html.Node) bool {
	if n.DataAtom == atom.H1 || n.DataAtom == atom.H2 || len(matches) <= minTeaserTwins {
		return false
	}
	class, twins := attr(n, "class"), 0
	for _, m := range matches {
		if m != n && m.DataAtom == n.DataAtom && attr(m, "class") == class {
			twins++
		}
	}
	return twins >= minTeaserTwins
}
