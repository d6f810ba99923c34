package crawler

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/andybalholm/brotli"

	"github.com/legible-app/legible"
)

func TestCrawlRedirectLoop(t *testing.T) {
	w := newFakeWeb(t)
	redirect := func(to string) http.HandlerFunc {
		return func(rw http.ResponseWriter, r *http.Request) { http.Redirect(rw, r, to, http.StatusFound) }
	}
	mux := enSite(t, w, "loop.example", map[string]http.HandlerFunc{"/terms": redirect("/terms-a")})
	mux.HandleFunc("GET /terms-a", redirect("/terms-b"))
	mux.HandleFunc("GET /terms-b", redirect("/terms"))
	res := mustCrawl(t, testConfig(w), newMemStore(), "loop.example")
	t.Logf("errors: %q", res.Errors)

	if doc(res, legible.KindTerms) != nil {
		t.Error("a terms document was stored from a redirect loop")
	}
	if !hasError(res, ErrTooManyRedirects.Error()) {
		t.Errorf("errors %q do not mention the redirects", res.Errors)
	}
	if n := w.requested("loop.example", "/terms"); n > 4 {
		t.Errorf("/terms requested %d times: the loop was not cut at 10 redirects", n)
	}
	wantDoc(t, res, legible.KindPrivacy, "http://loop.example/privacy", SourceHome)
	wantDoc(t, res, legible.KindCookies, "http://loop.example/cookies", SourceHome)
}

func TestCrawlHugePage(t *testing.T) {
	const size = 30 << 20
	w := newFakeWeb(t)
	enSite(t, w, "huge.example", map[string]http.HandlerFunc{
		// No Content-Length: the body is read up to the limit, then refused.
		"/terms": func(rw http.ResponseWriter, r *http.Request) {
			rw.Header().Set("Content-Type", "text/html")
			slowBody(rw, r, size)
		},
		// A Content-Length over the limit: refused after the headers.
		"/cookies": func(rw http.ResponseWriter, r *http.Request) {
			rw.Header().Set("Content-Type", "text/html")
			rw.Header().Set("Content-Length", strconv.Itoa(size))
			slowBody(rw, r, size)
		},
	})
	cfg := testConfig(w)
	cfg.MaxBodyBytes = DefaultConfig().MaxBodyBytes
	start := time.Now()
	res := mustCrawl(t, cfg, newMemStore(), "huge.example")
	t.Logf("errors: %q", res.Errors)

	if doc(res, legible.KindTerms) != nil || doc(res, legible.KindCookies) != nil {
		t.Error("a 30 MB page was stored")
	}
	if !hasError(res, "terms: get http://huge.example/terms: "+ErrTooLarge.Error()) ||
		!hasError(res, "cookies: get http://huge.example/cookies: "+ErrTooLarge.Error()) {
		t.Errorf("errors %q do not say the pages were too large", res.Errors)
	}
	wantDoc(t, res, legible.KindPrivacy, "http://huge.example/privacy", SourceHome)
	t.Logf("crawl with two 30 MB pages took %v", time.Since(start))
}

func TestCrawlSlowServer(t *testing.T) {
	w := newFakeWeb(t)
	enSite(t, w, "slow.example", map[string]http.HandlerFunc{
		"/terms": func(rw http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
		},
	})
	cfg := testConfig(w)
	cfg.Timeout = 500 * time.Millisecond
	start := time.Now()
	res := mustCrawl(t, cfg, newMemStore(), "slow.example")
	t.Logf("errors: %q", res.Errors)

	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("crawl took %v: the timeout did not cut the slow page", d)
	}
	if doc(res, legible.KindTerms) != nil {
		t.Error("the slow page was stored")
	}
	if !hasError(res, "Timeout") && !hasError(res, "timeout") {
		t.Errorf("errors %q do not mention the timeout", res.Errors)
	}
	if n := w.requested("slow.example", "/terms"); n != 1 {
		t.Errorf("the slow page was requested %d times, timeouts are not retried", n)
	}
	wantDoc(t, res, legible.KindPrivacy, "http://slow.example/privacy", SourceHome)
}

func TestCrawlRetryAfter(t *testing.T) {
	w := newFakeWeb(t)
	var mu sync.Mutex
	var times []time.Time
	enSite(t, w, "busy.example", map[string]http.HandlerFunc{
		"/privacy": func(rw http.ResponseWriter, r *http.Request) {
			mu.Lock()
			times = append(times, time.Now())
			first := len(times) == 1
			mu.Unlock()
			if first {
				rw.Header().Set("Retry-After", "1")
				http.Error(rw, "slow down", http.StatusTooManyRequests)
				return
			}
			rw.Header().Set("Content-Type", "text/html")
			rw.Write([]byte(fixture(t, "privacy_en.html")))
		},
	})
	res := mustCrawl(t, testConfig(w), newMemStore(), "busy.example")

	wantDoc(t, res, legible.KindPrivacy, "http://busy.example/privacy", SourceHome)
	mu.Lock()
	defer mu.Unlock()
	if len(times) != 2 {
		t.Fatalf("privacy requested %d times, want 2", len(times))
	}
	if gap := times[1].Sub(times[0]); gap < 900*time.Millisecond {
		t.Errorf("retried after %v, want the 1s Retry-After honoured", gap)
	}
}

func TestCrawlRetryAfterTooLong(t *testing.T) {
	w := newFakeWeb(t)
	enSite(t, w, "later.example", map[string]http.HandlerFunc{
		"/privacy": func(rw http.ResponseWriter, r *http.Request) {
			rw.Header().Set("Retry-After", "3600")
			http.Error(rw, "come back in an hour", http.StatusServiceUnavailable)
		},
	})
	start := time.Now()
	res := mustCrawl(t, testConfig(w), newMemStore(), "later.example")
	if time.Since(start) > 5*time.Second || w.requested("later.example", "/privacy") != 1 {
		t.Error("a Retry-After beyond the cap should end the retries at once")
	}
	if !hasError(res, "HTTP 503") {
		t.Errorf("errors %q do not report the status", res.Errors)
	}
}

func TestCrawlRetriesServerErrors(t *testing.T) {
	w := newFakeWeb(t)
	var mu sync.Mutex
	calls := 0
	enSite(t, w, "flaky.example", map[string]http.HandlerFunc{
		"/terms": func(rw http.ResponseWriter, r *http.Request) {
			mu.Lock()
			calls++
			n := calls
			mu.Unlock()
			if n <= 2 {
				http.Error(rw, "oops", http.StatusBadGateway)
				return
			}
			rw.Header().Set("Content-Type", "text/html")
			rw.Write([]byte(fixture(t, "terms_en.html")))
		},
	})
	res := mustCrawl(t, testConfig(w), newMemStore(), "flaky.example")
	wantDoc(t, res, legible.KindTerms, "http://flaky.example/terms", SourceHome)
	if calls != 3 {
		t.Errorf("terms requested %d times, want 3 (two retries)", calls)
	}
}

func TestCrawlCompressed(t *testing.T) {
	w := newFakeWeb(t)
	compressed := func(name, encoding string) http.HandlerFunc {
		return func(rw http.ResponseWriter, r *http.Request) {
			var buf bytes.Buffer
			switch encoding {
			case "br":
				bw := brotli.NewWriter(&buf)
				bw.Write([]byte(fixture(t, name)))
				bw.Close()
			case "gzip":
				gw := gzip.NewWriter(&buf)
				gw.Write([]byte(fixture(t, name)))
				gw.Close()
			}
			rw.Header().Set("Content-Type", "text/html; charset=utf-8")
			rw.Header().Set("Content-Encoding", encoding)
			rw.Write(buf.Bytes())
		}
	}
	enSite(t, w, "zip.example", map[string]http.HandlerFunc{
		"/":        compressed("home_en.html", "br"),
		"/privacy": compressed("privacy_en.html", "gzip"),
	})
	store := newMemStore()
	res := mustCrawl(t, testConfig(w), store, "zip.example")
	wantDoc(t, res, legible.KindPrivacy, "http://zip.example/privacy", SourceHome)
	wantDoc(t, res, legible.KindTerms, "http://zip.example/terms", SourceHome)
	if v, _ := store.latest("zip.example", legible.KindPrivacy); string(v.Raw) != fixture(t, "privacy_en.html") {
		t.Error("the stored snapshot is not the decoded page")
	}
}

func TestCrawlSiteTimeout(t *testing.T) {
	w := newFakeWeb(t)
	enSite(t, w, "deadline.example", map[string]http.HandlerFunc{
		"/terms": func(rw http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
		},
	})
	cfg := testConfig(w)
	cfg.Timeout = 5 * time.Second
	cfg.SiteTimeout = 700 * time.Millisecond
	store := newMemStore()
	start := time.Now()
	res := mustCrawl(t, cfg, store, "deadline.example")
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("crawl took %v despite the 700ms site deadline", d)
	}
	if !hasError(res, "site crawl stopped after 700ms") {
		t.Errorf("errors %q do not mention the site deadline", res.Errors)
	}
	wantDoc(t, res, legible.KindPrivacy, "http://deadline.example/privacy", SourceHome)
	if store.signals[1].CheckedAt.IsZero() {
		t.Error("signals were not stored after the deadline")
	}
}
