package db

import (
	"context"
	"fmt"
	"time"

	"github.com/legible-app/legible"
)

// SiteDetail returns the site with its latest combined score, its signals and
// its documents, each with its latest version (without text) and that
// version's latest score. CheckedAt is when the site was last scored, or
// else when one of its documents was last fetched.
func (d *DB) SiteDetail(ctx context.Context, domain string) (legible.SiteDetail, error) {
	const op = "db.SiteDetail"
	site, err := d.findSite(ctx, domain)
	if err != nil {
		return legible.SiteDetail{}, fmt.Errorf("%s: %w", op, err)
	}
	out := legible.SiteDetail{Site: site, Documents: []legible.DocumentState{}}
	var checked *time.Time
	if out.Score, checked, err = d.currentSiteScore(ctx, site.ID); err != nil {
		return legible.SiteDetail{}, fmt.Errorf("%s: %w", op, err)
	}
	if out.Signals, err = d.signals(ctx, site.ID); err != nil {
		return legible.SiteDetail{}, fmt.Errorf("%s: %w", op, err)
	}
	if out.Crawl, err = d.crawlOutcome(ctx, site.ID); err != nil {
		return legible.SiteDetail{}, fmt.Errorf("%s: %w", op, err)
	}
	var rows []docVersionRow
	err = d.x.SelectContext(ctx, &rows, d.q(`SELECT `+docVersionCols+`
		FROM documents d
		JOIN versions v ON v.id = (SELECT MAX(id) FROM versions WHERE document_id = d.id)`+latestScoreJoin+`
		WHERE d.site_id = ? ORDER BY d.kind, d.url`), site.ID)
	if err != nil {
		return legible.SiteDetail{}, fmt.Errorf("%s: documents of %s: %w", op, site.Domain, err)
	}
	for _, r := range rows {
		ds := legible.DocumentState{Document: r.document(), Version: r.version(), Score: r.score()}
		out.Documents = append(out.Documents, ds)
		if checked == nil && ds.Version.CheckedAt.After(out.CheckedAt) {
			out.CheckedAt = ds.Version.CheckedAt
		}
	}
	if checked != nil {
		out.CheckedAt = *checked
	}
	if out.Crawl != nil && out.Crawl.CheckedAt.After(out.CheckedAt) {
		out.CheckedAt = out.Crawl.CheckedAt
	}
	return out, nil
}

// currentSiteScore returns the site's latest combined score and when it was
// last checked; nil, nil when the site was never scored.
func (d *DB) currentSiteScore(ctx context.Context, siteID int64) (*legible.SiteScore, *time.Time, error) {
	var r struct {
		siteScoreRow
		CheckedAt time.Time `db:"checked_at"`
	}
	err := d.x.GetContext(ctx, &r, d.q(`SELECT `+siteScoreCols+`, checked_at FROM site_scores
		WHERE id = (SELECT score_id FROM sites WHERE id = ?)`), siteID)
	if err != nil {
		if isNotFound(err) {
			return nil, nil, nil
		}
		return nil, nil, fmt.Errorf("score of site %d: %w", siteID, err)
	}
	s := r.siteScore()
	return &s, &r.CheckedAt, nil
}
