package rating_test

import (
	"errors"
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/rating"
)

func TestParseLanguage(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"", rating.Auto, true},
		{"auto", rating.Auto, true},
		{" AUTO ", rating.Auto, true},
		{"und", rating.Auto, true},
		{"en", "en", true},
		{"AR", "ar", true},
		{"fr", "fr", true},
		{"zz", "", false},
		{"klingon", "", false},
		{"en-GB", "", false},
	}
	for _, tt := range tests {
		got, err := rating.ParseLanguage(tt.in)
		if tt.ok != (err == nil) || got != tt.want {
			t.Errorf("ParseLanguage(%q) = %q, %v; want %q, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
		if err != nil && (!errors.Is(err, rating.ErrLanguage) || !errors.Is(err, legible.ErrInvalid)) {
			t.Errorf("ParseLanguage(%q): %v does not wrap ErrLanguage and ErrInvalid", tt.in, err)
		}
	}
}
