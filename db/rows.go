package db

import (
	"encoding/json"
	"time"

	"github.com/legible-app/legible"
)

// Row types that scan what the domain types cannot hold directly: JSON
// columns (text on SQLite, json on PostgreSQL) into []byte, and the nullable
// columns of outer joins into pointers.

const (
	documentCols = `id, site_id, kind, url, created_at`
	// versionCols leaves out the text and the raw snapshot.
	versionCols   = `id, document_id, fetched_at, checked_at, content_hash, content_type, language, words, rendered`
	scoreCols     = `id, version_id, rubric_version, overall, grade, reading_minutes, report, created_at`
	siteScoreCols = `id, site_id, rubric_version, overall, grade, reading_minutes, language, report, created_at`
	// summaryCols are a site's latest combined score and crawl outcome, from
	// sites s; a site listed without a score has zero values.
	summaryCols = `s.domain, s.unicode_domain, s.domain_hash, COALESCE(s.overall, 0) AS overall,
		COALESCE(s.grade, '') AS grade, COALESCE(s.rubric_version, '') AS rubric_version,
		COALESCE(s.reading_minutes, 0) AS reading_minutes, COALESCE(s.language, '') AS language,
		s.checked_at, s.changed_at, s.crawl_status, s.crawl_missing`
)

// rawJSON returns b as a JSON value, nil when empty.
func rawJSON(b []byte) json.RawMessage {
	if len(b) == 0 {
		return nil
	}
	return json.RawMessage(b)
}

// jsonParam returns the value bound for a JSON column: nil (NULL) when empty.
func jsonParam(m json.RawMessage) any {
	if len(m) == 0 {
		return nil
	}
	return string(m)
}

type scoreRow struct {
	legible.Score
	Report []byte `db:"report"`
}

func (r scoreRow) score() legible.Score {
	s := r.Score
	s.Report = rawJSON(r.Report)
	return s
}

type siteScoreRow struct {
	legible.SiteScore
	Report []byte `db:"report"`
}

func (r siteScoreRow) siteScore() legible.SiteScore {
	s := r.SiteScore
	s.Report = rawJSON(r.Report)
	return s
}

type summaryRow struct {
	legible.SiteSummary
	Report  []byte `db:"report"`
	Missing string `db:"crawl_missing"`
}

func (r summaryRow) summary() legible.SiteSummary {
	s := r.SiteSummary
	s.Report = rawJSON(r.Report)
	s.Missing = legible.SplitKinds(r.Missing)
	return s
}

// docVersionCols select a document, one of its versions (without text) and
// that version's latest score, from documents d, versions v and scores sc
// (outer-joined).
const docVersionCols = `d.id AS d_id, d.site_id AS d_site_id, d.kind AS d_kind, d.url AS d_url, d.created_at AS d_created_at,
	v.id AS v_id, v.fetched_at AS v_fetched_at, v.checked_at AS v_checked_at, v.content_hash AS v_content_hash,
	v.content_type AS v_content_type, v.language AS v_language, v.words AS v_words, v.rendered AS v_rendered,
	sc.id AS sc_id, sc.rubric_version AS sc_rubric_version, sc.overall AS sc_overall, sc.grade AS sc_grade,
	sc.reading_minutes AS sc_reading_minutes, sc.report AS sc_report, sc.created_at AS sc_created_at`

// latestScoreJoin outer-joins sc, the latest score of version v.
const latestScoreJoin = ` LEFT JOIN scores sc ON sc.id = (SELECT MAX(id) FROM scores WHERE version_id = v.id)`

type docVersionRow struct {
	DocID        int64           `db:"d_id"`
	SiteID       int64           `db:"d_site_id"`
	Kind         legible.DocKind `db:"d_kind"`
	URL          string          `db:"d_url"`
	DocCreatedAt time.Time       `db:"d_created_at"`

	VersionID   int64     `db:"v_id"`
	FetchedAt   time.Time `db:"v_fetched_at"`
	CheckedAt   time.Time `db:"v_checked_at"`
	ContentHash string    `db:"v_content_hash"`
	ContentType string    `db:"v_content_type"`
	Language    string    `db:"v_language"`
	Words       int       `db:"v_words"`
	Rendered    bool      `db:"v_rendered"`

	ScoreID        *int64     `db:"sc_id"`
	RubricVersion  *string    `db:"sc_rubric_version"`
	Overall        *int       `db:"sc_overall"`
	Grade          *string    `db:"sc_grade"`
	ReadingMin     *float64   `db:"sc_reading_minutes"`
	Report         []byte     `db:"sc_report"`
	ScoreCreatedAt *time.Time `db:"sc_created_at"`
}

func (r docVersionRow) document() legible.Document {
	return legible.Document{ID: r.DocID, SiteID: r.SiteID, Kind: r.Kind, URL: r.URL, CreatedAt: r.DocCreatedAt}
}

func (r docVersionRow) version() legible.Version {
	return legible.Version{
		ID: r.VersionID, DocumentID: r.DocID, FetchedAt: r.FetchedAt, CheckedAt: r.CheckedAt,
		ContentHash: r.ContentHash, ContentType: r.ContentType, Language: r.Language, Words: r.Words,
		Rendered: r.Rendered,
	}
}

// score returns the version's latest score, nil when it has none.
func (r docVersionRow) score() *legible.Score {
	if r.ScoreID == nil {
		return nil
	}
	s := &legible.Score{ID: *r.ScoreID, VersionID: r.VersionID, Report: rawJSON(r.Report)}
	if r.RubricVersion != nil {
		s.RubricVersion = *r.RubricVersion
	}
	if r.Overall != nil {
		s.Overall = *r.Overall
	}
	if r.Grade != nil {
		s.Grade = legible.Grade(*r.Grade)
	}
	if r.ReadingMin != nil {
		s.ReadingMin = *r.ReadingMin
	}
	if r.ScoreCreatedAt != nil {
		s.CreatedAt = *r.ScoreCreatedAt
	}
	return s
}
