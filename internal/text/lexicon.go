package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordClass is a set of flags saying what a (lower-case) word can be in a
// byline or a title. The tables below are read-only after package
// initialisation.
type wordClass uint32

const (
	// cMarker introduces the author ("By", "Par", "Por", "Door").
	cMarker wordClass = 1 << iota
	// cParticleMarker introduces the author but is also a name particle
	// ("von", "di", "da"): it only counts at the start or after a label.
	cParticleMarker
	// cLabel is a word that precedes a marker or a colon in a byline
	// ("Written", "Posted", "Artikel", "Autor", "Text").
	cLabel
	// cCredit names a contribution other than writing the text
	// ("Photos", "Illustration", "Edited", "Übersetzt").
	cCredit
	// cStop ends the name part of a byline: dates, "Updated", "Reply",
	// "Follow", "Twitter" ….
	cStop
	// cRole is the head of a job title ("Editor", "Korrespondentin").
	cRole
	// cModifier may precede a role ("Senior", "Political", "Chief").
	cModifier
	// cOrg marks an organisation or desk ("News", "Redaktion", "Staff").
	cOrg
	// cOrgWeak marks a publication only in a longer name ("Times", "Post").
	cOrgWeak
	// cAgency is a news agency or broadcaster name or acronym ("AP", "dpa").
	cAgency
	// cMonth is a month name or abbreviation.
	cMonth
	// cWeekday is a weekday name or abbreviation.
	cWeekday
	// cParticle is a lower-case name particle ("van", "de", "von").
	cParticle
	// cPrep attaches a place or an employer after a name ("for", "aus").
	cPrep
	// cVerb starts a biography sentence after a name ("is", "writes").
	cVerb
	// cAnd joins two names ("and", "und", "et").
	cAnd
	// cCredential is a degree after a name ("PhD", "MD").
	cCredential
	// cMedia marks a publication name in a title ("News", "Zeitung", "Blog").
	cMedia
	// cSection is a common site section label ("Politik", "Sport").
	cSection
	// cDatePrep precedes a date ("on", "am", "le").
	cDatePrep
	// cAgo follows or precedes a relative time ("ago", "vor", "hace").
	cAgo
	// cTime is a time-of-day or time-zone word ("am", "pm", "Uhr", "EST").
	cTime
	// cArticle is a definite or indefinite article ("The", "Die", "La").
	cArticle
)

// lexicon maps lower-case words to their classes.
var lexicon = buildLexicon(map[wordClass]string{
	cMarker:         `by bylined par por door av vom przez від от автор autorstwa escribe durch كتب كتبت بقلم`,
	cParticleMarker: `von di da af de`,
	cLabel: `written posted published submitted geschrieben verfasst veröffentlicht eingestellt erstellt gespeichert
		artikel beitrag beiträge kommentar kommentare ein eine analyse interview text texte texto testo tekst
		story stories reported reporting report article articles words publié publiée écrit écrite escrito escrita
		publicado publicada scritto scritta pubblicato geschreven gepubliceerd skrevet skriven
		author authors author(s) autor autorin autoren autores auteur auteurs autore autori auteur(s) forfatter
		more all alle view zeige weitere mehr see read lies of from show
		bericht reportage meinung gastbeitrag gastkommentar glosse essay leitartikel
		column columna chronique opinion opinión contributed contribution
		profile profil orcid post posts bearbeitet about über zur person meet escrito más mas artículos artigos plus
		quelle source fuente fonte folge folgen letzte zuletzt aktualisierung alles
		pressemitteilung pressemeldung wortlaut nachricht meldung rezension kolumne`,
	cCredit: `photo photos photograph photographs photography photographed pictures picture images image
		illustration illustrations illustrated graphic graphics video videos edited editing translated translation
		foto fotos fotografie fotograf fotografin bild bilder bilderstrecke grafik grafiken illustrationen übersetzt
		übersetzung redigiert mitarbeit fotógrafo fotografía traducción traduit traduction traduzione
		cartoon cartoons animation design designed produced production producer kamera camera schnitt
		illustrator illustratorin illustratrice ilustrator ilustrador ilustradora ilustración ilustrace`,
	cStop: `updated update published posted veröffentlicht publiziert erschienen aktualisiert actualizado actualizada publicado publicada
		publié publiée mis modifié aggiornato pubblicato bijgewerkt geplaatst
		reply antworten répondre responder sagt says said schreibt
		lesedauer lesezeit reading read min mins minute minutes minuten
		follow folgen unfollow share teilen email e-mail mail twitter facebook instagram linkedin x.com
		partager compartir compartilhar condividi delen megosztom megosztás udostępnij sdílet zdieľať
		podijeli distribuie paylaş поделиться поділитися
		bio biography profile profil contact kontakt more mehr alle weitere weniger show
		comments comment kommentare kommentar subscriptions subscribe bookmark sign social links navigation
		menu print copy link close tags tag kategorien kategorie categories category rubrik stand last
		schlagworte themen topics filed aktualisierung`,
	cRole: `editor editors editorin redakteur redakteurin redakteure redaktor redaktorin redaktøren
		correspondent correspondents korrespondent korrespondentin reporter reporterin reporters
		writer writers columnist columnists kolumnist kolumnistin journalist journalistin journalists
		contributor contributors producer producers photographer photographers analyst critic commentator
		anchor presenter host intern trainee volontär volontärin fellow blogger bloggerin
		autor autorin author chefredakteur chefredakteurin ressortleiter ressortleiterin
		journaliste rédacteur rédactrice correspondant correspondante chroniqueur chroniqueuse envoyé envoyée
		periodista redactor redactora corresponsal columnista enviado enviada cronista
		giornalista redattore redattrice corrispondente inviato inviata
		verslaggever redacteur correspondente jornalista repórter colunista
		expert experte expertin experten moderator moderatorin
		director president founder co-founder ceo attorney lawyer professor researcher scientist
		assistant officer manager head leiter leiterin chef chefin coordinator consultant strategist
		specialist spokesperson sprecher sprecherin mitglied member gründerin gründer
		rechtsanwalt rechtsanwältin fachanwalt fachanwältin anwalt anwältin notar notarin steuerberater steuerberaterin`,
	cModifier: `senior chief deputy political politics staff special foreign business sports sport science
		health education technology tech news managing executive associate contributing assistant
		economics economy digital data opinion investigative national international global world local
		travel culture entertainment food fashion music film arts art security legal medical environment
		environmental climate energy markets finance financial money media royal crime court white house
		washington london europe europe-based africa asia china us u.s. uk senior-staff freelance
		leitender leitende stellvertretender stellvertretende freier freie politischer politische
		wirtschafts wirtschaft politik sportredaktion kultur ehemaliger ehemalige
		grand grande spécial spéciale permanent permanente jefe jefa especial vice general games gaming
		video audio photo weekend night morning features feature metro city state statehouse sunday
		magazine books movie movies tv television style beauty lifestyle wellness parenting estate
		transport transportation auto cars motoring weather graphics visual design product audience
		engagement newsletter podcast breaking trending web online homepage consumer personal retail
		labor defense military intelligence religion faith immigration higher courts justice police
		public affairs policy diplomatic at-large large`,
	cOrg: `news nachrichten noticias notizie nieuws nyheter nyheder uutiset wiadomości новости
		media medien médias medios press presse prensa stampa pers
		agency agencies agentur agenturen agence agences agencia agencias agenzia agenzie
		staff desk newsdesk newsroom team redaktion redaktionen
		rédaction redacción redazione redactie redakcja redação redakce editorial editors board
		wire wires service services inc inc. llc ltd ltd. gmbh e.v. corp corp. company group gruppe verlag
		foundation stiftung institute institut university universität université universidad università
		association verband verein ministry ministerium department council committee party partei
		network tv radio rundfunk channel online magazine magazin zeitung contributors submissions
		admin administrator webmaster organization organisation program programme project projekt initiative
		center centre zentrum office bureau büro union foundations institutes networks
		corporation forum resort kanton komitee landeshauptstadt bundesamt bundesanstalt`,
	cOrgWeak: `times post daily journal star mail sun express today weekly review tribune observer guardian
		chronicle courier kurier standard herald gazette telegraph independent economist monitor
		report reporter bulletin digest insider wiki blog`,
	cAgency: `ap afp dpa apa sda ats kna epd reuters bloomberg upi efe ansa anp belga kyodo xinhua tass
		ria pa aap cnn bbc orf ard zdf ndr wdr swr mdr rbb sid dts jiji yonhap ntb tt ritzau stt lusa
		ctk čtk pap mti bta hina tanjug irna pti ians ani keystone-sda afp/dpa dpa/afp ap/dpa nzz spiegel
		kathpress`,
	cMonth: `january february march april may june july august september october november december
		jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
		januar jänner februar märz mai juni juli oktober dezember okt okt. dez dez. mär mär.
		janvier février mars avril juin juillet août septembre octobre novembre décembre
		janv. févr. avr. juil. déc.
		enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
		ene ene. abr abr. ago ago. dic dic.
		gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
		janeiro fevereiro março maio junho julho setembro outubro novembro dezembro
		januari februari maart mei augustus
		styczeń stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia`,
	cWeekday: `monday tuesday wednesday thursday friday saturday sunday mon mon. tue tue. tues wed wed. thu thu.
		thur thurs fri fri. sat sat. sun sun.
		montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
		lundi mardi mercredi jeudi vendredi samedi dimanche
		lunes martes miércoles jueves viernes sábado domingo
		lunedì martedì mercoledì giovedì venerdì sabato domenica mo mi fr sa so`,
	cParticle: `von van der den de da das dos do du del della dei di la le zu ter ten y e bin ibn al el af av ben
		st. mac`,
	cPrep: `for für pour para per at aus in from bei chez en auf to über bis under unter`,
	cVerb: `is ist est es è was war writes wrote covers schreibt joined joins lives lebt has hat works arbeitet
		reports berichtet leads leitet serves`,
	cAnd:        `and und et y e en og och és ja и і та ve`,
	cCredential: `phd ph.d. ph.d md m.d. ma m.a. mba msc m.sc. bsc ba b.a. rn mph dphil jd`,
	cMedia: `news nachrichten noticias notizie nieuws nyheter online zeitung magazine magazin magazin.de blog
		times post daily journal tribune herald gazette gazeta gazzetta courier kurier anzeiger tagblatt
		rundschau presse press radio tv television fernsehen telegraph observer chronicle review weekly
		today express mail standard insider wiki wikipedia diario diário periódico giornale corriere
		journal tageszeitung allgemeine zeitschrift revue quotidien hebdo lokal lokales portal
		nytimes`,
	cSection: `news nachrichten politik politics sport sports wirtschaft business kultur culture panorama
		meinung opinion wissen science gesundheit health reise travel auto digital technik tech
		technology welt world inland ausland lokales regional local international national
		deutschland österreich schweiz europa europe usa us uk home startseite aktuelles aktuell
		economía economia política internacional deportes cultura sociedad opinión opinião esporte
		esportes mundo brasil société monde politique économie sports culture
		video videos live ticker liveticker feuilleton leben life style lifestyle stil
		entertainment unterhaltung promis stars karriere geld finanzen finance money
		pressemitteilungen pressemitteilung presse aktuelles blog archiv archive archives
		kommentar kommentare analysis analyse commentary editorial leitartikel kolumne updates`,
	cDatePrep: `on am le el il em op den om at um dne den`,
	cAgo:      `ago vor hace fa geleden siden sedan temu před назад önce sitten`,
	cArticle:  `the der die das le la les el los las il lo gli een het`,
	cTime:     `am pm a.m. p.m. uhr h est edt cet cest gmt utc pst pdt cst cdt bst ist jst et pt mez mesz`,
})

// buildLexicon turns the class table into the word map. It runs once, at
// package initialisation, and the map is never written afterwards.
func buildLexicon(classes map[wordClass]string) map[string]wordClass {
	m := make(map[string]wordClass, 2048)
	for c, words := range classes {
		for _, w := range strings.Fields(words) {
			m[w] |= c
		}
	}
	return m
}

// classOf returns the classes of word w, ignoring case and surrounding
// punctuation (":", ",", "(" …). It does not allocate for ASCII words of
// up to 32 bytes.
func classOf(w string) wordClass {
	w = strings.TrimFunc(w, func(r rune) bool {
		return r != '.' && r != '(' && r != ')' && !isWordRune(r)
	})
	if w == "" {
		return 0
	}
	if c, ok := lexicon[w]; ok {
		return c
	}
	var buf [32]byte
	if len(w) <= len(buf) && isASCII(w) {
		b := buf[:len(w)]
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		if c, ok := lexicon[string(b)]; ok { // no allocation: map lookup by []byte conversion
			return c
		}
		if t := strings.TrimRight(string(b), "."); len(t) != len(b) {
			return lexicon[t]
		}
		return 0
	}
	lw := strings.ToLower(w)
	if c, ok := lexicon[lw]; ok {
		return c
	}
	return lexicon[strings.TrimRight(lw, ".")]
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// hasDigit reports whether s contains a decimal digit of any script.
func hasDigit(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' || r > 0x7f && unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// firstLetter returns the first letter of s, or 0.
func firstLetter(s string) rune {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return r
		}
	}
	return 0
}

// isUpperWord reports whether w starts with an upper-case letter (or a
// letter of a script without case) after any leading punctuation.
func isUpperWord(w string) bool {
	r := firstLetter(w)
	return r != 0 && (unicode.IsUpper(r) || unicode.IsTitle(r) || !unicode.IsLower(r))
}

// isAllCaps reports whether every cased letter of s is upper case and
// there are at least two of them.
func isAllCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// isUncasedScript reports whether r is a letter of a script without
// upper and lower case (Han, Kana, Hangul, Arabic, Hebrew, Thai,
// Devanagari …).
func isUncasedScript(r rune) bool {
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) && !unicode.IsTitle(r)
}
