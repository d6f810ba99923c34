package api

import (
	"context"
	"net/http"
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

// TestRenderedFlagShown: a version whose text was rendered by a headless
// browser says so in the site report and in the history; others do not.
func TestRenderedFlagShown(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newTestEnvOn(t, d, generous())
		site := seed(t, e.db, seedSite{domain: "script.example", grade: legible.GradeB, score: 70})
		text := "We collect your email address.\nWe keep it for thirty days.\nWe never sell it."
		if _, err := e.db.RecordVersion(context.Background(), site.ID, legible.NewVersion{
			Kind: legible.KindPrivacy, URL: "https://script.example/privacy", FetchedAt: fixedTime.Add(1),
			ContentType: "text/html; charset=utf-8", Raw: []byte("<p>rendered</p>"), Text: text, Language: "en",
			Words: 14, Rendered: true,
		}); err != nil {
			t.Fatal(err)
		}

		rec := e.get("/v1/sites/script.example/history")
		if rec.Code != http.StatusOK {
			t.Fatalf("history: %d %s", rec.Code, rec.Body.String())
		}
		var h historyResponse
		decode(t, rec, &h)
		if len(h.Versions) != 2 || h.Versions[0].Rendered || !h.Versions[1].Rendered {
			t.Errorf("history versions = %+v, want the second one rendered only", h.Versions)
		}

		rec = e.get("/v1/sites/script.example")
		if rec.Code != http.StatusOK {
			t.Fatalf("site: %d %s", rec.Code, rec.Body.String())
		}
		var s siteResponse
		decode(t, rec, &s)
		if len(s.Documents) != 1 || !s.Documents[0].Rendered {
			t.Errorf("site documents = %+v, want the latest version rendered", s.Documents)
		}
	})
}
