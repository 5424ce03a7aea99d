package discover

import (
	"bufio"
	"bytes"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
)

// Limits of ParseRobots.
const (
	// MaxRobotsBytes is how much of a robots.txt ParseRobots reads; RFC
	// 9309 section 2.5 lets crawlers stop at 500 KiB.
	MaxRobotsBytes = 500 << 10
	// MaxCrawlDelay caps the Crawl-delay ParseRobots reports.
	MaxCrawlDelay = time.Minute
	// maxSitemaps caps the Sitemap lines kept.
	maxSitemaps = 1000
)

// rule is one Allow or Disallow line of the chosen group.
type rule struct {
	pattern string // percent-encoding normalised
	allow   bool
}

// Robots is the part of a robots.txt that applies to one crawler: the
// rules of the groups matching its product token (or of the "*" groups),
// their Crawl-delay, and the file's Sitemap lines. A Robots is immutable
// and safe for concurrent use. The nil *Robots allows everything.
type Robots struct {
	rules    []rule
	delay    time.Duration
	sitemaps []string
}

// AllowAll returns a Robots that allows every path, for a robots.txt that
// is missing or unreachable with a 4xx status (RFC 9309 section 2.3.1.3).
func AllowAll() *Robots { return &Robots{} }

// DisallowAll returns a Robots that disallows every path but /robots.txt,
// for a robots.txt that failed with a 5xx status or a network error (RFC
// 9309 section 2.3.1.4).
func DisallowAll() *Robots { return &Robots{rules: []rule{{pattern: "/"}}} }

// ParseRobots reads a robots.txt (RFC 9309) from r and keeps what applies
// to userAgent, a User-Agent header such as "scoop/1.0 (+https://...)":
// its product token (the leading letters, digits, '-' and '_': "scoop") is
// matched case-insensitively against the User-agent lines. All groups
// naming the token are merged; when none does, the "*" groups apply; when
// there is no "*" group either, everything is allowed. A group is a run of
// User-agent lines followed by rules; rules before any User-agent line are
// ignored.
//
// Lenient as big crawlers are: keys are case-insensitive, common
// misspellings are accepted (useragent, dissallow, crawldelay ...), lines
// may end in CR, LF or CRLF, a BOM is skipped, "#" starts a comment, and
// an empty Disallow allows all. Crawl-delay (not in RFC 9309) is read per
// group, in seconds, fractions allowed, and capped at MaxCrawlDelay.
// Sitemap lines are global, whatever group they stand in; only absolute
// http(s) URLs are kept, at most 1000.
//
// Hostile input: only the first MaxRobotsBytes (500 KiB) are read, lines
// longer than that are cut, and ParseRobots never panics. Empty,
// unreadable or unparsable input allows everything; after a read error
// what was read applies. r is read, not closed. What to do when the
// fetch fails (RFC 9309: 4xx allows all, 5xx disallows all) is the
// caller's choice: see AllowAll and DisallowAll.
func ParseRobots(r io.Reader, userAgent string) *Robots {
	token := productToken(userAgent)
	data, _ := io.ReadAll(io.LimitReader(r, MaxRobotsBytes))
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))

	var (
		rb = &Robots{}
		// Rules and delay of the groups naming token, and of "*".
		own, star           []rule
		ownDelay, starDelay time.Duration
		ownSeen, starSeen   bool
		// The current group: does it name token, "*"; is it still
		// reading User-agent lines?
		gOwn, gStar, inAgents bool
		seenSitemaps          = map[string]bool{}
	)
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), MaxRobotsBytes+1)
	sc.Split(scanLinesCR)
	for sc.Scan() {
		line := sc.Bytes()
		if i := bytes.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		colon := bytes.IndexByte(line, ':')
		if colon < 0 {
			continue
		}
		key := strings.ToLower(strings.TrimSpace(string(line[:colon])))
		value := strings.TrimSpace(string(line[colon+1:]))
		switch key {
		case "user-agent", "useragent", "user agent", "user_agent":
			if !inAgents {
				gOwn, gStar, inAgents = false, false, true
			}
			name := productToken(value)
			switch {
			case value == "*" || strings.HasPrefix(value, "* "):
				gStar = true
				starSeen = true
			case name != "" && token != "" && strings.EqualFold(name, token):
				gOwn = true
				ownSeen = true
			}
		case "allow", "disallow", "dissallow", "dissalow", "disalow", "diasllow", "disallaw":
			inAgents = false
			if value == "" {
				continue // an empty rule matches nothing
			}
			ru := rule{pattern: normalizePattern(value), allow: key == "allow"}
			if gOwn {
				own = append(own, ru)
			}
			if gStar {
				star = append(star, ru)
			}
		case "crawl-delay", "crawldelay", "crawl_delay":
			inAgents = false
			d, ok := parseDelay(value)
			if !ok {
				continue
			}
			if gOwn && ownDelay == 0 {
				ownDelay = d
			}
			if gStar && starDelay == 0 {
				starDelay = d
			}
		case "sitemap", "site-map", "sitemaps":
			// Global: does not end a group's User-agent lines.
			if len(rb.sitemaps) < maxSitemaps && (hasPrefixFold(value, "http://") || hasPrefixFold(value, "https://")) &&
				!seenSitemaps[value] && len(value) <= MaxLinkBytes {
				seenSitemaps[value] = true
				rb.sitemaps = append(rb.sitemaps, value)
			}
		default:
			// Other keys (Host, Clean-param, Request-rate, Noindex...)
			// end the User-agent lines of a group as rules do.
			if inAgents && key != "" {
				inAgents = false
			}
		}
	}
	switch {
	case ownSeen:
		rb.rules, rb.delay = own, ownDelay
	case starSeen:
		rb.rules, rb.delay = star, starDelay
	}
	return rb
}

// scanLinesCR is bufio.ScanLines that also ends lines at a lone CR.
func scanLinesCR(data []byte, atEOF bool) (int, []byte, error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexAny(data, "\r\n"); i >= 0 {
		if data[i] == '\r' {
			if i+1 < len(data) {
				if data[i+1] == '\n' {
					return i + 2, data[:i], nil
				}
				return i + 1, data[:i], nil
			}
			if !atEOF {
				return 0, nil, nil // a LF may follow
			}
		}
		return i + 1, data[:i], nil
	}
	if atEOF {
		return len(data), data, nil
	}
	if len(data) >= MaxRobotsBytes {
		return len(data), data, nil // cut an over-long line
	}
	return 0, nil, nil
}

// productToken returns the leading letters, digits, '-' and '_' of a
// user agent ("Googlebot/2.1 (+http...)" -> "Googlebot").
func productToken(ua string) string {
	ua = strings.TrimSpace(ua)
	for i := 0; i < len(ua); i++ {
		c := ua[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			return ua[:i]
		}
	}
	return ua
}

// parseDelay reads a Crawl-delay value in seconds ("10", "0.5").
func parseDelay(v string) (time.Duration, bool) {
	if i := strings.IndexAny(v, " \t"); i >= 0 {
		v = v[:i]
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(f) || f <= 0 {
		return 0, false
	}
	if f >= MaxCrawlDelay.Seconds() {
		return MaxCrawlDelay, true
	}
	return time.Duration(f * float64(time.Second)), true
}

// normalizePattern normalises the percent-encoding of a path pattern or a
// path (RFC 9309 section 2.2.2): non-ASCII bytes escaped, escapes of
// unreserved characters decoded, hex upper-cased. "*" and "$" are kept.
func normalizePattern(p string) string {
	if escapesNormal(p, clQuery) {
		return p
	}
	return string(appendEscapes(make([]byte, 0, len(p)+8), p, clQuery))
}

// Allowed reports whether the crawler may fetch path, the path and query
// of the URL as it will be requested ("/news/a?id=3"); a full http(s)
// URL is also accepted and its path and query used. The rule with the
// longest pattern that matches wins; Allow wins a tie; no matching rule
// allows. "/robots.txt" is always allowed. Allowed is safe for concurrent
// use and runs in time bounded by len(path) times the size of the rules.
func (r *Robots) Allowed(path string) bool {
	if r == nil || len(r.rules) == 0 {
		return true
	}
	if hasPrefixFold(path, "http://") || hasPrefixFold(path, "https://") {
		ref := splitRef(path)
		path = ref.path
		if ref.hasQuery {
			path += "?" + ref.query
		}
	} else if i := strings.IndexByte(path, '#'); i >= 0 {
		path = path[:i]
	}
	if path == "" || path[0] != '/' {
		path = "/" + path
	}
	if path == "/robots.txt" {
		return true
	}
	path = normalizePattern(path)
	best, allow := -1, true
	for _, ru := range r.rules {
		if len(ru.pattern) < best || len(ru.pattern) == best && !ru.allow {
			continue
		}
		if matchPattern(ru.pattern, path) {
			best, allow = len(ru.pattern), ru.allow
		}
	}
	return allow
}

// CrawlDelay returns the Crawl-delay of the chosen group, at most
// MaxCrawlDelay, or 0 when it gives none. It is safe for concurrent use.
func (r *Robots) CrawlDelay() time.Duration {
	if r == nil {
		return 0
	}
	return r.delay
}

// Sitemaps returns the absolute URLs of the file's Sitemap lines, in
// order, without duplicates. The caller may modify the returned slice.
func (r *Robots) Sitemaps() []string {
	if r == nil || len(r.sitemaps) == 0 {
		return nil
	}
	return append([]string(nil), r.sitemaps...)
}

// matchPattern reports whether pattern matches a prefix of path: "*"
// matches any run of bytes, a final "$" anchors the end. It uses the
// linear greedy algorithm for globs with backtracking to the last star,
// in O(len(pattern)*len(path)) at worst and no allocation.
func matchPattern(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	if anchored {
		pattern = pattern[:len(pattern)-1]
	}
	if !anchored && strings.IndexByte(pattern, '*') < 0 {
		return strings.HasPrefix(path, pattern)
	}
	p, s := 0, 0
	star, mark := -1, 0
	for {
		if p == len(pattern) && (!anchored || s == len(path)) {
			return true
		}
		if p < len(pattern) && pattern[p] == '*' {
			star, mark = p, s
			p++
			continue
		}
		if p < len(pattern) && s < len(path) && pattern[p] == path[s] {
			p++
			s++
			continue
		}
		if star >= 0 && mark < len(path) {
			mark++
			p, s = star+1, mark
			continue
		}
		return false
	}
}
