package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/queue"
)

func init() {
	register(command{
		name:    "status",
		summary: "show the crawl queue: depth, jobs per state, crawl rate and failures",
		run:     runStatus,
	})
}

func runStatus(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "status", "status [--db DSN] [--format text|json]")
	dsn := fs.String("db", envOr(e, "LEGIBLE_DB", db.DefaultSQLiteFile), "SQLite file or postgres:// DSN (env LEGIBLE_DB)")
	format := fs.String("format", envOr(e, "LEGIBLE_FORMAT", "text"), "output: text or json (env LEGIBLE_FORMAT)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return &exitError{code: 2, err: fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))}
	}
	if *format != "text" && *format != "json" {
		return &exitError{code: 2, err: fmt.Errorf("--format must be text or json, not %q", *format)}
	}
	store, err := db.Open(ctx, *dsn, e.log)
	if err != nil {
		return fmt.Errorf("open database: %w", err)
	}
	defer store.Close()
	q, err := openQueue(ctx, store, queue.Config{}, e)
	if err != nil {
		return err
	}
	defer q.Close(ctx)
	st, err := q.Stats(ctx)
	if err != nil {
		return err
	}
	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	fmt.Fprintf(e.stdout, "queue depth       %d crawls waiting\n", st.Depth)
	fmt.Fprintf(e.stdout, "last hour         %d crawled, %d given up\n", st.CompletedLastHour, st.FailedLastHour)
	fmt.Fprintln(e.stdout, "jobs per state")
	for _, s := range []string{"available", "scheduled", "running", "retryable", "completed", "discarded", "cancelled"} {
		fmt.Fprintf(e.stdout, "  %-15s %d\n", s, st.States[s])
	}
	if len(st.RecentFailures) > 0 {
		fmt.Fprintln(e.stdout, "recent failures")
		for _, f := range st.RecentFailures {
			fmt.Fprintf(e.stdout, "  %s  %-28s %s\n", f.At.Format("2006-01-02 15:04"), f.Domain, f.Error)
		}
	}
	return nil
}
