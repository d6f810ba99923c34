package db

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/legible-app/legible"
)

// SitesDue returns the domains of the sites last crawled before the given
// time, or never scored, oldest first: the input of the periodic re-crawl.
func (d *DB) SitesDue(ctx context.Context, before time.Time) ([]string, error) {
	var out []string
	err := d.x.SelectContext(ctx, &out, d.q(`
		SELECT domain FROM sites
		WHERE checked_at IS NULL OR checked_at < ?
		ORDER BY checked_at, domain`), dbTime(before))
	if err != nil {
		return nil, fmt.Errorf("db.SitesDue: %w", err)
	}
	return out, nil
}

// VersionsWithoutScore returns up to limit stored versions that have no
// score under rubricVersion, after the version id afterID (for paging).
func (d *DB) VersionsWithoutScore(ctx context.Context, rubricVersion string, afterID int64, limit int) ([]legible.UnscoredVersion, error) {
	var out []legible.UnscoredVersion
	err := d.x.SelectContext(ctx, &out, d.q(`
		SELECT v.id AS version_id, doc.site_id, s.domain, doc.kind, v.language, v.text
		FROM versions v
		JOIN documents doc ON doc.id = v.document_id
		JOIN sites s ON s.id = doc.site_id
		WHERE v.id > ?
		  AND NOT EXISTS (SELECT 1 FROM scores sc WHERE sc.version_id = v.id AND sc.rubric_version = ?)
		ORDER BY v.id
		LIMIT ?`), afterID, rubricVersion, limit)
	if err != nil {
		return nil, fmt.Errorf("db.VersionsWithoutScore: %w", err)
	}
	return out, nil
}

// AddScore stores s as a score of a stored version, unless the version has
// one under s.RubricVersion already.
func (d *DB) AddScore(ctx context.Context, versionID int64, s legible.Score) error {
	if err := validateScore(s.Grade, s.RubricVersion, s.Report); err != nil {
		return fmt.Errorf("db.AddScore: %w", err)
	}
	return d.inTx(ctx, "db.AddScore", func(tx *sqlx.Tx) error {
		var n int
		if err := tx.GetContext(ctx, &n, d.q(`SELECT COUNT(*) FROM versions WHERE id = ?`), versionID); err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("version %d: %w", versionID, legible.ErrNotFound)
		}
		return d.addScore(ctx, tx, versionID, s)
	})
}
