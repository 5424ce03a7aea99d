package charset

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// corpusDir holds the project's evaluation pages. The corpus tests are a
// local check: they skip where it is absent and in -short mode.
// corpusDir is the evaluation corpus's pages folder, named by SCOOP_CORPUS
// (e.g. ../shared/corpus/pages); the corpus tests skip without it.
var corpusDir = os.Getenv("SCOOP_CORPUS")

type corpusPage struct {
	id       string
	raw      []byte
	headline string
	inHTML   bool // gold says the headline occurs in the HTML as is
}

func loadCorpus(t *testing.T) []corpusPage {
	t.Helper()
	if testing.Short() {
		t.Skip("corpus tests are slow")
	}
	if corpusDir == "" {
		t.Skip("set SCOOP_CORPUS to the corpus pages folder")
	}
	dirs, err := filepath.Glob(filepath.Join(corpusDir, "*"))
	if err != nil || len(dirs) == 0 {
		t.Skip("corpus not available")
	}
	pages := make([]corpusPage, 0, len(dirs))
	for _, d := range dirs {
		f, err := os.Open(filepath.Join(d, "source.html.gz"))
		if err != nil {
			continue
		}
		z, err := gzip.NewReader(f)
		require.NoError(t, err)
		raw, err := io.ReadAll(z)
		f.Close()
		require.NoError(t, err)
		var gold struct {
			Headline string
			Checks   struct {
				HeadlineInHTML bool `json:"headline_in_html"`
			}
		}
		if g, err := os.ReadFile(filepath.Join(d, "gold.json")); err == nil {
			require.NoError(t, json.Unmarshal(g, &gold))
		}
		pages = append(pages, corpusPage{filepath.Base(d), raw, gold.Headline, gold.Checks.HeadlineInHTML})
	}
	return pages
}

// normText unescapes HTML references and collapses white space.
func normText(s string) string {
	return strings.Join(strings.Fields(html.UnescapeString(s)), " ")
}

// mojibake matches UTF-8 read as windows-1252 ("Ã©", "Ã¼", "â€™").
var mojibake = regexp.MustCompile(`Ã[\x{80}-\x{BF}¡-¿]|â€[™œ\x{9D}“”¦]`)

// TestCorpus decodes every corpus page as served (no Content-Type known):
// the output is valid UTF-8, and on pages that are not plain UTF-8 (a legacy
// declaration, or invalid bytes) the gold headline comes out intact where
// the gold says it is in the HTML, with no UTF-8-as-Latin-1 mojibake.
func TestCorpus(t *testing.T) {
	t.Parallel()
	pages := loadCorpus(t)
	legacy := 0
	for _, p := range pages {
		out, name, err := Decode(p.raw, "")
		require.NoError(t, err, p.id)
		require.True(t, utf8.Valid(out), p.id)
		if utf8.Valid(p.raw) && name == "utf-8" {
			continue
		}
		legacy++
		t.Logf("%-60.60s %s", p.id, name)
		text := normText(string(out))
		if h := normText(p.headline); p.inHTML && h != "" {
			assert.Contains(t, text, h, p.id)
		}
		assert.Empty(t, mojibake.FindAllString(text, 3), p.id)
	}
	assert.Greater(t, legacy, 30, "pages that are not plain UTF-8")
}

// corpusEncodings maps a page's <html lang> to the legacy encoding its
// language was commonly served in.
var corpusEncodings = map[string]struct {
	name string
	enc  encoding.Encoding
}{
	"de": {"windows-1252", charmap.Windows1252},
	"fr": {"windows-1252", charmap.Windows1252},
	"es": {"windows-1252", charmap.Windows1252},
	"pt": {"windows-1252", charmap.Windows1252},
	"it": {"windows-1252", charmap.Windows1252},
	"nl": {"windows-1252", charmap.Windows1252},
	"sv": {"windows-1252", charmap.Windows1252},
	"da": {"windows-1252", charmap.Windows1252},
	"fi": {"windows-1252", charmap.Windows1252},
	"pl": {"iso-8859-2", charmap.ISO8859_2},
	"cs": {"iso-8859-2", charmap.ISO8859_2},
	"hu": {"iso-8859-2", charmap.ISO8859_2},
	"tr": {"windows-1254", charmap.Windows1254},
	"ru": {"windows-1251", charmap.Windows1251},
	"uk": {"windows-1251", charmap.Windows1251},
	"bg": {"windows-1251", charmap.Windows1251},
	"el": {"iso-8859-7", charmap.ISO8859_7},
	"ar": {"windows-1256", charmap.Windows1256},
	"ja": {"shift_jis", japanese.ShiftJIS},
	"zh": {"gbk", simplifiedchinese.GBK},
	"ko": {"euc-kr", korean.EUCKR},
}

var (
	htmlLang    = regexp.MustCompile(`(?i)<html[^>]*\blang="?([a-z]{2})`)
	charsetWord = regexp.MustCompile(`(?i)charset`)
)

// TestCorpusDetection re-encodes the UTF-8 corpus pages in a legacy
// encoding of their language, removes every charset declaration, and checks
// that detection finds the encoding. It reports the share of pages decoded
// right and requires nearly all of them.
func TestCorpusDetection(t *testing.T) {
	t.Parallel()
	pages := loadCorpus(t)
	total, right := 0, 0
	for _, p := range pages {
		m := htmlLang.FindSubmatch(p.raw[:min(len(p.raw), 20000)])
		if m == nil || !utf8.Valid(p.raw) {
			continue
		}
		ce, ok := corpusEncodings[strings.ToLower(string(m[1]))]
		if !ok {
			continue
		}
		src := charsetWord.ReplaceAll(p.raw, []byte("xharset"))
		in, err := encoding.HTMLEscapeUnsupported(ce.enc.NewEncoder()).Bytes(src)
		require.NoError(t, err)
		if isASCII(in) {
			continue
		}
		want, err := ce.enc.NewDecoder().Bytes(in)
		require.NoError(t, err)
		out, name, err := Decode(in, "")
		require.NoError(t, err)
		total++
		// The output may differ from want where the page itself holds
		// UTF-8-as-Latin-1 mojibake, which Decode repairs.
		if bytes.Equal(out, want) || name == ce.name || name == "gb18030" && ce.name == "gbk" {
			right++
			continue
		}
		t.Logf("%-60.60s %-4s want %-12s got %s", p.id, m[1], ce.name, name)
	}
	t.Logf("detection: %d/%d pages decoded right", right, total)
	require.Positive(t, total)
	assert.GreaterOrEqual(t, float64(right)/float64(total), 0.97)
}
