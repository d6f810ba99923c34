package api

import (
	"errors"
	"fmt"
	"net/http"
	"testing"

	"github.com/legible-app/legible"
)

func TestErrorStatus(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{fmt.Errorf("find: %w", legible.ErrNotFound), http.StatusNotFound},
		{fmt.Errorf("domain: %w", legible.ErrInvalid), http.StatusBadRequest},
		{fmt.Errorf("key: %w", legible.ErrUnauthorized), http.StatusUnauthorized},
		{fmt.Errorf("insert: %w", legible.ErrConflict), http.StatusConflict},
		{tooLarge(10), http.StatusRequestEntityTooLarge},
		{&http.MaxBytesError{Limit: 10}, http.StatusRequestEntityTooLarge},
		{errRateLimited, http.StatusTooManyRequests},
		{errors.New("disk on fire"), http.StatusInternalServerError},
	}
	for _, tt := range tests {
		if got, _ := errorStatus(tt.err); got != tt.want {
			t.Errorf("errorStatus(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
}

func TestServerErrorDetailIsGeneric(t *testing.T) {
	p := problemFor(errors.New("db: connection refused on 10.0.0.5"), "/v1/sites/x.com")
	if p.Status != 500 || p.Detail == "" || p.Detail == "db: connection refused on 10.0.0.5" {
		t.Errorf("problem = %+v", p)
	}
	p = problemFor(fmt.Errorf("%w: prefix too short", legible.ErrInvalid), "/v1/lookup/ab")
	if p.Detail != "invalid input: prefix too short" || p.Instance != "/v1/lookup/ab" {
		t.Errorf("problem = %+v", p)
	}
}

func TestProblemCarriesRequestID(t *testing.T) {
	e := newTestEnv(t, generous())
	rec := e.get("/v1/lookup/xyz", "X-Request-ID", "trace-7")
	p := wantProblem(t, rec, http.StatusBadRequest)
	if p.RequestID != "trace-7" || p.Instance != "/v1/lookup/xyz" {
		t.Errorf("problem = %+v", p)
	}
}
