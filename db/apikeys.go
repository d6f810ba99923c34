package db

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/jmoiron/sqlx"

	"github.com/legible-app/legible"
)

// apiKeyPrefix starts every key, so a leaked one is easy to recognise.
const apiKeyPrefix = "lgb_"

// hashAPIKey returns the hex SHA-256 stored for a key; the clear key is
// never stored. Keys carry 256 random bits, so a fast hash is enough.
func hashAPIKey(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])
}

// CreateAPIKey stores a new key (hashed) under name and returns the key in
// clear; it cannot be recovered later.
func (d *DB) CreateAPIKey(ctx context.Context, name string) (string, error) {
	const op = "db.CreateAPIKey"
	name = strings.TrimSpace(name)
	if name == "" {
		return "", fmt.Errorf("%s: empty name: %w", op, legible.ErrInvalid)
	}
	var secret [32]byte
	if _, err := rand.Read(secret[:]); err != nil {
		return "", fmt.Errorf("%s: random: %w", op, err)
	}
	key := apiKeyPrefix + base64.RawURLEncoding.EncodeToString(secret[:])
	err := d.inTx(ctx, op, func(tx *sqlx.Tx) error {
		_, err := tx.ExecContext(ctx, d.q(`INSERT INTO api_keys (name, key_hash, created_at) VALUES (?, ?, ?)`),
			name, hashAPIKey(key), d.clock())
		if err != nil {
			return fmt.Errorf("insert key %q: %w", name, err)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	return key, nil
}

// CheckAPIKey returns the name of the key, or ErrUnauthorized. The stored
// hash is compared in constant time.
func (d *DB) CheckAPIKey(ctx context.Context, key string) (string, error) {
	const op = "db.CheckAPIKey"
	if !strings.HasPrefix(key, apiKeyPrefix) || len(key) > 256 {
		return "", fmt.Errorf("%s: %w", op, legible.ErrUnauthorized)
	}
	want := hashAPIKey(key)
	var row struct {
		Name    string `db:"name"`
		KeyHash string `db:"key_hash"`
	}
	err := d.x.GetContext(ctx, &row, d.q(`SELECT name, key_hash FROM api_keys WHERE key_hash = ?`), want)
	if err != nil {
		if isNotFound(err) {
			return "", fmt.Errorf("%s: %w", op, legible.ErrUnauthorized)
		}
		return "", fmt.Errorf("%s: %w", op, err)
	}
	if subtle.ConstantTimeCompare([]byte(row.KeyHash), []byte(want)) != 1 {
		return "", fmt.Errorf("%s: %w", op, legible.ErrUnauthorized)
	}
	return row.Name, nil
}
