package crawler

import (
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/discover")

// TestBestLinks ranks the links of saved home pages and compares the best
// URL per kind with a golden file: decoys (article links, settings buttons,
// long sentences, other companies' policies) must lose to the footer links.
func TestBestLinks(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "discover", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, p := range pages {
		name := strings.TrimSuffix(filepath.Base(p), ".html")
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			pageURL, _ := url.Parse("https://news.example/")
			doc, err := parseHTML(body, "text/html")
			if err != nil {
				t.Fatal(err)
			}
			cs := newCandidates("news.example")
			cs.addLinks(pageLinks(doc, pageURL), SourceHome)
			var got strings.Builder
			for _, k := range kindOrder {
				if r := cs.ranked(k); len(r) > 0 && r[0].Score >= minCandidateScore {
					fmt.Fprintf(&got, "%s %s\n", k, r[0].URL)
				}
			}
			golden := strings.TrimSuffix(p, ".html") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != string(want) {
				t.Errorf("best links:\n%s\nwant:\n%s", got.String(), want)
			}
		})
	}
}
