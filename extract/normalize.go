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

// listMarker reports whether a line opens a list item: "- ", "* ", "+ " or
// "1. ", whose indentation says how deep the item is nested.
func listMarker(s string) bool {
	if strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "* ") || strings.HasPrefix(s, "+ ") {
		return true
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && strings.HasPrefix(s[i:], ". ")
}

// normalizeLine collapses runs of spaces inside a line and trims its end,
// keeping the leading indentation of list items (nested ones are deeper).
func normalizeLine(l string) string {
	l = strings.TrimRight(l, " ")
	trimmed := strings.TrimLeft(l, " ")
	indent := l[:len(l)-len(trimmed)]
	if !listMarker(trimmed) {
		indent = ""
	}
	if !strings.Contains(trimmed, "  ") {
		return indent + trimmed
	}
	return indent + strings.Join(strings.Fields(trimmed), " ")
}
