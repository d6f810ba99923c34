package api

import (
	"context"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/api/pages"
)

// Store is what the API reads from storage: the pages' needs and its own.
// db.DB implements it on SQLite and PostgreSQL.
type Store interface {
	pages.Store
	lookupStore
	keyStore

	// Ping checks that the database answers.
	Ping(ctx context.Context) error
	// FindSite finds a site by its ASCII or Unicode registrable domain.
	FindSite(ctx context.Context, domain string) (legible.Site, error)
	// History returns every version of every document of the site with its
	// latest score, by document then oldest first.
	History(ctx context.Context, siteID int64) ([]legible.HistoryEntry, error)
	// Version returns one version with its text and raw snapshot.
	Version(ctx context.Context, id int64) (legible.Version, error)
}

// lookupStore is what the lookup cache and the exports read.
type lookupStore interface {
	// SitesByHashPrefix returns the scored sites whose DomainHash starts with
	// prefix (lower-case hex), with their site report.
	SitesByHashPrefix(ctx context.Context, prefix string) ([]legible.SiteSummary, error)
	// ExportLatest calls fn for every scored site, streaming rows from the database.
	ExportLatest(ctx context.Context, fn func(legible.SiteSummary) error) error
	// ExportWithVersions is ExportLatest with SiteSummary.VersionDates.
	ExportWithVersions(ctx context.Context, fn func(legible.SiteSummary) error) error
	// Table returns the compact table, only rows updated after since when it is non-zero.
	Table(ctx context.Context, since time.Time) ([]legible.TableEntry, error)
}

// keyStore checks API keys.
type keyStore interface {
	// CheckAPIKey returns the key's name, or legible.ErrUnauthorized.
	CheckAPIKey(ctx context.Context, key string) (string, error)
}
