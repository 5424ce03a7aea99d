package charset

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"github.com/stretchr/testify/require"
	htmlcharset "golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

// bigPage returns a page of about size bytes: the head of the fixture with
// decl, then its article repeated, encoded with enc.
func bigPage(b *testing.B, fix, decl string, enc encoding.Encoding, size int) []byte {
	b.Helper()
	page := fixture(b, fix, decl)
	i, j := strings.Index(page, "<article>"), strings.Index(page, "</article>")
	require.True(b, i > 0 && j > i)
	var sb strings.Builder
	sb.WriteString(page[:j])
	for sb.Len() < size {
		sb.WriteString(page[i:j])
	}
	sb.WriteString(page[j:])
	return encode(b, enc, sb.String())
}

func benchDecode(b *testing.B, in []byte, header, want string) {
	b.Helper()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		out, name, err := Decode(in, header)
		if err != nil || name != want || len(out) < len(in)/2 {
			b.Fatalf("Decode = %d bytes, %q, %v; want %q", len(out), name, err, want)
		}
	}
}

const benchSize = 20 << 20

func BenchmarkDecode(b *testing.B) {
	b.Run("utf-8 declared 20MB", func(b *testing.B) {
		benchDecode(b, bigPage(b, "ru", metaUTF8, unicode.UTF8, benchSize), "", "utf-8")
	})
	b.Run("utf-8 undeclared 20MB", func(b *testing.B) {
		benchDecode(b, bigPage(b, "ja", metaNone, unicode.UTF8, benchSize), "", "utf-8")
	})
	b.Run("utf-8 ascii 20MB", func(b *testing.B) {
		benchDecode(b, []byte(strings.Repeat("<p>The quick brown fox jumps over the lazy dog.</p>\n", benchSize/52)), "text/html; charset=utf-8", "utf-8")
	})
	b.Run("utf-8 stray latin-1 byte 20MB", func(b *testing.B) {
		in := bigPage(b, "de", metaUTF8, unicode.UTF8, benchSize)
		in = append(in, "<p>f\xfcr</p>"...)
		benchDecode(b, in, "", "utf-8")
	})
	b.Run("windows-1251 declared 20MB", func(b *testing.B) {
		benchDecode(b, bigPage(b, "ru", metaCharset1("windows-1251"), charmap.Windows1251, benchSize), "", "windows-1251")
	})
	b.Run("windows-1251 undeclared 20MB", func(b *testing.B) {
		benchDecode(b, bigPage(b, "ru", metaNone, charmap.Windows1251, benchSize), "", "windows-1251")
	})
	b.Run("windows-1252 undeclared 20MB", func(b *testing.B) {
		benchDecode(b, bigPage(b, "fr", metaNone, charmap.Windows1252, benchSize), "", "windows-1252")
	})
	b.Run("shift_jis declared 20MB", func(b *testing.B) {
		benchDecode(b, bigPage(b, "ja", metaCharset1("shift_jis"), japanese.ShiftJIS, benchSize), "", "shift_jis")
	})
	b.Run("windows-1251 undeclared 100KB", func(b *testing.B) {
		benchDecode(b, bigPage(b, "ru", metaNone, charmap.Windows1251, 100<<10), "", "windows-1251")
	})
	b.Run("utf-8 undeclared 100KB", func(b *testing.B) {
		benchDecode(b, bigPage(b, "ru", metaNone, unicode.UTF8, 100<<10), "", "utf-8")
	})
}

// BenchmarkBaseline measures, on the same inputs as BenchmarkDecode, the
// floor (utf8.Valid alone) and two common ways to do the same job:
// golang.org/x/net/html/charset.NewReader (WHATWG prescan of 1 KB, then
// decoding through a transform.Reader), and running github.com/gogs/chardet
// on every page as some extractors do.
func BenchmarkBaseline(b *testing.B) {
	inputs := []struct {
		name string
		in   []byte
	}{
		{"utf-8 20MB", bigPage(b, "ru", metaUTF8, unicode.UTF8, benchSize)},
		{"windows-1251 declared 20MB", bigPage(b, "ru", metaCharset1("windows-1251"), charmap.Windows1251, benchSize)},
		{"utf-8 100KB", bigPage(b, "ru", metaUTF8, unicode.UTF8, 100<<10)},
	}
	for _, in := range inputs {
		b.Run("utf8.Valid/"+in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.in)))
			b.ReportAllocs()
			for b.Loop() {
				_ = utf8.Valid(in.in)
			}
		})
		b.Run("x-net-html-charset/"+in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.in)))
			b.ReportAllocs()
			for b.Loop() {
				r, err := htmlcharset.NewReader(bytes.NewReader(in.in), "")
				require.NoError(b, err)
				out, err := io.ReadAll(r)
				require.NoError(b, err)
				require.Greater(b, len(out), len(in.in)/2)
			}
		})
		b.Run("chardet-html/"+in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.in)))
			b.ReportAllocs()
			for b.Loop() {
				r, err := chardet.NewHtmlDetector().DetectBest(in.in)
				require.NoError(b, err)
				require.NotEmpty(b, r.Charset)
			}
		})
	}
}
