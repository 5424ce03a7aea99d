package discover

import "errors"

// Errors returned by the functions of this package, always wrapped with
// detail ("discover: ...: %w"). Callers branch on them with errors.Is.
var (
	// ErrInvalidURL reports a link that does not parse as a URL, or an
	// http(s) URL without a host.
	ErrInvalidURL = errors.New("discover: invalid url")
	// ErrScheme reports a link whose scheme is not http or https
	// (mailto:, javascript:, tel:, data:, ftp: ...).
	ErrScheme = errors.New("discover: unsupported scheme")
	// ErrNotSitemap reports a body that is neither an XML <urlset> or
	// <sitemapindex> nor a plain-text list of URLs (an HTML page, a feed,
	// an error page).
	ErrNotSitemap = errors.New("discover: not a sitemap")
	// ErrNotFeed reports a body that is not an RSS, Atom or JSON feed.
	ErrNotFeed = errors.New("discover: not a feed")
	// ErrMalformed reports a sitemap whose syntax breaks off (the entries
	// read before the break are still returned) or a corrupt gzip stream.
	ErrMalformed = errors.New("discover: malformed document")
	// ErrTooLarge reports a body over a size limit (MaxSitemapBytes,
	// MaxSitemapURLs, MaxFeedBytes, MaxFeedItems, nesting depth, tag and
	// text length), gzip bombs included; ParseSitemap still returns the
	// entries read before the limit.
	ErrTooLarge = errors.New("discover: document too large")
)
