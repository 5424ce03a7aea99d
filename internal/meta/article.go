package meta

import "strings"

// articleTypes are the schema.org types of an article, most specific
// first within each family.
var articleTypes = []string{
	"NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
	"BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "SatiricalArticle",
	"LiveBlogPosting", "Article", "BlogPosting", "SocialMediaPosting", "DiscussionForumPosting",
	"TechArticle", "APIReference", "Report", "ScholarlyArticle", "MedicalScholarlyArticle",
	"AdvertiserContentArticle", "CriticReview",
}

// pageTypes are WebPage types; one of them is the article only when no
// article entity exists and it has a headline.
var pageTypes = []string{
	"WebPage", "ItemPage", "AboutPage", "CollectionPage", "ProfilePage", "QAPage", "FAQPage",
	"MedicalWebPage", "RealEstateListing", "SearchResultsPage",
}

// listVias are properties through which an article is only mentioned:
// lists of related or latest articles, parts, citations, live updates.
var listVias = []string{
	"itemListElement", "item", "hasPart", "isPartOf", "relatedLink", "citation", "about",
	"mentions", "subjectOf", "workExample", "review", "comment", "liveBlogUpdate", "recommendation",
	"significantLink", "isBasedOn", "sharedContent", "mainEntityOfPage", "potentialAction", "reviews",
}

// Article returns the entity that best describes the page's article, or
// nil. Article types (NewsArticle and its kinds, Article, BlogPosting,
// LiveBlogPosting, TechArticle, Report, ScholarlyArticle..., and a
// top-level Review) come first; then WebPage types with a headline; then
// WebPage types with a name and a datePublished (Yoast's WebPage, whose
// name usually ends with the site name). Among them it prefers JSON-LD over
// microdata over RDFa; entities with a headline, body, authors and
// publication date; the mainEntity of a WebPage; top-level ones over those
// listed in itemListElement, hasPart and the like; and one whose url or @id
// has the path of the page's canonical URL (or og:url). Ties go to the
// first in document order. Article does not modify m and is safe for
// concurrent use.
func (m *Meta) Article() *Entity {
	var main map[string]bool
	for _, e := range m.Entities {
		if !e.Is(pageTypes...) {
			continue
		}
		if x, ok := e.Raw["mainEntity"]; ok {
			if id := refID(x); id != "" {
				if main == nil {
					main = map[string]bool{}
				}
				main[id] = true
			}
		}
	}
	page := m.Href("canonical")
	if page == "" {
		page = m.Tag("og:url")
	}
	page = urlPath(page)
	var best *Entity
	bestScore := 0
	for _, e := range m.Entities {
		s := articleScore(e, main)
		if s > 0 && page != "" && (urlPath(e.URL) == page || urlPath(e.ID) == page) {
			s += 25
		}
		if s > bestScore {
			best, bestScore = e, s
		}
	}
	return best
}

// urlPath returns the path of an absolute, scheme-relative or root-relative
// URL without query, fragment and trailing slash, or "".
func urlPath(u string) string {
	u = strings.TrimSpace(u)
	if i := strings.Index(u, "//"); i >= 0 && (i == 0 || strings.HasSuffix(u[:i], ":")) {
		u = u[i+2:]
		j := strings.IndexByte(u, '/')
		if j < 0 {
			return ""
		}
		u = u[j:]
	} else if !strings.HasPrefix(u, "/") {
		return ""
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	return strings.TrimRight(u, "/")
}

// refID returns the @id of a reference ({"@id": x}) or of the first in an
// array, or "".
func refID(v any) string {
	switch t := v.(type) {
	case map[string]any:
		id, _ := t["@id"].(string)
		return id
	case []any:
		if len(t) > 0 {
			return refID(t[0])
		}
	}
	return ""
}

func articleScore(e *Entity, main map[string]bool) int {
	s := 0
	switch {
	case e.Is(articleTypes...) || e.Via == "" && e.Is("Review"):
		s = 1000
		if e.Headline == "" && e.Name == "" {
			s -= 200
		}
	case e.Is(pageTypes...) && e.Headline != "":
		s = 300
	case e.Is(pageTypes...) && e.Name != "" && e.DatePublished != "":
		s = 200
	default:
		return 0
	}
	switch e.Source {
	case SourceJSONLD:
		s += 30
	case SourceMicrodata:
		s += 20
	default:
		s += 10
	}
	if e.Headline != "" {
		s += 20
	}
	if e.Body != "" {
		s += 10
	}
	if len(e.Authors) > 0 {
		s += 10
	}
	if e.DatePublished != "" {
		s += 10
	}
	if e.Via == "mainEntity" || e.ID != "" && main[e.ID] {
		s += 20
	}
	for _, v := range listVias {
		if e.Via == v {
			s -= 800
			break
		}
	}
	return s
}
