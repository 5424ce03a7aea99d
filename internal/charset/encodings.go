package charset

import (
	"encoding/binary"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

// aliases maps labels seen on real pages that are not WHATWG labels to the
// WHATWG label they mean. Never mutated.
var aliases = map[string]string{
	"shift-jis":   "shift_jis",
	"shiftjis":    "shift_jis",
	"sjis-win":    "shift_jis",
	"cp932":       "shift_jis",
	"euckr":       "euc-kr",
	"eucjp":       "euc-jp",
	"euc-cn":      "gbk",
	"euccn":       "gbk",
	"gb-2312":     "gb2312",
	"gb_18030":    "gb18030",
	"gb-18030":    "gb18030",
	"cp936":       "gbk",
	"cp949":       "euc-kr",
	"uhc":         "euc-kr",
	"big-5":       "big5",
	"cp950":       "big5",
	"utf_8":       "utf-8",
	"utf-8n":      "utf-8",
	"koi8r":       "koi8-r",
	"koi8u":       "koi8-u",
	"latin-1":     "iso-8859-1",
	"latin-2":     "iso-8859-2",
	"iso-latin-1": "iso-8859-1",
}

// lookup resolves an encoding label to an encoding and its WHATWG name
// (lowercase, e.g. "windows-1252", "shift_jis", "gbk"), or nil and "". Labels
// follow the WHATWG Encoding Standard, so iso-8859-1 and us-ascii resolve to
// windows-1252 and gb2312 to gbk; a few common misspellings are accepted.
// The "replacement" encoding (iso-2022-kr, hz-gb-2312...) is not usable for
// extraction and resolves to nil.
func lookup(label string) (encoding.Encoding, string) {
	label = strings.ToLower(strings.Trim(label, " \t\n\f\r\"'"))
	if label == "" || len(label) > 40 {
		return nil, ""
	}
	for _, l := range [...]string{label, aliases[label], normalizeLabel(label)} {
		if l == "" {
			continue
		}
		e, err := htmlindex.Get(l)
		if err != nil || e == encoding.Replacement {
			continue
		}
		name, err := htmlindex.Name(e)
		if err != nil {
			continue
		}
		return e, name
	}
	return nil, ""
}

// normalizeLabel rewrites the spelling variants "win1251", "cp-1251",
// "windows_1251", "iso8859_2", "iso 8859-2" to the canonical WHATWG labels.
func normalizeLabel(l string) string {
	l = strings.NewReplacer("_", "-", " ", "-").Replace(l)
	for _, p := range [...]string{"windows-", "windows", "win-", "win", "cp-", "cp", "x-cp"} {
		if d, ok := strings.CutPrefix(l, p); ok && isDigits(d) {
			return "windows-" + d
		}
	}
	for _, p := range [...]string{"iso-8859-", "iso8859-", "iso-8859", "iso8859"} {
		if d, ok := strings.CutPrefix(l, p); ok && isDigits(d) {
			return "iso-8859-" + d
		}
	}
	return l
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// asciiCompatible reports whether the named encoding decodes bytes below
// 0x80 as ASCII, so that pure ASCII input decodes to itself.
func asciiCompatible(name string) bool {
	switch name {
	case "utf-16le", "utf-16be", "iso-2022-jp", "replacement":
		return false
	}
	return true
}

// latinEncodings are the single-byte encodings of Latin-script languages,
// whose text has few bytes above 0x7F. Never mutated.
var latinEncodings = map[string]bool{
	"windows-1252": true, "iso-8859-15": true, "iso-8859-2": true, "windows-1250": true,
	"iso-8859-3": true, "iso-8859-4": true, "iso-8859-10": true, "iso-8859-13": true,
	"iso-8859-14": true, "iso-8859-16": true, "windows-1254": true, "windows-1257": true,
	"macintosh": true,
}

// decodeWith converts b from enc (named name) to UTF-8. The result is valid
// UTF-8 (by construction for single-byte encodings, through guard for the
// others): bytes the encoding does not define become U+FFFD.
func decodeWith(enc encoding.Encoding, name string, b []byte) []byte {
	if cm, ok := enc.(*charmap.Charmap); ok {
		if out, ok := decodeSingleByte(cm, b, name == "windows-1252" || name == "iso-8859-15"); ok {
			return out
		}
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		// x/text decoders replace malformed input rather than fail; this is
		// a guard, not an expected path.
		return []byte(strings.ToValidUTF8(string(b), "\uFFFD"))
	}
	return guard(out)
}

// decodeSingleByte decodes b with a single-byte charmap through a 128-entry
// table built per call, several times faster than the generic transformer
// on large bodies. ok is false if the charmap does not map 0x00-0x7F to
// ASCII (then the caller uses the generic decoder).
//
// With keepUTF8, the UTF-8 sequences of Latin-1 letters and of common
// punctuation are kept as they are (see mojibakeLen): a UTF-8 fragment (a
// widget, a comment) pasted into a Western page then reads "für" rather
// than "fÃ¼r".
func decodeSingleByte(cm *charmap.Charmap, b []byte, keepUTF8 bool) (out []byte, ok bool) {
	var (
		tab   [128]uint32 // UTF-8 bytes of the rune for 0x80+i, little endian
		tlen  [128]int
		extra [256]uint8 // output bytes beyond one per input byte
	)
	for i := range 256 {
		r := cm.DecodeByte(byte(i))
		if i < 0x80 {
			if r != rune(i) {
				return nil, false
			}
			continue
		}
		var buf [4]byte
		n := utf8.EncodeRune(buf[:], r)
		tab[i-0x80], tlen[i-0x80], extra[i] = binary.LittleEndian.Uint32(buf[:]), n, uint8(n-1)
	}
	size := len(b)
	for _, c := range b {
		size += int(extra[c])
	}
	// Four bytes of slack let every rune be written with one 32-bit store.
	out = make([]byte, size+4)
	o := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			if i+8 <= len(b) {
				if w := binary.LittleEndian.Uint64(b[i:]); w&0x8080808080808080 == 0 && o+8 <= len(out) {
					binary.LittleEndian.PutUint64(out[o:], w)
					i, o = i+8, o+8
					continue
				}
			}
			out[o] = c
			i, o = i+1, o+1
			continue
		}
		if keepUTF8 && (c == 0xc2 || c == 0xc3 || c == 0xe2) {
			if n := mojibakeLen(b[i:]); n > 0 {
				o += copy(out[o:], b[i:i+n])
				i += n
				continue
			}
		}
		binary.LittleEndian.PutUint32(out[o:], tab[c-0x80])
		i, o = i+1, o+tlen[c-0x80]
	}
	return out[:o:o], true
}

// mojibakeLen returns the length of the UTF-8 sequence at the start of b if
// it is one that, read as windows-1252, makes the classic mojibake and
// nothing a Western text would contain: "Ã" or "Â" followed by a byte in
// 0xA0-0xBF or (for "Ã") 0x80-0xBF, which is U+00A0-U+00FF in UTF-8 (é is
// "Ã©"), and "â€" or "â„" followed by a byte in 0x80-0xBF, which is U+2000-
// U+213F (’ is "â€™"). Other well-formed sequences ("ß“" is DF 93) are
// plausible windows-1252 text, so it returns 0 for them.
func mojibakeLen(b []byte) int {
	switch {
	case len(b) >= 2 && b[0] == 0xc3 && b[1]&0xc0 == 0x80,
		len(b) >= 2 && b[0] == 0xc2 && b[1] >= 0xa0 && b[1] <= 0xbf:
		return 2
	case len(b) >= 3 && b[0] == 0xe2 && (b[1] == 0x80 || b[1] == 0x84) && b[2]&0xc0 == 0x80:
		return 3
	}
	return 0
}
