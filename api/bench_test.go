package api

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db/dbtest"
)

// BenchmarkLookupHandler serves warm lookups in-process: the server's own
// cost per request (middleware included), without the network.
func BenchmarkLookupHandler(b *testing.B) {
	d := dbtest.Open(b)
	for i := range 50 {
		seed(b, d, seedSite{domain: fmt.Sprintf("bench%02d.com", i), grade: legible.GradeC, score: 50, minutes: 10})
	}
	e := newTestEnvOn(b, d, Config{AnonRate: 1e9, AnonBurst: 1e9, AccessLog: false})
	if err := e.srv.cache.refresh(b.Context(), true); err != nil {
		b.Fatal(err)
	}
	h := e.srv.Handler()
	reqs := make([]*http.Request, 256)
	for i := range reqs {
		reqs[i] = httptest.NewRequest(http.MethodGet, fmt.Sprintf("/v1/lookup/%04x", i*256), nil)
		h.ServeHTTP(httptest.NewRecorder(), reqs[i]) // warm the bucket
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, reqs[i%len(reqs)])
		if w.Code != http.StatusOK {
			b.Fatalf("status %d", w.Code)
		}
		i++
	}
}

// BenchmarkBareGin is the baseline: a gin engine with one constant handler.
func BenchmarkBareGin(b *testing.B) {
	r := gin.New()
	body := []byte(`{"prefix":"a379","sites":[]}`)
	r.GET("/bare", func(c *gin.Context) { c.Data(http.StatusOK, "application/json; charset=utf-8", body) })
	req := httptest.NewRequest(http.MethodGet, "/bare", nil)
	b.ReportAllocs()
	for b.Loop() {
		r.ServeHTTP(httptest.NewRecorder(), req)
	}
}
