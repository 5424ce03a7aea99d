// Package scoop turns news web pages into typed, trustworthy records.
//
// Extract reads one HTML page and returns an Article: headline,
// standfirst, byline and authors (with profile links and bios), dates,
// language, site name, category, tags, lead image, the body split into
// sections, its text and cleaned HTML, and the related links the page
// presents. An Extractor built once with New is safe for concurrent use.
//
//	a, err := scoop.Extract(resp.Body, "https://example.com/news/story")
//	switch {
//	case errors.Is(err, scoop.ErrNoArticle): // a section front, an error page
//	case err != nil:                         // empty, not HTML, too large
//	}
//
// How it works: the page is decoded to UTF-8 once (BOM, Content-Type,
// <meta charset>, then detection) and parsed once. Every stage reads that
// one tree: structured metadata (JSON-LD, microdata, RDFa, OpenGraph,
// Twitter, Dublin Core), readability (codeberg.org/readeck/go-readability)
// on a pruned clone for the body, and the field rules of package
// selectors, which are data: ordered CSS selectors per field with per-site
// profiles loadable from JSON. Each field is resolved by cross-checking its
// sources, for example the printed <h1> that agrees with og:title.
//
// ExtractWARC reads WARC archives offline (Common Crawl's CC-NEWS and
// CC-MAIN files, the Crawler's own WARC files): one article per response
// record, in the file's order, extracted on several cores.
//
// Files: article.go (Article and its parts), extract.go (Extract,
// Extractor, limits), options.go, errors.go, page.go (one extraction's
// state, canonical URL, site name), headline.go, standfirst.go,
// authors.go (byline, authors, bios), copyright.go (the copyright holder as
// the last-resort author), body.go (readability, pruning,
// sections, text), bodylead.go (furniture and placeholder text around
// the body's first paragraph, lost edge paragraphs), bodytail.go (widgets,
// appeals and notes after the last paragraph), published.go (dates), language.go, media.go (image,
// tags, category), related.go, check.go (article or not), dom.go (tree
// helpers), warc.go (ExtractWARC). The crawler: crawl*.go.
package scoop
