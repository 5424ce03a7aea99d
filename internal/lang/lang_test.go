package lang

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDetect(t *testing.T) {
	cases := []struct {
		text     string
		want     string
		reliable bool
	}{
		{"European leaders have reasserted their role in Ukraine peace negotiations following their exclusion from last week's summit.", "en", true},
		{"Die 59-Jährige ist schon länger als Trump-Unterstützerin aktiv und stand dem damaligen Präsidenten etwa im ersten Amtsenthebungsverfahren zur Seite.", "de", true},
		{"Le gouvernement a présenté mercredi un projet de loi destiné à réformer l'assurance chômage, une mesure très contestée par les syndicats.", "fr", true},
		{"Правительство России объявило о новых мерах поддержки экономики. По словам министра финансов, бюджет на следующий год будет сбалансирован за счёт роста налоговых поступлений.", "ru", false},
		{"short", "", false},
	}
	for _, c := range cases {
		code, reliable := Detect(c.text)
		assert.Equal(t, c.want, code, c.text)
		assert.Equal(t, c.reliable, reliable, c.text)
	}
	// A long text is sampled, and a cut inside a multi-byte rune is safe.
	code, _ := Detect(strings.Repeat("Die Regierung hat neue Maßnahmen angekündigt. ", 500))
	assert.Equal(t, "de", code)
}

func FuzzDetect(f *testing.F) {
	f.Add("European leaders have reasserted their role in Ukraine peace negotiations.")
	f.Add(strings.Repeat("é", 2000))
	f.Fuzz(func(t *testing.T, s string) {
		code, _ := Detect(s)
		if code != "" && len(code) != 2 && len(code) != 3 {
			t.Fatalf("code %q", code)
		}
	})
}

func TestNormalize(t *testing.T) {
	cases := map[string]string{
		"en": "en", "en-US": "en-US", "eng": "en", "eng-GB": "en-GB", "ger": "de", "deu": "de",
		"iw": "he", "fil": "fil", "tl": "tl", "xyz": "xyz", "zh-Hant": "zh-Hant", "und": "und",
	}
	for in, want := range cases {
		assert.Equal(t, want, Normalize(in), in)
	}
}

func TestDetectMixedScripts(t *testing.T) {
	// Devanagari text followed by a longer Latin template tail.
	hi := "फ्रैंकलिन टेम्पलटन ने कहा है कि भारतीय प्रतिभूति एवं विनिमय बोर्ड को म्युचुअल फंड निवेश से जुड़े मामलों को निपटाना चाहिए। " +
		"About us Authors Partner with us Jobs Advertise with us Terms and Conditions Contact us Site Map Terms and Conditions Contact us Site Map"
	code, _ := Detect(hi)
	assert.Equal(t, "hi", code)
	// Japanese written mostly in kanji, with a little kana between them.
	ja := "不動産賃貸仲介大手のハウスコム株式会社（所在地：東京都港区 代表取締役社長執行役員：田村 穂 東証一部 コード番号：3275）は、2020年7月1日に岐阜県で岐阜店に続いて2店舗目となる岐阜駅前店（岐阜県岐阜市）を新規オープンしました。この結果、当社直営店は全国 186店舗の体制となりました。＜新店舗概要＞ 岐阜駅前店 住所：〒500-8844 岐阜県岐阜市吉野町5-16"
	code, reliable := Detect(ja)
	assert.Equal(t, "ja", code)
	assert.True(t, reliable)
}
