package db_test

import (
	"context"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

// A site whose policy is in a language Legible cannot read yet is stored with
// no grade, and reads back as such everywhere: its detail, the listing, the
// private table and the grade counts.
func TestNotGradedSiteScore(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		site := mustSite(t, d, "example.in")
		mustSiteScore(t, d, site.ID, legible.SiteScore{RubricVersion: "r1", Language: "hi", ReadingMin: 9,
			Report: []byte(`{"score": null, "not_graded": "language"}`)})

		detail, err := d.SiteDetail(ctx, "example.in")
		if err != nil {
			t.Fatal(err)
		}
		if detail.Score == nil || detail.Score.Grade != "" || detail.Score.Language != "hi" {
			t.Errorf("detail score %+v: want one, not graded, in Hindi", detail.Score)
		}
		page, err := d.ListSites(ctx, legible.SiteFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Sites) != 1 || page.Sites[0].Grade != "" {
			t.Errorf("listing %+v: want the site without a grade", page.Sites)
		}
		table, err := d.Table(ctx, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		if len(table) != 1 || table[0].Grade != "" {
			t.Errorf("table %+v: want the site without a grade", table)
		}
		counts, err := d.GradeCounts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for g, n := range counts {
			if n != 0 {
				t.Errorf("grade %q counts %d: a site that is not graded counts in no grade", g, n)
			}
		}
		if err := d.SaveSiteScore(ctx, site.ID, legible.SiteScore{RubricVersion: "r1", Grade: "F"}); err == nil {
			t.Error("grade F accepted")
		}
	})
}
