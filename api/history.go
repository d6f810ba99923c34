package api

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
)

// historyResponse is the body of GET /v1/sites/{domain}/history.
type historyResponse struct {
	Domain        string `json:"domain"`
	UnicodeDomain string `json:"unicode_domain"`
	// Scores are the site's combined scores, oldest first.
	Scores []historyScore `json:"scores"`
	// Versions are every version of every document, by document then oldest first.
	Versions []historyVersion `json:"versions"`
}

type historyScore struct {
	// Score is null for a site score without a grade.
	Score          *int          `json:"score"`
	Grade          legible.Grade `json:"grade"`
	RubricVersion  string        `json:"rubric_version"`
	ReadingMinutes float64       `json:"reading_minutes"`
	At             string        `json:"at"`
}

type historyVersion struct {
	Kind        legible.DocKind `json:"kind"`
	URL         string          `json:"url"`
	VersionID   int64           `json:"version_id"`
	FetchedAt   string          `json:"fetched_at"`
	CheckedAt   string          `json:"checked_at,omitempty"`
	ContentHash string          `json:"content_hash"`
	Language    string          `json:"language"`
	Words       int             `json:"words"`
	// Rendered is true when the text was read after the page's scripts ran.
	Rendered       bool          `json:"rendered"`
	Score          *int          `json:"score"`
	Grade          legible.Grade `json:"grade,omitempty"`
	RubricVersion  string        `json:"rubric_version,omitempty"`
	ReadingMinutes float64       `json:"reading_minutes"`
	// PreviousID is the document's version before this one, when there is one.
	PreviousID *int64 `json:"previous_id,omitempty"`
	// Diff links to the text diff against the previous version.
	Diff string `json:"diff,omitempty"`
}

// history serves GET /v1/sites/{domain}/history.
func (s *Server) history(c *gin.Context) {
	domain, err := domainParam(c)
	if err != nil {
		s.fail(c, err)
		return
	}
	ctx := c.Request.Context()
	site, err := s.store.FindSite(ctx, domain)
	if err != nil {
		s.fail(c, notRated(err, domain))
		return
	}
	scores, err := s.store.SiteScoreHistory(ctx, site.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	entries, err := s.store.History(ctx, site.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	resp := historyResponse{
		Domain:        site.Domain,
		UnicodeDomain: site.UnicodeDomain,
		Scores:        make([]historyScore, 0, len(scores)),
		Versions:      make([]historyVersion, 0, len(entries)),
	}
	for _, sc := range scores {
		resp.Scores = append(resp.Scores, historyScore{
			Score: gradedScore(sc.Overall, sc.Grade), Grade: sc.Grade, RubricVersion: sc.RubricVersion,
			ReadingMinutes: roundTenth(sc.ReadingMin), At: formatTime(sc.CreatedAt),
		})
	}
	prev := map[int64]int64{} // document ID → its latest version ID so far
	for _, e := range entries {
		v := historyVersion{
			Kind: e.Document.Kind, URL: e.Document.URL,
			VersionID: e.Version.ID, FetchedAt: formatTime(e.Version.FetchedAt),
			CheckedAt: formatTime(e.Version.CheckedAt), ContentHash: e.Version.ContentHash,
			Language: e.Version.Language, Words: e.Version.Words, Rendered: e.Version.Rendered,
		}
		if e.Score != nil {
			score := e.Score.Overall
			v.Score, v.Grade, v.RubricVersion = &score, e.Score.Grade, e.Score.RubricVersion
			v.ReadingMinutes = roundTenth(e.Score.ReadingMin)
		}
		if p, ok := prev[e.Document.ID]; ok {
			v.PreviousID = &p
			v.Diff = "/v1/versions/" + strconv.FormatInt(e.Version.ID, 10) + "/diff?against=" + strconv.FormatInt(p, 10)
		}
		prev[e.Document.ID] = e.Version.ID
		resp.Versions = append(resp.Versions, v)
	}
	c.Header("Cache-Control", "public, max-age=60")
	c.JSON(http.StatusOK, resp)
}
