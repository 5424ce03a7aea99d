package scoop

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsscoop/scoop/internal/text"
	"github.com/newsscoop/scoop/selectors"
)

const maxByline = 300

// resolveAuthors finds the printed byline and the authors. People beat
// organisations from any source: the structured data's persons first, then
// the byline's, then meta tags; organisations only when no person is
// named anywhere. URLs and bios are joined to the names from every source.
func (p *page) resolveAuthors() (string, []Author) {
	byline, bylineNames := p.byline()

	var structured []Author // from JSON-LD / microdata
	var orgs []Author
	if p.art != nil {
		for _, person := range p.art.Authors {
			for _, name := range splitMetaName(person.Name) {
				a := Author{Name: name, URL: absURL(p.base, person.URL), Bio: text.Clean(person.Description)}
				if strings.EqualFold(person.Type, "Organization") || strings.Contains(strings.ToLower(person.Type), "organization") || text.IsOrganization(name, p.siteNames...) {
					orgs = append(orgs, a)
				} else {
					structured = append(structured, a)
				}
			}
		}
	}
	var tagged []Author // from meta tags
	for _, key := range []string{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "citation_author"} {
		for _, v := range p.meta.Tags[key] {
			if strings.HasPrefix(v, "http") || strings.Contains(v, "/") {
				continue // article:author as a profile URL
			}
			for _, name := range text.SplitAuthors(v) {
				if text.IsOrganization(name, p.siteNames...) {
					orgs = append(orgs, Author{Name: name})
				} else if text.LooksLikeName(name) {
					tagged = append(tagged, Author{Name: name})
				}
			}
		}
	}
	var printed []Author
	for _, name := range bylineNames {
		if text.IsOrganization(name, p.siteNames...) {
			orgs = append(orgs, Author{Name: name})
		} else {
			printed = append(printed, Author{Name: name})
		}
	}

	var authors []Author
	switch {
	case len(structured) > 0:
		authors = structured
	case len(printed) > 0:
		authors = printed
	case len(tagged) > 0:
		authors = tagged
	default:
		authors = orgs
	}
	authors = dedupAuthors(authors)
	// Join URLs and bios from the other sources by name.
	for i := range authors {
		for _, src := range [][]Author{structured, printed, tagged, orgs} {
			for _, o := range src {
				if text.SameText(o.Name, authors[i].Name) {
					if authors[i].URL == "" {
						authors[i].URL = o.URL
					}
					if authors[i].Bio == "" {
						authors[i].Bio = o.Bio
					}
				}
			}
		}
		if authors[i].URL == "" {
			authors[i].URL = p.authorLink(authors[i].Name)
		}
		if bio := p.authorBoxBio(authors[i].Name); bio != "" {
			authors[i].Bio = bio
		}
	}
	if len(authors) > 20 {
		authors = authors[:20]
	}
	p.authors = authors
	return byline, authors
}

// splitMetaName splits a structured-data author name that holds several
// people ("A and B") and cleans each.
func splitMetaName(s string) []string {
	s = text.Clean(s)
	if s == "" {
		return nil
	}
	names := text.SplitAuthors(s)
	if len(names) == 0 {
		if c := text.CleanName(s); c != "" {
			return []string{c}
		}
	}
	return names
}

func dedupAuthors(in []Author) []Author {
	var out []Author
	for _, a := range in {
		if a.Name == "" {
			continue
		}
		dup := false
		for _, o := range out {
			if text.SameText(o.Name, a.Name) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, a)
		}
	}
	return out
}

// bylinePrefix matches the word that opens a printed byline.
var bylinePrefix = regexp.MustCompile(`(?i)^\W{0,3}(by|written by|words by|text by|von|text:|par|por|di|door|av|af|przez|autor:?|auteur\s*:|от|著者|作者|文|記者|기자)\s`)

// byline returns the printed author line and the names in it. Candidates
// come from the byline rules, outside navigation, comments, related lists
// and author boxes; then, for sites whose classes say nothing, the
// smallest element whose text opens with "By" (or its translation).
func (p *page) byline() (string, []string) {
	boxes := p.matcher(selectors.AuthorBox)
	inBox := func(n *html.Node) bool {
		for c := n; c != nil; c = c.Parent {
			if c.Type == html.ElementNode && boxes.Match(c) {
				return true
			}
		}
		return false
	}
	try := func(n *html.Node) (string, []string) {
		t := nodeText(n)
		if len(t) > maxByline {
			// An author element with a whole box inside: take its name part.
			if nm := firstNameElement(n); nm != nil {
				t = nodeText(nm)
			}
		}
		if t == "" || len(t) > maxByline {
			return "", nil
		}
		return t, text.SplitAuthors(t)
	}
	for _, n := range p.matcher(selectors.Byline).MatchAll(p.root) {
		if n.DataAtom == atom.Meta || n.DataAtom == atom.Link || p.inClutter(n) || inBox(n) {
			continue
		}
		if t, names := try(n); len(names) > 0 {
			p.bylineNodes = append(p.bylineNodes, n)
			return t, names
		}
	}
	var best *html.Node
	walk(p.root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if best != nil && !contains(best, n) {
			return false // only deeper matches inside the first one count
		}
		if skipText(n) || n.DataAtom == atom.Nav || n.DataAtom == atom.Footer {
			return false
		}
		l := textLen(n)
		if l == 0 {
			return false
		}
		if l <= maxByline && bylinePrefix.MatchString(nodeText(n)) && !p.inClutter(n) && !inBox(n) && !inComments(n) {
			best = n
		}
		return true
	})
	if best != nil {
		if t, names := try(best); len(names) > 0 {
			p.bylineNodes = append(p.bylineNodes, best)
			return t, names
		}
	}
	return "", nil
}

// firstNameElement finds the element holding the name inside an author
// element that also holds other things (microdata Person blocks).
func firstNameElement(n *html.Node) *html.Node {
	var found *html.Node
	walk(n, func(c *html.Node) bool {
		if found != nil {
			return false
		}
		if c.Type == html.ElementNode && (attr(c, "itemprop") == "name" || c.DataAtom == atom.A) {
			found = c
			return false
		}
		return true
	})
	return found
}

// authorLink finds a profile link for name: rel=author links, links in the
// byline, and links in an author box whose text is the name.
func (p *page) authorLink(name string) string {
	for _, l := range p.meta.Links["author"] {
		if u := absURL(p.base, l.Href); u != "" && !strings.Contains(u, "plus.google") {
			return u
		}
	}
	var found string
	scan := func(root *html.Node) {
		walk(root, func(c *html.Node) bool {
			if found != "" {
				return false
			}
			if c.Type == html.ElementNode && c.DataAtom == atom.A && text.SameText(nodeText(c), name) {
				found = absURL(p.base, attr(c, "href"))
			}
			return true
		})
	}
	for _, n := range p.bylineNodes {
		scan(n)
	}
	if found == "" {
		for _, n := range p.matcher(selectors.AuthorBox).MatchAll(p.root) {
			scan(n)
		}
	}
	if found == "" {
		for _, n := range findAll(p.root, func(c *html.Node) bool { return c.DataAtom == atom.A && hasRel(c, "author") }) {
			if u := absURL(p.base, attr(n, "href")); u != "" {
				return u
			}
		}
	}
	return found
}

func hasRel(n *html.Node, rel string) bool {
	for _, f := range strings.Fields(strings.ToLower(attr(n, "rel"))) {
		if f == rel {
			return true
		}
	}
	return false
}

// bioLinkText matches the link texts an author box adds to the bio.
var bioLinkText = regexp.MustCompile(`(?i)^\W*(read (the )?(full|more|complete) (bio|profile)|full bio|view (all|full) (posts|articles|profile|bio)|more (by|from|articles|stories)\b|all (posts|articles|stories) by|see (all|more)|follow( me| on)?\b|contact\b|email\b|twitter\b|facebook\b|linkedin\b|instagram\b|profile\b|mehr von|alle artikel|voir (tous|toutes|le profil)|ver (más|perfil))`)

// authorBoxBio finds the bio of name in an author box near the article.
// First the boxes the rules know; then, for sites whose classes say
// nothing (CSS modules), a small element that names the author next to a
// paragraph that mentions them.
func (p *page) authorBoxBio(name string) string {
	if name == "" {
		return ""
	}
	boxes := p.matcher(selectors.AuthorBox).MatchAll(p.root)
	for _, box := range boxes {
		if inComments(box) || !strings.Contains(strings.ToLower(nodeText(box)), strings.ToLower(name)) {
			continue
		}
		if bio := p.bioIn(box, name, false); bio != "" {
			return bio
		}
	}
	// Generic: an element whose whole text is the name, inside a small box
	// that also holds a paragraph mentioning the author.
	for _, n := range findAll(p.root, func(c *html.Node) bool {
		switch c.DataAtom {
		case atom.A, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Strong, atom.B, atom.Span, atom.P, atom.Div:
			return len(name) > 0 && textLen(c) <= len(name)+8 && text.SameText(nodeText(c), name)
		}
		return false
	}) {
		if inComments(n) || p.inByline(n) {
			continue
		}
		box := n.Parent
		for i := 0; box != nil && i < 4; i, box = i+1, box.Parent {
			if textLen(box) > 2000 {
				break
			}
			if bio := p.bioIn(box, name, true); bio != "" {
				return bio
			}
		}
	}
	return ""
}

// bioIn returns the bio text inside box: a block of 40+ characters that is
// not the name, not a link and, when mustName, mentions the author.
func (p *page) bioIn(box *html.Node, name string, mustName bool) string {
	surname := name
	if f := strings.Fields(name); len(f) > 1 {
		surname = f[len(f)-1]
	}
	pick := func(n *html.Node) string {
		t := cleanBio(nodeText(n))
		if len(t) < 40 || len(t) > 2000 || text.SameText(t, name) || linkTextLen(n)*2 > textLen(n) {
			return ""
		}
		if t == p.standfirst || (p.headline != "" && strings.Contains(t, p.headline)) {
			return ""
		}
		if mustName && !strings.Contains(strings.ToLower(t), strings.ToLower(surname)) {
			return ""
		}
		return t
	}
	for _, n := range p.matcher(selectors.Bio).MatchAll(box) {
		if n == box {
			continue
		}
		if t := pick(n); t != "" {
			return t
		}
	}
	for _, n := range findAll(box, func(c *html.Node) bool { return c.DataAtom == atom.P || (c.DataAtom == atom.Div && ownsText(c)) }) {
		if t := pick(n); t != "" {
			return t
		}
	}
	return ""
}

// cleanBio removes trailing link texts ("Read full bio →") from a bio.
func cleanBio(s string) string {
	s = text.Clean(s)
	for {
		i := strings.LastIndexAny(s, ".!?")
		if i < 0 || i == len(s)-1 {
			return s
		}
		tail := strings.TrimSpace(s[i+1:])
		if !bioLinkText.MatchString(tail) && len(tail) > 0 {
			return s
		}
		s = strings.TrimSpace(s[:i+1])
	}
}

func (p *page) inByline(n *html.Node) bool {
	for _, b := range p.bylineNodes {
		if contains(b, n) {
			return true
		}
	}
	return false
}

// inComments reports whether n is inside a comment section.
func inComments(n *html.Node) bool {
	for c := n; c != nil; c = c.Parent {
		if c.Type == html.ElementNode {
			ci := classID(c)
			if strings.Contains(ci, "comment") || strings.Contains(ci, "disqus") {
				return true
			}
		}
	}
	return false
}
