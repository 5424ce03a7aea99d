package scoop

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsscoop/scoop/internal/dates"
	"github.com/newsscoop/scoop/internal/text"
	"github.com/newsscoop/scoop/selectors"
)

// publishedTags and modifiedTags are the meta tags that carry dates, most
// specific first.
var (
	publishedTags = []string{"article:published_time", "og:article:published_time", "article:published", "datepublished",
		"dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "citation_publication_date", "pubdate", "publishdate",
		"publish-date", "publish_date", "published_time", "parsely-pub-date", "sailthru.date", "article.published", "og:published_time",
		"date", "dc.date", "dcterms.date", "displaydate", "cxenseparse:recs:publishtime", "originalpublicationdate", "article_date_original",
		"publication_date", "pub_date", "date_published", "article:post_date", "rnews:datepublished", "og:pubdate", "uploaddate",
		"datecreated", "citation_date", "citation_online_date", "prism.publicationdate", "eprints.date", "release_date"}
	modifiedTags = []string{"article:modified_time", "og:article:modified_time", "datemodified", "og:updated_time", "dc.date.modified",
		"dcterms.modified", "last-modified", "lastmod", "article.updated", "parsely-updated", "article:modified", "dateupdate",
		"updated_time", "last_updated", "lastupdated"}
)

// Page zone where a printed date is the article's own: from a little
// before the headline (dates printed above it) to the end of the byline
// area below it, in bytes of page text.
const (
	zoneBefore = 100
	zoneAfter  = 1500
	// weakZone is the distance below the headline after which an
	// unlabelled date in the text yields to a declared date.
	weakZone = 300
	// farZone: past it, any unlabelled printed date yields to a declared
	// date it disagrees with.
	farZone = 800
	// beforeWeight makes a date above the headline count as this many
	// times farther than the same distance below it.
	beforeWeight = 4
	// maxTextDates bounds the dates read from the page text.
	maxTextDates = 400
	// maxDateBlock is the longest block of text a printed date may sit in
	// to count as a dateline rather than running prose, unless it is
	// within maxLead bytes of the block's start.
	maxDateBlock = 500
	maxLead      = 80
	// maxMetaLine is the longest block that, opening with a date, is a
	// line of article data (date, author, category) rather than prose.
	maxMetaLine = 120
)

// dateKind says where a date candidate comes from.
type dateKind uint8

const (
	kLDPub     dateKind = iota // the article's JSON-LD / microdata datePublished
	kLDCreated                 // its dateCreated
	kLDMod                     // its dateModified
	kMetaPub                   // a publication meta tag
	kMetaMod                   // a modification meta tag
	kURL                       // the date in the page's URL
	kVisible                   // a date element (selectors.Date)
	kByline                    // a date in the byline's text
	kText                      // a date in the page's text
	kOtherLD                   // datePublished of another top-level entity (WebPage, HowTo...)
	kScript                    // a publication date in a script's data
	kHidden                    // a date element with no text (<meta itemprop> in the body)
)

// dateCand is one date found on the page.
type dateCand struct {
	d       dates.Date
	kind    dateKind
	role    int8 // +1 labelled as publication, -1 as update, 0 unknown
	pos     int  // offset in the page text, -1 for metadata
	clutter bool // inside navigation, related lists, comments, sidebars
	prose   bool // inside running prose rather than a dateline
}

// printed reports whether the candidate is a date printed on the page.
func (c *dateCand) printed() bool {
	return c.kind == kVisible || c.kind == kByline || c.kind == kText
}

// resolveDates finds the publication and modification times.
//
// Every date on the page is a candidate: declared ones (the article's
// JSON-LD or microdata, meta tags, the URL, other top-level entities,
// script data) and printed ones (date elements, the byline, any date in
// the page text), each printed one with its distance from the headline,
// the label before it ("Updated:", "Veröffentlicht am") and whether it
// sits in clutter (navigation, related lists, comments, sidebars, quotes,
// figures) or in running prose. Readers, and the people who label pages,
// take an article's date from the dateline printed with the headline, so
// the nearest such date wins (one labelled as a publication date before
// an unlabelled one before an update); else the earliest declared
// publication date; else the URL and the other candidates in order of
// trust. A bare unlabelled date in the text yields to the declared date
// when it is far below the headline or later than every declared date (a
// date the article talks about), and a numeric date read the wrong way
// round (08/11/2023) is re-read when the declared date says so.
//
// The chosen day is kept as written, never moved to UTC; its time and UTC
// offset are taken from a declared date naming the same moment when the
// printed one lacks them. The modification time is the first declared
// one, dropped when it is before the publication.
func (p *page) resolveDates(lang string) (Date, Date) {
	cands, head := p.dateCandidates(lang)
	pub := pickPublished(cands, head)
	mod := pickModified(cands)
	pubD := refine(pub, cands)
	modD := dates.Date{}
	if mod != nil {
		modD = localForm(mod.d, cands)
		// A UTC modification time in the publication time's offset, so
		// that both read in the page's local time.
		if _, off := pubD.Time.Zone(); off != 0 && pubD.Zone && modD.Zone && !modD.DayOnly {
			if _, moff := modD.Time.Zone(); moff == 0 {
				modD.Time = modD.Time.In(pubD.Time.Location())
			}
		}
	}
	// A modification before the publication is no modification; a wall
	// clock without zone is compared by its day only.
	if !modD.Time.IsZero() && !pubD.Time.IsZero() {
		if pubD.Zone && modD.Zone && modD.Time.Before(pubD.Time) || dayOf(modD).Before(dayOf(pubD)) {
			modD = dates.Date{}
		}
	}
	return toDate(pubD), toDate(modD)
}

// pickPublished chooses the publication date among the candidates (see
// resolveDates); head is the headline's text offset, -1 if unknown.
func pickPublished(cands []dateCand, head int) *dateCand {
	var latest time.Time // the latest date the page declares
	for i := range cands {
		c := &cands[i]
		switch c.kind {
		case kLDPub, kLDCreated, kLDMod, kMetaPub, kMetaMod, kURL:
			if t := dayOf(c.d); t.After(latest) {
				latest = t
			}
		}
	}
	// Declared publication dates: the earliest day (a page republished
	// or moved keeps its first date in one of them).
	var declared *dateCand
	for i := range cands {
		if c := &cands[i]; (c.kind == kLDPub || c.kind == kMetaPub) && (declared == nil || dayOf(c.d).Before(dayOf(declared.d))) {
			declared = c
		}
	}
	if z := zoneDate(cands, head, declared); z != nil {
		if d := swappedDeclared(z, cands); d != nil {
			return d
		}
		// A bare date in the text, unlabelled, is weaker evidence than
		// the declared dates when it is far below the headline or later
		// than all of them: a date the article talks about.
		weak := z.kind == kText && z.role == 0
		late := !latest.IsZero() && dayOf(z.d).After(latest.AddDate(0, 0, 1))
		// It disagrees when no declared publication date names its day
		// (the earliest may be a stale one the page keeps: a JSON-LD
		// date of the first version, the meta tags of the current one).
		disagree := declared != nil && !slices.ContainsFunc(cands, func(c dateCand) bool {
			return (c.kind == kLDPub || c.kind == kMetaPub) && withinDay(z.d, c.d)
		})
		far := z.pos-head > weakZone && disagree
		if z.role == 0 && z.pos-head > farZone && disagree {
			return declared
		}
		if !weak || !late && !far {
			return z
		}
	}
	if declared != nil {
		return declared
	}
	// first returns the first candidate ok accepts; among printed ones,
	// the one nearest the headline when the headline is known.
	first := func(ok func(c *dateCand) bool) *dateCand {
		var best *dateCand
		bestDist := 0
		for i := range cands {
			c := &cands[i]
			if !ok(c) {
				continue
			}
			if head < 0 || c.pos < 0 {
				return c
			}
			d := c.pos - head
			if d < 0 {
				d = -d * beforeWeight
			}
			if best == nil || d < bestDist {
				best, bestDist = c, d
			}
		}
		return best
	}
	steps := []func(c *dateCand) bool{
		func(c *dateCand) bool { return c.kind == kURL },
		func(c *dateCand) bool { return c.kind == kOtherLD },
		func(c *dateCand) bool { return c.kind == kHidden && c.role >= 0 },
		func(c *dateCand) bool { return c.kind == kByline && !c.clutter },
		func(c *dateCand) bool { return c.kind == kVisible && !c.clutter },
		func(c *dateCand) bool { return c.kind == kLDCreated },
		func(c *dateCand) bool { return c.kind == kScript },
		func(c *dateCand) bool { return c.kind == kText && !c.clutter && !c.prose && c.role > 0 },
		func(c *dateCand) bool { return c.kind == kText && !c.clutter && !c.prose && c.role == 0 },
		func(c *dateCand) bool { return c.kind == kText && !c.clutter && !c.prose },
		func(c *dateCand) bool { return c.kind == kLDMod || c.kind == kMetaMod },
		// Last resorts: a date in prose, then one in the page's clutter.
		func(c *dateCand) bool { return c.kind == kText && !c.clutter },
		func(c *dateCand) bool { return c.printed() },
	}
	for _, ok := range steps {
		if c := first(ok); c != nil {
			return c
		}
	}
	return nil
}

// swappedDeclared returns the declared date that a printed numeric date
// names when read the other way round (08/11/2023 read month first on a
// page that means 8 November), or nil. Only a date no declared date agrees
// with, written in numbers that could trade places, is re-read.
func swappedDeclared(z *dateCand, cands []dateCand) *dateCand {
	y, m, d := z.d.Time.Date()
	if !z.d.Ambiguous || int(m) == d {
		return nil
	}
	swapped := time.Date(y, time.Month(d), int(m), 0, 0, 0, 0, time.UTC)
	var found *dateCand
	for i := range cands {
		c := &cands[i]
		if c.printed() || c.kind == kHidden {
			continue
		}
		switch day := dayOf(c.d); {
		case day.Equal(dayOf(z.d)):
			return nil
		case day.Equal(swapped) && found == nil:
			found = c
		}
	}
	return found
}

// zoneDate returns the printed date of the headline's zone: the nearest
// one labelled as a publication date, else the nearest unlabelled one,
// else the nearest labelled as an update. Dates above the headline count
// as farther than those below it. A labelled date yields to a nearer
// unlabelled one when only the latter agrees with the declared
// publication date decl (nil if none): the label named some other
// date ("Datum: 31/08/2019" of a photo's data under the dateline).
func zoneDate(cands []dateCand, head int, decl *dateCand) *dateCand {
	if head < 0 {
		return nil
	}
	var best [3]*dateCand
	var bestDist [3]int
	for i := range cands {
		c := &cands[i]
		if !c.printed() || c.pos < 0 || c.clutter || c.prose {
			continue
		}
		d := c.pos - head
		if d < -zoneBefore || d > zoneAfter {
			continue
		}
		if d < 0 {
			d = -d * beforeWeight
		}
		r := 1 - int(c.role) // 0 publication, 1 unknown, 2 update
		if best[r] == nil || d < bestDist[r] {
			best[r], bestDist[r] = c, d
		}
	}
	if l, u := best[0], best[1]; l != nil && u != nil && decl != nil && bestDist[1] < bestDist[0] &&
		withinDay(u.d, decl.d) && !withinDay(l.d, decl.d) {
		return u
	}
	for _, c := range best {
		if c != nil {
			return c
		}
	}
	return nil
}

// pickModified returns the first declared modification date.
func pickModified(cands []dateCand) *dateCand {
	for i := range cands {
		if k := cands[i].kind; k == kLDMod || k == kMetaMod {
			return &cands[i]
		}
	}
	return nil
}

// withinDay reports whether two dates are at most a day apart, as written
// (as the same moment written in two zones can be).
func withinDay(a, b dates.Date) bool {
	d := dayOf(a).Sub(dayOf(b))
	return d <= 24*time.Hour && d >= -24*time.Hour
}

// dayOf returns the calendar day of d as written, at midnight UTC.
func dayOf(d dates.Date) time.Time {
	y, m, dd := d.Time.Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
}

// refine returns the chosen date in its most precise form that keeps its
// day as written: a bare day or a wall clock without zone takes the time
// and offset of a declared date naming the same moment; a UTC time takes
// the page's local offset when another candidate gives the same instant
// with one.
func refine(c *dateCand, cands []dateCand) dates.Date {
	if c == nil {
		return dates.Date{}
	}
	d := c.d
	switch {
	case d.DayOnly:
		// A publication time before a modification on the same day,
		// and a time with its offset before a bare wall clock.
		for _, pass := range [...]struct{ mod, zone bool }{{false, true}, {true, true}, {false, false}, {true, false}} {
			for i := range cands {
				o := cands[i].d
				if cands[i].modification() == pass.mod && o.Zone == pass.zone && !o.DayOnly && dayOf(o).Equal(dayOf(d)) && !cands[i].printedText() {
					return localForm(o, cands)
				}
			}
		}
	case !d.Zone:
		// A wall clock as printed: find the declared instant it is the
		// local time of, and keep that offset.
		wall := time.Date(d.Time.Year(), d.Time.Month(), d.Time.Day(), d.Time.Hour(), d.Time.Minute(), 0, 0, time.UTC)
		for i := range cands {
			o := cands[i].d
			if !o.Zone || o.DayOnly || cands[i].printed() {
				continue
			}
			// The offset is a whole quarter hour; the printed minute may
			// be a minute or two off the declared one.
			u := o.Time.UTC().Truncate(time.Minute)
			off := wall.Sub(u).Round(15 * time.Minute)
			if (wall.Sub(u)-off).Abs() > 2*time.Minute || off < -12*time.Hour || off > 14*time.Hour {
				continue
			}
			r := dates.Date{Time: o.Time.In(time.FixedZone("", int(off/time.Second))), Zone: true}
			if dayOf(r).Equal(dayOf(d)) {
				return r
			}
		}
	default:
		// A printed time with its zone, to the minute: take the seconds
		// of a declared time naming the same minute.
		for i := range cands {
			o := cands[i].d
			if o.Zone && !o.DayOnly && !cands[i].printed() && o.Time.Sub(d.Time).Abs() < time.Minute {
				return dates.Date{Time: o.Time.In(d.Time.Location()), Zone: true}
			}
		}
	}
	return localForm(d, cands)
}

// modification reports whether the candidate is a declared modification
// date.
func (c *dateCand) modification() bool {
	return c.kind == kLDMod || c.kind == kMetaMod
}

// printedText reports whether the candidate was read from visible text
// (which has no more precision than the date being refined).
func (c *dateCand) printedText() bool {
	return c.kind == kText || c.kind == kByline
}

// localForm returns the candidate that names the same instant as d in the
// page's local offset, when d is in UTC: pages often give UTC in metadata
// and local time on the page, and the local offset is worth keeping.
func localForm(d dates.Date, cands []dateCand) dates.Date {
	if d.Time.IsZero() || d.DayOnly || !d.Zone {
		return d
	}
	if _, off := d.Time.Zone(); off != 0 {
		return d
	}
	for _, c := range cands {
		if _, off := c.d.Time.Zone(); off != 0 && !c.d.DayOnly && c.d.Zone && c.d.Time.Equal(d.Time) {
			return c.d
		}
	}
	return d
}

// dateCandidates collects the page's dates: metadata first, in order of
// trust, then the printed ones in page order. It also returns the text
// offset of the headline, -1 when the headline is not printed.
func (p *page) dateCandidates(lang string) ([]dateCand, int) {
	var cands []dateCand
	add := func(s string, k dateKind) {
		if d, ok := dates.Parse(s, lang); ok {
			cands = append(cands, dateCand{d: d, kind: k, pos: -1})
		}
	}
	if p.art != nil {
		add(p.art.DatePublished, kLDPub)
		add(p.art.DateCreated, kLDCreated)
		add(p.art.DateModified, kLDMod)
	}
	for _, k := range publishedTags {
		for _, v := range p.meta.Tags[k] {
			add(v, kMetaPub)
		}
	}
	for _, k := range modifiedTags {
		for _, v := range p.meta.Tags[k] {
			add(v, kMetaMod)
		}
	}
	for _, e := range p.meta.Entities {
		if e != p.art && (e.Via == "" || e.Via == "mainEntity" || e.Via == "mainEntityOfPage") {
			add(e.DatePublished, kOtherLD)
		}
	}
	walk(p.root, func(n *html.Node) bool {
		if n.Type != html.ElementNode || n.DataAtom != atom.Script {
			return true
		}
		if c := n.FirstChild; c != nil && c.Type == html.TextNode {
			src := c.Data
			if len(src) > maxScript {
				src = src[:maxScript]
			}
			if m := scriptDate.FindStringSubmatch(src); m != nil {
				add(m[1], kScript)
			}
		}
		return false
	})
	for _, u := range []string{p.pageURL, p.canonical()} {
		if d, ok := dates.FromURL(u); ok {
			cands = append(cands, dateCand{d: d, kind: kURL, pos: -1})
			break
		}
	}

	head := p.headAnchor()
	dateNodes := p.matcher(selectors.Date).MatchAll(p.root)
	// The elements whose text offsets are needed.
	anchors := map[*html.Node]bool{}
	if head != nil {
		anchors[head] = true
	}
	for _, n := range dateNodes {
		anchors[n] = true
	}
	for _, n := range p.bylineNodes {
		an, _ := bylineArea(n)
		anchors[an] = true
	}
	// Teasers' dates are clutter when the page declares its own date; a
	// page that declares none may be a list of them, dated by its first.
	var teased map[*html.Node]bool
	if slices.ContainsFunc(cands, func(c dateCand) bool { return c.kind == kLDPub || c.kind == kMetaPub }) {
		teased = teasers(dateNodes, head)
	}
	pt := p.pageText(head, anchors, teased)
	self := selfTeasers(dateNodes, head, p.isSelf)
	headPos := -1
	if head != nil {
		if pos, ok := pt.offset[head]; ok {
			headPos = pos
		}
	}
	for _, n := range dateNodes {
		pos, ok := pt.offset[n]
		if !ok {
			continue // inside an element whose text is not shown
		}
		cl := pt.inClutter(pos) && !self[n]
		t, whole := boundedText(n, maxDateText)
		var shown []dates.Span
		if whole {
			shown = dates.Find(t, lang, 3)
		}
		role := classRole(n)
		before := lastRunes(pt.text[:pos], 60) // the label may precede the element
		var machine dates.Date
		attrs := dateAttrs
		if n.DataAtom == atom.Abbr || n.DataAtom == atom.Time {
			attrs = append(attrs[:len(attrs):len(attrs)], "title") // hAtom: <abbr class="published" title="2009-08-06T...">
		}
		for _, a := range attrs {
			if v := attr(n, a); v != "" {
				if d, ok := dates.Parse(v, lang); ok {
					machine = d
					break
				}
			}
		}
		if t == "" {
			// <meta itemprop="datePublished" content> and empty <time
			// datetime>: metadata in the body, not a printed date.
			if !machine.Time.IsZero() {
				cands = append(cands, dateCand{d: machine, kind: kHidden, role: role, pos: -1})
			}
			continue
		}
		// The printed dates first: where they disagree with the machine
		// one, readers saw the printed ones. Each takes the role of the
		// words before it ("Updated: Mar 6, 2018 Original: Dec 21, 2016"),
		// else the element's.
		prev := 0
		for i, s := range shown {
			lead := t[prev:s.Start]
			if i == 0 {
				lead = before + " " + lead
			}
			r := labelRole(lead)
			if r == 0 {
				r = role
			}
			prev = s.End
			cands = append(cands, dateCand{d: s.Date, kind: kVisible, role: r, pos: pos, clutter: cl})
		}
		if !machine.Time.IsZero() {
			lead := t
			if len(shown) > 0 {
				lead = t[:shown[0].Start]
			}
			if r := labelRole(before + " " + lead); r != 0 {
				role = r
			}
			cands = append(cands, dateCand{d: machine, kind: kVisible, role: role, pos: pos, clutter: cl})
		}
	}
	for _, n := range p.bylineNodes {
		an, area := bylineArea(n)
		start, ok := pt.offset[an]
		for _, s := range dates.Find(area, lang, 2) {
			pos := -1
			if ok {
				// About where the date is: the area's text is cleaned
				// like the page text, so offsets nearly agree.
				pos = min(start+s.Start, len(pt.text))
			}
			cands = append(cands, dateCand{d: s.Date, kind: kByline, role: labelRole(area[:s.Start]), pos: pos, clutter: pt.inClutter(pos),
				prose: isProse(area[:s.Start], "")})
		}
	}
	for _, s := range dates.Find(pt.text, lang, maxTextDates) {
		if inLink(pt.text, s.Start) {
			continue // a web address printed in the text names another page's date
		}
		bs, be := pt.block(s.Start)
		lead := pt.text[bs:s.Start]
		tail := ""
		if s.End < be {
			tail = pt.text[s.End:be]
		}
		// A short block that opens with the date is a meta line ("5.
		// November 2021 admin News"), whatever word follows the date.
		metaLine := be-bs <= maxMetaLine && strings.TrimSpace(lead) == ""
		// A date that ends a long clause of its block ("…near Orleans,
		// France, January 16, 2020. Photographer/Pool") closes a photo
		// caption or a sentence, not a dateline ("Berlin, 28.10.2021").
		clause := len(lead) > maxLead && strings.HasSuffix(strings.TrimSpace(lead), ",")
		before := lastRunes(pt.text[:s.Start], 60)
		cands = append(cands, dateCand{d: s.Date, kind: kText, role: labelRole(before), pos: s.Start,
			clutter: pt.inClutter(s.Start) || profileLabel.MatchString(before),
			prose:   be-bs > maxDateBlock && len(lead) > maxLead || clause || !metaLine && isProse(lead, tail)})
	}
	return cands, headPos
}

// inLink reports whether text offset pos is inside a web address written
// out in the text ("https://example.org/2016/07/07/post", "www.example.org/
// news/2021/jan21/"): the word around it, read back to the last space,
// names a scheme or a www host. maxLinkWord bounds the bytes read back.
func inLink(text string, pos int) bool {
	start := max(0, pos-maxLinkWord)
	i := strings.LastIndexByte(text[start:pos], ' ')
	word := text[start+i+1 : pos]
	return strings.Contains(word, "://") || strings.HasPrefix(strings.ToLower(word), "www.")
}

const maxLinkWord = 300

// scriptDate finds a publication date in the data of a script ("publishDate":
// "2024-03-05T10:20:00Z"), for pages that keep it out of their metadata;
// maxScript bounds the script text read.
var scriptDate = regexp.MustCompile(`"(?:datePublished|publishDate|publishedDate|published_at|publishedAt|publicationDate|firstPublishDate|firstPublished|publish_date|pubDate|created_at|createdAt)"\s*:\s*"([^"]{8,40})"`)

const maxScript = 200000

// dateAttrs are the attributes that hold a machine-readable date on a date
// element, most specific first.
var dateAttrs = []string{"datetime", "content", "data-datetime", "data-date", "data-time", "data-timestamp", "data-origindate"}

// updateClass and publishClass recognise the class or itemprop of an
// element that holds an update or a publication date.
var (
	updateClass  = regexp.MustCompile(`(?i)updat|modif|changed|revis`)
	publishClass = regexp.MustCompile(`(?i)publi|pubdate|posted|created|datepub|erschien`)
)

// classRole reads the role of a date element from its class, id and
// itemprop.
func classRole(n *html.Node) int8 {
	s := attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "itemprop")
	switch {
	case updateClass.MatchString(s):
		return -1
	case publishClass.MatchString(s):
		return 1
	}
	return 0
}

// updateLabel and publishLabel match the words that introduce an update or
// a publication date, at the end of the text before the date, in the
// languages of the corpus.
var (
	updateLabel  = regexp.MustCompile(`(?i)((?:^|[^\pL])(updated?|modified|last edit(ed)?|revised|aktualisiert|zuletzt geändert|geändert|änderung|stand|mis à jour|mise à jour|actualizad[oa]|actualización|atualizad[oa]|atualização|aggiornat[oa]|aggiornamento|bijgewerkt|gewijzigd|zaktualizowano|aktualizacja|uppdaterad|opdateret|oppdatert|päivitetty|обновлено|обновлен[оа]?|آخر تحديث|تحديث|تم تحديثه|محدث)|更新|更新日|업데이트|수정)` + labelEnd)
	publishLabel = regexp.MustCompile(`(?i)((?:^|[^\pL])(published|posted|original|originally published|veröffentlicht|erschienen|erstellt|publiziert|publié|publiée|publicado|publicada|pubblicato|gepubliceerd|opublikowano|publicerad|publiceret|publisert|julkaistu|опубликовано|опубликован[оа]?|نشر|نشره|نُشر|تاريخ النشر|بتاريخ|created|datum|date|dateline)|発行|公開|公開日|配信|发布|發布|입력|등록)` + labelEnd)
)

// profileLabel matches the words that introduce a date that is not an
// article's: when a forum poster registered, the forum's clock.
var profileLabel = regexp.MustCompile(`(?i)(registriert|registered|joined|mitglied seit|dabei seit|member since|inscrit le|inscrit depuis|registrado|iscritto|aktuelle zeit|it is currently|current time)\W*$`)

// postedBy matches a publication label with the poster's name between it
// and the date: "Posted by jane on", "Gespeichert von rasos am", "Publié
// par Marie le".
var postedBy = regexp.MustCompile(`(?i)(?:^|[^\pL])(posted|published|submitted|written|gespeichert|verfasst|geschrieben|veröffentlicht|eingestellt|publié|publiée|publicado|publicada|pubblicato|gepubliceerd)\s+(by|von|par|por|da|door|av)\s+\S+(\s+\S+){0,2}\s+(on|am|le|el|il|op)\W*$`)

// labelEnd is what may follow a label before the date: a connector word
// ("on", "am", "le") and punctuation.
const labelEnd = `\W{0,3}(on|am|le|el|il|op|at|a las|à|في|:)?\W*$`

// labelRole reads the role of a date from the words just before it.
func labelRole(lead string) int8 {
	if len(lead) > 60 {
		i := len(lead) - 60
		for i < len(lead) && !utf8.RuneStart(lead[i]) {
			i++
		}
		lead = lead[i:]
	}
	lead = strings.TrimSpace(lead)
	switch {
	case lead == "":
		return 0
	case updateLabel.MatchString(lead):
		return -1
	case publishLabel.MatchString(lead), postedBy.MatchString(lead):
		return 1
	}
	return 0
}

// connectorList are the words that tie a date into a sentence ("met on
// 5 March", "am 5. März wurde", "le 5 mars").
var connectorList = []string{"am", "an", "on", "at", "in", "a", "de", "del", "le", "la", "el", "op", "bis", "und", "and", "vom", "seit",
	"since", "until", "till", "from", "of", "the", "et", "y", "e", "oder", "or", "ab", "zum", "zur", "per", "em", "no", "na", "il",
	"dal", "al", "dem", "den", "to", "im", "um", "ce", "du", "au", "des"}

// tailWords may follow a dateline: a time, "by" and its translations.
var tailWords = []string{"um", "at", "à", "a", "alle", "o", "klo", "kl", "uhr", "h", "hs", "hrs", "pm", "by", "von", "par", "por", "di", "door", "av", "przez"}

// isProse reports whether a date sits inside a sentence: the text before
// it ends in a connector word after a lowercase word or a full stop, or
// the text after it goes on with a lowercase word.
func isProse(lead, tail string) bool {
	// One end of a range written tight ("23.-26.8.2017", "31. Dezember
	// 2021-06. Januar 2022"): the dates of an event. A spaced dash is a
	// separator ("Kompas.com - 02/11/2023", "10:16 Uhr - 1. Bundesliga").
	if l := strings.TrimRightFunc(lead, unicode.IsSpace); strings.HasSuffix(l, "-") || strings.HasSuffix(l, "–") {
		r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(l, "-–"))
		if unicode.IsDigit(r) || r == '.' {
			return true
		}
	}
	if strings.HasPrefix(tail, "-") || strings.HasPrefix(tail, "–") {
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(tail, "-–")); unicode.IsDigit(r) {
			return true
		}
	}
	if labelRole(lead) == 0 {
		words := strings.Fields(lastRunes(lead, 60))
		if n := len(words); n > 0 {
			last := strings.ToLower(strings.TrimRightFunc(words[n-1], isPunct))
			if slices.Contains(connectorList, last) && n > 1 {
				prev := words[n-2]
				r, _ := utf8.DecodeRuneInString(prev)
				if strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, ")") || strings.HasSuffix(prev, ",") || unicode.IsLower(r) {
					return true
				}
			}
		}
	}
	// The sentence goes on: a lowercase word follows ("war er", "in den
	// Ruhestand", "dem Gemeinderat"), not a name or a label ("Updated:").
	words := strings.Fields(strings.TrimLeftFunc(firstBytes(tail, 60), func(r rune) bool { return unicode.IsSpace(r) || r == ',' }))
	if len(words) == 0 {
		return false
	}
	w := words[0]
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && !strings.HasSuffix(w, ":") && !slices.Contains(tailWords, strings.TrimRightFunc(w, isPunct))
}

// firstBytes returns about the first n bytes of s, cut at a rune boundary.
func firstBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func isPunct(r rune) bool { return unicode.IsPunct(r) }

// lastRunes returns about the last n bytes of s, cut at a rune boundary.
func lastRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// headAnchor returns the printed headline element: the one the headline
// resolver chose, else the h1-h3 whose text is closest to the headline.
// A chosen element that the markup hides (an itemprop="headline" copy in a
// hidden block of structured data) is not where readers see the headline.
func (p *page) headAnchor() *html.Node {
	if p.headlineNode != nil && !inHidden(p.headlineNode) {
		return p.headlineNode
	}
	if p.headline == "" {
		return nil
	}
	if !p.anchorDone {
		p.anchor, p.anchorDone = p.findHeadAnchor(), true
	}
	return p.anchor
}

// inHidden reports whether n or an element around it is hidden from
// readers (see hiddenNode).
func inHidden(n *html.Node) bool { return hiddenWithin(n, -1) }

// hiddenWithin reports whether the markup hides n or one of its depth
// nearest ancestors from readers (see hiddenNode); all of them when depth
// is negative.
func hiddenWithin(n *html.Node, depth int) bool {
	for i := 0; n != nil && (depth < 0 || i <= depth); n, i = n.Parent, i+1 {
		if n.Type == html.ElementNode && hiddenNode(n) {
			return true
		}
	}
	return false
}

// findHeadAnchor is headAnchor's walk: the h1-h3 most like the headline.
func (p *page) findHeadAnchor() *html.Node {
	var best *html.Node
	bestScore := 0.0
	walk(p.root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if skipText(n) {
			return false
		}
		lvl := headingLevel(n)
		if lvl == 0 || lvl > 3 {
			return true
		}
		t := nodeText(n)
		if t == "" || len(t) > 500 {
			return false
		}
		s := text.Similarity(t, p.headline)
		if text.SameText(t, p.headline) {
			s = 1
		}
		s -= float64(lvl-1) * 0.01
		if s > bestScore {
			best, bestScore = n, s
		}
		return false
	})
	if bestScore >= 0.6 {
		return best
	}
	return nil
}

// pageText is the visible text of the page, white space collapsed, with
// the text offsets of some of its elements, the ranges of its blocks and
// the ranges that are clutter for dates.
type pageText struct {
	text    string
	offset  map[*html.Node]int
	clutter [][2]int
	blocks  [][2]int
}

// maxPageText bounds the page text read for dates.
const maxPageText = 1 << 20

// pageText builds the page text, with the offsets of the anchors.
// Containers that are clutter for dates (selectors.DateClutter, and
// selectors.DateSide columns that list links, and the extra containers,
// such as teasers) count as such unless they hold the headline.
func (p *page) pageText(head *html.Node, anchors, extra map[*html.Node]bool) *pageText {
	pt := &pageText{offset: make(map[*html.Node]int, len(anchors))}
	var b strings.Builder
	var sides [][2]int
	// cl: inside a clutter container; side: inside a side column.
	var rec func(n *html.Node, cl, side bool, depth int)
	rec = func(n *html.Node, cl, side bool, depth int) {
		if b.Len() > maxPageText || depth > maxDepth {
			return
		}
		switch n.Type {
		case html.TextNode:
			writeText(&b, n.Data)
			return
		case html.ElementNode:
			if skipText(n) || hiddenNode(n) {
				return
			}
			if anchors[n] {
				pt.offset[n] = b.Len()
			}
			if n.DataAtom == atom.Br {
				writeCollapsed(&b, " ")
				return
			}
		case html.CommentNode, html.DoctypeNode:
			return
		}
		isCl, isSide := false, false
		if n.Type == html.ElementNode && !cl && (head == nil || !contains(n, head)) {
			switch n.DataAtom {
			case atom.Html, atom.Body, atom.Main, atom.Article:
			default:
				isCl = extra[n] || selectors.DateClutter.Match(n)
				isSide = !isCl && !side && selectors.DateSide.Match(n) && linkCount(n, 3) >= 3
			}
		}
		block := n.Type == html.ElementNode && isBlock(n)
		if block {
			writeCollapsed(&b, " ")
		}
		start := b.Len()
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c, cl || isCl, side || isSide, depth+1)
		}
		if block {
			if b.Len() > start {
				pt.blocks = append(pt.blocks, [2]int{start, b.Len()})
			}
			writeCollapsed(&b, " ")
		}
		switch {
		case isCl:
			pt.clutter = append(pt.clutter, [2]int{start, b.Len()})
		case isSide:
			sides = append(sides, [2]int{start, b.Len()})
		}
	}
	rec(p.root, false, false, 0)
	pt.text = b.String()
	// A side column is clutter; a "sidebar" layout wrapper that holds
	// most of the page is not.
	for _, r := range sides {
		if n := r[1] - r[0]; n >= minSide && n*maxSideShare < len(pt.text) {
			pt.clutter = append(pt.clutter, r)
		}
	}
	return pt
}

// teasers returns the teasers that hold a date element: the nearest of
// its few closest containers, short and away from the headline head,
// whose link with a title's words goes to another page ("<a>Two more die
// of COVID, 49 new cases</a> 09.08.2020"). A related story set in or
// after the article dates that story, whatever its class names; the
// page's own dateline sits by links of a name or a section, not a title.
// Without a headline there is no telling the article's header from a
// teaser, and nil is returned.
func teasers(dateNodes []*html.Node, head *html.Node) map[*html.Node]bool {
	if head == nil {
		return nil
	}
	var out map[*html.Node]bool
	for _, n := range dateNodes {
		if c := teaserBox(n, head, func(c *html.Node) bool { return titleLink(c, n) }); c != nil {
			if out == nil {
				out = map[*html.Node]bool{}
			}
			out[c] = true
		}
	}
	return out
}

// teaserBox climbs from the date element n through up to teaserDepth
// containers, each short (maxTeaserText) and apart from the headline
// head, and returns the first that found accepts, or nil.
func teaserBox(n, head *html.Node, found func(c *html.Node) bool) *html.Node {
	c := n.Parent
	for i := 0; i < teaserDepth && c != nil && c.Type == html.ElementNode; i, c = i+1, c.Parent {
		if contains(c, head) {
			return nil
		}
		if _, whole := boundedText(c, maxTeaserText); !whole {
			return nil
		}
		if found(c) {
			return c
		}
	}
	return nil
}

// selfTeasers returns the date elements of the teasers that link to the
// article itself: a list of a series' or a dossier's articles that holds
// this one ("<a href=this page>Achtsam durch die Krise</a> 18. März
// 2020"). That date is the article's own, though it sits in a list of
// other stories. self reports whether a link's address is this page.
func selfTeasers(dateNodes []*html.Node, head *html.Node, self func(href string) bool) map[*html.Node]bool {
	if head == nil {
		return nil
	}
	var out map[*html.Node]bool
	for _, n := range dateNodes {
		// The teaser's title is the first titled link around the date; it
		// decides.
		isSelf := false
		box := teaserBox(n, head, func(c *html.Node) bool {
			titled, s := linksTo(c, n, self)
			isSelf = s
			return titled
		})
		if box != nil && isSelf {
			if out == nil {
				out = map[*html.Node]bool{}
			}
			out[n] = true
		}
	}
	return out
}

// linksTo reports whether c holds a titled link (see titledLinks) beside
// the date element d, and whether the first such link goes to an address
// self accepts.
func linksTo(c, d *html.Node, self func(href string) bool) (found, isSelf bool) {
	titledLinks(c, d, func(_ *html.Node, href string) bool {
		found, isSelf = true, self(href)
		return true
	})
	return found, isSelf
}

// titledLinks calls fn, in document order, with each link in c beside the
// date element d that is a title (see titled) and does not point to an
// anchor of this page, until fn returns true.
func titledLinks(c, d *html.Node, fn func(a *html.Node, href string) bool) {
	done := false
	walk(c, func(x *html.Node) bool {
		if done || x == d {
			return false
		}
		if x.Type != html.ElementNode || x.DataAtom != atom.A {
			return true
		}
		if h := attr(x, "href"); h != "" && !strings.HasPrefix(h, "#") && !contains(x, d) && titled(x) {
			done = fn(x, h)
		}
		return false
	})
}

// isSelf reports whether link href, resolved against the page's address,
// names the page itself (its address or its canonical one, up to the
// scheme, a "www." host prefix, the query and a trailing slash).
func (p *page) isSelf(href string) bool {
	key := func(s string) string {
		u, err := url.Parse(s)
		if err != nil || u.Host == "" {
			return ""
		}
		return strings.TrimPrefix(strings.ToLower(u.Host), "www.") + strings.TrimSuffix(u.Path, "/")
	}
	k := key(absURL(p.base, href))
	if k == "" {
		return false
	}
	for _, s := range []string{p.pageURL, p.canonical()} {
		if s != "" && key(absURL(p.base, s)) == k {
			return true
		}
	}
	return false
}

// A teaser is found within teaserDepth containers of its date, in at
// most maxTeaserText bytes of text; its title link has at least
// minTitleWords words.
const (
	teaserDepth   = 3
	maxTeaserText = 400
	minTitleWords = 5
)

// titleLink reports whether c holds a link beside the date element d that
// is a title (see titledLinks) of minTitleWords words or more; an
// author's or a source's link in a byline is not.
func titleLink(c, d *html.Node) bool {
	found := false
	titledLinks(c, d, func(a *html.Node, _ string) bool {
		t, _ := boundedText(a, maxTeaserText)
		found = len(strings.Fields(t)) >= minTitleWords
		return found
	})
	return found
}

// titled reports whether link a is a title: in a heading, or with "title"
// or "headline" in its class or its parent's.
func titled(a *html.Node) bool {
	if p := a.Parent; p != nil && p.Type == html.ElementNode {
		if headingLevel(p) > 0 || titleClass.MatchString(attr(p, "class")) {
			return true
		}
	}
	return titleClass.MatchString(attr(a, "class"))
}

// titleClass recognises the class of a teaser's title.
var titleClass = regexp.MustCompile(`(?i)title|headline`)

// hiddenNode reports whether the markup hides element n from readers: the
// hidden attribute, an inline display:none, or a class that says so at
// every screen width: the frameworks' "hidden", "d-none", "is-hidden" and
// the rich-snippet plugins' "…snippet-hidden" (not "hidden md:block",
// nor "visually-hidden", which screen readers read, nor a general
// "…-hidden", which is often responsive: "mobile-hidden", "hidden-xs").
// Its dates are data, not what the page shows.
func hiddenNode(n *html.Node) bool {
	if isUnshown(n) {
		return true
	}
	hidden := false
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		switch {
		case strings.Contains(c, ":") || strings.HasPrefix(c, "d-") && c != "d-none":
			return false // shown at some screen width ("hidden md:block", "d-none d-md-block")
		case c == "hidden" || c == "d-none" || c == "is-hidden" || strings.HasSuffix(c, "snippet-hidden"):
			hidden = true
		}
	}
	return hidden
}

// maxDateText is the longest text of a date element whose printed dates
// are read; a longer element is a container, not a date.
const maxDateText = 300

// boundedText returns the visible text of n, whitespace collapsed, reading
// at most about max bytes of it; whole is false when it stopped early.
// Nested date elements thus cost no more than their bound each.
func boundedText(n *html.Node, max int) (string, bool) {
	var b strings.Builder
	whole := true
	walk(n, func(c *html.Node) bool {
		if !whole {
			return false
		}
		switch c.Type {
		case html.TextNode:
			writeText(&b, c.Data)
			if b.Len() > max {
				whole = false
			}
		case html.ElementNode:
			if skipText(c) {
				return false
			}
			if c.DataAtom == atom.Br || isBlock(c) {
				writeCollapsed(&b, " ")
			}
		}
		return true
	})
	return strings.TrimSpace(b.String()), whole
}

// linkCount counts the links below n, stopping at max.
func linkCount(n *html.Node, max int) int {
	count := 0
	walk(n, func(c *html.Node) bool {
		if count >= max {
			return false
		}
		if c.Type == html.ElementNode && c.DataAtom == atom.A && attr(c, "href") != "" {
			count++
			return false
		}
		return true
	})
	return count
}

// A side column that lists other pages holds at least minSide bytes of
// text and less than 1/maxSideShare of the page's; a shorter one is the
// article's own data box ("Date: ... Category: ... Tags: ...").
const (
	minSide      = 250
	maxSideShare = 3
)

// maxDepth bounds the element depth pageText walks.
const maxDepth = 512

// inClutter reports whether text offset pos is inside a clutter range.
func (pt *pageText) inClutter(pos int) bool {
	if pos < 0 {
		return false
	}
	for _, r := range pt.clutter {
		if pos >= r[0] && pos < r[1] {
			return true
		}
	}
	return false
}

// block returns the range of the innermost block holding pos, or the
// whole text.
func (pt *pageText) block(pos int) (int, int) {
	// Blocks are appended when they end, so their ends never decrease and
	// an inner block comes before the blocks around it: the innermost block
	// holding pos is the first, from the first block ending after pos, that
	// starts at or before it. Blocks starting after pos are its later
	// siblings; a few are skipped, then the whole text stands in.
	i, _ := slices.BinarySearchFunc(pt.blocks, pos, func(r [2]int, pos int) int {
		if r[1] <= pos {
			return -1
		}
		return 1
	})
	for j := i; j < len(pt.blocks) && j < i+maxBlockScan; j++ {
		if r := pt.blocks[j]; r[0] <= pos {
			return r[0], r[1]
		}
	}
	return min(pos, len(pt.text)), len(pt.text)
}

// maxBlockScan bounds the blocks block looks at for one position.
const maxBlockScan = 64

// writeText appends the text of a text node to b, collapsed. Where it
// starts with a digit right after a letter or digit of the previous node
// (<span>Erstellt am</span><span>09.02.2022</span>, a name link and then
// the date, a machine date and then the printed one), a space keeps the
// date a word of its own, as the page's layout shows it.
func writeText(b *strings.Builder, s string) {
	if s != "" && b.Len() > 0 {
		r, _ := utf8.DecodeRuneInString(s)
		last, _ := utf8.DecodeLastRuneInString(b.String())
		if unicode.IsDigit(r) && (unicode.IsLetter(last) || unicode.IsDigit(last)) {
			b.WriteByte(' ')
		}
	}
	writeCollapsed(b, s)
}

// writeCollapsed appends s to b with runs of white space written as one
// space, and no space after a space already written.
func writeCollapsed(b *strings.Builder, s string) {
	space := b.Len() == 0 || strings.HasSuffix(b.String(), " ")
	for _, r := range s {
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		b.WriteRune(r)
		space = false
	}
}

// bylineArea returns the element around a byline element and its text:
// its parent, where dates usually sit, unless that is too large.
func bylineArea(n *html.Node) (*html.Node, string) {
	if n.Parent != nil && n.Parent.DataAtom != atom.Body {
		if t := nodeText(n.Parent); len(t) < 400 {
			return n.Parent, t
		}
	}
	return n, nodeText(n)
}

func toDate(d dates.Date) Date {
	if d.Time.IsZero() {
		return Date{}
	}
	if d.DayOnly {
		y, m, dd := d.Time.Date()
		return Date{Time: time.Date(y, m, dd, 0, 0, 0, 0, time.UTC), DayOnly: true}
	}
	return Date{Time: d.Time}
}

// trimLang normalises a language tag: "en_US" → "en-US"; "" for junk.
func trimLang(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", "-"))
	if i := strings.IndexAny(s, ",; "); i >= 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 20 {
		return ""
	}
	parts := strings.Split(s, "-")
	if len(parts[0]) < 2 || len(parts[0]) > 3 {
		return ""
	}
	for _, r := range parts[0] {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') {
			return ""
		}
	}
	parts[0] = strings.ToLower(parts[0])
	for i := 1; i < len(parts); i++ {
		if len(parts[i]) == 2 {
			parts[i] = strings.ToUpper(parts[i])
		}
	}
	return strings.Join(parts, "-")
}
