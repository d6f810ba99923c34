package api

import (
	"context"
	"fmt"
	"time"

	"github.com/legible-app/legible"
)

// bucket returns the encoded lookup response for prefix, from memory when
// it can: a prefix holding no site (by the table) is answered without a
// query, others are read once and kept until their sites change.
func (c *lookupCache) bucket(ctx context.Context, prefix string) ([]byte, error) {
	c.mu.RLock()
	body, ok := c.buckets[prefix]
	empty := c.loaded && c.counts[prefix] == 0
	gen := c.gen
	c.mu.RUnlock()
	if ok {
		return body, nil
	}
	if empty {
		return emptyBucket(prefix), nil
	}
	sites, err := c.store.SitesByHashPrefix(ctx, prefix)
	if err != nil {
		return nil, fmt.Errorf("lookup bucket: %w", err)
	}
	body, err = encodeBucket(prefix, sites)
	if body == nil {
		return nil, fmt.Errorf("lookup bucket: %w", err)
	}
	if err != nil {
		c.log.Warn("lookup bucket: site without findings", "error", err)
	}
	c.mu.Lock()
	if c.gen == gen {
		c.buckets[prefix] = body
	}
	c.mu.Unlock()
	return body, nil
}

// entry returns the table row of a domain hash; loaded is false when the
// table was never loaded (the caller must then ask the store).
func (c *lookupCache) entry(hash string) (e legible.TableEntry, found, loaded bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	e, found = c.entries[hash]
	return e, found, c.loaded
}

// snapshot returns the current table snapshot, nil before the first load.
func (c *lookupCache) snapshot() *tableSnapshot { return c.snap.Load() }

// bulkReload is the number of changed buckets above which all buckets are
// rebuilt in one pass instead of one query each.
const bulkReload = 2000

// loadAllBuckets encodes every bucket from one streamed pass over the
// latest site reports, so that lookups never wait for the database.
func (c *lookupCache) loadAllBuckets(ctx context.Context) error {
	c.mu.RLock()
	gen := c.gen
	c.mu.RUnlock()
	start := time.Now()
	sites := make(map[string][]lookupSite)
	bad := 0
	err := c.store.ExportLatest(ctx, func(r legible.SiteSummary) error {
		if len(r.DomainHash) < 4 {
			return nil
		}
		s, err := newLookupSite(r)
		if err != nil {
			bad++
			c.log.Warn("lookup bucket: site without findings", "error", err)
		}
		p := r.DomainHash[:4]
		sites[p] = append(sites[p], s)
		return nil
	})
	if err != nil {
		return fmt.Errorf("load lookup buckets: %w", err)
	}
	buckets := make(map[string][]byte, len(sites))
	for p, ss := range sites {
		body, err := encodeSites(p, ss)
		if err != nil {
			return fmt.Errorf("load lookup buckets: %w", err)
		}
		buckets[p] = body
		delete(sites, p)
	}
	c.mu.Lock()
	if c.gen == gen {
		c.buckets = buckets
	}
	c.mu.Unlock()
	c.log.Info("lookup buckets loaded", "buckets", len(buckets), "unreadable_reports", bad, "duration", time.Since(start).Round(time.Millisecond))
	return nil
}
