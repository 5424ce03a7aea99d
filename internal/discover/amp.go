package discover

import "strings"

// FoldAMP returns the address of the regular page of which u is the AMP
// version, when that can be told from the URL alone, and ok=false when u
// shows no AMP sign, does not parse, or folding changes nothing. It
// recognises:
//
//   - Google AMP cache and viewer URLs: example-com.cdn.ampproject.org/c/s/
//     example.com/path (also /v/ and /wp/; "s/" means https) and
//     www.google.com/amp/s/example.com/path;
//   - an "amp." host prefix: amp.example.com becomes www.example.com (the
//     "www." is added when what is left is a registrable name such as
//     example.com or example.co.uk, otherwise the prefix is only cut);
//   - an "amp" path segment anywhere (/amp/, /news/slug/amp), a last
//     segment "amp.html", and the suffixes ".amp.html" (to ".html") and
//     ".amp";
//   - query parameters amp, _amp, amp_* and __amp_* (any value), usqp, and
//     any parameter whose value is "amp" (outputType=amp, format=amp).
//
// The result is in canonical form (see Canonical). A page's
// <link rel="canonical"> is the better source when the page is at hand.
// FoldAMP never panics and is safe for concurrent use.
func FoldAMP(u string) (string, bool) {
	if indexFold(u, "amp") < 0 {
		return "", false
	}
	c, err := Canonical(nil, u)
	if err != nil {
		return "", false
	}
	out := c
	if origin, ok := foldAMPCache(out); ok {
		if out, err = Canonical(nil, origin); err != nil {
			return "", false
		}
	}
	out = foldAMPHostPathQuery(out)
	if out == c {
		return "", false
	}
	folded, err := Canonical(nil, out)
	if err != nil {
		return "", false
	}
	return folded, true
}

// foldAMPCache turns an AMP cache or Google viewer URL (canonical form)
// into the URL of the origin document.
func foldAMPCache(c string) (string, bool) {
	r := splitRef(c)
	host := r.authority
	var p string
	switch {
	case host == "cdn.ampproject.org" || strings.HasSuffix(host, ".cdn.ampproject.org"):
		p = r.path
		switch {
		case strings.HasPrefix(p, "/c/"), strings.HasPrefix(p, "/v/"):
			p = p[3:]
		case strings.HasPrefix(p, "/wp/"):
			p = p[4:]
		default:
			return "", false
		}
	case (host == "google.com" || strings.HasPrefix(host, "www.google.")) && strings.HasPrefix(r.path, "/amp/"):
		p = r.path[5:]
	default:
		return "", false
	}
	scheme := "http://"
	if strings.HasPrefix(p, "s/") {
		scheme, p = "https://", p[2:]
	}
	if p == "" || p[0] == '/' {
		return "", false
	}
	out := scheme + p
	if r.query != "" {
		out += "?" + r.query
	}
	return out, true
}

// foldAMPHostPathQuery removes the AMP signs of host, path and query of a
// canonical URL.
func foldAMPHostPathQuery(c string) string {
	r := splitRef(c)
	host := r.authority
	if strings.HasPrefix(host, "amp.") {
		host = host[4:]
		if registrable(host) {
			host = "www." + host
		}
	}

	// Path: drop "amp" segments, amp.html, .amp.html and .amp suffixes.
	var b strings.Builder
	b.Grow(len(c))
	segs := strings.Split(strings.TrimPrefix(r.path, "/"), "/")
	kept := 0
	for i, s := range segs {
		last := i == len(segs)-1
		switch {
		case strings.EqualFold(s, "amp"):
			continue
		case last && strings.EqualFold(s, "amp.html"):
			s = ""
		case last && hasSuffixFold(s, ".amp.html"):
			s = s[:len(s)-len(".amp.html")] + ".html"
		case last && hasSuffixFold(s, ".amp") && len(s) > 4:
			s = s[:len(s)-4]
		}
		if s == "" && !last {
			continue
		}
		b.WriteByte('/')
		b.WriteString(s)
		kept++
	}
	path := b.String()
	if kept == 0 || path == "" {
		path = "/"
	}
	// A removed last segment leaves the path ending in "/": /slug/amp -> /slug.
	if n := len(segs); n > 1 && strings.EqualFold(segs[n-1], "amp") && len(path) > 1 {
		path = strings.TrimSuffix(path, "/")
	}

	var q []string
	for _, p := range strings.Split(r.query, "&") {
		if p == "" || isAMPParam(p) {
			continue
		}
		q = append(q, p)
	}
	out := "https://"
	if strings.HasPrefix(c, "http://") {
		out = "http://"
	}
	out += host + path
	if len(q) > 0 {
		out += "?" + strings.Join(q, "&")
	}
	return out
}

func isAMPParam(p string) bool {
	k, v := p, ""
	if i := strings.IndexByte(p, '='); i >= 0 {
		k, v = p[:i], p[i+1:]
	}
	switch {
	case strings.EqualFold(k, "amp"), strings.EqualFold(k, "_amp"), strings.EqualFold(k, "usqp"),
		hasPrefixFold(k, "amp_"), hasPrefixFold(k, "__amp_"):
		return true
	}
	return strings.EqualFold(v, "amp")
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// secondLevel lists second-level labels under which country-code domains
// register names (example.co.uk, example.com.au, example.or.jp).
var secondLevel = map[string]bool{
	"co": true, "com": true, "org": true, "net": true, "gov": true, "ac": true,
	"edu": true, "ne": true, "or": true, "go": true, "gv": true,
}

// registrable reports whether host (without port) looks like a registrable
// domain name: example.com, or example.co.uk with a two-letter country
// code after a common second-level label.
func registrable(host string) bool {
	labels := strings.Split(host, ".")
	switch len(labels) {
	case 2:
		return labels[0] != "" && labels[1] != ""
	case 3:
		return labels[0] != "" && secondLevel[labels[1]] && len(labels[2]) == 2
	}
	return false
}
