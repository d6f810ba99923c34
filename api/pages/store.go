package pages

import (
	"context"

	"github.com/legible-app/legible"
)

// Store is what the pages read from storage; db.DB implements it.
type Store interface {
	// SiteDetail returns the site with its latest score, signals and documents.
	SiteDetail(ctx context.Context, domain string) (legible.SiteDetail, error)
	// SiteScoreHistory returns the site's combined scores, oldest first.
	SiteScoreHistory(ctx context.Context, siteID int64) ([]legible.SiteScore, error)
	// ListSites lists scored sites with filters, sort and keyset pagination.
	ListSites(ctx context.Context, f legible.SiteFilter) (legible.SitePage, error)
	// RecentChanges returns the latest text changes, newest first; domain "" means all sites.
	RecentChanges(ctx context.Context, domain string, limit int) ([]legible.Change, error)
	// GradeCounts counts scored sites per grade.
	GradeCounts(ctx context.Context) (map[legible.Grade]int, error)
}
