package scorer

import (
	"errors"
	"testing"
)

// FuzzScore feeds arbitrary bytes to Score: it must never panic, must fail
// only with ErrEmpty or ErrNotText, and its evidence must quote the text.
func FuzzScore(f *testing.F) {
	for _, s := range []string{
		"We may share your data from time to time.",
		"# Title\n\n- item\n1. item\n",
		"قد نشارك بياناتك. من وقت لآخر؟",
		"我们收集数据。",
		"Visit [x](http://a.b/c) e.g. Mr. A.",
		"\xff\xfe\x00",
		"...",
		"](",
		"é" + string([]byte{0xcc}),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		rep, err := Score(text, Options{})
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrNotText) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		a, err := Analyze(text, Options{})
		if err != nil {
			t.Fatalf("Score succeeded but Analyze failed: %v", err)
		}
		if rep.Words != a.Metrics.Words || a.Metrics.Words == 0 {
			t.Fatalf("words %d vs %d", rep.Words, a.Metrics.Words)
		}
		for _, spans := range [][]Span{a.Sentences, a.LongSentences, a.Vague, a.Legalese} {
			checkSpans(t, a.Text, spans)
		}
		for _, c := range rep.Criteria {
			for _, fd := range c.Findings {
				if fd.Quote != "" && (fd.End > len(a.Text) || fd.Start < 0 || fd.Start > fd.End || a.Text[fd.Start:fd.End] != fd.Quote) {
					t.Fatalf("finding %q does not quote the text", fd.Label)
				}
			}
		}
	})
}
