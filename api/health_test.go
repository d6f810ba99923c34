package api

import (
	"net/http"
	"testing"

	"github.com/legible-app/legible/db/dbtest"
)

func TestHealth(t *testing.T) {
	d := dbtest.OpenDSN(t, t.TempDir()+"/h.db")
	e := newTestEnvOn(t, d, generous())
	if rec := e.get("/healthz"); rec.Code != http.StatusOK {
		t.Errorf("healthz: %d", rec.Code)
	}
	if rec := e.get("/readyz"); rec.Code != http.StatusOK {
		t.Errorf("readyz: %d %s", rec.Code, rec.Body.String())
	}
	e.srv.cache.warming.Store(true)
	wantProblem(t, e.get("/readyz"), http.StatusServiceUnavailable)
	e.srv.cache.warming.Store(false)
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	wantProblem(t, e.get("/readyz"), http.StatusServiceUnavailable)
	if rec := e.get("/healthz"); rec.Code != http.StatusOK {
		t.Errorf("healthz with the database down: %d", rec.Code)
	}
}
