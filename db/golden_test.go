package db_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestSiteStateGolden records a small history with a fixed clock and checks
// what the read queries return, as JSON, against one golden file: both
// backends must give byte-identical answers.
func TestSiteStateGolden(t *testing.T) {
	golden := filepath.Join("testdata", "site_state.golden.json")
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		clk := newClock(d)
		site, err := d.UpsertSite(ctx, legible.Site{Domain: "bücher.de", CanonicalURL: "https://www.bücher.de/"})
		if err != nil {
			t.Fatal(err)
		}
		v1 := newVersion(fixture(t, "policy-v1.md"), 81, legible.GradeB, "r1")
		v1.Raw = []byte(fixture(t, "policy-v1.html"))
		v1.URL = "https://www.bücher.de/datenschutz"
		mustRecord(t, d, site.ID, v1)
		mustSiteScore(t, d, site.ID, legible.SiteScore{RubricVersion: "r1", Overall: 81, Grade: legible.GradeB,
			ReadingMin: 1.25, Language: "en", Report: []byte(`{"site":"bücher.de","documents":1}`)})
		clk.advance(36 * time.Hour)
		v2 := newVersion(fixture(t, "policy-v2.md"), 43, legible.GradeC, "r1")
		v2.URL = v1.URL
		mustRecord(t, d, site.ID, v2)
		if err := d.SaveSignals(ctx, site.ID, legible.Signals{HTTPS: true, HSTS: true, HSTSMaxAge: 63072000, CheckedAt: clk.now()}); err != nil {
			t.Fatal(err)
		}
		mustSiteScore(t, d, site.ID, legible.SiteScore{RubricVersion: "r1", Overall: 43, Grade: legible.GradeC,
			ReadingMin: 1.5, Language: "en", Report: []byte(`{"site":"bücher.de","documents":1}`)})

		detail, err := d.SiteDetail(ctx, "bücher.de")
		if err != nil {
			t.Fatal(err)
		}
		history, err := d.History(ctx, site.ID)
		if err != nil {
			t.Fatal(err)
		}
		scores, err := d.SiteScoreHistory(ctx, site.ID)
		if err != nil {
			t.Fatal(err)
		}
		changes, err := d.RecentChanges(ctx, "", 10)
		if err != nil {
			t.Fatal(err)
		}
		page, err := d.ListSites(ctx, legible.SiteFilter{})
		if err != nil {
			t.Fatal(err)
		}
		table, err := d.Table(ctx, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := json.MarshalIndent(map[string]any{
			"detail": detail, "history": history, "site_scores": scores,
			"changes": changes, "list": page, "table": table,
		}, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		if *update && d.Dialect() == db.DialectSQLite {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run with -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s answers differ from %s:\n%s", d.Dialect(), golden, got)
		}
	})
}
