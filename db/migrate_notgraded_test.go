package db_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
)

// Upgrading a SQLite file with scores to the schema that allows ungraded
// scores rebuilds two tables: every row, and each site's pointer to its latest
// score, must survive it, with foreign keys intact.
func TestMigrationNotGradedKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "upgrade.db")
	d, err := db.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.MigrateDownTo(ctx, d, 4); err != nil {
		t.Fatalf("down to 4: %v", err)
	}
	site := mustSite(t, d, "example.org")
	mustSiteScore(t, d, site.ID, legible.SiteScore{RubricVersion: "r1", Overall: 70, Grade: legible.GradeB, Language: "en", Report: []byte(`{"score":70}`)})
	mustSiteScore(t, d, site.ID, legible.SiteScore{RubricVersion: "r1", Overall: 40, Grade: legible.GradeD, Language: "en", Report: []byte(`{"score":40}`)})
	var before struct {
		ScoreID int64 `db:"score_id"`
		N       int   `db:"n"`
	}
	if err := d.SQL().Get(&before, `SELECT score_id, (SELECT COUNT(*) FROM site_scores) AS n FROM sites WHERE domain = 'example.org'`); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	d, err = db.Open(ctx, path, nil)
	if err != nil {
		t.Fatalf("upgrade: %v", err)
	}
	defer d.Close()
	var after struct {
		ScoreID int64 `db:"score_id"`
		N       int   `db:"n"`
	}
	if err := d.SQL().Get(&after, `SELECT score_id, (SELECT COUNT(*) FROM site_scores) AS n FROM sites WHERE domain = 'example.org'`); err != nil {
		t.Fatal(err)
	}
	if after != before || after.N != 2 {
		t.Errorf("after the upgrade %+v, before %+v", after, before)
	}
	var broken []string
	if err := d.SQL().Select(&broken, `SELECT "table" FROM pragma_foreign_key_check`); err != nil {
		t.Fatal(err)
	}
	if len(broken) > 0 {
		t.Errorf("foreign keys broken in %v", broken)
	}
	detail, err := d.SiteDetail(ctx, "example.org")
	if err != nil {
		t.Fatal(err)
	}
	if detail.Score == nil || detail.Score.Overall != 40 || detail.Score.Grade != legible.GradeD {
		t.Errorf("latest score after the upgrade: %+v", detail.Score)
	}
	mustSiteScore(t, d, site.ID, legible.SiteScore{RubricVersion: "r2", Language: "hi", Report: []byte(`{"score":null,"not_graded":"language"}`)})
}
