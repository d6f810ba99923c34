package api

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

func TestSiteReportAnySpelling(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newTestEnvOn(t, d, generous())
		seed(t, d, seedSite{domain: "example.co.uk", grade: legible.GradeB, score: 72, minutes: 41.54})
		seed(t, d, seedSite{domain: "bücher.de", grade: legible.GradeD, score: 40, minutes: 12, lang: "de"})

		tests := []struct {
			name, spelling, want string
		}{
			{"plain", "example.co.uk", "example.co.uk"},
			{"case and www", "WWW.Example.CO.UK", "example.co.uk"},
			{"subdomain", "news.example.co.uk", "example.co.uk"},
			{"full URL", "https://www.example.co.uk/privacy?x=1", "example.co.uk"},
			{"unicode", "bücher.de", "xn--bcher-kva.de"},
			{"punycode", "xn--bcher-kva.de", "xn--bcher-kva.de"},
			{"unicode upper case", "BÜCHER.de", "xn--bcher-kva.de"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				rec := e.get("/v1/sites/" + url.PathEscape(tt.spelling))
				if rec.Code != http.StatusOK {
					t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
				}
				var r siteResponse
				decode(t, rec, &r)
				if r.Domain != tt.want {
					t.Errorf("domain = %q, want %q", r.Domain, tt.want)
				}
			})
		}

		rec := e.get("/v1/sites/example.co.uk")
		var r siteResponse
		decode(t, rec, &r)
		if !r.Rated || r.Score == nil || *r.Score != 72 || r.Grade != legible.GradeB || r.RubricVersion != "test-1" {
			t.Errorf("score fields: rated=%v score=%v grade=%q rubric=%q", r.Rated, r.Score, r.Grade, r.RubricVersion)
		}
		if r.ReadingMinutes != 41.5 || r.CheckedAt != "2026-11-30T10:00:00Z" || r.DomainHash != legible.DomainHash("example.co.uk") {
			t.Errorf("reading=%v checked=%q hash=%q", r.ReadingMinutes, r.CheckedAt, r.DomainHash)
		}
		if len(r.Documents) != 1 {
			t.Fatalf("documents = %+v", r.Documents)
		}
		doc := r.Documents[0]
		if doc.Kind != legible.KindPrivacy || doc.URL != "https://example.co.uk/privacy" || doc.Language != "en" ||
			doc.Words == 0 || doc.Score == nil || *doc.Score != 72 || doc.Grade != legible.GradeB || doc.VersionID == 0 ||
			doc.FetchedAt != "2026-11-30T10:00:00Z" || doc.ReadingMinutes != 41.5 {
			t.Errorf("document = %+v", doc)
		}
		if len(r.Criteria) != 1 || len(r.Criteria[0].Findings) != 2 || len(r.Criteria[0].Advice) != 1 {
			t.Errorf("criteria = %+v", r.Criteria)
		}
		if len(r.TopFindings) != 4 || r.Links.Badge != "/badge/example.co.uk.svg" {
			t.Errorf("top findings = %d, links = %+v", len(r.TopFindings), r.Links)
		}
	})
}

func TestSiteReportErrors(t *testing.T) {
	e := newTestEnv(t, generous())
	tests := []struct {
		name   string
		path   string
		status int
	}{
		{"unknown domain", "/v1/sites/unknown-site.org", http.StatusNotFound},
		{"IP address", "/v1/sites/127.0.0.1", http.StatusBadRequest},
		{"public suffix only", "/v1/sites/co.uk", http.StatusBadRequest},
		{"garbage", "/v1/sites/" + url.PathEscape("not a domain"), http.StatusBadRequest},
		{"no dot", "/v1/sites/localhost", http.StatusBadRequest},
		{"history of unknown", "/v1/sites/unknown-site.org/history", http.StatusNotFound},
		{"history of garbage", "/v1/sites/" + url.PathEscape("<x>") + "/history", http.StatusBadRequest},
		{"no such route", "/v1/nothing", http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantProblem(t, e.get(tt.path), tt.status)
		})
	}
}

func TestSiteWithoutScore(t *testing.T) {
	e := newTestEnv(t, generous())
	if _, err := e.db.UpsertSite(t.Context(), legible.Site{Domain: "pending.org"}); err != nil {
		t.Fatal(err)
	}
	rec := e.get("/v1/sites/pending.org")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
	}
	var r siteResponse
	decode(t, rec, &r)
	if r.Rated || r.Score != nil || r.Grade != "" || r.Documents == nil || r.Criteria == nil {
		t.Errorf("unrated site = %+v", r)
	}
}
