package api

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/rating"
	"github.com/legible-app/legible/scorer"
)

// maxTopFindings caps the findings sent per site in a lookup bucket.
const maxTopFindings = 3

// lookupResponse is the body of GET /v1/lookup/{prefix}. Its shape is shared
// with the browser extension.
type lookupResponse struct {
	Prefix string       `json:"prefix"`
	Sites  []lookupSite `json:"sites"`
}

type lookupSite struct {
	Hash string `json:"hash"`
	// Grade is "" for a site whose latest crawl found no policy or failed
	// (Status then says which), and for a site rated but not graded (its
	// documents are in a language Legible cannot read yet).
	Grade          legible.Grade   `json:"grade"`
	Score          int             `json:"score"`
	ReadingMinutes float64         `json:"reading_minutes"`
	CheckedAt      string          `json:"checked_at"`
	TopFindings    []lookupFinding `json:"top_findings"`
	// Status is how the latest crawl ended: rated, no_policy or failed.
	Status legible.CrawlStatus `json:"status,omitempty"`
	// Missing lists the kinds of document the latest crawl did not find.
	Missing []legible.DocKind `json:"missing,omitempty"`
}

type lookupFinding struct {
	// ID and Answer name a practice fact ("sells-data", "no"), so that the
	// extension can say it in the reader's language.
	ID       string             `json:"id,omitempty"`
	Answer   string             `json:"answer,omitempty"`
	Kind     scorer.FindingKind `json:"kind"`
	Label    string             `json:"label"`
	Quote    string             `json:"quote,omitempty"`
	Document legible.DocKind    `json:"document,omitempty"`
}

// validPrefix reports whether p is exactly four lower-case hex digits.
func validPrefix(p string) bool {
	if len(p) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		b := p[i]
		if !(b >= '0' && b <= '9' || b >= 'a' && b <= 'f') {
			return false
		}
	}
	return true
}

// lookup serves GET /v1/lookup/{prefix}: every rated site whose domain hash
// starts with prefix, and every site whose latest crawl found no policy or
// failed (with a status and no grade). An empty bucket is an empty list, never a 404, so the
// answer says nothing about which site the client holds.
func (s *Server) lookup(c *gin.Context) {
	prefix := c.Param("prefix")
	if !validPrefix(prefix) {
		s.fail(c, invalidf("prefix must be exactly 4 lower-case hex digits (the start of the SHA-256 of the registrable domain)"))
		return
	}
	body, err := s.cache.bucket(c.Request.Context(), prefix)
	if err != nil {
		s.fail(c, err)
		return
	}
	h := c.Writer.Header()
	h["Cache-Control"] = s.publicCache
	c.Data(200, "application/json; charset=utf-8", body)
}

// emptyBucket is the response for a prefix that holds no rated site.
func emptyBucket(prefix string) []byte {
	return []byte(`{"prefix":"` + prefix + `","sites":[]}`)
}

// encodeBucket builds the lookup response of one bucket from the store's rows.
func encodeBucket(prefix string, rows []legible.SiteSummary) ([]byte, error) {
	sites := make([]lookupSite, 0, len(rows))
	var firstErr error
	for _, r := range rows {
		s, err := newLookupSite(r)
		if err != nil && firstErr == nil {
			firstErr = err
		}
		sites = append(sites, s)
	}
	body, err := encodeSites(prefix, sites)
	if err != nil {
		return nil, err
	}
	return body, firstErr
}

// newLookupSite shapes one row for the lookup. A report that cannot be
// decoded costs the site its findings, not its place in the bucket; the
// error says so.
func newLookupSite(r legible.SiteSummary) (lookupSite, error) {
	findings, err := topFindings(r.Report)
	if err != nil {
		findings, err = []lookupFinding{}, fmt.Errorf("site %s: %w", r.DomainHash, err)
	}
	return lookupSite{
		Hash:           r.DomainHash,
		Grade:          r.Grade,
		Score:          r.Score,
		ReadingMinutes: roundTenth(r.ReadingMin),
		CheckedAt:      formatTime(r.CheckedAt),
		TopFindings:    findings,
		Status:         r.Status,
		Missing:        r.Missing,
	}, err
}

// encodeSites encodes a bucket's sites, ordered by hash.
func encodeSites(prefix string, sites []lookupSite) ([]byte, error) {
	sort.Slice(sites, func(i, j int) bool { return sites[i].Hash < sites[j].Hash })
	body, err := json.Marshal(lookupResponse{Prefix: prefix, Sites: sites})
	if err != nil {
		return nil, fmt.Errorf("encode bucket %s: %w", prefix, err)
	}
	return body, nil
}

// topFindings reads the top findings out of a stored site report.
func topFindings(report json.RawMessage) ([]lookupFinding, error) {
	out := []lookupFinding{}
	if len(report) == 0 {
		return out, nil
	}
	var r struct {
		TopFindings []scorer.Finding `json:"top_findings"`
	}
	if err := json.Unmarshal(report, &r); err != nil {
		return nil, fmt.Errorf("decode site report: %w", err)
	}
	for i, f := range r.TopFindings {
		if i == maxTopFindings {
			break
		}
		// Reports stored before quotes were clipped are clipped on the way out.
		out = append(out, lookupFinding{ID: f.ID, Answer: f.Answer, Kind: f.Kind, Label: f.Label, Quote: rating.ClipQuote(f.Quote), Document: f.Document})
	}
	return out, nil
}

// roundTenth rounds reading minutes to one decimal.
func roundTenth(v float64) float64 { return math.Round(v*10) / 10 }

// formatTime formats t as RFC 3339 in UTC to the second; "" for the zero time.
func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Truncate(time.Second).Format(time.RFC3339)
}

// maxAgeHeader builds a public Cache-Control value.
func maxAgeHeader(d time.Duration) []string {
	return []string{"public, max-age=" + strconv.Itoa(int(d.Seconds()))}
}
