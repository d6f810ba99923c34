package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/legible-app/legible/db"
)

func init() {
	register(command{
		name:    "apikey",
		summary: "create API keys (legible apikey create NAME)",
		run:     runAPIKey,
	})
}

// runAPIKey handles `legible apikey create [--db DSN] NAME`: it prints a new
// key once; only its hash is stored.
func runAPIKey(ctx context.Context, e *env, args []string) error {
	usageErr := &exitError{code: 2, err: fmt.Errorf("usage: legible apikey create [--db DSN] NAME")}
	if len(args) == 0 || args[0] != "create" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			fmt.Fprintln(e.stdout, "Usage: legible apikey create [--db DSN] NAME")
			return nil
		}
		return usageErr
	}
	fs := newFlagSet(e, "apikey create", "apikey create [--db DSN] NAME")
	dsn := fs.String("db", envOr(e, "LEGIBLE_DB", db.DefaultSQLiteFile), "SQLite file or postgres:// DSN (env LEGIBLE_DB)")
	rest, err := parseInterspersed(fs, args[1:])
	if err != nil {
		return err
	}
	if len(rest) != 1 || strings.TrimSpace(rest[0]) == "" {
		return usageErr
	}
	name := strings.TrimSpace(rest[0])
	store, err := db.Open(ctx, *dsn, e.log)
	if err != nil {
		return fmt.Errorf("open database: %w", err)
	}
	defer store.Close()
	key, err := store.CreateAPIKey(ctx, name)
	if err != nil {
		return fmt.Errorf("create API key: %w", err)
	}
	fmt.Fprintln(e.stdout, key)
	fmt.Fprintf(e.stderr, "API key %q created; it is shown only once. Send it as \"Authorization: Bearer KEY\".\n", name)
	return nil
}
