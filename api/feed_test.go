package api

import (
	"encoding/xml"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestFeeds(t *testing.T) {
	env := newTestEnv(t, generous())
	seed(t, env.db, seedSite{domain: "example.com", grade: "B", score: 70})
	tests := []struct {
		name, path string
		status     int
		entries    int
	}{
		{"all sites", "/feeds/changes.atom", http.StatusOK, 1},
		{"one site", "/feeds/sites/Example.COM.atom", http.StatusOK, 1},
		{"unknown site", "/feeds/sites/nowhere.example.atom", http.StatusNotFound, 0},
		{"malformed domain", "/feeds/sites/not%20a%20domain.atom", http.StatusBadRequest, 0},
		{"wrong suffix", "/feeds/sites/example.com.rss", http.StatusNotFound, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := env.get(tt.path)
			if rec.Code != tt.status {
				t.Fatalf("GET %s = %d, want %d: %s", tt.path, rec.Code, tt.status, rec.Body)
			}
			if tt.status != http.StatusOK {
				if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/problem+json") {
					t.Errorf("Content-Type = %q, want a problem", ct)
				}
				return
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/atom+xml") {
				t.Errorf("Content-Type = %q", ct)
			}
			var feed struct {
				Entries []struct {
					Title string `xml:"title"`
				} `xml:"entry"`
			}
			if err := xml.Unmarshal(rec.Body.Bytes(), &feed); err != nil {
				t.Fatalf("not Atom XML: %v\n%s", err, rec.Body)
			}
			if len(feed.Entries) != tt.entries {
				t.Errorf("%d entries, want %d:\n%s", len(feed.Entries), tt.entries, rec.Body)
			}
		})
	}
}

// TestFeedLinksPoisonedHost: feeds are cached publicly, so their links never
// come from the client's Host or forwarded headers; the configured base URL
// makes them absolute.
func TestFeedLinksPoisonedHost(t *testing.T) {
	for _, tt := range []struct {
		name, base, want string
	}{
		{"no base URL", "", `href="/sites/example.com"`},
		{"base URL", "https://legible.example", `href="https://legible.example/sites/example.com"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			cfg := generous()
			cfg.BaseURL = tt.base
			env := newTestEnv(t, cfg)
			seed(t, env.db, seedSite{domain: "example.com", grade: "B", score: 70})
			req := httptest.NewRequest(http.MethodGet, "/feeds/changes.atom", nil)
			req.Host = "evil.test"
			req.Header.Set("X-Forwarded-Proto", "https")
			req.Header.Set("X-Forwarded-Host", "evil.test")
			rec := httptest.NewRecorder()
			env.srv.Handler().ServeHTTP(rec, req)
			body := rec.Body.String()
			if rec.Code != http.StatusOK || strings.Contains(body, "evil.test") || !strings.Contains(body, tt.want) {
				t.Errorf("status %d; want links %s and none to evil.test:\n%s", rec.Code, tt.want, body)
			}
		})
	}
}
