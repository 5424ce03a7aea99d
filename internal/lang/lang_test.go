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
