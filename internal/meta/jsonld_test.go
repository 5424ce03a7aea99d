package meta

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type obj = map[string]any
type arr = []any

func TestDecodeJSONLD(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		want []any
		err  error
	}{
		{"object", `{"@type":"NewsArticle","headline":"A","wordCount":120,"free":true,"x":null}`,
			arr{obj{"@type": "NewsArticle", "headline": "A", "wordCount": json.Number("120"), "free": true, "x": nil}}, nil},
		{"top-level array", `[{"a":1},{"b":[1,2]}]`,
			arr{arr{obj{"a": json.Number("1")}, obj{"b": arr{json.Number("1"), json.Number("2")}}}}, nil},
		{"empty", "  \n ", nil, nil},
		{"concatenated", `{"a":1}{"b":2}`, arr{obj{"a": json.Number("1")}, obj{"b": json.Number("2")}}, nil},
		{"comma separated", "{\"a\":1},\n{\"b\":2}", arr{obj{"a": json.Number("1")}, obj{"b": json.Number("2")}}, nil},
		{"stray brace and semicolon", `{"a":1}};`, arr{obj{"a": json.Number("1")}}, nil},
		{"trailing commas", `{"a":[1,2,],"b":{"c":"d",},}`,
			arr{obj{"a": arr{json.Number("1"), json.Number("2")}, "b": obj{"c": "d"}}}, nil},
		{"doubled commas", `[1,,2]`, arr{arr{json.Number("1"), json.Number("2")}}, nil},
		{"comments", "{\n// \"x\": 1,\n\"a\": /* note */ 1\n}", arr{obj{"a": json.Number("1")}}, nil},
		{"html comment", "<!--\n{\"a\":1}\n-->", arr{obj{"a": json.Number("1")}}, nil},
		{"cdata", "\n//<![CDATA[\n{\"a\":1}\n//]]>\n", arr{obj{"a": json.Number("1")}}, nil},
		{"bare cdata", "<![CDATA[ {\"a\":1} ]]>", arr{obj{"a": json.Number("1")}}, nil},
		{"raw newline and tab", "{\"a\":\"one\ntwo\tthree\"}", arr{obj{"a": "one\ntwo\tthree"}}, nil},
		{"escapes", `{"a":"\"q\" \\ \/ \u00e9 \ud83d\ude00 \n \' \x"}`,
			arr{obj{"a": "\"q\" \\ / é 😀 \n ' x"}}, nil},
		{"lone surrogate", `{"a":"\ud83d!"}`, arr{obj{"a": "\uFFFD!"}}, nil},
		{"bad unicode escape", `{"a":"\u12"}`, arr{obj{"a": "u12"}}, nil},
		{"unescaped quotes", `{"headline": "Biden de "incapacitado"", "b": 1}`,
			arr{obj{"headline": `Biden de "incapacitado"`, "b": json.Number("1")}}, nil},
		{"unescaped quote before comma", `{"d": ""Seamos honestos", indicó el senador", "b": 1}`,
			arr{obj{"d": `"Seamos honestos", indicó el senador`, "b": json.Number("1")}}, nil},
		{"html attribute quotes", `{"url":"<img width="300" src="x.png">","b":1}`,
			arr{obj{"url": `<img width="300" src="x.png">`, "b": json.Number("1")}}, nil},
		{"single quotes", `{'a': 'it\'s', "b": ['x', 'y',]}`, arr{obj{"a": "it's", "b": arr{"x", "y"}}}, nil},
		{"unquoted keys and bare words", "{a: 1, \"@author\": Daniel Czyżewski,\n \"c\": undefined, d: NaN}",
			arr{obj{"a": json.Number("1"), "@author": "Daniel Czyżewski", "c": nil, "d": nil}}, nil},
		{"missing comma between lines", "{\"a\": \"x\"\n \"b\": 2\n \"c\": [3]}",
			arr{obj{"a": "x", "b": json.Number("2"), "c": arr{json.Number("3")}}}, nil},
		{"number with unit", `{"width": 300px}`, arr{obj{"width": "300px"}}, nil},
		{"missing value", `{"a": , "b": }`, arr{obj{"a": nil, "b": nil}}, nil},
		{"nbsp and bom", "\uFEFF{\u00a0\"a\":1}", arr{obj{"a": json.Number("1")}}, nil},
		{"entity encoded block", `{&quot;@type&quot;:&quot;Article&quot;}`, arr{obj{"@type": "Article"}}, nil},
		{"duplicate keys keep last", `{"a":1,"a":2}`, arr{obj{"a": json.Number("2")}}, nil},
		{"truncated keeps earlier values", `{"a":1} {"b":"cut`, arr{obj{"a": json.Number("1")}}, ErrTruncated},
		{"truncated object", `{"a":{"b":[1,2`, nil, ErrTruncated},
		{"truncated escape", `{"a":"\`, nil, ErrTruncated},
		{"not json", "Musik und Sport\n5\n1", nil, ErrSyntax},
		{"missing colon", `{a 1}`, nil, ErrSyntax},
		{"unterminated quote runs to the end", `{"a" 1}`, nil, ErrTruncated},
		{"mismatched bracket", `{"a":1]`, nil, ErrSyntax},
		{"mangled entities", `{ & #34;a&# 34;: 1}`, nil, ErrSyntax},
		{"too deep", strings.Repeat("[", MaxDepth+1) + strings.Repeat("]", MaxDepth+1), nil, ErrTooDeep},
		{"deep enough", strings.Repeat("[", 3) + strings.Repeat("]", 3), arr{arr{arr{arr{}}}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := DecodeJSONLD(tt.src)
			if tt.err != nil {
				require.ErrorIs(t, err, tt.err)
				assert.Contains(t, err.Error(), "meta: json-ld at offset")
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestDecodeJSONLDFixtures decodes the real blocks in testdata/jsonld: all
// but the three broken beyond repair read without error, and strict JSON
// reads as encoding/json reads it.
func TestDecodeJSONLDFixtures(t *testing.T) {
	t.Parallel()
	broken := map[string]error{
		"entity-mangled.json": ErrSyntax, "not-json.json": ErrSyntax, "truncated.json": ErrTruncated,
	}
	paths, err := filepath.Glob("testdata/jsonld/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			t.Parallel()
			b, err := os.ReadFile(p)
			require.NoError(t, err)
			got, err := DecodeJSONLD(string(b))
			if want := broken[filepath.Base(p)]; want != nil {
				require.ErrorIs(t, err, want)
				return
			}
			require.NoError(t, err)
			require.NotEmpty(t, got)
			dec := json.NewDecoder(strings.NewReader(string(b)))
			dec.UseNumber()
			var strict any
			if dec.Decode(&strict) == nil && !dec.More() {
				assert.Equal(t, []any{strict}, got)
			}
		})
	}
}

// TestDecodeJSONLDHostile decodes 1 MB inputs built to make a lenient
// reader slow (each once took seconds when a scan restarted per quote or
// escape).
func TestDecodeJSONLDHostile(t *testing.T) {
	t.Parallel()
	const n = 1 << 20
	tests := []struct {
		name string
		src  string
		vals int
		err  error
	}{
		{"quotes", `{"a":"` + strings.Repeat(`"`, n), 0, ErrTruncated},
		{"quote comma", `{"a":"` + strings.Repeat(`", x `, n/4), 0, ErrTruncated},
		{"quote ident", `{"a":"` + strings.Repeat(`",xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx `, n/32), 0, ErrTruncated},
		{"quote spaces", `{"a":"` + strings.Repeat(`"`+strings.Repeat(" ", 1000), n/1000), 0, ErrTruncated},
		{"escapes", `{"a":"` + strings.Repeat(`\u00e9\n`, n/8) + `"}`, 1, nil},
		{"open arrays", strings.Repeat(`[`, n), 0, ErrTooDeep},
		{"many keys", `{` + strings.Repeat(`"a":1,`, n/6) + `}`, 1, nil},
		{"bare word", `{"a":` + strings.Repeat(`x`, n) + `}`, 1, nil},
		{"comments", `{` + strings.Repeat(`/* */`, n/5) + `}`, 1, nil},
		{"open comment", `{"a":1 /*` + strings.Repeat(`*`, n), 0, ErrTruncated},
		{"entities", `{&quot;a&quot;:` + strings.Repeat(`&quot;`, n/6), 0, ErrSyntax},
		{"concatenated", strings.Repeat(`{}`, n/2), n / 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			vals, err := DecodeJSONLD(tt.src)
			if tt.err != nil {
				assert.ErrorIs(t, err, tt.err)
			} else {
				assert.NoError(t, err)
			}
			assert.Len(t, vals, tt.vals)
		})
	}
}
