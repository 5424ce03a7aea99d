package dates

import (
	"strings"
	"testing"

	"github.com/itlightning/dateparse"
)

var benchInputs = []struct{ name, in, lang string }{
	{"rfc3339", "2024-11-22T06:57:50.233Z", ""},
	{"rfc1123", "Wed, 21 Sep 2011 20:35:28 GMT", ""},
	{"js", "Thu Nov 09 2023 04:59:25 GMT+0000 (UTC)", ""},
	{"english", "Published Fri, Apr 28 2023 2:23 PM EDT", "en"},
	{"german", "Veröffentlicht am 5. März 2024 um 10:20 Uhr", "de"},
	{"spanish", "Miércoles, 4 de Mayo de 2022 a las 07:46hrs.", "es"},
	{"russian", "5 марта 2024 года в 10:20", "ru"},
	{"cjk", "2025年1月13日 21時37分", "ja"},
	{"nodate", "vor 28 Minuten", "de"},
}

func BenchmarkParse(b *testing.B) {
	for _, bi := range benchInputs {
		b.Run(bi.name, func(b *testing.B) {
			b.ReportAllocs()
			_, want := Parse(bi.in, bi.lang)
			for b.Loop() {
				if _, ok := Parse(bi.in, bi.lang); ok != want {
					b.Fatal("result changed")
				}
			}
		})
	}
}

// BenchmarkDateparse is the baseline for the English inputs of
// BenchmarkParse: github.com/itlightning/dateparse on the same strings
// (it reads none of the other languages).
func BenchmarkDateparse(b *testing.B) {
	for _, bi := range benchInputs[:3] {
		b.Run(bi.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := dateparse.ParseAny(bi.in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkScan(b *testing.B) {
	byline := "By Jane Doe | Published: 10:55 EDT, 7 May 2020 | Updated: 11:17 EDT, 7 May 2020"
	var page strings.Builder
	for i := 0; i < 200; i++ {
		page.WriteString("Lorem ipsum dolor sit amet, 12 consectetur 3.5 adipiscing elit, sed do eiusmod tempor. ")
		if i%50 == 0 {
			page.WriteString(byline)
		}
	}
	for _, bc := range []struct {
		name, text string
		want       int
	}{{"byline", byline, 2}, {"page-18KB", page.String(), 8}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.text)))
			for b.Loop() {
				if n := len(Scan(bc.text, "en", 0)); n != bc.want {
					b.Fatalf("found %d dates, want %d", n, bc.want)
				}
			}
		})
	}
}

func BenchmarkFromURL(b *testing.B) {
	b.ReportAllocs()
	u := "https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html"
	for b.Loop() {
		if _, ok := FromURL(u); !ok {
			b.Fatal("no date")
		}
	}
}
