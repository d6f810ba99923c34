package rating_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/rating"
	"github.com/legible-app/legible/scorer"
)

func TestClipQuote(t *testing.T) {
	long := strings.Repeat("word ", 400)
	noSpace := strings.Repeat("ب", 1000)
	tests := []struct {
		name, in string
		wantLen  int
		wantEnd  string
	}{
		{"short", "We sell data.", 13, "."},
		{"exactly the limit", strings.Repeat("a", rating.MaxQuoteRunes), rating.MaxQuoteRunes, "a"},
		{"words", long, 0, "word…"},
		{"one long word", noSpace, rating.MaxQuoteRunes, "ب…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rating.ClipQuote(tt.in)
			n := utf8.RuneCountInString(got)
			if n > rating.MaxQuoteRunes || (tt.wantLen > 0 && n != tt.wantLen) || !strings.HasSuffix(got, tt.wantEnd) {
				t.Errorf("ClipQuote = %d runes ending %q; want %d, ending %q", n, got[max(0, len(got)-12):], tt.wantLen, tt.wantEnd)
			}
			if !utf8.ValidString(got) {
				t.Error("clipped quote is not valid UTF-8")
			}
		})
	}
}

// TestClipQuoteAround: a long quote whose answering part lies far into it
// is clipped around that part, opening with an ellipsis; one whose part is
// near its start is clipped as ClipQuote clips it.
func TestClipQuoteAround(t *testing.T) {
	head := strings.Repeat("our affiliates and service providers, ", 20)
	tail := "(iii) competent authorities, as required by law, such as when compelled by subpoena or court order; (iv) " + strings.Repeat("other recipients, ", 10)
	q := head + tail
	focus := float32(len(strings.Fields(head))) / float32(len(strings.Fields(q)))
	got := rating.ClipQuoteAround(q, focus)
	if !strings.HasPrefix(got, "…") || !strings.Contains(got, "competent authorities, as required by law") {
		t.Errorf("ClipQuoteAround(…, %.2f) = %q: want the clause on the authorities, after an ellipsis", focus, got)
	}
	if n := utf8.RuneCountInString(got); n > rating.MaxQuoteRunes || !utf8.ValidString(got) {
		t.Errorf("ClipQuoteAround gave %d runes (valid UTF-8: %v)", n, utf8.ValidString(got))
	}
	if got := rating.ClipQuoteAround(q, 0.1); got != rating.ClipQuote(q) {
		t.Errorf("focus near the start: %q, want ClipQuote's %q", got, rating.ClipQuote(q))
	}
	if got := rating.ClipQuoteAround("We sell data.", 0.9); got != "We sell data." {
		t.Errorf("short quote clipped: %q", got)
	}
	arabic := strings.Repeat("نشارك بياناتك مع شركائنا، ", 40) + "ومع السلطات المختصة عندما يقتضي القانون ذلك."
	got = rating.ClipQuoteAround(arabic, 0.97)
	if !strings.Contains(got, "السلطات المختصة") || !utf8.ValidString(got) || utf8.RuneCountInString(got) > rating.MaxQuoteRunes {
		t.Errorf("Arabic quote clipped to %q", got)
	}
}

// TestScoreClipsQuotes scores a text with no sentence punctuation: the
// scorer sees one sentence of 1.9 MB, and no quote of the report, of a
// stored score or of a site report may carry it whole.
func TestScoreClipsQuotes(t *testing.T) {
	words := strings.Fields("we collect your email address and we share your personal data with partners for advertising and we keep your data")
	var b strings.Builder
	for i := 0; b.Len() < 1_900_000; i++ {
		b.WriteString(words[i%len(words)])
		b.WriteByte(' ')
	}
	rep, err := rating.Score(b.String(), scorer.Options{Language: "en", Kind: legible.KindPrivacy})
	if err != nil {
		t.Fatal(err)
	}
	quotes := 0
	for _, c := range rep.Criteria {
		for _, f := range c.Findings {
			if f.Quote != "" {
				quotes++
			}
			if n := utf8.RuneCountInString(f.Quote); n > rating.MaxQuoteRunes {
				t.Errorf("%s: quote of %d characters", f.Label, n)
			}
		}
	}
	if quotes == 0 {
		t.Fatal("no finding quotes the text: the test proves nothing")
	}
	stored, err := rating.StoredScore(rep, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if len(stored.Report) > 200_000 {
		t.Errorf("stored report is %d bytes", len(stored.Report))
	}
	sr, ss, err := rating.Site([]scorer.DocumentReport{{Kind: legible.KindPrivacy, URL: "https://example.com/privacy", Report: rep}}, nil, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range sr.TopFindings {
		if n := utf8.RuneCountInString(f.Quote); n > rating.MaxQuoteRunes {
			t.Errorf("top finding %s: quote of %d characters", f.Label, n)
		}
	}
	if len(ss.Report) > 200_000 {
		t.Errorf("stored site report is %d bytes", len(ss.Report))
	}
}
