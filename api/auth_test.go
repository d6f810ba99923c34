package api

import (
	"net/http"
	"strings"
	"testing"
)

// TestRevokedKeyRefusedAtOnce: a key revoked while the server runs is
// refused on the next request, though it was just used (and cached).
func TestRevokedKeyRefusedAtOnce(t *testing.T) {
	e := newTestEnv(t, generous())
	key, err := e.db.CreateAPIKey(t.Context(), "intern")
	if err != nil {
		t.Fatal(err)
	}
	post := func() int {
		return e.do(http.MethodPost, "/v1/crawls", strings.NewReader(`{"domain":"example.com"}`),
			"Content-Type", "application/json", "Authorization", "Bearer "+key).Code
	}
	if code := post(); code != http.StatusAccepted {
		t.Fatalf("valid key: %d", code)
	}
	if code := e.get("/v1/sites", "Authorization", "Bearer "+key).Code; code != http.StatusOK {
		t.Fatalf("GET with the key: %d", code)
	}
	if _, err := e.db.RevokeAPIKey(t.Context(), "intern"); err != nil {
		t.Fatal(err)
	}
	if code := post(); code != http.StatusUnauthorized {
		t.Errorf("revoked key: %d, want 401 at once", code)
	}
}
