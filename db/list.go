package db

import (
	"context"
	"fmt"
	"strings"

	"github.com/legible-app/legible"
)

// Page sizes of ListSites.
const (
	DefaultPageSize = 50
	MaxPageSize     = 500
)

// ListSites lists scored sites with filters, a sort and keyset pagination:
// each page continues strictly after the previous page's last (sort key,
// domain), so rows are neither skipped nor repeated however deep the page.
func (d *DB) ListSites(ctx context.Context, f legible.SiteFilter) (legible.SitePage, error) {
	const op = "db.ListSites"
	key, desc, err := parseSort(f.Sort)
	if err != nil {
		return legible.SitePage{}, fmt.Errorf("%s: %w", op, err)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultPageSize
	}
	limit = min(limit, MaxPageSize)

	where, args, err := siteFilterWhere(f)
	if err != nil {
		return legible.SitePage{}, fmt.Errorf("%s: %w", op, err)
	}
	if f.After != "" {
		c, err := decodeCursor(f.After, key, desc)
		if err != nil {
			return legible.SitePage{}, fmt.Errorf("%s: %w", op, err)
		}
		cond, cargs := c.condition()
		where = append(where, cond)
		args = append(args, cargs...)
	}
	dir := " ASC"
	if desc {
		dir = " DESC"
	}
	order := key.column + dir
	if key.name != "domain" {
		order += ", s.domain" + dir // ties broken by domain, in the same direction
	}
	query := `SELECT ` + summaryCols + ` FROM sites s WHERE ` + strings.Join(where, " AND ") +
		` ORDER BY ` + order + ` LIMIT ?`
	args = append(args, limit+1)

	var rows []summaryRow
	if err := d.x.SelectContext(ctx, &rows, d.q(query), args...); err != nil {
		return legible.SitePage{}, fmt.Errorf("%s: %w", op, err)
	}
	page := legible.SitePage{Sites: make([]legible.SiteSummary, 0, min(len(rows), limit))}
	for i, r := range rows {
		if i == limit {
			page.Next = encodeCursor(key, desc, page.Sites[limit-1])
			break
		}
		page.Sites = append(page.Sites, r.summary())
	}
	return page, nil
}

// siteFilterWhere returns the WHERE conditions (joined with AND) and their
// arguments for f's filters; only scored sites are listed.
func siteFilterWhere(f legible.SiteFilter) ([]string, []any, error) {
	where := []string{"s.score_id IS NOT NULL"}
	var args []any
	if len(f.Grades) > 0 {
		marks := make([]string, len(f.Grades))
		for i, g := range f.Grades {
			g = legible.Grade(strings.ToUpper(string(g)))
			if g.Rank() < 0 {
				return nil, nil, fmt.Errorf("grade %q: %w", g, legible.ErrInvalid)
			}
			marks[i] = "?"
			args = append(args, string(g))
		}
		where = append(where, "s.grade IN ("+strings.Join(marks, ", ")+")")
	}
	if f.Language != "" {
		where = append(where, "s.language = ?")
		args = append(args, f.Language)
	}
	if f.MinScore != nil {
		where = append(where, "s.overall >= ?")
		args = append(args, *f.MinScore)
	}
	if f.MaxScore != nil {
		where = append(where, "s.overall <= ?")
		args = append(args, *f.MaxScore)
	}
	if p := strings.ToLower(strings.TrimSpace(f.Prefix)); p != "" {
		pat := likeEscaper.Replace(p) + "%"
		where = append(where, `(s.domain LIKE ? ESCAPE '\' OR s.unicode_domain LIKE ? ESCAPE '\')`)
		args = append(args, pat, pat)
	}
	if q := strings.ToLower(strings.TrimSpace(f.Search)); q != "" {
		pat := "%" + likeEscaper.Replace(q) + "%"
		where = append(where, `(s.domain LIKE ? ESCAPE '\' OR s.unicode_domain LIKE ? ESCAPE '\' OR LOWER(s.name) LIKE ? ESCAPE '\')`)
		args = append(args, pat, pat, pat)
	}
	pw, pargs, err := practiceConditions(f.Practices)
	if err != nil {
		return nil, nil, err
	}
	return append(where, pw...), append(args, pargs...), nil
}

// likeEscaper escapes LIKE's wildcards and its escape character.
var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
