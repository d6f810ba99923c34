package legible

import (
	"strings"
	"time"
)

// CrawlStatus is how a site's latest crawl ended.
type CrawlStatus string

// Crawl statuses. A site never crawled has none ("").
const (
	// StatusRated: documents were found and the site has a score.
	StatusRated CrawlStatus = "rated"
	// StatusNoPolicy: the site answered but no privacy policy, terms or
	// cookie policy could be found or read.
	StatusNoPolicy CrawlStatus = "no_policy"
	// StatusFailed: the site could not be crawled (unreachable, refused by
	// robots.txt, ...).
	StatusFailed CrawlStatus = "failed"
)

// Valid reports whether s is one of the known statuses.
func (s CrawlStatus) Valid() bool {
	return s == StatusRated || s == StatusNoPolicy || s == StatusFailed
}

// CrawlOutcome is what the latest crawl of a site found, kept so that a site
// without a policy, or one that could not be reached, says so instead of
// looking "not rated yet".
type CrawlOutcome struct {
	Status CrawlStatus `json:"status"`
	// Missing lists the kinds of document no page was found for.
	Missing []DocKind `json:"missing,omitempty"`
	// Detail is a short reason for a failed crawl, for people.
	Detail    string    `json:"detail,omitempty"`
	CheckedAt time.Time `json:"checked_at"`
}

// MissingPrivacy reports whether no privacy policy was found.
func (o CrawlOutcome) MissingPrivacy() bool {
	for _, k := range o.Missing {
		if k == KindPrivacy {
			return true
		}
	}
	return false
}

// JoinKinds encodes kinds as a comma-separated list ("privacy,terms").
func JoinKinds(kinds []DocKind) string {
	s := make([]string, len(kinds))
	for i, k := range kinds {
		s[i] = string(k)
	}
	return strings.Join(s, ",")
}

// SplitKinds decodes a list written by JoinKinds, dropping unknown kinds.
func SplitKinds(s string) []DocKind {
	var out []DocKind
	for _, p := range strings.Split(s, ",") {
		if k := DocKind(strings.TrimSpace(p)); k.Valid() {
			out = append(out, k)
		}
	}
	return out
}
