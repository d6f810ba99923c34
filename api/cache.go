package api

import (
	"context"
	"fmt"
	"log/slog"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/legible-app/legible"
)

// refreshOverlap re-reads rows updated shortly before the newest one seen,
// so rows written with the same timestamp as the last refresh are not missed.
const refreshOverlap = 2 * time.Second

// fullEvery makes every n-th periodic refresh reload the whole table.
const fullEvery = 20

// lookupCache keeps the compact table and the encoded JSON of every lookup
// bucket in memory, so the private lookup and the table are served without
// touching the database. The first load builds every bucket in one pass; it
// is then refreshed from Store.Table periodically and when told that scores
// changed, and the buckets whose sites changed are read again.
type lookupCache struct {
	store lookupStore
	log   *slog.Logger

	refreshMu sync.Mutex // serialises refreshes
	wake      chan struct{}

	mu      sync.RWMutex
	loaded  bool
	entries map[string]legible.TableEntry // by domain hash
	counts  map[string]int                // sites per 4-hex prefix
	buckets map[string][]byte             // encoded lookup responses by prefix
	gen     uint64                        // bumped whenever buckets are evicted
	since   time.Time                     // newest UpdatedAt seen

	snap atomic.Pointer[tableSnapshot]
	// warming is true while run does its first load.
	warming atomic.Bool
}

func newLookupCache(store lookupStore, log *slog.Logger) *lookupCache {
	return &lookupCache{
		store:   store,
		log:     log,
		wake:    make(chan struct{}, 1),
		entries: make(map[string]legible.TableEntry),
		counts:  make(map[string]int),
		buckets: make(map[string][]byte),
	}
}

// run refreshes the cache every interval, and soon after notify, until ctx ends.
func (c *lookupCache) run(ctx context.Context, every time.Duration) {
	c.warming.Store(true)
	if err := c.refresh(ctx, true); err != nil && ctx.Err() == nil {
		c.log.Error("load lookup table", "error", err)
	}
	c.warming.Store(false)
	t := time.NewTicker(every)
	defer t.Stop()
	for n := 1; ; n++ {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-c.wake:
		}
		if err := c.refresh(ctx, n%fullEvery == 0); err != nil && ctx.Err() == nil {
			c.log.Error("refresh lookup table", "error", err)
		}
	}
}

// notify asks run for a refresh without waiting for it.
func (c *lookupCache) notify() {
	select {
	case c.wake <- struct{}{}:
	default:
	}
}

// ensure loads the table if it was never loaded.
func (c *lookupCache) ensure(ctx context.Context) error {
	c.mu.RLock()
	loaded := c.loaded
	c.mu.RUnlock()
	if loaded {
		return nil
	}
	return c.refresh(ctx, true)
}

// refresh reads the rows changed since the last refresh (or all rows when
// full), evicts the buckets they fall in and rebuilds the table snapshot.
func (c *lookupCache) refresh(ctx context.Context, full bool) error {
	c.refreshMu.Lock()
	defer c.refreshMu.Unlock()

	c.mu.RLock()
	loaded, since := c.loaded, c.since
	c.mu.RUnlock()
	full = full || !loaded
	if full {
		since = time.Time{}
	} else if !since.IsZero() {
		since = since.Add(-refreshOverlap)
	}
	rows, err := c.store.Table(ctx, since)
	if err != nil {
		return fmt.Errorf("refresh lookup table: %w", err)
	}

	c.mu.Lock()
	first := !c.loaded
	changed := c.merge(rows, full)
	rebuild := len(changed) > 0 || first || c.snap.Load() == nil
	c.loaded = true
	var all []legible.TableEntry
	if rebuild {
		all = make([]legible.TableEntry, 0, len(c.entries))
		for _, e := range c.entries {
			all = append(all, e)
		}
	}
	c.mu.Unlock()

	if rebuild {
		snap, err := buildSnapshot(all, time.Now())
		if err != nil {
			return fmt.Errorf("refresh lookup table: %w", err)
		}
		c.snap.Store(snap)
		c.log.Debug("lookup table rebuilt", "sites", len(all), "changed_buckets", len(changed))
	}
	if first || len(changed) > bulkReload {
		return c.loadAllBuckets(ctx)
	}
	for p := range changed {
		if _, err := c.bucket(ctx, p); err != nil {
			return fmt.Errorf("refresh lookup table: %w", err)
		}
	}
	return nil
}

// merge applies rows to the entries (replacing them all when full) and
// returns the prefixes whose content changed. c.mu must be held.
func (c *lookupCache) merge(rows []legible.TableEntry, full bool) map[string]bool {
	changed := make(map[string]bool)
	if full {
		fresh := make(map[string]legible.TableEntry, len(rows))
		for _, r := range rows {
			fresh[r.DomainHash] = r
		}
		for h, old := range c.entries {
			if r, ok := fresh[h]; !ok || !sameEntry(old, r) {
				changed[prefixOf(h)] = true
			}
		}
		for h := range fresh {
			if _, ok := c.entries[h]; !ok {
				changed[prefixOf(h)] = true
			}
		}
		c.entries = fresh
	} else {
		for _, r := range rows {
			if old, ok := c.entries[r.DomainHash]; !ok || !sameEntry(old, r) {
				c.entries[r.DomainHash] = r
				changed[prefixOf(r.DomainHash)] = true
			}
		}
	}
	for _, r := range rows {
		if r.UpdatedAt.After(c.since) {
			c.since = r.UpdatedAt
		}
	}
	if len(changed) > 0 {
		counts := make(map[string]int, len(c.counts)+len(changed))
		for h := range c.entries {
			counts[prefixOf(h)]++
		}
		c.counts = counts
		for p := range changed {
			delete(c.buckets, p)
		}
		c.gen++
	}
	return changed
}

func sameEntry(a, b legible.TableEntry) bool {
	return a.DomainHash == b.DomainHash && a.Grade == b.Grade && a.Score == b.Score && a.Status == b.Status &&
		a.ReadingMin == b.ReadingMin && a.CheckedAt.Equal(b.CheckedAt) && a.UpdatedAt.Equal(b.UpdatedAt)
}

func prefixOf(hash string) string {
	if len(hash) < 4 {
		return hash
	}
	return hash[:4]
}

// sortEntries orders entries by hash, for stable output.
func sortEntries(es []legible.TableEntry) {
	sort.Slice(es, func(i, j int) bool { return es[i].DomainHash < es[j].DomainHash })
}
