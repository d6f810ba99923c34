package crawler

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/legible-app/legible"
)

// enSite serves the English shop fixture on host; handlers in override
// replace the fixture's pages.
func enSite(t *testing.T, w *fakeWeb, host string, override map[string]http.HandlerFunc) *http.ServeMux {
	t.Helper()
	mux := w.site(host)
	pages := map[string]string{
		"/": "home_en.html", "/privacy": "privacy_en.html", "/terms": "terms_en.html", "/cookies": "cookies_en.html",
	}
	for path, h := range override {
		mux.HandleFunc(pattern(path), h)
	}
	for path, name := range pages {
		if _, ok := override[path]; !ok {
			htmlPage(mux, path, fixture(t, name))
		}
	}
	return mux
}

// crawlOnce crawls domain with a new Crawler.
func crawlOnce(t *testing.T, cfg Config, store legible.CrawlStore, domain string) (*SiteResult, error) {
	t.Helper()
	c, err := New(cfg, store, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	return c.CrawlSite(ctx, domain)
}

// mustCrawl crawls domain and fails the test on error.
func mustCrawl(t *testing.T, cfg Config, store legible.CrawlStore, domain string) *SiteResult {
	t.Helper()
	res, err := crawlOnce(t, cfg, store, domain)
	if err != nil {
		t.Fatalf("CrawlSite(%s): %v", domain, err)
	}
	return res
}

// doc returns the result's document of a kind, or nil.
func doc(res *SiteResult, kind legible.DocKind) *DocumentResult {
	for i := range res.Documents {
		if res.Documents[i].Kind == kind {
			return &res.Documents[i]
		}
	}
	return nil
}

// wantDoc fails unless the result has a document of kind at url.
func wantDoc(t *testing.T, res *SiteResult, kind legible.DocKind, url, source string) *DocumentResult {
	t.Helper()
	d := doc(res, kind)
	if d == nil {
		t.Fatalf("no %s document; result: documents=%+v errors=%q", kind, res.Documents, res.Errors)
	}
	if d.URL != url {
		t.Errorf("%s URL = %s, want %s", kind, d.URL, url)
	}
	if source != "" && d.Source != source {
		t.Errorf("%s source = %s, want %s", kind, d.Source, source)
	}
	return d
}

// hasError reports whether one of the result's notes contains s.
func hasError(res *SiteResult, s string) bool {
	for _, e := range res.Errors {
		if strings.Contains(e, s) {
			return true
		}
	}
	return false
}

func TestCrawlFooterLinks(t *testing.T) {
	w := newFakeWeb(t)
	enSite(t, w, "shop.example", nil)
	store := newMemStore()
	res := mustCrawl(t, testConfig(w), store, "shop.example")

	wantDoc(t, res, legible.KindPrivacy, "http://shop.example/privacy", SourceHome)
	wantDoc(t, res, legible.KindTerms, "http://shop.example/terms", SourceHome)
	wantDoc(t, res, legible.KindCookies, "http://shop.example/cookies", SourceHome)
	if len(res.Missing) != 0 {
		t.Errorf("missing = %v", res.Missing)
	}
	if res.CanonicalURL != "http://shop.example/" || res.Domain != "shop.example" {
		t.Errorf("canonical %q domain %q", res.CanonicalURL, res.Domain)
	}
	for _, p := range []string{"/choices", "/blog/terms-we-love", "/about"} {
		if n := w.requested("shop.example", p); n != 0 {
			t.Errorf("%s fetched %d times, it is not a document", p, n)
		}
	}
	v, ok := store.latest("shop.example", legible.KindPrivacy)
	if !ok || !strings.Contains(v.Text, "which personal data Example Shop collects") {
		t.Errorf("stored privacy text = %q", v.Text)
	}
	if string(v.Raw) != fixture(t, "privacy_en.html") || !strings.HasPrefix(v.ContentType, "text/html") {
		t.Errorf("raw snapshot or content type not kept: %q", v.ContentType)
	}
	if res.Signals.HTTPS || res.Signals.CheckedAt.IsZero() {
		t.Errorf("signals = %+v, want plain http and a check time", res.Signals)
	}
}

func TestCrawlArabicFooter(t *testing.T) {
	w := newFakeWeb(t)
	mux := w.site("kutub.example")
	htmlPage(mux, "/", fixture(t, "home_ar.html"))
	htmlPage(mux, "/ar/privacy", fixture(t, "privacy_ar.html"))
	htmlPage(mux, "/ar/terms", fixture(t, "terms_ar.html"))
	htmlPage(mux, "/ar/cookies", fixture(t, "cookies_ar.html"))
	res := mustCrawl(t, testConfig(w), newMemStore(), "kutub.example")

	wantDoc(t, res, legible.KindPrivacy, "http://kutub.example/ar/privacy", SourceHome)
	wantDoc(t, res, legible.KindTerms, "http://kutub.example/ar/terms", SourceHome)
	wantDoc(t, res, legible.KindCookies, "http://kutub.example/ar/cookies", SourceHome)
	if w.requested("kutub.example", "/settings") != 0 {
		t.Error("the privacy settings link was fetched as a document")
	}
}

func TestCrawlLegalHub(t *testing.T) {
	w := newFakeWeb(t)
	mux := w.site("hub.example")
	htmlPage(mux, "/", fixture(t, "home_hub.html"))
	htmlPage(mux, "/legal", fixture(t, "legal.html"))
	htmlPage(mux, "/legal/privacy-notice", fixture(t, "privacy_en.html"))
	htmlPage(mux, "/legal/customer-terms", fixture(t, "terms_en.html"))
	htmlPage(mux, "/legal/cookie-notice", fixture(t, "cookies_en.html"))
	res := mustCrawl(t, testConfig(w), newMemStore(), "hub.example")

	wantDoc(t, res, legible.KindPrivacy, "http://hub.example/legal/privacy-notice", SourceHub)
	wantDoc(t, res, legible.KindTerms, "http://hub.example/legal/customer-terms", SourceHub)
	wantDoc(t, res, legible.KindCookies, "http://hub.example/legal/cookie-notice", SourceHub)
	if w.requested("hub.example", "/legal/archive") != 0 {
		t.Error("the archive link was fetched")
	}
}

func TestCrawlSitemapOnly(t *testing.T) {
	w := newFakeWeb(t)
	mux := w.site("plain.example")
	htmlPage(mux, "/", fixture(t, "home_plain.html"))
	serve(mux, "/robots.txt", "text/plain", []byte("User-agent: *\nAllow: /\n\nSitemap: http://plain.example/sitemap_index.xml\n"))
	serve(mux, "/sitemap_index.xml", "application/xml", []byte(`<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>http://plain.example/sitemap-products.xml</loc></sitemap>
  <sitemap><loc>http://plain.example/sitemap-pages.xml</loc></sitemap>
</sitemapindex>`))
	serve(mux, "/sitemap-pages.xml", "application/xml", []byte(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>http://plain.example/about</loc></url>
  <url><loc>http://plain.example/company/data-privacy-notice</loc></url>
  <url><loc>http://plain.example/company/terms-and-conditions</loc></url>
</urlset>`))
	serve(mux, "/sitemap-products.xml", "application/xml", []byte(`<urlset><url><loc>http://plain.example/p/1</loc></url></urlset>`))
	htmlPage(mux, "/company/data-privacy-notice", fixture(t, "privacy_en.html"))
	htmlPage(mux, "/company/terms-and-conditions", fixture(t, "terms_en.html"))
	res := mustCrawl(t, testConfig(w), newMemStore(), "plain.example")

	wantDoc(t, res, legible.KindPrivacy, "http://plain.example/company/data-privacy-notice", SourceSitemap)
	wantDoc(t, res, legible.KindTerms, "http://plain.example/company/terms-and-conditions", SourceSitemap)
	if w.requested("plain.example", "/sitemap-pages.xml") != 1 {
		t.Error("the child sitemap was not read")
	}
	if w.requested("plain.example", "/about") != 0 {
		t.Error("a sitemap entry that names no document was fetched")
	}
}

func TestCrawlCommonPaths(t *testing.T) {
	w := newFakeWeb(t)
	mux := w.site("paths.example")
	htmlPage(mux, "/", fixture(t, "home_plain.html"))
	htmlPage(mux, "/privacy-policy", fixture(t, "privacy_en.html"))
	htmlPage(mux, "/tos", fixture(t, "terms_en.html"))
	htmlPage(mux, "/terms", fixture(t, "home_plain.html")) // a soft 404: no terms there
	res := mustCrawl(t, testConfig(w), newMemStore(), "paths.example")

	wantDoc(t, res, legible.KindPrivacy, "http://paths.example/privacy-policy", SourcePath)
	wantDoc(t, res, legible.KindTerms, "http://paths.example/tos", SourcePath)
	if w.requested("paths.example", "/terms") != 1 {
		t.Error("/terms was not tried first")
	}
	if len(res.Missing) != 1 || res.Missing[0] != legible.KindCookies {
		t.Errorf("missing = %v, want [cookies]", res.Missing)
	}
}

func TestCrawlRobotsForbidsPolicy(t *testing.T) {
	w := newFakeWeb(t)
	mux := enSite(t, w, "robots.example", nil)
	serve(mux, "/robots.txt", "text/plain", []byte("User-agent: *\nAllow: /\n\nUser-agent: LegibleBot\nDisallow: /privacy\n"))
	// colly reads COLLY_* variables in NewCollector; the crawler must not let them loosen its settings.
	t.Setenv("COLLY_IGNORE_ROBOTSTXT", "yes")
	t.Setenv("COLLY_USER_AGENT", "sneaky")
	res := mustCrawl(t, testConfig(w), newMemStore(), "robots.example")

	if n := w.requested("robots.example", "/privacy"); n != 0 {
		t.Fatalf("/privacy was requested %d times despite robots.txt", n)
	}
	if doc(res, legible.KindPrivacy) != nil {
		t.Error("a privacy document was stored")
	}
	if !hasError(res, "robots.txt") {
		t.Errorf("errors %q do not mention robots.txt", res.Errors)
	}
	wantDoc(t, res, legible.KindTerms, "http://robots.example/terms", SourceHome)
}

func TestCrawlUserAgent(t *testing.T) {
	w := newFakeWeb(t)
	agents := make(chan string, 100)
	enSite(t, w, "ua.example", map[string]http.HandlerFunc{
		"/": func(rw http.ResponseWriter, r *http.Request) {
			agents <- r.UserAgent()
			rw.Header().Set("Content-Type", "text/html")
			rw.Write([]byte(fixture(t, "home_en.html")))
		},
	})
	t.Setenv("COLLY_USER_AGENT", "sneaky")
	mustCrawl(t, testConfig(w), newMemStore(), "ua.example")
	if ua := <-agents; ua != DefaultUserAgent {
		t.Errorf("User-Agent = %q, want %q", ua, DefaultUserAgent)
	}
}

func TestCrawlInvalidDomain(t *testing.T) {
	w := newFakeWeb(t)
	for _, in := range []string{"", "   ", "not a domain", "com", "co.uk", "127.0.0.1", "http://", "ftp://example.com/", "exa mple.com"} {
		t.Run(in, func(t *testing.T) {
			res, err := crawlOnce(t, testConfig(w), newMemStore(), in)
			if !errors.Is(err, legible.ErrInvalid) {
				t.Errorf("CrawlSite(%q) = %+v, %v; want ErrInvalid", in, res, err)
			}
		})
	}
}

func TestCrawlUnreachable(t *testing.T) {
	w := newFakeWeb(t)
	cfg := testConfig(w)
	cfg.Resolve = map[string]string{"down.example": "127.0.0.1:1", "www.down.example": "127.0.0.1:1"}
	res, err := crawlOnce(t, cfg, newMemStore(), "down.example")
	if err == nil || !strings.Contains(err.Error(), "home page unreachable") {
		t.Fatalf("err = %v, want home page unreachable", err)
	}
	if res == nil || res.Domain != "down.example" {
		t.Errorf("result = %+v, want the domain filled in", res)
	}
}

func TestCrawlURLArgument(t *testing.T) {
	w := newFakeWeb(t)
	enSite(t, w, "www.shop.example", nil)
	res := mustCrawl(t, testConfig(w), newMemStore(), "http://www.shop.example/")
	if res.Domain != "shop.example" || res.CanonicalURL != "http://www.shop.example/" {
		t.Errorf("domain %q canonical %q", res.Domain, res.CanonicalURL)
	}
	wantDoc(t, res, legible.KindPrivacy, "http://www.shop.example/privacy", SourceHome)
}

func TestCrawlPageBudget(t *testing.T) {
	w := newFakeWeb(t)
	enSite(t, w, "budget.example", nil)
	cfg := testConfig(w)
	cfg.MaxPagesPerSite = 3 // https home (refused by the plain server), http home, privacy
	res := mustCrawl(t, cfg, newMemStore(), "budget.example")
	if len(res.Documents) != 1 || res.Pages != 3 {
		t.Errorf("documents %d pages %d, want 1 and 3", len(res.Documents), res.Pages)
	}
	if !hasError(res, ErrPageBudget.Error()) {
		t.Errorf("errors %q do not mention the page limit", res.Errors)
	}
}

func TestCrawlCanonicalURLAfterRedirect(t *testing.T) {
	w := newFakeWeb(t)
	w.site("shop.example").HandleFunc("GET /", func(rw http.ResponseWriter, r *http.Request) {
		http.Redirect(rw, r, "http://www.shop.example/en/", http.StatusMovedPermanently)
	})
	mux := enSite(t, w, "www.shop.example", nil)
	htmlPage(mux, "/en/", fixture(t, "home_en.html"))
	res := mustCrawl(t, testConfig(w), newMemStore(), "shop.example")
	if res.CanonicalURL != "http://www.shop.example/en/" {
		t.Errorf("canonical = %q", res.CanonicalURL)
	}
	wantDoc(t, res, legible.KindPrivacy, "http://www.shop.example/privacy", SourceHome)
}

func TestCrawlPoliteDelay(t *testing.T) {
	w := newFakeWeb(t)
	var mu sync.Mutex
	var times []time.Time
	mux := w.site("polite.example")
	record := func(name string) http.HandlerFunc {
		return func(rw http.ResponseWriter, r *http.Request) {
			mu.Lock()
			times = append(times, time.Now())
			mu.Unlock()
			rw.Header().Set("Content-Type", "text/html")
			rw.Write([]byte(fixture(t, name)))
		}
	}
	mux.HandleFunc("GET /{$}", record("home_en.html"))
	mux.HandleFunc("GET /privacy", record("privacy_en.html"))
	mux.HandleFunc("GET /terms", record("terms_en.html"))
	mux.HandleFunc("GET /cookies", record("cookies_en.html"))
	cfg := testConfig(w)
	cfg.Delay = 150 * time.Millisecond
	cfg.Parallelism = 1
	mustCrawl(t, cfg, newMemStore(), "polite.example")
	mu.Lock()
	defer mu.Unlock()
	if len(times) != 4 {
		t.Fatalf("%d page requests, want 4", len(times))
	}
	for i := 1; i < len(times); i++ {
		if gap := times[i].Sub(times[i-1]); gap < 140*time.Millisecond {
			t.Errorf("request %d came %v after the previous one, want at least the 150ms delay", i, gap)
		}
	}
}

func TestCrawlIDN(t *testing.T) {
	w := newFakeWeb(t)
	enSite(t, w, "xn--bcher-kva.example", nil)
	res := mustCrawl(t, testConfig(w), newMemStore(), "Bücher.example")
	if res.Domain != "xn--bcher-kva.example" || res.UnicodeDomain != "bücher.example" {
		t.Errorf("domain %q unicode %q", res.Domain, res.UnicodeDomain)
	}
	wantDoc(t, res, legible.KindPrivacy, "http://xn--bcher-kva.example/privacy", SourceHome)
}

func TestSiteResultJSON(t *testing.T) {
	w := newFakeWeb(t)
	enSite(t, w, "json.example", nil)
	res := mustCrawl(t, testConfig(w), newMemStore(), "json.example")
	b, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	var back SiteResult
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Documents) != 3 || back.Documents[0].VersionID == 0 || back.Documents[0].Created.IsZero() {
		t.Errorf("round trip lost documents: %s", b)
	}
	for _, key := range []string{`"kind":"privacy"`, `"version_id":`, `"signals":`, `"canonical_url":"http://json.example/"`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("JSON lacks %s: %s", key, b)
		}
	}
}

func TestCrawlMetaRefreshHome(t *testing.T) {
	w := newFakeWeb(t)
	mux := enSite(t, w, "refresh.example", map[string]http.HandlerFunc{
		"/": func(rw http.ResponseWriter, r *http.Request) {
			rw.Header().Set("Content-Type", "text/html")
			rw.Write([]byte(`<html><head><meta http-equiv="Refresh" content="0; URL='/en/'"></head><body>Redirecting...</body></html>`))
		},
	})
	htmlPage(mux, "/en/", fixture(t, "home_en.html"))
	res := mustCrawl(t, testConfig(w), newMemStore(), "refresh.example")
	if res.CanonicalURL != "http://refresh.example/en/" {
		t.Errorf("canonical = %q", res.CanonicalURL)
	}
	wantDoc(t, res, legible.KindPrivacy, "http://refresh.example/privacy", SourceHome)
}

func TestCrawlIgnoresLinksToHome(t *testing.T) {
	w := newFakeWeb(t)
	mux := w.site("onepage.example")
	htmlPage(mux, "/", `<html><body><main><h1>One page</h1><p id="privacy">We sell lamps.</p></main>
<footer><a href="/#privacy">Privacy Policy</a> <a href="https://onepage.example/#terms">Terms of Use</a></footer></body></html>`)
	res := mustCrawl(t, testConfig(w), newMemStore(), "onepage.example")
	if len(res.Documents) != 0 {
		t.Errorf("the home page was stored as a document: %+v", res.Documents)
	}
}

func TestCrawlOctetStreamPage(t *testing.T) {
	w := newFakeWeb(t)
	enSite(t, w, "octet.example", map[string]http.HandlerFunc{
		"/privacy": func(rw http.ResponseWriter, r *http.Request) {
			rw.Header().Set("Content-Type", "application/octet-stream")
			rw.Write([]byte(fixture(t, "privacy_en.html")))
		},
	})
	res := mustCrawl(t, testConfig(w), newMemStore(), "octet.example")
	wantDoc(t, res, legible.KindPrivacy, "http://octet.example/privacy", SourceHome)
}
