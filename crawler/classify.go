package crawler

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/legible-app/legible"
)

// kindOrder is the order kinds are considered in; it breaks ties.
var kindOrder = []legible.DocKind{legible.KindPrivacy, legible.KindTerms, legible.KindCookies, legible.KindOther, kindHub}

// foldedPhrases are labelPhrases and urlPhrases folded once.
var (
	foldedLabels   = foldAll(labelPhrases)
	foldedURLs     = foldAll(urlPhrases)
	foldedNegative = foldStrings(negativeWords)
)

func foldAll(m map[legible.DocKind][]phrase) map[legible.DocKind][]phrase {
	out := make(map[legible.DocKind][]phrase, len(m))
	for k, ps := range m {
		f := make([]phrase, len(ps))
		for i, p := range ps {
			f[i] = phrase{text: fold(p.text), weight: p.weight}
		}
		out[k] = f
	}
	return out
}

func foldStrings(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fold(s)
	}
	return out
}

// fold lower-cases s, drops accents and Arabic diacritics and tatweel,
// unifies apostrophes and collapses white space, so that labels compare
// loosely.
func fold(s string) string {
	s = norm.NFD.String(strings.ToLower(s))
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r), r == 'ـ', r == '\u200b', r == '\u200c', r == '\u200d',
			r == '\u200e', r == '\u200f', r == '\ufeff':
			continue
		case r == '’' || r == '‘' || r == '`' || r == '´':
			r = '\''
		case r == 'ı':
			r = 'i'
		case r == 'ł':
			r = 'l'
		case r == 'ß':
			b.WriteString("ss")
			space = false
			continue
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// needsBoundary reports whether r belongs to a script whose words are
// separated by spaces and never glued to prefixes, so a match must not sit
// inside a longer word.
func needsBoundary(r rune) bool {
	return unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek) || unicode.IsDigit(r)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// containsPhrase reports whether folded text contains folded phrase p as
// whole words (for scripts that have them).
func containsPhrase(text, p string) bool {
	if p == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(p)
	last, _ := utf8.DecodeLastRuneInString(p)
	for i := 0; i <= len(text)-len(p); {
		j := strings.Index(text[i:], p)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(p)
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		okBefore := start == 0 || !needsBoundary(first) || !isWordRune(before)
		okAfter := end == len(text) || !needsBoundary(last) || !isWordRune(after)
		if okBefore && okAfter {
			return true
		}
		_, size := utf8.DecodeRuneInString(text[start:])
		i = start + size
	}
	return false
}

// labelScores scores one link label (text, title or aria-label) per kind.
func labelScores(label string) map[legible.DocKind]float64 {
	l := fold(label)
	if l == "" {
		return nil
	}
	out := map[legible.DocKind]float64{}
	for _, k := range kindOrder {
		best := 0.0
		for _, p := range foldedLabels[k] {
			if p.weight > best && containsPhrase(l, p.text) {
				best = p.weight
				if l == p.text {
					best += 2
				}
			}
		}
		if best > 0 {
			out[k] = best
		}
	}
	if len(out) == 0 {
		return nil
	}
	// "Privacy and cookie policy" is a privacy policy first.
	if out[legible.KindPrivacy] > 0 && out[legible.KindCookies] > 0 {
		out[legible.KindCookies] *= 0.6
	}
	factor := 1.0
	for _, n := range foldedNegative {
		if containsPhrase(l, n) {
			factor = 0.2
			break
		}
	}
	switch n := utf8.RuneCountInString(l); {
	case n > 120:
		factor *= 0.2
	case n > 60:
		factor *= 0.5
	}
	for k := range out {
		out[k] *= factor
	}
	return out
}

// urlScores scores a URL's path and query per kind.
func urlScores(u *url.URL) map[legible.DocKind]float64 {
	p := u.EscapedPath()
	if dec, err := url.PathUnescape(p); err == nil {
		p = dec
	}
	if u.RawQuery != "" {
		if q, err := url.QueryUnescape(u.RawQuery); err == nil {
			p += "?" + q
		}
	}
	s := fold(p)
	out := map[legible.DocKind]float64{}
	for _, k := range kindOrder {
		best := 0.0
		for _, ph := range foldedURLs[k] {
			if ph.weight > best && containsPhrase(s, ph.text) {
				best = ph.weight
			}
		}
		if best > 0 {
			out[k] = best
		}
	}
	return out
}

// classifyLink combines the scores of a link's labels and URL per kind.
func classifyLink(labels []string, u *url.URL) map[legible.DocKind]float64 {
	lab := map[legible.DocKind]float64{}
	silent := true // no label has words: an icon or an empty link
	for _, l := range labels {
		if strings.TrimSpace(l) != "" {
			silent = false
		}
		for k, v := range labelScores(l) {
			lab[k] = max(lab[k], v)
		}
	}
	us := urlScores(u)
	out := map[legible.DocKind]float64{}
	for _, k := range kindOrder {
		switch {
		case lab[k] > 0:
			out[k] = lab[k] + us[k]/2
		case us[k] > 0 && silent:
			// The label says nothing (an icon, "Read more"): trust the URL a little.
			out[k] = us[k] * 0.8
		case us[k] > 0:
			out[k] = us[k] * 0.3
		}
	}
	return out
}

// looksLike reports whether a document's title or text names the kind, for
// documents found without a link label (sitemaps, common paths).
func looksLike(kind legible.DocKind, title, text string) bool {
	head := text
	if len(head) > 4000 {
		head = head[:4000]
	}
	s := fold(title + " " + head)
	for _, p := range foldedLabels[kind] {
		if containsPhrase(s, p.text) {
			return true
		}
	}
	return false
}
