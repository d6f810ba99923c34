package db

import (
	"context"
	"time"
)

// SetClock makes d read the time from now.
func SetClock(d *DB, now func() time.Time) { d.now = now }

// SetFailpoint makes d call fn at the named points inside write transactions.
func SetFailpoint(d *DB, fn func(ctx context.Context, point string) error) { d.failpoint = fn }

// Failpoint names, for tests.
const (
	PointAfterDocument = pointAfterDocument
	PointAfterVersion  = pointAfterVersion
)

// SetSeedBatch changes how many sites SeedSynthetic writes per transaction.
func SetSeedBatch(n int) { seedBatchSize = n }

// MigrateDownTo rolls d's schema back to version, for upgrade tests.
func MigrateDownTo(ctx context.Context, d *DB, version int64) error {
	p, err := d.provider()
	if err != nil {
		return err
	}
	_, err = p.DownTo(ctx, version)
	return err
}
