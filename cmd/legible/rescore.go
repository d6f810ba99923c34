package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/rating"
	"github.com/legible-app/legible/scorer"
)

func init() {
	register(command{
		name:    "rescore",
		summary: "score stored versions under the current rubric, without re-crawling",
		run:     runRescore,
	})
}

func runRescore(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "rescore", "rescore [--db DSN]")
	dsn := fs.String("db", envOr(e, "LEGIBLE_DB", db.DefaultSQLiteFile), "SQLite file or postgres:// DSN (env LEGIBLE_DB)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return &exitError{code: 2, err: fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))}
	}
	store, err := db.Open(ctx, *dsn, e.log)
	if err != nil {
		return fmt.Errorf("open database: %w", err)
	}
	defer store.Close()
	versions, sites, err := rating.Rescore(ctx, store, e.log)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "rubric %s: %d versions scored, %d sites re-combined\n", scorer.RubricVersion(), versions, sites)
	return nil
}
