package scoop

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAuthorHref covers the links into a profile folder that may lead to
// an author's page.
func TestAuthorHref(t *testing.T) {
	t.Parallel()
	tests := []struct {
		href string
		want bool
	}{
		{"/author/jane-doe", true},
		{"/chinafinancialmarkets/experts/444", true},             // carnegieendowment.org
		{"/experts/444?lang=en", true},                           // a profile's number, then a query
		{"/contributors/12345/", true},                           // a profile's number, then a slash
		{"/author/2012", false},                                  // a year's archive
		{"/staff/2019/", false},                                  // a year's archive
		{"/journalist/2012-06/", false},                          // a month's archive
		{"/experts/?lang=en", false},                             // the folder itself
		{"/staff/", false},                                       // the folder itself
		{"https://news.example.com/2024/05/harbour-works", true}, // no profile folder
	}
	for _, tt := range tests {
		t.Run(tt.href, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, authorHref(tt.href))
		})
	}
}
