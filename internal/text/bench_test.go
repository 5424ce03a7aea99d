package text

import "testing"

func BenchmarkClean(b *testing.B) {
	b.ReportAllocs()
	in := "  Nach Kalifat-Rufen\u00a0in Hamburg: Sind wir zu sanft zu\u00adIslamisten?  \n"
	want := "Nach Kalifat-Rufen in Hamburg: Sind wir zu sanft zuIslamisten?"
	for b.Loop() {
		if got := Clean(in); got != want {
			b.Fatalf("Clean = %q", got)
		}
	}
}

func BenchmarkCleanAlreadyClean(b *testing.B) {
	b.ReportAllocs()
	in := "Nach Kalifat-Rufen in Hamburg: Sind wir zu sanft zu Islamisten?"
	for b.Loop() {
		if got := Clean(in); got != in {
			b.Fatalf("Clean = %q", got)
		}
	}
}

func BenchmarkCleanTitle(b *testing.B) {
	b.ReportAllocs()
	in := "Nach Kalifat-Rufen in Hamburg: Sind wir zu sanft zu Islamisten? - Panorama - derStandard.at › Panorama"
	want := "Nach Kalifat-Rufen in Hamburg: Sind wir zu sanft zu Islamisten?"
	for b.Loop() {
		if got := CleanTitle(in, "DER STANDARD", "www.derstandard.at"); got != want {
			b.Fatalf("CleanTitle = %q", got)
		}
	}
}

func BenchmarkSplitAuthors(b *testing.B) {
	b.ReportAllocs()
	in := "By Jane Doe, Political Editor, and JOHN SMITH Updated 10:20 AM EST, Mon March 5, 2024"
	for b.Loop() {
		if got := SplitAuthors(in); len(got) != 2 || got[0] != "Jane Doe" || got[1] != "John Smith" {
			b.Fatalf("SplitAuthors = %q", got)
		}
	}
}

func BenchmarkSameText(b *testing.B) {
	b.ReportAllocs()
	x, y := "Why Donald Trump won’t change", "Why Donald Trump won't change"
	for b.Loop() {
		if !SameText(x, y) {
			b.Fatal("SameText = false")
		}
	}
}

func BenchmarkWordCount(b *testing.B) {
	b.ReportAllocs()
	in := "宮崎県で震度5弱、高知と宮崎に1メートルの津波注意報 and some English words too"
	for b.Loop() {
		if WordCount(in) != 30 {
			b.Fatalf("WordCount = %d", WordCount(in))
		}
	}
}
