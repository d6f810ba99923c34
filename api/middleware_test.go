package api

import (
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
)

func TestSecurityHeaders(t *testing.T) {
	e := newTestEnv(t, generous())
	for _, path := range []string{"/v1/sites", "/healthz", "/v1/nothing"} {
		rec := e.get(path)
		h := rec.Header()
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") != "no-referrer" ||
			h.Get("X-Frame-Options") != "DENY" || !strings.Contains(h.Get("Content-Security-Policy"), "default-src 'self'") ||
			!strings.Contains(h.Get("Content-Security-Policy"), "frame-ancestors 'none'") {
			t.Errorf("%s: headers %v", path, h)
		}
	}
}

func TestCORS(t *testing.T) {
	e := newTestEnv(t, generous())
	rec := e.get("/v1/lookup/abcd", "Origin", "chrome-extension://abc")
	if rec.Header().Get("Access-Control-Allow-Origin") != "*" || rec.Header().Get("Access-Control-Allow-Credentials") != "" {
		t.Errorf("GET headers: %v", rec.Header())
	}
	pre := e.do(http.MethodOptions, "/v1/table", nil, "Origin", "moz-extension://x", "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "if-none-match")
	if pre.Code != http.StatusNoContent || pre.Header().Get("Access-Control-Allow-Origin") != "*" ||
		!strings.Contains(pre.Header().Get("Access-Control-Allow-Headers"), "If-None-Match") {
		t.Errorf("preflight: %d %v", pre.Code, pre.Header())
	}
	if rec := e.get("/healthz"); rec.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("CORS on /healthz")
	}
}

func TestRequestID(t *testing.T) {
	e := newTestEnv(t, generous())
	a, b := e.get("/healthz").Header().Get("X-Request-ID"), e.get("/healthz").Header().Get("X-Request-ID")
	if a == "" || a == b {
		t.Errorf("generated IDs %q and %q", a, b)
	}
	if got := e.get("/healthz", "X-Request-ID", "trace-42").Header().Get("X-Request-ID"); got != "trace-42" {
		t.Errorf("kept ID = %q", got)
	}
	if got := e.get("/healthz", "X-Request-ID", "bad id\x01<script>").Header().Get("X-Request-ID"); got == "" || strings.Contains(got, "script") {
		t.Errorf("unsafe ID echoed: %q", got)
	}
}

func TestRateLimit(t *testing.T) {
	e := newTestEnv(t, Config{AnonRate: 1, AnonBurst: 3, KeyRate: 1, KeyBurst: 6})
	key, err := e.db.CreateAPIKey(t.Context(), "newsroom")
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		if rec := e.get("/v1/lookup/abcd"); rec.Code != http.StatusOK {
			t.Fatalf("request %d: %d", i, rec.Code)
		}
	}
	rec := e.get("/v1/lookup/abcd")
	wantProblem(t, rec, http.StatusTooManyRequests)
	if s, err := strconv.Atoi(rec.Header().Get("Retry-After")); err != nil || s < 1 || s > 2 {
		t.Errorf("Retry-After = %q", rec.Header().Get("Retry-After"))
	}

	// A forged X-Forwarded-For does not buy a new budget.
	wantProblem(t, e.get("/v1/lookup/abcd", "X-Forwarded-For", "198.51.100.1"), http.StatusTooManyRequests)
	// Health checks are never limited.
	if rec := e.get("/healthz"); rec.Code != http.StatusOK {
		t.Errorf("healthz limited: %d", rec.Code)
	}
	// Another client has its own bucket.
	other := e.getFrom("198.51.100.9:4000", "/v1/lookup/abcd")
	if other.Code != http.StatusOK {
		t.Errorf("other client: %d", other.Code)
	}
	// A key has its own, larger budget.
	for i := range 6 {
		if rec := e.get("/v1/lookup/abcd", "Authorization", "Bearer "+key); rec.Code != http.StatusOK {
			t.Fatalf("keyed request %d: %d", i, rec.Code)
		}
	}
	wantProblem(t, e.get("/v1/lookup/abcd", "X-API-Key", key), http.StatusTooManyRequests)
	// A wrong key counts as anonymous.
	wantProblem(t, e.get("/v1/lookup/abcd", "X-API-Key", "wrong"), http.StatusTooManyRequests)
}

func TestLimiterBounded(t *testing.T) {
	l := newLimiter(100)
	now := time.Now()
	for i := range 1000 {
		l.allow("ip:"+strconv.Itoa(i), 1, 1, now)
	}
	if n := l.size(); n > 100 {
		t.Errorf("limiter holds %d clients, want at most 100", n)
	}
	// Idle clients go first.
	l = newLimiter(10)
	for i := range 10 {
		l.allow("old"+strconv.Itoa(i), 1, 1, now)
	}
	l.allow("new", 1, 1, now.Add(time.Hour))
	if n := l.size(); n != 1 {
		t.Errorf("after eviction of idle clients: %d left, want 1", n)
	}
}

// TestAccessLogPrivacy checks the logging policy: no client IP, and no
// prefix, hash or domain from the private lookup, in any log line.
func TestAccessLogPrivacy(t *testing.T) {
	e := newTestEnv(t, generous())
	site := seed(t, e.db, seedSite{domain: "secret-site.com", grade: legible.GradeC, score: 50})
	clientIP := "203.0.113.77"
	e.getFrom(clientIP+":5555", "/v1/lookup/"+site.DomainHash[:4])
	e.getFrom(clientIP+":5555", "/v1/table?since=2026-01-01T00:00:00Z")
	e.getFrom(clientIP+":5555", "/v1/sites/secret-site.com")
	e.getFrom(clientIP+":5555", "/badge/secret-site.com.svg")
	e.getFrom(clientIP+":5555", "/v1/lookup/zzzz")
	logs := e.logs.String()
	if !strings.Contains(logs, `"route":"/v1/lookup/:prefix"`) || !strings.Contains(logs, `"route":"/v1/table"`) {
		t.Fatalf("access log lacks the route patterns:\n%s", logs)
	}
	for _, secret := range []string{clientIP, site.DomainHash[:4], "secret-site", "since=", "zzzz"} {
		if strings.Contains(logs, secret) {
			t.Errorf("log holds %q:\n%s", secret, logs)
		}
	}
}

func TestMetricsByRoutePattern(t *testing.T) {
	e := newTestEnv(t, generous())
	e.get("/v1/lookup/abcd")
	e.get("/v1/lookup/ef01")
	e.get("/no/such/page")
	body := e.get("/metrics").Body.String()
	if !strings.Contains(body, `legible_http_requests_total{code="200",method="GET",route="/v1/lookup/:prefix"} 2`) ||
		!strings.Contains(body, `legible_http_request_duration_seconds_count{method="GET",route="/v1/lookup/:prefix"} 2`) ||
		!strings.Contains(body, `route="unmatched"`) {
		t.Errorf("metrics:\n%s", body)
	}
	if strings.Contains(body, "abcd") || strings.Contains(body, "/no/such/page") {
		t.Errorf("metrics hold raw paths")
	}
}

func TestRecoverer(t *testing.T) {
	e := newTestEnv(t, generous())
	e.srv.engine.GET("/v1/boom", func(c *gin.Context) { panic("boom") })
	p := wantProblem(t, e.get("/v1/boom"), http.StatusInternalServerError)
	if strings.Contains(p.Detail, "boom") {
		t.Errorf("panic value leaked: %q", p.Detail)
	}
	if !strings.Contains(e.logs.String(), "boom") {
		t.Errorf("panic not logged")
	}
}

func TestBufferedAccessLog(t *testing.T) {
	var out syncBuffer
	al := NewAccessLog(&out, time.Hour)
	cfg := generous()
	cfg.AccessLogger = al.Logger
	e := newTestEnv(t, cfg)
	e.get("/healthz")
	if out.String() != "" {
		t.Errorf("written before a flush: %q", out.String())
	}
	if err := al.Close(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "route=/healthz") || !strings.Contains(out.String(), "status=200") {
		t.Errorf("access log = %q", out.String())
	}
	if strings.Contains(e.logs.String(), "route=/healthz") || strings.Contains(e.logs.String(), `"route":"/healthz"`) {
		t.Errorf("access line went to the server log too")
	}
}
