package scorer

import (
	"strings"
	"testing"
)

// TestFoldIntoMatchesNormalize: the facts engine's folding is the rubric's
// normalisation, byte for byte.
func TestFoldIntoMatchesNormalize(t *testing.T) {
	cases := []string{
		"", " ", "We do NOT sell; ever, at all.", "Données à caractère personnel — «sauf» ici",
		"لا نبيع بياناتك، أبدًا؛ ٣٠ يومًا ـ", "Straße ÆØÅ œuvre", "e-mail: privacy@acme.example (https://acme.example)",
		"\u00ADsoft\u200Cjoin\uFEFF", "日本語のテキスト", "tab\tand\nnew line", "۱۲۳ digits",
	}
	for _, c := range cases {
		if got, want := string(foldInto(nil, c)), string(normalizeInto(nil, c)); got != want {
			t.Errorf("foldInto(%q) = %q, normalizeInto = %q", c, got, want)
		}
	}
}

// FuzzFoldInto checks foldInto against normalizeInto on any input.
func FuzzFoldInto(f *testing.F) {
	f.Add("We do not sell your data, except to partners; ever.")
	f.Add("لا نشارك بياناتك إلا بموافقتك")
	f.Add(strings.Repeat("Ça ", 3))
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(foldInto(nil, s)), string(normalizeInto(nil, s)); got != want {
			t.Errorf("foldInto(%q) = %q, normalizeInto = %q", s, got, want)
		}
	})
}
