package extract

import (
	"os"
	"strings"
	"testing"
)

// TestCorpusCompare measures variants of this package's own method on the
// corpus (what each pruning step is worth), to keep its choices honest. It
// runs only when LEGIBLE_EXTRACT_COMPARE is set (optionally to a
// comma-separated list of method names). Other libraries (trafilatura,
// readability) are compared in the separate module bench/extractcompare, so
// that the product does not depend on them.
func TestCorpusCompare(t *testing.T) {
	want := os.Getenv("LEGIBLE_EXTRACT_COMPARE")
	if want == "" {
		t.Skip("LEGIBLE_EXTRACT_COMPARE not set")
	}
	pairs := loadCorpus(t)
	ours := func(opt htmlOptions) func([]byte, string) (string, error) {
		return func(body []byte, _ string) (string, error) {
			res, err := extractHTMLWith(body, "", opt)
			if err != nil {
				return "", err
			}
			return res.Text, nil
		}
	}
	methods := []struct {
		name string
		fn   func([]byte, string) (string, error)
	}{
		{"visible-text", ours(htmlOptions{})},
		{"ours", ours(defaultHTMLOptions)},
		{"ours-keep-hidden", ours(htmlOptions{DropChrome: true, GuardFrac: defaultHTMLOptions.GuardFrac})},
		{"ours-keep-chrome", ours(htmlOptions{DropHidden: true, GuardFrac: defaultHTMLOptions.GuardFrac})},
		{"ours-guard-0.25", ours(htmlOptions{DropChrome: true, DropHidden: true, GuardFrac: 0.25})},
		{"ours-guard-0.6", ours(htmlOptions{DropChrome: true, DropHidden: true, GuardFrac: 0.6})},
	}
	for _, m := range methods {
		if want != "1" && !strings.Contains(","+want+",", ","+m.name+",") {
			continue
		}
		scores := scoreCorpus(t, pairs, m.fn)
		t.Logf("%-38s %s", m.name, summarize(scores, nil))
	}
}
