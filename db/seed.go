package db

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

	"github.com/jmoiron/sqlx"

	"github.com/legible-app/legible"
)

// seedBatchSize is how many sites SeedSynthetic writes per statement and
// transaction.
var seedBatchSize = 500

// SyntheticDomain is the domain of the i-th site SeedSynthetic writes.
func SyntheticDomain(i int) string { return fmt.Sprintf("site%07d.example", i) }

// SeedSynthetic bulk-writes the synthetic sites first to first+n-1 (see
// SyntheticDomain) for benchmarks and load tests: each with a combined score
// and report, and a privacy policy and terms with one scored version each.
// It uses multi-row inserts, seedBatchSize sites per transaction.
func (d *DB) SeedSynthetic(ctx context.Context, first, n int) error {
	const op = "db.SeedSynthetic"
	for start := first; start < first+n; start += seedBatchSize {
		end := min(start+seedBatchSize, first+n)
		if err := d.inTx(ctx, op, func(tx *sqlx.Tx) error { return d.seedBatch(ctx, tx, start, end) }); err != nil {
			return err
		}
	}
	// Refresh the planner's statistics after a bulk load (both backends
	// know ANALYZE).
	if _, err := d.x.ExecContext(ctx, "ANALYZE"); err != nil {
		return fmt.Errorf("%s: analyze: %w", op, err)
	}
	return nil
}

func (d *DB) seedBatch(ctx context.Context, tx *sqlx.Tx, start, end int) error {
	now := d.clock()
	grades := []legible.Grade{legible.GradeA, legible.GradeB, legible.GradeC, legible.GradeD, legible.GradeE}
	langs := []string{"en", "fr", "de", "es", "ar"}
	filler := strings.Repeat("x", 1500)

	var sites bulk
	for i := start; i < end; i++ {
		dom := SyntheticDomain(i)
		h := legible.DomainHash(dom)
		sites.row(dom, dom, h, h[:4], "https://"+dom+"/", now, now)
	}
	ids, err := d.bulkInsertIDs(ctx, tx, "sites (domain, unicode_domain, domain_hash, hash_prefix, canonical_url, created_at, updated_at)", &sites)
	if err != nil {
		return fmt.Errorf("seed sites: %w", err)
	}

	var scores, docs bulk
	for k, id := range ids {
		i := start + k
		overall := (i * 37) % 101
		g := grades[min(4, (100-overall)/20)]
		report := fmt.Sprintf(`{"site":%q,"score":%d,"grade":%q,"notes":%q}`, SyntheticDomain(i), overall, g, filler)
		scores.row(id, "synthetic", overall, string(g), float64(i%60)+0.5, langs[i%5], report, now, now)
		docs.row(id, string(legible.KindPrivacy), "https://"+SyntheticDomain(i)+"/privacy", now)
		docs.row(id, string(legible.KindTerms), "https://"+SyntheticDomain(i)+"/terms", now)
	}
	if _, err := d.bulkInsertIDs(ctx, tx, "site_scores (site_id, rubric_version, overall, grade, reading_minutes, language, report, created_at, checked_at)", &scores); err != nil {
		return fmt.Errorf("seed site scores: %w", err)
	}
	_, err = tx.ExecContext(ctx, d.q(`UPDATE sites SET score_id = ss.id, overall = ss.overall, grade = ss.grade,
			rubric_version = ss.rubric_version, reading_minutes = ss.reading_minutes, language = ss.language,
			checked_at = ss.checked_at, changed_at = ss.created_at
		FROM site_scores ss WHERE ss.site_id = sites.id AND sites.id >= ? AND sites.id <= ?`), ids[0], ids[len(ids)-1])
	if err != nil {
		return fmt.Errorf("seed latest scores: %w", err)
	}
	docIDs, err := d.bulkInsertIDs(ctx, tx, "documents (site_id, kind, url, created_at)", &docs)
	if err != nil {
		return fmt.Errorf("seed documents: %w", err)
	}
	var versions bulk
	for k, docID := range docIDs {
		text := fmt.Sprintf("Synthetic policy %d of %s. We collect what we need and keep it for %d days.", k, SyntheticDomain(start+k/2), k)
		sum := sha256.Sum256([]byte(text))
		versions.row(docID, now, now, hex.EncodeToString(sum[:]), "text/html", text, langs[k%5], 15)
	}
	versionIDs, err := d.bulkInsertIDs(ctx, tx, "versions (document_id, fetched_at, checked_at, content_hash, content_type, text, language, words)", &versions)
	if err != nil {
		return fmt.Errorf("seed versions: %w", err)
	}
	var vscores bulk
	for k, vid := range versionIDs {
		overall := (k * 53) % 101
		vscores.row(vid, "synthetic", overall, string(grades[min(4, (100-overall)/20)]), 2.5, `{"synthetic":true}`, now)
	}
	if _, err := d.bulkInsertIDs(ctx, tx, "scores (version_id, rubric_version, overall, grade, reading_minutes, report, created_at)", &vscores); err != nil {
		return fmt.Errorf("seed scores: %w", err)
	}
	return nil
}

// bulk collects the rows of a multi-row INSERT.
type bulk struct {
	rows int
	cols int
	args []any
}

func (b *bulk) row(vals ...any) {
	b.rows++
	b.cols = len(vals)
	b.args = append(b.args, vals...)
}

// bulkInsertIDs inserts b's rows into target ("table (cols)") and returns
// their ids in row order.
func (d *DB) bulkInsertIDs(ctx context.Context, tx *sqlx.Tx, target string, b *bulk) ([]int64, error) {
	if b.rows == 0 {
		return nil, nil
	}
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", b.cols), ", ") + ")"
	values := strings.TrimSuffix(strings.Repeat(one+", ", b.rows), ", ")
	var ids []int64
	if err := tx.SelectContext(ctx, &ids, d.q("INSERT INTO "+target+" VALUES "+values+" RETURNING id"), b.args...); err != nil {
		return nil, err
	}
	if len(ids) != b.rows {
		return nil, fmt.Errorf("inserted %d rows, got %d ids", b.rows, len(ids))
	}
	// RETURNING gives no order guarantee; ids of one statement are
	// allocated in VALUES order, so sorting restores it.
	slices.Sort(ids)
	return ids, nil
}
