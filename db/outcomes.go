package db

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/legible-app/legible"
)

// maxOutcomeDetail bounds the stored reason of a failed crawl.
const maxOutcomeDetail = 300

// SaveCrawlOutcome records how the latest crawl of a site ended, creating
// the site (by its domain) when it is new. It also marks the site checked at
// o.CheckedAt (now when zero), so a site without a policy is listed in the
// lookup table with that date and waits for the next periodic crawl.
func (d *DB) SaveCrawlOutcome(ctx context.Context, domain string, o legible.CrawlOutcome) error {
	const op = "db.SaveCrawlOutcome"
	if !o.Status.Valid() {
		return fmt.Errorf("%s: status %q: %w", op, o.Status, legible.ErrInvalid)
	}
	ascii, uni, err := normalizeSiteName(domain)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	at := d.clock()
	if !o.CheckedAt.IsZero() {
		at = dbTime(o.CheckedAt)
	}
	detail := strings.TrimSpace(o.Detail)
	if len(detail) > maxOutcomeDetail {
		detail = strings.ToValidUTF8(detail[:maxOutcomeDetail], "") + "…"
	}
	hash := legible.DomainHash(ascii)
	return d.inTx(ctx, op, func(tx *sqlx.Tx) error {
		_, err := tx.ExecContext(ctx, d.q(`
			INSERT INTO sites (domain, unicode_domain, domain_hash, hash_prefix, canonical_url, created_at, updated_at)
			VALUES (?, ?, ?, ?, '', ?, ?) ON CONFLICT (domain) DO NOTHING`),
			ascii, uni, hash, hash[:4], at, at)
		if err != nil {
			return fmt.Errorf("create site %s: %w", ascii, err)
		}
		_, err = tx.ExecContext(ctx, d.q(`
			UPDATE sites SET crawl_status = ?, crawl_missing = ?, crawl_detail = ?, crawled_at = ?,
				checked_at = ?, changed_at = COALESCE(changed_at, ?)
			WHERE domain = ?`),
			string(o.Status), legible.JoinKinds(o.Missing), detail, at, at, at, ascii)
		if err != nil {
			return fmt.Errorf("record crawl of %s: %w", ascii, err)
		}
		return nil
	})
}

// crawlOutcome returns the latest crawl outcome of a site, nil when none was recorded.
func (d *DB) crawlOutcome(ctx context.Context, siteID int64) (*legible.CrawlOutcome, error) {
	var r struct {
		Status    string     `db:"crawl_status"`
		Missing   string     `db:"crawl_missing"`
		Detail    string     `db:"crawl_detail"`
		CrawledAt *time.Time `db:"crawled_at"`
	}
	err := d.x.GetContext(ctx, &r, d.q(`SELECT crawl_status, crawl_missing, crawl_detail, crawled_at FROM sites WHERE id = ?`), siteID)
	if err != nil {
		return nil, notFound(err, "site %d", siteID)
	}
	if r.Status == "" || r.CrawledAt == nil {
		return nil, nil
	}
	return &legible.CrawlOutcome{
		Status: legible.CrawlStatus(r.Status), Missing: legible.SplitKinds(r.Missing),
		Detail: r.Detail, CheckedAt: *r.CrawledAt,
	}, nil
}

// listedCondition keeps the sites the lookup, the table and the export list:
// scored ones, and those whose latest crawl found no policy or failed.
const listedCondition = `(s.score_id IS NOT NULL OR s.crawl_status IN ('no_policy', 'failed'))`
