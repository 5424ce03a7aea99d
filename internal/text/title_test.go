package text

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// titleTests are real <title>s from news pages with the page's
// og:site_name and host, plus synthetic cases for each documented form.
var titleTests = []struct {
	title string
	sites []string
	want  string
}{
	// The forms named in the documentation.
	{"Harbour tunnel reopens after three weeks of repairs – The Meridian Post", nil, "Harbour tunnel reopens after three weeks of repairs"},
	{"Harbour tunnel reopens after three weeks of repairs – The Meridian Post", []string{"The Meridian Post"}, "Harbour tunnel reopens after three weeks of repairs"},
	{"Ledger Daily | City council approves new budget for schools", nil, "City council approves new budget for schools"},
	// A place and a dateline are not a date range.
	{"Shooting reported in Ward 7 - May 5, 2024 - Valley News", []string{"Valley News"}, "Shooting reported in Ward 7"},
	// A site name after a colon may carry "online".
	{"Harbour tunnel reopens: Valley News online", []string{"Valley News"}, "Harbour tunnel reopens"},
	// A box-drawing bar stands for a pipe, spaced or not.
	{"Produkttester werden: gratis testen & bewerten │ Nestlé Marktplatz", nil, "Produkttester werden: gratis testen & bewerten"},
	{"Produkttester werden & gratis testen│Nestlé Marktplatz", []string{"Nestlé Marktplatz"}, "Produkttester werden & gratis testen"},
	{"City council approves new budget for schools | Ledger Daily", []string{"ledgerdaily.com"}, "City council approves new budget for schools"},
	{"台風10号、九州に上陸へ\u3000交通機関に影響 - 毎日新聞", nil, "台風10号、九州に上陸へ 交通機関に影響"},
	{"Germany and France agree on new energy pact | DW | 28.04.2023", []string{"DW", "www.dw.com"}, "Germany and France agree on new energy pact"},
	{"Germany and France agree on new energy pact | DW | 28.04.2023", nil, "Germany and France agree on new energy pact"},
	{"Rust 1.80 released with new features :: Phoronix", []string{"Phoronix"}, "Rust 1.80 released with new features"},
	{"Meridian Post: Harbour tunnel reopens after three weeks of repairs", []string{"The Meridian Post"}, "Harbour tunnel reopens after three weeks of repairs"},
	{"Climate: Harbour tunnel reopens after three weeks of repairs", []string{"The Meridian Post"}, "Climate: Harbour tunnel reopens after three weeks of repairs"},
	{"Harbour tunnel reopens after three weeks of repairs « Meridian Post", []string{"Meridian Post"}, "Harbour tunnel reopens after three weeks of repairs"},
	{"Harbour tunnel reopens after three weeks of repairs » Meridian Post", []string{"Meridian Post"}, "Harbour tunnel reopens after three weeks of repairs"},
	{"Star Wars - The Last Jedi", nil, "Star Wars - The Last Jedi"},
	{"Rückschlag im Titelkampf - Liverpool verliert bei Everton", nil, "Rückschlag im Titelkampf - Liverpool verliert bei Everton"},
	{"Quanta Magazine", []string{"Quanta Magazine"}, "Quanta Magazine"},
	{"• PepTalks", []string{"PepTalks"}, "PepTalks"},
	{"SW082 – 82 Gründe zum weiter hören |", nil, "SW082 – 82 Gründe zum weiter hören"},
	{"  \u00a0 ", nil, ""},

	// Real titles: site names matched loosely, with sections and dates.
	{"Nach Kalifat-Rufen in Hamburg: Sind wir zu sanft zu Islamisten? - Panorama - derStandard.at › Panorama", []string{"DER STANDARD", "www.derstandard.at"}, "Nach Kalifat-Rufen in Hamburg: Sind wir zu sanft zu Islamisten?"},
	{"Nach Gaetz-Rückzug: Trump-Anwältin soll Justizministerin werden - news.ORF.at", []string{"news.ORF.at", "news.orf.at"}, "Nach Gaetz-Rückzug: Trump-Anwältin soll Justizministerin werden"},
	{"Ex-Ministerin Raab neue Chefin von Migrations-Thinktank | SN.at", []string{"Salzburger Nachrichten", "www.sn.at"}, "Ex-Ministerin Raab neue Chefin von Migrations-Thinktank"},
	{"Socialist critic of NATO and EU poised to win Ireland’s presidency – POLITICO", []string{"POLITICO", "www.politico.eu"}, "Socialist critic of NATO and EU poised to win Ireland’s presidency"},
	{"Business Brief: Nvidia’s into nation building. We cool with that? - The Globe and Mail", []string{"The Globe and Mail", "www.theglobeandmail.com"}, "Business Brief: Nvidia’s into nation building. We cool with that?"},
	{"Ehrengast der Frankfurter Buchmesse: Was lesen die Philippinen? — der Freitag", []string{"www.freitag.de"}, "Ehrengast der Frankfurter Buchmesse: Was lesen die Philippinen?"},
	{"Feuerwehrleute sollen später in Pension - Landespolitik - Nachrichten - WDR", []string{"www1.wdr.de"}, "Feuerwehrleute sollen später in Pension"},
	{"Berlin-Marathon: Sebastian Hendel im Porträt - Sport - SZ.de", []string{"Süddeutsche.de", "www.sueddeutsche.de"}, "Berlin-Marathon: Sebastian Hendel im Porträt"},
	{"Rückschlag im Titelkampf - Liverpool verliert bei Everton | sportschau.de", []string{"sportschau.de", "www.sportschau.de"}, "Rückschlag im Titelkampf - Liverpool verliert bei Everton"},
	{"Bruselas sondea la apertura de centros de deportación fuera de la Unión Europea | Internacional | EL PAÍS", []string{"El País", "elpais.com"}, "Bruselas sondea la apertura de centros de deportación fuera de la Unión Europea"},
	{"Bennett: „Ich bin nicht PM Netanyahus punching Ball“ | Israel Nachrichten – Chadashoth Israel – חדשות ישראל", []string{"Israel Nachrichten – Chadashoth Israel – חדשות ישראל", "www.israel-nachrichten.org"}, "Bennett: „Ich bin nicht PM Netanyahus punching Ball“"},
	{"Povilas Aleksandravičius. Kodėl Judas išdavė Jėzų? - LRT", []string{"lrt.lt", "www.lrt.lt"}, "Povilas Aleksandravičius. Kodėl Judas išdavė Jėzų?"},
	{"Tite diz que errou ao levar taça da Libertadores a Lula em 2012 - 21/12/2018 - Esporte - Folha", []string{"Folha de S.Paulo", "www1.folha.uol.com.br"}, "Tite diz que errou ao levar taça da Libertadores a Lula em 2012"},
	{"Kashmir issue: China snubs Imran Khan, says resolve Jammu and Kashmir bilaterally | India News - Times of India", []string{"timesofindia.indiatimes.com"}, "Kashmir issue: China snubs Imran Khan, says resolve Jammu and Kashmir bilaterally"},
	{"Prince Harry and Meghan LIVE: Couple 'won't recover' | Royal | News | Express.co.uk", []string{"Express.co.uk", "www.express.co.uk"}, "Prince Harry and Meghan LIVE: Couple 'won't recover'"},
	{"King's speech summary: Five key policies announced in state opening | Politics News | Metro News", []string{"Metro", "metro.co.uk"}, "King's speech summary: Five key policies announced in state opening"},
	{"Hillary Clinton: Putin's Alleged Involvement in Democratic Hack Stems From 'Personal Beef' - ABC News", []string{"abcnews.go.com"}, "Hillary Clinton: Putin's Alleged Involvement in Democratic Hack Stems From 'Personal Beef'"},
	{"Your comfy-chic holiday outfit, illustrated - HelloGigglesHelloGiggles", []string{"HelloGiggles", "hellogiggles.com"}, "Your comfy-chic holiday outfit, illustrated"},
	{"ElixirConf 2016 - Keynote by José Valim - YouTube", []string{"YouTube", "www.youtube.com"}, "ElixirConf 2016 - Keynote by José Valim"},
	{"Minecraft 1.8 - The Bountiful Update - Minecraft 1.8 - The Bountiful Update - Minecraft Update News", []string{"Minecraft Update News"}, "Minecraft 1.8 - The Bountiful Update"},
	{"The 'birth lottery' and economic mobility - Feb. 1, 2016", []string{"CNNMoney", "money.cnn.com"}, "The 'birth lottery' and economic mobility"},
	{"Raspberry Pi 3 - The credit card sized PC that cost only $35 - All-time bestselling computer in UK - SimplyFound", []string{"SIMPLYFOUND.COM | BY: JOE WEE"}, "Raspberry Pi 3 - The credit card sized PC that cost only $35 - All-time bestselling computer in UK"},
	{"Helter Shelter: NYC's Fallout Shelters Basically Don't Exist Anymore - Gothamist", []string{"gothamist.com"}, "Helter Shelter: NYC's Fallout Shelters Basically Don't Exist Anymore"},
	{"United States to Lift Sudan Sanctions - The New York Times", nil, "United States to Lift Sudan Sanctions"},
	{"New Zealand - Wikipedia", nil, "New Zealand"},
	{"Sazerac - alles über den Cocktail-Klassiker aus New Orleans - watson", []string{"watson.ch", "www.watson.ch"}, "Sazerac - alles über den Cocktail-Klassiker aus New Orleans"},
	{"Ladensterben immer dramatischer » ☆☆☆☆☆ - Journalistenwatch e.V. - Aktuelle Geschehnisse", []string{"☆☆☆☆☆ - Journalistenwatch e.V. - Aktuelle Geschehnisse", "journalistenwatch.com"}, "Ladensterben immer dramatischer"},
	{"Laufen im Winter: Von „bäh!“ zu „yeah!“ in 12 Monaten. › Nordish by Nature", []string{"www.heiko-adams.de"}, "Laufen im Winter: Von „bäh!“ zu „yeah!“ in 12 Monaten."},
	{"How To Scrape Google With Python - By linksc", []string{"hackernoon.com"}, "How To Scrape Google With Python"},
	{"Three Ways to Be the Thermostat — Postlight — Digital Strategy, Design and Engineering", []string{"postlight.com"}, "Three Ways to Be the Thermostat"},
	{"Detroit’s Mezcal restaurant goes beyond familiar Mexican fare | Restaurant reviews | Detroit | Detroit Metro Times", []string{"Detroit Metro Times", "www.metrotimes.com"}, "Detroit’s Mezcal restaurant goes beyond familiar Mexican fare"},
	{"Heulage: Besser als ihr Ruf? - fuetterung - ausbildung-und-praxis - Reiterrevue International", []string{"Reiterrevue", "www.reiterrevue.de"}, "Heulage: Besser als ihr Ruf?"},
	{"Items We Never Knew We Wanted : The Perspective", []string{"ext.theperspective.com"}, "Items We Never Knew We Wanted"},
	{"Zuschauerrückkehr bei den Proficlubs der Region | HVW - Handballverband Württemberg e.V.", []string{"www.hvw-online.org"}, "Zuschauerrückkehr bei den Proficlubs der Region"},
	{"Norddeutschland findet seine Meister - Berliner Leichtathletik Verband e.V.", []string{"www.leichtathletik-berlin.de"}, "Norddeutschland findet seine Meister"},
	{"« Les privatisations sont au profit d'intérêts privés » - Attac France", []string{"Attac France", "france.attac.org"}, "« Les privatisations sont au profit d'intérêts privés »"},
	{"»Abzocke wird als Klimaschutz verkauft« - Fraktion DIE LINKE. im Bundestag", []string{"Fraktion DIE LINKE. im Bundestag"}, "»Abzocke wird als Klimaschutz verkauft«"},
	{"Netzpolitik als US-Wahlkampfthema - Netz Für Alle Netz Für Alle", []string{"Netz Für Alle", "netzfueralle.blog.rosalux.de"}, "Netzpolitik als US-Wahlkampfthema"},
	{"Hund vertreibt Einbrecher – Zeugenaufruf – Hildesheimer Presse", []string{"hildesheimer-presse.de"}, "Hund vertreibt Einbrecher – Zeugenaufruf"},
	{"Neue Hochzeitslokation in Rödermark/ Hessen – Geheimtipp - rent-a-pastor.com", []string{"rent-a-pastor.com"}, "Neue Hochzeitslokation in Rödermark/ Hessen – Geheimtipp"},

	// Site name or organisation at the start.
	{"BfS - Pressemitteilungen - Radon im Boden: Neue Karte gibt Orientierung", []string{"Bundesamt für Strahlenschutz", "www.bfs.de"}, "Radon im Boden: Neue Karte gibt Orientierung"},
	{"Zoll online - Fachmeldungen - Verkündung des Tabaksteuermodernisierungsgesetzes", []string{"www.zoll.de"}, "Verkündung des Tabaksteuermodernisierungsgesetzes"},
	{"Silicon Exposed: Open Verilog flow for Silego GreenPak4 programmable logic devices", []string{"Silicon Exposed", "siliconexposed.blogspot.com"}, "Open Verilog flow for Silego GreenPak4 programmable logic devices"},
	{"Deutscher Verband Flüssiggas e.V. - An oder aus? So heizen Sie während des Weihnachtsurlaubs effizient", []string{"www.dvfg.de"}, "An oder aus? So heizen Sie während des Weihnachtsurlaubs effizient"},
	{"Lina Morgana on Twitter: \"Now before you write me off as bias I'm going to start out with one of my all time favorites.\"", []string{"Twitter", "twitter.com"}, "Lina Morgana on Twitter: \"Now before you write me off as bias I'm going to start out with one of my all time favorites.\""},
	{"Best of Houzz 2022: Das sind die beliebtesten Projekte auf Houzz", []string{"Houzz", "www.houzz.de"}, "Best of Houzz 2022: Das sind die beliebtesten Projekte auf Houzz"},
	{"Welpen kaufen – Tipps zu jeder Hunderasse | Welpenkaufen24", []string{"Welpen"}, "Welpen kaufen – Tipps zu jeder Hunderasse"},

	// A colon separates only a known site name.
	{"Der historische Purzelbaum (2021/5): alacarte", []string{"alacarte", "www.alacarte.at"}, "Der historische Purzelbaum (2021/5)"},
	{"Reparaturcafé am 31. Januar: Stadt Ahlen", []string{"Stadt Ahlen", "www.ahlen.de"}, "Reparaturcafé am 31. Januar"},

	// CJK titles: full-width colons, unspaced dashes and underscores.
	{"宮崎県で震度5弱、高知と宮崎に1メートルの津波注意報 気象庁：朝日新聞デジタル", []string{"朝日新聞デジタル", "www.asahi.com"}, "宮崎県で震度5弱、高知と宮崎に1メートルの津波注意報 気象庁"},
	{"メディア芸術祭賞、「チコちゃんに叱られる！」が受賞：朝日新聞デジタル", []string{"www.asahi.com"}, "メディア芸術祭賞、「チコちゃんに叱られる！」が受賞"},
	{"韓国が戒厳令、尹錫悦大統領「野党が反国家行為」…「従北勢力を清算」 : 読売新聞", []string{"読売新聞オンライン", "www.yomiuri.co.jp"}, "韓国が戒厳令、尹錫悦大統領「野党が反国家行為」…「従北勢力を清算」"},
	{"バルセロナ、マンＵに先勝…ＣＬ準々決勝第１戦 : スポーツ : 読売新聞オンライン", []string{"www.yomiuri.co.jp"}, "バルセロナ、マンＵに先勝…ＣＬ準々決勝第１戦"},
	{"‘흙수저’ 소년공이 쏘아올린 정치 신화 - 매일경제", []string{"매일경제", "www.mk.co.kr"}, "‘흙수저’ 소년공이 쏘아올린 정치 신화"},
	{"这个约会软件，想用你和对方的相似好恶来帮你找对象_智能_好奇心日报", []string{"www.qdaily.com"}, "这个约会软件，想用你和对方的相似好恶来帮你找对象"},
	{"益阳：“数字”是优长-半月谈", []string{"www.banyuetan.org"}, "益阳：“数字”是优长"},
	{"Suicaでガシャれる。電子マネー対応ガシャポンが稼働開始 | ギズモード・ジャパン", []string{"www.gizmodo.jp"}, "Suicaでガシャれる。電子マネー対応ガシャポンが稼働開始"},
	{"Raspberry Pi競合--Ubuntuが動く「UP Core」を見る - ZDNet Japan", []string{"japan.zdnet.com"}, "Raspberry Pi競合--Ubuntuが動く「UP Core」を見る"},
	{"Intel NUCで最新SSDを比較してみた：さらば平成、さらば水冷、いくぜNUC（1/2 ページ） - ITmedia PC USER", []string{"www.itmedia.co.jp"}, "Intel NUCで最新SSDを比較してみた：さらば平成、さらば水冷、いくぜNUC（1/2 ページ）"},
	// Before a dash a name of four words may hold the host's label.
	{"EFC Bayrische Bembel Regensburg - Eintracht Frankfurt stellt Weichen für die Zukunft - Eintracht Presse - News", []string{"www.bayrische-bembel.de"}, "Eintracht Frankfurt stellt Weichen für die Zukunft"},
	// A date after a day number closes a range; a date after a headline
	// ending in a year is still a dateline.
	{"Wochenbericht 14. - 20. Januar 2022 - SLF", []string{"www.slf.ch"}, "Wochenbericht 14. - 20. Januar 2022"},
	{"Tite diz que errou ao levar taça da Libertadores a Lula em 2012 - 21/12/2018 - Esporte - Folha", []string{"www1.folha.uol.com.br"}, "Tite diz que errou ao levar taça da Libertadores a Lula em 2012"},
	// After a colon a phrase that starts with the site's name is the
	// headline (Blogger's "Blog name: Post title"); a name still goes.
	{"privacy policy: SibenLab privacy policy", []string{"sibenlab.blogspot.com"}, "privacy policy: SibenLab privacy policy"},
	{"Harbour tunnel reopens after repairs: Meridian Post Online", []string{"meridianpost.com"}, "Harbour tunnel reopens after repairs"},
}

func TestCleanTitle(t *testing.T) {
	t.Parallel()
	for _, tt := range titleTests {
		t.Run(tt.title, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, CleanTitle(tt.title, tt.sites...))
		})
	}
}

func TestCleanTitleNeverEmpty(t *testing.T) {
	t.Parallel()
	for _, title := range []string{"Reuters", "- Reuters -", "| 28.04.2023 |", "Home | Site", "Site | Home", "The New York Times", "::", "·"} {
		t.Run(title, func(t *testing.T) {
			t.Parallel()
			got := CleanTitle(title, "Reuters", "Site", "The New York Times")
			if WordCount(Clean(title)) > 0 {
				assert.NotEmpty(t, got)
			}
			assert.True(t, strings.Contains(Clean(title), got), "result %q is part of the title", got)
		})
	}
}

func TestCleanTitleLongInput(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("word | ", 10000) + "Site"
	got := CleanTitle(long, "Site")
	assert.LessOrEqual(t, len(got), maxTitleBytes)
	assert.NotEmpty(t, got)
}

func TestIsDateText(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"28.04.2023", "21/12/2018", "Feb. 1, 2016", "06.11.2023, 11.41 Uhr", "2021年4月28日", "2024"} {
		assert.True(t, isDateText(s), s)
	}
	for _, s := range []string{"", "Folge 70", "May", "Panorama", "2021-2022 Line Outline", "Minecraft 1.8"} {
		assert.False(t, isDateText(s), s)
	}
}

func TestTitleTail(t *testing.T) {
	t.Parallel()
	cases := []struct {
		title, headline string
		want            []string
	}{
		{"Parken in Paris – jovelblog", "Parken in Paris", []string{"jovelblog"}},
		{"Kein Cyberterrorismus (diesmal) «  Dr. Phillip W. Brunst", "Kein Cyberterrorismus (diesmal)", []string{"Dr. Phillip W. Brunst"}},
		{"How to Save Money - Your Life - MSN Lifestyle", "how to save money", []string{"Your Life", "MSN Lifestyle"}},
		{"Headline | 28.04.2023 | Site", "Headline", []string{"Site"}},
		{"Lemon cake: simply delicious", "Lemon cake", nil},
		{"Headline only", "Headline only", nil},
		{"Something else - Site", "Headline", nil},
		{"Headlines - Site", "Headline", nil},
	}
	for _, c := range cases {
		t.Run(c.title, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, c.want, TitleTail(c.title, c.headline))
		})
	}
}

func TestArchiveTitleName(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"Old Blog: 2011":           "Old Blog",
		"Archives: 2011":           "",
		"News: 12.2011":            "",
		"Site | March 2011":        "Site",
		"Chelsea: 2-1":             "",
		"Old Blog: Post title":     "",
		"2011: 12":                 "",
		"Headline - Site - 2011":   "",
		"Just a title without one": "",
	}
	for title, want := range cases {
		t.Run(title, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, want, ArchiveTitleName(title))
		})
	}
}

func TestTitleCut(t *testing.T) {
	t.Parallel()
	cases := []struct {
		title, clean, head, tail string
	}{
		{"Headline | Site", "Headline", "", "Site"},
		{"Site › Headline", "Headline", "Site", ""},
		{"Daily Mail | Headline - Wilder | Daily Mail Online", "Headline - Wilder", "Daily Mail", "Daily Mail Online"},
		{"  Headline  ‹ Site ", "Headline", "", "Site"},
		{"Headline", "Other", "", ""},
		{"Headline", "", "", ""},
	}
	for _, c := range cases {
		t.Run(c.title, func(t *testing.T) {
			t.Parallel()
			head, tail := TitleCut(c.title, c.clean)
			assert.Equal(t, [2]string{c.head, c.tail}, [2]string{head, tail})
		})
	}
}

func TestIsTitleNamePart(t *testing.T) {
	t.Parallel()
	cases := []struct {
		part, host string
		want       bool
	}{
		{"jovelblog", "jovelstefan.de", true},
		{"Wikipedia", "", true},
		{"Daily Mail", "", true},
		{"V8", "", true},
		{"Bibliothek 2.0 und mehr", "bibliothek2null.de", true},
		{"France 24", "www.france24.com", true},
		{"European Championships Munich 2022", "www.munich2022.com", true},
		{"Kommentar", "", false},
		{"Live updates", "", false},
		{"Opinion", "", false},
		{"Seite 34", "example.de", false},
		{"Seite 2", "www.web2.de", false},
		{"Page 2", "20min.ch", false},
		{"Channel 4", "www.channel4.com", true},
		{"Die Weltwoche, Ausgabe 4/2019", "weltwoche.ch", false},
		{"12.03.2024", "", false},
		{"蕭敬騰)", "", false},
		{"One two three four five six seven", "", false},
	}
	for _, c := range cases {
		t.Run(c.part, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, c.want, IsTitleNamePart(c.part, c.host))
		})
	}
}
