package db

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/jmoiron/sqlx"

	"github.com/legible-app/legible"
)

// reportPractices is the part of a stored site report that holds its
// practice facts (scorer.SiteReport.Practices).
type reportPractices struct {
	Practices []legible.PracticeAnswer `json:"practices"`
}

// savePractices replaces the site's practice facts with those of report, so
// that sites can be filtered by them. A report that cannot be read, or has
// no facts, leaves the site with none.
func (d *DB) savePractices(ctx context.Context, tx *sqlx.Tx, siteID int64, report json.RawMessage) error {
	if _, err := tx.ExecContext(ctx, d.q(`DELETE FROM site_practices WHERE site_id = ?`), siteID); err != nil {
		return fmt.Errorf("clear practices of site %d: %w", siteID, err)
	}
	var r reportPractices
	if len(report) == 0 || json.Unmarshal(report, &r) != nil {
		return nil
	}
	seen := make(map[string]bool, len(r.Practices))
	for _, p := range r.Practices {
		id, answer := strings.TrimSpace(p.ID), strings.TrimSpace(p.Answer)
		if id == "" || answer == "" || seen[id] {
			continue
		}
		seen[id] = true
		_, err := tx.ExecContext(ctx, d.q(`INSERT INTO site_practices (site_id, practice, answer) VALUES (?, ?, ?)`), siteID, id, answer)
		if err != nil {
			return fmt.Errorf("save practice %s of site %d: %w", id, siteID, err)
		}
	}
	return nil
}

// practiceConditions returns the WHERE conditions keeping sites s whose
// facts include every one of want.
func practiceConditions(want []legible.PracticeAnswer) ([]string, []any, error) {
	var where []string
	var args []any
	for _, p := range want {
		if strings.TrimSpace(p.ID) == "" || strings.TrimSpace(p.Answer) == "" {
			return nil, nil, fmt.Errorf("practice %q:%q needs an id and an answer: %w", p.ID, p.Answer, legible.ErrInvalid)
		}
		where = append(where, `EXISTS (SELECT 1 FROM site_practices sp WHERE sp.site_id = s.id AND sp.practice = ? AND sp.answer = ?)`)
		args = append(args, strings.TrimSpace(p.ID), strings.TrimSpace(p.Answer))
	}
	return where, args, nil
}
