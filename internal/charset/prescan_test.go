package charset

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPrescan(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		head string
		want string
	}{
		{"meta charset", `<!DOCTYPE html><html><head><meta charset="windows-1251"><title>x</title>`, "windows-1251"},
		{"meta charset unquoted", `<meta charset=shift_jis>`, "shift_jis"},
		{"meta charset single quotes, upper case", `<META CHARSET='EUC-KR'>`, "euc-kr"},
		{"meta charset self-closing", `<meta charset="gb2312"/>`, "gbk"},
		{"http-equiv", `<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">`, "koi8-r"},
		{"http-equiv, content first", `<meta content="text/html;charset=ISO-8859-2" http-equiv="content-type" />`, "iso-8859-2"},
		{"http-equiv, quoted charset in content", `<meta http-equiv=Content-Type content='text/html; charset="big5"'>`, "big5"},
		{"content without http-equiv is ignored", `<meta content="text/html; charset=koi8-r"><meta charset="utf-8">`, "utf-8"},
		{"first declaration wins", `<meta charset="windows-1252"><meta charset="utf-8">`, "windows-1252"},
		{"charset attribute beats content in the same tag", `<meta http-equiv="Content-Type" charset="euc-jp" content="text/html; charset=utf-8">`, "euc-jp"},
		{"repeated attribute ignored", `<meta charset="euc-jp" charset="utf-8">`, "euc-jp"},
		{"iso-8859-1 is windows-1252", `<meta charset="ISO-8859-1">`, "windows-1252"},
		{"us-ascii is windows-1252", `<meta charset="us-ascii">`, "windows-1252"},
		{"utf-16 in meta is utf-8", `<meta charset="utf-16">`, "utf-8"},
		{"x-user-defined is windows-1252", `<meta charset="x-user-defined">`, "windows-1252"},
		{"unknown label skipped", `<meta charset="klingon"><meta charset="euc-kr">`, "euc-kr"},
		{"misspelled label", `<meta charset="win-1251">`, "windows-1251"},
		{"inside a comment", `<!-- <meta charset="koi8-r"> --><meta charset="gbk">`, "gbk"},
		{"comment with short close", `<!--><meta charset="koi8-r">`, "koi8-r"},
		{"inside an attribute value", `<a title='<meta charset="koi8-r">'></a><meta charset=big5>`, "big5"},
		{"quoted '>' in another tag", `<link href="a>b"><meta charset="euc-jp">`, "euc-jp"},
		{"processing instruction", `<?xml version="1.0" encoding="utf-8"?><meta charset="euc-jp">`, "euc-jp"},
		{"not a meta tag", `<metadata charset="koi8-r">`, ""},
		{"no declaration", `<html><head><title>x</title></head><body></body></html>`, ""},
		{"cut inside the tag", `<meta charset="windows-12`, ""},
		{"property=charset is not a declaration", `<meta content="utf-8" property="charset" />`, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tc.want, prescan([]byte(tc.head), metaLen))
		})
	}
}

func TestPrescanStopsAtLateBody(t *testing.T) {
	t.Parallel()
	pad := "<script>" + strings.Repeat("x", metaLen) + "</script>"
	assert.Equal(t, "koi8-r", prescan([]byte(pad+`<meta charset="koi8-r"><body>`), metaLen))
	assert.Equal(t, "", prescan([]byte(pad+`<body><pre><meta charset="koi8-r">`), metaLen))
	assert.Equal(t, "koi8-r", prescan([]byte(`<body><meta charset="koi8-r">`), metaLen), "a <body> inside the first window does not stop the scan")
}

func TestHeaderCharset(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"":                                "",
		"text/html":                       "",
		"text/html; charset=UTF-8":        "UTF-8",
		"text/html;charset=windows-1251":  "windows-1251",
		`text/html; charset="Shift_JIS"`:  "Shift_JIS",
		"text/html; charset=euc-kr; q=1":  "euc-kr",
		"text/html; charset=gb2312;;":     "gb2312",
		"text/html; charset = iso-8859-1": "iso-8859-1",
		"charset=koi8-r":                  "koi8-r",
	}
	for in, want := range cases {
		t.Run(in, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, want, headerCharset(in))
		})
	}
}

func TestLookup(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"utf-8":          "utf-8",
		" UTF8 ":         "utf-8",
		"utf_8":          "utf-8",
		"latin1":         "windows-1252",
		"iso-8859-1":     "windows-1252",
		"ISO8859_1":      "windows-1252",
		"iso 8859-2":     "iso-8859-2",
		"us-ascii":       "windows-1252",
		"cp1251":         "windows-1251",
		"win1251":        "windows-1251",
		"windows_1250":   "windows-1250",
		"Shift-JIS":      "shift_jis",
		"x-sjis":         "shift_jis",
		"gb2312":         "gbk",
		"GB_18030":       "gb18030",
		"ks_c_5601-1987": "euc-kr",
		"eucjp":          "euc-jp",
		"iso-2022-kr":    "", // the WHATWG "replacement" encoding
		"hz-gb-2312":     "",
		"utf-7":          "",
		"nonsense":       "",
		"":               "",
	}
	for in, want := range cases {
		t.Run(in, func(t *testing.T) {
			t.Parallel()
			_, name := lookup(in)
			assert.Equal(t, want, name)
		})
	}
}

func TestIndexFold(t *testing.T) {
	t.Parallel()
	cases := []struct {
		b, s string
		want int
	}{
		{"text/html; CharSet=x", "charset", 11},
		{"ccccccCHARSET", "charset", 6},
		{"</SCRIPT>", "</script", 0},
		{"a</scrip", "</script", -1},
		{"", "x", -1},
		{"abc", "", 0},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, indexFold([]byte(tc.b), tc.s), "%q in %q", tc.s, tc.b)
	}
}
