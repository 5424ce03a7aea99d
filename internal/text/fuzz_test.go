package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// lettersOnly lower-cases s and keeps only its letters and digits, so that
// outputs can be compared with inputs whatever punctuation, case or glue
// the parser removed.
func lettersOnly(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func FuzzSplitAuthors(f *testing.F) {
	for _, tt := range authorTests {
		f.Add(tt.byline)
	}
	for _, s := range []string{"", "By", "von der", "Doe, Jane", "((()))", "Jane\x00Doe", "a & b & c", "@", "|||", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, byline string) {
		names := SplitAuthors(byline)
		if len(names) > maxAuthors {
			t.Fatalf("%d names", len(names))
		}
		in := lettersOnly(Clean(byline))
		seen := map[string]bool{}
		for _, name := range names {
			if name == "" || name != strings.TrimSpace(name) {
				t.Fatalf("empty or untrimmed name %q", name)
			}
			if !utf8.ValidString(name) {
				t.Fatalf("invalid UTF-8 in %q", name)
			}
			for _, w := range strings.Fields(name) {
				if lw := lettersOnly(w); !strings.Contains(in, lw) {
					t.Fatalf("word %q of %q not in input %q", w, name, byline)
				}
			}
			key := Fold(name)
			if seen[key] {
				t.Fatalf("duplicate %q in %q", name, names)
			}
			seen[key] = true
		}
		_ = CleanName(byline)
	})
}

func FuzzCleanTitle(f *testing.F) {
	for _, tt := range titleTests {
		f.Add(tt.title, strings.Join(tt.sites, "\n"))
	}
	for _, s := range []string{"", "|", " - - - ", "a:b:c", "«»", "：", "_-_", "\xff|\xfe"} {
		f.Add(s, "Site")
	}
	f.Fuzz(func(t *testing.T, title, sites string) {
		got := CleanTitle(title, strings.Split(sites, "\n")...)
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8: %q", got)
		}
		clean := Clean(truncateUTF8(title, maxTitleBytes))
		if !strings.Contains(clean, got) {
			t.Fatalf("%q is not part of %q", got, clean)
		}
		if got == "" && WordCount(clean) > 0 {
			t.Fatalf("empty result for %q", title)
		}
		if got != Clean(got) {
			t.Fatalf("result %q not clean", got)
		}
	})
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"", " a  b ", "a\u00a0b\u200bc\u00add", "\xffx", "\u3000", "a\u2028b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Clean(s)
		if !utf8.ValidString(c) || c != strings.TrimSpace(c) || strings.Contains(c, "  ") {
			t.Fatalf("Clean(%q) = %q", s, c)
		}
		if Clean(c) != c {
			t.Fatalf("not idempotent: %q → %q → %q", s, c, Clean(c))
		}
		if WordCount(c) != WordCount(s) && utf8.ValidString(s) {
			t.Fatalf("WordCount changed: %q (%d) → %q (%d)", s, WordCount(s), c, WordCount(c))
		}
		if SameText(c, s) != (Fold(s) != "") {
			t.Fatalf("SameText(Clean(%q), it) = %v", s, SameText(c, s))
		}
	})
}
