package dates

import (
	"unicode"
	"unicode/utf8"
)

// monthNames lists, per language, the names and abbreviations of the
// months, in every grammatical form a news page is likely to print
// (nominative, genitive, locative...). Index 0 is January. Entries are
// matched after folding (lower case, common diacritics removed), so
// "MÄRZ", "März" and "marz" are the same key. A name may occur in several
// languages only if it means the same month in all of them: the tables are
// merged and a language tag is never needed to read a month name.
var monthNames = map[string][12][]string{
	"en": {
		{"january", "jan"}, {"february", "feb", "febr"}, {"march", "mar"},
		{"april", "apr"}, {"may"}, {"june", "jun"}, {"july", "jul"},
		{"august", "aug"}, {"september", "sep", "sept"}, {"october", "oct"},
		{"november", "nov"}, {"december", "dec"},
	},
	"de": {
		{"januar", "jänner", "jan", "jän"}, {"februar", "feber", "feb"},
		{"märz", "mär", "mrz"}, {"april", "apr"}, {"mai"}, {"juni", "jun"},
		{"juli", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
		{"oktober", "okt"}, {"november", "nov"}, {"dezember", "dez"},
	},
	"fr": {
		{"janvier", "janv"}, {"février", "févr", "fév"}, {"mars"},
		{"avril", "avr"}, {"mai"}, {"juin"}, {"juillet", "juil"},
		{"août", "aout"}, {"septembre", "sept"}, {"octobre", "oct"},
		{"novembre", "nov"}, {"décembre", "déc"},
	},
	"es": {
		{"enero", "ene"}, {"febrero", "feb"}, {"marzo", "mar"},
		{"abril", "abr"}, {"mayo", "may"}, {"junio", "jun"}, {"julio", "jul"},
		{"agosto", "ago"}, {"septiembre", "setiembre", "sep", "sept", "set"},
		{"octubre", "oct"}, {"noviembre", "nov"}, {"diciembre", "dic"},
	},
	"it": {
		{"gennaio", "gen"}, {"febbraio", "feb"}, {"marzo", "mar"},
		{"aprile", "apr"}, {"maggio", "mag"}, {"giugno", "giu"},
		{"luglio", "lug"}, {"agosto", "ago"}, {"settembre", "set", "sett"},
		{"ottobre", "ott"}, {"novembre", "nov"}, {"dicembre", "dic"},
	},
	"pt": {
		{"janeiro", "jan"}, {"fevereiro", "fev"}, {"março", "mar"},
		{"abril", "abr"}, {"maio", "mai"}, {"junho", "jun"}, {"julho", "jul"},
		{"agosto", "ago"}, {"setembro", "set"}, {"outubro", "out"},
		{"novembro", "nov"}, {"dezembro", "dez"},
	},
	"nl": {
		{"januari", "jan"}, {"februari", "feb"}, {"maart", "mrt"},
		{"april", "apr"}, {"mei"}, {"juni", "jun"}, {"juli", "jul"},
		{"augustus", "aug"}, {"september", "sep", "sept"}, {"oktober", "okt"},
		{"november", "nov"}, {"december", "dec"},
	},
	"sv": {
		{"januari", "jan"}, {"februari", "feb"}, {"mars", "mar"},
		{"april", "apr"}, {"maj"}, {"juni", "jun"}, {"juli", "jul"},
		{"augusti", "aug"}, {"september", "sep", "sept"}, {"oktober", "okt"},
		{"november", "nov"}, {"december", "dec"},
	},
	"da": {
		{"januar", "jan"}, {"februar", "feb"}, {"marts", "mar"},
		{"april", "apr"}, {"maj"}, {"juni", "jun"}, {"juli", "jul"},
		{"august", "aug"}, {"september", "sep", "sept"}, {"oktober", "okt"},
		{"november", "nov"}, {"december", "dec"},
	},
	"no": {
		{"januar", "jan"}, {"februar", "feb"}, {"mars", "mar"},
		{"april", "apr"}, {"mai"}, {"juni", "jun"}, {"juli", "jul"},
		{"august", "aug"}, {"september", "sep", "sept"}, {"oktober", "okt"},
		{"november", "nov"}, {"desember", "des"},
	},
	"fi": {
		{"tammikuuta", "tammikuu", "tammikuussa", "tammik"},
		{"helmikuuta", "helmikuu", "helmikuussa", "helmik"},
		{"maaliskuuta", "maaliskuu", "maaliskuussa", "maalisk"},
		{"huhtikuuta", "huhtikuu", "huhtikuussa", "huhtik"},
		{"toukokuuta", "toukokuu", "toukokuussa", "toukok"},
		{"kesäkuuta", "kesäkuu", "kesäkuussa", "kesäk"},
		{"heinäkuuta", "heinäkuu", "heinäkuussa", "heinäk"},
		{"elokuuta", "elokuu", "elokuussa", "elok"},
		{"syyskuuta", "syyskuu", "syyskuussa", "syysk"},
		{"lokakuuta", "lokakuu", "lokakuussa", "lokak"},
		{"marraskuuta", "marraskuu", "marraskuussa", "marrask"},
		{"joulukuuta", "joulukuu", "joulukuussa", "jouluk"},
	},
	"pl": {
		{"stycznia", "styczeń", "sty"}, {"lutego", "luty", "lut"},
		{"marca", "marzec", "mar"}, {"kwietnia", "kwiecień", "kwi"},
		{"maja", "maj"}, {"czerwca", "czerwiec", "cze"},
		{"lipca", "lipiec", "lip"}, {"sierpnia", "sierpień", "sie"},
		{"września", "wrzesień", "wrz"}, {"października", "październik", "paź"},
		{"listopada", "listopad", "lis"}, {"grudnia", "grudzień", "gru"},
	},
	"cs": {
		{"ledna", "leden", "lednu"}, {"února", "únor", "únoru"},
		{"března", "březen", "březnu"}, {"dubna", "duben", "dubnu"},
		{"května", "květen", "květnu"}, {"června", "červen", "červnu"},
		{"července", "červenec", "červenci"}, {"srpna", "srpen", "srpnu"},
		{"září"}, {"října", "říjen", "říjnu"},
		{"listopadu", "listopad"}, {"prosince", "prosinec", "prosinci"},
	},
	"sk": {
		{"januára", "január", "jan"}, {"februára", "február", "feb"},
		{"marca", "marec", "mar"}, {"apríla", "apríl", "apr"},
		{"mája", "máj"}, {"júna", "jún"}, {"júla", "júl"},
		{"augusta", "august", "aug"}, {"septembra", "september", "sep"},
		{"októbra", "október", "okt"}, {"novembra", "november", "nov"},
		{"decembra", "december", "dec"},
	},
	"ru": {
		{"января", "январь", "янв"}, {"февраля", "февраль", "фев", "февр"},
		{"марта", "март", "мар"}, {"апреля", "апрель", "апр"},
		{"мая", "май"}, {"июня", "июнь", "июн"}, {"июля", "июль", "июл"},
		{"августа", "август", "авг"}, {"сентября", "сентябрь", "сен", "сент"},
		{"октября", "октябрь", "окт"}, {"ноября", "ноябрь", "ноя", "нояб"},
		{"декабря", "декабрь", "дек"},
	},
	"uk": {
		{"січня", "січень", "січ"}, {"лютого", "лютий", "лют"},
		{"березня", "березень", "бер"}, {"квітня", "квітень", "квіт", "кві"},
		{"травня", "травень", "трав", "тра"}, {"червня", "червень", "черв", "чер"},
		{"липня", "липень", "лип"}, {"серпня", "серпень", "серп", "сер"},
		{"вересня", "вересень", "вер"}, {"жовтня", "жовтень", "жовт", "жов"},
		{"листопада", "листопад", "лист", "лис"}, {"грудня", "грудень", "груд", "гру"},
	},
	"tr": {
		{"ocak", "oca"}, {"şubat", "şub"}, {"mart", "mar"}, {"nisan", "nis"},
		{"mayıs", "may"}, {"haziran", "haz"}, {"temmuz", "tem"},
		{"ağustos", "ağu"}, {"eylül", "eyl"}, {"ekim", "eki"},
		{"kasım", "kas"}, {"aralık", "ara"},
	},
	"ro": {
		{"ianuarie", "ian"}, {"februarie", "feb"}, {"martie", "mar"},
		{"aprilie", "apr"}, {"mai"}, {"iunie", "iun"}, {"iulie", "iul"},
		{"august", "aug"}, {"septembrie", "sep", "sept"},
		{"octombrie", "oct"}, {"noiembrie", "noi", "nov"},
		{"decembrie", "dec"},
	},
	"hu": {
		{"január", "jan"}, {"február", "febr", "feb"}, {"március", "márc", "már"},
		{"április", "ápr"}, {"május", "máj"}, {"június", "jún"},
		{"július", "júl"}, {"augusztus", "aug"}, {"szeptember", "szept", "szep"},
		{"október", "okt"}, {"november", "nov"}, {"december", "dec"},
	},
	"el": {
		{"ιανουαρίου", "ιανουάριος", "ιαν"}, {"φεβρουαρίου", "φεβρουάριος", "φεβ"},
		{"μαρτίου", "μάρτιος", "μαρ"}, {"απριλίου", "απρίλιος", "απρ"},
		{"μαΐου", "μάιος", "μαΐ", "μαι"}, {"ιουνίου", "ιούνιος", "ιουν"},
		{"ιουλίου", "ιούλιος", "ιουλ"}, {"αυγούστου", "αύγουστος", "αυγ"},
		{"σεπτεμβρίου", "σεπτέμβριος", "σεπ", "σεπτ"},
		{"οκτωβρίου", "οκτώβριος", "οκτ"}, {"νοεμβρίου", "νοέμβριος", "νοε"},
		{"δεκεμβρίου", "δεκέμβριος", "δεκ"},
	},
	"ar": {
		{"يناير"}, {"فبراير", "شباط"}, {"مارس", "آذار"},
		{"أبريل", "ابريل", "إبريل", "نيسان"}, {"مايو", "ماي", "أيار"},
		{"يونيو", "يونيه", "حزيران"}, {"يوليو", "يوليه", "يوليوز", "تموز"},
		{"أغسطس", "اغسطس", "غشت", "آب"}, {"سبتمبر", "شتنبر", "أيلول"},
		{"أكتوبر", "اكتوبر"}, {"نوفمبر", "نونبر"},
		{"ديسمبر", "دجنبر"},
	},
	"id": {
		{"januari", "jan"}, {"februari", "feb"}, {"maret", "mar"},
		{"april", "apr"}, {"mei"}, {"juni", "jun"}, {"juli", "jul"},
		{"agustus", "agu", "agt", "ags"}, {"september", "sep", "sept"},
		{"oktober", "okt"}, {"november", "nov", "nop"}, {"desember", "des"},
	},
}

// weekdayNames lists weekday names and abbreviations of three letters or
// more; they are skipped between the parts of a date expression
// ("11:48, Thu, Jul 18, 2024"). Two-letter abbreviations are left out on
// purpose: "to", "do" or "so" are ordinary words in other languages.
var weekdayNames = map[string][]string{
	"en": {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"},
	"de": {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag"},
	"fr": {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
		"lun", "mar", "mer", "jeu", "ven", "sam", "dim"},
	"es": {"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
		"mié", "jue", "vie", "sáb", "dom"},
	"it": {"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "gio", "sab"},
	"pt": {"segunda", "terça", "quarta", "quinta", "sexta", "feira", "seg", "ter", "qua", "qui", "sex"},
	"nl": {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"},
	"sv": {"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
		"mån", "tis", "ons", "tors", "fre", "lör", "sön"},
	"da": {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"},
	"fi": {"maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai",
		"maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina", "lauantaina", "sunnuntaina"},
	"pl": {"poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
		"pon", "czw", "sob", "niedz"},
	"cs": {"pondělí", "úterý", "středa", "čtvrtek", "pátek", "neděle"},
	"sk": {"pondelok", "utorok", "streda", "štvrtok", "piatok", "nedeľa"},
	"ru": {"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"},
	"uk": {"понеділок", "вівторок", "середа", "четвер", "пʼятниця", "пятниця", "субота", "неділя"},
	"tr": {"pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"},
	"ro": {"luni", "marți", "marţi", "miercuri", "joi", "vineri", "sâmbătă", "duminică"},
	"hu": {"hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"},
	"el": {"δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή"},
	"ar": {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"},
	"id": {"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"},
	"ko": {"월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"},
}

// connectorWords may stand between a date and its time, or between a time
// and its date: "5 March 2024 at 10:20", "21 de abril de 2022 a las 22:04",
// "5 марта 2024 г. в 10:20", "Publicerad 23 okt 2025 kl 10.23".
var connectorWords = []string{
	"at", "on", "the", "um", "am", "gegen", "à", "a", "las", "la", "le", "às", "as",
	"alle", "ore", "om", "kl", "klo", "kello", "klockan", "o", "godz", "godzina",
	"v", "ve", "в", "о", "saat", "ob", "pukul", "jam", "pkl", "στις", "de", "del",
	"el", "den", "ora", "г", "года", "год", "r", "roku", "m", "évi", "yılı", "um", "hours",
}

// hourWords follow a time: "11:07 Uhr", "20:56h", "07:46 hrs".
var hourWords = []string{"uhr", "h", "hs", "hrs", "hr", "horas", "hod", "óra", "ч"}

// ordinalWords are glued to a day number: "1st", "1er", "1º", "2nd".
var ordinalWords = []string{"st", "nd", "rd", "th", "er", "re", "e", "ème", "eme", "o", "a", "º", "ª", "ro", "de", "ste", "vo"}

// word flags.
const (
	fWeekday uint16 = 1 << iota
	fConn
	fHour   // "Uhr", "h": hour suffix
	fOrd    // ordinal suffix
	fAM     // "am"
	fPM     // "pm"
	fAMPre  // "오전", "午前": AM before the time
	fPMPre  // "오후", "午後": PM before the time
	fT      // "T" between ISO date and time
	fYear   // 年 년
	fMonth  // 月 월
	fDay    // 日 일 号
	fCHour  // 時 时 点 시
	fCMin   // 分 분
	fCSec   // 秒 초
	fMonthW // a month name (info.month holds it)
)

// wordInfo is what the tables know about one folded word.
type wordInfo struct {
	flags uint16
	month uint8
}

// words maps folded words to what they can mean. Built once, never mutated.
var words = buildWords()

func buildWords() map[string]wordInfo {
	m := make(map[string]wordInfo, 1024)
	add := func(w string, f uint16, month uint8) {
		k := string(foldAppend(nil, w))
		wi := m[k]
		wi.flags |= f
		if month != 0 {
			wi.month = month
		}
		m[k] = wi
	}
	for _, months := range monthNames {
		for i, names := range months {
			for _, n := range names {
				add(n, fMonthW, uint8(i+1))
			}
		}
	}
	for _, names := range weekdayNames {
		for _, n := range names {
			add(n, fWeekday, 0)
		}
	}
	for _, w := range connectorWords {
		add(w, fConn, 0)
	}
	for _, w := range hourWords {
		add(w, fHour, 0)
	}
	for _, w := range ordinalWords {
		add(w, fOrd, 0)
	}
	add("am", fAM, 0)
	add("pm", fPM, 0)
	add("ص", fAM, 0) // Arabic صباحًا
	add("م", fPM, 0) // Arabic مساءً
	for _, w := range []string{"صباحا", "صباحًا", "صباحاً", "صباح"} {
		add(w, fAM, 0) // "09:22 صباحًا": in the morning
	}
	for _, w := range []string{"مساء", "مساءً", "مساءا"} {
		add(w, fPM, 0) // "09:22 مساءً": in the evening
	}
	add("오전", fAMPre, 0)
	add("오후", fPMPre, 0)
	add("t", fT, 0)
	add("년", fYear, 0)
	add("월", fMonth, 0)
	add("일", fDay, 0)
	add("시", fCHour, 0)
	add("분", fCMin, 0)
	add("초", fCSec, 0)
	add("年", fYear, 0)
	add("月", fMonth, 0)
	add("日", fDay, 0)
	add("号", fDay, 0)
	add("號", fDay, 0)
	add("時", fCHour, 0)
	add("时", fCHour, 0)
	add("点", fCHour, 0)
	add("點", fCHour, 0)
	add("分", fCMin, 0)
	add("秒", fCSec, 0)
	return m
}

// maxWordBytes bounds the words looked up in the tables; longer letter runs
// are never date words.
const maxWordBytes = 48

// asciiKeys has bit n of entry c set when some table key is n bytes long
// and starts with the ASCII letter c: most words of running text are
// rejected without folding or hashing. Built once, never mutated.
var asciiKeys = func() [128]uint64 {
	var a [128]uint64
	for k := range words {
		if len(k) < 64 && k[0] < utf8.RuneSelf {
			a[k[0]] |= 1 << len(k)
		}
	}
	return a
}()

// lookupWord folds w and returns its table entry.
func lookupWord(w string) wordInfo {
	if len(w) > maxWordBytes {
		return wordInfo{}
	}
	if c := w[0]; c < utf8.RuneSelf && isASCII(w) {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if asciiKeys[c]&(1<<len(w)) == 0 {
			return wordInfo{}
		}
	}
	var buf [maxWordBytes * 2]byte
	b := foldAppend(buf[:0], w)
	return words[string(b)]
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldAppend appends the folded form of s to dst: lower case, Latin and
// Greek diacritics removed, combining marks dropped.
func foldAppend(dst []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		if isMark(r) {
			continue
		}
		r = foldRune(unicode.ToLower(r))
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// foldRune maps an accented lower-case letter to its base letter.
func foldRune(r rune) rune {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą':
		return 'a'
	case 'ç', 'ć', 'č':
		return 'c'
	case 'ď':
		return 'd'
	case 'è', 'é', 'ê', 'ë', 'ē', 'ė', 'ę', 'ě':
		return 'e'
	case 'ğ':
		return 'g'
	case 'ì', 'í', 'î', 'ï', 'ī', 'į', 'ı':
		return 'i'
	case 'ľ', 'ĺ', 'ł':
		return 'l'
	case 'ñ', 'ń', 'ň':
		return 'n'
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ő', 'ō':
		return 'o'
	case 'ř', 'ŕ':
		return 'r'
	case 'ś', 'š', 'ş', 'ș':
		return 's'
	case 'ť', 'ţ', 'ț':
		return 't'
	case 'ù', 'ú', 'û', 'ü', 'ů', 'ű', 'ū', 'ų':
		return 'u'
	case 'ý', 'ÿ':
		return 'y'
	case 'ź', 'ż', 'ž':
		return 'z'
	case 'ά':
		return 'α'
	case 'έ':
		return 'ε'
	case 'ή':
		return 'η'
	case 'ί', 'ϊ', 'ΐ':
		return 'ι'
	case 'ό':
		return 'ο'
	case 'ύ', 'ϋ', 'ΰ':
		return 'υ'
	case 'ώ':
		return 'ω'
	case 'ς':
		return 'σ'
	case 'ё':
		return 'е'
	case 'أ', 'إ', 'آ':
		return 'ا'
	}
	return r
}
