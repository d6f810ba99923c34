package db

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/legible-app/legible"
)

// SaveSiteScore records the site's combined score. It adds a row when the
// score, grade or rubric version differs from the latest one; otherwise it
// replaces the latest row's report, reading time and language and marks it
// checked, so that a new version with the same score still refreshes the
// site report (its findings, quotes, words and facts). The site's practice
// facts are rewritten from the report either way. The check time is
// s.CreatedAt, or now when that is zero.
func (d *DB) SaveSiteScore(ctx context.Context, siteID int64, s legible.SiteScore) error {
	const op = "db.SaveSiteScore"
	if err := validateScore(s.Grade, s.RubricVersion, s.Report); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	at := d.clock()
	if !s.CreatedAt.IsZero() {
		at = dbTime(s.CreatedAt)
	}
	return d.inTx(ctx, op, func(tx *sqlx.Tx) error {
		if err := d.lockSite(ctx, tx, siteID); err != nil {
			return err
		}
		latest, err := d.latestSiteScore(ctx, tx, siteID)
		if err != nil {
			return err
		}
		if latest != nil && latest.Overall == s.Overall && latest.Grade == s.Grade && latest.RubricVersion == s.RubricVersion {
			err = d.refreshSiteScore(ctx, tx, siteID, latest.ID, s, at)
		} else {
			err = d.insertSiteScore(ctx, tx, siteID, s, at)
		}
		if err != nil {
			return err
		}
		return d.savePractices(ctx, tx, siteID, s.Report)
	})
}

// latestSiteScore returns the site's latest combined score, nil when none.
func (d *DB) latestSiteScore(ctx context.Context, tx *sqlx.Tx, siteID int64) (*legible.SiteScore, error) {
	var r siteScoreRow
	err := tx.GetContext(ctx, &r, d.q(`SELECT `+siteScoreCols+` FROM site_scores WHERE site_id = ? ORDER BY id DESC LIMIT 1`), siteID)
	if err != nil {
		if isNotFound(err) {
			return nil, nil
		}
		return nil, fmt.Errorf("latest score of site %d: %w", siteID, err)
	}
	s := r.siteScore()
	return &s, nil
}

// refreshSiteScore replaces the report of the latest score, whose score and
// grade did not change, and marks it checked at.
func (d *DB) refreshSiteScore(ctx context.Context, tx *sqlx.Tx, siteID, scoreID int64, s legible.SiteScore, at time.Time) error {
	_, err := tx.ExecContext(ctx, d.q(`UPDATE site_scores SET report = ?, reading_minutes = ?, language = ?, checked_at = ? WHERE id = ?`),
		jsonParam(s.Report), s.ReadingMin, s.Language, at, scoreID)
	if err != nil {
		return fmt.Errorf("refresh site score %d: %w", scoreID, err)
	}
	_, err = tx.ExecContext(ctx, d.q(`UPDATE sites SET reading_minutes = ?, language = ?, checked_at = ? WHERE id = ?`),
		s.ReadingMin, s.Language, at, siteID)
	if err != nil {
		return fmt.Errorf("refresh site %d: %w", siteID, err)
	}
	return nil
}

func (d *DB) insertSiteScore(ctx context.Context, tx *sqlx.Tx, siteID int64, s legible.SiteScore, at time.Time) error {
	var id int64
	err := tx.GetContext(ctx, &id, d.q(`
		INSERT INTO site_scores (site_id, rubric_version, overall, grade, reading_minutes, language, report, created_at, checked_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`),
		siteID, s.RubricVersion, s.Overall, string(s.Grade), s.ReadingMin, s.Language, jsonParam(s.Report), at, at)
	if err != nil {
		return fmt.Errorf("insert score of site %d: %w", siteID, err)
	}
	_, err = tx.ExecContext(ctx, d.q(`
		UPDATE sites SET score_id = ?, overall = ?, grade = ?, rubric_version = ?, reading_minutes = ?,
			language = ?, checked_at = ?, changed_at = ?
		WHERE id = ?`),
		id, s.Overall, siteGrade(s.Grade), s.RubricVersion, s.ReadingMin, s.Language, at, at, siteID)
	if err != nil {
		return fmt.Errorf("set latest score of site %d: %w", siteID, err)
	}
	return nil
}

// SiteScoreHistory returns the site's combined scores, oldest first.
func (d *DB) SiteScoreHistory(ctx context.Context, siteID int64) ([]legible.SiteScore, error) {
	const op = "db.SiteScoreHistory"
	var rows []siteScoreRow
	if err := d.x.SelectContext(ctx, &rows, d.q(`SELECT `+siteScoreCols+` FROM site_scores WHERE site_id = ? ORDER BY id`), siteID); err != nil {
		return nil, fmt.Errorf("%s: site %d: %w", op, siteID, err)
	}
	if len(rows) == 0 {
		if err := d.siteExists(ctx, siteID); err != nil {
			return nil, fmt.Errorf("%s: %w", op, err)
		}
	}
	out := make([]legible.SiteScore, 0, len(rows))
	for _, r := range rows {
		out = append(out, r.siteScore())
	}
	return out, nil
}

// siteGrade is the value of sites.grade: NULL for a site that is not graded.
func siteGrade(g legible.Grade) any {
	if g == "" {
		return nil
	}
	return string(g)
}
