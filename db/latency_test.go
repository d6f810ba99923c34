package db_test

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

// TestLookupLatencySQLite checks the product's latency budget: a site's
// latest report is found in under a millisecond (median) on SQLite. The
// benchmarks measure the same with 100,000 sites; this test uses fewer to
// stay quick, which changes the B-tree depth by one level at most.
func TestLookupLatencySQLite(t *testing.T) {
	if testing.Short() {
		t.Skip("seeds thousands of sites")
	}
	if raceEnabled {
		t.Skip("the race detector slows the pure-Go SQLite engine tenfold; latency is measured without it")
	}
	const sites, lookups = 3000, 600
	const budget = time.Millisecond
	d := dbtest.Open(t)
	ctx := context.Background()
	if err := d.SeedSynthetic(ctx, 0, sites); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, 8))
	measure := func(name string, call func(i int) error) {
		lat := make([]time.Duration, 0, lookups)
		for range lookups {
			i := rng.IntN(sites)
			t0 := time.Now()
			if err := call(i); err != nil {
				t.Fatalf("%s of site %d: %v", name, i, err)
			}
			lat = append(lat, time.Since(t0))
		}
		slices.Sort(lat)
		median, p99 := lat[len(lat)/2], lat[len(lat)*99/100]
		t.Logf("%s over %d sites: median %v, p99 %v", name, sites, median, p99)
		if median > budget {
			t.Errorf("%s median %v, over the %v budget", name, median, budget)
		}
	}
	measure("SiteDetail", func(i int) error {
		det, err := d.SiteDetail(ctx, db.SyntheticDomain(i))
		if err == nil && (det.Score == nil || len(det.Documents) != 2) {
			t.Fatalf("detail of synthetic site %d = %+v", i, det)
		}
		return err
	})
	measure("SitesByHashPrefix", func(i int) error {
		got, err := d.SitesByHashPrefix(ctx, legible.DomainHash(db.SyntheticDomain(i))[:4])
		if err == nil && len(got) == 0 {
			t.Fatalf("no site in the bucket of synthetic site %d", i)
		}
		return err
	})
}
