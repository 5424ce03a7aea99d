package charset

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Decode returns body converted to valid UTF-8 and the WHATWG name of the
// encoding it decided on ("utf-8", "windows-1252", "shift_jis", "gbk",
// "utf-16le"...). contentType is the HTTP Content-Type header value, "" when
// unknown.
//
// The encoding is decided, in order, by a byte order mark; the charset
// parameter of contentType; a <meta charset> or <meta http-equiv> declaration
// found by the WHATWG prescan; and, when nothing usable is declared,
// detection. A declaration the bytes plainly contradict is passed over for
// the next one, then for detection: bytes that are valid UTF-8 with
// multi-byte sequences are UTF-8 whatever the page declares, UTF-8 with a
// few stray bytes is repaired (the strays read as windows-1252) rather than
// re-guessed, and a Latin encoding declared over Cyrillic or CJK bytes, or a
// multi-byte encoding the bytes do not follow, is overridden. Detection reads
// a sample of at most 4 KB of the page's text and falls back to
// windows-1252. A body that is valid UTF-8 costs one utf8.Valid pass and a
// prescan of its first 4 KB: no detector runs on it, nor on a legacy page
// whose declaration checks out.
//
// A leading BOM is removed, and so is an incomplete UTF-8 sequence at the
// very end of a UTF-8 body (a body cut by a size limit). Empty input gives
// empty output, "utf-8" and no error. A body that LooksBinary (and is not
// BOM-less UTF-16 markup) gives nil, "" and ErrBinary.
//
// out may share memory with body (when body is already valid UTF-8, out is
// body or a subslice of it): the caller must not modify body while using
// out. Decode does not modify body, never panics, runs in time linear in
// len(body), allocates at most about three times len(body), and is safe for
// concurrent use.
func Decode(body []byte, contentType string) (out []byte, encoding string, err error) {
	if len(body) == 0 {
		return body, "utf-8", nil
	}
	if name, n := hasBOM(body); name != "" {
		return decodeKnown(body[n:], name), name, nil
	}
	if LooksBinary(body) {
		if name := sniffUTF16(body); name != "" && !hasMagic(body) {
			return decodeKnown(body, name), name, nil
		}
		return nil, "", ErrBinary
	}

	valid := utf8.Valid(body)
	if !valid {
		// A UTF-8 body cut short by a size limit loses its last,
		// incomplete character rather than the claim to be UTF-8.
		if n := len(body) - incompleteTail(body); n < len(body) && utf8.Valid(body[:n]) && !isASCII(body[:n]) {
			body, valid = body[:n], true
		}
	}
	f := facts{body: body, valid: valid}
	for _, label := range declarations(body, contentType, f.valid) {
		enc, name := lookup(label)
		if enc == nil {
			continue
		}
		if out, ok := f.decodeDeclared(enc, name); ok {
			return out, name, nil
		}
	}
	if f.valid {
		return body, "utf-8", nil
	}
	if f.mostlyUTF8() {
		return decodeUTF8Lenient(body), "utf-8", nil
	}
	name := f.detect()
	return decodeNamed(body, name), name, nil
}

// facts holds what Decode learns about a body, computed at most once.
type facts struct {
	body   []byte
	valid  bool   // utf8.Valid(body)
	mostly int    // mostlyUTF8(body): 0 unknown, 1 true, -1 false
	guess  string // detect(body), "" until computed
}

func (f *facts) detect() string {
	if f.guess == "" {
		f.guess = detect(f.body)
	}
	return f.guess
}

func (f *facts) mostlyUTF8() bool {
	if f.mostly == 0 {
		f.mostly = -1
		if mostlyUTF8(f.body) {
			f.mostly = 1
		}
	}
	return f.mostly > 0
}

// declarations returns the encoding labels the page declares, most
// authoritative first: the charset parameter of the Content-Type header,
// then the first <meta> declaration. A UTF-16 label in the header counts
// only for a body with a BOM or UTF-16 bytes, which never get here.
func declarations(body []byte, contentType string, valid bool) []string {
	labels := make([]string, 0, 2)
	if l := headerCharset(contentType); l != "" {
		if _, name := lookup(l); name != "utf-16le" && name != "utf-16be" {
			labels = append(labels, l)
		}
	}
	window := metaLen
	if !valid {
		window = metaLongLen
	}
	if l := prescan(body[:min(len(body), window)], metaLen); l != "" {
		labels = append(labels, l)
	}
	return labels
}

// decodeDeclared decodes the body with the declared encoding enc (named
// name) when the bytes agree with it, and returns ok=false when they plainly
// do not (Decode then tries the next declaration, UTF-8 or detection).
func (f *facts) decodeDeclared(enc encoding.Encoding, name string) ([]byte, bool) {
	body := f.body
	if name == "utf-8" {
		// Invalid UTF-8 is repaired or detected by Decode.
		return body, f.valid
	}
	if f.valid {
		if isASCII(body) {
			if asciiCompatible(name) {
				return body, true
			}
			return decodeWith(enc, name, body), true
		}
		// Valid UTF-8 with multi-byte sequences is UTF-8: legacy text in
		// any encoding almost never is. Only a short run of CJK text may
		// be both, so a CJK declaration the bytes decode cleanly under
		// wins when there are very few multi-byte sequences.
		if _, single := enc.(*charmap.Charmap); !single && fewMultiByte(body) {
			if out := decodeWith(enc, name, body); !decodeErrors(out, body) {
				return out, true
			}
		}
		return nil, false
	}
	if f.mostlyUTF8() {
		return nil, false
	}
	if latinEncodings[name] && denseHighBytes(sample(body)) {
		// A Latin encoding declared over Cyrillic, Greek or CJK bytes (the
		// Apache default "ISO-8859-1" header is the usual culprit).
		if d := f.detect(); !latinEncodings[d] {
			return nil, false
		}
	}
	out := decodeWith(enc, name, body)
	if decodeErrors(out, body) {
		if d := f.detect(); d != name {
			return nil, false
		}
	}
	return out, true
}

// fewMultiByte reports whether b has fewer than 8 multi-byte sequences.
func fewMultiByte(b []byte) bool {
	n := 0
	for i := 0; i < len(b); {
		i += asciiPrefix(b[i:])
		if i >= len(b) {
			break
		}
		if n++; n >= 8 {
			return false
		}
		_, size := utf8.DecodeRune(b[i:])
		i += size
	}
	return true
}

// decodeErrors reports whether decoding in produced out with more U+FFFD
// replacement characters than a correct legacy decoding would: more than 4
// and more than one per 50 bytes above 0x7F in the input.
func decodeErrors(out, in []byte) bool {
	n := bytes.Count(out, []byte("\uFFFD"))
	return n > 4 && n*50 > highBytes(in)
}

// decodeKnown decodes body, whose encoding is certain (from a BOM or UTF-16
// sniffing), to UTF-8.
func decodeKnown(body []byte, name string) []byte {
	switch name {
	case "utf-8":
		body = trimBOMs(body)
		if utf8.Valid(body) {
			return body
		}
		return decodeUTF8Lenient(body)
	case "utf-16le":
		return guard(decodeUTF16(body, unicode.LittleEndian))
	case "utf-16be":
		return guard(decodeUTF16(body, unicode.BigEndian))
	}
	return decodeNamed(body, name)
}

// decodeUTF16 decodes BOM-less UTF-16 with the given byte order.
func decodeUTF16(b []byte, order unicode.Endianness) []byte {
	out, err := unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().Bytes(b)
	if err != nil {
		return nil
	}
	return out
}

// decodeNamed decodes body with the encoding called name (a WHATWG name).
func decodeNamed(body []byte, name string) []byte {
	if name == "utf-8" {
		return decodeKnown(body, name)
	}
	enc, name := lookup(name)
	if enc == nil {
		enc, name = lookup("windows-1252")
	}
	return decodeWith(enc, name, body)
}

// guard is the last line of defence: it returns b as valid UTF-8 without
// leading BOMs.
func guard(b []byte) []byte {
	if !utf8.Valid(b) {
		b = []byte(strings.ToValidUTF8(string(b), "\uFFFD"))
	}
	return trimBOMs(b)
}

// trimBOMs removes every U+FEFF at the start of b: pages assembled from
// several files saved with a BOM (PHP includes) start with more than one.
func trimBOMs(b []byte) []byte {
	for bytes.HasPrefix(b, []byte("\uFEFF")) {
		b = b[len("\uFEFF"):]
	}
	return b
}
