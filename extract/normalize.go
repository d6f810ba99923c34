package extract

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// invisible maps characters that only get in the way of reading to a space
// or to nothing. Zero-width joiners stay: scripts such as Persian and the
// Indic ones need them.
var invisible = strings.NewReplacer(
	"\u00a0", " ", "\u2007", " ", "\u202f", " ", "\u2009", " ", "\u200a", " ",
	"\u2002", " ", "\u2003", " ", "\u3000", " ", "\t", " ", "\r", "",
	"\u200b", "", "\ufeff", "", "\u00ad", "", "\u2060", "",
)

// normalizeText puts extracted text in its final form: NFC, single spaces,
// no space at line ends, at most one blank line between blocks, no blank
// lines at either end.
func normalizeText(s string) string {
	s = norm.NFC.String(invisible.Replace(s))
	lines := strings.Split(s, "\n")
	var b strings.Builder
	b.Grow(len(s))
	blank := false
	for _, l := range lines {
		l = normalizeLine(l)
		if l == "" || l == "-" || strings.Trim(l, "#") == "" {
			blank = b.Len() > 0
			continue
		}
		if blank {
			b.WriteString("\n\n")
			blank = false
		} else if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
	}
	return b.String()
}

// normalizeLine collapses runs of spaces inside a line and trims its end,
// keeping leading indentation of nested list items.
func normalizeLine(l string) string {
	l = strings.TrimRight(l, " ")
	trimmed := strings.TrimLeft(l, " ")
	indent := l[:len(l)-len(trimmed)]
	if !strings.HasPrefix(trimmed, "- ") {
		indent = ""
	}
	if !strings.Contains(trimmed, "  ") {
		return indent + trimmed
	}
	return indent + strings.Join(strings.Fields(trimmed), " ")
}
