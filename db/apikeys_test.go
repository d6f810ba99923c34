package db_test

import (
	"context"
	"strings"
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

func TestAPIKeys(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		key, err := d.CreateAPIKey(ctx, "newsroom")
		if err != nil {
			t.Fatal(err)
		}
		other, err := d.CreateAPIKey(ctx, "auditor")
		if err != nil || other == key {
			t.Fatalf("second key %q, %v", other, err)
		}
		name, err := d.CheckAPIKey(ctx, key)
		if err != nil || name != "newsroom" {
			t.Errorf("CheckAPIKey = %q, %v", name, err)
		}
		for _, bad := range []string{"", "lgb_", key + "x", key[:len(key)-1], strings.ToUpper(key), "Bearer " + key} {
			_, err := d.CheckAPIKey(ctx, bad)
			wantErr(t, err, legible.ErrUnauthorized)
		}
		var stored []string
		if err := d.SQL().Select(&stored, "SELECT key_hash FROM api_keys"); err != nil {
			t.Fatal(err)
		}
		for _, h := range stored {
			if h == key || h == other || strings.Contains(h, key[4:]) {
				t.Errorf("a clear key is stored")
			}
		}
		_, err = d.CreateAPIKey(ctx, "  ")
		wantErr(t, err, legible.ErrInvalid)
	})
}
