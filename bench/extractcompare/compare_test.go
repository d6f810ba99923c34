package extractcompare

import (
	"bytes"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	readability "github.com/go-shiori/go-readability"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/legible-app/legible/extract"
	"github.com/legible-app/legible/internal/corpus"
)

// corpusDir is ../shared/corpus beside the main module's root (the directory
// above this module whose go.mod declares github.com/legible-app/legible).
func corpusDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && bytes.Contains(b, []byte("module github.com/legible-app/legible\n")) {
			return filepath.Join(filepath.Dir(dir), "shared", "corpus")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("the main module's root is not above this directory")
		}
		dir = parent
	}
}

// decoded is the page's HTML as UTF-8 text, for the libraries that take text.
func decoded(body []byte) string {
	r, err := charset.NewReader(bytes.NewReader(body), "text/html")
	if err != nil {
		return string(body)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return string(body)
	}
	return string(b)
}

func pageURL(raw string) *url.URL {
	u, _ := url.Parse(strings.Fields(raw + " x")[0])
	return u
}

// TestCorpusCompare measures Legible's extraction and the other libraries'
// on every corpus page that has a reference text. It runs only when
// LEGIBLE_EXTRACT_COMPARE is set (optionally to a comma-separated list of
// method names) and skips when the corpus is absent.
func TestCorpusCompare(t *testing.T) {
	want := os.Getenv("LEGIBLE_EXTRACT_COMPARE")
	if want == "" {
		t.Skip("LEGIBLE_EXTRACT_COMPARE not set")
	}
	dir := corpusDir(t)
	if _, err := os.Stat(filepath.Join(dir, "manifest.csv")); err != nil {
		t.Skipf("no corpus at %s", dir)
	}
	docs, err := corpus.Manifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	traf := func(opt trafilatura.Options) func([]byte, string) (string, error) {
		return func(body []byte, raw string) (string, error) {
			o := opt
			o.OriginalURL = pageURL(raw)
			o.HtmlDateMode = trafilatura.Disabled
			res, err := trafilatura.Extract(strings.NewReader(decoded(body)), o)
			if err != nil {
				return "", err
			}
			return res.ContentText, nil
		}
	}
	methods := []struct {
		name string
		fn   func([]byte, string) (string, error)
	}{
		{"ours", func(body []byte, raw string) (string, error) {
			res, err := extract.Extract(body, "text/html", raw)
			if err != nil {
				return "", err
			}
			return res.Text, nil
		}},
		{"trafilatura", traf(trafilatura.Options{})},
		{"trafilatura-recall", traf(trafilatura.Options{Focus: trafilatura.FavorRecall})},
		{"trafilatura-recall-fallback", traf(trafilatura.Options{Focus: trafilatura.FavorRecall, EnableFallback: true})},
		{"trafilatura-recall-nocomments-links", traf(trafilatura.Options{Focus: trafilatura.FavorRecall, ExcludeComments: true, IncludeLinks: true})},
		{"trafilatura-precision", traf(trafilatura.Options{Focus: trafilatura.FavorPrecision})},
		{"readability", func(body []byte, raw string) (string, error) {
			doc, err := html.Parse(strings.NewReader(decoded(body)))
			if err != nil {
				return "", err
			}
			art, err := readability.FromDocument(doc, pageURL(raw))
			if err != nil {
				return "", err
			}
			return art.TextContent, nil
		}},
	}
	for _, m := range methods {
		if want != "1" && !strings.Contains(","+want+",", ","+m.name+",") {
			continue
		}
		var scores []float64
		for _, d := range docs {
			if d.HTMLFile == "" || d.MDFile == "" {
				continue
			}
			body, err := os.ReadFile(d.HTMLFile)
			if err != nil {
				t.Fatal(err)
			}
			md, err := os.ReadFile(d.MDFile)
			if err != nil {
				t.Fatal(err)
			}
			text, err := m.fn(body, d.URL)
			if err != nil {
				t.Logf("%s %s/%s: %v", m.name, d.Slug, d.Doctype, err)
			}
			scores = append(scores, f1(words(text), markdownWords(string(md))))
		}
		t.Logf("%-38s %s", m.name, summary(scores))
	}
}

// summary is "n=N meanF1=... medianF1=...".
func summary(fs []float64) string {
	if len(fs) == 0 {
		return "n=0"
	}
	sorted := append([]float64(nil), fs...)
	sort.Float64s(sorted)
	mean := 0.0
	for _, f := range sorted {
		mean += f
	}
	mean /= float64(len(sorted))
	med := sorted[len(sorted)/2]
	if len(sorted)%2 == 0 {
		med = (sorted[len(sorted)/2-1] + sorted[len(sorted)/2]) / 2
	}
	return strings.Join([]string{"n=" + itoa(len(sorted)), "meanF1=" + ftoa(mean), "medianF1=" + ftoa(med)}, " ")
}
