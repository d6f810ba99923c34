package db

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"time"

	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
)

// migrationsFS holds the numbered SQL migrations, one folder per dialect.
//
//go:embed migrations/sqlite/*.sql migrations/postgres/*.sql
var migrationsFS embed.FS

// migrationTable records which migrations ran.
const migrationTable = "legible_migrations"

// provider returns a goose provider for d's dialect. Each migration runs in
// its own transaction and is recorded in migrationTable.
func (d *DB) provider() (*goose.Provider, error) {
	sub, err := fs.Sub(migrationsFS, "migrations/"+d.dialect)
	if err != nil {
		return nil, fmt.Errorf("migrations for %s: %w", d.dialect, err)
	}
	opts := []goose.ProviderOption{
		goose.WithTableName(migrationTable),
		goose.WithDisableGlobalRegistry(true),
		goose.WithSlog(d.log),
	}
	dialect := goose.DialectSQLite3
	if d.dialect == DialectPostgres {
		dialect = goose.DialectPostgres
		// Several processes may open the same database at once: one migrates,
		// the others wait.
		locker, err := lock.NewPostgresSessionLocker()
		if err != nil {
			return nil, fmt.Errorf("migration lock: %w", err)
		}
		opts = append(opts, goose.WithSessionLocker(locker))
	}
	p, err := goose.NewProvider(dialect, d.x.DB, sub, opts...)
	if err != nil {
		return nil, fmt.Errorf("migrations: %w", err)
	}
	return p, nil
}

// Migrate applies pending migrations, each in its own transaction, and
// returns the names of those it ran (none when the schema is up to date).
// Open calls it.
func (d *DB) Migrate(ctx context.Context) ([]string, error) {
	if d.dialect == DialectSQLite {
		d.writeMu.Lock()
		defer d.writeMu.Unlock()
	}
	p, err := d.provider()
	if err != nil {
		return nil, fmt.Errorf("db.Migrate: %w", err)
	}
	results, err := p.Up(ctx)
	// SQLite has no lock that spans goose's reading of the applied versions
	// and its applying of the next one: a process that starts alongside
	// another on a new file may find the migration it was about to run
	// already applied, and fail in a transaction that rolled back. Looking
	// again then finds nothing left to do.
	for try := 1; err != nil && d.dialect == DialectSQLite && try <= 3 && ctx.Err() == nil; try++ {
		d.log.Debug("db: retrying migrations", "try", try, "err", err)
		time.Sleep(time.Duration(try) * 50 * time.Millisecond)
		results, err = p.Up(ctx)
	}
	if err != nil {
		return nil, fmt.Errorf("db.Migrate %s: %w", d.dialect, err)
	}
	names := make([]string, 0, len(results))
	for _, r := range results {
		names = append(names, r.Source.Path)
	}
	return names, nil
}

// SchemaVersion returns the number of the latest applied migration.
func (d *DB) SchemaVersion(ctx context.Context) (int64, error) {
	p, err := d.provider()
	if err != nil {
		return 0, fmt.Errorf("db.SchemaVersion: %w", err)
	}
	v, err := p.GetDBVersion(ctx)
	if err != nil {
		return 0, fmt.Errorf("db.SchemaVersion: %w", err)
	}
	return v, nil
}
