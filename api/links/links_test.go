package links

import (
	"crypto/tls"
	"net/http/httptest"
	"testing"
)

func TestPaths(t *testing.T) {
	tests := []struct{ got, want string }{
		{SitePage("example.com"), "/sites/example.com"},
		{SitePage("a/b?c#d"), "/sites/a%2Fb%3Fc%23d"},
		{SiteRequest("example.com"), "/sites/example.com/request"},
		{SiteAPI("xn--bcher-kva.de"), "/v1/sites/xn--bcher-kva.de"},
		{SiteHistory("example.com"), "/v1/sites/example.com/history"},
		{Badge("a b"), "/badge/a%20b.svg"},
		{SiteFeed("example.com"), "/feeds/sites/example.com.atom"},
		{Absolute("", "/sites/x"), "/sites/x"},
		{Absolute("https://legible.example/", "/sites/x"), "https://legible.example/sites/x"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestRootFor(t *testing.T) {
	tests := []struct {
		name    string
		base    string
		hosts   []string
		host    string
		tls     bool
		forward bool
		want    string
	}{
		{"nothing configured", "", nil, "legible.example", false, true, ""},
		{"base URL wins over any host", "https://legible.example/", []string{"other.example"}, "evil.test", false, true, "https://legible.example"},
		{"base URL with a path", "https://example.org/legible", nil, "evil.test", false, false, "https://example.org/legible"},
		{"allowed host", "", []string{"legible.example"}, "Legible.Example", false, false, "http://legible.example"},
		{"allowed host over TLS", "", []string{"legible.example"}, "legible.example", true, false, "https://legible.example"},
		{"allowed host with its scheme", "", []string{"https://legible.example"}, "legible.example", false, true, "https://legible.example"},
		{"allowed host, default port", "", []string{"legible.example"}, "legible.example:443", true, false, "https://legible.example:443"},
		{"allowed host and port", "", []string{"127.0.0.1:8080"}, "127.0.0.1:8080", false, false, "http://127.0.0.1:8080"},
		{"other port", "", []string{"legible.example"}, "legible.example:8443", false, false, ""},
		{"poisoned host", "", []string{"legible.example"}, "evil.test", false, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewRoot(tt.base, tt.hosts)
			if err != nil {
				t.Fatal(err)
			}
			req := httptest.NewRequest("GET", "/", nil)
			req.Host = tt.host
			if tt.tls {
				req.TLS = &tls.ConnectionState{}
			}
			if tt.forward {
				req.Header.Set("X-Forwarded-Proto", "https")
				req.Header.Set("X-Forwarded-Host", "evil.test")
				req.Header.Set("Forwarded", "host=evil.test;proto=https")
			}
			if got := r.For(req); got != tt.want {
				t.Errorf("For = %q, want %q", got, tt.want)
			}
		})
	}
	var zero Root
	if got := zero.For(httptest.NewRequest("GET", "/", nil)); got != "" {
		t.Errorf("zero Root gives %q", got)
	}
}

func TestNewRootRefuses(t *testing.T) {
	for _, tt := range []struct {
		base  string
		hosts []string
	}{
		{"legible.example", nil},
		{"ftp://legible.example", nil},
		{"https://", nil},
		{"https://legible.example/?a=b", nil},
		{"", []string{"ftp://legible.example"}},
		{"", []string{"legible.example/path"}},
		{"", []string{"user@legible.example"}},
	} {
		if _, err := NewRoot(tt.base, tt.hosts); err == nil {
			t.Errorf("NewRoot(%q, %q) accepted", tt.base, tt.hosts)
		}
	}
}
