package pages

import (
	"net/http"
	"strings"
	"testing"
)

// TestPagesAreCSPFriendly renders every page in both languages and checks
// that none carries inline script or style, or loads anything from another
// origin, so that "default-src 'self'" holds.
func TestPagesAreCSPFriendly(t *testing.T) {
	r := newTestRouter(newFixtureStore(t), (&fakeScore{}).score)
	type req struct{ method, path, body string }
	pages := []req{
		{"GET", "/", ""},
		{"GET", "/sites/example.com", ""},
		{"GET", "/sites/pending.org", ""},
		{"GET", "/sites/unrated.example", ""},
		{"GET", "/sites/bad_domain", ""},
		{"GET", "/check", ""},
		{"POST", "/check", "text=Some+draft"},
		{"DELETE", "/check", ""},
	}
	for _, lang := range []string{"en", "ar"} {
		for _, p := range pages {
			hdr := map[string]string{"Accept-Language": lang}
			if p.body != "" {
				hdr["Content-Type"] = "application/x-www-form-urlencoded"
			}
			res := do(t, r, p.method, p.path, strings.NewReader(p.body), hdr)
			name := lang + " " + p.method + " " + p.path
			mustContain(t, res.Body, `<html lang="`+lang+`" dir="`+textDir(lang)+`">`, `<meta name="viewport"`)
			for _, bad := range []string{"<script", "<style", " style=", " onclick=", " onerror=", `src="http`, `href="//`} {
				if strings.Contains(res.Body, bad) {
					t.Errorf("%s: page contains %q", name, bad)
				}
			}
			if res.Header.Get("Content-Language") != lang {
				t.Errorf("%s: Content-Language %q", name, res.Header.Get("Content-Language"))
			}
			if !strings.Contains(res.Header.Get("Vary"), "Accept-Language") {
				t.Errorf("%s: Vary %q lacks Accept-Language", name, res.Header.Get("Vary"))
			}
		}
	}
}

func TestHead(t *testing.T) {
	r := newTestRouter(newFixtureStore(t), nil)
	for _, path := range []string{"/", "/sites/example.com", "/check", "/static/app.css"} {
		res := do(t, r, http.MethodHead, path, nil, nil)
		if res.Code != http.StatusOK {
			t.Errorf("HEAD %s: status %d, want 200", path, res.Code)
		}
	}
}
