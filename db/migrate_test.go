package db_test

import (
	"testing"

	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

// TestNoCrawlJobsTable: the job queue lives in River's tables only; the
// crawl_jobs table of the first schema is dropped by a migration.
func TestNoCrawlJobsTable(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		var n int
		if err := d.SQL().Get(&n, "SELECT COUNT(*) FROM crawl_jobs"); err == nil {
			t.Error("the crawl_jobs table still exists")
		}
		if err := d.SQL().Get(&n, "SELECT COUNT(*) FROM api_keys"); err != nil {
			t.Errorf("api_keys: %v", err)
		}
	})
}
