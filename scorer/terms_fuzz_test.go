package scorer

import "testing"

// FuzzReadTerms feeds the terms engine arbitrary text with arbitrary (even
// invalid) sentence spans, in each language it reads: it must not panic, and
// every quote must be the slice of the text at its offsets.
func FuzzReadTerms(f *testing.F) {
	f.Add("We may change these terms at any time without notice. يحق لنا تعديل هذه الشروط في أي وقت.", uint8(9), uint8(0))
	f.Add("Nous ne modifierons pas ces conditions sans préavis (https://example.com/suspended).", uint8(4), uint8(1))
	f.Add("\xff\xfe\x00 not", uint8(1), uint8(2))
	langs := []string{"en", "fr", "ar", "de", "es", "zh"}
	f.Fuzz(func(t *testing.T, text string, step, lang uint8) {
		var spans []Span
		n := int(step%16) + 1
		for i := 0; i < len(text)+n; i += n {
			spans = append(spans, Span{Start: i - 1, End: i + n})
		}
		spans = append(spans, Span{Start: 0, End: len(text)})
		a := &Analysis{Text: text, Sentences: spans, Metrics: Metrics{Language: langs[int(lang)%len(langs)]}}
		checkTermsQuotes(t, text, mustReadTerms(t, a))
	})
}
