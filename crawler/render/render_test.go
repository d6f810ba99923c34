package render

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

var (
	sharedOnce    sync.Once
	sharedBrowser *Browser
	sharedErr     error
)

// testBrowser returns one Browser shared by the package's tests, or skips
// when no Chromium is installed (LEGIBLE_CHROMIUM names one elsewhere).
func testBrowser(t testing.TB) *Browser {
	t.Helper()
	sharedOnce.Do(func() {
		sharedBrowser, sharedErr = New(testConfig(6*time.Second), nil)
	})
	if errors.Is(sharedErr, ErrNoChromium) {
		t.Skip("no Chromium installed")
	}
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return sharedBrowser
}

// testConfig is the tests' browser configuration with a page deadline.
func testConfig(pageTimeout time.Duration) Config {
	cfg := DefaultConfig()
	cfg.ExecPath = os.Getenv("LEGIBLE_CHROMIUM")
	cfg.PageTimeout = pageTimeout
	cfg.SettleQuiet = 300 * time.Millisecond
	cfg.MaxRequests = 40
	return cfg
}

func TestMain(m *testing.M) {
	code := m.Run()
	if sharedBrowser != nil {
		sharedBrowser.Close()
	}
	os.Exit(code)
}

// errRefused is what the test guard returns for any address but the site's.
var errRefused = errors.New("test guard: address refused")

// siteFetch returns a FetchFunc that may connect only to addr (the test
// site), like the crawler's guard with exactly one allowed address, and
// counts the refused dials.
func siteFetch(addr string, refused *atomic.Int64) FetchFunc {
	d := &net.Dialer{Timeout: 2 * time.Second, Control: func(_, address string, _ syscall.RawConn) error {
		if address != addr {
			refused.Add(1)
			return fmt.Errorf("%w: %s", errRefused, address)
		}
		return nil
	}}
	c := &http.Client{
		Transport:     &http.Transport{Proxy: nil, DialContext: d.DialContext},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		Timeout:       5 * time.Second,
	}
	return func(ctx context.Context, req *http.Request) (*http.Response, error) {
		return c.Do(req.WithContext(ctx))
	}
}

// site serves files of testdata plus extra handlers.
func site(t *testing.T, extra map[string]http.HandlerFunc) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("/", http.FileServer(http.Dir("testdata")))
	for p, h := range extra {
		mux.HandleFunc(p, h)
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func render(t *testing.T, b *Browser, srv *httptest.Server, path string, refused *atomic.Int64) (*Page, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return b.Render(ctx, Request{URL: srv.URL + path, Fetch: siteFetch(srv.Listener.Addr().String(), refused)})
}

func TestRenderScriptContent(t *testing.T) {
	b := testBrowser(t)
	srv := site(t, nil)
	tests := []struct {
		name, path string
		want       []string
		absent     []string
	}{
		{"policy injected after a fetch of JSON", "/spa-policy.html",
			[]string{"Privacy Policy", "We collect your email address"}, []string{"enable JavaScript", "bundle"}},
		{"footer link added by script", "/footer.html",
			[]string{`href="/legal/privacy"`, "Privacy notice"}, nil},
		{"plain page", "/plain.html", []string{"Plain terms of service"}, nil},
		{"DOM re-rendered forever, same text", "/carousel.html", []string{"Cookie policy", "Second slide"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var refused atomic.Int64
			p, err := render(t, b, srv, tc.path, &refused)
			if err != nil {
				t.Fatal(err)
			}
			html := string(p.HTML)
			for _, w := range tc.want {
				if !strings.Contains(html, w) {
					t.Errorf("rendered DOM lacks %q:\n%s", w, html)
				}
			}
			for _, w := range tc.absent {
				if strings.Contains(html, w) {
					t.Errorf("rendered DOM still has %q", w)
				}
			}
			if p.Requests < 1 {
				t.Errorf("Requests = %d, want the page itself at least", p.Requests)
			}
		})
	}
}

func TestRenderNeverSettles(t *testing.T) {
	b := testBrowser(t)
	srv := site(t, nil)
	for _, path := range []string{"/busy-loop.html", "/endless-polling.html"} {
		t.Run(path, func(t *testing.T) {
			var refused atomic.Int64
			start := time.Now()
			_, err := render(t, b, srv, path, &refused)
			if !errors.Is(err, ErrNotSettled) {
				t.Fatalf("err = %v, want ErrNotSettled", err)
			}
			if d := time.Since(start); d > b.cfg.PageTimeout+5*time.Second {
				t.Errorf("render took %v, deadline %v", d, b.cfg.PageTimeout)
			}
			if !strings.Contains(err.Error(), "did not settle") {
				t.Errorf("error %q does not say the page did not settle", err)
			}
		})
	}
	// The browser still serves the next page.
	var refused atomic.Int64
	if _, err := render(t, b, srv, "/plain.html", &refused); err != nil {
		t.Fatalf("render after a hung page: %v", err)
	}
}

func TestRenderBlocksPrivateAddresses(t *testing.T) {
	b := testBrowser(t)
	// A second loopback listener: nothing of the page may reach it.
	var hits atomic.Int64
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		fmt.Fprint(w, `{"secret": "leaked"}`)
	}))
	defer other.Close()
	_, port, _ := net.SplitHostPort(other.Listener.Addr().String())
	srv := site(t, map[string]http.HandlerFunc{
		"/probe.html": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprintf(w, probePage, port)
		},
		// A redirect from the site itself to the other listener: the
		// browser follows it, and the hop is checked again.
		"/redirect-out": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "http://127.0.0.1:"+port+"/after-redirect", http.StatusFound)
		},
	})
	var refused atomic.Int64
	p, err := render(t, b, srv, "/probe.html", &refused)
	if err != nil {
		t.Fatal(err)
	}
	if n := hits.Load(); n != 0 {
		t.Fatalf("the second listener got %d requests", n)
	}
	if strings.Contains(string(p.HTML), "leaked") {
		t.Error("the page read the second listener's answer")
	}
	if !strings.Contains(string(p.HTML), "probe done") {
		t.Errorf("probe script did not finish:\n%s", p.HTML)
	}
	reasons := map[string]string{}
	for _, bl := range p.Blocked {
		reasons[bl.URL] = bl.Reason
	}
	for _, want := range []struct{ url, reason string }{
		{"http://169.254.169.254/latest/meta-data/", "third-party host"},
		{"http://127.0.0.1:" + port + "/", "address refused"},
		{"http://localhost:" + port + "/", "third-party host"},
		{"http://127.0.0.1:" + port + "/after-redirect", "address refused"},
	} {
		if !strings.Contains(reasons[want.url], want.reason) {
			t.Errorf("blocked[%s] = %q, want it to mention %q (all: %v)", want.url, reasons[want.url], want.reason, p.Blocked)
		}
	}
	if refused.Load() == 0 {
		t.Error("the dial guard was never asked: the loopback request did not reach it")
	}
	for _, line := range b.Escaped() {
		if strings.Contains(line, port) || strings.Contains(line, "169.254.169.254") {
			t.Errorf("a page request escaped interception to the sink: %q", line)
		}
	}
}

const probePage = `<!DOCTYPE html><html><body><p id="out">probing</p><script>
const port = "%s";
const urls = ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:" + port + "/", "http://localhost:" + port + "/",
  "/redirect-out"];
Promise.allSettled(urls.map(u => fetch(u).then(r => r.text()))).then(rs => {
  document.getElementById("out").textContent = "probe done " + rs.map(r => r.status === "fulfilled" ? r.value : "failed").join(" ");
});
</script></body></html>`

func TestRenderBoundsRequests(t *testing.T) {
	// A browser of its own with a roomy deadline: this test is about the
	// bound on requests, and a thousand refused fetches take longer than
	// the shared browser's six seconds on a busy machine (and under -race).
	testBrowser(t) // skips without Chromium
	b, err := New(testConfig(20*time.Second), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = b.Close() })
	var served atomic.Int64
	srv := site(t, map[string]http.HandlerFunc{
		"/r": func(w http.ResponseWriter, r *http.Request) {
			served.Add(1)
			fmt.Fprint(w, "ok")
		},
	})
	var refused atomic.Int64
	p, err := render(t, b, srv, "/thousand.html", &refused)
	if err != nil {
		t.Fatal(err)
	}
	max := int64(b.cfg.MaxRequests)
	if n := served.Load(); n > max {
		t.Errorf("server answered %d requests, limit %d", n, max)
	}
	if p.Requests > b.cfg.MaxRequests {
		t.Errorf("Requests = %d > %d", p.Requests, b.cfg.MaxRequests)
	}
	if p.BlockedCount < 1000-b.cfg.MaxRequests {
		t.Errorf("BlockedCount = %d, want at least %d", p.BlockedCount, 1000-b.cfg.MaxRequests)
	}
	if len(p.Blocked) > maxBlockedKept {
		t.Errorf("kept %d blocked requests, at most %d", len(p.Blocked), maxBlockedKept)
	}
	if !strings.Contains(string(p.HTML), "requests finished") {
		t.Errorf("page script did not finish:\n%.500s", p.HTML)
	}
}

func TestRenderRefusesThirdPartyAndMedia(t *testing.T) {
	b := testBrowser(t)
	srv := site(t, nil)
	var refused atomic.Int64
	p, err := render(t, b, srv, "/trackers.html", &refused)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, bl := range p.Blocked {
		got[bl.URL] = bl.Reason
	}
	for u, want := range map[string]string{
		"https://tracker.example/t.js": "third-party host tracker.example",
		srv.URL + "/collect":           "method POST",
	} {
		if !strings.HasPrefix(got[u], want) {
			t.Errorf("blocked[%s] = %q, want %q (all: %v)", u, got[u], want, p.Blocked)
		}
	}
	if !strings.Contains(string(p.HTML), "Own script ran; service workers absent; popup refused") {
		t.Errorf("the site's own script did not run:\n%s", p.HTML)
	}
}

// TestRenderCallerCancels: when the caller gives up, the error says so and
// is not taken for a page that never settles.
func TestRenderCallerCancels(t *testing.T) {
	b := testBrowser(t)
	srv := site(t, nil)
	var refused atomic.Int64
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(time.Second, cancel)
	_, err := b.Render(ctx, Request{URL: srv.URL + "/busy-loop.html", Fetch: siteFetch(srv.Listener.Addr().String(), &refused)})
	if !errors.Is(err, context.Canceled) || errors.Is(err, ErrNotSettled) {
		t.Errorf("err = %v, want context.Canceled and not ErrNotSettled", err)
	}
}
