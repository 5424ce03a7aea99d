package charset

import (
	"bytes"

	"github.com/gogs/chardet"
)

// Sampling limits for detection. Statistical detection reads a bounded
// sample of the page's text, never the whole body.
const (
	sampleLen      = 4 << 10 // bytes of text handed to the detector
	sampleASCIILen = 1 << 10 // of which at most this much from text nodes without a byte above 0x7F
	minHighBytes   = 16      // below this, the text sample says too little
)

// sample collects text from the HTML in b for statistical detection: the
// text between tags, outside comments, scripts and styles, with runs of
// white space collapsed, preferring text nodes that contain bytes above
// 0x7F (those decide the encoding; pure ASCII navigation only dilutes it).
// If the text holds too few such bytes (they sit in attributes or scripts),
// it falls back to the raw bytes around the first of them.
func sample(b []byte) []byte {
	out := make([]byte, 0, sampleLen)
	asciiLen := 0
	for p := 0; p < len(b) && len(out) < sampleLen; {
		lt := bytes.IndexByte(b[p:], '<')
		end := len(b)
		if lt >= 0 {
			end = p + lt
		}
		if end > p {
			text := b[p:end]
			ascii := isASCII(text)
			if !ascii || asciiLen < sampleASCIILen {
				n := len(out)
				out = appendCollapsed(out, text, sampleLen)
				if ascii {
					asciiLen += len(out) - n
				}
			}
		}
		if lt < 0 {
			break
		}
		p = skipMarkup(b, end)
	}
	if highBytes(out) >= minHighBytes {
		return out
	}
	i := asciiPrefix(b)
	if i == len(b) {
		return out
	}
	start := max(0, i-256)
	return b[start:min(len(b), start+sampleLen)]
}

// skipMarkup returns the position after the markup that starts at b[p]
// ('<'): a comment, a tag, or a script or style element with its content.
func skipMarkup(b []byte, p int) int {
	rest := b[p:]
	if bytes.HasPrefix(rest, []byte("<!--")) {
		if i := bytes.Index(rest[4:], []byte("-->")); i >= 0 {
			return p + 4 + i + 3
		}
		return len(b)
	}
	gt := bytes.IndexByte(rest, '>')
	if gt < 0 {
		return len(b)
	}
	for _, tag := range [...]string{"script", "style"} {
		if len(rest) > len(tag)+1 && hasPrefixFold(rest[1:], tag) {
			if c := rest[1+len(tag)]; isSpace(c) || c == '>' || c == '/' {
				if i := indexFold(rest[gt:], "</"+tag); i >= 0 {
					return p + gt + i
				}
				return len(b)
			}
		}
	}
	return p + gt + 1
}

// appendCollapsed appends text to out with runs of white space collapsed
// to one space and character references ("&eacute;", "&#x30AC;") left out:
// they are ASCII and say nothing of the encoding. It stops at limit bytes.
func appendCollapsed(out, text []byte, limit int) []byte {
	space := len(out) > 0 && out[len(out)-1] == ' '
	for i := 0; i < len(text) && len(out) < limit; i++ {
		c := text[i]
		if c == '&' {
			if n := refLen(text[i:]); n > 0 {
				i += n - 1
				continue
			}
		}
		if isSpace(c) {
			if !space {
				out = append(out, ' ')
				space = true
			}
			continue
		}
		out = append(out, c)
		space = false
	}
	if !space && len(out) < limit && len(out) > 0 {
		out = append(out, ' ')
	}
	return out
}

// refLen returns the length of the character reference at the start of b
// ("&amp;", "&#233;", "&#x30AC;"), or 0.
func refLen(b []byte) int {
	for i := 1; i < len(b) && i <= 32; i++ {
		c := b[i]
		switch {
		case c == ';':
			if i > 1 {
				return i + 1
			}
			return 0
		case isLetter(c) || '0' <= c && c <= '9' || c == '#' && i == 1:
		default:
			return 0
		}
	}
	return 0
}

// highBytes counts the bytes of b above 0x7F.
func highBytes(b []byte) int {
	n := 0
	for _, c := range b {
		if c >= 0x80 {
			n++
		}
	}
	return n
}

// denseHighBytes reports whether the bytes above 0x7F in a text sample are
// as many as 40% of its letters: the text is not in a Latin-script language
// (whose legacy encodings leave most letters ASCII) but Cyrillic, Greek,
// Arabic, Hebrew, Thai or CJK.
func denseHighBytes(s []byte) bool {
	high, letters := 0, 0
	for _, c := range s {
		switch {
		case c >= 0x80:
			high++
		case isLetter(c):
			letters++
		}
	}
	return high >= minHighBytes && high*10 >= (high+letters)*4
}

// chardetNames maps the charset names github.com/gogs/chardet reports to
// WHATWG labels; names missing here (UTF-16/32, ISO-2022-*, EBCDIC IBM420
// and IBM424) are not plausible for a web page that is not valid UTF-8 and
// are never chosen. Never mutated.
var chardetNames = map[string]string{
	"UTF-8":        "utf-8",
	"ISO-8859-1":   "windows-1252",
	"windows-1252": "windows-1252",
	"ISO-8859-2":   "iso-8859-2",
	"windows-1250": "windows-1250",
	"ISO-8859-5":   "iso-8859-5",
	"ISO-8859-6":   "iso-8859-6",
	"ISO-8859-7":   "iso-8859-7",
	"windows-1253": "windows-1253",
	"ISO-8859-8":   "iso-8859-8",
	"ISO-8859-8-I": "iso-8859-8-i",
	"windows-1255": "windows-1255",
	"ISO-8859-9":   "windows-1254",
	"windows-1254": "windows-1254",
	"windows-1251": "windows-1251",
	"windows-1256": "windows-1256",
	"KOI8-R":       "koi8-r",
	"Shift_JIS":    "shift_jis",
	"GB18030":      "gb18030",
	"EUC-JP":       "euc-jp",
	"EUC-KR":       "euc-kr",
	"Big5":         "big5",
}

// Chardet confidences (1-100): below minConfidence a guess is not trusted;
// at sureCJK a multi-byte guess is taken even where the density of high
// bytes suggested a Latin-script text (a page written mostly in character
// references).
const (
	minConfidence = 10
	sureCJK       = 90
)

// multiByteNames are the WHATWG names of the CJK multi-byte encodings
// chardet recognizes. Never mutated.
var multiByteNames = map[string]bool{
	"shift_jis": true, "euc-jp": true, "gb18030": true, "gbk": true, "euc-kr": true, "big5": true,
}

// detect guesses the encoding of b, an HTML body that is not valid UTF-8
// and declares no usable encoding, from a sample of its text. It returns a
// WHATWG encoding name: one of the Latin single-byte encodings when the
// text's bytes above 0x7F are sparse, a non-Latin one when they are dense,
// and windows-1252 when the detector has no plausible answer.
func detect(b []byte) string {
	s := sample(b)
	dense := denseHighBytes(s)
	results, err := chardet.NewTextDetector().DetectAll(s)
	if err != nil {
		return "windows-1252"
	}
	for _, r := range results {
		if r.Confidence < minConfidence {
			break
		}
		label, ok := chardetNames[r.Charset]
		if !ok {
			continue
		}
		if label == "utf-8" {
			return label
		}
		_, name := lookup(label)
		if name == "" {
			continue
		}
		// A CJK detector this sure has seen many common characters;
		// otherwise the guess must fit the density of high bytes.
		if latinEncodings[name] == dense && !(r.Confidence >= sureCJK && multiByteNames[name]) {
			continue
		}
		return name
	}
	return "windows-1252"
}
