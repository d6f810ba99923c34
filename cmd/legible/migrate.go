package main

import (
	"context"
	"fmt"

	"github.com/legible-app/legible/db"
)

func init() {
	register(command{
		name:    "migrate",
		summary: "create or update the database schema",
		run:     runMigrate,
	})
}

// runMigrate handles `legible migrate [--db DSN]`: it applies pending
// migrations and prints each one it applied, then the schema version.
func runMigrate(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "migrate", "migrate [--db DSN]")
	dsn := fs.String("db", envOr(e, "LEGIBLE_DB", db.DefaultSQLiteFile), "SQLite file or postgres:// DSN (env LEGIBLE_DB)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return &exitError{code: 2, err: fmt.Errorf("unexpected arguments %q", fs.Args())}
	}
	store, err := db.Open(ctx, *dsn, e.log)
	if err != nil {
		return fmt.Errorf("open database: %w", err)
	}
	defer store.Close()
	applied := store.Applied()
	for _, m := range applied {
		fmt.Fprintf(e.stdout, "applied %s\n", m)
	}
	version, err := store.SchemaVersion(ctx)
	if err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if len(applied) == 0 {
		fmt.Fprintf(e.stdout, "%s schema up to date at version %d\n", store.Dialect(), version)
		return nil
	}
	fmt.Fprintf(e.stdout, "%s schema now at version %d\n", store.Dialect(), version)
	return nil
}
