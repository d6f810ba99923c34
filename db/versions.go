package db

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/legible-app/legible"
)

// Failpoints inside RecordVersion, for tests that abort a write midway.
const (
	pointAfterDocument = "record-version:after-document"
	pointAfterVersion  = "record-version:after-version"
)

// RecordVersion stores v as the latest version of the site's document
// (Kind, URL), creating the document when new, unless the text equals the
// latest version's: then only that version's CheckedAt moves (and v.Score is
// added when the version has no score under its rubric yet). It runs in one
// transaction under a lock on the site, so concurrent crawlers storing the
// same text end with one version.
func (d *DB) RecordVersion(ctx context.Context, siteID int64, v legible.NewVersion) (legible.Recorded, error) {
	const op = "db.RecordVersion"
	if err := validateNewVersion(v); err != nil {
		return legible.Recorded{}, fmt.Errorf("%s: %w", op, err)
	}
	sum := sha256.Sum256([]byte(v.Text))
	hash := hex.EncodeToString(sum[:])
	rawZ, err := gzipBytes(v.Raw)
	if err != nil {
		return legible.Recorded{}, fmt.Errorf("%s: %w", op, err)
	}
	fetched := d.clock()
	if !v.FetchedAt.IsZero() {
		fetched = dbTime(v.FetchedAt)
	}
	var rec legible.Recorded
	err = d.inTx(ctx, op, func(tx *sqlx.Tx) error {
		if err := d.lockSite(ctx, tx, siteID); err != nil {
			return err
		}
		doc, err := d.ensureDocument(ctx, tx, siteID, v.Kind, v.URL)
		if err != nil {
			return err
		}
		if err := d.hit(ctx, pointAfterDocument); err != nil {
			return err
		}
		rec.Document = doc
		prev, err := d.latestVersion(ctx, tx, doc.ID)
		if err != nil {
			return err
		}
		if prev != nil && prev.ContentHash == hash {
			rec.Previous = prev
			rec.Version, err = d.touchVersion(ctx, tx, *prev, fetched)
			if err != nil {
				return err
			}
		} else {
			rec.Previous = prev
			rec.Created = true
			rec.Version, err = d.insertVersion(ctx, tx, doc.ID, prev, v, hash, rawZ, fetched)
			if err != nil {
				return err
			}
			if err := d.hit(ctx, pointAfterVersion); err != nil {
				return err
			}
		}
		rec.Version.Text = v.Text
		if v.Score != nil {
			return d.addScore(ctx, tx, rec.Version.ID, *v.Score)
		}
		return nil
	})
	if err != nil {
		return legible.Recorded{}, err
	}
	return rec, nil
}

func validateNewVersion(v legible.NewVersion) error {
	if !v.Kind.Valid() {
		return fmt.Errorf("document kind %q: %w", v.Kind, legible.ErrInvalid)
	}
	if v.URL == "" {
		return fmt.Errorf("document URL is empty: %w", legible.ErrInvalid)
	}
	if v.Score != nil {
		if err := validateScore(v.Score.Grade, v.Score.RubricVersion, v.Score.Report); err != nil {
			return err
		}
	}
	return nil
}

// validateScore checks a score before it is stored. Grade "" is a text that
// is measured but not graded (its report says why).
func validateScore(g legible.Grade, rubric string, report json.RawMessage) error {
	if g != "" && g.Rank() < 0 {
		return fmt.Errorf("grade %q: %w", g, legible.ErrInvalid)
	}
	if rubric == "" {
		return fmt.Errorf("rubric version is empty: %w", legible.ErrInvalid)
	}
	if len(report) > 0 && !json.Valid(report) {
		return fmt.Errorf("report is not valid JSON: %w", legible.ErrInvalid)
	}
	return nil
}

// ensureDocument returns the site's document (kind, url), creating it.
func (d *DB) ensureDocument(ctx context.Context, tx *sqlx.Tx, siteID int64, kind legible.DocKind, url string) (legible.Document, error) {
	_, err := tx.ExecContext(ctx, d.q(`
		INSERT INTO documents (site_id, kind, url, created_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (site_id, kind, url) DO NOTHING`), siteID, string(kind), url, d.clock())
	if err != nil {
		return legible.Document{}, fmt.Errorf("create document %s %s: %w", kind, url, err)
	}
	var doc legible.Document
	err = tx.GetContext(ctx, &doc, d.q(`SELECT `+documentCols+` FROM documents WHERE site_id = ? AND kind = ? AND url = ?`),
		siteID, string(kind), url)
	if err != nil {
		return legible.Document{}, fmt.Errorf("read document %s %s: %w", kind, url, err)
	}
	return doc, nil
}

// latestVersion returns the document's latest version (without text), nil
// when it has none.
func (d *DB) latestVersion(ctx context.Context, tx *sqlx.Tx, docID int64) (*legible.Version, error) {
	var v legible.Version
	err := tx.GetContext(ctx, &v, d.q(`SELECT `+versionCols+` FROM versions WHERE document_id = ? ORDER BY id DESC LIMIT 1`), docID)
	if err != nil {
		if isNotFound(err) {
			return nil, nil
		}
		return nil, fmt.Errorf("latest version of document %d: %w", docID, err)
	}
	return &v, nil
}

// touchVersion records that v was fetched again, unchanged, at fetched; an
// older fetch arriving late leaves CheckedAt alone.
func (d *DB) touchVersion(ctx context.Context, tx *sqlx.Tx, v legible.Version, fetched time.Time) (legible.Version, error) {
	if !fetched.After(v.CheckedAt) {
		return v, nil
	}
	if _, err := tx.ExecContext(ctx, d.q(`UPDATE versions SET checked_at = ? WHERE id = ?`), fetched, v.ID); err != nil {
		return legible.Version{}, fmt.Errorf("touch version %d: %w", v.ID, err)
	}
	v.CheckedAt = fetched
	return v, nil
}

func (d *DB) insertVersion(ctx context.Context, tx *sqlx.Tx, docID int64, prev *legible.Version, v legible.NewVersion, hash string, rawZ []byte, fetched time.Time) (legible.Version, error) {
	var prevID *int64
	if prev != nil {
		prevID = &prev.ID
	}
	var out legible.Version
	err := tx.GetContext(ctx, &out, d.q(`
		INSERT INTO versions (document_id, previous_id, fetched_at, checked_at, content_hash, content_type, raw_gzip, text, language, words, rendered)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		RETURNING `+versionCols),
		docID, prevID, fetched, fetched, hash, v.ContentType, rawZ, v.Text, v.Language, v.Words, v.Rendered)
	if err != nil {
		return legible.Version{}, fmt.Errorf("insert version of document %d: %w", docID, err)
	}
	return out, nil
}

// addScore stores s as a score of version versionID unless the version
// already has one under s.RubricVersion.
func (d *DB) addScore(ctx context.Context, tx *sqlx.Tx, versionID int64, s legible.Score) error {
	created := d.clock()
	if !s.CreatedAt.IsZero() {
		created = dbTime(s.CreatedAt)
	}
	_, err := tx.ExecContext(ctx, d.q(`
		INSERT INTO scores (version_id, rubric_version, overall, grade, reading_minutes, report, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (version_id, rubric_version) DO NOTHING`),
		versionID, s.RubricVersion, s.Overall, string(s.Grade), s.ReadingMin, jsonParam(s.Report), created)
	if err != nil {
		return fmt.Errorf("score version %d: %w", versionID, err)
	}
	return nil
}
