// Package testsite is a deterministic fake news site, "Test Gazette", for
// testing and benchmarking the crawler without the network: an
// http.Handler to put behind httptest.NewServer, and the ground truth a
// correct crawler must reproduce (Articles, Hubs, Disallowed, Landmarks).
//
// The site has a home page; section fronts /{section}/ with pagination
// /{section}/page/{n}/; articles /{section}/{yyyy}/{mm}/{dd}/{slug} with
// OpenGraph, article:published_time, rel=canonical, a NewsArticle JSON-LD,
// a byline, a body of 5 to 9 generated paragraphs (at least 280 words)
// with h2 headings, tags, an author and related stories; their AMP copies
// /amp/{article path}; tag, author and month-archive hubs; robots.txt with
// a disallowed /private/; a sitemap index, a gzipped article sitemap and a
// Google News sitemap; an RSS feed; and the traps of real sites: links
// with utm_ parameters and #comments fragments, a 301 from /old/{slug}, a
// 404 behind an article-shaped link, an article answering 503 once and
// another 429 once, an endless calendar, non-HTML links and external
// links. Landmarks names them.
//
// Nothing is stored per article: every page is computed from its URL. An
// article's section, author, tags and date follow from its index by
// arithmetic, its text from a PCG generator seeded with the index, and a
// path is found again from its date by binary search over the
// publication times. Listings (sections, tags, authors, months) are
// arithmetic sequences of indices, so any page of any listing costs O(1).
// A site of 100,000 articles (Options.Huge) thus serves in flat memory
// with a few allocations per request.
//
// Files:
//
//   - site.go: Options, Site, New, the ground-truth accessors, the request
//     log and the router.
//   - model.go: dates, listings (seq), tags, authors, paths and lookup.
//   - prose.go: headlines, standfirsts and article bodies.
//   - words.go: the word tables of the generator.
//   - render.go: the HTML pages (home, listings, articles, AMP, calendar).
//   - feeds.go: robots.txt, sitemaps and the RSS feed.
//   - assets.go: the PDF, JPEG and JSON documents.
package testsite
