package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/jmoiron/sqlx"

	"github.com/legible-app/legible"
)

// inTx runs fn in a write transaction and commits it when fn succeeds; on
// any error, or a panic, nothing fn wrote is kept.
func (d *DB) inTx(ctx context.Context, op string, fn func(tx *sqlx.Tx) error) error {
	if d.dialect == DialectSQLite {
		d.writeMu.Lock()
		defer d.writeMu.Unlock()
	}
	tx, err := d.x.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: begin: %w", op, err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: commit: %w", op, err)
	}
	return nil
}

// q rebinds a query written with "?" placeholders for d's backend.
func (d *DB) q(query string) string { return d.x.Rebind(query) }

// notFound turns sql.ErrNoRows into legible.ErrNotFound, naming what was
// looked for.
func notFound(err error, what string, args ...any) error {
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%s: %w", fmt.Sprintf(what, args...), legible.ErrNotFound)
	}
	return err
}

// isNotFound reports whether err is, or stands for, a missing row.
func isNotFound(err error) bool {
	return errors.Is(err, sql.ErrNoRows) || errors.Is(err, legible.ErrNotFound)
}
