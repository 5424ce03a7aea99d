package scoop

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsscoop/scoop/internal/meta"
	"github.com/newsscoop/scoop/internal/text"
	"github.com/newsscoop/scoop/selectors"
)

const maxByline = 300

// resolveAuthors finds the printed byline and the authors (see
// authorEvidence and authorEvidence.choose), then joins URLs and bios from every
// source to the names.
func (p *page) resolveAuthors() (string, []Author) {
	ev := p.authorEvidence()
	authors := dedupAuthors(ev.choose(p.siteNames))
	if len(authors) == 0 {
		authors = p.datelineAgency()
	}
	if len(authors) == 0 {
		authors = p.copyrightHolder()
	}
	for i := range authors {
		for _, src := range [][]Author{ev.structured, ev.printed, ev.tagged, ev.structOrgs, ev.tagOrgs, ev.printedOrgs} {
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
	for i := range authors {
		if !isBio(authors[i].Bio) {
			authors[i].Bio = ""
		}
	}
	if len(authors) > 20 {
		authors = authors[:20]
	}
	p.authors = authors
	return ev.byline, authors
}

// agencyDateline matches a dateline that credits a news agency where the
// text starts: "Hamburg (dpa/lno) – Der …", "LAWRENCEVILLE, Ga. (AP) — A
// …", "Frankfurt am Main (dpa) – …". The place is one to three
// capitalised words (a short lowercase particle between them), and a
// sentence follows the dash, perhaps opening with a quote: a programme's
// description is no dateline ("Die Sendung Panorama (NDR) – heute um 21
// Uhr"). The group is the agency's code as printed.
var agencyDateline = regexp.MustCompile(`^` + placeWord + `(?:(?:,\s*|/|\s+(?:\p{Ll}{1,3}\s+)?)` + placeWord + `){0,2}\s\((\pL{2,12}(?:/\pL{2,12}){0,2})\)\s*[-–—]\s+(?:["„“«‚‘']\s*)?[\p{Lu}\d]`)

// placeWord is a capitalised word of a dateline's place: "Hamburg",
// "LAWRENCEVILLE", "Ga.", "Saint-Denis".
const placeWord = `\p{Lu}[\pL\pM.'’-]*`

// datelineAgency returns the news agency a dateline credits at the start
// of the standfirst or the description ("Hamburg (dpa/lno) – …" gives
// "dpa/lno"), when the first part of its code is a wire agency's
// (wireAgencies). It is a last resort, before the copyright notice, when
// no source names an author: an agency's report printed without a byline.
func (p *page) datelineAgency() []Author {
	for _, t := range []string{p.standfirst, p.meta.Tag("og:description", "description", "twitter:description")} {
		m := agencyDateline.FindStringSubmatch(t)
		if m != nil && wireAgencies[strings.ToLower(strings.Split(m[1], "/")[0])] {
			return []Author{{Name: m[1]}}
		}
	}
	if t := p.agencyUnderHeadline(); t != "" {
		return []Author{{Name: t}}
	}
	return nil
}

// wireAgencies are the news agencies whose code a dateline prints
// ("Hamburg (dpa/lno) –"), lower-cased. Broadcasters are left out: their
// code after a programme's name ("Zeit im Bild (ORF) – Die …") is no
// credit of the text.
var wireAgencies = map[string]bool{
	"dpa": true, "ap": true, "afp": true, "reuters": true, "apa": true, "kna": true, "epd": true, "efe": true,
	"ansa": true, "sda": true, "ats": true, "pap": true, "ctk": true, "tass": true, "ria": true, "xinhua": true,
	"kyodo": true, "jiji": true, "yonhap": true, "anp": true, "belga": true, "ntb": true, "tt": true, "ritzau": true,
	"stt": true, "afx": true, "ddp": true, "sid": true, "kathpress": true, "upi": true, "pti": true, "ians": true,
	"ani": true, "bernama": true, "antara": true, "lusa": true, "dts": true, "idea": true, "kap": true,
}

// agencyUnderHeadline returns the text of the element right after the
// headline (or after the block that ends with it, up to three levels up)
// when that text is only news agencies' names, and not the site's own
// (a badge: "SPIEGEL+"): "<h1>…</h1><p class=credit>JIJI</p>" credits
// the agency's report, whatever the class says. The names are joined by
// a slash, as a dateline prints them ("AFP/JIJI"). An element holding a
// picture is a photo's credit.
func (p *page) agencyUnderHeadline() string {
	h := p.headlineNode
	for i := 0; h != nil && i < 3; i, h = i+1, h.Parent {
		s := elementSibling(h, true)
		if s == nil {
			continue
		}
		if textLen(s) > 40 || findFirst(s, func(c *html.Node) bool {
			return c.DataAtom == atom.Img || c.DataAtom == atom.Picture || c.DataAtom == atom.Figure
		}) != nil {
			return ""
		}
		t := nodeText(s)
		words := strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
		if len(words) == 0 || len(words) > 3 || text.IsSiteName(t, p.siteNames...) {
			return "" // "SPIEGEL+" on spiegel.de: the site's badge
		}
		for _, w := range words {
			if !text.IsAgency(w) {
				return ""
			}
		}
		return strings.Join(words, "/")
	}
	return ""
}

// parenCredit matches a parenthesised credit that ends a paragraph, with
// the end marker some sites print after it: "… hieß es. (FR mit dpa)",
// "… bleibt spannend. (Christian P. Stadtfeld) +++". The first group is
// the punctuation before it, with the quotation mark that closes a quote
// ("… let it go!\" (Jane Doe)"); the second is the credit.
var parenCredit = regexp.MustCompile(`(["“”«»]?[.!?]|["“”«»])\s*\(([^()]{2,30})\)(?:\s*\+{2,})?$`)

// sourceLabel matches a line that names the article's source alone:
// "Quelle: MDR THÜRINGEN/ls", "Quelle: kathpress".
var sourceLabel = regexp.MustCompile(`^(?i:quelle|source|fuente|fonte)\s?:\s*(\S.{1,39})$`)

// agencyCredit returns the byline and authors, with the agency or desk
// the article credits as its source as the author when no author is
// named or every one is an organisation (the site's name, a "Redaktion"
// account): the credit says who wrote the text, and it becomes the
// byline. The credit is given in parentheses after the body's last
// sentence (see parenCredit: "… hieß es. (FR mit dpa)"; the writer may sign
// there too: "… (Christian P. Stadtfeld)"), or on a line of
// its own after the headline (see sourceLine: "Quelle: MDR
// THÜRINGEN/ls"). It runs after the body, which it reads.
func (p *page) agencyCredit(byline string, authors []Author) (string, []Author) {
	for _, a := range authors {
		if !text.IsOrganization(a.Name, p.siteNames...) {
			return byline, authors
		}
	}
	credit := p.endCredit()
	if credit == "" {
		credit = p.sourceLine()
	}
	if credit == "" {
		return byline, authors
	}
	p.authors = []Author{{Name: credit}}
	return credit, p.authors
}

// endCredit returns the agency credited, or the person who signs (see
// signsText), in parentheses after the body's last sentence (see
// text.AgencyCredit), in the last paragraph or the
// one before a closing note ("*fr.de ist Teil des …
// Redaktionsnetzwerks"), whichever section it is in, or the agency or
// desk that one of those paragraphs names alone ("IN-Redaktion"); or "".
func (p *page) endCredit() string {
	if p.body == nil {
		return ""
	}
	seen := 0
	for i := len(p.body.sections) - 1; i >= 0 && seen < 2; i-- {
		paras := p.body.sections[i].Paragraphs
		for j := len(paras) - 1; j >= 0 && seen < 2; j-- {
			seen++
			if t := paras[j]; len(t) <= 30 && (text.AgencyCredit(t) || text.DeskName(t)) {
				return t // "IN-Redaktion", "dpa": the desk signs the article
			}
			if m := parenCredit.FindStringSubmatch(paras[j]); m != nil {
				// A name after a full stop signs the text, not one after a
				// quotation: that is the speaker's.
				c, quote := strings.TrimSpace(m[2]), strings.ContainsAny(m[1], `"“”«»`)
				if text.AgencyCredit(c) || !quote && p.signsText(c) {
					return c
				}
				return ""
			}
		}
	}
	return ""
}

// signsText reports whether the parenthesised end of one of the body's
// last paragraphs is a person's full name, the writer signing the text
// ("… bleibt spannend. (Christian P. Stadtfeld)"): two to four words in
// a script with letter case, and no other paragraph of the body ends
// with a name in parentheses (a list of quotes, each with its speaker).
func (p *page) signsText(s string) bool {
	names := text.SplitAuthorsFor(s, p.siteNames...)
	if len(names) != 1 || names[0] != s || strings.Count(s, " ") > 3 || !hasCasedPerson(names) {
		return false
	}
	n := 0
	for _, sec := range p.body.sections {
		for _, para := range sec.Paragraphs {
			if m := parenCredit.FindStringSubmatch(para); m != nil && text.LooksLikeName(strings.TrimSpace(m[2])) {
				n++
			}
		}
	}
	return n == 1
}

// maxSourceLine is the longest text (bytes) of a source line.
const maxSourceLine = 60

// sourceLine returns the source named by the first element after the
// headline whose whole text is a source line, the innermost one ("Quelle:
// MDR THÜRINGEN/ls", see sourceLabel), when that source is an agency (see
// text.AgencyCredit) or the site itself, alone or with a desk's code
// ("hessenschau.de", "hessenschau.de/bb"); or "". Picture credits and
// captions ("Quelle: THW" under a photo), navigation and the parts of the
// page that are not about the article do not count. Only elements of
// maxSourceLine bytes or less can be the line: their text is counted up to
// that bound only (textBefore).
func (p *page) sourceLine() string {
	after := p.headlineNode == nil
	var line *html.Node // the innermost element of the first source line
	src := ""
	walk(p.root, func(n *html.Node) bool {
		if n.Type == html.DocumentNode {
			return true
		}
		if n.Type != html.ElementNode || skipText(n) || n.DataAtom == atom.Nav || line != nil && !contains(line, n) {
			return false
		}
		if n == p.headlineNode {
			after = true
			return false
		}
		if !after {
			return true
		}
		if l := textBefore(n, nil, maxSourceLine+1); l == 0 || l > maxSourceLine {
			return l > 0 && line == nil
		}
		m := sourceLabel.FindStringSubmatch(nodeText(n))
		if m == nil {
			return false
		}
		line, src = n, strings.TrimSpace(m[1])
		return true
	})
	if line == nil || p.bylineClutter(line, map[*html.Node]bool{}) || captionBox(line) || isCreditContext(line, "") {
		return ""
	}
	site, _, _ := strings.Cut(src, "/")
	if !text.AgencyCredit(src) && !text.IsSiteName(site, p.siteNames...) {
		return ""
	}
	return src
}

// authorEvidence is what a page says about its authors, by source, people
// and organisations apart.
type authorEvidence struct {
	structured, structOrgs []Author // JSON-LD and microdata
	tagged, tagOrgs        []Author // meta tags
	printed, printedOrgs   []Author // the printed byline
	byline                 string   // the printed byline's text
	cand                   bylineCand
	found                  bool   // a printed byline was found
	desc                   string // the description's byline, when tagged holds the people it names (see descByline)
}

// authorEvidence gathers the names from the structured data, the meta
// tags and the printed byline. Names are checked across sources: a
// printed byline that names the same people as the metadata wins over
// other bylines, a name glued to a publication or repeated in print
// ("Jane Doe BuzzFeed") takes the form the metadata gives, and a user name
// in the structured data ("jane.doe") gives way to the printed name.
func (p *page) authorEvidence() authorEvidence {
	var ev authorEvidence
	if ent, main := p.authorEntity(); ent != nil {
		for _, person := range ent.Authors {
			for _, name := range splitMetaName(person.Name) {
				a := Author{Name: name, URL: absURL(p.base, person.URL), Bio: text.Clean(person.Description)}
				a.Name = fullNameFromBio(a.Name, a.Bio)
				org := strings.Contains(strings.ToLower(person.Type), "organization") || text.IsOrganization(name, p.siteNames...)
				switch {
				case org && main:
					ev.structOrgs = append(ev.structOrgs, a)
				case main:
					ev.structured = append(ev.structured, a)
				case org:
					ev.tagOrgs = append(ev.tagOrgs, a)
				default:
					// Another work's author counts as much as a meta tag.
					ev.tagged = append(ev.tagged, a)
				}
			}
		}
	}
	addTagged := func(v string, needPerson bool) {
		names := text.SplitAuthors(v)
		// "Frankfurter Allgemeine Zeitung GmbH" gives "Frankfurter
		// Allgemeine": a company, not a person before a publication.
		company := len(names) == 1 && legalForm.MatchString(v)
		for _, name := range names {
			if company || text.IsOrganization(name, p.siteNames...) {
				ev.tagOrgs = append(ev.tagOrgs, Author{Name: name})
			} else if !needPerson || text.LooksLikeName(name) {
				ev.tagged = append(ev.tagged, Author{Name: name})
			}
		}
	}
	for _, key := range []string{"author", "article:author", "og:article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "citation_author"} {
		for _, v := range p.meta.Tags[key] {
			if strings.HasPrefix(v, "http") || strings.Contains(v, "/") {
				continue // article:author as a profile URL
			}
			if p.otherSite(v) && !hasPerson(text.SplitAuthors(v)) && webAgency.MatchString(v) {
				continue // "Web Commerce GmbH www.w-commerce.de": who built the site
			}
			addTagged(v, true)
		}
	}
	// Yoast and other plugins: twitter:label1 "Written by", twitter:data1 the name.
	for i := 1; i <= 4; i++ {
		n := strconv.Itoa(i)
		if writtenBy.MatchString(p.meta.Tag("twitter:label" + n)) {
			addTagged(p.meta.Tag("twitter:data"+n), false)
		}
	}
	if !namesPerson(ev.structured) && !namesPerson(ev.tagged) {
		// No source names a person ("Google" in the microdata): a byline
		// that opens the description does.
		if line, names := p.descByline(); len(names) > 0 {
			ev.structOrgs, ev.structured = append(ev.structOrgs, ev.structured...), nil
			ev.desc = line
			for _, name := range names {
				ev.tagged = append(ev.tagged, Author{Name: name})
			}
		}
	}
	var known []string
	for _, a := range append(append([]Author(nil), ev.structured...), ev.tagged...) {
		known = append(known, a.Name)
	}
	ev.cand, ev.found = p.byline(known)
	ev.byline = ev.cand.text
	for _, name := range ev.cand.names {
		if k := matchKnown(name, known); k != "" && !text.SameText(k, name) && len(k) < len(name) {
			name = k // "Ikran Dahir BuzzFeed" printed, "Ikran Dahir" declared
		}
		if text.IsOrganization(name, p.siteNames...) {
			ev.printedOrgs = append(ev.printedOrgs, Author{Name: name})
		} else {
			ev.printed = append(ev.printed, Author{Name: name})
		}
	}
	ev.structured = preferPrinted(ev.structured, ev.printed)
	return ev
}

// legalForm matches a company's legal form at the end of a meta author:
// the whole value names the publisher.
var legalForm = regexp.MustCompile(`\s(?:GmbH|AG|KG|SE|Inc\.?|Ltd\.?|LLC|S\.A\.|S\.L\.|SAS|SARL|S\.p\.A\.|B\.V\.|N\.V\.|Corp\.?|e\.V\.)$`)

// webAgency matches the words of a firm that builds web sites, named
// with its address in a meta author ("Web Commerce GmbH www.w-commerce.de");
// a news agency with its address ("The Associated Press www.apnews.com")
// is an author.
var webAgency = regexp.MustCompile(`(?i)\b(gmbh|ag|ug|kg|ltd|llc|inc|agentur|agency|web|webdesign|design|digital|internet|software|solutions|studio|werbeagentur|kommunikation|it)\b`)

// wwwHost matches a web address written without its scheme.
var wwwHost = regexp.MustCompile(`(?i)\bwww\.([a-z0-9-]+\.)+[a-z]{2,}\b`)

// otherSite reports whether v gives the web address of another site than
// the page's: a meta author naming the agency that built the site, with
// its address ("Web Commerce GmbH www.w-commerce.de"), not the writer.
// The page's address and its canonical URL both count as its own.
func (p *page) otherSite(v string) bool {
	m := wwwHost.FindString(v)
	if m == "" {
		return false
	}
	host := strings.ToLower(m[len("www."):])
	sites := []string{p.host}
	if u := parseBase(p.canonical()); u != nil {
		sites = append(sites, strings.ToLower(u.Hostname()))
	}
	for _, site := range sites {
		site = strings.TrimPrefix(site, "www.")
		if site == "" || strings.HasSuffix(site, host) || strings.HasSuffix(host, site) {
			return false
		}
	}
	return true
}

// namesPerson reports whether one of as looks like a person's name.
func namesPerson(as []Author) bool {
	for _, a := range as {
		if text.LooksLikeName(a.Name) {
			return true
		}
	}
	return false
}

// descBreak ends a byline that opens a description: a spaced dash, a
// colon, a parenthesis or a run of spaces before the text.
var descBreak = regexp.MustCompile(`[\s\x{a0}][-–—][\s\x{a0}]|:[\s\x{a0}]|[\s\x{a0}]\(|[\s\x{a0}]{2,}`)

// descByline returns the byline that opens the page's description and
// the people it names ("Posted by Jane Doe and John Roe - Security team
// Over the past …", "Par Jane Doe (Le Monde, 21 juin)"): the names before
// the first break (descBreak), when it comes within 100 characters, and
// only when each looks like a person's. A description that runs on from
// the name ("By Jane Doe Starmer talks big …") gives none.
func (p *page) descByline() (string, []string) {
	d := p.meta.Tag("og:description", "description", "twitter:description")
	if !opensByline(d) {
		return "", nil
	}
	loc := descBreak.FindStringIndex(d)
	if loc == nil || loc[0] > 100 {
		return "", nil
	}
	line := strings.TrimSpace(d[:loc[0]])
	names := text.SplitAuthorsFor(line, p.siteNames...)
	if len(names) == 0 || !hasPerson(names) {
		return "", nil
	}
	for _, n := range names {
		if !text.LooksLikeName(n) || calendarWord.MatchString(n) {
			return "", nil // "By Election Day - most voters …": a time, not a name
		}
	}
	return line, names
}

// calendarWord matches the words of a time ("By Election Day", "By
// Tuesday Evening", "Por primera vez") that open a description as a
// byline would.
var calendarWord = regexp.MustCompile(`(?i)\b(day|days|morning|evening|night|tonight|weekend|week|year|time|now|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|vez|primera|jour|soir|fois|tag|abend|morgen|jahr)\b`)

// authorEntity returns the structured-data entity whose authors are the
// article's: the article entity (main is true), or, when it names none
// (or there is none), the first top-level creative work that does (a
// Recipe, a VideoObject, a WebPage).
func (p *page) authorEntity() (e *meta.Entity, main bool) {
	if p.art != nil && len(p.art.Authors) > 0 {
		return p.art, true
	}
	for _, e := range p.meta.Entities {
		if e.Depth == 0 && e.Via == "" && len(e.Authors) > 0 &&
			hasType(e, "Recipe", "HowTo", "VideoObject", "WebPage", "ItemPage", "CreativeWork", "Review", "Question", "QAPage", "Book", "Course", "Event") {
			return e, false
		}
	}
	return nil, false
}

// fullNameFromBio returns the full name a bio opens with when name is
// only its first word: "Nils" with "Nils Pickert ist freier Autor …"
// gives "Nils Pickert".
func fullNameFromBio(name, bio string) string {
	if name == "" || strings.ContainsRune(name, ' ') || len(bio) < len(name)+3 {
		return name
	}
	if len(bio) > 120 {
		bio = bio[:120]
	}
	full := text.CleanName(bio)
	if f := strings.Fields(full); len(f) >= 2 && len(f) <= 4 && text.SameText(f[0], name) && text.LooksLikeName(full) {
		return full
	}
	return name
}

// choose picks the authors: people beat organisations from any source,
// the structured data's people first (with the agencies and desks it
// names next to them, but not the site itself), then the byline's, then
// the meta tags'; organisations only when no person is named anywhere.
// The printed byline gives way to the meta tags when it is far from the
// headline and names nobody they name, and to the structured data's
// organisations when it names no person ("amw", "red"). A printed byline
// near the headline that names everyone the structured data names and
// more, or that a byline rule or a "By …" line gives right under the
// headline and that names other people, wins over it; so does a byline
// near the headline that names exactly the people the meta tags name
// when the structured data names someone else. When no source names a
// person, the people a byline opening the description names (see
// descByline) beat a printed byline that names none, and that line
// becomes the byline.
func (ev *authorEvidence) choose(siteNames []string) []Author {
	printedPerson := false
	for _, a := range ev.printed {
		printedPerson = printedPerson || text.LooksLikeName(a.Name)
	}
	band := distBand(ev.cand.dist)
	switch {
	case len(ev.structured) > 0:
		if band <= 1 && allKnown(ev.structured, ev.printed) && len(ev.printed) > len(ev.structured) && !ev.cand.list {
			return ev.printed
		}
		if band <= 1 && printedPerson && !ev.cand.list && !ev.cand.box && allKnown(ev.printed, ev.tagged) && noneKnown(ev.printed, ev.structured) {
			// The byline by the headline names the people the meta tags
			// name, and the structured data someone else (the account
			// that posted it): two sources against one.
			return ev.printed
		}
		if band == 0 && ev.cand.agree == 0 && printedPerson && (!ev.cand.weak || ev.cand.rule == prefixRule) && !ev.cand.list && !ev.cand.box {
			// A byline right under the headline, from a byline rule, that
			// names other people: the structured data names the account
			// that posted the article.
			return ev.printed
		}
		out := ev.structured
		for _, o := range ev.structOrgs {
			if !text.IsSiteName(o.Name, siteNames...) {
				out = append(out, o)
			}
		}
		return out
	case len(ev.tagged) > 0 && len(ev.printed) > 0 && ev.cand.agree == 0 && band >= 2:
		return ev.tagged
	case ev.desc != "" && !printedPerson:
		ev.byline = ev.desc
		return ev.tagged
	case len(ev.printed) > 0 && !printedPerson && len(ev.structOrgs) > 0:
		return ev.structOrgs
	case len(ev.printed) > 0:
		return ev.printed
	case len(ev.tagged) > 0:
		return ev.tagged
	}
	// Organisations: the printed one, which readers see, before the
	// declared ones (often the publisher's name filled in by the CMS).
	for _, orgs := range [][]Author{ev.printedOrgs, ev.structOrgs, ev.tagOrgs} {
		if len(orgs) > 0 {
			return orgs
		}
	}
	return nil
}

// allKnown reports whether every author in as is named in known.
func allKnown(as, known []Author) bool {
	if len(as) == 0 || len(known) == 0 {
		return false
	}
	for _, a := range as {
		if !namedIn(a.Name, known) {
			return false
		}
	}
	return true
}

// noneKnown reports whether no author in as is named in known.
func noneKnown(as, known []Author) bool {
	for _, a := range as {
		if namedIn(a.Name, known) {
			return false
		}
	}
	return true
}

// namedIn reports whether name is one of the authors in known, or a
// form of one (see matchKnown and spellsKnown).
func namedIn(name string, known []Author) bool {
	names := make([]string, len(known))
	for i, k := range known {
		names[i] = k.Name
	}
	return matchKnown(name, names) != "" || spellsKnown(name, names)
}

// writtenBy matches the twitter:label that introduces the author's name.
var writtenBy = mustLabelRegexp(`(?i)^(written by|author|verfasst von|geschrieben von|autor|autorin|écrit par|rédigé par|auteur|escrito por|scritto da|geschreven door)$`)

// preferPrinted replaces structured-data names that are user names
// ("christian.stadtfeld", "arianschlichenmayer") by the printed names
// they spell, keeping the structured URL and bio.
func preferPrinted(structured, printed []Author) []Author {
	if len(printed) == 0 {
		return structured
	}
	out := make([]Author, 0, len(structured))
	for _, a := range structured {
		if strings.ContainsRune(a.Name, ' ') {
			out = append(out, a)
			continue
		}
		key := letterKey(a.Name)
		for _, pr := range printed {
			if k := letterKey(pr.Name); k != "" && (k == key || strings.HasPrefix(key, k) || strings.HasPrefix(k, key)) {
				a.Name = pr.Name
				break
			}
		}
		out = append(out, a)
	}
	return out
}

// letterKey returns the lower-case letters of s, without spaces and
// punctuation: "Arian Schlichenmayer" and "arianschlichenmayer" share one.
func letterKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// spellsKnown reports whether name is the full form of a one-word name
// among known: "Nils Pickert" for "Nils", "Jane Doe" for "janedoe" or
// "jane.doe".
func spellsKnown(name string, known []string) bool {
	key := letterKey(name)
	for _, k := range known {
		if strings.ContainsRune(strings.TrimSpace(k), ' ') {
			continue
		}
		kk := letterKey(k)
		if len(kk) >= 3 && (kk == key || strings.HasPrefix(key, kk) && text.SameText(strings.Fields(name)[0], k)) {
			return true
		}
	}
	return false
}

// matchKnown returns the name among known that name stands for: the same
// name, or one the printed name starts with or repeats ("Andrea
// WongAndrea Wong", "Ikran Dahir BuzzFeed"). It returns "" when none does.
func matchKnown(name string, known []string) string {
	f := text.Fold(name)
	if f == "" {
		return ""
	}
	for _, k := range known {
		if text.SameText(k, name) {
			return k
		}
	}
	for _, k := range known {
		fk := text.Fold(k)
		if len(fk) < 5 || !text.LooksLikeName(k) {
			continue
		}
		if strings.HasPrefix(f, fk+" ") || strings.HasPrefix(f, fk) && strings.HasSuffix(f, fk) && len(f) <= 2*len(fk)+1 {
			return k
		}
	}
	return ""
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
		if c := text.DeclaredName(s); c != "" {
			return []string{c} // "Mobasir hassan"
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

// bylinePrefix matches the words that open a printed byline: "By",
// "Written by", "Erstellt von", "Par", "Autor:", "Text:" and their
// translations.
var bylinePrefix = mustLabelRegexp(`(?i)^[^\pL\pN]{0,3}(((ein |eine |a |un |une |una |uno )?(written|posted|published|submitted|words|text|story|reported|gespeichert|kolumne|glosse|rezension|reportage|interview|essay|gastkommentar|erstellt|verfasst|geschrieben|eingestellt|ein beitrag|beitrag|blog beitrag|gastbeitrag|artikel|kommentar|analyse|écrit|publié|rédigé|escrito|publicado|scritto|pubblicato|geschreven|alle artikel|alles|mehr)\s+)?(by|von|vom|par|por|door|av|af|przez)\s*:?|di|da|(autor|autorin|author|auteur|autore|text|texte|texto|testo|redaktion|verfasser|verfasserin|von|by)\s*:|(autoren|autorinnen|authors|auteurs|autores|autori)\s*:?|от|著者|作者|文|記者|기자|投稿者|كتب|كتبت|بقلم)\s`)

// bylineLabel matches an element whose whole text is a byline label, the
// name following in the next element: "<strong>Autor:</strong> Jane Doe".
// Words that are also ordinary text ("Text", "Interview") need the colon.
var bylineLabel = mustLabelRegexp(`(?i)^\W{0,3}((by|von|par|por|door|written by|posted by|verfasst von|geschrieben von|erstellt von|autor|autorin|autoren|author|authors|auteur|auteurs|autore|autores|verfasser|verfasserin)\s*:?|(text|texto|testo|redaktion|interview|text und interview|reporter|reporting)\s*:)$`)

// Limits and weights of the byline search.
const (
	maxBylineCands = 400  // candidate elements looked at
	maxPerRule     = 40   // candidate elements looked at per rule
	maxPrefixed    = 2000 // elements opening with "By" remembered
	nearHeadline   = 1500 // text characters after the headline that count as "near"
	prefixRule     = 1000 // rank of the "By …" scan, after every byline rule
	signatureRule  = 1200 // rank of a name signed under the last paragraph
	datelineRule   = 1500 // rank of a date-and-name line by the headline
	boxRule        = 2000 // rank of author boxes, the last resort
)

// bylineCand is one element that may hold the printed byline.
type bylineCand struct {
	node    *html.Node
	text    string
	names   []string
	rule    int  // index of the byline rule that matched, prefixRule or boxRule
	dist    int  // text characters from the headline (see placeCands)
	agree   int  // names also given by the structured data or meta tags
	weak    bool // from the "By …" scan or the weakest rule
	list    bool // one of a list of bylines that name other people (teasers)
	box     bool // inside an author box
	named   bool // opens with "By" and its class or id (or a parent's) names the author
	hidden  bool // the markup hides it from readers (see hiddenAround)
	account bool // names the user account its link leads to (see isAccount)
}

// byline returns the printed byline: its element, text and names. known
// are the names the structured data and meta tags give. Candidates are
// the elements the byline rules match and, for sites whose classes say
// nothing, the elements whose text opens with "By" (or its translation)
// or a label ("Autor:"), date-and-name lines by the headline and names
// signed under the last paragraph (signedName); never in
// navigation, menus, comments, related or popular lists or picture
// credits (see bylineCands). Weak candidates (the "By" scan, the weakest
// rule, date lines) must be near the headline or name a person ("By" lines
// in an element whose class names the author may be a little farther);
// signatures are kept wherever they are. The
// winner is, in order: one whose names the metadata also gives, one that
// is not one of a list of teaser bylines, one outside an author box, the
// nearest band of distance to the headline (distBand), one with a
// person's name, the most specific rule, the nearest. Its text is widened
// to an enclosing candidate that names the same people ("By Jane Doe ·
// May 1" around "Jane Doe"). The element is added to p.bylineNodes.
func (p *page) byline(known []string) (bylineCand, bool) {
	cands := p.bylineCands()
	if len(cands) == 0 {
		return bylineCand{}, false
	}
	p.placeCands(cands)
	for i := range cands {
		for _, n := range cands[i].names {
			if matchKnown(n, known) != "" || spellsKnown(n, known) {
				cands[i].agree++
			}
		}
	}
	markLists(cands)
	all := append([]bylineCand(nil), cands...)
	// Weak candidates count near the headline, or when they name a
	// person; the weakest rule's far matches only when the metadata agrees.
	kept := cands[:0]
	for _, c := range cands {
		band, person := distBand(c.dist), hasPerson(c.names)
		switch {
		case c.node.DataAtom == atom.Address && c.agree == 0 && band > 1 && !authorClassed(c.node):
			// An <address> far from the headline is the publisher's
			// contact block ("Wörlitzer Platz 1", "Pressestelle").
			continue
		case !c.weak || c.agree > 0:
		case c.rule == signatureRule:
			// Strict by construction (see signedName): kept however far,
			// but only on a page whose metadata names no author: a bold
			// last line that names someone else ("Key Takeaways",
			// "Buenos Aires") is a label, not the writer.
			if len(known) > 0 {
				continue
			}
		case c.rule == datelineRule:
			if band > 0 {
				continue
			}
		case c.rule == prefixRule && (person || band <= 1 || c.named && band <= 2):
		case c.rule != prefixRule && (person && band <= 2 && !c.list || band == 0):
		default:
			continue
		}
		kept = append(kept, c)
	}
	cands = kept
	if len(cands) == 0 {
		return bylineCand{}, false
	}
	best := 0
	for i := 1; i < len(cands); i++ {
		if betterCand(&cands[i], &cands[best]) {
			best = i
		}
	}
	c := cands[best]
	// Print the whole line: an element around the winner that names the
	// same people ("By Jane Doe · May 1, 2025" around "Jane Doe").
	key := text.Fold(strings.Join(c.names, ","))
	for _, o := range cands {
		if o.node != c.node && contains(o.node, c.node) && len(o.text) <= 150 && len(o.text) > len(c.text) &&
			text.Fold(strings.Join(o.names, ",")) == key {
			c.text, c.node = o.text, o.node
		}
	}
	if len(c.names) == 1 {
		if full := fullNameIn(c.names[0], all); full != "" {
			c.names = []string{full}
		}
	}
	p.bylineNodes = append(p.bylineNodes, c.node)
	return c, true
}

// fullNameIn returns the full name that another byline candidate gives
// for first, a first name printed alone ("Von Henry" under the headline,
// "Mehr von Henry Steinhau" in the sidebar): the one person's name of two
// or three words that opens with first, or "" when none or several do.
func fullNameIn(first string, cands []bylineCand) string {
	if strings.ContainsRune(first, ' ') || utf8.RuneCountInString(first) < 3 {
		return ""
	}
	full := ""
	for _, c := range cands {
		for _, n := range c.names {
			f := strings.Fields(n)
			if len(f) < 2 || len(f) > 3 || !text.SameText(f[0], first) || !text.LooksLikeName(n) {
				continue
			}
			if full != "" && !text.SameText(full, n) {
				return "" // two people of that first name
			}
			full = n
		}
	}
	return full
}

// betterCand reports whether a beats b (see byline).
func betterCand(a, b *bylineCand) bool {
	if a.hidden != b.hidden {
		return b.hidden
	}
	if (a.agree > 0) != (b.agree > 0) {
		return a.agree > 0
	}
	if (a.rule == boxRule) != (b.rule == boxRule) {
		return b.rule == boxRule
	}
	if a.list != b.list {
		return b.list
	}
	if a.box != b.box {
		return b.box
	}
	if an, bn := distBand(a.dist), distBand(b.dist); an != bn {
		return an < bn
	}
	ap, bp := hasPerson(a.names) || a.account, hasPerson(b.names) || b.account
	if ap != bp {
		return ap
	}
	if a.rule != b.rule {
		return a.rule < b.rule
	}
	return a.dist < b.dist
}

// markLists marks the candidates that are one of three or more elements
// of the same tag and class naming different people: the bylines of a
// list of teasers.
func markLists(cands []bylineCand) {
	names := map[string]map[string]bool{}
	sig := func(c *bylineCand) string { return c.node.Data + "." + attr(c.node, "class") }
	for i := range cands {
		k := sig(&cands[i])
		if names[k] == nil {
			names[k] = map[string]bool{}
		}
		names[k][text.Fold(strings.Join(cands[i].names, ","))] = true
	}
	for i := range cands {
		cands[i].list = len(names[sig(&cands[i])]) >= 3
	}
}

// distBand groups distances from the headline: right below it (the
// byline under the headline and standfirst), near it, far (the end of an
// article), and farther.
func distBand(d int) int {
	switch {
	case d <= nearHeadline/4:
		return 0
	case d <= nearHeadline:
		return 1
	case d <= 5*nearHeadline:
		return 2
	}
	return 3
}

// hasOrganization reports whether one of names is an organisation's.
func hasOrganization(names []string) bool {
	for _, n := range names {
		if text.IsOrganization(n) {
			return true
		}
	}
	return false
}

// datelineRest counts the letters of a date-and-name line that are
// neither the names nor dates and times: few in "04.02.2022 | 13:10 Uhr |
// Jane Doe", many in a teaser "Breaking News Jane Doe Attends … 8/10/2022".
func datelineRest(t string, names []string) int {
	for _, n := range names {
		t = strings.Replace(t, n, " ", 1)
	}
	n := 0
	for _, f := range strings.Fields(t) {
		if !datePart.MatchString(f) && !timeWord.MatchString(f) {
			for _, r := range f {
				if unicode.IsLetter(r) {
					n++
				}
			}
		}
	}
	return n
}

// timeWord matches the words of a time of day or a date label in a
// date-and-name line.
var timeWord = mustLabelRegexp(`(?i)^(\d{1,2}:\d{2}(:\d{2})?|uhr|am|pm|a\.m\.|p\.m\.|h|von|by|par|por|de|le|el|on|um|à|at|stand|updated|published|veröffentlicht|aktualisiert)\W*$`)

// hasCasedPerson reports whether one of names looks like a person's name
// written in a script with letter case, where that test is strict.
func hasCasedPerson(names []string) bool {
	for _, n := range names {
		if r, _ := utf8.DecodeRuneInString(n); unicode.IsUpper(r) && text.LooksLikeName(n) {
			return true
		}
	}
	return false
}

// markedName reports whether names is one capitalised word that t gives
// after an author marker: "06.11.2023 13:30 von Olga".
func markedName(t string, names []string) bool {
	if len(names) != 1 || strings.ContainsRune(names[0], ' ') {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(names[0]); !unicode.IsUpper(r) {
		return false
	}
	for _, m := range []string{"by ", "von ", "par ", "por ", "door ", "di "} {
		if strings.Contains(t, m+names[0]) || strings.Contains(t, strings.ToUpper(m[:1])+m[1:]+names[0]) {
			return true
		}
	}
	return false
}

// reporterLabels are the CJK job titles printed after a reporter's name
// ("이용민 기자", "林宸誼 記者").
var reporterLabels = []string{"기자", "특파원", "記者", "记者"}

// reporterName reports whether names is one name in a script without
// letter case that t gives before a reporter's title: "이용민 기자 |
// 2020-03-04 16:52:59".
func reporterName(t string, names []string) bool {
	if len(names) != 1 || hasCasedPerson(names) {
		return false
	}
	for _, l := range reporterLabels {
		if strings.Contains(t, names[0]+" "+l) || strings.Contains(t, names[0]+l) {
			return true
		}
	}
	return false
}

// hasPerson reports whether one of names looks like a person's.
func hasPerson(names []string) bool {
	for _, n := range names {
		if text.LooksLikeName(n) {
			return true
		}
	}
	return false
}

// bylineCands collects the byline candidates: the elements the byline
// rules match (each with the first rule that matches it), then, in one
// walk, the innermost elements that open with "By", the lines of loose
// text that do (lineBylines), the label elements with the name after them
// and the date-and-name lines, then the name
// elements of author boxes. Elements in clutter (bylineClutter) or in
// picture credits (isCreditContext) are skipped, and the numbers are
// bounded (maxBylineCands, maxPerRule).
func (p *page) bylineCands() []bylineCand {
	boxes := p.authorBoxes()
	inBox := func(n *html.Node) bool {
		for _, b := range boxes {
			if contains(b, n) {
				return true
			}
		}
		return false
	}
	var cands []bylineCand
	seen := map[*html.Node]bool{}
	clutter := map[*html.Node]bool{}
	rules := p.matcher(selectors.Byline)
	weakest := len(rules) - 1
	var prefixed []*html.Node // every element that opens with "By", kept or not
	addText := func(n *html.Node, t string, names []string, rule int) {
		if len(names) == 0 {
			return
		}
		if rule == prefixRule && (!hasPerson(names) && !hasOrganization(names) && len(t) > 40 && datelineRest(t, names) > 20 || len(t) > 100 && readsAsBio(t)) {
			return // "Von den 116 Verletzten waren …": a sentence, not a byline
		}
		if rule == weakest && len(t) > 3*len(strings.Join(names, ""))+40 {
			return // a teaser whose class names its author, not a byline
		}
		cands = append(cands, bylineCand{node: n, text: t, names: names, rule: rule, weak: rule >= prefixRule || rule == weakest, box: inBox(n),
			named: rule == prefixRule && authorClassed(n), hidden: hiddenAround(n),
			account: isAccount(n, names)})
	}
	perRule := map[int]int{}
	add := func(n *html.Node, rule int) {
		if n.DataAtom == atom.A && !authorHref(attr(n, "href")) {
			return // "/journalist/2012-06/01/…": a section, not a profile
		}
		if rule == prefixRule && seen[n] {
			// Matched by the weakest rule and opening with "By": a byline.
			for i := range cands {
				if cands[i].node == n && cands[i].rule == weakest {
					cands[i].rule, cands[i].named = prefixRule, true
				}
			}
		}
		if len(cands) >= maxBylineCands || perRule[rule] >= maxPerRule || seen[n] {
			return
		}
		seen[n] = true
		perRule[rule]++
		t, names := p.bylineText(n)
		addText(n, t, names, rule)
	}
	for _, n := range rules.MatchAll(p.root) {
		if n.DataAtom == atom.Meta || n.DataAtom == atom.Link || p.bylineClutter(n, clutter) || isCreditContext(n, "") {
			continue
		}
		for i := range rules {
			if rules[i].Match(n) {
				add(n, i)
				break
			}
		}
	}
	lens := textLens(p.root)
	walk(p.root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if skipText(n) || n.DataAtom == atom.Nav || n.DataAtom == atom.Pre || n.DataAtom == atom.Code || len(cands) >= maxBylineCands {
			return false
		}
		l := lens[n]
		if l == 0 {
			return false
		}
		p.lineBylines(n, addText, clutter)
		if l > maxByline {
			return true
		}
		t := nodeText(n)
		if l <= 60 && signedName(n, lens) && text.LooksLikeName(t) && !p.bylineClutter(n, clutter) {
			// "<p><b><i>Jane Doe</i></b></p>" after the last paragraph.
			if names := text.SplitAuthorsFor(t, p.siteNames...); hasCasedPerson(names) {
				addText(n, t, names, signatureRule)
			}
			return false
		}
		opens := opensByline(t)
		if opens && len(prefixed) < maxPrefixed {
			prefixed = append(prefixed, n)
		}
		label := !opens && l <= 40 && n.Parent != nil && bylineLabel.MatchString(t)
		dateline := !opens && !label && l <= 100 && datePart.MatchString(t)
		if !opens && !label && !dateline || p.bylineClutter(n, clutter) || isCreditContext(n, t) {
			return true
		}
		switch {
		case opens:
			add(n, prefixRule)
		case label:
			if lt := labelText(n); lt != "" {
				addText(n.Parent, lt, dropTaxonomy(n.Parent, text.SplitAuthorsFor(lt, p.siteNames...)), prefixRule)
			}
			return false
		case !hasBlockChildOf(n):
			// "04.02.2022 | 13:10 Uhr | Jane Doe" by the headline.
			if names := dropTaxonomy(n, text.SplitAuthorsFor(t, p.siteNames...)); (hasCasedPerson(names) || markedName(t, names) || reporterName(t, names)) && datelineRest(t, names) <= 20 {
				addText(n, t, names, datelineRule)
			}
		}
		return true
	})
	cands = innermostPrefix(cands, prefixed)
	cands = dropComposed(cands)
	for _, n := range boxes {
		if !p.bylineClutter(n, clutter) {
			if nm := firstNameElement(n); nm != nil {
				add(nm, boxRule)
			}
		}
	}
	return cands
}

// maxLineByline is the longest line of loose text that lineBylines
// reads as a byline.
const maxLineByline = 150

// lineBylines adds the bylines that are loose text in n, opening a line
// after a <br> or after a block element rather than n itself: "Posted by
// Jane Doe under News" after the post's title in one block, "Autor: Jane
// Doe" after the last <br> of a text block. The line runs to the next
// <br> or block and is at most maxLineByline long, and its prefix must
// not open prose (proseMarker); the candidate's node is n, as for a
// label (see labelText).
func (p *page) lineBylines(n *html.Node, addText func(*html.Node, string, []string, int), clutter map[*html.Node]bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.TextNode || !lineAfterBreak(c) || !opensByline(text.Clean(c.Data)+" ") {
			continue
		}
		t := lineText(c)
		if t == "" || len(t) > maxLineByline || !opensByline(t) || proseMarker.MatchString(t) || p.bylineClutter(n, clutter) || isCreditContext(n, t) {
			continue
		}
		addText(n, t, dropTaxonomy(n, text.SplitAuthorsFor(t, p.siteNames...)), prefixRule)
	}
}

// proseMarker matches the byline prefix that opens a line of prose as
// often as a byline ("Vom S-Bahnhof mit der Tram bis …"): a line of loose
// text opening with it is not taken as a byline. The other short
// prefixes ("Di", "Da", "Av") open prose too, but a prose line after them
// splits into no name, and they open real bylines ("Di Mario Rossi,
// inviato a Roma").
var proseMarker = mustLabelRegexp(`(?i)^\W{0,3}vom\s`)

// lineAfterBreak reports whether the text node c follows a <br> or a
// block element, with only white space or comments between.
func lineAfterBreak(c *html.Node) bool {
	for s := c.PrevSibling; s != nil; s = s.PrevSibling {
		switch {
		case s.Type == html.TextNode && strings.TrimSpace(s.Data) == "", s.Type == html.CommentNode:
		case s.Type == html.ElementNode && (s.DataAtom == atom.Br || isBlock(s)):
			return true
		default:
			return false
		}
	}
	return false
}

// lineText returns the text of the line that the text node c opens: c
// and the inline elements after it, up to the next <br>, block or
// category link, cleaned.
func lineText(c *html.Node) string {
	var b strings.Builder
	for s := c; s != nil && b.Len() <= maxLineByline*2; s = s.NextSibling {
		if s.Type == html.ElementNode && (s.DataAtom == atom.Br || isBlock(s) ||
			s.DataAtom == atom.A && taxonomyLink.MatchString(attr(s, "href"))) {
			break // a category link ends the byline: "Posted by Jane Doe under <a>News</a>"
		}
		switch {
		case s.Type == html.TextNode:
			b.WriteString(s.Data)
		case s.Type == html.ElementNode && !skipText(s):
			b.WriteString(" " + nodeText(s) + " ")
		}
	}
	return text.Clean(b.String())
}

// isAccount reports whether names is one user name ("freeman1984",
// "damianduchamps", see isHandle) that n links to as a profile: n, or the
// first link in it, goes to "/author/freeman1984/". Such a name is the
// account that wrote the article, though it does not read as a person's.
func isAccount(n *html.Node, names []string) bool {
	if len(names) != 1 || !isHandle(names[0]) || text.IsOrganization(names[0]) {
		return false // "admin": the site's account
	}
	a := n
	if a.DataAtom != atom.A {
		a = nil
		walk(n, func(c *html.Node) bool {
			if a == nil && c.Type == html.ElementNode && c.DataAtom == atom.A {
				a = c
			}
			return a == nil
		})
	}
	if a == nil {
		return false
	}
	m := profilePath.FindStringSubmatch(attr(a, "href"))
	return m != nil && letterKey(m[2]) != "" && letterKey(m[2]) == letterKey(names[0])
}

// isHandle reports whether name is written as a user name: letters in
// lower case with digits or not ("freeman1984", "damianduchamps"), or
// letters with digits ("Bo2man"); not a desk's account in capitals
// ("NEWSROOM") or a domain ("CNN.com").
func isHandle(name string) bool {
	digit, upper := false, false
	for _, r := range name {
		switch {
		case unicode.IsDigit(r):
			digit = true
		case unicode.IsUpper(r):
			upper = true
		case !unicode.IsLower(r) && r != '_' && r != '-':
			return false
		}
	}
	return digit || !upper
}

// hiddenAround reports whether the markup hides n or one of its three
// nearest ancestors from readers (see hiddenNode): a rich-snippet
// "vcard" naming the account that posted the article, not the byline
// the page prints.
func hiddenAround(n *html.Node) bool { return hiddenWithin(n, 3) }

// authorClassed reports whether n or one of its three nearest ancestors
// has a class or id that names the author or the byline.
func authorClassed(n *html.Node) bool {
	for c, i := n, 0; c != nil && c.Type == html.ElementNode && i < 4; c, i = c.Parent, i+1 {
		if ci := classID(c); strings.Contains(ci, "author") || strings.Contains(ci, "byline") {
			return true
		}
	}
	return false
}

// signedName reports whether n is a paragraph that signs an article: its
// whole text is one bold or italic element, it is right-aligned or the last
// element in its container, and one of the two elements before it is a
// paragraph of 200 or more characters (lens, see textLens). The caller
// checks that the text is a person's name.
func signedName(n *html.Node, lens map[*html.Node]int) bool {
	if n.DataAtom != atom.P {
		return false
	}
	var em *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "", c.Type == html.CommentNode:
		case c.Type == html.ElementNode && em == nil && isEmphasis(c):
			em = c
		default:
			return false
		}
	}
	if em == nil {
		return false
	}
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	right := strings.EqualFold(attr(n, "align"), "right") || strings.Contains(style, "text-align:right")
	if !right && elementSibling(n, true) != nil {
		return false
	}
	for s, i := elementSibling(n, false), 0; s != nil && i < 2; s, i = elementSibling(s, false), i+1 {
		if s.DataAtom == atom.P && lens[s] >= 200 {
			return true
		}
	}
	return false
}

// isEmphasis reports whether n is a bold or italic element.
func isEmphasis(n *html.Node) bool {
	switch n.DataAtom {
	case atom.B, atom.Strong, atom.I, atom.Em:
		return true
	}
	return false
}

// elementSibling returns the next (or previous) element beside n, or nil.
func elementSibling(n *html.Node, next bool) *html.Node {
	for {
		if next {
			n = n.NextSibling
		} else {
			n = n.PrevSibling
		}
		if n == nil || n.Type == html.ElementNode {
			return n
		}
	}
}

// opensByline reports whether cleaned text t opens with a byline prefix.
// A match is at most a few dozen bytes long (white space is collapsed), so
// only the head of t is matched: the regexp engine's cost grows with the
// length of its input, and t may be a paragraph.
func opensByline(t string) bool {
	const head = 128
	if len(t) > head {
		i := head
		for i > 0 && !utf8.RuneStart(t[i]) {
			i--
		}
		t = t[:i]
	}
	return bylinePrefix.MatchString(t)
}

// creditWords are class words of picture credits and captions.
var creditWords = regexp.MustCompile(`(image|img|photo|foto|bild|wp|media|figure|pic|video)[-_]?caption|caption[-_]?(text|credit)|credit|copyright|bildunterschrift|bildquelle|bildnachweis|bildautor|legende|fotograf|photographer|photo-?by|media-?licen[cs]e|(image|img|photo|foto|bild)-?(source|quelle|autor|author)`)

// isCreditContext reports whether n is a picture credit or caption, or
// sits in one: "Foto: Jane Doe" under an image is not the byline. A text
// t that opens as a byline does ("Text: Jane Doe" in a credits block).
func isCreditContext(n *html.Node, t string) bool {
	if t != "" && opensByline(t) {
		return false
	}
	for c, i := n, 0; c != nil && i < 3; c, i = c.Parent, i+1 {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Figcaption || c.DataAtom == atom.Figure || mayBeCredit(attr(c, "class"))) {
			goto check
		}
	}
	return false
check:
	for c, i := n, 0; c != nil && i < 3; c, i = c.Parent, i+1 {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Figcaption || c.DataAtom == atom.Figure || creditWords.MatchString(strings.ToLower(attr(c, "class"))) {
			return true
		}
	}
	return false
}

// mayBeCredit is a quick test before creditWords: whether a class list
// has one of its key parts.
func mayBeCredit(class string) bool {
	if class == "" {
		return false
	}
	class = strings.ToLower(class)
	for _, k := range []string{"caption", "credit", "copyright", "bild", "legende", "fotograf", "photographer"} {
		if strings.Contains(class, k) {
			return true
		}
	}
	return strings.Contains(class, "source") || strings.Contains(class, "quelle") || strings.Contains(class, "autor") || strings.Contains(class, "author")
}

// labelText returns the text of a byline label element and of what
// follows it up to the end of the line: "Autor: Jane Doe" from
// "<strong>Autor:</strong> Jane Doe<br>".
func labelText(label *html.Node) string {
	var b strings.Builder
	b.WriteString(nodeText(label))
	alone := true // nothing after the label yet
	for c := label.NextSibling; c != nil && b.Len() < maxByline; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Br || isBlock(c)) {
			if alone && c.DataAtom != atom.Br && textLen(c) <= 100 {
				// "<h4>Autor</h4><p>Jane Doe</p>": the value in the next block.
				b.WriteString(" " + nodeText(c))
			}
			break
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" || c.Type == html.ElementNode {
			alone = false
		}
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		} else if c.Type == html.ElementNode && !skipText(c) {
			b.WriteString(" " + nodeText(c) + " ")
		}
	}
	t := text.Clean(b.String())
	if len(t) > maxByline || text.SameText(t, nodeText(label)) {
		return ""
	}
	return t
}

// profilePath matches the part of a link after a profile folder
// ("/author/", "/staff/" …).
var profilePath = regexp.MustCompile(`(?i)/(author|authors|autor|autoren|auteur|autore|staff|journalist|editors|contributors?|writers|columnists|reporters|experts?)/([^/?#]*)`)

// authorHref reports whether a link may lead to an author's page: when it
// goes to a profile folder, the next part of the path names someone
// ("/author/jane-doe") or is the number of a profile ("/experts/444",
// "/contributors/12345/"), not a year ("/author/2012", a year's archive)
// nor a date ("/journalist/2012-06/") nor the folder itself
// ("/experts/?lang=en").
func authorHref(href string) bool {
	m := profilePath.FindStringSubmatch(href)
	if m == nil {
		return true
	}
	if m[2] != "" && strings.Trim(m[2], "0123456789") == "" {
		return !yearPart.MatchString(m[2])
	}
	return strings.IndexFunc(m[2], unicode.IsLetter) >= 0
}

// yearPart matches a path part that is a year: "2012", "1999".
var yearPart = regexp.MustCompile(`^(19|20)\d{2}$`)

// dropComposed drops the candidates whose text is the texts of two
// candidates inside them, one after the other: an author card that runs
// the name into its stat labels ("搜狐政务" and "文章 总阅读"), where the
// name is the first of them.
func dropComposed(cands []bylineCand) []bylineCand {
	out := make([]bylineCand, 0, len(cands)) // cands is read to the end
	for _, c := range cands {
		composed := false
		for _, a := range cands {
			rest, ok := strings.CutPrefix(c.text, a.text)
			if !ok || a.node == c.node || !contains(c.node, a.node) || strings.TrimSpace(rest) == "" {
				continue
			}
			for _, b := range cands {
				if b.node != c.node && b.node != a.node && contains(c.node, b.node) && strings.TrimSpace(rest) == b.text {
					composed = true
					break
				}
			}
			if composed {
				break
			}
		}
		if !composed {
			out = append(out, c)
		}
	}
	return out
}

// innermostPrefix drops the "By …" candidates that hold another element
// opening with "By" (prefixed, in document order): the text of a container
// that opens with the byline runs on into the article.
func innermostPrefix(cands []bylineCand, prefixed []*html.Node) []bylineCand {
	out := cands[:0]
	for _, c := range cands {
		inner := false
		if c.rule == prefixRule {
			for _, n := range prefixed {
				if n != c.node && contains(c.node, n) {
					inner = true
					break
				}
			}
		}
		if !inner {
			out = append(out, c)
		}
	}
	return out
}

// taxonomyLink matches the links of category, tag and topic pages, whose
// text is never an author's name.
var taxonomyLink = regexp.MustCompile(`(?i)/(category|categories|kategorie|kategorien|thema|themen|tags?|topics?|rubrik|ressort|section|sections|schlagwort|stichwort)/`)

// dropTaxonomy removes the names that are the texts of category or tag
// links in n ("By TPN, in News, Portugal").
func dropTaxonomy(n *html.Node, names []string) []string {
	var tax []string
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.A && taxonomyLink.MatchString(attr(c, "href")) {
			tax = append(tax, nodeText(c))
			return false
		}
		return true
	})
	if len(tax) == 0 {
		return names
	}
	out := names[:0]
	for _, name := range names {
		drop := false
		for _, t := range tax {
			drop = drop || text.SameText(t, name)
		}
		if !drop {
			out = append(out, name)
		}
	}
	return out
}

// bylineText returns the text of a byline element and the names in it.
// An element that holds a whole author box (name, bio, links) gives the
// text of its name element. The names of n's own text are read with its
// <br> line breaks as separators: a name ends at a <br> ("Von Jane
// Doe<br>Kakuma /Kenia").
func (p *page) bylineText(n *html.Node) (string, []string) {
	var b strings.Builder
	appendText(&b, n)
	raw := b.String()
	t := text.Clean(breaks.Replace(raw))
	split := t
	if strings.ContainsAny(raw, string(paraBreak)+string(lineBreak)) {
		split = text.Clean(lineBreaks.Replace(raw))
	}
	if len(t) > maxByline || len(t) > 100 && readsAsBio(t) {
		if nm := firstNameElement(n); nm != nil {
			t = nodeText(nm)
			split = t
		}
	}
	if t == "" || len(t) > maxByline || captionStart.MatchString(t) {
		return "", nil
	}
	return t, dropTaxonomy(n, text.SplitAuthorsFor(split, p.siteNames...))
}

// lineBreaks turns the line breaks of a byline into separators.
var lineBreaks = strings.NewReplacer(string(paraBreak), " | ", string(lineBreak), " | ")

// datePart matches a date in a byline line: "04.02.2022", "2022-02-04",
// "25.10.2022 - Jane Doe".
var datePart = regexp.MustCompile(`\b(\d{1,2}[./]\s?\d{1,2}[./]\s?(19|20)?\d{2}|(19|20)\d{2}-\d{2}-\d{2})\b`)

// hasBlockChildOf reports whether n has a block element among its children.
func hasBlockChildOf(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlock(c) {
			return true
		}
	}
	return false
}

// captionStart matches the opening of a picture caption that lists the
// people shown: "Von links nach rechts: …", "From left: …".
var captionStart = mustLabelRegexp(`(?i)^\W*(von links|v\.\s?l\.|from left|left to right|\(?l-r\)?|de gauche|de izquierda|da sinistra)`)

// readsAsBio reports whether t reads as sentences (a bio) rather than a
// byline: a full stop, question or exclamation mark followed by a
// capitalised word, after the first 20 characters.
func readsAsBio(t string) bool {
	for i := 20; i+2 < len(t); i++ {
		if (t[i] == '.' || t[i] == '!' || t[i] == '?') && t[i+1] == ' ' && t[i+2] >= 'A' && t[i+2] <= 'Z' {
			return true
		}
	}
	return false
}

// placeCands sets each candidate's distance from the printed headline, in
// characters of page text: after the headline, from its end; before it,
// three times the gap (kickers and navigation come before the headline,
// bylines seldom do). Without a headline the distance is the position in
// the page.
func (p *page) placeCands(cands []bylineCand) {
	head := p.headAnchor()
	want := map[*html.Node]bool{}
	for _, c := range cands {
		want[c.node] = true
	}
	if head != nil {
		want[head] = true
	}
	start, end := textSpans(p.root, want)
	for i := range cands {
		n := cands[i].node
		switch {
		case head == nil:
			cands[i].dist = start[n]
		case contains(head, n) || contains(n, head):
			cands[i].dist = 0
		case start[n] >= end[head]:
			cands[i].dist = start[n] - end[head]
		default:
			cands[i].dist = 3 * max(0, start[head]-end[n])
		}
	}
}

// textLens returns the length of the visible text (as textLen counts
// it) of every element under root, in one pass.
func textLens(root *html.Node) map[*html.Node]int {
	lens := map[*html.Node]int{}
	var visit func(n *html.Node, depth int) int
	visit = func(n *html.Node, depth int) int {
		switch {
		case n.Type == html.TextNode:
			return len(strings.TrimSpace(n.Data))
		case n.Type == html.ElementNode && skipText(n), depth > 512:
			return 0
		}
		total := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			total += visit(c, depth+1)
		}
		if n.Type == html.ElementNode {
			lens[n] = total
		}
		return total
	}
	visit(root, 0)
	return lens
}

// textSpans returns where the text of each wanted element starts and ends,
// in bytes of visible page text.
func textSpans(root *html.Node, want map[*html.Node]bool) (start, end map[*html.Node]int) {
	start = make(map[*html.Node]int, len(want))
	end = make(map[*html.Node]int, len(want))
	pos := 0
	var visit func(n *html.Node, depth int)
	visit = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		switch n.Type {
		case html.TextNode:
			pos += len(strings.TrimSpace(n.Data))
			return
		case html.ElementNode:
			if skipText(n) {
				return
			}
		}
		if want[n] {
			start[n] = pos
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, depth+1)
		}
		if want[n] {
			end[n] = pos
		}
	}
	visit(root, 0)
	return start, end
}

// bylineClutterWords and bylineClutterParts are class and id words of
// the parts of a page whose bylines belong to other articles or to
// readers: the first anywhere in a class name, the second as a whole part
// of one ("comments", "post-comments", but not "commentary").
var (
	bylineClutterWords = regexp.MustCompile(`popular|trending|most-?read|most_read|mostread|most-?viewed|mostviewed|breadcrumb|disqus|taboola|outbrain|recirc`)
	bylineClutterParts = regexp.MustCompile(`(^|[-_])(comments?|menu|newsletter)([-_]|$)`)
)

// isClutterClass reports whether a class or id list (lower case) names a
// part of the page that is not about the article. Classes that only say
// what a container has or is in ("has-sidebar", "with-menu",
// "theme-taboola") do not count.
func isClutterClass(ci string) bool {
	for _, tok := range strings.Fields(ci) {
		if strings.HasPrefix(tok, "has") || strings.HasPrefix(tok, "with") || strings.HasPrefix(tok, "is-") ||
			strings.HasPrefix(tok, "no-") || strings.HasPrefix(tok, "theme") {
			continue
		}
		if bylineClutterWords.MatchString(tok) || bylineClutterParts.MatchString(tok) {
			return true
		}
	}
	return false
}

// bylineClutter reports whether n sits where a byline never is the
// article's: site navigation, menus, site footers, comment threads,
// related, popular and trending lists, and links that wrap another
// article's headline (teaser cards). Unlike inClutter it keeps share
// bars and tag rows (many sites print the byline in one block with them),
// footers inside the article (WordPress puts the byline in
// footer.entry-meta) and the classes of <html> and <body>. memo caches the
// answer per element (nil: no cache).
func (p *page) bylineClutter(n *html.Node, memo map[*html.Node]bool) bool {
	if n == nil || n.Type == html.DocumentNode {
		return false
	}
	if n.Type != html.ElementNode {
		return p.bylineClutter(n.Parent, memo)
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := false
	switch n.DataAtom {
	case atom.Html, atom.Body:
	case atom.Nav:
		v = true
	case atom.Footer:
		v = closest(n.Parent, func(a *html.Node) bool { return a.DataAtom == atom.Article }) == nil &&
			!strings.Contains(classID(n), "meta") && !strings.Contains(classID(n), "entry")
	case atom.A:
		// A link that wraps a headline is a teaser of another article
		// (emotion.de, stern.de): the byline in it is that article's.
		v = findFirst(n, func(c *html.Node) bool { return headingLevel(c) > 0 }) != nil || teaserLink(n)
	}
	if !v && n.DataAtom != atom.Html && n.DataAtom != atom.Body {
		// A box whose class says clutter but that holds the headline is
		// the article: WordPress writes the post's categories into its
		// class ("category-newsletter" on verfassungsblog.de).
		v = attr(n, "role") == "navigation" || p.relatedMatcher().Match(n) ||
			isClutterClass(classID(n)) && !contains(n, p.headlineNode) ||
			p.bylineClutter(n.Parent, memo)
	}
	if memo != nil {
		memo[n] = v
	}
	return v
}

// teaserLink reports whether the link n is a teaser of another article:
// not a profile link, it holds a title and more, in two or more elements
// ("<a><span>Rettet die Reichen</span><span>Von Jane Doe</span></a>").
func teaserLink(n *html.Node) bool {
	if profilePath.MatchString(attr(n, "href")) || strings.Contains(attr(n, "rel"), "author") || text.WordCount(nodeText(n)) < 8 {
		return false
	}
	parts := 0
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && c.FirstChild != nil && c.FirstChild.Type == html.TextNode && strings.TrimSpace(c.FirstChild.Data) != "" {
			parts++
		}
	}
	return parts >= 2
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
		for _, n := range p.authorBoxes() {
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
var bioLinkText = mustLabelRegexp(`(?i)^\W*(read (the )?(full|more|complete) (bio|profile)|full bio|view (all|full) (posts|articles|profile|bio)|more (by|from|articles|stories)\b|all (posts|articles|stories) by|see (all|more)|follow( me| on)?\b|contact\b|email\b|twitter\b|facebook\b|linkedin\b|instagram\b|profile\b|mehr von|alle artikel|voir (tous|toutes|le profil)|ver (más|perfil))`)

// authorBoxBio finds the bio of name in an author box near the article.
// First the boxes the rules know; then, for sites whose classes say
// nothing (CSS modules), a small element that names the author next to a
// authorBoxes returns the elements the AuthorBox rules match, in document
// order, found once per page.
func (p *page) authorBoxes() []*html.Node {
	if !p.boxesDone {
		p.boxes, p.boxesDone = p.matcher(selectors.AuthorBox).MatchAll(p.root), true
	}
	return p.boxes
}

// paragraph that mentions them.
func (p *page) authorBoxBio(name string) string {
	if name == "" {
		return ""
	}
	for _, box := range p.authorBoxes() {
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

// minSurname is the shortest last name (runes, dot left out) that bioIn
// looks for alone: a shorter one is an initial ("Ariel H"), whose letter
// any paragraph holds, and the whole name is looked for instead.
const minSurname = 2

// bioIn returns the bio text inside box: a block of 40+ characters that is
// not the name, not a link and, when mustName, mentions the author.
func (p *page) bioIn(box *html.Node, name string, mustName bool) string {
	surname := name
	if f := strings.Fields(name); len(f) > 1 && utf8.RuneCountInString(strings.TrimSuffix(f[len(f)-1], ".")) >= minSurname {
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

// isBio reports whether t can be an author's bio: a few words of prose,
// not a bare address, a follow or subscribe prompt, or template filler.
func isBio(t string) bool {
	return text.WordCount(t) >= 4 && !selectors.NotBio.MatchString(t)
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
