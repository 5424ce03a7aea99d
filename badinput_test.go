package scoop_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/newsscoop/scoop"
)

// articleHTML builds a small real-looking article page around paras.
func articleHTML(head, title string, paras ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html><html><head>%s<title>%s</title></head><body><article><h1>%s</h1>", head, title, title)
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>", p)
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	out, err := e.NewEncoder().Bytes([]byte(s))
	require.NoError(t, err)
	return out
}

// TestBadInput feeds hostile and broken pages: each gives a clear error
// or correct text, never a panic, in bounded time.
func TestBadInput(t *testing.T) {
	seed, err := os.ReadFile("testdata/golden/seed-wordpress/page.html")
	require.NoError(t, err)
	ru := []string{
		"Правительство России объявило о новых мерах поддержки экономики в условиях санкций и высокой инфляции.",
		"По словам министра финансов, бюджет на следующий год будет сбалансирован за счёт роста налоговых поступлений.",
		"Эксперты считают, что эти меры помогут стабилизировать рубль и снизить темпы роста цен в ближайшие месяцы.",
	}
	ja := []string{
		"政府は来年度の予算案を閣議決定し、防衛費と社会保障費が過去最大となったと発表した。財務省によると、歳出総額は前年度を上回る見通しだ。",
		"専門家は、今回の予算案が国債の発行残高をさらに押し上げると指摘しており、財政健全化への道筋が問われている。",
		"与党は年内の成立を目指すが、野党は歳出の中身について国会で厳しく追及する構えを見せている。",
	}
	zh := []string{
		"国家统计局今天发布数据显示，今年前三个季度国内生产总值同比增长百分之五，经济运行总体平稳。",
		"专家表示，消费和投资对经济增长的拉动作用进一步增强，就业形势保持稳定，居民收入稳步增加。",
		"下一步将继续实施积极的财政政策和稳健的货币政策，推动经济持续回升向好，保持社会大局稳定。",
	}
	fr := []string{
		"Le gouvernement a présenté mercredi un projet de loi destiné à réformer l'assurance chômage, une mesure très contestée par les syndicats.",
		"Selon le ministre du Travail, la réforme doit permettre de créer des emplois et de réduire le déficit de l'Unédic d'ici à deux ans.",
		"Les opposants dénoncent une réforme « injuste » qui pénaliserait d'abord les salariés les plus précaires, déjà fragilisés par la crise.",
	}
	// Real articles are longer than three paragraphs: repeat them.
	ru, ja, zh, fr = append(ru, ru...), append(ja, ja...), append(zh, zh...), append(fr, fr...)
	deep := "<html><body>" + strings.Repeat("<div>", 100_000) + "text" + strings.Repeat("</div>", 100_000) + "</body></html>"
	manyAttrs := "<html><body><article><h1>Title</h1><p " + strings.Repeat(`data-x="1" `, 200_000) + ">" + strings.Join(fr, "</p><p>") + "</p></article></body></html>"
	bigPara := strings.Repeat("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt. ", 20)
	var big strings.Builder
	big.WriteString("<html><head><title>Huge page</title></head><body><article><h1>Huge page</h1>")
	for big.Len() < 20<<20 {
		big.WriteString("<p>" + bigPara + "</p>\n")
	}
	big.WriteString("</article></body></html>")

	cases := []struct {
		name    string
		input   []byte
		opts    []scoop.Option
		wantErr error
		want    []string // substrings the text must hold
	}{
		{name: "empty", input: nil, wantErr: scoop.ErrEmpty},
		{name: "white space", input: []byte(" \n\t \r\n"), wantErr: scoop.ErrEmpty},
		{name: "png", input: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), wantErr: scoop.ErrNotHTML},
		{name: "pdf", input: []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), wantErr: scoop.ErrNotHTML},
		{name: "random bytes with nuls", input: bytes.Repeat([]byte{0x00, 0xff, 0x13, 0x8a, 0x00, 0x41}, 1000), wantErr: scoop.ErrNotHTML},
		{name: "plain text", input: []byte("Just a line of text, no markup at all.\nAnother line."), wantErr: scoop.ErrNotHTML},
		{name: "content type image", input: seed, opts: []scoop.Option{scoop.WithContentType("image/jpeg")}, wantErr: scoop.ErrNotHTML},
		{name: "truncated html", input: seed[:len(seed)*2/5], want: []string{"In a significant diplomatic development"}},
		{name: "over the byte limit", input: seed, opts: []scoop.Option{scoop.WithMaxBytes(10_000)}, wantErr: scoop.ErrTooLarge},
		{name: "20 MB page", input: []byte(big.String()), wantErr: scoop.ErrTooLarge, opts: []scoop.Option{scoop.WithMaxBytes(16 << 20)}},
		{name: "100k nested elements", input: []byte(deep), wantErr: scoop.ErrTooLarge},
		{name: "200k attributes", input: []byte(manyAttrs), want: []string{fr[0]}},
		{name: "node limit", input: seed, opts: []scoop.Option{scoop.WithMaxNodes(100)}, wantErr: scoop.ErrTooLarge},
		{name: "malformed json-ld", input: []byte(articleHTML(`<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken, "author": [{"name": </script>`, "Le chômage", fr...)), want: fr},
		{name: "windows-1251 declared", input: encode(t, charmap.Windows1251, articleHTML(`<meta charset="windows-1251">`, "Новости", ru...)), want: ru},
		{name: "windows-1251 by header", input: encode(t, charmap.Windows1251, articleHTML(``, "Новости", ru...)), opts: []scoop.Option{scoop.WithContentType("text/html; charset=windows-1251")}, want: ru},
		{name: "shift_jis declared", input: encode(t, japanese.ShiftJIS, articleHTML(`<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">`, "予算案", ja...)), want: ja},
		{name: "gb18030 declared", input: encode(t, simplifiedchinese.GB18030, articleHTML(`<meta charset="gb18030">`, "经济数据", zh...)), want: zh},
		{name: "gbk undeclared", input: encode(t, simplifiedchinese.GBK, articleHTML(``, "经济数据", zh...)), want: zh},
		{name: "latin-1 undeclared", input: encode(t, charmap.ISO8859_1, articleHTML(``, "Réforme", fr...)), want: fr},
		{name: "utf-8 declared but latin-1", input: encode(t, charmap.Windows1252, articleHTML(`<meta charset="utf-8">`, "Réforme", fr...)), want: fr},
		{name: "utf-16le with bom", input: encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), articleHTML(``, "Réforme", fr...)), want: fr},
		{name: "rss feed", input: []byte(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>News</title><item><title>` + fr[0] + `</title><description>` + strings.Join(fr, " ") + `</description></item></channel></rss>`), wantErr: scoop.ErrNotHTML},
		{name: "atom feed, no declaration", input: []byte(`<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><entry><title>Réforme</title><content type="html">&lt;p&gt;` + strings.Join(fr, "&lt;/p&gt;&lt;p&gt;") + `&lt;/p&gt;</content></entry></feed>`), wantErr: scoop.ErrNotHTML},
		{name: "sitemap after a comment", input: []byte("<?xml version=\"1.0\"?>\n<!-- generated -->\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://example.com/news/2025/story</loc></url></urlset>"), wantErr: scoop.ErrNotHTML},
		{name: "xml media type", input: []byte(`<document><body>` + strings.Join(fr, " ") + `</body></document>`), opts: []scoop.Option{scoop.WithContentType("application/xml")}, wantErr: scoop.ErrNotHTML},
		{name: "xhtml with xml declaration", input: []byte(`<?xml version="1.0" encoding="utf-8"?>` + "\n" + `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">` + articleHTML(``, "Réforme", fr...)[len("<!DOCTYPE html>"):]), opts: []scoop.Option{scoop.WithContentType("application/xhtml+xml")}, want: fr},
		{name: "html served as text/xml", input: []byte(articleHTML(``, "Réforme", fr...)), opts: []scoop.Option{scoop.WithContentType("text/xml")}, want: fr},
		{name: "fragment page without <html>", input: []byte(`<?xml version="1.0"?><div><h1>Réforme</h1><p>` + strings.Join(fr, "</p><p>") + `</p></div>`), want: fr},
		{name: "utf-16be with bom", input: encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), articleHTML(``, "Новости", ru...)), want: ru},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			a, err := scoop.Extract(bytes.NewReader(c.input), "https://example.com/news/2025/story", c.opts...)
			assert.Less(t, time.Since(start), 20*time.Second, "bounded time")
			if c.wantErr != nil {
				require.Error(t, err)
				assert.True(t, errors.Is(err, c.wantErr), "got %v, want %v", err, c.wantErr)
				assert.True(t, strings.HasPrefix(err.Error(), "scoop: "), "message %q", err)
				return
			}
			require.NoError(t, err)
			assert.True(t, utf8.ValidString(a.Text), "valid UTF-8")
			for _, w := range c.want {
				assert.Contains(t, a.Text, w)
			}
		})
	}
}

// TestLimitError checks the typed error's fields and message.
func TestLimitError(t *testing.T) {
	_, err := scoop.Extract(strings.NewReader(strings.Repeat("<p>x</p>", 100)), "", scoop.WithMaxBytes(50))
	var le *scoop.LimitError
	require.ErrorAs(t, err, &le)
	assert.Equal(t, &scoop.LimitError{What: "bytes", Limit: 50}, le)
	assert.ErrorIs(t, err, scoop.ErrTooLarge)
	assert.Equal(t, "scoop: input over the bytes limit of 50", err.Error())
}

// errReader fails after returning some bytes.
type errReader struct{ n int }

func (r *errReader) Read(p []byte) (int, error) {
	if r.n > 0 {
		r.n = 0
		return copy(p, "<html><body><p>partial"), nil
	}
	return 0, io.ErrUnexpectedEOF
}

// TestReadError reports the reader's error, wrapped.
func TestReadError(t *testing.T) {
	_, err := scoop.Extract(&errReader{n: 1}, "")
	require.ErrorIs(t, err, io.ErrUnexpectedEOF)
}
