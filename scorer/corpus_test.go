package scorer

import (
	"testing"
	"unicode/utf8"
)

// TestCorpusAnalyzes analyses and scores every Markdown text of the corpus:
// none may fail, and every span must be a valid slice of the text.
func TestCorpusAnalyzes(t *testing.T) {
	texts := loadCorpusTexts(t)
	for i, text := range texts {
		a, err := Analyze(text, Options{})
		if err != nil {
			t.Errorf("text %d: %v", i, err)
			continue
		}
		m := a.Metrics
		if m.Words == 0 || m.Sentences == 0 || m.ReadingMinutes <= 0 || m.ReadingWPM <= 0 {
			t.Errorf("text %d: empty metrics %+v", i, m)
		}
		if m.Language == "en" && (m.Readability.Ease == nil || m.Clarity.PassiveShare == nil) {
			t.Errorf("text %d: English text without ease or passive share", i)
		}
		for _, spans := range [][]Span{a.Sentences, a.LongSentences, a.Vague, a.Legalese} {
			checkSpans(t, a.Text, spans)
		}
		if _, err := Score(text, Options{}); err != nil {
			t.Errorf("text %d: Score: %v", i, err)
		}
	}
	t.Logf("%d corpus texts analysed", len(texts))
}

// checkSpans fails unless spans are ordered, inside text and on rune boundaries.
func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	prev := 0
	for _, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("bad span %+v (previous end %d, text %d bytes)", s, prev, len(text))
		}
		if !utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End]) {
			t.Fatalf("span %+v cuts a character", s)
		}
		prev = s.End
	}
}
