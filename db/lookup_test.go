package db_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

func TestSitesByHashPrefix(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		all := seedScored(t, d, 20)
		target := all[7]
		site, err := d.FindSite(ctx, target.Domain)
		if err != nil {
			t.Fatal(err)
		}
		mustSiteScore(t, d, site.ID, legible.SiteScore{RubricVersion: "r1", Overall: 99, Grade: legible.GradeA,
			Language: "en", Report: []byte(`{"domain":"` + target.Domain + `"}`)})

		for _, prefix := range []string{site.DomainHash[:4], site.DomainHash[:9], site.DomainHash, "  " + site.DomainHash[:6] + " "} {
			got, err := d.SitesByHashPrefix(ctx, prefix)
			if err != nil {
				t.Fatalf("prefix %q: %v", prefix, err)
			}
			found := false
			for _, s := range got {
				if s.DomainHash[:4] != site.DomainHash[:4] {
					t.Errorf("prefix %q returned %s", prefix, s.DomainHash)
				}
				if s.Domain == target.Domain {
					found = true
					if s.Score != 99 || string(s.Report) != `{"domain":"`+target.Domain+`"}` {
						t.Errorf("summary = %+v, report %s", s, s.Report)
					}
				}
			}
			if !found {
				t.Errorf("prefix %q did not return %s", prefix, target.Domain)
			}
		}
		// The unscored site is never returned.
		un, _ := d.FindSite(ctx, "unscored.example")
		if got, err := d.SitesByHashPrefix(ctx, un.DomainHash); err != nil || len(got) != 0 {
			t.Errorf("unscored site by hash: %v, %v", got, err)
		}
		for _, bad := range []string{"", "abc", "xyz0", "0123-", string(make([]byte, 65))} {
			_, err := d.SitesByHashPrefix(ctx, bad)
			wantErr(t, err, legible.ErrInvalid)
		}
	})
}

func TestGradeCountsExportAndTable(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		all := seedScored(t, d, 25)

		counts, err := d.GradeCounts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := map[legible.Grade]int{"A": 0, "B": 0, "C": 0, "D": 0, "E": 0}
		for _, s := range all {
			want[s.Grade]++
		}
		for g, n := range want {
			if counts[g] != n {
				t.Errorf("GradeCounts[%s] = %d, want %d", g, counts[g], n)
			}
		}
		if len(counts) != len(want) {
			t.Errorf("GradeCounts = %v, want %v", counts, want)
		}

		var exported []string
		if err := d.ExportLatest(ctx, func(s legible.SiteSummary) error {
			exported = append(exported, s.Domain)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if len(exported) != len(all) {
			t.Errorf("exported %d sites, want %d", len(exported), len(all))
		}
		stop := errors.New("reader went away")
		calls := 0
		err = d.ExportLatest(ctx, func(legible.SiteSummary) error { calls++; return stop })
		if !errors.Is(err, stop) || calls != 1 {
			t.Errorf("export with failing writer: %d calls, %v", calls, err)
		}

		table, err := d.Table(ctx, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		if len(table) != len(all) {
			t.Fatalf("table has %d rows, want %d", len(table), len(all))
		}
		for i := 1; i < len(table); i++ {
			if table[i-1].DomainHash >= table[i].DomainHash {
				t.Fatalf("table not ordered by hash at %d", i)
			}
		}
		latest := table[0].CheckedAt
		for _, e := range table {
			if e.CheckedAt.After(latest) {
				latest = e.CheckedAt
			}
		}
		delta, err := d.Table(ctx, latest.Add(-time.Nanosecond))
		if err != nil {
			t.Fatal(err)
		}
		if len(delta) == 0 || len(delta) >= len(table) {
			t.Errorf("delta since the last check has %d rows of %d", len(delta), len(table))
		}
		for _, e := range delta {
			if !e.UpdatedAt.After(latest.Add(-time.Nanosecond)) {
				t.Errorf("delta row updated %v", e.UpdatedAt)
			}
		}
		none, err := d.Table(ctx, latest)
		if err != nil || len(none) != 0 {
			t.Errorf("Table(after everything) = %d rows, %v", len(none), err)
		}
	})
}

func TestRecentChanges(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		clk := newClock(d)
		a := mustSite(t, d, "bücher.de")
		b := mustSite(t, d, "example.org")

		mustRecord(t, d, a.ID, newVersion(fixture(t, "policy-v1.md"), 81, legible.GradeB, "r1"))
		clk.advance(time.Hour)
		mustRecord(t, d, b.ID, newVersion("other site", 50, legible.GradeC, "r1"))
		clk.advance(time.Hour)
		mustRecord(t, d, a.ID, newVersion(fixture(t, "policy-v1.md"), 81, legible.GradeB, "r1")) // unchanged
		clk.advance(time.Hour)
		v2 := mustRecord(t, d, a.ID, newVersion(fixture(t, "policy-v2.md"), 40, legible.GradeD, "r1"))
		clk.advance(time.Hour)
		v3 := mustRecord(t, d, a.ID, newVersion("third text", 60, legible.GradeB, "r2"))

		all, err := d.RecentChanges(ctx, "", 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != 4 {
			t.Fatalf("%d changes, want 4: %+v", len(all), all)
		}
		if all[0].VersionID != v3.Version.ID || all[1].VersionID != v2.Version.ID || all[2].Domain != "example.org" {
			t.Errorf("changes not newest first: %+v", all)
		}
		c := all[1]
		if c.PreviousID == nil || *c.PreviousID != v2.Previous.ID || c.Score == nil || *c.Score != 40 ||
			c.PreviousScore == nil || *c.PreviousScore != 81 || c.PreviousGrade == nil || *c.PreviousGrade != legible.GradeB {
			t.Errorf("change to v2 = %+v", c)
		}
		if all[0].PreviousScore != nil {
			t.Errorf("score compared across rubrics: %+v", all[0])
		}
		if all[3].PreviousID != nil || all[3].UnicodeDomain != "bücher.de" {
			t.Errorf("first version = %+v", all[3])
		}

		one, err := d.RecentChanges(ctx, "xn--bcher-kva.de", 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(one) != 2 || one[0].VersionID != v3.Version.ID || one[1].Domain != "xn--bcher-kva.de" {
			t.Errorf("changes of one site = %+v", one)
		}
		_, err = d.RecentChanges(ctx, "nowhere.example", 10)
		wantErr(t, err, legible.ErrNotFound)
	})
}
