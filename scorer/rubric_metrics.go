package scorer

import (
	"fmt"
	"strings"
)

// metricValue reads a named figure from the metrics; false when it was not measured.
func metricValue(name string, m Metrics) (float64, bool) {
	switch name {
	case "reading_minutes":
		return m.ReadingMinutes, true
	case "ease":
		if m.Readability.Ease == nil {
			return 0, false
		}
		return *m.Readability.Ease, true
	case "vague_per_1000":
		return m.Clarity.VaguePer1000, m.Words > 0
	case "long_sentence_share":
		return m.Clarity.LongSentenceShare, m.Sentences > 0
	}
	return 0, false
}

// bandFor returns the band a metric's value falls in, with its label filled in.
func bandFor(rule metricRule, value float64) (band, string, bool) {
	bd, ok := pickBand(rule.Bands, value)
	if !ok {
		return bd, "", false
	}
	shown := value
	if bd.Percent {
		shown *= 100
	}
	label := bd.Label
	if strings.Contains(label, "%") {
		label = fmt.Sprintf(label, shown)
	}
	return bd, label, true
}

// pickBand returns the first band the value falls in.
func pickBand(bands []band, v float64) (band, bool) {
	for _, bd := range bands {
		if bd.Upto != nil && v <= *bd.Upto || bd.Atleast != nil && v >= *bd.Atleast {
			return bd, true
		}
	}
	return band{}, false
}

// quoteFor picks the sentence that best shows a metric's problem: the longest
// sentence, or the sentence with the most vague terms.
func quoteFor(kind string, a *Analysis) int {
	switch kind {
	case "longest":
		// The longest sentence of prose: a menu of links or a table row
		// run together is long but is no sentence a reader struggles with.
		best, bestLen := -1, 0
		for _, prose := range []bool{true, false} {
			for i, s := range a.Sentences {
				raw := a.Text[s.Start:s.End]
				if prose && !readsAsProse(raw) {
					continue
				}
				if n := len(raw) - linkTargetBytes(raw); n > bestLen {
					best, bestLen = i, n
				}
			}
			if best >= 0 {
				break
			}
		}
		return best
	case "most_vague":
		return densestSentence(a.Sentences, a.Vague)
	}
	return -1
}

// readsAsProse reports whether a sentence is prose rather than a menu of
// links (three or more) or table cells run together.
func readsAsProse(raw string) bool {
	return strings.Count(raw, "](") < 3 && strings.Count(raw, "|") < 2
}

// linkTargetBytes counts the bytes of Markdown link targets ("](url)") in
// raw: they make a sentence no longer to read.
func linkTargetBytes(raw string) int {
	n := 0
	for i := 0; ; {
		j := strings.Index(raw[i:], "](")
		if j < 0 {
			return n
		}
		start := i + j + 1
		end := strings.IndexByte(raw[start:], ')')
		if end < 0 {
			return n
		}
		n += end + 1
		i = start + end + 1
	}
}

// densestSentence returns the index of the sentence holding the most spans,
// or -1. Both lists are in text order.
func densestSentence(sentences, spans []Span) int {
	best, bestN := -1, 0
	j := 0
	for i, s := range sentences {
		n := 0
		for j < len(spans) && spans[j].Start < s.End {
			if spans[j].Start >= s.Start {
				n++
			}
			j++
		}
		if n > bestN {
			best, bestN = i, n
		}
	}
	return best
}
