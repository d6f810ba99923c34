package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Floors under which TestUnseenF1 fails. The unseen pages are never used to
// tune the rules; they check that the rules hold on page shells and consent
// markups written apart from the corpus.
const (
	floorUnseenMeanF1 = 0.97 // all unseen pages
	floorUnseenPageF1 = 0.90 // every unseen page
)

// unseenPage is one page of testdata/unseen with the text expected of it.
type unseenPage struct {
	Name     string
	HTMLPath string
	TextPath string
}

// loadUnseen lists the pages of testdata/unseen: name.html beside name.txt.
func loadUnseen(t testing.TB) []unseenPage {
	t.Helper()
	inputs, err := filepath.Glob(filepath.Join("testdata", "unseen", "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	var pages []unseenPage
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".html")
		pages = append(pages, unseenPage{Name: name, HTMLPath: in, TextPath: strings.TrimSuffix(in, ".html") + ".txt"})
	}
	return pages
}

// TestUnseenF1 extracts every page of testdata/unseen (French state design
// system, Drupal, WordPress and hand-made shells, each with a consent
// manager's banner or preference panel inside or outside <main>) and
// scores it against the text written with it.
func TestUnseenF1(t *testing.T) {
	pages := loadUnseen(t)
	if len(pages) < 12 {
		t.Fatalf("found %d unseen pages, want at least 12", len(pages))
	}
	scores := make([]pairScore, len(pages))
	for i, p := range pages {
		body, err := os.ReadFile(p.HTMLPath)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(p.TextPath)
		if err != nil {
			t.Fatalf("%s: expected text: %v", p.Name, err)
		}
		text, err := extractText(body, "https://example.org/"+p.Name)
		if err != nil {
			t.Errorf("%s: %v", p.Name, err)
		}
		s := pairScore{Name: p.Name}
		s.P, s.R, s.F = prf(words(text), markdownWords(string(want)))
		scores[i] = s
		if s.F < floorUnseenPageF1 {
			t.Errorf("%s: F1 %.3f (P=%.3f R=%.3f) is below the page floor %.2f; extracted:\n%s",
				p.Name, s.F, s.P, s.R, floorUnseenPageF1, text)
		}
	}
	all := summarize(scores, nil)
	t.Logf("unseen pages: %s", all)
	for _, w := range worst(scores, 10) {
		t.Logf("worst: %-45s F1=%.3f P=%.3f R=%.3f", w.Name, w.F, w.P, w.R)
	}
	if all.MeanF < floorUnseenMeanF1 {
		t.Errorf("mean F1 %.4f fell below the floor %.3f", all.MeanF, floorUnseenMeanF1)
	}
}
