// Package legible holds the domain types shared by Legible's packages: sites,
// documents, versions, scores, site signals and crawl jobs, and the two
// contracts more than one package shares: CrawlStore (what a crawl writes;
// db implements it) and Jobs (how a crawl is requested; queue implements
// it). Every other consumer declares the small interface it uses itself
// (api.Store, pages.Store, rating.RescoreStore).
//
// The adapters live in their own packages and never import each other:
// scorer (pure scoring), rating (input to text, report to stored score),
// crawler (finding and fetching), db (storage), queue (jobs on River), api
// (HTTP serving). cmd/legible wires them together.
package legible

import (
	"encoding/json"
	"errors"
	"time"
)

// Errors shared across packages. Adapters wrap them with context; callers test
// with errors.Is.
var (
	// ErrNotFound means the requested record does not exist.
	ErrNotFound = errors.New("not found")
	// ErrInvalid means the input was malformed (a bad domain, a bad prefix...).
	ErrInvalid = errors.New("invalid input")
	// ErrConflict means the write collided with another one (e.g. a duplicate).
	ErrConflict = errors.New("conflict")
	// ErrUnauthorized means a missing or wrong API key.
	ErrUnauthorized = errors.New("unauthorized")
)

// DocKind is the kind of a legal document.
type DocKind string

// Document kinds.
const (
	KindPrivacy DocKind = "privacy"
	KindTerms   DocKind = "terms"
	KindCookies DocKind = "cookies"
	KindOther   DocKind = "other"
)

// Valid reports whether k is one of the known kinds.
func (k DocKind) Valid() bool {
	switch k {
	case KindPrivacy, KindTerms, KindCookies, KindOther:
		return true
	}
	return false
}

// Grade is a letter grade from A (best) to E (worst).
type Grade string

// Grades, best first.
const (
	GradeA Grade = "A"
	GradeB Grade = "B"
	GradeC Grade = "C"
	GradeD Grade = "D"
	GradeE Grade = "E"
)

// Rank returns 0 for A up to 4 for E, and -1 for anything else.
func (g Grade) Rank() int {
	switch g {
	case GradeA:
		return 0
	case GradeB:
		return 1
	case GradeC:
		return 2
	case GradeD:
		return 3
	case GradeE:
		return 4
	}
	return -1
}

// Site is one registrable domain (eTLD+1), e.g. "bbc.co.uk".
type Site struct {
	ID int64 `db:"id" json:"-"`
	// Domain is the registrable domain in ASCII (punycode), lower case.
	Domain string `db:"domain" json:"domain"`
	// UnicodeDomain is the same domain in Unicode (equal to Domain for ASCII names).
	UnicodeDomain string `db:"unicode_domain" json:"unicode_domain"`
	// DomainHash is the lower-case hex SHA-256 of Domain (see DomainHash).
	DomainHash string `db:"domain_hash" json:"domain_hash"`
	// CanonicalURL is the home page after redirects, when known.
	CanonicalURL string `db:"canonical_url" json:"canonical_url,omitempty"`
	// Name is the name the site gives itself (og:site_name, or its home
	// page's title), when known.
	Name      string    `db:"name" json:"name,omitempty"`
	CreatedAt time.Time `db:"created_at" json:"created_at"`
	UpdatedAt time.Time `db:"updated_at" json:"updated_at"`
}

// Document is one legal document of a site, identified by its kind and URL.
type Document struct {
	ID        int64     `db:"id" json:"id"`
	SiteID    int64     `db:"site_id" json:"-"`
	Kind      DocKind   `db:"kind" json:"kind"`
	URL       string    `db:"url" json:"url"`
	CreatedAt time.Time `db:"created_at" json:"created_at"`
}

// Version is one distinct text of a document. A new version is recorded only
// when the extracted text changes.
type Version struct {
	ID         int64 `db:"id" json:"id"`
	DocumentID int64 `db:"document_id" json:"document_id"`
	// SiteID is the site of the version's document; Store.Version fills it.
	SiteID    int64     `db:"site_id" json:"-"`
	FetchedAt time.Time `db:"fetched_at" json:"fetched_at"`
	// CheckedAt is the last time the document was fetched and found unchanged.
	CheckedAt time.Time `db:"checked_at" json:"checked_at"`
	// ContentHash is the hex SHA-256 of Text.
	ContentHash string `db:"content_hash" json:"content_hash"`
	// ContentType is the media type of the raw snapshot.
	ContentType string `db:"content_type" json:"content_type,omitempty"`
	// Raw is the raw snapshot as fetched (stored compressed, held here uncompressed).
	Raw []byte `db:"-" json:"-"`
	// Text is the extracted main text (Markdown-like: "# " headings, "- " list items).
	Text     string `db:"text" json:"-"`
	Language string `db:"language" json:"language"`
	Words    int    `db:"words" json:"words"`
	// Rendered is true when the text was read from the DOM after the page's
	// scripts ran in a headless browser.
	Rendered bool `db:"rendered" json:"rendered"`
}

// Score is the score of one version under one rubric version.
type Score struct {
	ID            int64           `db:"id" json:"-"`
	VersionID     int64           `db:"version_id" json:"version_id"`
	RubricVersion string          `db:"rubric_version" json:"rubric_version"`
	Overall       int             `db:"overall" json:"score"`
	Grade         Grade           `db:"grade" json:"grade"`
	ReadingMin    float64         `db:"reading_minutes" json:"reading_minutes"`
	Report        json.RawMessage `db:"report" json:"report,omitempty"`
	CreatedAt     time.Time       `db:"created_at" json:"created_at"`
}

// Signals are what a site shows about itself outside its documents.
type Signals struct {
	HTTPS bool `json:"https"`
	HSTS  bool `json:"hsts"`
	// HSTSMaxAge is the max-age of the Strict-Transport-Security header, in seconds.
	HSTSMaxAge int64 `json:"hsts_max_age,omitempty"`
	// SecurityTxt is true when /.well-known/security.txt parsed as RFC 9116 with a Contact.
	SecurityTxt        bool      `json:"security_txt"`
	SecurityContacts   []string  `json:"security_contacts,omitempty"`
	SecurityTxtExpires time.Time `json:"security_txt_expires,omitempty"`
	// GPC is true when /.well-known/gpc.json says {"gpc": true}.
	GPC       bool      `json:"gpc"`
	CheckedAt time.Time `json:"checked_at"`
}

// SiteScore is the combined score of a site (all its documents and signals)
// at one point in time.
type SiteScore struct {
	ID            int64           `db:"id" json:"-"`
	SiteID        int64           `db:"site_id" json:"-"`
	RubricVersion string          `db:"rubric_version" json:"rubric_version"`
	Overall       int             `db:"overall" json:"score"`
	Grade         Grade           `db:"grade" json:"grade"`
	ReadingMin    float64         `db:"reading_minutes" json:"reading_minutes"`
	Language      string          `db:"language" json:"language"`
	Report        json.RawMessage `db:"report" json:"report,omitempty"`
	CreatedAt     time.Time       `db:"created_at" json:"created_at"`
}

// JobState is the state of a crawl job.
type JobState string

// Crawl job states.
const (
	JobQueued  JobState = "queued"
	JobRunning JobState = "running"
	JobDone    JobState = "done"
	JobFailed  JobState = "failed" // retries exhausted (dead letter)
)

// CrawlJob is a request to crawl one site.
type CrawlJob struct {
	ID        int64     `db:"id" json:"id"`
	Domain    string    `db:"domain" json:"domain"`
	State     JobState  `db:"state" json:"state"`
	Attempts  int       `db:"attempts" json:"attempts"`
	LastError string    `db:"last_error" json:"last_error,omitempty"`
	NextRunAt time.Time `db:"next_run_at" json:"next_run_at"`
	// Result is a JSON summary of the finished crawl (documents found, versions added).
	Result    json.RawMessage `db:"result" json:"result,omitempty"`
	CreatedAt time.Time       `db:"created_at" json:"created_at"`
	UpdatedAt time.Time       `db:"updated_at" json:"updated_at"`
}
