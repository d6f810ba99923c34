package scorer

import (
	"testing"
	"unicode/utf8"
)

// FuzzApplyRubric feeds the rubric arbitrary text with arbitrary (even
// invalid) sentence spans: it must not panic, and every quote must be the
// slice of the text at its offsets.
func FuzzApplyRubric(f *testing.F) {
	f.Add("We do not sell your personal data. نحن لا نبيع بياناتك.", uint8(7))
	f.Add("Last updated: 2024\nWe keep logs for 30 days.", uint8(3))
	f.Add("\xff\xfe\x00", uint8(1))
	f.Fuzz(func(t *testing.T, text string, step uint8) {
		var spans []Span
		n := int(step%16) + 1
		for i := 0; i < len(text)+n; i += n {
			spans = append(spans, Span{Start: i - 1, End: i + n})
		}
		spans = append(spans, rubricSplit(text)...)
		a := &Analysis{Text: text, Sentences: spans, Vague: spans, Metrics: Metrics{Language: "en", Words: len(text), Sentences: len(spans)}}
		rep, err := applyRubric(a, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range rep.Criteria {
			for _, fd := range c.Findings {
				if fd.Start < 0 || fd.End > len(text) || fd.Start > fd.End || cleanQuote(text[fd.Start:fd.End]) != fd.Quote {
					t.Fatalf("%s: %q: bad quote offsets %d..%d", c.ID, fd.Label, fd.Start, fd.End)
				}
				if !utf8.ValidString(fd.Label) {
					t.Fatalf("invalid label %q", fd.Label)
				}
			}
		}
	})
}
