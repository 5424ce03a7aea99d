package scoop

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDropCutTail covers the last fragment of a description cut to a
// length, and the descriptions left whole.
func TestDropCutTail(t *testing.T) {
	t.Parallel()
	const s = "Repairs to the old river bridge will cost twice as much as the council had planned."
	cases := []struct{ name, in, want string }{
		{"cut mid-word", s + " Work starts next mo", s},
		{"a Read More link after it", s + " It happened near Read More", s},
		{"a byline after it (rbb24.de)", s + " Von Eva Kirchner", s},
		{"one sentence without a full stop", "Repairs to the old river bridge will cost twice as much as planned", "Repairs to the old river bridge will cost twice as much as planned"},
		{"a long last fragment stays", "A short one. " + s[:len(s)-1], "A short one. " + s[:len(s)-1]},
		{"an ellipsis stays", s + " Work starts…", s + " Work starts…"},
		{"CJK full stop", "橋の修理費は計画の二倍になる。工事は来", "橋の修理費は計画の二倍になる。"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, c.want, dropCutTail(c.in))
		})
	}
}
