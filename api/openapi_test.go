package api

import (
	"encoding/json"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// apiRoute reports whether a route belongs to the API (the pages are not in
// the OpenAPI document).
func apiRoute(path string) bool {
	return strings.HasPrefix(path, "/v1/") || strings.HasPrefix(path, "/badge/") || strings.HasPrefix(path, "/feeds/") ||
		path == "/openapi.json" || path == "/healthz" || path == "/readyz" || path == "/metrics"
}

var ginParam = regexp.MustCompile(`[:*]([A-Za-z_]+)`)

func TestOpenAPIMatchesRoutes(t *testing.T) {
	e := newTestEnv(t, generous())
	var doc struct {
		OpenAPI string                               `json:"openapi"`
		Paths   map[string]map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(openapiDoc, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.1") {
		t.Errorf("openapi = %q, want 3.1.x", doc.OpenAPI)
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			documented[strings.ToUpper(method)+" "+path] = true
		}
	}
	served := map[string]bool{}
	for _, r := range e.srv.engine.Routes() {
		if !apiRoute(r.Path) {
			continue
		}
		served[r.Method+" "+ginParam.ReplaceAllString(r.Path, "{$1}")] = true
	}
	var missing, extra []string
	for k := range served {
		if !documented[k] {
			missing = append(missing, k)
		}
	}
	for k := range documented {
		if !served[k] {
			extra = append(extra, k)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	if len(missing) > 0 {
		t.Errorf("routes missing from openapi.json: %v", missing)
	}
	if len(extra) > 0 {
		t.Errorf("openapi.json paths with no route: %v", extra)
	}
	if len(served) < 15 {
		t.Errorf("only %d API routes found", len(served))
	}

	rec := e.get("/openapi.json")
	if rec.Code != http.StatusOK || !json.Valid(rec.Body.Bytes()) {
		t.Errorf("GET /openapi.json: %d", rec.Code)
	}
}
