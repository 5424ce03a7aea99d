// Package discover holds the network-free building blocks a news crawler
// uses to find articles: URL canonicalisation and classification, trap
// detection, robots.txt, sitemaps and feeds. Nothing here does I/O but
// reading the readers it is given; the crawler fetches, these functions
// decide. All functions are safe for concurrent use, never panic, and are
// bounded in time and memory on hostile input (limits are exported
// constants).
//
// The crawler's link path is hot (link handling was measured as 63% of a
// colly crawl's CPU), so Canonical splits URLs by hand, without net/url's
// parser or regular expressions, and allocates once for its result;
// ClassifyURL and Trap do not allocate.
//
// Files:
//
//   - canonical.go: Canonical, the URL splitter, host and path
//     normalisation.
//   - escape.go: percent-encoding normalisation (RFC 3986 section 6.2.2),
//     shared by Canonical and robots matching.
//   - tracking.go: the table of tracking query parameters.
//   - amp.go: FoldAMP.
//   - classify.go: Kind, ClassifyURL and the features of path segments.
//   - words.go: the word and extension tables of ClassifyURL.
//   - trap.go: Trap and its reasons.
//   - robots.go: ParseRobots, Robots (RFC 9309 with Crawl-delay).
//   - sitemap.go: Entry, ParseSitemap (XML, gzip, Google News, text).
//   - feed.go: ParseFeed (via github.com/mmcdole/gofeed), FeedLinks.
//   - sniff.go: Sniff.
//   - errors.go: sentinel errors.
package discover
