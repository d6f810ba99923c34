package dbtest_test

import (
	"context"
	"os"
	"testing"

	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

func TestEachRunsEveryConfiguredBackend(t *testing.T) {
	seen := map[string]bool{}
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		if err := d.Ping(context.Background()); err != nil {
			t.Fatal(err)
		}
		seen[d.Dialect()] = true
		if n := dbtest.Count(t, d, "sites"); n != 0 {
			t.Errorf("fresh database has %d sites", n)
		}
	})
	if !seen[db.DialectSQLite] {
		t.Error("Each did not run on SQLite")
	}
	if os.Getenv(dbtest.PostgresEnv) != "" && !seen[db.DialectPostgres] {
		t.Error("Each did not run on PostgreSQL although it is configured")
	}
}

func TestPostgresSkipsWhenUnset(t *testing.T) {
	t.Setenv(dbtest.PostgresEnv, "")
	ran := false
	t.Run("inner", func(t *testing.T) {
		dbtest.OpenPostgres(t)
		ran = true
	})
	if ran {
		t.Error("OpenPostgres did not skip without a DSN")
	}
}

// Each test's PostgreSQL schema is its own: two open at once do not share tables.
func TestPostgresSchemasAreIsolated(t *testing.T) {
	if os.Getenv(dbtest.PostgresEnv) == "" {
		t.Skip(dbtest.PostgresEnv + " not set")
	}
	a, b := dbtest.OpenPostgres(t), dbtest.OpenPostgres(t)
	dbtest.MustExec(t, a, "INSERT INTO api_keys (name, key_hash, created_at) VALUES (?, ?, CURRENT_TIMESTAMP)", "a", "h")
	if n := dbtest.Count(t, b, "api_keys"); n != 0 {
		t.Errorf("second schema sees %d rows of the first", n)
	}
}
