package charset

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// fixture returns testdata/<name>.html (UTF-8, see testdata/README.md)
// with its "<!--charset-->" placeholder replaced by decl.
func fixture(t testing.TB, name, decl string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name+".html"))
	require.NoError(t, err)
	require.True(t, utf8.Valid(b), "fixtures are stored as UTF-8")
	return strings.Replace(string(b), "<!--charset-->", decl, 1)
}

// encode encodes s with enc; characters enc lacks become HTML references,
// as a server converting a UTF-8 CMS page to a legacy charset does.
func encode(t testing.TB, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := encoding.HTMLEscapeUnsupported(enc.NewEncoder()).Bytes([]byte(s))
	require.NoError(t, err)
	return b
}

// reference decodes b with the encoding it is known to be in.
func reference(t testing.TB, enc encoding.Encoding, b []byte) string {
	t.Helper()
	out, err := enc.NewDecoder().Bytes(b)
	require.NoError(t, err)
	return string(out)
}

const (
	metaUTF8 = `<meta charset="utf-8">`
	metaNone = ``
)

func metaCharset1(label string) string { return `<meta charset="` + label + `">` }

func metaHTTPEquiv(label string) string {
	return `<meta http-equiv="Content-Type" content="text/html; charset=` + label + `">`
}

// result is what a Decode case checks, as one value.
type result struct {
	Encoding string
	Out      string
	Err      error
}

func TestDecodeLegacyPages(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name     string
		fixture  string
		decl     string // placeholder replacement in the fixture
		enc      encoding.Encoding
		header   string // Content-Type
		want     string // encoding name Decode must choose
		contains string // text that must come out intact
	}{
		{"windows-1251 declared by meta", "ru", metaHTTPEquiv("windows-1251"), charmap.Windows1251, "", "windows-1251", "Андрей Колесников о встрече"},
		{"windows-1251 declared by meta charset", "ru", metaCharset1("cp1251"), charmap.Windows1251, "", "windows-1251", "Андрей Колесников о встрече"},
		{"windows-1251 undeclared", "ru", metaNone, charmap.Windows1251, "", "windows-1251", "специальный корреспондент"},
		{"windows-1251 under a text/html header without charset", "ru", metaNone, charmap.Windows1251, "text/html", "windows-1251", "специальный корреспондент"},
		{"koi8-r undeclared", "ru", metaNone, charmap.KOI8R, "", "koi8-r", "специальный корреспондент"},
		{"windows-1251 under an iso-8859-1 header", "ru", metaNone, charmap.Windows1251, "text/html; charset=ISO-8859-1", "windows-1251", "специальный корреспондент"},
		{"windows-1251 under an iso-8859-1 header, meta right", "ru", metaCharset1("windows-1251"), charmap.Windows1251, "text/html; charset=ISO-8859-1", "windows-1251", "специальный корреспондент"},
		{"shift_jis declared", "ja", metaHTTPEquiv("Shift_JIS"), japanese.ShiftJIS, "", "shift_jis", "宮崎県で震度5弱"},
		{"shift_jis undeclared", "ja", metaNone, japanese.ShiftJIS, "", "shift_jis", "気象庁は13日、午後9時19分ごろ"},
		{"euc-jp undeclared", "ja", metaNone, japanese.EUCJP, "", "euc-jp", "気象庁は13日、午後9時19分ごろ"},
		{"gb2312 declared", "zh", metaHTTPEquiv("gb2312"), simplifiedchinese.GBK, "", "gbk", "中美合作共赢符合国际社会利益"},
		{"gbk undeclared", "zh", metaNone, simplifiedchinese.GBK, "", "gb18030", "中美合作共赢符合国际社会利益"},
		{"gb18030 declared in header", "zh", metaNone, simplifiedchinese.GB18030, "text/html;charset=GB18030", "gb18030", "中美合作共赢符合国际社会利益"},
		{"euc-kr declared", "ko", metaCharset1("EUC-KR"), korean.EUCKR, "", "euc-kr", "소년공이 쏘아올린 정치 신화"},
		{"euc-kr undeclared", "ko", metaNone, korean.EUCKR, "", "euc-kr", "소년공이 쏘아올린 정치 신화"},
		{"windows-1252 French undeclared", "fr", metaNone, charmap.Windows1252, "", "windows-1252", "ministre du Redressement productif interviewé"},
		{"iso-8859-1 German undeclared", "de", metaNone, charmap.ISO8859_1, "", "windows-1252", "Nach Gaetz-Rückzug: Trump-Anwältin"},
		{"iso-8859-1 German declared", "de", metaHTTPEquiv("iso-8859-1"), charmap.ISO8859_1, "", "windows-1252", "Nach Gaetz-Rückzug: Trump-Anwältin"},
		{"iso-8859-15 French declared", "fr", metaCharset1("ISO-8859-15"), charmap.ISO8859_15, "", "iso-8859-15", "participations détenues par l'État"},
		{"iso-8859-2 Polish declared", "pl", metaHTTPEquiv("iso-8859-2"), charmap.ISO8859_2, "", "iso-8859-2", "Niemcy zamykają granice?"},
		{"windows-1250 Polish declared", "pl", metaHTTPEquiv("windows-1250"), charmap.Windows1250, "", "windows-1250", "Niemcy zamykają granice?"},
		{"iso-8859-2 Polish undeclared", "pl", metaNone, charmap.ISO8859_2, "", "iso-8859-2", "Niemcy zamykają granice?"},
		{"header overrides meta", "ru", metaCharset1("koi8-r"), charmap.Windows1251, "text/html; charset=windows-1251", "windows-1251", "Андрей Колесников о встрече"},
		{"meta says utf-8, bytes are latin-1", "de", metaUTF8, charmap.Windows1252, "", "windows-1252", "Nach Gaetz-Rückzug: Trump-Anwältin"},
		{"header says utf-8, bytes are windows-1251, meta right", "ru", metaCharset1("windows-1251"), charmap.Windows1251, "text/html; charset=utf-8", "windows-1251", "Андрей Колесников о встрече"},
		{"meta says utf-8, bytes are shift_jis", "ja", metaUTF8, japanese.ShiftJIS, "", "shift_jis", "宮崎県で震度5弱"},
		{"meta says shift_jis, bytes are euc-kr", "ko", metaCharset1("shift_jis"), korean.EUCKR, "", "euc-kr", "소년공이 쏘아올린 정치 신화"},
		{"meta says windows-1252, bytes are utf-8", "fr", metaCharset1("windows-1252"), unicode.UTF8, "", "utf-8", "participations détenues par l'État"},
		{"header says iso-8859-1, bytes are utf-8", "ru", metaNone, unicode.UTF8, "text/html; charset=iso-8859-1", "utf-8", "Андрей Колесников о встрече"},
		{"meta says shift_jis, bytes are utf-8", "ja", metaCharset1("shift_jis"), unicode.UTF8, "", "utf-8", "宮崎県で震度5弱"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			in := encode(t, tc.enc, fixture(t, tc.fixture, tc.decl))
			out, name, err := Decode(in, tc.header)
			want := result{Encoding: tc.want, Out: reference(t, tc.enc, in)}
			assert.Equal(t, want, result{Encoding: name, Out: string(out), Err: err})
			assert.Contains(t, string(out), tc.contains)
		})
	}
}

func TestDecodeUnicode(t *testing.T) {
	t.Parallel()
	page := fixture(t, "ru", metaNone)
	utf16 := func(order unicode.Endianness, bom unicode.BOMPolicy) []byte {
		return encode(t, unicode.UTF16(order, bom), page)
	}
	cases := []struct {
		name   string
		in     []byte
		header string
		want   result
	}{
		{"utf-16le with BOM", utf16(unicode.LittleEndian, unicode.UseBOM), "", result{"utf-16le", page, nil}},
		{"utf-16be with BOM", utf16(unicode.BigEndian, unicode.UseBOM), "", result{"utf-16be", page, nil}},
		{"utf-16le with BOM beats a header", utf16(unicode.LittleEndian, unicode.UseBOM), "text/html; charset=windows-1252", result{"utf-16le", page, nil}},
		{"utf-16le without BOM", utf16(unicode.LittleEndian, unicode.IgnoreBOM), "text/html; charset=utf-16", result{"utf-16le", page, nil}},
		{"utf-16be without BOM", utf16(unicode.BigEndian, unicode.IgnoreBOM), "", result{"utf-16be", page, nil}},
		{"utf-8 with BOM", append([]byte("\xef\xbb\xbf"), page...), "", result{"utf-8", page, nil}},
		{"utf-8 with BOM beats a header", append([]byte("\xef\xbb\xbf"), page...), "text/html; charset=koi8-r", result{"utf-8", page, nil}},
		{"utf-8 undeclared", []byte(page), "", result{"utf-8", page, nil}},
		{"utf-8 declared utf-16 in meta", []byte(metaCharset1("utf-16") + page), "", result{"utf-8", metaCharset1("utf-16") + page, nil}},
		{"utf-16 header over utf-8 bytes is ignored", []byte(page), "text/html; charset=utf-16", result{"utf-8", page, nil}},
		{"empty", []byte{}, "", result{"utf-8", "", nil}},
		{"BOM only", []byte("\xef\xbb\xbf"), "", result{"utf-8", "", nil}},
		{"two BOMs (PHP includes)", []byte("\xef\xbb\xbf\xef\xbb\xbf<p>x</p>"), "", result{"utf-8", "<p>x</p>", nil}},
		{"ascii declared windows-1252", []byte(`<meta charset="windows-1252"><p>plain</p>`), "", result{"windows-1252", `<meta charset="windows-1252"><p>plain</p>`, nil}},
		{"ascii, header utf-8 beats meta iso-2022-jp", []byte("<meta charset=iso-2022-jp><p>\x1b$B$3$s\x1b(B</p>"), "text/html; charset=utf-8", result{"utf-8", "<meta charset=iso-2022-jp><p>\x1b$B$3$s\x1b(B</p>", nil}},
		{"ascii declared unknown label", []byte(`<meta charset="x-bogus"><p>plain</p>`), "", result{"utf-8", `<meta charset="x-bogus"><p>plain</p>`, nil}},
		{"ascii declared iso-2022-kr (replacement)", []byte(`<meta charset="iso-2022-kr"><p>plain</p>`), "", result{"utf-8", `<meta charset="iso-2022-kr"><p>plain</p>`, nil}},
		{
			"iso-2022-jp declared",
			encode(t, japanese.ISO2022JP, `<meta charset="iso-2022-jp"><p>宮崎県で震度5弱</p>`), "",
			result{"iso-2022-jp", `<meta charset="iso-2022-jp"><p>宮崎県で震度5弱</p>`, nil},
		},
		{
			"utf-8 with stray latin-1 bytes is repaired",
			[]byte("<meta charset=utf-8>" + fixture(t, "de", "") + "<p>Mitgef\xfchl w\xe4hlen! caf\xe9. \x93Zitat\x94</p>"), "",
			result{"utf-8", "<meta charset=utf-8>" + fixture(t, "de", "") + "<p>Mitgefühl wählen! café. “Zitat”</p>", nil},
		},
		{
			"utf-8 truncated in a multibyte sequence at the end",
			[]byte("<p>Андрей Колесников \xd0"), "",
			result{"utf-8", "<p>Андрей Колесников ", nil},
		},
		{
			"utf-8 truncated after two bytes of three at the end",
			[]byte("<p>気象庁は13日\xe5\x8d"), "",
			result{"utf-8", "<p>気象庁は13日", nil},
		},
		{
			"utf-8 truncated in the middle",
			[]byte("<p>Андрей Колесников papieros\xd0...</p><p>気象庁\xe5\x8d...</p>"), "",
			result{"utf-8", "<p>Андрей Колесников papierosÐ...</p><p>気象庁\uFFFD...</p>", nil},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			out, name, err := Decode(tc.in, tc.header)
			assert.Equal(t, tc.want, result{Encoding: name, Out: string(out), Err: err})
		})
	}
}

func TestDecodeTruncatedLegacy(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		enc   encoding.Encoding
		label string
		fix   string
	}{
		{"shift_jis", japanese.ShiftJIS, "shift_jis", "ja"},
		{"euc-kr", korean.EUCKR, "euc-kr", "ko"},
		{"gbk", simplifiedchinese.GBK, "gbk", "zh"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			in := encode(t, tc.enc, fixture(t, tc.fix, metaCharset1(tc.label)))
			// Cut inside the first double-byte character of the article.
			p := bytes.Index(in, []byte("<p>"))
			require.Positive(t, p)
			i := p + bytes.IndexFunc(in[p:], func(r rune) bool { return r >= 0x80 })
			in = in[:i+1]
			out, name, err := Decode(in, "")
			require.NoError(t, err)
			assert.Equal(t, tc.label, name)
			assert.True(t, utf8.Valid(out))
			assert.True(t, strings.HasSuffix(string(out), "\uFFFD"), "ends with %q", out[max(0, len(out)-12):])
		})
	}
}

func TestDecodeBinary(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	random[100] = 0
	cases := []struct {
		name string
		in   []byte
	}{
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00")},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")},
		{"jpeg", []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")},
		{"gif", []byte("GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!")},
		{"webp", []byte("RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00")},
		{"zip", []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00")},
		{"gzip", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\x48\xcd\xc9\xc9\x07\x00")},
		{"random bytes with NULs", random},
		{"text with NULs", []byte("<html>\x00\x00\x00<body>\x00hello\x00</body></html>")},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			out, name, err := Decode(tc.in, "text/html")
			assert.True(t, errors.Is(err, ErrBinary), "err = %v", err)
			assert.Equal(t, result{Err: ErrBinary}, result{Encoding: name, Out: string(out), Err: err})
		})
	}
}

// TestDecodeMetaLate: a legacy page whose declaration comes after 4 KB of
// scripts is still read by its declaration.
func TestDecodeMetaLate(t *testing.T) {
	t.Parallel()
	page := fixture(t, "pl", "<script>"+strings.Repeat("var a = 1; ", 800)+"</script>\n"+metaCharset1("windows-1250"))
	in := encode(t, charmap.Windows1250, page)
	require.Greater(t, bytes.Index(in, []byte("windows-1250")), metaLen)
	out, name, err := Decode(in, "")
	assert.Equal(t, result{Encoding: "windows-1250", Out: page}, result{Encoding: name, Out: string(out), Err: err})
}

// TestDecodeNamesAreWHATWG: every name Decode returns resolves to itself in
// the WHATWG index, so callers can pass it on to htmlindex or a <meta>.
func TestDecodeNamesAreWHATWG(t *testing.T) {
	t.Parallel()
	for _, label := range []string{"utf-8", "windows-1251", "shift_jis", "gbk", "gb18030", "euc-kr", "euc-jp", "windows-1252", "iso-8859-2", "koi8-r", "utf-16le", "utf-16be", "iso-2022-jp"} {
		e, err := htmlindex.Get(label)
		require.NoError(t, err)
		name, err := htmlindex.Name(e)
		require.NoError(t, err)
		assert.Equal(t, label, name)
	}
	for _, label := range chardetNames {
		_, name := lookup(label)
		assert.NotEmpty(t, name, label)
	}
}

// TestDecodeWesternWithUTF8Fragments: a windows-1252 page with a UTF-8
// fragment pasted in reads right in both parts, and windows-1252 byte pairs
// that merely happen to be well-formed UTF-8 stay windows-1252.
func TestDecodeWesternWithUTF8Fragments(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, in, want string
	}{
		{"utf-8 letters in a latin-1 page", "<p>Gr\xfc\xdfe aus K\xf6ln</p><p>Widget: f\xc3\xbcr S\xc3\xa9bastien \xe2\x80\x9cok\xe2\x80\x9d</p>", "<p>Grüße aus Köln</p><p>Widget: für Sébastien “ok”</p>"},
		{"ß before a curly quote", "<p>\x84Fu\xdf\x93 und \xdc\xa0sterreich, Stra\xdf\xbb</p><p>K\xf6ln</p>", "<p>„Fuß“ und Ü\u00a0sterreich, Straß»</p><p>Köln</p>"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			out, name, err := Decode([]byte(tc.in), "text/html; charset=iso-8859-1")
			assert.Equal(t, result{Encoding: "windows-1252", Out: tc.want}, result{Encoding: name, Out: string(out), Err: err})
		})
	}
}
