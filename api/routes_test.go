package api

import (
	"net/http"
	"strings"
	"testing"
)

// TestMethodNotAllowed: the one route table answers a method a route does
// not take with 405 and the Allow header, as an error page on the pages and
// a problem on the API.
func TestMethodNotAllowed(t *testing.T) {
	e := newTestEnv(t, generous())
	tests := []struct {
		method, path, allow string
		page                bool
	}{
		{http.MethodPut, "/check", "GET, HEAD, POST", true},
		{http.MethodDelete, "/", "GET, HEAD", true},
		{http.MethodPost, "/how-we-score", "GET, HEAD", true},
		{http.MethodPost, "/sites/example.com", "GET, HEAD", true},
		{http.MethodGet, "/sites/example.com/request", "POST", true},
		{http.MethodDelete, "/v1/sites/example.com", "GET", false},
		{http.MethodGet, "/v1/score", "POST", false},
	}
	for _, tt := range tests {
		rec := e.do(tt.method, tt.path, nil)
		if rec.Code != http.StatusMethodNotAllowed {
			t.Errorf("%s %s: status %d, want 405", tt.method, tt.path, rec.Code)
		}
		if got := rec.Header().Get("Allow"); got != tt.allow {
			t.Errorf("%s %s: Allow %q, want %q", tt.method, tt.path, got, tt.allow)
		}
		if tt.page {
			if body := rec.Body.String(); !strings.Contains(body, "Method not allowed") || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
				t.Errorf("%s %s: not the error page: %s", tt.method, tt.path, rec.Header().Get("Content-Type"))
			}
			continue
		}
		wantProblem(t, rec, http.StatusMethodNotAllowed)
	}
}

// The page that explains the grades is served by the server's route table,
// in both page languages.
func TestHowWeScoreServed(t *testing.T) {
	e := newTestEnv(t, generous())
	for lang, heading := range map[string]string{"en": "<h1>How we score</h1>", "ar": "<h1>كيف نقيّم</h1>"} {
		rec := e.get("/how-we-score?lang=" + lang)
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), heading) {
			t.Errorf("%s: status %d, body lacks %q", lang, rec.Code, heading)
		}
	}
}
