package discover

// Word tables of ClassifyURL. Keys are lower case; lookups fold ASCII
// case. None of them is ever mutated.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// listWords name pages that list the stories of one tag, topic, author,
// category or section, in English, German, French, Spanish, Portuguese,
// Italian, Dutch, Scandinavian languages and Polish. Followed by a name
// (/tag/climate, /autor/max-muster) they make a Hub.
var listWords = set(
	"tag", "tags", "topic", "topics", "thema", "themen", "theme", "themes",
	"author", "authors", "autor", "autoren", "autores", "autore", "autori",
	"auteur", "auteurs", "autorzy", "forfatter", "skribent", "writer",
	"writers", "contributor", "contributors", "columnist", "columnists",
	"journalist", "journalists", "journaliste", "journalistes", "staff",
	"people", "person", "personen", "profile", "profiles", "byline",
	"category", "categories", "categoria", "categorias", "categorie",
	"kategorie", "kategorien", "kategoria", "section", "sections", "rubrik",
	"rubriken", "rubrique", "rubriques", "ressort", "seccion", "secciones",
	"sezione", "sujet", "sujets", "tema", "temas", "temat", "tematy",
	"etiqueta", "etiquetas", "schlagwort", "schlagworte", "stichwort",
	"stichworte", "keyword", "keywords", "label", "labels", "argomento",
	"argomenti", "onderwerp", "onderwerpen", "trefwoord", "emne", "serie",
	"series", "dossier", "dossiers", "hashtag", "channel", "mot-cle",
	"mots-cles", "tagi", "tag-archive", "topic-archive",
)

// searchWords name search pages.
var searchWords = set(
	"search", "suche", "recherche", "buscar", "busca", "busqueda",
	"ricerca", "cerca", "zoeken", "sok", "szukaj", "poisk", "arama",
	"searchresults", "search-results", "suchergebnisse",
)

// pageWords name pagination: /page/2, /seite/3, page-2.
var pageWords = set(
	"page", "pages", "seite", "pagina", "paged", "strona", "side", "sida",
	"pag", "pg", "sivu", "stranica",
)

// hubWords name section fronts and collections when they end a path.
var hubWords = set(
	"archive", "archives", "archiv", "archivio", "archivo", "arquivo",
	"archief", "news", "nachrichten", "noticias", "noticia", "actualites",
	"actualite", "actualidad", "notizie", "nieuws", "nyheter", "latest",
	"neueste", "aktuell", "aktuelles", "home", "index", "video", "videos",
	"gallery", "galleries", "galerie", "fotos", "photos", "bilder",
	"podcast", "podcasts", "live", "most-popular", "most-read", "trending",
	"popular", "meistgelesen", "newsletter", "newsletters", "sitemap",
	"opinion", "meinung", "sport", "sports", "startseite", "uebersicht", "overview", "politik", "politics",
	"business", "wirtschaft", "kultur", "culture", "world", "welt",
)

// feedWords name feeds when they are the last segment: /feed/, /rss.
var feedWords = set("feed", "feeds", "rss", "rss2", "atom", "rdf", "sitemap.xml")

// assetDirs are first path segments under which no page lives.
var assetDirs = set("wp-content", "wp-includes", "wp-json", "wp-admin", "cdn-cgi", "xmlrpc.php")

// monthWords are English month names and abbreviations in paths
// (/2020/jan/20/ at the Guardian).
var monthWords = set(
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec", "january", "february", "march", "april", "june",
	"july", "august", "september", "october", "november", "december",
)

// queryHubKeys make a Hub whatever their value: search, tag, category.
var queryHubKeys = set(
	"s", "q", "query", "search", "searchterm", "search_query", "keyword",
	"keywords", "suche", "tag", "category", "cat", "topic", "author",
)

// queryPageKeys make a Hub with a number: ?page=3.
var queryPageKeys = set(
	"page", "paged", "pg", "pagina", "seite", "pagenum", "pageno",
	"page_no", "start", "offset",
)

// queryArticleKeys carry an article id: ?articleid=1234.
var queryArticleKeys = set(
	"articleid", "article_id", "article", "storyid", "story_id", "story",
	"newsid", "news_id", "nid", "contentid", "content_id", "docid", "postid",
	"post_id", "artikelid", "itemid", "item_id", "guid", "objectid",
)

// extKinds maps a lower-case file extension to what it is: 'a' asset,
// 'f' feed or sitemap, 'p' page (a script or static HTML page).
var extKinds = map[string]byte{
	// images
	"jpg": 'a', "jpeg": 'a', "png": 'a', "gif": 'a', "webp": 'a', "avif": 'a',
	"svg": 'a', "ico": 'a', "bmp": 'a', "tif": 'a', "tiff": 'a', "heic": 'a',
	// styles, scripts, data
	"css": 'a', "js": 'a', "mjs": 'a', "map": 'a', "json": 'a', "wasm": 'a',
	// documents
	"pdf": 'a', "doc": 'a', "docx": 'a', "xls": 'a', "xlsx": 'a', "ppt": 'a',
	"pptx": 'a', "odt": 'a', "ods": 'a', "rtf": 'a', "txt": 'a', "csv": 'a',
	"epub": 'a',
	// audio and video
	"mp3": 'a', "mp4": 'a', "m4a": 'a', "m4v": 'a', "webm": 'a', "ogg": 'a',
	"ogv": 'a', "wav": 'a', "flac": 'a', "aac": 'a', "mov": 'a', "avi": 'a',
	"wmv": 'a', "flv": 'a', "mkv": 'a', "m3u8": 'a', "ts": 'a', "mpd": 'a',
	// fonts, archives, binaries
	"woff": 'a', "woff2": 'a', "ttf": 'a', "otf": 'a', "eot": 'a',
	"zip": 'a', "gz": 'a', "tgz": 'a', "rar": 'a', "7z": 'a', "tar": 'a',
	"exe": 'a', "dmg": 'a', "apk": 'a', "msi": 'a', "bin": 'a', "iso": 'a',
	// feeds and sitemaps
	"rss": 'f', "atom": 'f', "xml": 'f', "rdf": 'f',
	// pages
	"html": 'p', "htm": 'p', "shtml": 'p', "xhtml": 'p', "ghtml": 'p',
	"php": 'p', "php3": 'p', "asp": 'p', "aspx": 'p', "jsp": 'p', "cfm": 'p',
	"cms": 'p', "cgi": 'p', "pl": 'p', "do": 'p', "phtml": 'p', "amp": 'p',
}

func knownExt(ext string) bool {
	var buf [8]byte
	if len(ext) > len(buf) {
		return false
	}
	for i := 0; i < len(ext); i++ {
		c := ext[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	_, ok := extKinds[string(buf[:len(ext)])]
	return ok
}

func assetExt(ext string) bool { return ext != "" && extKinds[ext] == 'a' }
func feedExt(ext string) bool  { return ext != "" && extKinds[ext] == 'f' }
func pageExt(ext string) bool  { return ext != "" && extKinds[ext] == 'p' }

// storyWords are segments after which a short id names one story
// (/articles/clymn8zyrp9o, /archives/2562 at WordPress, /detail/id/718).
var storyWords = set(
	"article", "articles", "artikel", "story", "stories", "post", "posts",
	"archives", "nachricht", "beitrag", "detail", "details", "id", "a", "p",
	"s", "nota", "noticia", "materia", "meldung", "news", "doc", "item",
	"entry", "view", "show", "read", "lesen", "content", "cnt", "status",
	"storypage", "showarticle", "newsdetail",
)

// postWords are segments after which a slug of two words or more names
// one story (/articles/performant-python, /blog/frag-jetzt).
var postWords = set(
	"article", "articles", "artikel", "story", "stories", "post", "posts",
	"beitrag", "beitraege", "nachricht", "meldung", "meldungen", "blog",
	"blogs", "notizie", "noticia", "nota", "materia", "artigo", "articulo",
)

// Bits of wordClass.
const (
	wList uint16 = 1 << iota
	wSearch
	wPage
	wHub
	wFeed
	wAssetDir
	wStory
	wPost
)

// segmentWords maps a lower-case path segment to the word tables that hold
// it, so that ClassifyURL looks each segment up once.
var segmentWords = func() map[string]uint16 {
	m := map[string]uint16{}
	for _, t := range []struct {
		set map[string]bool
		bit uint16
	}{
		{listWords, wList}, {searchWords, wSearch}, {pageWords, wPage}, {hubWords, wHub},
		{feedWords, wFeed}, {assetDirs, wAssetDir}, {storyWords, wStory}, {postWords, wPost},
	} {
		for w := range t.set {
			m[w] |= t.bit
		}
	}
	return m
}()

// wordClass returns the word-table bits of segment s (ASCII case folded).
func wordClass(s string) uint16 {
	if len(s) > 32 || s == "" {
		return 0
	}
	var buf [32]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return segmentWords[string(buf[:len(s)])]
}
