package scorer

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/legible-app/legible/internal/corpus"
)

// termsQuotes makes TestTermsCorpus print the sentence behind every answer,
// for checking answers by hand: go test -run TestTermsCorpus -v -args -terms.quotes
var termsQuotes = flag.Bool("terms.quotes", false, "print the quote behind every terms answer of the corpus")

// termsCorpusDocs reads the corpus's terms of service, or skips.
func termsCorpusDocs(tb testing.TB) (slugs, texts []string) {
	tb.Helper()
	_, docs := corpus.Load(tb)
	for _, d := range docs {
		if d.Doctype != "terms-of-service" || d.MDFile == "" {
			continue
		}
		b, err := os.ReadFile(d.MDFile)
		if err != nil {
			tb.Fatalf("read %s: %v", d.MDFile, err)
		}
		slugs = append(slugs, d.Slug)
		texts = append(texts, string(b))
	}
	if len(texts) == 0 {
		tb.Skip("the corpus holds no terms of service")
	}
	return slugs, texts
}

// TestTermsCorpus reads every terms of service of the shared corpus: none may
// panic, every quote must be the text it points at, the criteria must add up
// to TermsMax. With -v it prints each document's answers and score.
func TestTermsCorpus(t *testing.T) {
	slugs, texts := termsCorpusDocs(t)
	for i, text := range texts {
		a, err := Analyze(text, Options{})
		if err != nil {
			t.Errorf("%s: %v", slugs[i], err)
			continue
		}
		res := mustReadTerms(t, a)
		checkTermsQuotes(t, a.Text, res)
		max := 0.0
		for _, c := range res.Criteria {
			max += c.Max
			if c.Score < 0 || c.Score > c.Max {
				t.Errorf("%s: %s scores %v of %v", slugs[i], c.ID, c.Score, c.Max)
			}
		}
		if max != TermsMax {
			t.Errorf("%s: criteria add up to %v, want %d", slugs[i], max, TermsMax)
		}
		var sb strings.Builder
		for _, p := range res.Practices {
			fmt.Fprintf(&sb, " %s=%s", strings.TrimPrefix(p.ID, "terms_"), p.Answer)
		}
		t.Logf("%-38s %-3s %5.1f%s", slugs[i], a.Metrics.Language, res.Score(), sb.String())
		if *termsQuotes {
			for _, p := range res.Practices {
				for _, e := range p.Evidence {
					t.Logf("  %s %s=%s: %q", slugs[i], p.ID, p.Answer, e.Quote)
				}
			}
		}
	}
}
