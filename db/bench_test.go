package db_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

// benchSites is how many sites the look-up benchmarks run against
// (LEGIBLE_BENCH_SITES, default 100,000).
func benchSites() int {
	if n, err := strconv.Atoi(os.Getenv("LEGIBLE_BENCH_SITES")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

// benchEnv holds databases shared by the benchmarks of one process, seeded
// once, and what removes them when the process ends.
var benchEnv struct {
	mu       sync.Mutex
	dbs      map[string]*db.DB
	cleanups []func()
}

// benchBackends runs fn as a sub-benchmark per backend.
func benchBackends(b *testing.B, fn func(b *testing.B, backend string)) {
	b.Run(db.DialectSQLite, func(b *testing.B) { fn(b, db.DialectSQLite) })
	if os.Getenv(dbtest.PostgresEnv) != "" {
		b.Run(db.DialectPostgres, func(b *testing.B) { fn(b, db.DialectPostgres) })
	}
}

// freshBenchDB opens an empty database on backend that lives until the
// process ends.
func freshBenchDB(b *testing.B, backend string) *db.DB {
	b.Helper()
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "legible-bench-")
	if err != nil {
		b.Fatal(err)
	}
	benchEnv.cleanups = append(benchEnv.cleanups, func() { os.RemoveAll(dir) })
	dsn := filepath.Join(dir, "bench.db")
	if backend == db.DialectPostgres {
		dsn = benchSchema(b)
	}
	d, err := db.Open(ctx, dsn, nil)
	if err != nil {
		b.Fatal(err)
	}
	benchEnv.cleanups = append(benchEnv.cleanups, func() { d.Close() })
	return d
}

// benchSchema creates a PostgreSQL schema dropped when the process ends.
func benchSchema(b *testing.B) string {
	base := os.Getenv(dbtest.PostgresEnv)
	schema := fmt.Sprintf("bench_%d_%d", os.Getpid(), len(benchEnv.cleanups))
	admin, err := sql.Open("pgx", base)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		b.Fatal(err)
	}
	benchEnv.cleanups = append(benchEnv.cleanups, func() {
		admin.Exec("DROP SCHEMA " + schema + " CASCADE")
		admin.Close()
	})
	sep := "?"
	if strings.Contains(base, "?") {
		sep = "&"
	}
	return base + sep + "search_path=" + schema
}

// seededBenchDB returns the backend's database holding benchSites()
// synthetic sites, seeding it on first use.
func seededBenchDB(b *testing.B, backend string) *db.DB {
	b.Helper()
	benchEnv.mu.Lock()
	defer benchEnv.mu.Unlock()
	if d, ok := benchEnv.dbs[backend]; ok {
		return d
	}
	d := freshBenchDB(b, backend)
	start := time.Now()
	if err := d.SeedSynthetic(context.Background(), 0, benchSites()); err != nil {
		b.Fatal(err)
	}
	b.Logf("%s: seeded %d sites in %v", backend, benchSites(), time.Since(start).Round(time.Millisecond))
	if benchEnv.dbs == nil {
		benchEnv.dbs = map[string]*db.DB{}
	}
	benchEnv.dbs[backend] = d
	return d
}

// reportLatency adds median and p99 latency and calls per second.
func reportLatency(b *testing.B, lat []time.Duration, total time.Duration, unit string) {
	if len(lat) == 0 {
		return
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds())/1e3, "median-µs")
	b.ReportMetric(float64(lat[min(len(lat)-1, len(lat)*99/100)].Nanoseconds())/1e3, "p99-µs")
	b.ReportMetric(float64(len(lat))/total.Seconds(), unit)
}

// BenchmarkDBBulkInsert writes benchSites() synthetic sites per operation
// (each with a combined score, two documents, two versions and their
// scores; 500 sites per transaction) into an empty database. The first
// database it fills serves the look-up benchmarks that follow.
func BenchmarkDBBulkInsert(b *testing.B) {
	benchBackends(b, func(b *testing.B, backend string) {
		n := benchSites()
		var elapsed time.Duration
		for range b.N {
			b.StopTimer()
			d := freshBenchDB(b, backend)
			b.StartTimer()
			start := time.Now()
			if err := d.SeedSynthetic(context.Background(), 0, n); err != nil {
				b.Fatal(err)
			}
			elapsed += time.Since(start)
			benchEnv.mu.Lock()
			if benchEnv.dbs == nil {
				benchEnv.dbs = map[string]*db.DB{}
			}
			if _, ok := benchEnv.dbs[backend]; !ok {
				benchEnv.dbs[backend] = d
			}
			benchEnv.mu.Unlock()
		}
		b.ReportMetric(float64(b.N*n)/elapsed.Seconds(), "sites/s")
	})
}

// BenchmarkDBRecordSite stores one new site the way a crawl does: upsert the
// site, record two documents' versions with scores, save the combined score;
// four transactions, against a database of benchSites() sites.
func BenchmarkDBRecordSite(b *testing.B) {
	benchBackends(b, func(b *testing.B, backend string) {
		d := seededBenchDB(b, backend)
		ctx := context.Background()
		run := strconv.FormatInt(time.Now().UnixNano(), 36)
		text := fixture(b, "policy-v1.md")
		lat := make([]time.Duration, 0, b.N)
		b.ResetTimer()
		start := time.Now()
		for i := range b.N {
			t0 := time.Now()
			site, err := d.UpsertSite(ctx, legible.Site{Domain: fmt.Sprintf("new%d-%s.example", i, run)})
			if err != nil {
				b.Fatal(err)
			}
			for _, kind := range []legible.DocKind{legible.KindPrivacy, legible.KindTerms} {
				v := newVersion(text, 70, legible.GradeB, "bench")
				v.Kind, v.URL = kind, "https://"+site.Domain+"/"+string(kind)
				if _, err := d.RecordVersion(ctx, site.ID, v); err != nil {
					b.Fatal(err)
				}
			}
			if err := d.SaveSiteScore(ctx, site.ID, legible.SiteScore{RubricVersion: "bench", Overall: 70, Grade: legible.GradeB, Language: "en"}); err != nil {
				b.Fatal(err)
			}
			lat = append(lat, time.Since(t0))
		}
		reportLatency(b, lat, time.Since(start), "sites/s")
	})
}

// BenchmarkDBSiteDetail looks up one random site's latest report by domain
// among benchSites() sites.
func BenchmarkDBSiteDetail(b *testing.B) {
	benchBackends(b, func(b *testing.B, backend string) {
		d := seededBenchDB(b, backend)
		ctx := context.Background()
		n := benchSites()
		rng := rand.New(rand.NewPCG(1, 2))
		lat := make([]time.Duration, 0, b.N)
		b.ResetTimer()
		start := time.Now()
		for range b.N {
			dom := db.SyntheticDomain(rng.IntN(n))
			t0 := time.Now()
			det, err := d.SiteDetail(ctx, dom)
			lat = append(lat, time.Since(t0))
			if err != nil || det.Score == nil || len(det.Documents) != 2 {
				b.Fatalf("SiteDetail(%s) = %+v, %v", dom, det, err)
			}
		}
		reportLatency(b, lat, time.Since(start), "lookups/s")
	})
}

// BenchmarkDBSitesByHashPrefix looks up one random site's bucket (four hex
// digits of its domain hash) with reports, among benchSites() sites.
func BenchmarkDBSitesByHashPrefix(b *testing.B) {
	benchBackends(b, func(b *testing.B, backend string) {
		d := seededBenchDB(b, backend)
		ctx := context.Background()
		n := benchSites()
		rng := rand.New(rand.NewPCG(3, 4))
		lat := make([]time.Duration, 0, b.N)
		b.ResetTimer()
		start := time.Now()
		for range b.N {
			prefix := legible.DomainHash(db.SyntheticDomain(rng.IntN(n)))[:4]
			t0 := time.Now()
			got, err := d.SitesByHashPrefix(ctx, prefix)
			lat = append(lat, time.Since(t0))
			if err != nil || len(got) == 0 || !slices.ContainsFunc(got, func(s legible.SiteSummary) bool { return len(s.Report) > 0 }) {
				b.Fatalf("SitesByHashPrefix(%s) = %d sites, %v", prefix, len(got), err)
			}
		}
		reportLatency(b, lat, time.Since(start), "lookups/s")
	})
}

// BenchmarkDBListSites reads a page of 50 sites sorted by score from a
// random point of the listing (a keyset page deep in the list).
func BenchmarkDBListSites(b *testing.B) {
	benchBackends(b, func(b *testing.B, backend string) {
		d := seededBenchDB(b, backend)
		ctx := context.Background()
		rng := rand.New(rand.NewPCG(5, 6))
		var cursors []string
		f := legible.SiteFilter{Sort: "-score", Limit: 500}
		for range 20 {
			page, err := d.ListSites(ctx, f)
			if err != nil {
				b.Fatalf("ListSites: %v", err)
			}
			if page.Next == "" {
				break
			}
			cursors = append(cursors, page.Next)
			f.After = page.Next
		}
		if len(cursors) == 0 {
			b.Fatal("fewer than 500 sites listed")
		}
		lat := make([]time.Duration, 0, b.N)
		b.ResetTimer()
		start := time.Now()
		for range b.N {
			t0 := time.Now()
			page, err := d.ListSites(ctx, legible.SiteFilter{Sort: "-score", Limit: 50, After: cursors[rng.IntN(len(cursors))]})
			lat = append(lat, time.Since(t0))
			if err != nil || len(page.Sites) == 0 {
				b.Fatalf("ListSites = %d sites, %v", len(page.Sites), err)
			}
		}
		reportLatency(b, lat, time.Since(start), "pages/s")
	})
}
