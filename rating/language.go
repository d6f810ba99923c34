package rating

import (
	"fmt"
	"strings"

	"github.com/legible-app/legible/scorer"
)

// Auto asks the scorer to detect the language.
const Auto = "auto"

// ParseLanguage checks a language a user gives: "", "auto" (any case) and
// "und" mean detection and give Auto; otherwise the code must be one the
// scorer knows (scorer.Supported), else the error wraps ErrLanguage.
func ParseLanguage(code string) (string, error) {
	c := normalizeLanguage(code)
	if c == Auto || scorer.Supported(c) {
		return c, nil
	}
	return "", fmt.Errorf("%w %q: give auto or a code Legible knows, such as en, ar, fr, de, es", ErrLanguage, code)
}

// normalizeLanguage lower-cases a language code and maps the ways of saying
// "not known" ("", "auto", "und") to Auto, so that a stored version whose
// language was undetermined is detected again rather than scored as "und".
func normalizeLanguage(code string) string {
	c := strings.ToLower(strings.TrimSpace(code))
	if c == "" || c == Auto || c == scorer.Undetermined {
		return Auto
	}
	return c
}
