package extract

import (
	"net/url"
	"os"
	"strings"
	"testing"

	readability "github.com/go-shiori/go-readability"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// TestCorpusCompare measures other extraction methods on the corpus, to
// keep the choice of method honest. It is slow; it runs only when
// LEGIBLE_EXTRACT_COMPARE is set (optionally to a comma-separated list of
// method names).
func TestCorpusCompare(t *testing.T) {
	want := os.Getenv("LEGIBLE_EXTRACT_COMPARE")
	if want == "" {
		t.Skip("LEGIBLE_EXTRACT_COMPARE not set")
	}
	pairs := loadCorpus(t)
	decoded := func(body []byte) string { s, _ := decodeHTML(body, ""); return s }
	ours := func(opt htmlOptions) func([]byte, string) (string, error) {
		return func(body []byte, _ string) (string, error) {
			res, err := extractHTMLWith(body, "", opt)
			if err != nil {
				return "", err
			}
			return res.Text, nil
		}
	}
	traf := func(opt trafilatura.Options) func([]byte, string) (string, error) {
		return func(body []byte, pageURL string) (string, error) {
			o := opt
			if u, err := url.Parse(strings.Fields(pageURL + " x")[0]); err == nil {
				o.OriginalURL = u
			}
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
		{"visible-text", ours(htmlOptions{})},
		{"ours", ours(defaultHTMLOptions)},
		{"ours-keep-hidden", ours(htmlOptions{DropChrome: true, GuardFrac: defaultHTMLOptions.GuardFrac})},
		{"ours-keep-chrome", ours(htmlOptions{DropHidden: true, GuardFrac: defaultHTMLOptions.GuardFrac})},
		{"ours-guard-0.25", ours(htmlOptions{DropChrome: true, DropHidden: true, GuardFrac: 0.25})},
		{"ours-guard-0.6", ours(htmlOptions{DropChrome: true, DropHidden: true, GuardFrac: 0.6})},
		{"trafilatura", traf(trafilatura.Options{})},
		{"trafilatura-recall", traf(trafilatura.Options{Focus: trafilatura.FavorRecall})},
		{"trafilatura-recall-fallback", traf(trafilatura.Options{Focus: trafilatura.FavorRecall, EnableFallback: true})},
		{"trafilatura-recall-nocomments-links", traf(trafilatura.Options{Focus: trafilatura.FavorRecall, ExcludeComments: true, IncludeLinks: true})},
		{"trafilatura-precision", traf(trafilatura.Options{Focus: trafilatura.FavorPrecision})},
		{"readability", func(body []byte, pageURL string) (string, error) {
			doc, err := html.Parse(strings.NewReader(decoded(body)))
			if err != nil {
				return "", err
			}
			u, _ := url.Parse(strings.Fields(pageURL + " x")[0])
			art, err := readability.FromDocument(doc, u)
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
		scores := scoreCorpus(t, pairs, m.fn)
		t.Logf("%-38s %s", m.name, summarize(scores, nil))
	}
}
