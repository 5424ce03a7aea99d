package scoop

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsscoop/scoop/internal/dates"
	"github.com/newsscoop/scoop/selectors"
)

// publishedTags and modifiedTags are the meta tags that carry dates, most
// specific first.
var (
	publishedTags = []string{"article:published_time", "og:article:published_time", "article:published", "datepublished",
		"dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "citation_publication_date", "pubdate", "publishdate",
		"publish-date", "publish_date", "published_time", "parsely-pub-date", "sailthru.date", "article.published", "og:published_time",
		"date", "dc.date", "dcterms.date", "displaydate", "cxenseparse:recs:publishtime", "originalpublicationdate", "article_date_original"}
	modifiedTags = []string{"article:modified_time", "og:article:modified_time", "datemodified", "og:updated_time", "dc.date.modified",
		"dcterms.modified", "last-modified", "lastmod", "article.updated", "parsely-updated"}
)

// resolveDates finds the publication and modification times: structured
// data, then meta tags, then <time> and date elements near the headline,
// then the URL, then dates written in the byline. A published time later
// than the declared modification time is replaced by the next candidate
// that is not.
func (p *page) resolveDates(lang string) (Date, Date) {
	var pubs []dates.Date
	add := func(s string) {
		if d, ok := dates.Parse(s, lang); ok {
			pubs = append(pubs, d)
		}
	}
	if p.art != nil {
		add(p.art.DatePublished)
		add(p.art.DateCreated)
	}
	for _, k := range publishedTags {
		for _, v := range p.meta.Tags[k] {
			add(v)
		}
	}
	// Visible dates: <time datetime> and date elements outside clutter.
	visible := 0
	for _, n := range p.matcher(selectors.Date).MatchAll(p.root) {
		if visible >= 5 || p.inClutter(n) {
			continue
		}
		before := len(pubs)
		if v := attr(n, "datetime"); v != "" {
			add(v)
		} else if v := attr(n, "content"); v != "" {
			add(v)
		}
		if len(pubs) == before {
			t := nodeText(n)
			if len(t) < 120 {
				add(t)
			}
			if len(pubs) == before && len(t) < 300 {
				if ds := dates.Scan(t, lang, 1); len(ds) > 0 {
					pubs = append(pubs, ds[0])
				}
			}
		}
		if len(pubs) > before {
			visible++
		}
	}
	for _, u := range []string{p.pageURL, p.canonicalURL()} {
		if d, ok := dates.FromURL(u); ok {
			pubs = append(pubs, d)
			break
		}
	}
	for _, n := range p.bylineNodes {
		for _, d := range dates.Scan(bylineArea(n), lang, 2) {
			pubs = append(pubs, d)
		}
	}

	var mod dates.Date
	var mods []string
	if p.art != nil {
		mods = append(mods, p.art.DateModified)
	}
	for _, k := range modifiedTags {
		mods = append(mods, p.meta.Tags[k]...)
	}
	var modCands []dates.Date
	for _, s := range mods {
		if d, ok := dates.Parse(s, lang); ok {
			modCands = append(modCands, d)
		}
	}
	if len(modCands) > 0 {
		mod = modCands[0]
	}
	var pub dates.Date
	for _, d := range pubs {
		if !mod.Time.IsZero() && d.Time.After(mod.Time.Add(24*time.Hour)) {
			continue // later than the page's own modification time
		}
		pub = d
		break
	}
	if pub.Time.IsZero() && len(pubs) > 0 {
		pub = pubs[0]
	}
	pub = localForm(pub, pubs)
	mod = localForm(mod, modCands)
	if !mod.Time.IsZero() && !pub.Time.IsZero() && mod.Time.Before(pub.Time) {
		mod = dates.Date{}
	}
	return toDate(pub), toDate(mod)
}

// localForm returns the candidate that names the same instant as d in the
// page's local offset, when d is in UTC: pages often give UTC in metadata
// and local time on the page, and the local offset is worth keeping.
func localForm(d dates.Date, cands []dates.Date) dates.Date {
	if d.Time.IsZero() || d.DayOnly {
		return d
	}
	if _, off := d.Time.Zone(); off != 0 {
		return d
	}
	for _, c := range cands {
		if _, off := c.Time.Zone(); off != 0 && !c.DayOnly && c.Zone && c.Time.Equal(d.Time) {
			return c
		}
	}
	return d
}

func (p *page) canonicalURL() string {
	for _, l := range p.meta.Links["canonical"] {
		return l.Href
	}
	return ""
}

// bylineArea returns the text around a byline element: its parent's text,
// where dates usually sit.
func bylineArea(n *html.Node) string {
	if n.Parent != nil && n.Parent.DataAtom != atom.Body {
		if t := nodeText(n.Parent); len(t) < 400 {
			return t
		}
	}
	return nodeText(n)
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
