package rating

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/scorer"
)

// RescoreStore is what re-scoring needs from storage.
type RescoreStore interface {
	// VersionsWithoutScore returns up to limit stored versions that have no
	// score under rubricVersion, after the version id afterID.
	VersionsWithoutScore(ctx context.Context, rubricVersion string, afterID int64, limit int) ([]legible.UnscoredVersion, error)
	// AddScore stores a score of a version.
	AddScore(ctx context.Context, versionID int64, s legible.Score) error
	// SiteDetail returns the site with its latest score, signals and documents.
	SiteDetail(ctx context.Context, domain string) (legible.SiteDetail, error)
	// SaveSiteScore records the site's combined score.
	SaveSiteScore(ctx context.Context, siteID int64, s legible.SiteScore) error
}

// rescoreBatch is how many versions Rescore reads at a time.
const rescoreBatch = 100

// Rescore scores every stored version that has no score under the current
// rubric, then combines again the site scores of the sites it touched. A
// version that cannot be scored is logged and skipped; a storage error
// stops it. It returns how many versions it scored and sites it combined.
func Rescore(ctx context.Context, store RescoreStore, log *slog.Logger) (versions, sites int, err error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	rv := scorer.RubricVersion()
	var touched []string
	seen := map[string]bool{}
	var after int64
	for {
		batch, err := store.VersionsWithoutScore(ctx, rv, after, rescoreBatch)
		if err != nil {
			return versions, 0, fmt.Errorf("rating.Rescore: %w", err)
		}
		if len(batch) == 0 {
			break
		}
		for _, u := range batch {
			after = u.VersionID
			rep, err := Score(u.Text, scorer.Options{Language: u.Language, Kind: u.Kind})
			if err != nil {
				log.Warn("rescore: version cannot be scored", "version", u.VersionID, "err", err)
				continue
			}
			s, err := StoredScore(rep, time.Time{})
			if err != nil {
				log.Warn("rescore: version cannot be scored", "version", u.VersionID, "err", err)
				continue
			}
			if err := store.AddScore(ctx, u.VersionID, s); err != nil {
				return versions, 0, fmt.Errorf("rating.Rescore: version %d: %w", u.VersionID, err)
			}
			versions++
			if !seen[u.Domain] {
				seen[u.Domain] = true
				touched = append(touched, u.Domain)
			}
		}
	}
	for _, domain := range touched {
		if err := Recombine(ctx, store, domain); err != nil {
			return versions, sites, err
		}
		sites++
	}
	return versions, sites, nil
}

// RescoreJob is Rescore as a job of the queue (run once at each start, so a
// rubric upgrade re-scores history in the background); it logs what it did.
func RescoreJob(store RescoreStore, log *slog.Logger) func(ctx context.Context) error {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return func(ctx context.Context) error {
		v, s, err := Rescore(ctx, store, log)
		if v > 0 || s > 0 {
			log.Info("rescored stored versions", "rubric", scorer.RubricVersion(), "versions", v, "sites", s)
		}
		return err
	}
}

// Recombine computes a site's combined score again from the latest score of
// each of its documents and its signals, and stores it. Re-scoring is not a
// crawl: the site keeps its last check time.
func Recombine(ctx context.Context, store RescoreStore, domain string) error {
	const op = "rating.Recombine"
	detail, err := store.SiteDetail(ctx, domain)
	if err != nil {
		return fmt.Errorf("%s %s: %w", op, domain, err)
	}
	var docs []scorer.DocumentReport
	for _, d := range detail.Documents {
		if d.Score == nil || len(d.Score.Report) == 0 {
			continue
		}
		var rep scorer.Report
		if err := json.Unmarshal(d.Score.Report, &rep); err != nil {
			return fmt.Errorf("%s %s: decode report of version %d: %w", op, domain, d.Version.ID, err)
		}
		docs = append(docs, scorer.DocumentReport{Kind: d.Document.Kind, URL: d.Document.URL, Report: &rep})
	}
	if len(docs) == 0 {
		return nil
	}
	_, ss, err := Site(docs, detail.Signals, detail.CheckedAt)
	if err != nil {
		return fmt.Errorf("%s %s: %w", op, domain, err)
	}
	ss.SiteID = detail.Site.ID
	if err := store.SaveSiteScore(ctx, detail.Site.ID, ss); err != nil {
		return fmt.Errorf("%s %s: %w", op, domain, err)
	}
	return nil
}
