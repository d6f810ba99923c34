// Package dbtest opens throw-away Legible databases for tests: a SQLite file
// in the test's temporary directory always, and a fresh PostgreSQL schema
// when the environment variable LEGIBLE_TEST_POSTGRES holds a DSN.
package dbtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver

	"github.com/legible-app/legible/db"
)

// PostgresEnv names the environment variable holding the PostgreSQL DSN for tests.
const PostgresEnv = "LEGIBLE_TEST_POSTGRES"

// Open returns a migrated SQLite database in t.TempDir(), closed when the
// test ends.
func Open(t testing.TB) *db.DB {
	t.Helper()
	return OpenDSN(t, filepath.Join(t.TempDir(), "legible.db"))
}

// OpenPostgres returns a migrated database in a new PostgreSQL schema,
// dropped when the test ends; it skips the test when LEGIBLE_TEST_POSTGRES
// is unset.
func OpenPostgres(t testing.TB) *db.DB {
	t.Helper()
	return OpenDSN(t, PostgresDSN(t))
}

// OpenDSN opens dsn with db.Open and closes it when the test ends.
func OpenDSN(t testing.TB, dsn string) *db.DB {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d, err := db.Open(ctx, dsn, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("dbtest: open %s: %v", redact(dsn), err)
	}
	t.Cleanup(func() {
		if err := d.Close(); err != nil {
			t.Errorf("dbtest: close: %v", err)
		}
	})
	return d
}

// Each runs fn as a subtest on a fresh SQLite database and, when
// LEGIBLE_TEST_POSTGRES is set, on a fresh PostgreSQL schema.
func Each(t *testing.T, fn func(t *testing.T, d *db.DB)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) { fn(t, Open(t)) })
	if os.Getenv(PostgresEnv) != "" {
		t.Run("postgres", func(t *testing.T) { fn(t, OpenPostgres(t)) })
	}
}

// PostgresDSN creates a schema named t_<random> on the server in
// LEGIBLE_TEST_POSTGRES, drops it when the test ends, and returns a DSN whose
// search_path selects it; tests of several packages share the server without
// seeing each other's tables. It skips the test when the variable is unset.
func PostgresDSN(t testing.TB) string {
	t.Helper()
	base := os.Getenv(PostgresEnv)
	if base == "" {
		t.Skipf("dbtest: %s not set", PostgresEnv)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("dbtest: %s: %v", PostgresEnv, err)
	}
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatalf("dbtest: random: %v", err)
	}
	schema := "t_" + hex.EncodeToString(b[:])

	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("dbtest: open %s: %v", redact(base), err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		admin.Close()
		t.Fatalf("dbtest: create schema: %v", err)
	}
	t.Cleanup(func() {
		defer admin.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := admin.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("dbtest: drop schema %s: %v", schema, err)
		}
	})
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// redact hides a DSN's password in messages.
func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil || u.User == nil {
		return dsn
	}
	return u.Redacted()
}

// MustExec runs a statement on d's raw handle, failing the test on error.
func MustExec(t testing.TB, d *db.DB, query string, args ...any) {
	t.Helper()
	if _, err := d.SQL().Exec(d.SQL().Rebind(query), args...); err != nil {
		t.Fatalf("dbtest: %s: %v", query, err)
	}
}

// Count returns the number of rows of table, failing the test on error.
func Count(t testing.TB, d *db.DB, table string) int {
	t.Helper()
	var n int
	if err := d.SQL().Get(&n, fmt.Sprintf("SELECT COUNT(*) FROM %s", table)); err != nil {
		t.Fatalf("dbtest: count %s: %v", table, err)
	}
	return n
}
