package db

import (
	"context"
	"fmt"

	"github.com/legible-app/legible"
)

// RecentChanges returns the latest recorded texts of documents, newest
// first, each with its latest score and the previous version's score under
// the same rubric (none across rubrics, which would not compare like with
// like). A document's first version has no PreviousID. domain "" means all
// sites; limit defaults to DefaultPageSize and is capped at MaxPageSize.
func (d *DB) RecentChanges(ctx context.Context, domain string, limit int) ([]legible.Change, error) {
	const op = "db.RecentChanges"
	if limit <= 0 {
		limit = DefaultPageSize
	}
	limit = min(limit, MaxPageSize)
	query := `SELECT s.domain, s.unicode_domain, d.kind, d.url, v.id AS version_id, v.previous_id, v.fetched_at,
			sc.overall, sc.grade, ps.overall AS previous_overall, ps.grade AS previous_grade
		FROM versions v
		JOIN documents d ON d.id = v.document_id
		JOIN sites s ON s.id = d.site_id` + latestScoreJoin + `
		LEFT JOIN scores ps ON ps.version_id = v.previous_id AND ps.rubric_version = sc.rubric_version`
	var args []any
	if domain != "" {
		site, err := d.findSite(ctx, domain)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", op, err)
		}
		query += ` WHERE d.site_id = ?`
		args = append(args, site.ID)
	}
	query += ` ORDER BY v.fetched_at DESC, v.id DESC LIMIT ?`
	args = append(args, limit)
	out := []legible.Change{}
	if err := d.x.SelectContext(ctx, &out, d.q(query), args...); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	return out, nil
}
