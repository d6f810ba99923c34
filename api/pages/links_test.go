package pages

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestPoisonedHost: a client's Host and X-Forwarded-* headers never reach the
// links of a cacheable report; without a trusted root they are relative.
func TestPoisonedHost(t *testing.T) {
	r := newTestRouter(newFixtureStore(t), nil)
	req := httptest.NewRequest(http.MethodGet, "/sites/example.com", nil)
	req.Host = "evil.test"
	req.Header.Set("X-Forwarded-Proto", "https")
	req.Header.Set("X-Forwarded-Host", "evil.test")
	w := httptest.NewRecorder()
	r.ServeHTTP(w, req)
	body := w.Body.String()
	if w.Code != http.StatusOK {
		t.Fatalf("status %d", w.Code)
	}
	if strings.Contains(body, "evil.test") {
		t.Error("the report links to the client's Host")
	}
	mustContain(t, body,
		`<a href="/v1/sites/example.com" dir="ltr">/v1/sites/example.com</a>`,
		`&lt;a href=&#34;/sites/example.com&#34;&gt;&lt;img src=&#34;/badge/example.com.svg&#34;`,
	)
	if cc := w.Header().Get("Cache-Control"); !strings.Contains(cc, "public") {
		t.Errorf("Cache-Control %q: the test wants a cacheable page", cc)
	}
}
