package store

import "strings"

// Host returns the politeness key of rawURL: its host name, ASCII-lowercased,
// without user information, port or trailing dot ("https://User@WWW.Example.com:443/a"
// gives "www.example.com"; "http://[::1]:8080/" gives "[::1]"). It returns
// "" for a URL without an authority ("mailto:x", a relative path). It
// does not parse the whole URL; the crawler canonicalises URLs before
// pushing them. Every request of one host shares its HostNext and
// HostParallelism.
func Host(rawURL string) string {
	s := rawURL
	if i := strings.Index(s, "://"); i >= 0 && !strings.ContainsAny(s[:i], "/?#") {
		s = s[i+3:]
	} else if strings.HasPrefix(s, "//") {
		s = s[2:]
	} else {
		return ""
	}
	if i := strings.IndexAny(s, "/?#\\"); i >= 0 {
		s = s[:i]
	}
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		s = s[i+1:]
	}
	if i := strings.LastIndexByte(s, ':'); i >= 0 && !strings.Contains(s[i:], "]") {
		s = s[:i]
	}
	s = strings.TrimSuffix(s, ".")
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
