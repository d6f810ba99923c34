package crawler

import (
	"context"
	"fmt"
	"html"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/internal/corpus"
)

// corpusDoc is one HTML document of the shared corpus.
type corpusDoc struct {
	Kind  legible.DocKind
	Path  string // URL path on the mirror
	File  string // absolute path of the .html
	Label string // link text on the generated home page
}

// corpusKinds maps the corpus doctypes to kinds, paths and link texts.
var corpusKinds = map[string]corpusDoc{
	"privacy-policy":   {Kind: legible.KindPrivacy, Path: "/privacy-policy", Label: "Privacy Policy"},
	"terms-of-service": {Kind: legible.KindTerms, Path: "/terms-of-service", Label: "Terms of Service"},
	"trackers-policy":  {Kind: legible.KindCookies, Path: "/cookie-policy", Label: "Cookie Policy"},
}

// corpusSites reads the manifest: the HTML documents of each service, by
// slug. It skips the test when the shared corpus is absent.
func corpusSites(t testing.TB) map[string][]corpusDoc {
	t.Helper()
	_, docs := corpus.Load(t)
	sites := map[string][]corpusDoc{}
	for _, d := range docs {
		kind, ok := corpusKinds[d.Doctype]
		if !ok || d.HTMLFile == "" {
			continue
		}
		kind.File = d.HTMLFile
		sites[d.Slug] = append(sites[d.Slug], kind)
	}
	return sites
}

// corpusMirror serves every corpus service as its own site, <slug>.example,
// with a generated home page linking its documents from the footer.
func corpusMirror(t testing.TB, w *fakeWeb, sites map[string][]corpusDoc) {
	t.Helper()
	for slug, docs := range sites {
		mux := w.site(slug + ".example")
		var links strings.Builder
		for _, d := range docs {
			fmt.Fprintf(&links, "<li><a href=\"%s\">%s</a></li>\n", d.Path, html.EscapeString(d.Label))
			body, err := os.ReadFile(d.File)
			if err != nil {
				t.Fatal(err)
			}
			serve(mux, d.Path, "text/html", body)
		}
		htmlPage(mux, "/", fmt.Sprintf(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
<body><header><nav><a href="/">Home</a> <a href="/products">Products</a></nav></header>
<main><h1>%s</h1><p>Welcome to our service.</p></main>
<footer><ul>%s</ul></footer></body></html>`, slug, slug, links.String()))
	}
}

// crawlAll crawls every site with n workers and returns the results by domain.
func crawlAll(ctx context.Context, c *Crawler, domains []string, n int) (map[string]*SiteResult, map[string]error) {
	var mu sync.Mutex
	results, errs := map[string]*SiteResult{}, map[string]error{}
	jobs := make(chan string)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range jobs {
				res, err := c.CrawlSite(ctx, d)
				mu.Lock()
				results[d], errs[d] = res, err
				mu.Unlock()
			}
		}()
	}
	for _, d := range domains {
		jobs <- d
	}
	close(jobs)
	wg.Wait()
	return results, errs
}

// TestCorpusMirror crawls the real pages of the shared corpus, one loopback
// site per service: every document must be found under its kind and
// extracted.
func TestCorpusMirror(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus crawl skipped in -short mode")
	}
	sites := corpusSites(t)
	w := newFakeWeb(t)
	corpusMirror(t, w, sites)
	cfg := testConfig(w)
	cfg.Extract = realExtract(t)
	cfg.MaxBodyBytes = 20 << 20
	c, err := New(cfg, newMemStore(), testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	var domains []string
	for slug := range sites {
		domains = append(domains, slug+".example")
	}
	sort.Strings(domains)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	start := time.Now()
	results, errs := crawlAll(ctx, c, domains, 4)

	want, found := 0, 0
	for _, slug := range sortedKeys(sites) {
		domain := slug + ".example"
		if errs[domain] != nil {
			t.Errorf("%s: %v", domain, errs[domain])
			continue
		}
		for _, d := range sites[slug] {
			want++
			got := doc(results[domain], d.Kind)
			switch {
			case got == nil:
				t.Errorf("%s: no %s document; errors %q", domain, d.Kind, results[domain].Errors)
			case got.URL != "http://"+domain+d.Path:
				t.Errorf("%s: %s found at %s, want %s", domain, d.Kind, got.URL, d.Path)
			default:
				found++
			}
		}
	}
	t.Logf("corpus mirror: %d of %d documents found and extracted on %d sites in %v",
		found, want, len(sites), time.Since(start).Round(time.Millisecond))
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
