package discover

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// corpusDir is the evaluation corpus's pages folder, named by SCOOP_CORPUS
// (e.g. ../shared/corpus/pages); the corpus test skips without it.
var corpusDir = os.Getenv("SCOOP_CORPUS")

func TestClassifyURL(t *testing.T) {
	t.Parallel()
	tests := []struct {
		url  string
		want Kind
	}{
		// Articles: dated paths with a slug.
		{"https://www.nytimes.com/2026/05/16/us/politics/white-house-ballroom-senate.html", Article},
		{"https://www.theguardian.com/education/2020/jan/20/thousands-of-uk-academics-treated-as-second-class-citizens", Article},
		{"https://www.zeit.de/news/2023-04/28/nach-massenschlaegerei-real-star-llull-entschuldigt-sich", Article},
		{"https://elpais.com/internacional/2024-10-15/bruselas-sondea-la-apertura-de-centros-de-deportacion.html", Article},
		{"https://www.cnbc.com/2019/03/18/heres-how-cybersecurity-vendors-drive-the-hacking-news-cycle.html", Article},
		{"https://www.thegatewaypundit.com/2026/07/as-protests-grow-dismissal-defense-minister-fedorov-zelensky/", Article},
		{"https://correctiv.org/hybride-kriegsfuehrung/2026/05/21/von-muenchen-bis-aachen-im-netz-der-china-agenten/", Article},
		{"https://www.rbb24.de/kultur/beitrag/2024/04/theater-hotel-lunik-eisenhuettenstadt-premiere.html", Article},
		{"https://www.zeit.de/sport/2023-03/fc-bayern-borussia-dortmund-bundesliga", Article},
		{"https://anarc.at/blog/2020-10-18-cdpath-replacement/", Article},
		{"https://www.she-works.de/aktuelles/5-inspirierende-frauen-aus-der-sportwelt/2022/12/29/", Article},
		// Articles: numeric ids.
		{"https://orf.at/stories/3376705/", Article},
		{"https://www.nzz.ch/international/israel-und-gaza-news-ld.1759794", Article},
		{"https://www.sueddeutsche.de/muenchen/ranking-fahrradfreundlichkeit-kolumne-1.5827206", Article},
		{"https://www.faz.net/aktuell/politik/ausland/die-schweiz-ist-ein-grosser-tummelplatz-19655247.html", Article},
		{"https://www.n-tv.de/politik/Trump-spricht-nach-Tanker-Stuermung-ueber-Bodeneinsaetze-id30134161.html", Article},
		{"https://www.abendblatt.de/politik/article408587681/annalena-baerbock-un-job.html", Article},
		{"https://www.t-online.de/nachrichten/ausland/id_101072480/russlands-schattenflotte.html", Article},
		{"https://rp-online.de/nrw/landespolitik/kuenstliche-intelligenz-in-der-schule_aid-107992075", Article},
		{"https://www.nieuwsblad.be/cnt/dmf20250202_96887132", Article},
		{"https://taz.de/Entwurf-des-Selbstbestimmungsgesetzes/!5928990/", Article},
		{"https://www.derstandard.at/story/3000000218734/nach-kalifat-rufen-in-hamburg", Article},
		{"https://japannews.yomiuri.co.jp/politics/politics-government/20241013-216478/", Article},
		{"https://yle.fi/uutiset/3-11212601", Article},
		{"http://www.afpbb.com/articles/-/3178894", Article},
		{"https://news.ltn.com.tw/news/business/breakingnews/3119452", Article},
		{"https://www.spiegel.de/spiegel/print/d-161500790.html", Article},
		{"https://example.com/a-123456.html", Article},
		{"https://bloghaus.hypotheses.org/2320", Article},
		// Articles: hash ids and story words.
		{"https://www.br.de/nachrichten/bayern/evangelische-kirche-will-missbrauch-aufarbeiten,UAf9GNd", Article},
		{"https://www.sueddeutsche.de/sport/berlin-marathon-hendel-lux.GoPAarjxoHNezv1hVvgdhr", Article},
		{"https://www.bbc.com/news/articles/clymn8zyrp9o", Article},
		{"https://www.spiegel.de/wirtschaft/silicon-valley-bank-a-60a0111a-c2d2-46c8-9e93-b16a374e6ba8", Article},
		{"https://www.hindustantimes.com/india-news/odisha-artist/story-zMoh0EOYcRzfnhXu6NBPnM.html", Article},
		{"https://strangemachines.io/articles/performant-python", Article},
		// Articles: slugs.
		{"https://harpers.org/a-letter-on-justice-and-open-debate/", Article},
		{"https://www.tomshardware.com/tech-industry/nvidia-ceo-jensen-huang-debuts-new-leather-jacket", Article},
		{"https://www.freitag.de/autoren/lennart-laberenz/ehrengast-der-frankfurter-buchmesse-was-lesen", Article},
		{"https://www.kicker.de/interimstrainer-schubert-nicht-mehr-viel-zu-verlieren-1019241/artikel", Article},
		{"https://ottawacitizen.com/public-service/ircc-gave-up-office-space", Article},
		{"https://elavegan.com/peanut-butter-truffles/", Article},
		{"https://www.lemonde.fr/international/article/2024/05/03/guerre-en-ukraine_6231234_3210.html", Article},
		{"https://www.ilmattino.it/primopiano/sanita/isolamento_gli_urologi_uomini_la_pigrizia-5180477.html", Article},
		{"https://arabic.sputniknews.com/arab_world/%D9%85%D8%B5%D8%B1-%D8%AA%D8%B3%D8%AC%D9%84-30-%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9/", Article},
		// Articles: query ids.
		{"https://example.com/?p=12345", Article},
		{"http://sports.espn.go.com/espn/commentary/news/story?id=5461430", Article},
		{"http://www.loldf.org/spip.php?article717", Article},
		{"https://www.sonnenenergie.de/index.php?id=30&tx_ttnews%5Btt_news%5D=477", Article},
		{"http://www.tulsaworld.com/site/articlepath.aspx?articleid=20111118_61_A16_Opposi344152", Article},
		// Multi-page article keeps its kind.
		{"https://www.example.com/2024/05/03/long-story-in-pages/?page=2", Article},

		// Hubs: home and sections.
		{"https://www.spiegel.de/", Hub},
		{"https://www.spiegel.de", Hub},
		{"https://www.faz.net/aktuell/politik/", Hub},
		{"https://www.abendblatt.de/hamburg/harburg/", Hub},
		{"https://www.theglobeandmail.com/real-estate/", Hub},
		{"https://www.seattletimes.com/nation-world/", Hub},
		{"https://www.zeit.de/gesellschaft/index", Hub},
		{"https://www.ndr.de/nachrichten/index.html", Hub},
		{"https://www.kicker.de/3-liga/startseite", Hub},
		{"https://www.faz.net/aktuell/feuilleton/buehne-und-konzert/", Hub},
		// Hubs: tags, topics, authors, categories.
		{"https://www.theguardian.com/profile/jane-doe", Hub},
		{"https://www.faz.net/aktuell/politik/thema/ukraine", Hub},
		{"https://www.n-tv.de/thema/frage-antwort", Hub},
		{"https://www.tagesanzeiger.ch/tags/67663/schusslers-digitale-lebenshilfe", Hub},
		{"https://www.gamestar.de/thema/duy-linh-dinh,145046_58/", Hub},
		{"https://www.lemonde.fr/signataires/jean-dupont/", Hub},
		{"https://www.liberation.fr/auteur/jean-dupont/", Hub},
		{"https://elpais.com/autor/maria-garcia/", Hub},
		{"https://www.example.com/author/john-smith/", Hub},
		{"https://www.example.com/category/politics/europe/", Hub},
		{"https://www.example.com/tag/climate-change/", Hub},
		{"https://www.corriere.it/argomenti/elezioni", Hub},
		{"https://www.lesoir.be/rubrique/sports", Hub},
		{"https://www.sueddeutsche.de/thema/Klimawandel", Hub},
		{"https://www.welt.de/themen/bundestagswahl/", Hub},
		{"https://www.nu.nl/onderwerpen/verkiezingen", Hub},
		// Hubs: pagination, archives, search.
		{"https://www.example.com/politik/page/2/", Hub},
		{"https://www.example.com/politik/seite-3", Hub},
		{"https://www.example.com/news/?page=3", Hub},
		{"https://www.example.com/2024/05/", Hub},
		{"https://www.example.com/2024/05/03/", Hub},
		{"https://www.example.com/archiv/2024/", Hub},
		{"https://unexpecteduser.blogspot.de/2011/", Hub},
		{"https://www.example.com/search?q=klima", Hub},
		{"https://www.example.com/suche/?query=wahl", Hub},
		{"https://www.example.com/?s=ukraine", Hub},
		{"https://www.example.com/videos/", Hub},

		// Assets and feeds.
		{"https://img.example.com/2024/05/03/photo-of-the-day-123456.jpg", Asset},
		{"https://www.example.com/static/app.min.js?v=3", Asset},
		{"https://www.example.com/styles/main.CSS", Asset},
		{"https://www.example.com/docs/annual-report-2023.pdf", Asset},
		{"https://www.example.com/wp-content/uploads/2024/05/some-image-name", Asset},
		{"https://www.example.com/media/clip.mp4", Asset},
		{"https://www.example.com/fonts/x.woff2", Asset},
		{"https://www.example.com/feed/", Feed},
		{"https://www.example.com/politik/rss", Feed},
		{"https://www.faz.net/rss/aktuell/wirtschaft/", Feed},
		{"https://www.example.com/sitemap-news.xml", Feed},
		{"https://www.example.com/sitemaps/2024-05.xml.gz", Feed},
		{"https://www.example.com/atom.xml", Feed},

		// Unknown.
		{"mailto:redaktion@example.com", Unknown},
		{"https://www.example.com/impressum.html", Unknown},
		{"https://www.arbeitsagentur.de/news/arbeitsmarkt-2022", Unknown},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want.String(), ClassifyURL(tt.url).String())
		})
	}
}

func TestKindString(t *testing.T) {
	t.Parallel()
	assert.Equal(t, []string{"unknown", "article", "hub", "asset", "feed", "unknown"},
		[]string{Unknown.String(), Article.String(), Hub.String(), Asset.String(), Feed.String(), Kind(42).String()})
}

// TestCorpusClassify classifies the URLs of the corpus pages, which are
// all articles, and requires that nearly all come out as Article. Most
// misses are two-word slugs on small sites (/fische-schmerzen/), which
// look like section fronts.
func TestCorpusClassify(t *testing.T) {
	t.Parallel()
	if corpusDir == "" {
		t.Skip("set SCOOP_CORPUS to the corpus pages folder")
	}
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*", "gold.json"))
	if len(files) == 0 {
		t.Skip("corpus not available")
	}
	counts := map[Kind]int{}
	total := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		var gold struct {
			URL string `json:"url"`
		}
		require.NoError(t, json.Unmarshal(b, &gold), f)
		if gold.URL == "" {
			continue
		}
		total++
		counts[ClassifyURL(gold.URL)]++
	}
	require.Positive(t, total)
	share := float64(counts[Article]) / float64(total)
	t.Logf("%d corpus URLs: article %d (%.1f%%), hub %d, unknown %d, asset %d, feed %d",
		total, counts[Article], 100*share, counts[Hub], counts[Unknown], counts[Asset], counts[Feed])
	assert.GreaterOrEqual(t, share, 0.90)
	assert.Zero(t, counts[Asset]+counts[Feed])
}
