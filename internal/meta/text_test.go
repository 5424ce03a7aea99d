package meta

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCleanText(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"", ""},
		{"Plain headline", "Plain headline"},
		{"  padded\t\n text  ", "padded text"},
		{"non\u00a0breaking\u2009thin\u200bzero", "non breaking thin zero"},
		{"Tom &amp; Jerry &quot;quoted&quot; &#039;s", `Tom & Jerry "quoted" 's`},
		{"double &amp;quot;encoded&amp;quot; &amp;uuml;", `double "encoded" ü`},
		{"AT&amp;T and A&B", "AT&T and A&B"},
		{"<p>First.</p><p>Second <b>bold</b></p>", "First. Second bold"},
		{"&lt;p&gt;escaped&lt;/p&gt; tags", "escaped tags"},
		{"3 < 5 and x<y", "3 < 5 and x<y"},
		{"open <tag never closed", "open <tag never closed"},
		{"Grüße aus Köln", "Grüße aus Köln"},
		{"bad \xff byte", "bad \xff byte"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, cleanText(tt.in), tt.in)
	}
}

func TestCleanBody(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"One.\nTwo.\r\n\r\nThree  words.", "One.\n\nTwo.\n\nThree words."},
		{"<p>One\nline.</p><p>Two</p>text<br/>after", "One line.\n\nTwo\n\ntext\n\nafter"},
		{"<div><span>a</span><em>b</em></div>", "ab"},
		{"  \n  ", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, cleanBody(tt.in), tt.in)
	}
}
