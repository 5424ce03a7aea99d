package charset

import (
	"encoding/binary"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// asciiPrefix returns the length of the longest prefix of b below 0x80,
// eight bytes at a time.
func asciiPrefix(b []byte) int {
	i := 0
	for i+8 <= len(b) && binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 == 0 {
		i += 8
	}
	for i < len(b) && b[i] < 0x80 {
		i++
	}
	return i
}

// isASCII reports whether every byte of b is below 0x80.
func isASCII(b []byte) bool { return asciiPrefix(b) == len(b) }

// utf8Counts counts, in b, the well-formed multi-byte UTF-8 sequences (mb)
// and the malformed ones (bad: a stray byte, or a lead byte with fewer
// continuation bytes than it announces). It stops early, with partial
// counts, once bad sequences clearly dominate, so that it costs little on
// legacy-encoded text.
func utf8Counts(b []byte) (mb, bad int) {
	for i := 0; i < len(b); {
		i += asciiPrefix(b[i:])
		if i >= len(b) {
			break
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
			if bad >= 64 && bad > mb {
				break
			}
			n = 1 + partialLen(b[i:])
		} else {
			mb++
		}
		i += n
	}
	return mb, bad
}

// partialLen returns how many continuation bytes follow the lead byte b[0]
// of a malformed sequence, up to the number the lead byte announces: more
// than zero means the sequence was cut short rather than a stray byte.
func partialLen(b []byte) int {
	need := 0
	switch c := b[0]; {
	case c >= 0xc2 && c <= 0xdf:
		need = 1
	case c >= 0xe0 && c <= 0xef:
		need = 2
	case c >= 0xf0 && c <= 0xf4:
		need = 3
	}
	cont := 0
	for cont < need && 1+cont < len(b) && b[1+cont]&0xc0 == 0x80 {
		cont++
	}
	return cont
}

// incompleteTail returns the length of an incomplete but so far well-formed
// multi-byte sequence at the end of b (a body cut short by a size limit), or
// 0.
func incompleteTail(b []byte) int {
	for k := 1; k <= 3 && k <= len(b); k++ {
		c := b[len(b)-k]
		if c&0xc0 == 0x80 {
			continue // continuation byte: look further back for the lead
		}
		if c < 0xc2 || c > 0xf4 {
			return 0
		}
		if partialLen(b[len(b)-k:]) == k-1 && !utf8.FullRune(b[len(b)-k:]) {
			return k
		}
		return 0
	}
	return 0
}

// mostlyUTF8 reports whether b, which is not valid UTF-8, is UTF-8 text
// with a few stray bytes (a Latin-1 fragment pasted into a UTF-8 page, a
// sequence cut short by truncation): it has well-formed multi-byte
// sequences and at least four times as many of them as bad bytes. Legacy
// CJK text forms well-formed UTF-8 sequences by accident, but far fewer.
func mostlyUTF8(b []byte) bool {
	mb, bad := utf8Counts(b)
	return mb > 0 && mb >= 4*bad
}

// decodeUTF8Lenient returns b, which is mostly UTF-8, as valid UTF-8. A
// sequence cut short (a lead byte followed by some but not all of its
// continuation bytes, or a lead byte at the very end) becomes U+FFFD; any
// other stray byte is read as windows-1252, the encoding such fragments
// nearly always come from ("f\xfcr" becomes "für").
func decodeUTF8Lenient(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/32+8)
	run := 0 // start of the pending valid run
	for i := 0; i < len(b); {
		i += asciiPrefix(b[i:])
		if i >= len(b) {
			break
		}
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || n != 1 {
			i += n
			continue
		}
		out = append(out, b[run:i]...)
		c := b[i]
		cont := partialLen(b[i:])
		switch {
		case cont > 0 || i+1 == len(b) && c >= 0xc2 && c <= 0xf4:
			out = utf8.AppendRune(out, utf8.RuneError)
			i += 1 + cont
		default:
			out = utf8.AppendRune(out, charmap.Windows1252.DecodeByte(c))
			i++
		}
		run = i
	}
	return append(out, b[run:]...)
}
