package db_test

import (
	"errors"
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

func TestListAndRevokeAPIKeys(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) { testListAndRevokeAPIKeys(t, d) })
}

func testListAndRevokeAPIKeys(t *testing.T, d *db.DB) {
	ctx := t.Context()
	keep, err := d.CreateAPIKey(ctx, "newsroom")
	if err != nil {
		t.Fatal(err)
	}
	gone, err := d.CreateAPIKey(ctx, "intern")
	if err != nil {
		t.Fatal(err)
	}
	keys, err := d.ListAPIKeys(ctx)
	if err != nil || len(keys) != 2 || keys[0].Name != "newsroom" || keys[1].Name != "intern" || keys[0].CreatedAt.IsZero() {
		t.Fatalf("ListAPIKeys = %+v, %v", keys, err)
	}
	if n, err := d.RevokeAPIKey(ctx, "intern"); err != nil || n != 1 {
		t.Fatalf("RevokeAPIKey = %d, %v", n, err)
	}
	if _, err := d.CheckAPIKey(ctx, gone); !errors.Is(err, legible.ErrUnauthorized) {
		t.Errorf("revoked key: err = %v, want ErrUnauthorized", err)
	}
	if name, err := d.CheckAPIKey(ctx, keep); err != nil || name != "newsroom" {
		t.Errorf("kept key: %q, %v", name, err)
	}
	if _, err := d.RevokeAPIKey(ctx, "intern"); !errors.Is(err, legible.ErrNotFound) {
		t.Errorf("revoking twice: err = %v, want ErrNotFound", err)
	}
}
