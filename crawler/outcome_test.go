package crawler

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"slices"
	"testing"

	"github.com/legible-app/legible"
)

func TestCrawlRecordsOutcome(t *testing.T) {
	w := newFakeWeb(t)
	enSite(t, w, "shop.example", nil)
	htmlPage(w.site("bare.example"), "/", `<html><body><h1>Welcome</h1><p>We sell bread.</p></body></html>`)
	cfg := testConfig(w)
	cfg.Resolve["down.example"] = "127.0.0.1:1"
	cfg.Resolve["www.down.example"] = "127.0.0.1:1"
	store := newMemStore()

	mustCrawl(t, cfg, store, "shop.example")
	mustCrawl(t, cfg, store, "bare.example")
	if _, err := crawlOnce(t, cfg, store, "down.example"); err == nil {
		t.Fatal("crawl of an unreachable site succeeded")
	}

	tests := []struct {
		domain      string
		status      legible.CrawlStatus
		wantPrivacy bool // the privacy policy is among the missing kinds
		wantDetail  bool
	}{
		{"shop.example", legible.StatusRated, false, false},
		{"bare.example", legible.StatusNoPolicy, true, false},
		{"down.example", legible.StatusFailed, true, true},
	}
	for _, tt := range tests {
		o, ok := store.outcome(tt.domain)
		if !ok {
			t.Errorf("%s: no outcome recorded", tt.domain)
			continue
		}
		if o.Status != tt.status {
			t.Errorf("%s: status %q, want %q", tt.domain, o.Status, tt.status)
		}
		if tt.status != legible.StatusFailed && o.MissingPrivacy() != tt.wantPrivacy {
			t.Errorf("%s: missing %v", tt.domain, o.Missing)
		}
		if (o.Detail != "") != tt.wantDetail {
			t.Errorf("%s: detail %q", tt.domain, o.Detail)
		}
		if o.CheckedAt.IsZero() {
			t.Errorf("%s: no check time", tt.domain)
		}
	}
	if o, _ := store.outcome("bare.example"); !slices.Contains(o.Missing, legible.KindTerms) {
		t.Errorf("bare.example missing = %v, want terms too", o.Missing)
	}
}

func TestReason(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{fmt.Errorf("home page: %w", ErrPrivateAddress), "the site's address is private or local (crawling it needs --allow-private)"},
		{fmt.Errorf("home page: %w", ErrRobots), "robots.txt does not allow Legible to read the site"},
		{&net.DNSError{Err: "no such host", Name: "nope.example", IsNotFound: true}, "the domain name does not exist"},
		{&net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")}, "the site refused the connection"},
		{errors.New("tls: handshake failure"), "the site's secure connection (TLS) failed"},
		{&url.Error{Op: "Get", URL: "http://x.example/", Err: errors.New("EOF")}, "the site could not be reached"},
		{fmt.Errorf("save site: %w", errors.New("database is locked")), "save site: database is locked"},
	}
	for _, tt := range tests {
		if got := Reason(tt.err); got != tt.want {
			t.Errorf("Reason(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}

func TestStartURLsKeepSchemeAndPort(t *testing.T) {
	tests := []struct {
		input, domain string
		want          []string
	}{
		{"http://shop.example:8080/", "shop.example", []string{"http://shop.example:8080/", "https://shop.example:8080/"}},
		{"shop.example:8443", "shop.example", []string{"https://shop.example:8443/", "http://shop.example:8443/"}},
		{"shop.example", "shop.example", []string{"https://shop.example/", "http://shop.example/", "https://www.shop.example/", "http://www.shop.example/"}},
	}
	for _, tt := range tests {
		got, err := startURLs(tt.input, tt.domain)
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("startURLs(%q) = %q, %v; want %q", tt.input, got, err, tt.want)
		}
	}
}

func TestSiteName(t *testing.T) {
	tests := []struct {
		body, want string
	}{
		{`<html><head><meta property="og:site_name" content=" Le  Monde "><title>Actualités</title></head></html>`, "Le Monde"},
		{`<html><head><meta name="application-name" content="Shop"><title>Home</title></head></html>`, "Shop"},
		{"<html><head><title>\n  Rated Example\n</title></head><body><svg><title>icon</title></svg></body></html>", "Rated Example"},
		{`<html><body>no name</body></html>`, ""},
	}
	for _, tt := range tests {
		p := &page{Status: 200, ContentType: "text/html; charset=utf-8", Body: []byte(tt.body)}
		if got := siteName(p); got != tt.want {
			t.Errorf("siteName(%q) = %q, want %q", tt.body, got, tt.want)
		}
	}
	if got := siteName(&page{Status: 200, ContentType: "application/pdf", Body: []byte("%PDF-1.4")}); got != "" {
		t.Errorf("a PDF home page has name %q", got)
	}
}
