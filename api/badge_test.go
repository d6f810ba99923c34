package api

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

func TestBadge(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newTestEnvOn(t, d, generous())
		seed(t, e.db, seedSite{domain: "example.com", grade: legible.GradeB, score: 72})

		for _, loaded := range []bool{false, true} {
			if loaded {
				if err := e.srv.cache.refresh(t.Context(), true); err != nil {
					t.Fatal(err)
				}
			}
			rec := e.get("/badge/www.Example.com.svg")
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
			}
			body := rec.Body.String()
			if rec.Header().Get("Content-Type") != "image/svg+xml; charset=utf-8" || !strings.Contains(body, gradeColours["B"]) ||
				!strings.Contains(body, `role="img"`) || !strings.Contains(body, "<title>Legible privacy grade B, score 72 out of 100. Grades run from A (best) to E (worst)") {
				t.Errorf("loaded=%v: badge %s", loaded, body)
			}
			if rec.Header().Get("X-Frame-Options") != "" || !strings.Contains(rec.Header().Get("Content-Security-Policy"), "default-src 'none'") ||
				rec.Header().Get("Cache-Control") != "public, max-age=3600" {
				t.Errorf("badge headers: %v", rec.Header())
			}
		}

		rec := e.get("/badge/unrated.org.svg")
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), unratedColour) || !strings.Contains(rec.Body.String(), "unrated") {
			t.Errorf("unrated badge: %d %s", rec.Code, rec.Body.String())
		}
		wantProblem(t, e.get("/badge/example.com.png"), http.StatusNotFound)
		wantProblem(t, e.get("/badge/"+url.PathEscape("no domain")+".svg"), http.StatusBadRequest)
	})
}

func TestBadgeGolden(t *testing.T) {
	golden(t, "badge_b.svg", renderBadge(badgeInfo{rated: true, grade: legible.GradeB, score: 72}))
	golden(t, "badge_unrated.svg", renderBadge(badgeInfo{}))
	golden(t, "badge_notgraded.svg", renderBadge(badgeInfo{notGraded: true}))
}

func TestBadgeTextContrast(t *testing.T) {
	colours := []string{labelColour, unratedColour}
	for _, c := range gradeColours {
		colours = append(colours, c)
	}
	for _, bg := range colours {
		if r := contrast(bg, textColour(bg)); r < 4.5 {
			t.Errorf("text on %s has contrast %.2f, want at least 4.5", bg, r)
		}
	}
	if r := contrast("#ffffff", "#000000"); r < 20.9 || r > 21.1 {
		t.Errorf("contrast of black on white = %.2f, want 21", r)
	}
}
