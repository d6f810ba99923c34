package db_test

import (
	"context"
	"testing"

	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

func TestSeedSynthetic(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		db.SetSeedBatch(50)
		t.Cleanup(func() { db.SetSeedBatch(500) })
		const n = 130 // three batches, the last one partial
		if err := d.SeedSynthetic(ctx, 10, n); err != nil {
			t.Fatal(err)
		}
		for table, want := range map[string]int{"sites": n, "site_scores": n, "documents": 2 * n, "versions": 2 * n, "scores": 2 * n} {
			if got := dbtest.Count(t, d, table); got != want {
				t.Errorf("%d rows in %s, want %d", got, table, want)
			}
		}
		counts, err := d.GradeCounts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		total := 0
		for _, c := range counts {
			total += c
		}
		if total != n {
			t.Errorf("GradeCounts add up to %d, want %d", total, n)
		}
		for _, i := range []int{10, 59, 60, n + 9} {
			det, err := d.SiteDetail(ctx, db.SyntheticDomain(i))
			if err != nil {
				t.Fatalf("site %d: %v", i, err)
			}
			if det.Score == nil || det.Score.Overall != (i*37)%101 || len(det.Documents) != 2 || det.Documents[0].Score == nil {
				t.Errorf("site %d = %+v", i, det)
			}
		}
		if _, err := d.FindSite(ctx, db.SyntheticDomain(n+10)); err == nil {
			t.Errorf("a site past the seeded range exists")
		}
	})
}
