package scoop

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestIsTitlePart covers cutting a page title at its separators.
func TestIsTitlePart(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, part, title string
		want              bool
	}{
		{"start before a pipe", "Alles Neue mach der Mai…", "Alles Neue mach der Mai… | Bibliothek 2.0 und mehr", true},
		{"end after guillemets", "Weitere Digitalisierung der Schweizer Kinos", "Time 4 talks » Blog Archiv » Weitere Digitalisierung der Schweizer Kinos", true},
		{"start before a spaced colon", "Muffin Grundrezept", "Muffin Grundrezept : Muffin Rezepte", true},
		{"kicker before a colon is one title", "Hingucker beim Flugplatzfest", "Hingucker beim Flugplatzfest: Zweite F13 kurz vor der Zulassung", false},
		{"word prefix without separator", "Villa", "Villa Galaxy - Ferienvilla in Florida", false},
		{"whole title", "Villa Galaxy", "Villa Galaxy", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, c.want, isTitlePart(c.part, c.title))
		})
	}
}
