package charset

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// FuzzDecode checks that Decode never panics, does not modify its input,
// always returns valid UTF-8 without a leading BOM (or ErrBinary and
// nothing), and returns a valid UTF-8 input unchanged when it has no
// Content-Type, no BOM, no NUL byte (NULs make it binary or BOM-less UTF-16)
// and does not declare ISO-2022-JP (the one declared encoding that changes
// ASCII bytes).
func FuzzDecode(f *testing.F) {
	seeds := []struct {
		fix  string
		decl string
		enc  encoding.Encoding
	}{
		{"ru", metaHTTPEquiv("windows-1251"), charmap.Windows1251},
		{"ru", metaNone, charmap.KOI8R},
		{"ja", metaCharset1("shift_jis"), japanese.ShiftJIS},
		{"ja", metaNone, japanese.EUCJP},
		{"zh", metaCharset1("gb2312"), simplifiedchinese.GBK},
		{"ko", metaNone, korean.EUCKR},
		{"fr", metaNone, charmap.Windows1252},
		{"de", metaUTF8, charmap.ISO8859_1},
		{"pl", metaNone, charmap.ISO8859_2},
		{"de", metaUTF8, unicode.UTF8},
		{"ja", metaNone, unicode.UTF8BOM},
		{"ru", metaNone, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)},
	}
	for _, s := range seeds {
		f.Add(encode(f, s.enc, fixture(f, s.fix, s.decl)), "")
	}
	names, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err == nil {
			f.Add(b, "text/html; charset=windows-1252")
		}
	}
	f.Add([]byte("<meta charset=iso-2022-jp><p>\x1b$B$3$s\x1b(B</p>"), "")
	f.Add([]byte("<p>f\xfcr \xe2\x82"), "text/html; charset=utf-8")
	f.Add([]byte("\x89PNG\r\n\x1a\n\x00\x00"), "image/png")
	f.Add([]byte("<\x00h\x00t\x00m\x00l\x00>\x00"), "text/html; charset=utf-16")
	f.Add([]byte(""), "")

	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		in := bytes.Clone(body)
		out, name, err := Decode(body, contentType)
		if !bytes.Equal(in, body) {
			t.Fatalf("Decode modified its input")
		}
		if err != nil {
			if !errors.Is(err, ErrBinary) || out != nil || name != "" {
				t.Fatalf("Decode = %q, %q, %v", out, name, err)
			}
			return
		}
		if !utf8.Valid(out) {
			t.Fatalf("Decode(%q) = %q (%s): not valid UTF-8", body, out, name)
		}
		if bytes.HasPrefix(out, []byte("\uFEFF")) {
			t.Fatalf("Decode(%q) = %q: leading BOM", body, out)
		}
		if contentType == "" && utf8.Valid(body) && !bytes.HasPrefix(body, []byte("\uFEFF")) &&
			bytes.IndexByte(body, 0) < 0 && name != "iso-2022-jp" && !bytes.Equal(out, body) {
			t.Fatalf("Decode(%q) = %q (%s): valid UTF-8 changed", body, out, name)
		}
	})
}
