package api

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestClientClosed: a request whose client went away is counted as 499 and
// logged at debug, not as a 500 and an error — for the API and the pages.
func TestClientClosed(t *testing.T) {
	e := newTestEnv(t, generous())
	for _, target := range []string{"/v1/sites/example.com", "/sites/example.com", "/v1/sites/example.com/history"} {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		req := httptest.NewRequest(http.MethodGet, target, nil).WithContext(ctx)
		rec := httptest.NewRecorder()
		e.srv.Handler().ServeHTTP(rec, req)
		if rec.Code != StatusClientClosed {
			t.Errorf("GET %s with the client gone: %d, want %d", target, rec.Code, StatusClientClosed)
		}
	}
	metrics := e.get("/metrics").Body.String()
	if !strings.Contains(metrics, `code="499"`) || strings.Contains(metrics, `code="500"`) {
		t.Errorf("metrics do not count the disconnects as 499:\n%s", grepLines(metrics, "legible_http_requests_total"))
	}
	logs := e.logs.String()
	if strings.Contains(logs, `"level":"ERROR"`) {
		t.Errorf("a client disconnect was logged as an error:\n%s", logs)
	}
	if !strings.Contains(logs, "client closed the request") {
		t.Errorf("the disconnect was not logged at debug:\n%s", logs)
	}
}

func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
