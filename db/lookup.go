package db

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/legible-app/legible"
)

// Hash prefix lengths SitesByHashPrefix accepts: at least the indexed bucket
// of four hex digits, at most a whole SHA-256.
const (
	MinHashPrefix = 4
	MaxHashPrefix = 64
)

// SitesByHashPrefix returns the scored sites, and those whose latest crawl
// found no policy or failed, whose DomainHash starts with prefix (hex, at
// least four digits), with their site report, by hash. The server learns
// only the prefix, shared by many domains.
func (d *DB) SitesByHashPrefix(ctx context.Context, prefix string) ([]legible.SiteSummary, error) {
	const op = "db.SitesByHashPrefix"
	p := strings.ToLower(strings.TrimSpace(prefix))
	if len(p) < MinHashPrefix || len(p) > MaxHashPrefix || strings.Trim(p, "0123456789abcdef") != "" {
		return nil, fmt.Errorf("%s: prefix %q is not %d to %d hex digits: %w", op, prefix, MinHashPrefix, MaxHashPrefix, legible.ErrInvalid)
	}
	var rows []summaryRow
	err := d.x.SelectContext(ctx, &rows, d.q(`SELECT `+summaryCols+`, ss.report
		FROM sites s LEFT JOIN site_scores ss ON ss.id = s.score_id
		WHERE s.hash_prefix = ? AND s.domain_hash LIKE ? AND `+listedCondition+` ORDER BY s.domain_hash`), p[:MinHashPrefix], p+"%")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	out := make([]legible.SiteSummary, 0, len(rows))
	for _, r := range rows {
		out = append(out, r.summary())
	}
	return out, nil
}

// GradeCounts counts scored sites per grade; every grade is present, with
// zero when no site has it.
func (d *DB) GradeCounts(ctx context.Context) (map[legible.Grade]int, error) {
	const op = "db.GradeCounts"
	var rows []struct {
		Grade legible.Grade `db:"grade"`
		N     int           `db:"n"`
	}
	if err := d.x.SelectContext(ctx, &rows, `SELECT grade, COUNT(*) AS n FROM sites WHERE score_id IS NOT NULL AND grade IS NOT NULL GROUP BY grade`); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	out := map[legible.Grade]int{
		legible.GradeA: 0, legible.GradeB: 0, legible.GradeC: 0, legible.GradeD: 0, legible.GradeE: 0,
	}
	for _, r := range rows {
		out[r.Grade] = r.N
	}
	return out, nil
}

// ExportLatest calls fn for every scored site, and every site whose latest
// crawl found no policy or failed (without a score), by domain, with its
// site report, reading one row at a time from the database. An error from
// fn stops the export and is returned.
func (d *DB) ExportLatest(ctx context.Context, fn func(legible.SiteSummary) error) error {
	return d.export(ctx, "db.ExportLatest", false, fn)
}

// ExportWithVersions is ExportLatest with, for each site, when the latest
// version of each kind of document was fetched (SiteSummary.VersionDates).
func (d *DB) ExportWithVersions(ctx context.Context, fn func(legible.SiteSummary) error) error {
	return d.export(ctx, "db.ExportWithVersions", true, fn)
}

// versionDateCols select, per kind, when the site's latest version of that
// kind was fetched. MAX over the stored time works on both backends: SQLite
// stores times as text that sorts in time order.
var versionDateCols = func() string {
	var b strings.Builder
	for _, k := range []legible.DocKind{legible.KindPrivacy, legible.KindTerms, legible.KindCookies} {
		b.WriteString(`, (SELECT MAX(v.fetched_at) FROM versions v JOIN documents dd ON dd.id = v.document_id
			WHERE dd.site_id = s.id AND dd.kind = '` + string(k) + `') AS ` + string(k) + `_fetched`)
	}
	return b.String()
}()

func (d *DB) export(ctx context.Context, op string, versions bool, fn func(legible.SiteSummary) error) error {
	cols := summaryCols + `, ss.report`
	if versions {
		cols += versionDateCols
	}
	rows, err := d.x.QueryxContext(ctx, `SELECT `+cols+`
		FROM sites s LEFT JOIN site_scores ss ON ss.id = s.score_id WHERE `+listedCondition+` ORDER BY s.domain`)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	defer rows.Close()
	for rows.Next() {
		var r struct {
			summaryRow
			Privacy any `db:"privacy_fetched"`
			Terms   any `db:"terms_fetched"`
			Cookies any `db:"cookies_fetched"`
		}
		if err := rows.StructScan(&r); err != nil {
			return fmt.Errorf("%s: scan: %w", op, err)
		}
		s := r.summary()
		if versions {
			s.VersionDates = map[legible.DocKind]time.Time{}
			for k, v := range map[legible.DocKind]any{legible.KindPrivacy: r.Privacy, legible.KindTerms: r.Terms, legible.KindCookies: r.Cookies} {
				t, err := anyTime(v)
				if err != nil {
					return fmt.Errorf("%s: %s date of %s: %w", op, k, s.Domain, err)
				}
				if !t.IsZero() {
					s.VersionDates[k] = t
				}
			}
		}
		if err := fn(s); err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return nil
}

// anyTime reads a time computed by an SQL expression: a time.Time from
// PostgreSQL, stored text from SQLite (which loses the column type), or NULL.
func anyTime(v any) (time.Time, error) {
	switch t := v.(type) {
	case nil:
		return time.Time{}, nil
	case time.Time:
		return t.UTC(), nil
	case []byte:
		return parseStoredTime(string(t))
	case string:
		return parseStoredTime(t)
	}
	return time.Time{}, fmt.Errorf("unexpected time value %T", v)
}

// storedTimeLayouts are the text forms times take in SQLite.
var storedTimeLayouts = []string{
	"2006-01-02 15:04:05.999999999-07:00",
	"2006-01-02 15:04:05.999999999Z07:00",
	time.RFC3339Nano,
	"2006-01-02 15:04:05",
}

func parseStoredTime(s string) (time.Time, error) {
	for _, layout := range storedTimeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("unreadable time %q", s)
}

// Table returns the compact table of scored sites, and of sites whose latest
// crawl found no policy or failed (without a grade), by hash. When since is
// not zero, only entries checked after since are returned (a crawl that
// finds no change still moves an entry's check time). UpdatedAt is that
// check time.
func (d *DB) Table(ctx context.Context, since time.Time) ([]legible.TableEntry, error) {
	const op = "db.Table"
	// Two halves, each served by its own partial index on checked_at: the
	// periodic refresh reads only the rows checked since.
	const cols = `SELECT s.domain_hash, COALESCE(s.grade, '') AS grade, COALESCE(s.overall, 0) AS overall,
		COALESCE(s.reading_minutes, 0) AS reading_minutes, s.checked_at, s.checked_at AS updated_at, s.crawl_status
		FROM sites s WHERE `
	rated := `s.score_id IS NOT NULL`
	unrated := `s.score_id IS NULL AND s.crawl_status IN ('no_policy', 'failed')`
	var args []any
	if !since.IsZero() {
		rated += ` AND s.checked_at > ?`
		unrated += ` AND s.checked_at > ?`
		args = append(args, dbTime(since), dbTime(since))
	}
	query := cols + rated + ` UNION ALL ` + cols + unrated + ` ORDER BY domain_hash`
	var out []legible.TableEntry
	if err := d.x.SelectContext(ctx, &out, d.q(query), args...); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if out == nil {
		out = []legible.TableEntry{}
	}
	return out, nil
}
