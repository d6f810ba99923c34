package db_test

import (
	"context"
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

// TestRenderedVersions: the rendered flag is stored with a new version and
// read back by every query; a re-render of the same text adds no version
// and leaves the flag of the stored one.
func TestRenderedVersions(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		site := mustSite(t, d, "script.example")
		text := fixture(t, "policy-v1.md")

		plain := newVersion(text, 80, legible.GradeB, "r1")
		rec := mustRecord(t, d, site.ID, plain)
		if rec.Version.Rendered {
			t.Error("a plain version reads back as rendered")
		}
		rendered := newVersion(fixture(t, "policy-v2.md"), 70, legible.GradeC, "r1")
		rendered.Rendered = true
		rec = mustRecord(t, d, site.ID, rendered)
		if !rec.Created || !rec.Version.Rendered {
			t.Fatalf("rendered record = created %v, rendered %v", rec.Created, rec.Version.Rendered)
		}
		again := rendered
		if rec2 := mustRecord(t, d, site.ID, again); rec2.Created || rec2.Version.ID != rec.Version.ID || !rec2.Version.Rendered {
			t.Errorf("re-render of the same text = %+v", rec2)
		}

		v, err := d.Version(ctx, rec.Version.ID)
		if err != nil || !v.Rendered {
			t.Errorf("Version = rendered %v, %v", v.Rendered, err)
		}
		hist, err := d.History(ctx, site.ID)
		if err != nil || len(hist) != 2 {
			t.Fatalf("History: %d entries, %v", len(hist), err)
		}
		flags := map[int64]bool{}
		for _, h := range hist {
			flags[h.Version.ID] = h.Version.Rendered
		}
		if !flags[rec.Version.ID] || len(flags) != 2 {
			t.Errorf("history flags = %v, want only version %d rendered", flags, rec.Version.ID)
		}
		for id, r := range flags {
			if id != rec.Version.ID && r {
				t.Errorf("plain version %d reads back as rendered", id)
			}
		}
		detail, err := d.SiteDetail(ctx, "script.example")
		if err != nil || len(detail.Documents) != 1 || !detail.Documents[0].Version.Rendered {
			t.Errorf("SiteDetail = %+v, %v; want the latest version rendered", detail.Documents, err)
		}
	})
}
