package db_test

import (
	"context"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

func TestSaveSiteScoreAddsRowsOnlyOnChange(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		clk := newClock(d)
		site := mustSite(t, d, "example.org")
		base := legible.SiteScore{RubricVersion: "r1", Overall: 70, Grade: legible.GradeC, ReadingMin: 12.5, Language: "en",
			Report: []byte(`{"score": 70, "notes": ["kept byte for byte"]}`)}

		mustSiteScore(t, d, site.ID, base)
		first := clk.now()
		clk.advance(time.Hour)
		mustSiteScore(t, d, site.ID, base) // unchanged: only checked
		checked := clk.now()
		clk.advance(time.Hour)
		down := base
		down.Overall, down.Grade = 55, legible.GradeD
		mustSiteScore(t, d, site.ID, down)
		clk.advance(time.Hour)
		rubric := down
		rubric.RubricVersion = "r2"
		mustSiteScore(t, d, site.ID, rubric)

		hist, err := d.SiteScoreHistory(ctx, site.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(hist) != 3 {
			t.Fatalf("%d site scores, want 3: %+v", len(hist), hist)
		}
		if hist[0].Overall != 70 || hist[1].Overall != 55 || hist[2].RubricVersion != "r2" {
			t.Errorf("history = %+v", hist)
		}
		if string(hist[0].Report) != string(base.Report) {
			t.Errorf("report = %s, want it byte for byte", hist[0].Report)
		}
		if !hist[0].CreatedAt.Equal(first.Truncate(time.Microsecond)) {
			t.Errorf("CreatedAt = %v, want %v", hist[0].CreatedAt, first)
		}

		var siteChecked time.Time
		if err := d.SQL().Get(&siteChecked, d.SQL().Rebind(`SELECT checked_at FROM site_scores WHERE id = ?`), hist[0].ID); err != nil {
			t.Fatal(err)
		}
		if !siteChecked.Equal(checked.Truncate(time.Microsecond)) {
			t.Errorf("unchanged save left checked_at %v, want %v", siteChecked, checked)
		}

		_, err = d.SiteScoreHistory(ctx, site.ID+7)
		wantErr(t, err, legible.ErrNotFound)
		wantErr(t, d.SaveSiteScore(ctx, site.ID+7, base), legible.ErrNotFound)
		bad := base
		bad.Grade = "Z"
		wantErr(t, d.SaveSiteScore(ctx, site.ID, bad), legible.ErrInvalid)
	})
}

func TestSiteDetail(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		clk := newClock(d)
		site := mustSite(t, d, "bücher.de")

		det, err := d.SiteDetail(ctx, "bücher.de")
		if err != nil {
			t.Fatal(err)
		}
		if det.Score != nil || det.Signals != nil || len(det.Documents) != 0 || det.Documents == nil {
			t.Errorf("detail of a new site = %+v", det)
		}

		mustRecord(t, d, site.ID, newVersion(fixture(t, "policy-v1.md"), 81, legible.GradeB, "r1"))
		clk.advance(time.Minute)
		rec := mustRecord(t, d, site.ID, newVersion(fixture(t, "policy-v2.md"), 40, legible.GradeD, "r1"))
		terms := newVersion("Terms of sale.", 90, legible.GradeA, "r1")
		terms.Kind, terms.URL, terms.Score = legible.KindTerms, "https://bücher.de/agb", nil
		mustRecord(t, d, site.ID, terms)
		clk.advance(time.Minute)
		mustSiteScore(t, d, site.ID, legible.SiteScore{RubricVersion: "r1", Overall: 48, Grade: legible.GradeD, ReadingMin: 3, Language: "en"})

		det, err = d.SiteDetail(ctx, "xn--bcher-kva.de")
		if err != nil {
			t.Fatal(err)
		}
		if det.Site.ID != site.ID || det.Score == nil || det.Score.Overall != 48 {
			t.Fatalf("detail = %+v", det)
		}
		if !det.CheckedAt.Equal(clk.now().Truncate(time.Microsecond)) {
			t.Errorf("CheckedAt = %v, want %v", det.CheckedAt, clk.now())
		}
		if len(det.Documents) != 2 {
			t.Fatalf("%d documents, want 2", len(det.Documents))
		}
		priv, tos := det.Documents[0], det.Documents[1]
		if priv.Document.Kind != legible.KindPrivacy || priv.Version.ID != rec.Version.ID || priv.Score == nil || priv.Score.Overall != 40 {
			t.Errorf("privacy state = %+v", priv)
		}
		if priv.Version.Text != "" {
			t.Errorf("SiteDetail loaded the text")
		}
		if tos.Document.Kind != legible.KindTerms || tos.Score != nil {
			t.Errorf("terms state = %+v", tos)
		}
		_, err = d.SiteDetail(ctx, "nowhere.example")
		wantErr(t, err, legible.ErrNotFound)
	})
}
