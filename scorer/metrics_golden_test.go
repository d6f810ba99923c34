package scorer

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var updateMetricsGolden = flag.Bool("update-metrics", false, "rewrite the golden files in testdata/metrics")

// goldenAnalysis is what a metrics golden file holds: the metrics and every
// evidence span as the text it quotes.
type goldenAnalysis struct {
	Metrics       Metrics  `json:"metrics"`
	Sentences     []string `json:"sentences"`
	LongSentences []string `json:"long_sentences"`
	Vague         []string `json:"vague"`
	Legalese      []string `json:"legalese"`
}

// TestMetricsGolden analyses each testdata/metrics/*.md and compares with
// the .golden.json beside it. Run with -update-metrics after a reviewed change.
func TestMetricsGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "metrics", "*.md"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no inputs: %v", err)
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			text, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Analyze(string(text), Options{})
			if err != nil {
				t.Fatal(err)
			}
			want := filepath.Base(in)[:2]
			if a.Metrics.Language != want {
				t.Errorf("language = %q, want %q", a.Metrics.Language, want)
			}
			got, err := json.MarshalIndent(goldenAnalysis{
				Metrics:       a.Metrics,
				Sentences:     quotes(a.Text, a.Sentences),
				LongSentences: quotes(a.Text, a.LongSentences),
				Vague:         quotes(a.Text, a.Vague),
				Legalese:      quotes(a.Text, a.Legalese),
			}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(in, ".md") + ".golden.json"
			if *updateMetricsGolden {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			wantJSON, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestMetricsGolden ./scorer/ -update-metrics)", err)
			}
			if !bytes.Equal(got, wantJSON) {
				t.Errorf("analysis differs from %s:\n%s", golden, got)
			}
		})
	}
}
