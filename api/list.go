package api

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
)

// maxPageSize is the largest page GET /v1/sites returns.
const maxPageSize = 500

var validSorts = map[string]bool{
	"score": true, "-score": true, "reading": true, "-reading": true,
	"changed": true, "-changed": true, "domain": true,
}

// listResponse is the body of GET /v1/sites.
type listResponse struct {
	Sites []listSite `json:"sites"`
	// Next is the cursor of the next page, "" on the last one.
	Next string `json:"next"`
}

type listSite struct {
	Domain        string `json:"domain"`
	UnicodeDomain string `json:"unicode_domain"`
	DomainHash    string `json:"domain_hash"`
	// Score is null for a site without a grade (not graded in its
	// language, or no policy found).
	Score          *int          `json:"score"`
	Grade          legible.Grade `json:"grade"`
	RubricVersion  string        `json:"rubric_version"`
	ReadingMinutes float64       `json:"reading_minutes"`
	Language       string        `json:"language"`
	CheckedAt      string        `json:"checked_at"`
	ChangedAt      string        `json:"changed_at"`
	// Status is how the latest crawl ended (rated, no_policy, failed); the
	// export lists sites without a grade too.
	Status  legible.CrawlStatus `json:"status,omitempty"`
	Missing []legible.DocKind   `json:"missing,omitempty"`
}

// parseSiteFilter reads the query of GET /v1/sites.
func parseSiteFilter(c *gin.Context) (legible.SiteFilter, error) {
	var f legible.SiteFilter
	for _, v := range c.QueryArray("grade") {
		for _, g := range strings.Split(v, ",") {
			g = strings.ToUpper(strings.TrimSpace(g))
			if g == "" {
				continue
			}
			if legible.Grade(g).Rank() < 0 {
				return f, invalidf("grade %q is not one of A, B, C, D, E", g)
			}
			f.Grades = append(f.Grades, legible.Grade(g))
		}
	}
	if v := c.Query("language"); v != "" {
		if !validLanguage(v) {
			return f, invalidf("language %q is not an ISO 639-1 code", v)
		}
		f.Language = strings.ToLower(v)
	}
	for _, p := range []struct {
		name string
		dst  **int
	}{{"min_score", &f.MinScore}, {"max_score", &f.MaxScore}} {
		v := c.Query(p.name)
		if v == "" {
			continue
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 100 {
			return f, invalidf("%s must be an integer from 0 to 100", p.name)
		}
		*p.dst = &n
	}
	if f.MinScore != nil && f.MaxScore != nil && *f.MinScore > *f.MaxScore {
		return f, invalidf("min_score is above max_score")
	}
	f.Search = strings.ToLower(strings.TrimSpace(c.Query("q")))
	if len(f.Search) > 253 {
		return f, invalidf("q is too long")
	}
	practices, err := parsePractices(c.QueryArray("practice"))
	if err != nil {
		return f, err
	}
	f.Practices = practices
	f.Sort = c.DefaultQuery("sort", "domain")
	if !validSorts[f.Sort] {
		return f, invalidf("sort must be one of score, -score, reading, -reading, changed, -changed, domain")
	}
	f.Limit = 50
	if v := c.Query("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxPageSize {
			return f, invalidf("limit must be an integer from 1 to %d", maxPageSize)
		}
		f.Limit = n
	}
	f.After = c.Query("cursor")
	return f, nil
}

// maxPracticeFilters bounds the practice facts one listing may require.
const maxPracticeFilters = 10

// parsePractices reads ?practice=ID:ANSWER values (repeated, or
// comma-separated): the sites listed must answer every one so.
func parsePractices(values []string) ([]legible.PracticeAnswer, error) {
	var out []legible.PracticeAnswer
	for _, v := range values {
		for _, p := range strings.Split(v, ",") {
			p = strings.TrimSpace(p)
			if p == "" {
				continue
			}
			id, answer, ok := strings.Cut(p, ":")
			id, answer = strings.TrimSpace(id), strings.TrimSpace(answer)
			if !ok || !validKey(id) || !validKey(answer) {
				return nil, invalidf("practice %q must be ID:ANSWER, e.g. sells-data:yes", p)
			}
			out = append(out, legible.PracticeAnswer{ID: id, Answer: answer})
		}
	}
	if len(out) > maxPracticeFilters {
		return nil, invalidf("at most %d practice filters", maxPracticeFilters)
	}
	return out, nil
}

// validKey accepts a practice id or answer: 1 to 64 lower-case letters,
// digits, '-', '_' or '.'.
func validKey(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return true
}

// validLanguage accepts a two-letter ISO 639-1 code.
func validLanguage(v string) bool {
	if len(v) != 2 {
		return false
	}
	for i := 0; i < 2; i++ {
		b := v[i] | 0x20
		if b < 'a' || b > 'z' {
			return false
		}
	}
	return true
}

// listSites serves GET /v1/sites.
func (s *Server) listSites(c *gin.Context) {
	f, err := parseSiteFilter(c)
	if err != nil {
		s.fail(c, err)
		return
	}
	page, err := s.store.ListSites(c.Request.Context(), f)
	if err != nil {
		s.fail(c, err)
		return
	}
	resp := listResponse{Sites: make([]listSite, 0, len(page.Sites)), Next: page.Next}
	for _, r := range page.Sites {
		resp.Sites = append(resp.Sites, newListSite(r))
	}
	c.Header("Cache-Control", "public, max-age=60")
	c.JSON(http.StatusOK, resp)
}

func newListSite(r legible.SiteSummary) listSite {
	return listSite{
		Domain:         r.Domain,
		UnicodeDomain:  r.UnicodeDomain,
		DomainHash:     r.DomainHash,
		Score:          gradedScore(r.Score, r.Grade),
		Grade:          r.Grade,
		RubricVersion:  r.RubricVersion,
		ReadingMinutes: roundTenth(r.ReadingMin),
		Language:       r.Language,
		CheckedAt:      formatTime(r.CheckedAt),
		ChangedAt:      formatTime(r.ChangedAt),
		Status:         r.Status,
		Missing:        r.Missing,
	}
}

// gradedScore is score, or nil (JSON null) when there is no grade: a score
// of 0 would read as the worst grade.
func gradedScore(score int, g legible.Grade) *int {
	if g == "" {
		return nil
	}
	return &score
}
