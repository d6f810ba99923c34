package scorer

import (
	"strings"
	"testing"
)

// TestBareTitle: a paragraph of a few title-case words with no closing
// punctuation is a title that lost its markup; a button's two words, a
// date line, a sentence or a line inside a paragraph are not.
func TestBareTitle(t *testing.T) {
	cases := []struct {
		text, line string
		want       bool
	}{
		{"Intro.\n\nSharing with Third Parties\n\nWe share data.", "Sharing with Third Parties", true},
		{"Sharing with Third Parties\n\nWe share data.", "Sharing with Third Parties", true},
		{"Intro.\n\nCookie Settings\n\nMore.", "Cookie Settings", false},
		{"Intro.\n\nEffective December Sixteenth 2025\n\nMore.", "Effective December Sixteenth 2025", false},
		{"Intro.\n\nWe Share Information With Others.\n\nMore.", "We Share Information With Others.", false},
		{"Intro.\nSharing with Third Parties\nWe share data.", "Sharing with Third Parties", false},
		{"Intro.\n\nwe share your information with partners\n\nMore.", "we share your information with partners", false},
	}
	for _, c := range cases {
		start := strings.Index(c.text, c.line)
		end := start + len(c.line)
		if got := bareTitle(c.text, start, end); got != c.want {
			t.Errorf("bareTitle(%q in %q) = %v, want %v", c.line, c.text, got, c.want)
		}
	}
}
