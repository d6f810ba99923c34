package legible

import (
	"context"
	"encoding/json"
	"time"
)

// NewVersion is what the crawler hands to storage after fetching and scoring
// one document.
type NewVersion struct {
	Kind        DocKind
	URL         string
	FetchedAt   time.Time
	ContentType string
	Raw         []byte
	Text        string
	Language    string
	Words       int
	// Rendered is true when Text was read from the DOM after the page's
	// scripts ran in a headless browser, not from the HTML as served.
	Rendered bool
	// Score is the score of Text; its VersionID is ignored. It is stored with a
	// new version, and also added to an unchanged version that has no score
	// under Score.RubricVersion yet.
	Score *Score
}

// UnscoredVersion is a stored version that has no score under some rubric
// version: the input of re-scoring.
type UnscoredVersion struct {
	VersionID int64   `db:"version_id"`
	SiteID    int64   `db:"site_id"`
	Domain    string  `db:"domain"`
	Kind      DocKind `db:"kind"`
	Language  string  `db:"language"`
	Text      string  `db:"text"`
}

// Recorded says what RecordVersion did.
type Recorded struct {
	Document Document
	Version  Version
	// Created is false when the text equalled the latest version's: then only
	// the version's CheckedAt moved.
	Created bool
	// Previous is the version that was latest before, if any.
	Previous *Version
}

// CrawlStore is what the crawler needs from storage.
type CrawlStore interface {
	// UpsertSite creates the site or updates its canonical URL, keyed by Domain.
	UpsertSite(ctx context.Context, s Site) (Site, error)
	// SaveSignals records the site's latest signals.
	SaveSignals(ctx context.Context, siteID int64, sig Signals) error
	// RecordVersion stores v as the latest version of the site's document
	// (Kind, URL), creating the document when new, unless the text is the same
	// as the latest version's. It is atomic: on error nothing changed.
	RecordVersion(ctx context.Context, siteID int64, v NewVersion) (Recorded, error)
	// SaveSiteScore records the site's combined score. It adds a row when the
	// score, grade or rubric version differs from the latest one; otherwise it
	// replaces the latest row's report (findings, words, reading time, facts)
	// and marks it checked now, so the site report always describes the latest
	// versions.
	SaveSiteScore(ctx context.Context, siteID int64, s SiteScore) error
	// SaveCrawlOutcome records how the latest crawl of a site ended, creating
	// the site (by its domain) when it is new.
	SaveCrawlOutcome(ctx context.Context, domain string, o CrawlOutcome) error
}

// SiteFilter selects and orders sites in ListSites.
type SiteFilter struct {
	Grades   []Grade
	Language string
	MinScore *int
	MaxScore *int
	// Prefix matches the start of the domain (ASCII or Unicode).
	Prefix string
	// Search matches anywhere in the domain (ASCII or Unicode) or the site's name.
	Search string
	// Practices keeps the sites whose report answers each practice question
	// (Practice.ID) with the given answer.
	Practices []PracticeAnswer
	// Sort is one of "score", "-score", "reading", "-reading", "changed",
	// "-changed", "domain" (default "domain"); "-" means descending.
	Sort string
	// After is the opaque keyset cursor returned as SitePage.Next.
	After string
	// Limit is the page size (default 50, at most 500).
	Limit int
}

// SiteSummary is one row of a site listing: the site and its latest score.
type SiteSummary struct {
	Domain        string  `db:"domain" json:"domain"`
	UnicodeDomain string  `db:"unicode_domain" json:"unicode_domain"`
	DomainHash    string  `db:"domain_hash" json:"domain_hash"`
	Score         int     `db:"overall" json:"score"`
	Grade         Grade   `db:"grade" json:"grade"`
	RubricVersion string  `db:"rubric_version" json:"rubric_version"`
	ReadingMin    float64 `db:"reading_minutes" json:"reading_minutes"`
	Language      string  `db:"language" json:"language"`
	// CheckedAt is when the site was last crawled; ChangedAt when its score last changed.
	CheckedAt time.Time `db:"checked_at" json:"checked_at"`
	ChangedAt time.Time `db:"changed_at" json:"changed_at"`
	// Report is the site report JSON; filled only where a query says so.
	Report json.RawMessage `db:"report" json:"-"`
	// Status is how the latest crawl ended; a site listed without a score
	// has StatusNoPolicy or StatusFailed.
	Status CrawlStatus `db:"crawl_status" json:"status,omitempty"`
	// Missing lists the kinds of document the latest crawl did not find.
	Missing []DocKind `db:"-" json:"missing,omitempty"`
	// VersionDates says when the latest version of each kind of document
	// was fetched; only ExportWithVersions fills it.
	VersionDates map[DocKind]time.Time `db:"-" json:"-"`
}

// PracticeAnswer is one practice fact: a question's id and its answer.
type PracticeAnswer struct {
	ID     string `json:"id"`
	Answer string `json:"answer"`
}

// SitePage is one page of ListSites.
type SitePage struct {
	Sites []SiteSummary `json:"sites"`
	// Next is the cursor for the next page, empty on the last one.
	Next string `json:"next,omitempty"`
}

// DocumentState is a document with its latest version and that version's
// latest score.
type DocumentState struct {
	Document Document `json:"document"`
	Version  Version  `json:"version"`
	Score    *Score   `json:"score,omitempty"`
}

// SiteDetail is everything known about a site now.
type SiteDetail struct {
	Site      Site            `json:"site"`
	Score     *SiteScore      `json:"score,omitempty"`
	Signals   *Signals        `json:"signals,omitempty"`
	Documents []DocumentState `json:"documents"`
	CheckedAt time.Time       `json:"checked_at"`
	// Crawl is how the latest crawl ended, nil when none was recorded.
	Crawl *CrawlOutcome `json:"crawl,omitempty"`
}

// HistoryEntry is one version of one document with its score.
type HistoryEntry struct {
	Document Document `json:"document"`
	Version  Version  `json:"version"`
	Score    *Score   `json:"score,omitempty"`
}

// Change is one recorded change of a document's text.
type Change struct {
	Domain        string    `db:"domain" json:"domain"`
	UnicodeDomain string    `db:"unicode_domain" json:"unicode_domain"`
	Kind          DocKind   `db:"kind" json:"kind"`
	URL           string    `db:"url" json:"url"`
	VersionID     int64     `db:"version_id" json:"version_id"`
	PreviousID    *int64    `db:"previous_id" json:"previous_id,omitempty"`
	FetchedAt     time.Time `db:"fetched_at" json:"fetched_at"`
	Score         *int      `db:"overall" json:"score,omitempty"`
	Grade         *Grade    `db:"grade" json:"grade,omitempty"`
	PreviousScore *int      `db:"previous_overall" json:"previous_score,omitempty"`
	PreviousGrade *Grade    `db:"previous_grade" json:"previous_grade,omitempty"`
}

// TableEntry is one row of the compact table the browser extension downloads.
type TableEntry struct {
	DomainHash string    `db:"domain_hash" json:"h"`
	Grade      Grade     `db:"grade" json:"g"`
	Score      int       `db:"overall" json:"s"`
	ReadingMin float64   `db:"reading_minutes" json:"m"`
	CheckedAt  time.Time `db:"checked_at" json:"c"`
	UpdatedAt  time.Time `db:"updated_at" json:"-"`
	// Status is how the latest crawl ended; an entry without a grade has
	// StatusNoPolicy or StatusFailed.
	Status CrawlStatus `db:"crawl_status" json:"st,omitempty"`
}
