package pages

import (
	"time"

	"github.com/legible-app/legible"
)

// pendingRefresh is how often, in seconds, a page waiting for a requested
// rating reloads itself (a <meta http-equiv="refresh">: no script needed).
const pendingRefresh = 15

// outcomeView says how the latest crawl of an unrated site ended.
type outcomeView struct {
	// NoPolicy and Failed tell the two states apart; both false means the
	// site was never crawled, or its crawl is pending.
	NoPolicy, Failed bool
	Heading          string
	Text             string
	Reason           string
	// Recheck offers a new crawl: a site checked less than freshFor ago is
	// not crawled again on request.
	Recheck bool
}

// viewOutcome describes the latest crawl outcome of a site without a score;
// nil when there is nothing to say.
func viewOutcome(l *Localizer, o *legible.CrawlOutcome, now time.Time) *outcomeView {
	if o == nil {
		return nil
	}
	date := l.Date(o.CheckedAt)
	recheck := now.Sub(o.CheckedAt) >= freshFor
	switch o.Status {
	case legible.StatusNoPolicy:
		v := &outcomeView{NoPolicy: true, Heading: l.T("site.nopolicy"), Text: l.T("site.nopolicy.text", date), Recheck: recheck}
		if !o.MissingPrivacy() {
			v.Text = l.T("site.nopolicy.partial", date)
		}
		return v
	case legible.StatusFailed:
		v := &outcomeView{Failed: true, Heading: l.T("site.failed"), Text: l.T("site.failed.text", date), Recheck: recheck}
		if o.Detail != "" {
			v.Reason = l.T("site.failed.reason", o.Detail)
		}
		return v
	}
	return nil
}

// ratingSettled reports whether a requested rating has an answer to show:
// a score, or a crawl that found no policy or failed.
func ratingSettled(d legible.SiteDetail) bool {
	return d.Score != nil || (d.Crawl != nil && d.Crawl.Status != legible.StatusRated)
}
