package discover

import (
	"fmt"
	"net/netip"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/net/idna"
)

// MaxLinkBytes bounds the links Canonical accepts, after trimming white
// space, and the canonical forms it returns. Longer ones are refused with
// ErrInvalidURL (Trap already calls a URL of more than 2048 bytes a trap).
const MaxLinkBytes = 8 << 10

// ref is a URI reference split into its parts as written (RFC 3986
// appendix B). The fragment is dropped.
type ref struct {
	scheme    string // as written; "" when relative
	authority string // without the leading "//"
	path      string
	query     string
	hasAuth   bool // "//" present
	hasQuery  bool // "?" present
}

// splitRef splits s without allocating. A scheme is recognised only when
// the text before the first ':' is a valid scheme name and comes before
// any '/', '?' or '#'.
func splitRef(s string) ref {
	var r ref
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[:i]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ':' {
			if i > 0 {
				r.scheme, s = s[:i], s[i+1:]
			}
			break
		}
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		if !letter && (i == 0 || !('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.')) {
			break
		}
	}
	if len(s) >= 2 && s[0] == '/' && s[1] == '/' {
		s = s[2:]
		r.hasAuth = true
		end := strings.IndexAny(s, "/?")
		if end < 0 {
			end = len(s)
		}
		r.authority, s = s[:end], s[end:]
	}
	if i := strings.IndexByte(s, '?'); i >= 0 {
		r.path, r.query, r.hasQuery = s[:i], s[i+1:], true
	} else {
		r.path = s
	}
	return r
}

// Canonical returns the canonical form of link, resolved against base
// (the address of the page it was found on; nil for absolute links):
//
//   - only http and https are accepted (ErrScheme otherwise, ErrInvalidURL
//     for a relative link without base, a missing or invalid host or port);
//   - scheme and host are lower-cased, internationalised host names are
//     converted to ASCII (punycode), a trailing dot and the default port are
//     dropped, user info is dropped;
//   - the fragment is dropped;
//   - the path is made absolute, "." and ".." segments are resolved, empty
//     segments ("//") are collapsed, ";jsessionid=..." is removed and an
//     empty path becomes "/"; a trailing slash is kept;
//   - percent-encoding is normalised in path and query (RFC 3986 section
//     6.2.2): escapes of unreserved characters are decoded, other escapes
//     upper-cased, bytes that may not stand literally escaped;
//   - tracking query parameters (the table in tracking.go: utm_*, fbclid,
//     gclid, mc_cid, ocid ...) and empty parameters are removed, the rest sorted by key (stable:
//     repeated keys keep their order); an empty query is dropped.
//
// Canonical does not fold AMP addresses: call FoldAMP on its result. It
// is lenient where browsers are: surrounding white space and control
// characters are trimmed, tabs and newlines inside removed, a stray '%'
// is escaped. It never panics, runs in time linear in len(link) (n log n
// for the sort of more than 16 query parameters), does not use package
// net/url's parser, allocates once for the result in the
// common case, and is safe for concurrent use. base is not modified.
func Canonical(base *url.URL, link string) (string, error) {
	link = strings.TrimFunc(link, func(r rune) bool { return r <= ' ' })
	if strings.ContainsAny(link, "\t\n\r") {
		link = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return -1
			}
			return r
		}, link)
	}
	if len(link) > MaxLinkBytes {
		return "", fmt.Errorf("%w: link of %d bytes", ErrInvalidURL, len(link))
	}
	r := splitRef(link)
	var scheme string
	switch {
	case r.scheme == "":
	case strings.EqualFold(r.scheme, "https"):
		scheme = "https"
	case strings.EqualFold(r.scheme, "http"):
		scheme = "http"
	default:
		return "", fmt.Errorf("%w: %q", ErrScheme, truncate(r.scheme, 32))
	}
	if scheme != "" && !r.hasAuth {
		// "http:foo": relative to a base of the same scheme, as browsers
		// read it; otherwise it names no host.
		if base == nil || !strings.EqualFold(base.Scheme, scheme) {
			return "", fmt.Errorf("%w: %q has no host", ErrInvalidURL, truncate(link, 64))
		}
		scheme = ""
	}

	// Resolve (RFC 3986 section 5.2.2); dot segments are removed later.
	var (
		authority    string
		path1, path2 string // path1+path2 is the merged path
		query        string
		hasQuery     bool
	)
	if scheme != "" {
		authority, path1, query, hasQuery = r.authority, r.path, r.query, r.hasQuery
	} else {
		if base == nil {
			return "", fmt.Errorf("%w: relative link %q without base", ErrInvalidURL, truncate(link, 64))
		}
		switch {
		case strings.EqualFold(base.Scheme, "https"):
			scheme = "https"
		case strings.EqualFold(base.Scheme, "http"):
			scheme = "http"
		default:
			return "", fmt.Errorf("%w: base scheme %q", ErrScheme, truncate(base.Scheme, 32))
		}
		switch {
		case r.hasAuth:
			authority, path1, query, hasQuery = r.authority, r.path, r.query, r.hasQuery
		case r.path == "":
			authority, path1 = base.Host, base.EscapedPath()
			if r.hasQuery {
				query, hasQuery = r.query, true
			} else {
				query, hasQuery = base.RawQuery, base.RawQuery != ""
			}
		case r.path[0] == '/':
			authority, path1, query, hasQuery = base.Host, r.path, r.query, r.hasQuery
		default:
			authority, query, hasQuery = base.Host, r.query, r.hasQuery
			bp := base.EscapedPath()
			if i := strings.LastIndexByte(bp, '/'); i >= 0 {
				path1 = bp[:i+1]
			} else {
				path1 = "/"
			}
			path2 = r.path
		}
	}

	var outArr [256]byte
	out := append(outArr[:0], scheme...)
	out = append(out, "://"...)
	out, err := appendHost(out, authority, scheme)
	if err != nil {
		return "", err
	}
	out = appendPath(out, path1, path2)
	if hasQuery {
		out = appendQuery(out, query)
	}
	if len(out) > MaxLinkBytes {
		// Escaping can triple non-ASCII bytes.
		return "", fmt.Errorf("%w: canonical form of %d bytes", ErrInvalidURL, len(out))
	}
	return string(out), nil
}

// appendHost appends the normalised host and port of authority.
func appendHost(out []byte, authority, scheme string) ([]byte, error) {
	if i := strings.LastIndexByte(authority, '@'); i >= 0 {
		authority = authority[i+1:]
	}
	host, port := authority, ""
	if strings.HasPrefix(host, "[") {
		end := strings.IndexByte(host, ']')
		if end < 0 {
			return nil, fmt.Errorf("%w: host %q", ErrInvalidURL, truncate(authority, 64))
		}
		host, port = host[:end+1], host[end+1:]
		if port != "" && port[0] != ':' {
			return nil, fmt.Errorf("%w: host %q", ErrInvalidURL, truncate(authority, 64))
		}
		addr, err := netip.ParseAddr(host[1 : len(host)-1])
		if err != nil || !addr.Is6() || addr.Zone() != "" {
			return nil, fmt.Errorf("%w: host %q", ErrInvalidURL, truncate(authority, 64))
		}
		host = "[" + addr.String() + "]"
	} else if i := strings.LastIndexByte(host, ':'); i >= 0 {
		host, port = host[:i], host[i:]
	}
	if port != "" {
		port = port[1:]
		for i := 0; i < len(port); i++ {
			if port[i] < '0' || port[i] > '9' {
				return nil, fmt.Errorf("%w: port %q", ErrInvalidURL, truncate(port, 16))
			}
		}
		port = strings.TrimLeft(port, "0")
		if len(port) > 5 || (len(port) == 5 && port > "65535") {
			return nil, fmt.Errorf("%w: port %q", ErrInvalidURL, truncate(port, 16))
		}
		if (scheme == "http" && port == "80") || (scheme == "https" && port == "443") {
			port = ""
		}
	}
	host = strings.TrimRight(host, ".")
	if host == "" {
		return nil, fmt.Errorf("%w: no host", ErrInvalidURL)
	}
	if host[0] == '[' {
		out = appendLower(out, host)
	} else {
		ascii := true
		for i := 0; i < len(host); i++ {
			c := host[i]
			switch {
			case c >= 0x80:
				ascii = false
			case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '.', c == '_':
			default:
				return nil, fmt.Errorf("%w: host %q", ErrInvalidURL, truncate(host, 64))
			}
		}
		if !ascii {
			h, err := idna.Lookup.ToASCII(host)
			if err != nil || h == "" {
				return nil, fmt.Errorf("%w: host %q", ErrInvalidURL, truncate(host, 64))
			}
			host = h
		}
		if strings.Contains(host, "..") || host[0] == '.' {
			return nil, fmt.Errorf("%w: host %q", ErrInvalidURL, truncate(host, 64))
		}
		out = appendLower(out, host)
	}
	if port != "" {
		out = append(out, ':')
		out = append(out, port...)
	}
	return out, nil
}

func appendLower(out []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out = append(out, c)
	}
	return out
}

// appendPath appends the normalised form of the path p1+p2: escapes
// normalised, ";jsessionid=" parameters removed, empty, "." and ".."
// segments resolved, "/" for an empty path.
func appendPath(out []byte, p1, p2 string) []byte {
	var escArr [256]byte
	esc := escArr[:0]
	if p1 == "" || p1[0] != '/' {
		esc = append(esc, '/')
	}
	esc = appendEscapes(esc, p1, clPath)
	esc = appendEscapes(esc, p2, clPath)

	root := len(out)
	out = append(out, '/')
	trailing := false
	for rest := esc[1:]; ; {
		var seg []byte
		last := false
		if i := slices.Index(rest, '/'); i >= 0 {
			seg, rest = rest[:i], rest[i+1:]
		} else {
			seg, last = rest, true
		}
		if i := indexFold(string(seg), ";jsessionid="); i >= 0 {
			seg = seg[:i]
		}
		switch string(seg) {
		case "", ".":
			trailing = true
		case "..":
			trailing = true
			out = out[:lastSlash(out[:len(out)-1], root)+1]
		default:
			trailing = false
			out = append(out, seg...)
			out = append(out, '/')
		}
		if last {
			break
		}
	}
	if !trailing && len(out)-root > 1 {
		out = out[:len(out)-1]
	}
	return out
}

// lastSlash returns the index of the last '/' in b at or after min.
func lastSlash(b []byte, min int) int {
	for i := len(b) - 1; i > min; i-- {
		if b[i] == '/' {
			return i
		}
	}
	return min
}

// appendQuery appends "?" and the normalised query: tracking and empty
// parameters removed, the rest sorted by key. Nothing is appended when no
// parameter is left.
func appendQuery(out []byte, q string) []byte {
	var partsArr [16]string
	parts := partsArr[:0]
	for q != "" {
		var p string
		if i := strings.IndexByte(q, '&'); i >= 0 {
			p, q = q[:i], q[i+1:]
		} else {
			p, q = q, ""
		}
		if !escapesNormal(p, clQuery) {
			// Normalise first, so that keys compare and sort as they
			// will read in the result (utm%5Fsource is utm_source).
			p = string(appendEscapes(make([]byte, 0, len(p)+8), p, clQuery))
		}
		if p == "" || p == "=" || isTracking(queryKey(p)) {
			continue
		}
		parts = append(parts, p)
	}
	if len(parts) == 0 {
		return out
	}
	if len(parts) <= len(partsArr) {
		// Insertion sort: stable, no allocation.
		for i := 1; i < len(parts); i++ {
			for j := i; j > 0 && queryKey(parts[j]) < queryKey(parts[j-1]); j-- {
				parts[j], parts[j-1] = parts[j-1], parts[j]
			}
		}
	} else {
		slices.SortStableFunc(parts, func(a, b string) int {
			return strings.Compare(queryKey(a), queryKey(b))
		})
	}
	out = append(out, '?')
	for i, p := range parts {
		if i > 0 {
			out = append(out, '&')
		}
		out = append(out, p...)
	}
	return out
}

// queryKey returns the key of a query parameter "key=value".
func queryKey(p string) string {
	if i := strings.IndexByte(p, '='); i >= 0 {
		return p[:i]
	}
	return p
}

// truncate shortens s for an error message.
func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}
