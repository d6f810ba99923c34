package db_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

func TestOpenMigratesOnceSQLite(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	for _, dsn := range []string{path, "sqlite:" + path, "file:" + path + "?_pragma=synchronous(FULL)"} {
		d, err := db.Open(ctx, dsn, nil)
		if err != nil {
			t.Fatalf("Open(%q): %v", dsn, err)
		}
		if dsn == path {
			if len(d.Applied()) == 0 {
				t.Errorf("first Open applied no migration")
			}
		} else if len(d.Applied()) != 0 {
			t.Errorf("Open(%q) applied %v again", dsn, d.Applied())
		}
		if d.Dialect() != db.DialectSQLite {
			t.Errorf("Dialect = %q", d.Dialect())
		}
		var mode string
		if err := d.SQL().Get(&mode, "PRAGMA journal_mode"); err != nil || mode != "wal" {
			t.Errorf("journal_mode = %q, %v; want wal", mode, err)
		}
		var fk int
		if err := d.SQL().Get(&fk, "PRAGMA foreign_keys"); err != nil || fk != 1 {
			t.Errorf("foreign_keys = %d, %v; want 1", fk, err)
		}
		wantSync := 1 // NORMAL, unless the DSN says otherwise
		if dsn != path && dsn != "sqlite:"+path {
			wantSync = 2
		}
		var sync int
		if err := d.SQL().Get(&sync, "PRAGMA synchronous"); err != nil || sync != wantSync {
			t.Errorf("%s: synchronous = %d, %v; want %d", dsn, sync, err, wantSync)
		}
		if err := d.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestMigrationsIdempotent(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		v, err := d.SchemaVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if v < 1 {
			t.Fatalf("SchemaVersion = %d, want >= 1", v)
		}
		applied, err := d.Migrate(ctx)
		if err != nil {
			t.Fatalf("second Migrate: %v", err)
		}
		if len(applied) != 0 {
			t.Errorf("second Migrate applied %v", applied)
		}
		if n := dbtest.Count(t, d, "legible_migrations"); n < 2 {
			t.Errorf("migration table has %d rows", n)
		}
		if err := d.Ping(ctx); err != nil {
			t.Error(err)
		}
	})
}

func TestOpenBadDSN(t *testing.T) {
	ctx := context.Background()
	if _, err := db.Open(ctx, "file:?x=1", nil); err == nil {
		t.Error("Open of a DSN without a path succeeded")
	}
	if _, err := db.Open(ctx, filepath.Join(t.TempDir(), "missing-dir", "x.db"), nil); err == nil {
		t.Error("Open in a missing directory succeeded")
	}
}

// Processes starting together on a new SQLite file (a server and a crawler)
// all open it: one migrates, the others find the schema in place.
func TestOpenConcurrentlyOnNewSQLiteFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "race.db")
	const n = 4
	errs := make(chan error, n)
	for range n {
		go func() {
			d, err := db.Open(context.Background(), path, nil)
			if err == nil {
				err = d.Close()
			}
			errs <- err
		}()
	}
	for range n {
		if err := <-errs; err != nil {
			t.Errorf("concurrent Open: %v", err)
		}
	}
}

func TestOpenInMemory(t *testing.T) {
	ctx := context.Background()
	d := dbtest.OpenDSN(t, ":memory:")
	if _, err := d.UpsertSite(ctx, legible.Site{Domain: "example.org"}); err != nil {
		t.Fatal(err)
	}
	if _, err := d.FindSite(ctx, "example.org"); err != nil {
		t.Fatal(err)
	}
}
