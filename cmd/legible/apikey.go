package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
)

func init() {
	register(command{
		name:    "apikey",
		summary: "manage API keys (legible apikey create|list|revoke)",
		run:     runAPIKey,
	})
}

const apikeyUsage = "Usage: legible apikey create [--db DSN] NAME\n" +
	"       legible apikey list [--db DSN]\n" +
	"       legible apikey revoke [--db DSN] NAME"

// runAPIKey handles `legible apikey create|list|revoke`. A new key is
// printed once (only its hash is stored); a revoked key is refused by
// running servers at once.
func runAPIKey(ctx context.Context, e *env, args []string) error {
	usageErr := &exitError{code: 2, err: errors.New(strings.ReplaceAll(apikeyUsage, "Usage: ", "usage: "))}
	if len(args) == 0 {
		return usageErr
	}
	var sub func(context.Context, *env, *db.DB, []string) error
	switch args[0] {
	case "-h", "--help":
		fmt.Fprintln(e.stdout, apikeyUsage)
		return nil
	case "create":
		sub = apikeyCreate
	case "list":
		sub = apikeyList
	case "revoke":
		sub = apikeyRevoke
	default:
		return usageErr
	}
	wantArgs, usage := 1, "apikey "+args[0]+" [--db DSN] NAME"
	if args[0] == "list" {
		wantArgs, usage = 0, "apikey list [--db DSN]"
	}
	fs := newFlagSet(e, "apikey "+args[0], usage)
	dsn := fs.String("db", envOr(e, "LEGIBLE_DB", db.DefaultSQLiteFile), "SQLite file or postgres:// DSN (env LEGIBLE_DB)")
	rest, err := parseInterspersed(fs, args[1:])
	if err != nil {
		return err
	}
	if len(rest) != wantArgs || (wantArgs == 1 && strings.TrimSpace(rest[0]) == "") {
		return usageErr
	}
	store, err := db.Open(ctx, *dsn, e.log)
	if err != nil {
		return fmt.Errorf("open database: %w", err)
	}
	defer store.Close()
	return sub(ctx, e, store, rest)
}

func apikeyCreate(ctx context.Context, e *env, store *db.DB, args []string) error {
	name := strings.TrimSpace(args[0])
	key, err := store.CreateAPIKey(ctx, name)
	if err != nil {
		return fmt.Errorf("create API key: %w", err)
	}
	fmt.Fprintln(e.stdout, key)
	fmt.Fprintf(e.stderr, "API key %q created; it is shown only once. Send it as \"Authorization: Bearer KEY\".\n", name)
	return nil
}

func apikeyList(ctx context.Context, e *env, store *db.DB, _ []string) error {
	keys, err := store.ListAPIKeys(ctx)
	if err != nil {
		return fmt.Errorf("list API keys: %w", err)
	}
	if len(keys) == 0 {
		fmt.Fprintln(e.stderr, "no API keys")
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tCREATED")
	for _, k := range keys {
		fmt.Fprintf(tw, "%s\t%s\n", k.Name, k.CreatedAt.UTC().Format(time.RFC3339))
	}
	return tw.Flush()
}

func apikeyRevoke(ctx context.Context, e *env, store *db.DB, args []string) error {
	name := strings.TrimSpace(args[0])
	n, err := store.RevokeAPIKey(ctx, name)
	if errors.Is(err, legible.ErrNotFound) {
		return &exitError{code: 1, err: fmt.Errorf("no API key named %q (see legible apikey list)", name)}
	}
	if err != nil {
		return fmt.Errorf("revoke API key: %w", err)
	}
	fmt.Fprintf(e.stderr, "revoked %d API key(s) named %q; servers refuse them from now on.\n", n, name)
	return nil
}
