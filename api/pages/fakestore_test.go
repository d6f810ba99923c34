package pages

import (
	"context"
	"slices"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/internal/jobstest"
)

// fakeStore answers the read methods the pages use from fixed data, and
// queues crawl requests in memory (its embedded jobstest.Jobs).
type fakeStore struct {
	jobstest.Jobs

	details map[string]legible.SiteDetail
	history map[int64][]legible.SiteScore
	sites   []legible.SiteSummary
	counts  map[legible.Grade]int
	changes []legible.Change
	err     error
}

func (f *fakeStore) SiteDetail(_ context.Context, domain string) (legible.SiteDetail, error) {
	if f.err != nil {
		return legible.SiteDetail{}, f.err
	}
	d, ok := f.details[domain]
	if !ok {
		return legible.SiteDetail{}, legible.ErrNotFound
	}
	return d, nil
}

func (f *fakeStore) SiteScoreHistory(_ context.Context, siteID int64) ([]legible.SiteScore, error) {
	return f.history[siteID], f.err
}

func (f *fakeStore) ListSites(_ context.Context, flt legible.SiteFilter) (legible.SitePage, error) {
	if f.err != nil {
		return legible.SitePage{}, f.err
	}
	var out []legible.SiteSummary
	for _, s := range f.sites {
		if len(flt.Grades) == 0 || slices.Contains(flt.Grades, s.Grade) {
			out = append(out, s)
		}
	}
	if flt.Sort == "-score" {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	if flt.Limit > 0 && len(out) > flt.Limit {
		out = out[:flt.Limit]
	}
	return legible.SitePage{Sites: out}, nil
}

func (f *fakeStore) GradeCounts(context.Context) (map[legible.Grade]int, error) {
	return f.counts, f.err
}

func (f *fakeStore) RecentChanges(_ context.Context, domain string, limit int) ([]legible.Change, error) {
	var out []legible.Change
	for _, c := range f.changes {
		if domain == "" || c.Domain == domain {
			out = append(out, c)
		}
	}
	if len(out) > limit {
		out = out[:limit]
	}
	return out, f.err
}
