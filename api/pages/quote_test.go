package pages

import "testing"

func TestPlainQuote(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "We do not sell your data.", "We do not sell your data."},
		{"bold", "We **never** sell your data.", "We never sell your data."},
		{"heading above the sentence", "## Selling data\nWe do not sell it.", "We do not sell it."},
		{"heading alone", "## Selling data", "Selling data"},
		{"list", "- names\n- email addresses\n* phone numbers", "names email addresses phone numbers"},
		{"numbered", "1. We collect your name.", "We collect your name."},
		{"link", "Write to [our privacy team](mailto:privacy@example.com).", "Write to our privacy team."},
		{"image", "![logo](/logo.png) Acme", "Acme"},
		{"italic", "We keep it *only* as long as needed.", "We keep it only as long as needed."},
		{"code and underscores", "Set `gpc` to __true__.", "Set gpc to true."},
		{"arabic bold", "**لا** نبيع بياناتك.", "لا نبيع بياناتك."},
		{"star inside a word stays", "5*3 = 15", "5*3 = 15"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := plainQuote(tt.in); got != tt.want {
				t.Errorf("plainQuote(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
