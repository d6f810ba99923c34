package extractcompare

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// The scoring is the one extract's TestCorpusF1 uses (extract/f1_test.go),
// so that the figures of both are comparable.

// mdLinkTarget matches the target of a Markdown link or image, and bare
// autolinks, which are not text.
var mdLinkTarget = regexp.MustCompile(`\]\([^)\s]*(\s+"[^"]*")?\)|<https?://[^>\s]*>`)

// words returns the lower-cased words of s: runs of letters, digits and
// combining marks; Han, Hiragana and Katakana characters are words of their own.
func words(s string) []string {
	fields := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.M, r)
	})
	out := fields[:0:0]
	for _, f := range fields {
		start := 0
		for i, r := range f {
			if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
				if i > start {
					out = append(out, f[start:i])
				}
				out = append(out, string(r))
				start = i + len(string(r))
			}
		}
		if start < len(f) {
			out = append(out, f[start:])
		}
	}
	return out
}

// markdownWords returns the words of a Markdown text, ignoring its syntax.
func markdownWords(md string) []string {
	return words(mdLinkTarget.ReplaceAllString(md, "]"))
}

// f1 returns the F1 of got against want, over multisets of words.
func f1(got, want []string) float64 {
	if len(got) == 0 || len(want) == 0 {
		if len(got) == len(want) {
			return 1
		}
		return 0
	}
	counts := make(map[string]int, len(want))
	for _, w := range want {
		counts[w]++
	}
	common := 0
	for _, w := range got {
		if counts[w] > 0 {
			counts[w]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p := float64(common) / float64(len(got))
	r := float64(common) / float64(len(want))
	return 2 * p * r / (p + r)
}

func itoa(n int) string { return strconv.Itoa(n) }

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', 4, 64) }
