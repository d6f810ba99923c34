package crawler

import (
	"reflect"
	"testing"
	"time"
)

func TestParseSitemap(t *testing.T) {
	tests := []struct {
		name     string
		body     string
		pages    []string
		children []string
		err      bool
	}{
		{"urlset", `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
 <url><loc> https://a.example/privacy </loc><lastmod>2024-01-01</lastmod></url>
 <url><loc>https://a.example/terms</loc></url>
 <url><loc></loc></url>
</urlset>`, []string{"https://a.example/privacy", "https://a.example/terms"}, nil, false},
		{"index", `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
 <sitemap><loc>https://a.example/s1.xml</loc></sitemap>
 <sitemap><loc>https://a.example/s2.xml.gz</loc></sitemap>
</sitemapindex>`, nil, []string{"https://a.example/s1.xml", "https://a.example/s2.xml.gz"}, false},
		{"latin1 declared", `<?xml version="1.0" encoding="ISO-8859-1"?><urlset><url><loc>https://a.example/p</loc></url></urlset>`,
			[]string{"https://a.example/p"}, nil, false},
		{"html soft 404", `<html><body>Not found</body></html>`, nil, nil, false},
		{"garbage", `not xml at all`, nil, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages, children, err := parseSitemap([]byte(tt.body))
			if (err != nil) != tt.err {
				t.Fatalf("err = %v, want error %v", err, tt.err)
			}
			if !reflect.DeepEqual(pages, tt.pages) || !reflect.DeepEqual(children, tt.children) {
				t.Errorf("pages %q children %q, want %q %q", pages, children, tt.pages, tt.children)
			}
		})
	}
}

func TestRobotsSitemaps(t *testing.T) {
	body := "User-agent: *\nDisallow: /admin # private\nSITEMAP: https://a.example/sitemap_index.xml\n" +
		"sitemap:https://a.example/news.xml\n# Sitemap: https://a.example/commented.xml\nSitemap:\n"
	want := []string{"https://a.example/sitemap_index.xml", "https://a.example/news.xml"}
	if got := robotsSitemaps([]byte(body)); !reflect.DeepEqual(got, want) {
		t.Errorf("robotsSitemaps = %q, want %q", got, want)
	}
}

func TestRankSitemaps(t *testing.T) {
	got := rankSitemaps([]string{"/post-sitemap.xml", "/product-sitemap1.xml", "/page-sitemap.xml", "/other.xml", "/legal-sitemap.xml"})
	want := []string{"/legal-sitemap.xml", "/page-sitemap.xml", "/other.xml", "/post-sitemap.xml", "/product-sitemap1.xml"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rankSitemaps = %q, want %q", got, want)
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		header string
		want   time.Duration
		ok     bool
	}{
		{"", 0, false},
		{"0", 0, true},
		{"3", 3 * time.Second, true},
		{" 120 ", 2 * time.Minute, true},
		{"-1", 0, false},
		{"99999999", 24 * time.Hour, true},
		{"Thu, 01 Jan 2026 12:00:30 GMT", 30 * time.Second, true},
		{"Thu, 01 Jan 2026 11:00:00 GMT", 0, true},
		{"soon", 0, false},
	}
	for _, tt := range tests {
		got, ok := retryAfter(tt.header, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("retryAfter(%q) = %v, %v; want %v, %v", tt.header, got, ok, tt.want, tt.ok)
		}
	}
}

func TestBackoff(t *testing.T) {
	for attempt, base := range []time.Duration{time.Second, 2 * time.Second, 4 * time.Second} {
		d := backoff(time.Second, attempt)
		if d < base || d > base+base/4 {
			t.Errorf("backoff(1s, %d) = %v, want %v plus at most 25%%", attempt, d, base)
		}
	}
	if d := backoff(time.Second, 40); d > maxBackoff+maxBackoff/4 {
		t.Errorf("backoff is not capped: %v", d)
	}
}

func TestConfigValidation(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
	}{
		{"too many redirects", Config{MaxRedirects: 11}},
		{"negative delay", Config{Delay: -time.Second}},
		{"bad resolve", Config{Resolve: map[string]string{"a.example": "localhost"}}},
	}
	for _, tt := range tests {
		if _, err := New(tt.cfg, newMemStore(), nil); err == nil {
			t.Errorf("%s: New accepted %+v", tt.name, tt.cfg)
		}
	}
	if _, err := New(Config{}, nil, nil); err == nil {
		t.Error("New accepted a nil store")
	}
	c, err := New(Config{}, newMemStore(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.cfg.UserAgent != DefaultUserAgent || c.cfg.MaxBodyBytes != 10<<20 || c.cfg.MaxRedirects != 10 || c.cfg.Timeout == 0 {
		t.Errorf("zero config not filled with defaults: %+v", c.cfg)
	}
}

func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		ct, body string
		want     bool
	}{
		{"text/html; charset=utf-8", "Contact: x", true},
		{"text/plain", "  <!DOCTYPE html><html>", true},
		{"text/plain", "<HTML><body>", true},
		{"text/plain", "Contact: mailto:a@b.c", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got := looksLikeHTML(tt.ct, []byte(tt.body)); got != tt.want {
			t.Errorf("looksLikeHTML(%q, %q) = %v", tt.ct, tt.body, got)
		}
	}
}
