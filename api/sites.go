package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/api/links"
	"github.com/legible-app/legible/rating"
	"github.com/legible-app/legible/scorer"
)

// siteResponse is the body of GET /v1/sites/{domain}: the site's latest report.
type siteResponse struct {
	Domain        string `json:"domain"`
	UnicodeDomain string `json:"unicode_domain"`
	DomainHash    string `json:"domain_hash"`
	CanonicalURL  string `json:"canonical_url,omitempty"`
	// Name is the name the site gives itself, when known.
	Name string `json:"name,omitempty"`
	// Rated is false for a known site that has no score yet.
	Rated bool `json:"rated"`
	// Status is how the latest crawl ended: rated, no_policy (the site
	// answered but no privacy policy, terms or cookie policy was found) or
	// failed; "" when the site was never crawled.
	Status legible.CrawlStatus `json:"status,omitempty"`
	// Missing lists the kinds of document the latest crawl did not find.
	Missing []legible.DocKind `json:"missing,omitempty"`
	// StatusDetail says why the latest crawl failed.
	StatusDetail string `json:"status_detail,omitempty"`
	// StatusCheckedAt is when the latest crawl ended.
	StatusCheckedAt string `json:"status_checked_at,omitempty"`
	// Message says the state in a sentence, for people.
	Message string `json:"message,omitempty"`
	// Score is null for a site not rated yet, and for one rated but not
	// graded (NotGraded says why).
	Score *int `json:"score"`
	// NotGraded says why a rated site has no grade: "language" (no document
	// in a language Legible can read yet) or "no_documents".
	NotGraded      string             `json:"not_graded,omitempty"`
	Grade          legible.Grade      `json:"grade,omitempty"`
	RubricVersion  string             `json:"rubric_version,omitempty"`
	ReadingMinutes float64            `json:"reading_minutes"`
	Words          int                `json:"words"`
	Language       string             `json:"language,omitempty"`
	CheckedAt      string             `json:"checked_at,omitempty"`
	ScoredAt       string             `json:"scored_at,omitempty"`
	Documents      []siteDocument     `json:"documents"`
	Criteria       []scorer.Criterion `json:"criteria"`
	TopFindings    []scorer.Finding   `json:"top_findings"`
	// Practices answer the questions a reader asks ("does it sell my data?"),
	// each with the sentences that answer it.
	Practices []scorer.Practice `json:"practices"`
	// Parts and Explanation state the site rule: each graded document's score
	// and weight, each signal's points, and the result in one line.
	Parts       []scorer.SitePart `json:"parts"`
	Explanation string            `json:"explanation,omitempty"`
	Signals     *legible.Signals  `json:"signals,omitempty"`
	Links       siteLinks         `json:"links"`
}

type siteDocument struct {
	Kind           legible.DocKind `json:"kind"`
	URL            string          `json:"url"`
	Language       string          `json:"language"`
	Words          int             `json:"words"`
	ReadingMinutes float64         `json:"reading_minutes"`
	// Score is null when the document is not scored, or scored but not graded.
	Score         *int          `json:"score"`
	Grade         legible.Grade `json:"grade,omitempty"`
	RubricVersion string        `json:"rubric_version,omitempty"`
	VersionID     int64         `json:"version_id"`
	FetchedAt     string        `json:"fetched_at"`
	CheckedAt     string        `json:"checked_at,omitempty"`
	// Rendered is true when the text was read after the page's scripts ran.
	Rendered bool `json:"rendered"`
}

type siteLinks struct {
	Self    string `json:"self"`
	History string `json:"history"`
	Badge   string `json:"badge"`
	Page    string `json:"page"`
	Feed    string `json:"feed"`
}

// domainParam normalises the :domain path parameter (any spelling: case,
// www., a full URL, Unicode or punycode) to the registrable ASCII domain.
func domainParam(c *gin.Context) (string, error) {
	ascii, _, err := legible.NormalizeDomain(c.Param("domain"))
	if err != nil {
		return "", fmt.Errorf("domain: %w", err)
	}
	return ascii, nil
}

// notRated rewrites a store's not-found error for a domain into a clear message.
func notRated(err error, domain string) error {
	if errors.Is(err, legible.ErrNotFound) {
		return fmt.Errorf("%w: %s is not known to Legible yet; request a crawl with POST /v1/crawls", legible.ErrNotFound, domain)
	}
	return err
}

// site serves GET /v1/sites/{domain}.
func (s *Server) site(c *gin.Context) {
	domain, err := domainParam(c)
	if err != nil {
		s.fail(c, err)
		return
	}
	d, err := s.store.SiteDetail(c.Request.Context(), domain)
	if err != nil {
		s.fail(c, notRated(err, domain))
		return
	}
	resp, err := newSiteResponse(d)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Header("Cache-Control", "public, max-age=60")
	c.JSON(http.StatusOK, resp)
}

// newSiteResponse shapes a site's detail into the API's report.
func newSiteResponse(d legible.SiteDetail) (siteResponse, error) {
	r := siteResponse{
		Domain:        d.Site.Domain,
		UnicodeDomain: d.Site.UnicodeDomain,
		DomainHash:    d.Site.DomainHash,
		CanonicalURL:  d.Site.CanonicalURL,
		Name:          d.Site.Name,
		CheckedAt:     formatTime(d.CheckedAt),
		Documents:     make([]siteDocument, 0, len(d.Documents)),
		Criteria:      []scorer.Criterion{},
		TopFindings:   []scorer.Finding{},
		Practices:     []scorer.Practice{},
		Parts:         []scorer.SitePart{},
		Signals:       d.Signals,
		Links: siteLinks{
			Self:    links.SiteAPI(d.Site.Domain),
			History: links.SiteHistory(d.Site.Domain),
			Badge:   links.Badge(d.Site.Domain),
			Page:    links.SitePage(d.Site.Domain),
			Feed:    links.SiteFeed(d.Site.Domain),
		},
	}
	if o := d.Crawl; o != nil {
		r.Status, r.Missing, r.StatusDetail = o.Status, o.Missing, o.Detail
		r.StatusCheckedAt = formatTime(o.CheckedAt)
		r.Message = OutcomeMessage(*o)
	}
	if r.DomainHash == "" {
		r.DomainHash = legible.DomainHash(d.Site.Domain)
	}
	words := 0
	for _, ds := range d.Documents {
		doc := siteDocument{
			Kind:      ds.Document.Kind,
			URL:       ds.Document.URL,
			Language:  ds.Version.Language,
			Words:     ds.Version.Words,
			Rendered:  ds.Version.Rendered,
			VersionID: ds.Version.ID,
			FetchedAt: formatTime(ds.Version.FetchedAt),
			CheckedAt: formatTime(ds.Version.CheckedAt),
		}
		if ds.Score != nil {
			doc.Grade, doc.RubricVersion = ds.Score.Grade, ds.Score.RubricVersion
			if ds.Score.Grade != "" {
				score := ds.Score.Overall
				doc.Score = &score
			}
			doc.ReadingMinutes = roundTenth(ds.Score.ReadingMin)
		}
		words += ds.Version.Words
		r.Documents = append(r.Documents, doc)
	}
	r.Words = words
	if d.Score == nil {
		return r, nil
	}
	r.Rated, r.Grade = true, d.Score.Grade
	if d.Score.Grade != "" {
		score := d.Score.Overall
		r.Score = &score
	} else {
		r.NotGraded = scorer.NotGradedLanguage // what a report that does not say means
	}
	r.RubricVersion, r.Language = d.Score.RubricVersion, d.Score.Language
	r.ReadingMinutes = roundTenth(d.Score.ReadingMin)
	r.ScoredAt = formatTime(d.Score.CreatedAt)
	if len(d.Score.Report) > 0 {
		var rep scorer.SiteReport
		if err := json.Unmarshal(d.Score.Report, &rep); err != nil {
			return r, fmt.Errorf("site %s: decode site report: %w", d.Site.Domain, err)
		}
		// Reports stored before quotes were clipped are clipped on the way out.
		rating.ClipSiteQuotes(&rep)
		if rep.Criteria != nil {
			r.Criteria = rep.Criteria
		}
		if rep.TopFindings != nil {
			r.TopFindings = rep.TopFindings
		}
		if rep.Practices != nil {
			r.Practices = rep.Practices
		}
		if rep.Parts != nil {
			r.Parts = rep.Parts
		}
		r.Explanation = rep.Explanation
		if r.Grade == "" && rep.NotGraded != "" {
			r.NotGraded = rep.NotGraded
		}
		if rep.Words > 0 {
			r.Words = rep.Words
		}
		if r.Signals == nil {
			r.Signals = rep.Signals
		}
	}
	return r, nil
}
