package render

import (
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/network"
)

func TestSitePolicy(t *testing.T) {
	page, _ := url.Parse("https://www.example.co.uk/privacy")
	p := newSitePolicy(page)
	tests := []struct {
		method, url string
		typ         network.ResourceType
		want        string // prefix of the refusal, "" for allowed
	}{
		{"GET", "https://www.example.co.uk/api/policy.json", network.ResourceTypeFetch, ""},
		{"GET", "https://static.example.co.uk/app.js", network.ResourceTypeScript, ""},
		{"HEAD", "http://example.co.uk/", network.ResourceTypeDocument, ""},
		{"GET", "https://www.example.co.uk/app.css", network.ResourceTypeStylesheet, ""},
		{"GET", "https://cdn.tracker.example/t.js", network.ResourceTypeScript, "third-party host"},
		{"GET", "https://other.co.uk/x", network.ResourceTypeXHR, "third-party host"},
		{"GET", "http://169.254.169.254/latest/meta-data/", network.ResourceTypeFetch, "third-party host"},
		{"GET", "http://127.0.0.1:8080/", network.ResourceTypeFetch, "third-party host"},
		{"POST", "https://www.example.co.uk/collect", network.ResourceTypeXHR, "method POST"},
		{"GET", "https://www.example.co.uk/logo.png", network.ResourceTypeImage, "resource type Image"},
		{"GET", "wss://www.example.co.uk/socket", network.ResourceTypeWebSocket, "resource type WebSocket"},
		{"GET", "https://www.example.co.uk/beacon", network.ResourceTypePing, "resource type Ping"},
		{"GET", "ftp://www.example.co.uk/file", network.ResourceTypeDocument, "scheme ftp"},
	}
	for _, tc := range tests {
		got := p.refuse(tc.method, tc.url, tc.typ)
		if (tc.want == "") != (got == "") || !strings.HasPrefix(got, tc.want) {
			t.Errorf("refuse(%s %s %s) = %q, want %q", tc.method, tc.url, tc.typ, got, tc.want)
		}
	}
}

func TestSitePolicyIPHost(t *testing.T) {
	page, _ := url.Parse("http://127.0.0.1:4000/")
	p := newSitePolicy(page)
	// The same IP on another port passes the policy: the dial guard decides.
	if got := p.refuse("GET", "http://127.0.0.1:5000/", network.ResourceTypeFetch); got != "" {
		t.Errorf("same IP refused by policy: %q", got)
	}
	if got := p.refuse("GET", "http://127.0.0.2/", network.ResourceTypeFetch); got == "" {
		t.Error("another IP allowed by policy")
	}
}
