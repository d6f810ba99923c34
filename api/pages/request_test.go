package pages

import (
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/legible-app/legible"
)

func TestRequestRating(t *testing.T) {
	tests := []struct {
		name     string
		path     string
		header   map[string]string
		code     int
		location string
		enqueued []string
	}{
		{
			name:     "same origin by fetch metadata",
			path:     "/sites/unrated.example/request",
			header:   map[string]string{"Sec-Fetch-Site": "same-origin", "Origin": "http://example.test"},
			code:     http.StatusSeeOther,
			location: "/sites/unrated.example?requested=1",
			enqueued: []string{"unrated.example"},
		},
		{
			name:     "same origin by Origin header",
			path:     "/sites/unrated.example/request?lang=ar",
			header:   map[string]string{"Origin": "http://example.test"},
			code:     http.StatusSeeOther,
			location: "/sites/unrated.example?requested=1&lang=ar",
			enqueued: []string{"unrated.example"},
		},
		{
			name:     "any spelling is normalised",
			path:     "/sites/WWW.Unrated.Example/request",
			header:   map[string]string{"Sec-Fetch-Site": "same-origin"},
			code:     http.StatusSeeOther,
			location: "/sites/unrated.example?requested=1",
			enqueued: []string{"unrated.example"},
		},
		{
			name:     "rated recently",
			path:     "/sites/fresh.example/request",
			header:   map[string]string{"Sec-Fetch-Site": "same-origin"},
			code:     http.StatusSeeOther,
			location: "/sites/fresh.example",
		},
		{
			name:     "rated long ago",
			path:     "/sites/example.com/request",
			header:   map[string]string{"Sec-Fetch-Site": "same-origin"},
			code:     http.StatusSeeOther,
			location: "/sites/example.com?requested=1",
			enqueued: []string{"example.com"},
		},
		{
			name:   "cross site",
			path:   "/sites/unrated.example/request",
			header: map[string]string{"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.test"},
			code:   http.StatusForbidden,
		},
		{
			name:   "foreign origin",
			path:   "/sites/unrated.example/request",
			header: map[string]string{"Origin": "https://evil.test"},
			code:   http.StatusForbidden,
		},
		{
			name:   "malformed domain",
			path:   "/sites/bad_domain/request",
			header: map[string]string{"Sec-Fetch-Site": "same-origin"},
			code:   http.StatusBadRequest,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := newFixtureStore(t)
			store.details["fresh.example"] = legible.SiteDetail{
				Site:      legible.Site{ID: 9, Domain: "fresh.example"},
				Score:     &legible.SiteScore{Overall: 80, Grade: legible.GradeA},
				CheckedAt: time.Now().Add(-time.Hour),
			}
			r := newTestRouter(store, nil)
			res := do(t, r, http.MethodPost, tt.path, nil, tt.header)
			if res.Code != tt.code {
				t.Fatalf("status %d, want %d", res.Code, tt.code)
			}
			if got := res.Header.Get("Location"); got != tt.location {
				t.Errorf("Location %q, want %q", got, tt.location)
			}
			if !slices.Equal(store.Domains(), tt.enqueued) {
				t.Errorf("enqueued %q, want %q", store.Domains(), tt.enqueued)
			}
		})
	}
}

// TestNewRequiresJobs: pages without a job queue would accept rating
// requests that nothing runs; wiring them so is refused at once.
func TestNewRequiresJobs(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("New without Deps.Jobs did not panic")
		}
	}()
	New(Deps{Store: newFixtureStore(t)})
}
