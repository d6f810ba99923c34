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
