package crawler

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"testing"

	"github.com/legible-app/legible"
)

// TestSSRFPublicNameResolvingToLoopback: a public-looking host whose name
// resolves to 127.0.0.1 is refused, and the server never sees a request.
func TestSSRFPublicNameResolvingToLoopback(t *testing.T) {
	w := newFakeWeb(t)
	enSite(t, w, "bank-statements.com", nil)
	cfg := testConfig(w)
	cfg.AllowPrivate = false
	res, err := crawlOnce(t, cfg, newMemStore(), "bank-statements.com")
	if !errors.Is(err, ErrPrivateAddress) {
		t.Fatalf("err = %v, want ErrPrivateAddress", err)
	}
	if res == nil || len(res.Documents) != 0 {
		t.Errorf("result = %+v", res)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.seen) != 0 {
		t.Errorf("the server saw %q", w.seen)
	}
}

// TestSSRFRedirectToMetadata: the site itself is reachable (its address is
// allowed explicitly), but a redirect to the cloud metadata address is
// refused at dial time, for a document and for the home page.
func TestSSRFRedirectToMetadata(t *testing.T) {
	toMetadata := func(rw http.ResponseWriter, r *http.Request) {
		http.Redirect(rw, r, "http://169.254.169.254/latest/meta-data/iam/security-credentials/", http.StatusFound)
	}
	w := newFakeWeb(t)
	enSite(t, w, "redirects.com", map[string]http.HandlerFunc{"/terms": toMetadata})
	w.site("evil-home.com").HandleFunc("GET /", toMetadata)
	cfg := testConfig(w)
	cfg.AllowPrivate = false
	cfg.AllowAddrs = []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}

	res := mustCrawl(t, cfg, newMemStore(), "redirects.com")
	if doc(res, legible.KindTerms) != nil {
		t.Error("a document behind a redirect to 169.254.169.254 was stored")
	}
	if !hasError(res, ErrPrivateAddress.Error()) {
		t.Errorf("errors %q do not report the refused address", res.Errors)
	}
	wantDoc(t, res, legible.KindPrivacy, "http://redirects.com/privacy", SourceHome)

	_, err := crawlOnce(t, cfg, newMemStore(), "evil-home.com")
	if !errors.Is(err, ErrPrivateAddress) {
		t.Errorf("home page redirecting to the metadata address: err = %v, want ErrPrivateAddress", err)
	}
}

// TestCrawlSignalsOverHTTPS serves a site over TLS with HSTS, security.txt
// and gpc.json; https is tried first.
func TestCrawlSignalsOverHTTPS(t *testing.T) {
	w := &fakeWeb{t: t, sites: map[string]*http.ServeMux{}}
	w.srv = httptest.NewTLSServer(http.HandlerFunc(w.serve))
	t.Cleanup(w.srv.Close)
	// The test certificate is for example.com.
	mux := enSite(t, w, "example.com", map[string]http.HandlerFunc{
		"/": func(rw http.ResponseWriter, r *http.Request) {
			rw.Header().Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains; preload")
			rw.Header().Set("Content-Type", "text/html; charset=utf-8")
			rw.Write([]byte(fixture(t, "home_en.html")))
		},
	})
	serve(mux, "/.well-known/security.txt", "text/plain; charset=utf-8",
		[]byte("Contact: mailto:security@example.com\nContact: https://example.com/report\nExpires: 2099-01-01T00:00:00Z\n"))
	serve(mux, "/.well-known/gpc.json", "application/json", []byte(`{"gpc": true, "lastUpdate": "2024-01-01"}`))

	cfg := testConfig(w)
	pool := x509.NewCertPool()
	pool.AddCert(w.srv.Certificate())
	cfg.TLSConfig = &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
	res := mustCrawl(t, cfg, newMemStore(), "example.com")

	sig := res.Signals
	if !sig.HTTPS || !sig.HSTS || sig.HSTSMaxAge != 63072000 || !sig.GPC {
		t.Errorf("signals = %+v", sig)
	}
	if !sig.SecurityTxt || len(sig.SecurityContacts) != 2 || sig.SecurityTxtExpires.Year() != 2099 {
		t.Errorf("security.txt signals = %+v", sig)
	}
	if res.CanonicalURL != "https://example.com/" {
		t.Errorf("canonical = %s", res.CanonicalURL)
	}
	wantDoc(t, res, legible.KindPrivacy, "https://example.com/privacy", SourceHome)
}
