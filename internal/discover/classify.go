package discover

import "strings"

// Kind is what a URL points to, judged by its shape alone.
type Kind int

// Kinds of URL returned by ClassifyURL.
const (
	// Unknown: no strong sign either way (short slugs, unusual schemes).
	Unknown Kind = iota
	// Article: a single story: a dated path with a slug, a long slug, a
	// numeric or hash article id, a .html page with a slug.
	Article
	// Hub: a page that lists stories: home, section fronts, tag, topic,
	// author and category pages, pagination, date archives, search.
	Hub
	// Asset: not a page: images, style sheets, scripts, documents, media,
	// fonts, archives, WordPress internals.
	Asset
	// Feed: a discovery document: RSS/Atom feeds (/feed/, .rss, .atom) and
	// XML sitemaps (.xml, .xml.gz). Fetch with ParseFeed or ParseSitemap,
	// not as a page.
	Feed
)

// String returns the name of k ("article", "hub", ...).
func (k Kind) String() string {
	switch k {
	case Article:
		return "article"
	case Hub:
		return "hub"
	case Asset:
		return "asset"
	case Feed:
		return "feed"
	}
	return "unknown"
}

// maxSegments bounds the path segments ClassifyURL looks at; a deeper path
// is judged by its first ones.
const maxSegments = 16

// seg holds what ClassifyURL knows of one path segment.
type seg struct {
	s     string // as written
	stem  string // without the extension, lower case only if s was
	ext   string // lower-case extension without the dot ("html"), or ""
	words int    // words (runs between - _ + , . ! ~ and spaces) with a letter
	parts int    // all words, numbers included
	// digits is the longest run of ASCII digits; allDigits: the stem is
	// digits only.
	digits     int
	allDigits  bool
	hashID     bool // a word like "UAf9GNd" or "e52ab9515573": an opaque id
	alnumID    bool // a word of 6+ letters and digits ("clymn8zyrp9o")
	idPart     bool // a number of 3+ digits that is not a year (slug-6871)
	conj       bool // a conjunction between words (food-and-drink)
	datePrefix bool // starts with yyyy-mm-dd (2020-10-18-some-slug)
	// class and stemClass: the word tables (wList, wHub ...) that hold
	// the segment and its stem.
	class, stemClass uint16
}

// ClassifyURL tells by shape alone whether u is an Article, a Hub, an
// Asset, a Feed or Unknown. The signs, strongest first:
//
//   - Asset and Feed: a file extension (jpg, css, js, pdf, mp4, woff, zip
//     ...; rss, atom, xml), a /feed/ or /rss/ last segment, WordPress
//     internals (/wp-content/, /wp-json/);
//   - Hub: search pages (/search/, /suche/, ?q=, ?s=), pagination
//     (/page/2, /seite/3, page-2), date archives without slug (/2024/05/),
//     tag, topic, author and category pages in several languages (/tag/x,
//     /thema/x, /autor/x-y, /rubrique/x), the home page;
//   - Article: a date in the path followed by a slug (/2024/05/03/slug,
//     /2020/jan/20/slug, /2023-04/28/slug), an article id (/story/12345678,
//     -1.2345678, ld.1759794, article24075843, /a-123456.html, ,UAf9GNd), a
//     .html (.htm, .php, .aspx ...) page with a slug of two words or more,
//     a slug of four words or more;
//   - Article for a story word followed by an id or a slug
//     (/articles/clymn8zyrp9o, /archives/2562, /blog/frag-jetzt) or a
//     number of three digits or more (/822);
//   - Hub again for ?page=N, ?tag=x, section words (/news, /sport,
//     /startseite) and short paths of short words (/politik/,
//     /news/world/, /feuilleton/kunst-und-architektur/), and Article for
//     ?p=123, ?articleid=..., ?id=123 after a script (.php, .aspx);
//   - last, Article for a slug of three words not joined by "and", "und",
//     "et" ... (/peanut-butter-truffles) or a word with a number
//     (/kraehenjagd-6871); Unknown otherwise.
//
// Two-word slugs (/fische-schmerzen/) look like section fronts and come
// out as Hub. Pagination in the query of an article-shaped path (?page=2
// of a long story) stays Article. ClassifyURL ignores scheme, host and fragment,
// never panics, does not allocate for URLs of up to 16 segments, and is
// safe for concurrent use.
func ClassifyURL(u string) Kind {
	r := splitRef(u)
	if r.scheme != "" && !r.hasAuth {
		return Unknown // mailto:, javascript:, ...
	}
	var arr [maxSegments]seg
	segs := arr[:0]
	for rest := r.path; rest != "" && len(segs) < maxSegments; {
		var s string
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			s, rest = rest[:i], rest[i+1:]
		} else {
			s, rest = rest, ""
		}
		if s == "" {
			continue
		}
		if i := strings.IndexByte(s, ';'); i > 0 { // ;jsessionid=
			s = s[:i]
		}
		segs = append(segs, analyse(s))
	}
	n := len(segs)
	if n == 0 {
		if queryArticle(r.query, true) {
			return Article
		}
		return Hub
	}
	last := &segs[n-1]
	switch {
	case last.ext == "gz" && hasSuffixFold(last.stem, ".xml"):
		return Feed // sitemap.xml.gz
	case assetExt(last.ext):
		return Asset
	case feedExt(last.ext), last.ext == "" && last.class&wFeed != 0:
		return Feed
	case segs[0].class&wAssetDir != 0:
		return Asset
	case n > 1 && segs[0].ext == "" && segs[0].class&wFeed != 0:
		return Feed // /rss/politik/, /feeds/all.atom
	}
	if isIndex(last) {
		// /section/index.html is the section; /slug/index.html the slug.
		segs = segs[:n-1]
		n--
		if n == 0 {
			if queryArticle(r.query, true) {
				return Article // /index.php?id=30&tx_ttnews[tt_news]=477
			}
			return Hub
		}
		last = &segs[n-1]
	}

	// Search and pagination.
	for i := range segs {
		if segs[i].class&wSearch != 0 {
			return Hub
		}
		if i == n-2 && segs[i].class&wPage != 0 && segs[n-1].allDigits && len(segs[n-1].s) <= 5 {
			return Hub
		}
	}
	if isPageSlug(last.s) {
		return Hub
	}

	// Dates: /2024/05/03/slug is an article, /2024/05/ an archive.
	if i, j, ok := findDate(segs); ok {
		for _, s := range segs[j:] {
			if s.words > 0 && s.class&wList == 0 || s.digits >= 5 {
				return Article
			}
		}
		if slugBefore(segs[:max(i, 0)]) {
			return Article // /5-tips-for-x/2022/12/29/
		}
		if i >= 0 {
			return Hub
		}
	}

	// Tag, author, category pages: a listing keyword followed by a name
	// (no id, at most five words) and at most one more short segment
	// (/category/politics/europe).
	for i := range segs {
		if segs[i].class&wList == 0 {
			continue
		}
		rest := segs[i+1:]
		if len(rest) > 2 || len(rest) == 2 && rest[1].parts > 2 && !(rest[0].allDigits && rest[1].words <= 3) {
			continue
		}
		// Names may carry an id (/tags/67663/some-name, /thema/x-y,145046)
		// when they are short.
		listing, id, long := true, false, false
		for _, s := range rest {
			if s.words > 5 || s.ext != "" {
				listing = false
			}
			id = id || s.digits >= 5 || s.hashID
			long = long || s.words > 3
		}
		if id && long {
			listing = false
		}
		if listing {
			return Hub
		}
	}

	// Article ids and slugs, in the last two segments.
	for k := n - 1; k >= 0 && k >= n-2; k-- {
		s := &segs[k]
		switch {
		case s.digits >= 5 && !(s.allDigits && isDate8(s.stem)):
			return Article // 12345678, slug-12345678, ld.1759794, !5928990
		case s.hashID && (s.words > 1 || n > 1):
			return Article
		case s.words >= 4, s.datePrefix && s.words > 0:
			return Article
		case pageExt(s.ext) && k == n-1 && (s.words >= 2 || s.digits >= 3):
			return Article
		}
	}
	// /articles/clymn8zyrp9o, /archives/2562, /detail/id/718: a story
	// keyword followed by a short id.
	if n >= 2 && segs[n-2].class&wStory != 0 && (last.idPart || last.hashID || last.allDigits && last.digits >= 3 || last.alnumID) {
		return Article
	}
	// /articles/performant-python, /blog/schattiges_plaetzchen.
	if n >= 2 && segs[n-2].class&wPost != 0 && last.words >= 2 {
		return Article
	}
	if last.allDigits && last.digits >= 3 && !isYear(last.stem) {
		return Article // /822, /events/887
	}

	if queryHub(r.query) {
		return Hub
	}
	if queryArticle(r.query, pageExt(last.ext) || last.stemClass&wStory != 0) {
		return Article
	}
	if last.class&wHub != 0 {
		return Hub
	}
	// Section fronts: up to four segments of one or two words each.
	if n <= 4 {
		front := true
		for _, s := range segs {
			if s.parts > 2 && !(s.parts == 3 && s.conj) || s.digits > 0 && !(s.allDigits && isYear(s.s)) || s.ext != "" {
				front = false
				break
			}
		}
		if front {
			return Hub
		}
	}
	if last.words >= 3 && !last.conj || last.words >= 1 && last.idPart && last.ext == "" {
		return Article // peanut-butter-truffles, kraehenjagd-6871
	}
	return Unknown
}

// slugBefore reports whether one of segs is article-shaped: a long slug
// before a date (/5-tips-for-x/2022/12/29/).
func slugBefore(segs []seg) bool {
	for _, s := range segs {
		if s.words >= 4 || s.digits >= 5 {
			return true
		}
	}
	return false
}

// analyse computes the features of one path segment.
func analyse(s string) seg {
	g := seg{s: s, stem: s}
	if i := strings.LastIndexByte(s, '.'); i > 0 && len(s)-i-1 <= 5 && len(s)-i-1 >= 2 {
		ext := s[i+1:]
		ok := true
		for j := 0; j < len(ext); j++ {
			c := ext[j]
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
				ok = false
				break
			}
		}
		if ok && knownExt(ext) {
			g.stem, g.ext = s[:i], lowerASCII(ext)
		}
	}
	g.class = wordClass(s)
	g.stemClass = g.class
	if g.ext != "" {
		g.stemClass = wordClass(g.stem)
	}
	st := g.stem
	g.allDigits = st != ""
	g.datePrefix = len(st) > 11 && st[4] == '-' && st[7] == '-' && isYear(st[:4]) &&
		isMonth(st[5:7]) && isDay(st[8:10]) && !isLetter(st[10])
	run := 0
	start := -1 // start of the current word
	var digits, upper, lower int
	word := func(end int) {
		if start < 0 {
			return
		}
		w := st[start:end]
		g.parts++
		letters := len(w) - digits
		switch {
		case letters > 0:
			g.words++
			if g.words > 1 && isConj(w) {
				g.conj = true
			}
		case len(w) >= 3 && !isYear(w):
			g.idPart = true
		}
		if len(w) >= 7 && digits >= 1 && letters > 0 && (upper > 0 && lower > 0 || digits >= 3 && len(w) >= 8) {
			g.hashID = true
		}
		if len(w) >= 6 && digits >= 1 && letters > 0 && len(w) <= 24 {
			g.alnumID = true
		}
		start, digits, upper, lower = -1, 0, 0, 0
	}
	for i := 0; i < len(st); i++ {
		c := st[i]
		switch {
		case '0' <= c && c <= '9':
			run++
			if run > g.digits {
				g.digits = run
			}
			digits++
			if start < 0 {
				start = i
			}
			continue
		case c == '-' || c == '_' || c == '+' || c == ',' || c == '.' || c == '!' || c == '~' || c == ' ':
			g.allDigits = false
			word(i)
		case c == '%' && i+2 < len(st) && st[i+1] == '2' && st[i+2] == '0':
			g.allDigits = false
			word(i)
			i += 2
		default:
			// Letters; escaped bytes (%C3%BC) and other bytes count as
			// letters of a word.
			g.allDigits = false
			if start < 0 {
				start = i
			}
			switch {
			case 'a' <= c && c <= 'z':
				lower++
			case 'A' <= c && c <= 'Z':
				upper++
			case c == '%' && i+2 < len(st):
				i += 2
			}
		}
		run = 0
	}
	word(len(st))
	return g
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// isWord reports whether s, ASCII case-insensitively, is in set.
func isWord(s string, set map[string]bool) bool {
	if len(s) > 32 || s == "" {
		return false
	}
	var buf [32]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(s)])]
}

// isIndex reports whether the segment is a directory index (index.html,
// default.aspx, index.php, index).
func isIndex(s *seg) bool {
	return (s.ext == "" || pageExt(s.ext)) && (strings.EqualFold(s.stem, "index") || strings.EqualFold(s.stem, "default"))
}

// isPageSlug reports a pagination segment such as "page-2", "seite-3",
// "page2".
func isPageSlug(s string) bool {
	i := len(s)
	for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
		i--
	}
	if i == len(s) || i == 0 || len(s)-i > 5 {
		return false
	}
	w := s[:i]
	if w[len(w)-1] == '-' || w[len(w)-1] == '_' {
		w = w[:len(w)-1]
	}
	return isWord(w, pageWords)
}

// findDate finds a date at the start of a run of segments: year/month[/day]
// (month as number or English name), yyyy-mm/dd, yyyy-mm-dd, yyyymmdd or a
// year alone. It returns the index of the date's first segment, the index
// after it, and whether the date is complete enough to be an archive (a
// year alone at the end of the path counts).
func findDate(segs []seg) (int, int, bool) {
	for i := range segs {
		s := segs[i].s
		switch {
		case len(s) == 4 && segs[i].allDigits && isYear(s):
			j := i + 1
			if j < len(segs) && isMonth(segs[j].s) {
				j++
				if j < len(segs) && isDay(segs[j].s) {
					j++
				}
				return i, j, true
			}
			if j == len(segs) {
				return i, j, true // /2024/
			}
			if j == len(segs)-1 && segs[j].words > 0 {
				// /2019/slug: a year folder of stories.
				return -1, j, true
			}
		case len(s) == 7 && (s[4] == '-' || s[4] == '_') && isYear(s[:4]) && isMonth(s[5:]):
			j := i + 1
			if j < len(segs) && isDay(segs[j].s) {
				j++
			}
			return i, j, true
		case len(s) == 10 && s[4] == '-' && s[7] == '-' && isYear(s[:4]) && isMonth(s[5:7]) && isDay(s[8:]):
			return i, i + 1, true
		case len(s) == 8 && segs[i].allDigits && isDate8(s):
			return i, i + 1, true
		}
	}
	return 0, 0, false
}

func isYear(s string) bool {
	return len(s) == 4 && (s[:2] == "19" && s[2] >= '9' || s[:2] == "20") &&
		'0' <= s[2] && s[2] <= '9' && '0' <= s[3] && s[3] <= '9'
}

func isMonth(s string) bool {
	switch len(s) {
	case 1:
		return '1' <= s[0] && s[0] <= '9'
	case 2:
		if s[0] == '0' {
			return '1' <= s[1] && s[1] <= '9'
		}
		if s[0] == '1' {
			return '0' <= s[1] && s[1] <= '2'
		}
	}
	return isWord(s, monthWords)
}

func isDay(s string) bool {
	switch len(s) {
	case 1:
		return '1' <= s[0] && s[0] <= '9'
	case 2:
		return ('0' <= s[0] && s[0] <= '3') && '0' <= s[1] && s[1] <= '9' && s != "00" &&
			(s[0] != '3' || s[1] <= '1')
	}
	return false
}

// isDate8 reports whether an 8-digit string is a yyyymmdd date.
func isDate8(s string) bool {
	return len(s) == 8 && isYear(s[:4]) && isMonth(s[4:6]) && isDay(s[6:])
}

// queryHub reports hub signs in a query: pagination, search, tag and
// category parameters.
func queryHub(q string) bool {
	for q != "" {
		var k, v string
		k, v, q = nextParam(q)
		if v == "" {
			continue
		}
		if isWord(k, queryHubKeys) {
			return true
		}
		if isWord(k, queryPageKeys) && allDigits(v) {
			return true
		}
	}
	return false
}

// queryArticle reports an article id in the query: ?p=123 (WordPress),
// ?articleid=..., ?storyid=..., tx_news_pi1[news]=14392 (TYPO3),
// ?article717 (SPIP); when script is set (the path ends in .php, .aspx
// ..., or in a story word) also ?id=123 and keys ending in id, no or nr.
func queryArticle(q string, script bool) bool {
	for q != "" {
		var k, v string
		k, v, q = nextParam(q)
		if v == "" && hasPrefixFold(k, "article") && len(k) > 7 && allDigits(k[7:]) {
			return true
		}
		if k == "" || isWord(k, queryPageKeys) {
			continue
		}
		digits := 0
		for j := 0; j < len(v); j++ {
			if '0' <= v[j] && v[j] <= '9' {
				digits++
			}
		}
		if digits < 3 {
			continue
		}
		if isWord(k, queryArticleKeys) || indexFold(k, "article") >= 0 || indexFold(k, "story") >= 0 ||
			indexFold(k, "news") >= 0 || indexFold(k, "docid") >= 0 || indexFold(k, "documentid") >= 0 {
			return true
		}
		if script && (strings.EqualFold(k, "p") || hasSuffixFold(k, "id") || hasSuffixFold(k, "no") || hasSuffixFold(k, "nr")) {
			return true
		}
	}
	return false
}

func allDigits(s string) bool {
	if s == "" || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isConj reports whether w is one of conjWords, without a map lookup.
func isConj(w string) bool {
	if len(w) > 3 {
		return false
	}
	var buf [3]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:len(w)]) {
	case "and", "und", "et", "y", "e", "en", "och", "og", "i", "n":
		return true
	}
	return false
}
