package db

import (
	"context"
	"fmt"

	"github.com/legible-app/legible"
)

// Version returns one version with its text and raw snapshot.
func (d *DB) Version(ctx context.Context, id int64) (legible.Version, error) {
	const op = "db.Version"
	var row struct {
		legible.Version
		RawGzip []byte `db:"raw_gzip"`
	}
	err := d.x.GetContext(ctx, &row, d.q(`SELECT `+versionCols+`, text, raw_gzip,
		(SELECT site_id FROM documents WHERE documents.id = versions.document_id) AS site_id FROM versions WHERE id = ?`), id)
	if err != nil {
		return legible.Version{}, fmt.Errorf("%s: %w", op, notFound(err, "version %d", id))
	}
	v := row.Version
	if v.Raw, err = gunzipBytes(row.RawGzip); err != nil {
		return legible.Version{}, fmt.Errorf("%s: version %d: %w", op, id, err)
	}
	return v, nil
}

// History returns every version of every document of the site (without
// text) with its latest score, by document (kind, URL) then oldest first.
func (d *DB) History(ctx context.Context, siteID int64) ([]legible.HistoryEntry, error) {
	const op = "db.History"
	var rows []docVersionRow
	err := d.x.SelectContext(ctx, &rows, d.q(`SELECT `+docVersionCols+`
		FROM documents d JOIN versions v ON v.document_id = d.id`+latestScoreJoin+`
		WHERE d.site_id = ? ORDER BY d.kind, d.url, v.id`), siteID)
	if err != nil {
		return nil, fmt.Errorf("%s: site %d: %w", op, siteID, err)
	}
	if len(rows) == 0 {
		if err := d.siteExists(ctx, siteID); err != nil {
			return nil, fmt.Errorf("%s: %w", op, err)
		}
	}
	out := make([]legible.HistoryEntry, 0, len(rows))
	for _, r := range rows {
		out = append(out, legible.HistoryEntry{Document: r.document(), Version: r.version(), Score: r.score()})
	}
	return out, nil
}

// siteExists returns ErrNotFound when there is no site siteID.
func (d *DB) siteExists(ctx context.Context, siteID int64) error {
	var id int64
	if err := d.x.GetContext(ctx, &id, d.q(`SELECT id FROM sites WHERE id = ?`), siteID); err != nil {
		return notFound(err, "site %d", siteID)
	}
	return nil
}
