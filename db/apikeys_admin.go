package db

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/legible-app/legible"
)

// APIKey describes a stored API key; the key itself is never kept.
type APIKey struct {
	ID        int64     `db:"id"`
	Name      string    `db:"name"`
	CreatedAt time.Time `db:"created_at"`
}

// ListAPIKeys returns the stored keys, oldest first.
func (d *DB) ListAPIKeys(ctx context.Context) ([]APIKey, error) {
	const op = "db.ListAPIKeys"
	var keys []APIKey
	if err := d.x.SelectContext(ctx, &keys, d.q(`SELECT id, name, created_at FROM api_keys ORDER BY created_at, id`)); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	return keys, nil
}

// RevokeAPIKey deletes every key named name and returns how many there
// were; none is legible.ErrNotFound. A revoked key fails CheckAPIKey at once.
func (d *DB) RevokeAPIKey(ctx context.Context, name string) (int64, error) {
	const op = "db.RevokeAPIKey"
	name = strings.TrimSpace(name)
	if name == "" {
		return 0, fmt.Errorf("%s: empty name: %w", op, legible.ErrInvalid)
	}
	var n int64
	err := d.inTx(ctx, op, func(tx *sqlx.Tx) error {
		res, err := tx.ExecContext(ctx, d.q(`DELETE FROM api_keys WHERE name = ?`), name)
		if err != nil {
			return fmt.Errorf("delete keys %q: %w", name, err)
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return 0, err
	}
	if n == 0 {
		return 0, fmt.Errorf("%s: no API key named %q: %w", op, name, legible.ErrNotFound)
	}
	return n, nil
}
