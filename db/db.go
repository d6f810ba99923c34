// Package db stores Legible's sites, documents, versions, scores, signals
// and API keys in SQLite (the default, a single file) or
// PostgreSQL, through one set of hand-written queries.
//
// Dialect differences live in the embedded migrations (migrations/sqlite and
// migrations/postgres) and in dialect.go; every other query is written once
// with "?" placeholders and rebound for the backend.
//
// History is never deleted: a document keeps every distinct text it had
// (versions, with the raw snapshot gzip-compressed), each version keeps its
// scores per rubric version, and a site keeps every combined score that
// differed from the one before. Every exported write runs in one
// transaction, so a failed or interrupted write leaves the previous state.
//
// Times are stored in UTC to the microsecond (TIMESTAMPTZ on PostgreSQL,
// sortable text on SQLite) and come back identical from both backends.
package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/legible-app/legible"
)

// Dialect names returned by (*DB).Dialect.
const (
	DialectSQLite   = "sqlite"
	DialectPostgres = "postgres"
)

var _ legible.CrawlStore = (*DB)(nil)

// DB is a Legible database. It is safe for concurrent use.
type DB struct {
	x       *sqlx.DB
	dialect string
	dsn     string
	log     *slog.Logger
	applied []string

	// writeMu serialises this process's write transactions on SQLite, which
	// admits one writer at a time; other processes wait on busy_timeout.
	writeMu sync.Mutex

	// now returns the current time; tests replace it.
	now func() time.Time
	// failpoint, when set, is called at named points inside write
	// transactions; tests use it to abort a write midway.
	failpoint func(ctx context.Context, point string) error
}

// Open connects to the database named by dsn and runs pending migrations.
//
// dsn "" means the SQLite file legible.db in the working directory. A file
// path, a "sqlite:" or "file:" DSN selects SQLite; "postgres://" or
// "postgresql://" selects PostgreSQL.
func Open(ctx context.Context, dsn string, log *slog.Logger) (*DB, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	d := &DB{log: log, dsn: dsn, now: func() time.Time { return time.Now() }}
	var err error
	if isPostgres(dsn) {
		d.dialect = DialectPostgres
		d.x, err = openPostgres(dsn)
	} else {
		d.dialect = DialectSQLite
		d.x, err = openSQLite(dsn)
	}
	if err != nil {
		return nil, fmt.Errorf("db.Open: %w", err)
	}
	if err := d.connect(ctx); err != nil {
		d.x.Close()
		return nil, fmt.Errorf("db.Open: connect to %s: %w", d.dialect, err)
	}
	applied, err := d.Migrate(ctx)
	if err != nil {
		d.x.Close()
		return nil, fmt.Errorf("db.Open: %w", err)
	}
	d.applied = applied
	for _, m := range applied {
		log.Info("db: applied migration", "dialect", d.dialect, "migration", m)
	}
	return d, nil
}

// connect opens the first connection. A new SQLite file is switched to WAL
// by its first connection, which fails with SQLITE_BUSY rather than wait
// while another process does the same: then it tries again, for a while.
func (d *DB) connect(ctx context.Context) error {
	err := d.x.PingContext(ctx)
	for wait := 10 * time.Millisecond; err != nil && isBusy(err) && wait < 5*time.Second; wait *= 2 {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		err = d.x.PingContext(ctx)
	}
	return err
}

// isBusy reports whether err is SQLite's SQLITE_BUSY (the database is locked).
func isBusy(err error) bool {
	var coded interface{ Code() int }
	return errors.As(err, &coded) && coded.Code()&0xff == 5
}

// Close closes the database.
func (d *DB) Close() error {
	if err := d.x.Close(); err != nil {
		return fmt.Errorf("db.Close: %w", err)
	}
	return nil
}

// Dialect returns DialectSQLite or DialectPostgres.
func (d *DB) Dialect() string { return d.dialect }

// SQL returns the underlying connection pool, for tests that inspect
// tables (its placeholders are bound with Rebind).
func (d *DB) SQL() *sqlx.DB { return d.x }

// Conn returns the database/sql pool, for the job queue, which keeps its
// own tables in the same database.
func (d *DB) Conn() *sql.DB { return d.x.DB }

// DSN returns the data source name the database was opened with, for the
// job queue's own PostgreSQL connections.
func (d *DB) DSN() string { return d.dsn }

// Applied returns the names of the migrations Open applied, oldest first.
func (d *DB) Applied() []string { return append([]string(nil), d.applied...) }

// Ping checks that the database answers.
func (d *DB) Ping(ctx context.Context) error {
	if err := d.x.PingContext(ctx); err != nil {
		return fmt.Errorf("db.Ping: %w", err)
	}
	return nil
}

// clock returns the current time as stored: UTC, to the microsecond.
func (d *DB) clock() time.Time { return dbTime(d.now()) }

// dbTime normalises t to what both backends store and return identically:
// UTC, truncated to the microsecond.
func dbTime(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }

// hit calls the test failpoint named point, if any.
func (d *DB) hit(ctx context.Context, point string) error {
	if d.failpoint == nil {
		return nil
	}
	return d.failpoint(ctx, point)
}
