package pages

import (
	"flag"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// snippet returns the part of body from the first start marker to the end
// of the first end marker after it.
func snippet(t *testing.T, body, start, end string) string {
	t.Helper()
	i := strings.Index(body, start)
	if i < 0 {
		t.Fatalf("no %q in page", start)
	}
	j := strings.Index(body[i:], end)
	if j < 0 {
		t.Fatalf("no %q after %q", end, start)
	}
	return body[i:i+j+len(end)] + "\n"
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the rendered page:\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

func TestGoldenSnippets(t *testing.T) {
	r := newTestRouter(newFixtureStore(t), nil)
	tests := []struct {
		golden, path, start, end string
	}{
		{"site-summary.en.golden", "/sites/example.com", `<section class="summary card"`, "</section>"},
		{"site-summary.ar.golden", "/sites/example.com?lang=ar", `<section class="summary card"`, "</section>"},
		{"site-criteria.en.golden", "/sites/example.com", `<ol class="criteria">`, "</ol>"},
		{"site-criteria.ar.golden", "/sites/example.com?lang=ar", `<ol class="criteria">`, "</ol>"},
		{"site-practices.en.golden", "/sites/example.com", `<ul class="practices">`, "</ul>\n</section>"},
		{"site-practices.ar.golden", "/sites/example.com?lang=ar", `<ul class="practices">`, "</ul>\n</section>"},
		{"site-history.en.golden", "/sites/example.com", `<svg class="chart line"`, "</svg>"},
		{"home-chart.ar.golden", "/?lang=ar", `<svg class="chart bars"`, "</svg>"},
		{"home-changes.en.golden", "/", `<ul class="changes">`, "</ul>"},
		{"notrated.ar.golden", "/sites/unrated.example?lang=ar", `<section class="card notrated"`, "</section>"},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			res := do(t, r, http.MethodGet, tt.path, nil, nil)
			checkGolden(t, tt.golden, snippet(t, res.Body, tt.start, tt.end))
		})
	}
}
