package charset

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLooksBinary(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		in   string
		want bool
	}{
		{"html", "<!DOCTYPE html><html><body><p>Hello</p></body></html>", false},
		{"empty", "", false},
		{"legacy text", "<p>Gr\xfc\xdfe aus K\xf6ln</p>", false},
		{"iso-2022-jp escapes", "<p>\x1b$B$3$s$K$A$O\x1b(B</p>", false},
		{"form feed and tabs", "line\f\tline\r\n", false},
		{"one stray NUL in a long page", strings.Repeat("<p>text text text</p>\n", 100) + "\x00" + strings.Repeat("<p>more</p>\n", 100), false},
		{"utf-16le BOM", "\xff\xfe<\x00h\x00t\x00m\x00l\x00", false},
		{"utf-16be BOM", "\xfe\xff\x00<\x00h\x00t\x00m\x00l", false},
		{"utf-32le BOM", "\xff\xfe\x00\x00<\x00\x00\x00", true},
		{"pdf", "%PDF-1.4\n", true},
		{"png", "\x89PNG\r\n\x1a\n", true},
		{"jpeg", "\xff\xd8\xff\xdb", true},
		{"gif", "GIF87a", true},
		{"webp", "RIFF\x00\x00\x00\x00WEBPVP8L", true},
		{"riff text", "RIFFS and other guitar playing", false},
		{"zip", "PK\x03\x04", true},
		{"gzip", "\x1f\x8b\x08", true},
		{"bzip2", "BZh91AY&SY", true},
		{"text starting BZh", "BZhello world", false},
		{"mp4", "\x00\x00\x00\x18ftypmp42", true},
		{"woff2", "wOF2\x00\x01\x00\x00", true},
		{"elf", "\x7fELF\x02\x01\x01", true},
		{"NULs among text", "<html>\x00\x00\x00<body>", true},
		{"controls without NUL", strings.Repeat("\x01\x02\x03abcdefg", 20), true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tc.want, LooksBinary([]byte(tc.in)))
		})
	}
}

func TestSniffUTF16(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"<\x00h\x00t\x00m\x00l\x00>\x00":               "utf-16le",
		"\x00<\x00h\x00t\x00m\x00l\x00>":               "utf-16be",
		"<\x00p\x00>\x00\x1f\x04\x40\x04\x38\x04<\x00": "utf-16le", // Cyrillic among markup
		"<html>":                           "",
		"\x00\x00\x00\x00\x00\x00\x00\x00": "",
		"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00": "",
	}
	for in, want := range cases {
		assert.Equal(t, want, sniffUTF16([]byte(in)), "%q", in)
	}
}

func TestDecodeUTF8Lenient(t *testing.T) {
	t.Parallel()
	cases := []struct{ in, want string }{
		{"für", "für"},
		{"f\xfcr", "für"},
		{"\x93quoted\x94", "“quoted”"},
		{"caf\xe9.", "café."},
		{"end \xe2\x82", "end \uFFFD"},
		{"end \xe2", "end \uFFFD"},
		{"mid \xe2\x82 mid", "mid \uFFFD mid"},
		{"surrogate \xed\xa0\x80!", "surrogate \uFFFD!"},
		{"overlong \xc0\xaf", "overlong À\u00af"},
		{"\xff\xfe", "ÿþ"},
		{"literal \uFFFD kept", "literal \uFFFD kept"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, string(decodeUTF8Lenient([]byte(tc.in))), "%q", tc.in)
	}
}

func TestUTF8Helpers(t *testing.T) {
	t.Parallel()
	assert.Equal(t, 0, incompleteTail([]byte("abc")))
	assert.Equal(t, 0, incompleteTail([]byte("ab\xc3\xa9")))
	assert.Equal(t, 1, incompleteTail([]byte("ab\xc3")))
	assert.Equal(t, 2, incompleteTail([]byte("ab\xe2\x82")))
	assert.Equal(t, 3, incompleteTail([]byte("ab\xf0\x9f\x98")))
	assert.Equal(t, 0, incompleteTail([]byte("ab\xe9")[2:3][:0]))
	assert.Equal(t, 0, incompleteTail([]byte("caf\xe9 ")))
	assert.Equal(t, 0, incompleteTail([]byte("\x80\x80\x80")))

	mb, bad := utf8Counts([]byte("Grüße f\xfcr \xe2\x82"))
	assert.Equal(t, [2]int{2, 2}, [2]int{mb, bad})
	assert.True(t, mostlyUTF8([]byte("Grüße aus Köln, schön f\xfcr")))
	assert.False(t, mostlyUTF8([]byte("Gr\xfc\xdfe aus K\xf6ln")))

	assert.Equal(t, 5, asciiPrefix([]byte("hello\xffworld")))
	assert.Equal(t, 16, asciiPrefix([]byte("0123456789abcdef")))
	assert.True(t, isASCII(nil))
}
