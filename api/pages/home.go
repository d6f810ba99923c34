package pages

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/api/links"
)

// leaderboardSize is how many sites each leaderboard lists.
const leaderboardSize = 10

// changesShown is how many recent changes the home page lists.
const changesShown = 10

// siteRow is one site in a leaderboard.
type siteRow struct {
	Rank    string
	Name    string
	Href    string
	Grade   gradeView
	Score   string
	Reading string
}

// changeRow is one recorded policy change.
type changeRow struct {
	Name, Href string
	Kind       string
	Date, ISO  string
	// From and To are the grades before and after, when both are known.
	From, To           *gradeView
	FromScore, ToScore string
	// DiffHref shows what changed from the previous version, when there is one.
	DiffHref string
}

// homeView is the data of the home page.
type homeView struct {
	page
	Best, Worst []siteRow
	Chart       barChart
	Total       string
	Changes     []changeRow
}

func (h *handler) home(c *gin.Context) {
	p := h.newPage(c, "")
	p.Feed = "/feeds/changes.atom"
	p.Title = p.L.T("home.title")
	ctx := c.Request.Context()
	// Only graded sites are ranked: a site not graded in its language has no
	// score to rank, and must not top the least legible.
	best, err := h.store.ListSites(ctx, legible.SiteFilter{Grades: allGrades, Sort: "-score", Limit: leaderboardSize})
	if err != nil {
		h.internal(c, p, "pages.home: best sites", err)
		return
	}
	worst, err := h.store.ListSites(ctx, legible.SiteFilter{Grades: allGrades, Sort: "score", Limit: leaderboardSize})
	if err != nil {
		h.internal(c, p, "pages.home: worst sites", err)
		return
	}
	counts, err := h.store.GradeCounts(ctx)
	if err != nil {
		h.internal(c, p, "pages.home: grade counts", err)
		return
	}
	changes, err := h.store.RecentChanges(ctx, "", changesShown)
	if err != nil {
		h.internal(c, p, "pages.home: recent changes", err)
		return
	}
	total := 0
	for _, n := range counts {
		total += n
	}
	v := homeView{
		page:    p,
		Best:    siteRows(p.L, best.Sites),
		Worst:   siteRows(p.L, worst.Sites),
		Chart:   gradeChart(p.L, counts),
		Total:   p.L.Plural("home.sites.count", total),
		Changes: changeRows(p.L, changes),
	}
	c.Header("Cache-Control", "public, max-age=60")
	h.render(c, http.StatusOK, "home", p.L, v)
}

// search sends the home page's search form to the site's report.
func (h *handler) search(c *gin.Context) {
	q := strings.TrimSpace(c.Query("q"))
	p := h.newPage(c, "")
	if q == "" {
		c.Redirect(http.StatusSeeOther, p.L.Link("/"))
		return
	}
	ascii, _, err := legible.NormalizeDomain(q)
	if err != nil {
		h.badDomain(c, p, q, err)
		return
	}
	c.Redirect(http.StatusSeeOther, p.L.Link(links.SitePage(ascii)))
}

// badDomain renders the 400 page for input that is not a domain.
func (h *handler) badDomain(c *gin.Context, p page, input string, err error) {
	if !errors.Is(err, legible.ErrInvalid) {
		h.internal(c, p, "pages: normalise domain", err)
		return
	}
	if len(input) > 200 {
		input = input[:200] + "…"
	}
	h.fail(c, p, http.StatusBadRequest, p.L.T("error.400.title"), p.L.T("error.400.text", input))
}

func siteRows(l *Localizer, sites []legible.SiteSummary) []siteRow {
	rows := make([]siteRow, 0, len(sites))
	for i, s := range sites {
		rows = append(rows, siteRow{
			Rank:    l.Int(i + 1),
			Name:    displayName(s.Domain, s.UnicodeDomain),
			Href:    l.Link(links.SitePage(s.Domain)),
			Grade:   viewGrade(s.Grade),
			Score:   l.Int(s.Score),
			Reading: l.Duration(s.ReadingMin),
		})
	}
	return rows
}

func changeRows(l *Localizer, changes []legible.Change) []changeRow {
	rows := make([]changeRow, 0, len(changes))
	for _, ch := range changes {
		r := changeRow{
			Name: displayName(ch.Domain, ch.UnicodeDomain),
			Href: l.Link(links.SitePage(ch.Domain)),
			Kind: kindName(l, ch.Kind),
			Date: l.Date(ch.FetchedAt),
			ISO:  ISODate(ch.FetchedAt),
		}
		if ch.PreviousID != nil {
			r.DiffHref = "/v1/versions/" + strconv.FormatInt(ch.VersionID, 10) + "/diff?against=" + strconv.FormatInt(*ch.PreviousID, 10)
		}
		if ch.Grade != nil && ch.PreviousGrade != nil {
			from, to := scoredGrade(l, *ch.PreviousGrade), scoredGrade(l, *ch.Grade)
			r.From, r.To = &from, &to
		}
		if ch.Score != nil && ch.PreviousScore != nil && ch.Grade != nil && *ch.Grade != "" && ch.PreviousGrade != nil && *ch.PreviousGrade != "" {
			r.FromScore, r.ToScore = l.Int(*ch.PreviousScore), l.Int(*ch.Score)
		}
		rows = append(rows, r)
	}
	return rows
}

// displayName is the Unicode form of a domain when known, else its ASCII form.
func displayName(ascii, unicode string) string {
	if unicode != "" {
		return unicode
	}
	return ascii
}

// kindName names a document kind in the page language.
func kindName(l *Localizer, k legible.DocKind) string {
	if !k.Valid() {
		k = legible.KindOther
	}
	return l.T("doc.kind." + string(k))
}
