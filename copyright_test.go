package scoop_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCopyrightHolder covers the last-resort author: the person a
// personal site's copyright notice names (gregoryszorc.com, ohneq.de,
// wolfgangmichal.de, regiolanda.de in the corpus).
func TestCopyrightHolder(t *testing.T) {
	t.Parallel()
	head := `<html><head><title>Harbour works extended</title></head><body><article><h1>Harbour works extended</h1>` + para + para
	tests := []struct {
		name, tail string
		want       []string
	}{
		{"footer notice with years and a reservation (gregoryszorc.com)",
			`</article><div id="footer"><p>Copyright (c) 2012- Gregory Szorc. All rights reserved. Design by CSS Templates.</p></div>`,
			[]string{"Gregory Szorc"}},
		{"footer notice in a copyright class (ohneq.de)",
			`</article><div class="copyrights-area"><p class="copyrights-text">(c) Johannes Wolf • Weitere Rechte siehe Impressum</p></div>`,
			[]string{"Johannes Wolf"}},
		{"notice after the last paragraph (regiolanda.de)",
			`<p>© 2019 Sven Schreivogel</p></article>`,
			[]string{"Sven Schreivogel"}},
		{"since and by",
			`</article><div class="widget">© since 2010 by Jane Doe All rights reserved</div>`,
			[]string{"Jane Doe"}},
		{"an initial glued to the surname (chabermu.wordpress.com)",
			`</article><div class="textwidget">© since 2010 by C.Habermueller</div>`,
			[]string{"C.Habermueller"}},
		{"a glued initial before a word in capitals names no person",
			`</article><div class="textwidget">© 2010 T.ONLINE</div>`,
			nil},
		{"a firm in the footer names no person",
			`</article><footer><p>© 2024 Example Media GmbH</p></footer>`,
			nil},
		{"an organisation in capitals names no person",
			`</article><footer><p>© 2024 KBS WORLD</p></footer>`,
			nil},
		{"a reservation alone names no one",
			`</article><footer><p>© 2018 All Rights Reserved</p></footer>`,
			nil},
		{"a later notice of no one overrides an earlier person's (only the last counts)",
			`<p>© Jane Doe</p></article><footer><p>© 2024 All Rights Reserved</p></footer>`,
			nil},
		{"a later notice of a firm with a slash overrides an earlier person's",
			`<p>© Jane Doe</p></article><footer><p>© 2024 Example A/S</p></footer>`,
			nil},
		{"a picture credit is not the holder",
			`<figure><img src="a.jpg"><figcaption>Harbour. © Peter Steiger</figcaption></figure></article>`,
			nil},
		{"a photo credit line is not the holder",
			`<p>Foto © Peter Steiger</p></article>`,
			nil},
		{"a credit with an agency after a slash",
			`</article><footer><p>© Jane Doe/Example Agency</p></footer>`,
			nil},
		{"the word copyright in prose",
			`<p>Copyright Infringement Notification</p></article>`,
			nil},
		{"the last notice wins: a publisher's footer after a credit",
			`<p>© Jane Doe</p></article><footer><p>© 2024 Example Verlag</p></footer>`,
			nil},
		{"a named author keeps the notice out",
			`<p class="byline">By John Roe</p></article><footer><p>© 2024 Jane Doe</p></footer>`,
			[]string{"John Roe"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, authorNames(t, head+tt.tail+`</body></html>`))
		})
	}
}
