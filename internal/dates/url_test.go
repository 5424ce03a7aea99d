package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFromURL(t *testing.T) {
	t.Parallel()
	cases := []struct{ in, want string }{
		{"https://example.com/2024/03/05/story", "2024-03-05"},
		{"https://example.com/2024/3/5/story", "2024-03-05"},
		{"/2024/3/5/slug", "2024-03-05"},
		{"https://example.com/2024/03/05.html", "2024-03-05"},
		{"https://www.theguardian.com/world/2024/mar/05/some-story", "2024-03-05"},
		{"https://www.theguardian.com/world/2024/March/05/some-story", "2024-03-05"},
		{"https://example.com/2024-03-05/slug", "2024-03-05"},
		{"https://example.com/story_2024_03_05.html", "2024-03-05"},
		{"https://example.com/news/20240305/slug", "2024-03-05"},
		{"https://example.com/a-20240305-b.html", "2024-03-05"},
		{"https://example.com/05/03/2024/slug", "2024-03-05"},
		{"https://example.com/03/25/2024/slug", "2024-03-25"},
		{"https://www.zeit.de/news/2023-04/28/nach-massenschlaegerei-real-star", "2023-04-28"},
		{"http://www.news.cn/fortune/2023-11/17/c_1129981476.htm", "2023-11-17"},
		{"https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html", "2016-09-20"},
		{"https://elpais.com/elpais/2020/02/18/ciencia/1582045946_459487.html", "2020-02-18"},
		{"https://www.ipa.go.jp/security/topics/alert20190402.html", "2019-04-02"},
		{"https://www.washingtonpost.com/politics/x/2020/07/08/c3d22ec8-c151-11ea-b4f6-cb39cd8940fb_story.html", "2020-07-08"},
		// not dates
		{"https://example.com/2024/03/", ""},
		{"https://example.com/2024/", ""},
		{"https://www.thegatewaypundit.com/2023/04/new-plot-twist-in-idaho/", ""},
		{"https://restofworld.org/2025/oman-space-industry/?utm_source=rss", ""},
		{"https://example.com/article/2024030512345", ""},
		{"https://web.archive.org/web/20160218174457/http://bewegliche-lettern.de/2010/05/literatur.html", ""},
		{"https://www.2024-03-05.com/x", ""},
		{"https://example.com/p?date=2024-03-05", ""},
		{"https://example.com/x#2024-03-05", ""},
		{"https://example.com/2024/02/30/", ""},
		{"https://example.com/1985/03/05/", ""},
		{"https://www.itmedia.co.jp/pcuser/articles/1902/22/news089.html", ""},
		{"https://example.com/2024/03/5-things-to-know", ""},
		{"", ""},
		{"not a url", ""},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			t.Parallel()
			d, ok := FromURL(tc.in)
			if tc.want == "" {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tc.want, show(t, d))
		})
	}
}
