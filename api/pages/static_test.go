package pages

import (
	"net/http"
	"strings"
	"testing"
)

func TestStatic(t *testing.T) {
	r := newTestRouter(newFixtureStore(t), nil)
	hash := staticFiles["app.css"].hash
	tests := []struct {
		name, path string
		header     map[string]string
		code       int
		ctype      string
		cache      string
	}{
		{"versioned", "/static/app.css?v=" + hash, nil, http.StatusOK, "text/css; charset=utf-8", "public, max-age=31536000, immutable"},
		{"unversioned", "/static/app.css", nil, http.StatusOK, "text/css; charset=utf-8", "public, max-age=3600"},
		{"icon", "/static/favicon.svg", nil, http.StatusOK, "image/svg+xml", "public, max-age=3600"},
		{"not modified", "/static/app.css", map[string]string{"If-None-Match": `"` + hash + `"`}, http.StatusNotModified, "", "public, max-age=3600"},
		{"unknown", "/static/nope.js", nil, http.StatusNotFound, "text/html; charset=utf-8", "no-cache"},
		{"traversal", "/static/../pages.go", nil, http.StatusNotFound, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := do(t, r, http.MethodGet, tt.path, nil, tt.header)
			if res.Code != tt.code {
				t.Fatalf("status %d, want %d", res.Code, tt.code)
			}
			if tt.ctype != "" && res.Header.Get("Content-Type") != tt.ctype {
				t.Errorf("Content-Type %q, want %q", res.Header.Get("Content-Type"), tt.ctype)
			}
			if tt.cache != "" && res.Header.Get("Cache-Control") != tt.cache {
				t.Errorf("Cache-Control %q, want %q", res.Header.Get("Cache-Control"), tt.cache)
			}
		})
	}
}

// TestStylesheetPalette checks that the stylesheet paints each grade with
// the palette whose contrast TestGradePaletteContrast checks.
func TestStylesheetPalette(t *testing.T) {
	css := string(staticFiles["app.css"].body)
	for g, fill := range gradeColor {
		class := viewGrade(g).Class
		want := ".grade-" + class + " { background: " + fill + "; color: " + gradeInk[g] + "; }"
		if !strings.Contains(css, want) {
			t.Errorf("app.css lacks %q", want)
		}
	}
}
