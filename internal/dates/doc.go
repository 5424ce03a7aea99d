// Package dates reads the dates news pages print, in metadata and in
// visible text, in many languages.
//
// Parse reads one date string ("2024-11-22T06:57:50.233Z", "Jan. 2, 2006
// 3:04 PM EST", "5. März 2024", "2024年3月5日 10:20"); Scan finds date
// expressions in running text such as a byline, and Find does the same
// with their byte positions, for callers that read the words around a
// date; FromURL finds the day in a URL path. All four are safe for
// concurrent use, never panic, and work in time and memory bounded by
// their input. A Date says whether it was DayOnly, carried a Zone, and
// whether it was written in numbers whose day and month could trade
// places (Ambiguous), so callers can re-read it against other evidence.
//
// The parser is a hand-written tokenizer and a small grammar over tokens,
// driven by word tables: month names and abbreviations of more than twenty
// languages in their grammatical forms, weekday names, connector words
// ("at", "um", "à", "a las", "в") and zone abbreviations. It does not use
// regular expressions or a general-purpose date library.
//
// Files:
//
//	date.go   Date, Parse, Scan, Find, the year bounds
//	iso.go    fast paths: RFC 3339 and its variants, digit-only strings, epochs
//	token.go  the lexer: numbers, words, punctuation
//	match.go  the grammar: date, time of day, zone, and how they combine
//	words.go  month, weekday, connector and suffix tables; word folding
//	zone.go   zone abbreviations, US daylight saving time, fixed zones
//	url.go    FromURL
package dates
