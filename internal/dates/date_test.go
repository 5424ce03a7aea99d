package dates

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// show renders a Date for comparison and checks its invariants: a DayOnly
// date is midnight UTC without zone, a date without zone is in UTC.
//
//	"2024-03-05"                 DayOnly
//	"2024-03-05T10:20:00"        wall clock, no zone
//	"2024-03-05T10:20:00-05:00"  with zone (RFC 3339)
func show(t testing.TB, d Date) string {
	t.Helper()
	switch {
	case d.DayOnly:
		require.False(t, d.Zone, "DayOnly with Zone")
		require.Equal(t, time.UTC, d.Time.Location())
		require.Zero(t, d.Time.Hour()*3600+d.Time.Minute()*60+d.Time.Second()+d.Time.Nanosecond())
		return d.Time.Format("2006-01-02")
	case d.Zone:
		return d.Time.Format(time.RFC3339Nano)
	default:
		require.Equal(t, time.UTC, d.Time.Location())
		return d.Time.Format("2006-01-02T15:04:05.999999999")
	}
}

// parseCases are real strings from news pages (metadata, <time>, bylines)
// and the forms the package promises. want "" means no date.
var parseCases = []struct {
	in, lang, want string
}{
	// RFC 3339 / ISO 8601 and variants seen in metadata
	{"2024-11-22T06:57:50.233Z", "", "2024-11-22T06:57:50.233Z"},
	{"2024-11-22T06:57:50+0100", "", "2024-11-22T06:57:50+01:00"},
	{"2024-11-22 06:57:50", "", "2024-11-22T06:57:50"},
	{"2024-11-22", "", "2024-11-22"},
	{"20241122", "", "2024-11-22"},
	{"2025-06-30T15:59:00+00:00", "", "2025-06-30T15:59:00Z"},
	{"2023-06-19T19:48:21-04:00", "", "2023-06-19T19:48:21-04:00"},
	{"2024-04-30 16:00:34 +02:00", "", "2024-04-30T16:00:34+02:00"},
	{"2024-08-27T10:32:24.467+00:00", "", "2024-08-27T10:32:24.467Z"},
	{"2025-06-17T18:24:10", "", "2025-06-17T18:24:10"},
	{"2024-04-22T06:00+02:00", "", "2024-04-22T06:00:00+02:00"},
	{"2026-05-13 15:44", "", "2026-05-13T15:44:00"},
	{"2024-08-28T07:26:02-0400", "", "2024-08-28T07:26:02-04:00"},
	{"2026-06-04T10:01:14.149222+00:00", "", "2026-06-04T10:01:14.149222Z"},
	{"2025-02-02T19:07:46.0000000Z", "", "2025-02-02T19:07:46Z"},
	{"2015-04-28T11:54:11.401000", "", "2015-04-28T11:54:11.401"},
	{"2020-12-05T23:15:0Z", "", "2020-12-05T23:15:00Z"},
	{"2020-09-25T16:02:50CDT", "", "2020-09-25T16:02:50-05:00"},
	{"2010-08-14 00:00:00 EDT", "", "2010-08-14T00:00:00-04:00"},
	{"2022-05-04T03:00:00 UTC", "", "2022-05-04T03:00:00Z"},
	{"2021-05-11 22:22:17.242000+02:00", "", "2021-05-11T22:22:17.242+02:00"},
	{"2020-05-06 10:07:01.000000 CEST", "", "2020-05-06T10:07:01+02:00"},
	{"2020-05-06 7:12:00 -0700", "", "2020-05-06T07:12:00-07:00"},
	{"2023-11-02T10:14:29&#x2B;05:30", "", "2023-11-02T10:14:29+05:30"},
	{"2019-05-01T11&#x3A;30&#x3A;00&#x2B;02&#x3A;00", "", "2019-05-01T11:30:00+02:00"},
	{"updated 2013-12-30 16:42:01-05", "", "2013-12-30T16:42:01-05:00"},
	{"2012-05-13-06:00:00", "", "2012-05-13T06:00:00"},
	{"20200316T08:00:00Z", "", "2020-03-16T08:00:00Z"},
	{"20180619T055000+0900", "", "2018-06-19T05:50:00+09:00"},
	{"20170113033838", "", "2017-01-13T03:38:38"},
	{"2022-5-5 22:17:36", "", "2022-05-05T22:17:36"},
	{"2020/10/04 15:05:21", "", "2020-10-04T15:05:21"},
	{"2018/06/18", "", "2018-06-18"},
	{"2019.04.25", "ja", "2019-04-25"},
	{"2021-10-27T20:35:36+01:00", "de", "2021-10-27T20:35:36+01:00"},
	{"২০২০-০৮-২৯T১০:৪৬:০৬+০১:০০", "bn", "2020-08-29T10:46:06+01:00"},
	// epochs
	{"1761135952", "", "2025-10-22T12:25:52Z"},
	{"1762513252000", "", "2025-11-07T11:00:52Z"},
	// RFC 1123/822/850, C and JavaScript
	{"Mon, 02 Jan 2006 15:04:05 MST", "", "2006-01-02T15:04:05-07:00"},
	{"Mon, 02 Jan 2006 15:04:05 -0700", "", "2006-01-02T15:04:05-07:00"},
	{"Wed, 21 Sep 2011 20:35:28 GMT", "", "2011-09-21T20:35:28Z"},
	{"Sat, 19 Oct 2019 00:04:00 +0200", "", "2019-10-19T00:04:00+02:00"},
	{"02 Jan 06 15:04 MST", "", "2006-01-02T15:04:00-07:00"},
	{"Monday, 02-Jan-06 15:04:05 MST", "", "2006-01-02T15:04:05-07:00"},
	{"Mon Jan 2 15:04:05 MST 2006", "", "2006-01-02T15:04:05-07:00"},
	{"Mon Jan  2 15:04:05 2006", "", "2006-01-02T15:04:05"},
	{"Mon Jan 02 15:04:05 -0700 2006", "", "2006-01-02T15:04:05-07:00"},
	{"Fri Apr 28 19:20:36 CEST 2023", "", "2023-04-28T19:20:36+02:00"},
	{"Mon Jan 13 13:37:49 UTC 2020", "", "2020-01-13T13:37:49Z"},
	{"Thu Nov 09 2023 04:59:25 GMT+0000 (UTC)", "", "2023-11-09T04:59:25Z"},
	{"Tue Feb 20 2018 01:00:00 GMT+0100 (Central European Standard Time)", "", "2018-02-20T01:00:00+01:00"},
	{"04 DEC 19", "", "2019-12-04"},
	{"10-Nov-2000", "", "2000-11-10"},
	// English
	{"January 2, 2006", "", "2006-01-02"},
	{"Jan. 2, 2006 3:04 PM EST", "", "2006-01-02T15:04:00-05:00"},
	{"2 January 2006 15:04", "", "2006-01-02T15:04:00"},
	{"Published 5 March 2024, 10:20 GMT", "", "2024-03-05T10:20:00Z"},
	{"Updated: March 5, 2024", "en", "2024-03-05"},
	{"April 21, 2020 at 5:52 pm", "en-US", "2020-04-21T17:52:00"},
	{"April 24, 2020 at 9:11 a.m.", "en-US", "2020-04-24T09:11:00"},
	{"November 8, 2023 at 11:30 p.m.", "en-US", "2023-11-08T23:30:00"},
	{"16. March, 2023 at 16:59", "en-US", "2023-03-16T16:59:00"},
	{"Oct 6, 2020 / 03:38 PM MDT", "en-US", "2020-10-06T15:38:00-06:00"},
	{"Sept. 2, 2016", "en-us", "2016-09-02"},
	{"21 Nov 2017 , 6:17pm", "en-GB", "2017-11-21T18:17:00"},
	{"30 Aug 2023, 12:54pm", "en", "2023-08-30T12:54:00"},
	{"30 August 2023 • 4:45pm", "en", "2023-08-30T16:45:00"},
	{"Published : 22:04, 22 Apr 2024", "en-gb", "2024-04-22T22:04:00"},
	{"Feb 16, 2020 at 3:02pm PST", "es-ES", "2020-02-16T15:02:00-08:00"},
	{"Nov 9, 2023, 12:51 AM EST", "en", "2023-11-09T00:51:00-05:00"},
	{"Published Fri, Apr 28 2023 2:23 PM EDT", "en", "2023-04-28T14:23:00-04:00"},
	{"3 May, 2022, 11:37 pm", "en", "2022-05-03T23:37:00"},
	{"10:55 EDT, 7 May 2020", "", "2020-05-07T10:55:00-04:00"},
	{"7:12 am PDT, Wednesday, May 6, 2020", "", "2020-05-06T07:12:00-07:00"},
	{"Friday 18 November 2011 18.00 EST", "en", "2011-11-18T18:00:00-05:00"},
	{"Published: November 2, 2023 6.55pm SAST", "en", "2023-11-02T18:55:00+02:00"},
	{"Dec 21 st , 2018 2:00 pm", "en", "2018-12-21T14:00:00"},
	{"December 16th 2016", "en-US", "2016-12-16"},
	{"tard dans l'après-midi de Sunday, October 18th, 2020", "en", "2020-10-18"},
	{"Published 22:00, 11 July 2021 BST", "en", "2021-07-11T22:00:00+01:00"},
	{"Mar 28, 2020, 06:15 PM IST", "en", "2020-03-28T18:15:00+05:30"},
	{"04:25:06 PM IST Apr 08, 2020", "en", "2020-04-08T16:25:06+05:30"},
	{"Dec. 20, 2016, 12:44 PM UTC / Updated Dec. 20, 2016, 1:00 PM UTC", "en", "2016-12-20T12:44:00Z"},
	{"Wednesday January 18, 2017 10:44 am PST", "en-US", "2017-01-18T10:44:00-08:00"},
	{"Published 7:40 p.m. ET March 17, 2020", "en-US", "2020-03-17T19:40:00-04:00"},
	{"5:30AM (EST)", "en", ""},
	{"Published November 9, 2023 5:30AM (EST)", "en", "2023-11-09T05:30:00-05:00"},
	{"| Zuletzt geändert: Nov 7, 2023, 8:54 AM GMT+1", "de", "2023-11-07T08:54:00+01:00"},
	{"Updated 2307 GMT (0707 HKT) November 6, 2023", "en", "2023-11-06"},
	{"February 28 2024, 9:54 a.m.", "en-US", "2024-02-28T09:54:00"},
	{"12:00 a.m. March 1, 2024", "en-US", "2024-03-01T00:00:00"},
	{"12:30 PM March 1, 2024", "en-US", "2024-03-01T12:30:00"},
	// numeric, day or month first
	{"02.01.2006", "", "2006-01-02"},
	{"02.01.2006 - 15:04 Uhr", "de", "2006-01-02T15:04:00"},
	{"2/1/2006", "", "2006-01-02"},
	{"2/1/2006", "de", "2006-01-02"},
	{"2/1/2006", "en-GB", "2006-01-02"},
	{"2/1/2006", "en-US", "2006-02-01"},
	{"2/1/2006", "en", "2006-02-01"},
	{"2/13/2006", "", "2006-02-13"},
	{"13/2/2006", "en-US", "2006-02-13"},
	{"05.11.2014 um 14:25 Uhr", "en-US", "2014-11-05T14:25:00"},
	{"10/17/2022 04:01 PM EDT", "en", "2022-10-17T16:01:00-04:00"},
	{"10/11/2022 08:00 AM EDT", "", "2022-10-11T08:00:00-04:00"},
	{"02/11/2023 02:00pm GMT", "en", "2023-11-02T14:00:00Z"},
	{"01-09-17", "en-US", "2017-01-09"},
	{"11/08/23 5:19pm", "en-US", "2023-11-08T17:19:00"},
	{"Publié le 02/11/23 à 16h33", "fr", "2023-11-02T16:33:00"},
	{"08/03/2020 15h30", "pt-br", "2020-03-08T15:30:00"},
	{"le 06/04/2013 à 10:37", "fr", "2013-04-06T10:37:00"},
	{"14. 01. 2020, 13:47", "de", "2020-01-14T13:47:00"},
	{"28.5.2020 17:43", "sv", "2020-05-28T17:43:00"},
	{"29.07.2020 // 12:56", "de", "2020-07-29T12:56:00"},
	{"22.04.2024 | 15:54", "de", "2024-04-22T15:54:00"},
	{"18.07.2024, 11.08 Uhr", "de", "2024-07-18T11:08:00"},
	{"14.09.2022 um 21.11", "de-DE", "2022-09-14T21:11:00"},
	{"Erstellt am 01.01.23 um 08:35", "de", "2023-01-01T08:35:00"},
	{"1.11.23 20:19", "de-DE", "2023-11-01T20:19:00"},
	{"10.12.2022, 09:15:02", "de", "2022-12-10T09:15:02"},
	{"02-11-2023 • 16h43", "fr", "2023-11-02T16:43:00"},
	{"06/01/2026 - 14:16 UTC+1", "fr", "2026-01-06T14:16:00+01:00"},
	{"Actualizado el 08/05/2022 02:14 a.m.", "es", "2022-05-08T02:14:00"},
	{"02/11/2023 14:59 horas", "es", "2023-11-02T14:59:00"},
	{"07/05/2022 20H06", "es", "2022-05-07T20:06:00"},
	{"14:33:00 2020-09-15", "hy", "2020-09-15T14:33:00"},
	{"GMT 17:27 17.03.2020", "ar", "2020-03-17T17:27:00"},
	// German
	{"5. März 2024", "de", "2024-03-05"},
	{"Veröffentlicht am 5. März 2024 um 10:20 Uhr", "de", "2024-03-05T10:20:00"},
	{"19. Oktober 2019 um 14:37 Uhr", "de-DE", "2019-10-19T14:37:00"},
	{"18. Oktober 2023 - 13:11", "de", "2023-10-18T13:11:00"},
	{"13 Dezember, 2015 um 01:10", "de-DE", "2015-12-13T01:10:00"},
	{"Do 1 Aug 2019 / 01:15", "de", "2019-08-01T01:15:00"},
	{"Samstag, 19. Oktober 2019", "de", "2019-10-19"},
	{"30. Okt. 2023", "de", "2023-10-30"},
	{"23. Jänner 2024", "de-AT", "2024-01-23"},
	{"veröffentlicht am März 29, 2021", "de", "2021-03-29"},
	{"Mär 12, 2018 um 12:30 PDT", "de", "2018-03-12T12:30:00-07:00"},
	{"Aktualisiert am Donnerstag, 07.05.2020, 15:56", "de", "2020-05-07T15:56:00"},
	{"23. Okt 2017 um 0:31 Uhr", "de", "2017-10-23T00:31:00"},
	{"20. Juni 2019 17:32 Uhr", "de", "2019-06-20T17:32:00"},
	// French
	{"Publié le 27 octobre 2012 à 18:27", "fr", "2012-10-27T18:27:00"},
	{"Publié le 1er juillet 2024", "fr", "2024-07-01"},
	{"Publié le jeudi 24 Décembre 2020 à 07h47", "fr", "2020-12-24T07:47:00"},
	{"Mis à jour le 2 nov. 2023 à 16:16", "fr", "2023-11-02T16:16:00"},
	{"30 juil. 2019", "fr", "2019-07-30"},
	{"mardi 9 ao&#xFB;t 2022", "fr", "2022-08-09"},
	{"04.05.2015 à 13h36", "fr", "2015-05-04T13:36:00"},
	{"Publié le 27 Mar 20 à 9:21", "fr", "2020-03-27T09:21:00"},
	{"16 h 37, le 5 mars 2024", "fr", "2024-03-05T16:37:00"},
	// Spanish
	{"5 de marzo de 2024", "es", "2024-03-05"},
	{"21 de abril de 2022 a las 22:04h", "es-GT", "2022-04-21T22:04:00"},
	{"sabado 07 de mayo del 2022", "es", "2022-05-07"},
	{"Miércoles, 4 de Mayo de 2022 a las 07:46hrs.", "es", "2022-05-04T07:46:00"},
	{"Actualizado: 15 oct 2024 - 17:38 CEST", "es", "2024-10-15T17:38:00+02:00"},
	{"22 de Abril de 2022 - 00:00 HS", "es", "2022-04-22T00:00:00"},
	{"1 de diciembre de 2017 3:00 AM PST", "es", "2017-12-01T03:00:00-08:00"},
	{"Jueves, 2 noviembre 2023 - 15:05", "es", "2023-11-02T15:05:00"},
	{"10 setiembre, 2022", "es-PE", "2022-09-10"},
	// Italian
	{"5 ottobre 2024", "it", "2024-10-05"},
	{"28 luglio 2020 10:43", "it", "2020-07-28T10:43:00"},
	{"4 Febbraio 2025 - 14:41", "it", "2025-02-04T14:41:00"},
	{"Pubblicato il: 30 Settembre 2020", "it", "2020-09-30"},
	{"5 marzo 2024 alle ore 10:20", "it", "2024-03-05T10:20:00"},
	// Portuguese
	{"12 de março de 2024", "pt", "2024-03-12"},
	{"1 de novembro de 2020", "pt", "2020-11-01"},
	{"21.dez.2018 às 12h55", "pt-BR", "2018-12-21T12:55:00"},
	{"4 de maio de 2022, 05:34 h", "pt", "2022-05-04T05:34:00"},
	{"11 de Outubro de 2020, 8:34", "pt", "2020-10-11T08:34:00"},
	// Dutch
	{"5 maart 2024 om 10:20", "nl", "2024-03-05T10:20:00"},
	{"14 mrt. 2024", "nl", "2024-03-14"},
	{"1 januari 2027", "nl", "2027-01-01"},
	// Swedish, Danish, Norwegian, Finnish
	{"Publicerad 23 okt 2025 kl 10.23", "sv", "2025-10-23T10:23:00"},
	{"Uppdaterad 28.5.2020 17:43", "sv", "2020-05-28T17:43:00"},
	{"5. marts 2024 kl. 10.20", "da", "2024-03-05T10:20:00"},
	{"7. oktober 2020", "no", "2020-10-07"},
	{"5. desember 2023", "nb", "2023-12-05"},
	{"5. maaliskuuta 2024 klo 12.17", "fi", "2024-03-05T12:17:00"},
	{"19.2.2020 16:20", "fi", "2020-02-19T16:20:00"},
	// Polish, Czech, Slovak
	{"5 maja 2021 11:22", "pl", "2021-05-05T11:22:00"},
	{"30 &nbsp; kwietnia &nbsp; 2021 ,&nbsp; 11:55", "pl", "2021-04-30T11:55:00"},
	{"31 stycznia 2020 | 10:00", "pl", "2020-01-31T10:00:00"},
	{"5 marca 2024 r., godz. 10:20", "pl", "2024-03-05T10:20:00"},
	{"Aktualizacja: 7 sierpnia 2020 , 15:47", "pl", "2020-08-07T15:47:00"},
	{"5. března 2024 v 10:20", "cs", "2024-03-05T10:20:00"},
	{"12. září 2023", "cs", "2023-09-12"},
	{"1. júla 2023", "sk", "2023-07-01"},
	{"5. marca 2024", "sk", "2024-03-05"},
	// Russian, Ukrainian
	{"5 марта 2024", "ru", "2024-03-05"},
	{"5 марта 2024 года в 10:20", "ru", "2024-03-05T10:20:00"},
	{"29 января 2026", "ru", "2026-01-29"},
	{"14.05.2025, 20:28", "ru", "2025-05-14T20:28:00"},
	{"5 березня 2024 о 10:20", "uk", "2024-03-05T10:20:00"},
	{"12 листопада 2023", "uk", "2023-11-12"},
	// Turkish, Romanian, Hungarian, Greek, Indonesian, Arabic
	{"05 Mart 2024 Salı 10:20", "tr", "2024-03-05T10:20:00"},
	{"5 Ağustos 2024", "tr", "2024-08-05"},
	{"Güncelleme: 30.11.2020 18:14", "tr", "2020-11-30T18:14:00"},
	{"5 martie 2024, ora 10:20", "ro", "2024-03-05T10:20:00"},
	{"12 noiembrie 2023", "ro", "2023-11-12"},
	{"2024. március 5. 10:20", "hu", "2024-03-05T10:20:00"},
	{"2024. márc. 5.", "hu", "2024-03-05"},
	{"5 Μαρτίου 2024, 10:20", "el", "2024-03-05T10:20:00"},
	{"12 ΟΚΤΩΒΡΙΟΥ 2023", "el", "2023-10-12"},
	{"Senin, 4 Mei 2020 04:25 WIB", "id-ID", "2020-05-04T04:25:00+07:00"},
	{"17 Agustus 2023", "id", "2023-08-17"},
	{"الأربعاء، 07 أكتوبر 2020 - 12:09 م", "ar", "2020-10-07T12:09:00"},
	{"03 يونيو 2020", "ar", "2020-06-03"},
	// Levantine and international month names together, a time of the evening
	{"تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", "ar", "2020-04-24T21:22:00"},
	{"الأحد، 04 آب/اغسطس 2013، آخر تحديث", "ar", "2013-08-04"},
	{"24 نيسان (أبريل) 2020", "ar", "2020-04-24"},
	{"24 أبريل 2020 09:22 صباحًا", "ar", "2020-04-24T09:22:00"},
	{"الأحد، 04 كانون الثاني/يناير 2013، آخر تحديث", "ar", "2013-01-04"},
	{"5 تشرين الثاني (نوفمبر) 2021", "ar", "2021-11-05"},
	{"3 كانون الاول 2019", "ar", "2019-12-03"},
	// Chinese, Japanese, Korean
	{"2024年3月5日 10:20", "zh", "2024-03-05T10:20:00"},
	{"2024年03月05日", "zh", "2024-03-05"},
	{"2024年3月5日 下午3:20", "zh", "2024-03-05T15:20:00"},
	{"2025年1月13日 21時37分", "ja", "2025-01-13T21:37:00"},
	{"2019&#x5E74;4&#x6708;13&#x65E5;", "ja", "2019-04-13"},
	{"2019年3月5日（火） 08時15分", "ja", "2019-03-05T08:15:00"},
	{"2019.2.15(金) 13:40", "ja", "2019-02-15T13:40:00"},
	{"2022.8.10(Wed) 5:05", "ja", "2022-08-10T05:05:00"},
	{"2019.3.4 Mon 8:15", "ja", "2019-03-04T08:15:00"},
	{"2024/12/03 23:17", "ja", "2024-12-03T23:17:00"},
	{"２０２４年３月５日", "ja", "2024-03-05"},
	{"2024년 3월 5일", "ko", "2024-03-05"},
	{"2024년 3월 5일 오후 3:20", "ko", "2024-03-05T15:20:00"},
	{"입력 2024.03.05. 오후 3:20", "ko", "2024-03-05T15:20:00"},
	// zones that depend on the date (US rules)
	{"March 5, 2024 at 10:20 am ET", "en-US", "2024-03-05T10:20:00-05:00"},
	{"July 5, 2024 at 10:20 am ET", "en-US", "2024-07-05T10:20:00-04:00"},
	{"March 10, 2024 1:59 am ET", "en-US", "2024-03-10T01:59:00-05:00"},
	{"March 10, 2024 3:00 am ET", "en-US", "2024-03-10T03:00:00-04:00"},
	{"November 3, 2024 1:59 am ET", "en-US", "2024-11-03T01:59:00-04:00"},
	{"November 3, 2024 2:00 am ET", "en-US", "2024-11-03T02:00:00-05:00"},
	{"April 2, 2006 3:00 am PT", "en-US", "2006-04-02T03:00:00-07:00"},
	{"October 29, 2006 3:00 am CT", "en-US", "2006-10-29T03:00:00-06:00"},
	{"Dec. 16, 2016 2:05 PM PT", "en-US", "2016-12-16T14:05:00-08:00"},
	// no date
	{"", "", ""},
	{"   ", "", ""},
	{"1988", "", ""},
	{"2019", "", ""},
	{"2019-06", "", ""},
	{"2017/01", "", ""},
	{"November 2022", "", ""},
	{"Mar 27", "en", ""},
	{"26. Januar", "de", ""},
	{"Publié le 2 août", "fr", ""},
	{"Le 17 juillet à 22:09", "fr", ""},
	{"vor 28 Minuten", "de", ""},
	{"1 day ago", "en", ""},
	{"Heute, 11:07 Uhr", "de", ""},
	{"сегодня в 20:12", "ru", ""},
	{"21:52", "nl", ""},
	{"07:15 p. m.", "es", ""},
	{"16 h 37", "fr", ""},
	{"31.02.2024", "", ""},
	{"2024-02-30", "", ""},
	{"2023-02-29", "", ""},
	{"2024-13-01", "", ""},
	{"2024-03-05T25:00:00Z", "", "2024-03-05"}, // impossible time: the day stands
	{"March 5, 2024 10:61", "en", "2024-03-05"},
	{"1989-04-17", "", ""},
	{"2101-01-01", "", ""},
	{"0000-01-01T14:00:00+00:53", "", ""},
	{"1970-01-01T01:00:00+01:00", "", ""},
	{"4B535F7EB2971D1FCBA5D1D3E3E292C3", "", ""},
	{"637787971747838761", "", ""},
	{"PT15M", "", ""},
	{"P3M,14S", "", ""},
	{"7.4.30", "de", ""},
	{"version 1.2.3", "en", ""},
	{"۱۳۹۹/۰۲/۲۱ - ۱۸:۵۹", "fa", ""},
	{"15 – 30 Min", "de", ""},
	{"Mo-Su 08:00-20:00", "de", ""},
}

func TestParse(t *testing.T) {
	t.Parallel()
	for _, tc := range parseCases {
		t.Run(tc.lang+"/"+tc.in, func(t *testing.T) {
			t.Parallel()
			d, ok := Parse(tc.in, tc.lang)
			if tc.want == "" {
				assert.False(t, ok, "got %v", d.Time)
				assert.Equal(t, Date{}, d)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tc.want, show(t, d))
		})
	}
}

// TestParseISOFastPath checks that the RFC 3339 fast path and the general
// grammar agree on every input the fast path accepts.
func TestParseISOFastPath(t *testing.T) {
	t.Parallel()
	for _, tc := range parseCases {
		fast, ok := parseISO(strings.TrimSpace(tc.in))
		if !ok {
			continue
		}
		sc := scanner{src: tc.in, lang: parseLang(tc.lang), parse: true}
		slow, ok := sc.next()
		require.True(t, ok, tc.in)
		assert.Equal(t, show(t, fast), show(t, slow), tc.in)
		assert.Equal(t, fast.Zone, slow.Zone, tc.in)
	}
}

func TestParseZones(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"UTC": "+00:00", "GMT": "+00:00", "EST": "-05:00", "EDT": "-04:00",
		"CST": "-06:00", "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00",
		"PST": "-08:00", "PDT": "-07:00", "BST": "+01:00", "CET": "+01:00",
		"CEST": "+02:00", "MEZ": "+01:00", "MESZ": "+02:00", "EET": "+02:00",
		"EEST": "+03:00", "IST": "+05:30", "JST": "+09:00", "KST": "+09:00",
		"AEST": "+10:00", "AEDT": "+11:00", "MSK": "+03:00", "ET": "-05:00",
		"PT": "-08:00", "CT": "-06:00", "MT": "-07:00", "(EST)": "-05:00",
		"+0530": "+05:30", "-03:00": "-03:00", "UTC+2": "+02:00", "GMT-05:00": "-05:00",
	}
	for z, want := range cases {
		t.Run(z, func(t *testing.T) {
			t.Parallel()
			d, ok := Parse("5 March 2024 10:20 "+z, "")
			require.True(t, ok)
			require.True(t, d.Zone)
			assert.Equal(t, "2024-03-05T10:20:00"+want, d.Time.Format("2006-01-02T15:04:05-07:00"))
		})
	}
	// Lower-case abbreviations are words, not zones ("est" is French).
	d, ok := Parse("5 mars 2024 10:20 est", "fr")
	require.True(t, ok)
	assert.Equal(t, "2024-03-05T10:20:00", show(t, d))
}

// TestMonthTables parses "5 <name> 2024" for every month name of every
// language, so a name that folds onto another month's key fails here.
func TestMonthTables(t *testing.T) {
	t.Parallel()
	for lang, months := range monthNames {
		for i, names := range months {
			for _, n := range names {
				want := time.Date(2024, time.Month(i+1), 5, 0, 0, 0, 0, time.UTC)
				for _, in := range []string{"5 " + n + " 2024", "5 " + strings.ToUpper(n) + " 2024"} {
					d, ok := Parse(in, lang)
					if assert.True(t, ok, "%s %q", lang, in) {
						assert.Equal(t, want, d.Time, "%s %q", lang, in)
					}
				}
			}
		}
	}
	required := []string{"en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "fi", "pl", "cs", "sk", "ru", "uk", "tr", "ro", "hu", "el", "id"}
	for _, l := range required {
		assert.Contains(t, monthNames, l)
	}
}

func TestParseLang(t *testing.T) {
	t.Parallel()
	cases := map[string]int8{
		"": unknownOrder, "en": englishOrder, "EN": englishOrder, "en-US": monthFirst, "en_us": monthFirst,
		"en-PH": monthFirst, "en-GB": dayFirst, "en-AU": dayFirst, "de": dayFirst, "fr-CA": dayFirst,
		"en-Latn-US": monthFirst, "en-Latn": englishOrder, "en-Latn-GB": dayFirst,
	}
	for tag, want := range cases {
		assert.Equal(t, want, parseLang(tag).order, tag)
	}
}

func TestUSDST(t *testing.T) {
	t.Parallel()
	cases := []struct {
		y, m, d, h int
		want       bool
	}{
		{2024, 3, 10, 1, false}, {2024, 3, 10, 2, true}, {2024, 11, 3, 1, true}, {2024, 11, 3, 2, false},
		{2024, 1, 15, 12, false}, {2024, 7, 4, 12, true}, {2024, 12, 24, 12, false},
		{2006, 4, 2, 1, false}, {2006, 4, 2, 3, true}, {2006, 10, 29, 1, true}, {2006, 10, 29, 3, false},
		{2006, 3, 20, 12, false}, {2006, 11, 2, 12, false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, usDST(c.y, c.m, c.d, c.h), "%v", c)
	}
}

func TestDigitVal(t *testing.T) {
	t.Parallel()
	for r, want := range map[rune]int{'0': 0, '7': 7, '７': 7, '٣': 3, '۹': 9, '৫': 5, '५': 5, 'a': -1, '٫': -1} {
		assert.Equal(t, want, digitVal(r), string(r))
	}
}

func TestParseLongInput(t *testing.T) {
	t.Parallel()
	// Parse reads a bounded prefix: a date after it is not seen.
	long := strings.Repeat("word ", 1000) + "5 March 2024"
	_, ok := Parse(long, "en")
	assert.False(t, ok)
	d, ok := Parse("Updated: "+strings.Repeat(" ", 100)+"5 March 2024", "en")
	require.True(t, ok)
	assert.Equal(t, "2024-03-05", show(t, d))
}
