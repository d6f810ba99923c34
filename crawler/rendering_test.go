package crawler

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/crawler/render"
)

// fetchRenderer is a Renderer without a browser: it fetches the page with
// the crawler's FetchFunc and returns the body as the DOM, recording the
// URLs it was asked to render.
type fetchRenderer struct {
	mu   sync.Mutex
	urls []string
}

func (r *fetchRenderer) Render(ctx context.Context, req render.Request) (*render.Page, error) {
	r.mu.Lock()
	r.urls = append(r.urls, req.URL)
	r.mu.Unlock()
	hreq, err := http.NewRequestWithContext(ctx, http.MethodGet, req.URL, nil)
	if err != nil {
		return nil, err
	}
	resp, err := req.Fetch(ctx, hreq)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	return &render.Page{URL: req.URL, HTML: body, Requests: 1}, nil
}

func (r *fetchRenderer) rendered() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.urls...)
}

// renderFixture reads testdata/render/name.
func renderFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "render", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// plainSite serves a site of plain HTML pages with enough text.
func plainSite(t testing.TB, w *fakeWeb, host string) {
	mux := w.site(host)
	htmlPage(mux, "/", string(renderFixture(t, "plain_home.html")))
	htmlPage(mux, "/privacy", string(renderFixture(t, "plain_privacy.html")))
	htmlPage(mux, "/terms", string(renderFixture(t, "plain_terms.html")))
}

// exactConfig is testConfig with the private-address guard on, allowing
// only the fake web's own listener.
func exactConfig(t *testing.T, w *fakeWeb) Config {
	cfg := testConfig(w)
	cfg.AllowPrivate = false
	cfg.AllowAddrPorts = []netip.AddrPort{netip.MustParseAddrPort(w.srv.Listener.Addr().String())}
	return cfg
}

func TestRenderModes(t *testing.T) {
	tests := []struct {
		mode      RenderMode
		renderer  bool
		wantCalls []string // paths rendered
		rendered  bool     // documents marked rendered
	}{
		{RenderAuto, true, nil, false},
		{RenderNever, true, nil, false},
		{RenderAlways, true, []string{"/privacy", "/terms"}, true},
		{RenderAlways, false, nil, false}, // no browser: never
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%s renderer=%v", tc.mode, tc.renderer), func(t *testing.T) {
			w := newFakeWeb(t)
			plainSite(t, w, "plain.test")
			cfg := exactConfig(t, w)
			cfg.Render = tc.mode
			fr := &fetchRenderer{}
			if tc.renderer {
				cfg.Renderer = fr
			}
			store := newMemStore()
			res := mustCrawl(t, cfg, store, "plain.test")
			for _, k := range []legible.DocKind{legible.KindPrivacy, legible.KindTerms} {
				d := doc(res, k)
				if d == nil {
					t.Fatalf("no %s document; errors: %v", k, res.Errors)
				}
				if d.Rendered != tc.rendered {
					t.Errorf("%s Rendered = %v, want %v", k, d.Rendered, tc.rendered)
				}
				v, _ := store.latest("plain.test", k)
				if v.Rendered != tc.rendered {
					t.Errorf("stored %s version Rendered = %v, want %v", k, v.Rendered, tc.rendered)
				}
			}
			var paths []string
			for _, u := range fr.rendered() {
				paths = append(paths, strings.TrimPrefix(u, "http://plain.test"))
			}
			// Under "always" the home page is rendered too.
			want := tc.wantCalls
			if tc.mode == RenderAlways && tc.renderer {
				want = append([]string{"/"}, want...)
			}
			if strings.Join(paths, " ") != strings.Join(want, " ") && !(len(paths) == 0 && len(want) == 0) {
				t.Errorf("rendered %v, want %v", paths, want)
			}
			if res.Renders != len(want) {
				t.Errorf("Renders = %d, want %d", res.Renders, len(want))
			}
		})
	}
}

func TestRenderAgainAddsNoVersion(t *testing.T) {
	w := newFakeWeb(t)
	plainSite(t, w, "plain.test")
	cfg := exactConfig(t, w)
	cfg.Render, cfg.Renderer = RenderAlways, &fetchRenderer{}
	store := newMemStore()
	mustCrawl(t, cfg, store, "plain.test")
	n := store.versionCount("plain.test")
	res := mustCrawl(t, cfg, store, "plain.test")
	if got := store.versionCount("plain.test"); got != n {
		t.Errorf("versions after a second render: %d, want %d", got, n)
	}
	for _, d := range res.Documents {
		if d.NewVersion {
			t.Errorf("%s: a re-render with the same text made a new version", d.Kind)
		}
	}
}

func TestParseRenderMode(t *testing.T) {
	for in, want := range map[string]RenderMode{"auto": RenderAuto, " Never ": RenderNever, "ALWAYS": RenderAlways} {
		if got, err := ParseRenderMode(in); err != nil || got != want {
			t.Errorf("ParseRenderMode(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseRenderMode("sometimes"); err == nil {
		t.Error("ParseRenderMode accepted \"sometimes\"")
	}
	if _, err := New(Config{Render: "sometimes"}, newMemStore(), nil); err == nil {
		t.Error("New accepted a bad render mode")
	}
}

func TestDocumentRenderReason(t *testing.T) {
	long := strings.Repeat("word ", 200)
	tests := []struct {
		name, body string
		words      int
		want       string // substring; "" means no render
	}{
		{"plain page, few words, no script", "<p>short</p>", 5, ""},
		{"plain page, enough words, analytics", "<script>x=1</script><p>" + long + "</p>", 200, ""},
		{"few words with scripts", "<script src=a.js></script><p>short</p>", 5, "5 words, fewer than 150"},
		{"empty root", `<div id="root"></div><script src=a.js></script><p>` + long + "</p>", 200, "empty #root"},
		{"root with content", `<div id="root"><p>` + long + `</p></div><script src=a.js></script>`, 200, ""},
		{"noscript", `<noscript>Please enable JavaScript.</noscript><script src=a.js></script><p>` + long + `</p>`, 200, "<noscript> asks for JavaScript"},
		{"empty app-root", `<app-root></app-root><script src=a.js></script>`, 200, "empty <app-root>"},
	}
	sc := &siteCrawl{cfg: &Config{Render: RenderAuto}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := &page{ContentType: "text/html", Body: []byte("<!DOCTYPE html><html><body>" + tc.body + "</body></html>")}
			got := sc.documentRenderReason(legible.KindPrivacy, p, tc.words)
			if (tc.want == "") != (got == "") || !strings.Contains(got, tc.want) {
				t.Errorf("reason = %q, want %q", got, tc.want)
			}
		})
	}
}

// testChromium returns a headless browser for the test, or skips when no
// Chromium is installed.
func testChromium(t *testing.T) *render.Browser {
	t.Helper()
	cfg := render.DefaultConfig()
	cfg.ExecPath = os.Getenv("LEGIBLE_CHROMIUM")
	b, err := render.New(cfg, testLogger(t))
	if err != nil {
		t.Skipf("no headless browser: %v", err)
	}
	t.Cleanup(func() { b.Close() })
	return b
}

func TestCrawlJavaScriptSite(t *testing.T) {
	browser := testChromium(t)
	w := newFakeWeb(t)
	var hits atomic.Int64
	inner := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		fmt.Fprint(rw, "internal admin")
	}))
	defer inner.Close()

	mux := w.site("spa.test")
	htmlPage(mux, "/", string(renderFixture(t, "spa_home.html")))
	htmlPage(mux, "/privacy", string(renderFixture(t, "spa_document.html")))
	htmlPage(mux, "/terms", string(renderFixture(t, "spa_document.html")))
	serve(mux, "/static/app.js", "text/javascript", renderFixture(t, "app.js"))
	serve(mux, "/api/privacy.json", "application/json", renderFixture(t, "privacy.json"))
	serve(mux, "/api/terms.json", "application/json", renderFixture(t, "terms.json"))

	cfg := exactConfig(t, w)
	cfg.Resolve["metadata.spa.test"] = "169.254.169.254:80"
	cfg.Resolve["admin.spa.test"] = inner.Listener.Addr().String()
	cfg.Renderer = browser // Render "" means auto with a renderer
	store := newMemStore()
	res := mustCrawl(t, cfg, store, "spa.test")

	for _, k := range []legible.DocKind{legible.KindPrivacy, legible.KindTerms} {
		d := doc(res, k)
		if d == nil {
			t.Fatalf("no %s document; errors: %v", k, res.Errors)
		}
		if !d.Rendered || d.Words < 150 {
			t.Errorf("%s: rendered=%v words=%d, want a rendered document of 150 words or more", k, d.Rendered, d.Words)
		}
		v, _ := store.latest("spa.test", k)
		if !v.Rendered || strings.Contains(v.Text, "enable JavaScript") {
			t.Errorf("stored %s: rendered=%v text=%.200q", k, v.Rendered, v.Text)
		}
	}
	if res.Renders != 3 {
		t.Errorf("Renders = %d, want 3 (home, privacy, terms)", res.Renders)
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the internal listener got %d requests from the rendered pages", n)
	}
	for _, want := range []string{"metadata.spa.test/latest/meta-data/", "admin.spa.test/"} {
		found := false
		for _, e := range res.Errors {
			if strings.Contains(e, want) && strings.Contains(e, ErrPrivateAddress.Error()) {
				found = true
			}
		}
		if !found {
			t.Errorf("the crawl does not say the request to %s was refused; errors: %v", want, res.Errors)
		}
	}

	versions := store.versionCount("spa.test")
	again := mustCrawl(t, cfg, store, "spa.test")
	if got := store.versionCount("spa.test"); got != versions {
		t.Errorf("a re-render with the same text changed the version count: %d → %d", versions, got)
	}
	if d := doc(again, legible.KindPrivacy); d == nil || d.NewVersion || !d.Rendered {
		t.Errorf("second crawl privacy document = %+v, want rendered and no new version", d)
	}
}
