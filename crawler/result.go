package crawler

import (
	"time"

	"github.com/legible-app/legible"
)

// SiteResult is what one site crawl found and stored. It is JSON-serialisable
// and is kept as a crawl job's result.
type SiteResult struct {
	Domain        string `json:"domain"`
	UnicodeDomain string `json:"unicode_domain"`
	// CanonicalURL is the home page after redirects.
	CanonicalURL string           `json:"canonical_url,omitempty"`
	Documents    []DocumentResult `json:"documents"`
	// Missing lists the kinds (privacy, terms, cookies) no document was found for.
	Missing     []legible.DocKind `json:"missing,omitempty"`
	Signals     legible.Signals   `json:"signals"`
	SecurityTxt *SecurityTxt      `json:"security_txt,omitempty"`
	// Score and Grade are the site's combined score, when it could be computed.
	Score         *int          `json:"score,omitempty"`
	Grade         legible.Grade `json:"grade,omitempty"`
	RubricVersion string        `json:"rubric_version,omitempty"`
	// Pages is how many requests the crawl made (robots.txt aside), a
	// rendered page counting as one.
	Pages int `json:"pages"`
	// Renders is how many pages were rendered in a headless browser.
	Renders   int       `json:"renders,omitempty"`
	StartedAt time.Time `json:"started_at"`
	Duration  float64   `json:"duration_seconds"`
	// Errors are the problems met along the way that did not stop the crawl.
	Errors []string `json:"errors,omitempty"`
}

// Found reports whether at least one document was stored.
func (r *SiteResult) Found() bool { return r != nil && len(r.Documents) > 0 }

// DocumentResult is one document found, fetched and stored.
type DocumentResult struct {
	Kind legible.DocKind `json:"kind"`
	URL  string          `json:"url"`
	// Source says where the link was found: home, hub, document, sitemap or path.
	Source      string    `json:"source"`
	Label       string    `json:"label,omitempty"`
	DocumentID  int64     `json:"document_id"`
	VersionID   int64     `json:"version_id"`
	NewVersion  bool      `json:"new_version"`
	Created     time.Time `json:"created"`
	ContentType string    `json:"content_type,omitempty"`
	Language    string    `json:"language,omitempty"`
	Words       int       `json:"words"`
	// Score and Grade are the document's score, when it could be computed.
	Score          *int          `json:"score,omitempty"`
	Grade          legible.Grade `json:"grade,omitempty"`
	ReadingMinutes float64       `json:"reading_minutes,omitempty"`
	// Rendered is true when the text was read after the page's scripts ran
	// in a headless browser.
	Rendered bool `json:"rendered,omitempty"`
	// ScoreError says why the document could not be scored.
	ScoreError string `json:"score_error,omitempty"`
}
