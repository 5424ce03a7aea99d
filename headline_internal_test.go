package scoop

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDropDecoration: the arrows and bullets a theme prints before a
// heading are not the headline's.
func TestDropDecoration(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"[> Jens Weber":           "Jens Weber",
		"> Council passes budget": "Council passes budget",
		"»Abzocke wird verkauft«": "»Abzocke wird verkauft«",
		"• Storm hits the coast":  "Storm hits the coast",
		"[Update] Storm hits":     "[Update] Storm hits",
		"(Video) Storm hits":      "(Video) Storm hits",
		">>":                      ">>",
		"Council passes budget":   "Council passes budget",
	} {
		assert.Equal(t, want, dropDecoration(in), in)
	}
}
