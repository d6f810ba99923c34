package scorer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Scripts told apart before detection.
const (
	scriptNone = iota
	scriptLatin
	scriptArabic
	scriptCyrillic
	scriptDevanagari
	scriptHan
	scriptKana
	scriptHangul
	scriptGreek
	scriptHebrew
	scriptThai
	scriptOther
	numScripts
)

// dominantScript returns the script of most letters in s. Japanese is told
// from Chinese by its kana: text whose Han and kana letters hold a kana share
// of 10% or more is Japanese.
func dominantScript(s string) int {
	var counts [numScripts]int
	for _, r := range s {
		counts[scriptOf(r)]++
	}
	if counts[scriptKana] > 0 && counts[scriptKana]*10 >= counts[scriptKana]+counts[scriptHan] {
		counts[scriptKana] += counts[scriptHan]
		counts[scriptHan] = 0
	}
	best, bestN := scriptNone, 0
	for sc := scriptLatin; sc < numScripts; sc++ {
		if counts[sc] > bestN {
			best, bestN = sc, counts[sc]
		}
	}
	return best
}

// scriptOf classifies a letter by script; anything else is scriptNone.
func scriptOf(r rune) int {
	if r < utf8.RuneSelf {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return scriptLatin
		}
		return scriptNone
	}
	switch {
	case r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F || r >= 0x08A0 && r <= 0x08FF || r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF:
		if unicode.IsLetter(r) {
			return scriptArabic
		}
		return scriptNone
	case r >= 0x0900 && r <= 0x097F:
		return scriptDevanagari
	case r >= 0x3040 && r <= 0x30FF:
		return scriptKana
	case isCJK(r):
		return scriptHan
	case r >= 0xAC00 && r <= 0xD7AF || r >= 0x1100 && r <= 0x11FF:
		return scriptHangul
	case r >= 0x0400 && r <= 0x04FF:
		return scriptCyrillic
	case r >= 0x0370 && r <= 0x03FF:
		return scriptGreek
	case r >= 0x0590 && r <= 0x05FF:
		return scriptHebrew
	case r >= 0x0E00 && r <= 0x0E7F:
		return scriptThai
	case unicode.Is(unicode.Latin, r):
		return scriptLatin
	case unicode.IsLetter(r):
		return scriptOther
	}
	return scriptNone
}

// keepScript replaces every letter not in script by a space.
func keepScript(s string, script int) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if sc := scriptOf(r); sc != script && sc != scriptNone {
			r = ' '
		}
		b.WriteRune(r)
	}
	return b.String()
}

// countLetters counts the letters of s.
func countLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
