package scorer

import (
	"bytes"
	"strings"
	"unicode"
)

// termsHit is the sentence that gives an answer and the rule that found it.
type termsHit struct {
	sentence int // -1 when no sentence gives the answer
	rule     int
}

// termsHits holds, per practice and answer, the evidence for that answer:
// the first sentence found by the answer's first rule (in the rulebook's
// order) that fires at all, so a liability cap is quoted before a passing
// disclaimer.
type termsHits [][]termsHit

// termsScanner holds the per-sentence buffers, reused from sentence to sentence.
type termsScanner struct {
	b        *termsBook
	m        *termsMatcher // the language's matcher
	buf      []byte
	matches  []match
	negs     []bspan
	breaks   []int
	touched  []int32
	masks    []uint32
	excluded []bool
	triggers []bspan
	seen     []bool // per rule: trigger recorded
	// spans are, per rule with distances (Near), the spans of each group.
	spans [][][]bspan
}

func (b *termsBook) newScanner(lang string) *termsScanner {
	n := len(b.rules)
	sc := &termsScanner{
		b:        b,
		m:        b.matchers[lang],
		masks:    make([]uint32, n),
		excluded: make([]bool, n),
		triggers: make([]bspan, n),
		seen:     make([]bool, n),
		spans:    make([][][]bspan, n),
	}
	for i, r := range b.rules {
		if len(r.spec.Near) > 0 {
			sc.spans[i] = make([][]bspan, len(r.spec.Groups))
		}
	}
	return sc
}

// collect runs the rules over every sentence of the text.
func (b *termsBook) collect(text string, sentences []Span, lang string) termsHits {
	hits := make(termsHits, len(b.data.Practices))
	for i, p := range b.data.Practices {
		hits[i] = make([]termsHit, len(p.Answers))
		for j := range hits[i] {
			hits[i][j] = termsHit{sentence: -1}
		}
	}
	if b.matchers[lang] == nil {
		return hits // a language the rules do not read
	}
	sc := b.newScanner(lang)
	for i, sp := range sentences {
		if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		sc.sentence(text[sp.Start:sp.End], i, hits)
	}
	return hits
}

// sentence matches one sentence and records the answers it gives.
func (sc *termsScanner) sentence(s string, idx int, hits termsHits) {
	b := sc.b
	if strings.Contains(s, "://") || strings.Contains(s, "www.") {
		s = withoutURLs(s)
	}
	sc.buf = normalizeInto(sc.buf, s)
	words := bytes.Count(sc.buf, []byte{' '}) - 1
	if words < b.data.MinWords || b.data.MaxWords > 0 && words > b.data.MaxWords ||
		words <= b.data.HeadingWords && isTermsHeading(s) {
		return
	}
	sc.matches = sc.m.ac.scan(sc.matches[:0], sc.buf)
	if len(sc.matches) == 0 {
		return
	}
	for _, r := range sc.touched {
		sc.masks[r], sc.excluded[r], sc.seen[r] = 0, false, false
		for g := range sc.spans[r] {
			sc.spans[r][g] = sc.spans[r][g][:0]
		}
	}
	sc.touched, sc.negs, sc.breaks = sc.touched[:0], sc.negs[:0], sc.breaks[:0]
	for _, m := range sc.matches {
		sp := bspan{m.end - sc.m.ac.lens[m.pat], m.end}
		for _, u := range sc.m.uses[m.pat] {
			switch u.kind {
			case termsSkip:
				return
			case termsSkipStart:
				if sp.start == 0 {
					return
				}
			case termsNegation:
				sc.negs = append(sc.negs, sp)
			case termsClauseBreak:
				sc.breaks = append(sc.breaks, sp.start)
			case termsGroup, termsExclude:
				r := u.rule
				if sc.masks[r] == 0 && !sc.excluded[r] && !sc.seen[r] {
					sc.touched = append(sc.touched, r)
				}
				if u.kind == termsExclude {
					sc.excluded[r] = true
					continue
				}
				sc.masks[r] |= 1 << uint(u.group)
				if sc.spans[r] != nil {
					sc.spans[r][u.group] = append(sc.spans[r][u.group], sp)
				}
				if int(u.group) == b.rules[r].spec.Trigger && !sc.seen[r] {
					sc.triggers[r], sc.seen[r] = sp, true
				}
			}
		}
	}
	for _, r := range sc.touched {
		sc.rule(int(r), idx, hits)
	}
}

// rule records rule r's answer when it fires in the sentence.
func (sc *termsScanner) rule(r, idx int, hits termsHits) {
	ref := &sc.b.rules[r]
	if sc.excluded[r] || sc.masks[r] != ref.full {
		return
	}
	for g, n := range ref.spec.Near {
		if g > 0 && n != 0 && !sc.near(sc.spans[r][0], sc.spans[r][g], n) {
			return
		}
	}
	answer := ref.answer
	if ref.negated != negationIgnored && sc.isNegated(sc.triggers[r]) {
		if ref.negated == negationDrops {
			return
		}
		answer = ref.negated
	}
	if h := &hits[ref.practice][answer]; h.sentence < 0 || r < h.rule {
		*h = termsHit{sentence: idx, rule: r}
	}
}

// near reports whether a span of xs and a span of ys are at most |n| words
// apart: in either order when n > 0, ys after xs when n < 0.
func (sc *termsScanner) near(xs, ys []bspan, n int) bool {
	after := n < 0
	if after {
		n = -n
	}
	for _, x := range xs {
		for _, y := range ys {
			if sc.wordsBetween(x, y) <= n || !after && sc.wordsBetween(y, x) <= n {
				return true
			}
		}
	}
	return false
}

// wordsBetween counts the words from the end of a to the start of b, or
// returns a large number when b does not come after a.
func (sc *termsScanner) wordsBetween(a, b bspan) int {
	from := a.end - 1 // a's trailing space
	if from > b.start {
		if a.start < b.start {
			return 0 // overlapping terms
		}
		return len(sc.buf)
	}
	return bytes.Count(sc.buf[from:b.start], []byte{' '})
}

// isNegated reports whether a negation stands at most NegationWindow words
// before the span, in the same clause.
func (sc *termsScanner) isNegated(t bspan) bool {
	for _, n := range sc.negs {
		from := n.end - 1 // the negation's trailing space
		if from > t.start || bytes.Count(sc.buf[from:t.start], []byte{' '}) > sc.b.data.NegationWindow {
			continue
		}
		if bytes.IndexByte(sc.buf[from:t.start], ';') >= 0 || sc.breakIn(from, t.start) {
			continue
		}
		return true
	}
	return false
}

// breakIn reports whether a clause-opening word ("but", "except") starts
// between from and to.
func (sc *termsScanner) breakIn(from, to int) bool {
	for _, b := range sc.breaks {
		if b >= from && b < to {
			return true
		}
	}
	return false
}

// isHeading reports whether a short sentence is a heading: it ends without
// punctuation and is marked up as one ("## Termination", "**Arbitration**"),
// written in capitals, or in title case ("Binding Arbitration and Class
// Action Waiver"). A list's lead-in ("We are liable under the law") is not.
func isTermsHeading(s string) bool {
	s = strings.TrimSpace(s)
	end := strings.TrimRight(s, " \t*_`#")
	if end == "" {
		return true
	}
	switch end[len(end)-1] {
	case '.', '!', '?', ';', ':', ')', '"':
		return false
	}
	for _, p := range []string{"。", "؟", "…", "”", "»"} {
		if strings.HasSuffix(end, p) {
			return false
		}
	}
	if strings.HasPrefix(s, "#") || strings.HasPrefix(s, "**") || strings.HasPrefix(s, "__") {
		return true
	}
	upper, lower, words, titled := 0, 0, 0, 0
	for _, w := range strings.Fields(end) {
		first := true
		for _, r := range w {
			switch {
			case unicode.IsUpper(r):
				upper++
				if first {
					titled++
				}
			case unicode.IsLower(r):
				lower++
			default:
				continue
			}
			if first {
				words++
				first = false
			}
		}
	}
	return upper > 0 && (lower == 0 || words >= 2 && 10*titled >= 6*words)
}

// withoutURLs blanks the web addresses of a sentence, whose words
// ("suspended-accounts") are no part of what it states.
func withoutURLs(s string) string {
	var sb strings.Builder
	for {
		i := urlStart(s)
		if i < 0 {
			sb.WriteString(s)
			return sb.String()
		}
		sb.WriteString(s[:i])
		sb.WriteByte(' ')
		end := strings.IndexAny(s[i:], " \t\r\n)]>\"'")
		if end < 0 {
			return sb.String()
		}
		s = s[i+end:]
	}
}

// urlStart is the offset of the first web address in s, or -1.
func urlStart(s string) int {
	i := strings.Index(s, "://")
	if i >= 0 {
		j := i
		for j > 0 && (s[j-1] >= 'a' && s[j-1] <= 'z' || s[j-1] >= 'A' && s[j-1] <= 'Z') {
			j--
		}
		i = j
	}
	if w := strings.Index(s, "www."); w >= 0 && (i < 0 || w < i) {
		i = w
	}
	return i
}
