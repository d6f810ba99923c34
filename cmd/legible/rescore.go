package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/scorer"
)

func init() {
	register(command{
		name:    "rescore",
		summary: "score stored versions under the current rubric, without re-crawling",
		run:     runRescore,
	})
}

func runRescore(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "rescore", "rescore [--db DSN]")
	dsn := fs.String("db", envOr(e, "LEGIBLE_DB", db.DefaultSQLiteFile), "SQLite file or postgres:// DSN (env LEGIBLE_DB)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return &exitError{code: 2, err: fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))}
	}
	store, err := db.Open(ctx, *dsn, e.log)
	if err != nil {
		return fmt.Errorf("open database: %w", err)
	}
	defer store.Close()
	versions, sites, err := rescore(ctx, store, e.log)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "rubric %s: %d versions scored, %d sites re-combined\n", scorer.RubricVersion(), versions, sites)
	return nil
}

// rescoreFunc is the queue's start job: after a rubric upgrade, stored
// versions are scored again in the background.
func rescoreFunc(store *db.DB, log *slog.Logger) func(ctx context.Context) error {
	return func(ctx context.Context) error {
		v, s, err := rescore(ctx, store, log)
		if v > 0 || s > 0 {
			log.Info("rescored stored versions", "rubric", scorer.RubricVersion(), "versions", v, "sites", s)
		}
		return err
	}
}

// rescore scores every stored version that has no score under the current
// rubric, then re-combines the site scores of the sites touched.
func rescore(ctx context.Context, store *db.DB, log *slog.Logger) (versions, sites int, err error) {
	rv := scorer.RubricVersion()
	touched := map[string]bool{}
	var after int64
	for {
		batch, err := store.VersionsWithoutScore(ctx, rv, after, 100)
		if err != nil {
			return versions, 0, err
		}
		if len(batch) == 0 {
			break
		}
		for _, u := range batch {
			after = u.VersionID
			lang := u.Language
			if lang == "" || lang == "und" {
				lang = "auto"
			}
			rep, err := scorer.Score(u.Text, scorer.Options{Language: lang, Kind: u.Kind})
			if err != nil {
				log.Warn("rescore: version cannot be scored", "version", u.VersionID, "err", err)
				continue
			}
			js, err := json.Marshal(rep)
			if err != nil {
				return versions, 0, fmt.Errorf("rescore: encode report: %w", err)
			}
			if err := store.AddScore(ctx, u.VersionID, legible.Score{
				RubricVersion: rep.RubricVersion, Overall: rep.Score, Grade: rep.Grade,
				ReadingMin: rep.ReadingMinutes, Report: js,
			}); err != nil {
				return versions, 0, err
			}
			versions++
			touched[u.Domain] = true
		}
	}
	for domain := range touched {
		if err := recombine(ctx, store, domain); err != nil {
			return versions, sites, err
		}
		sites++
	}
	return versions, sites, nil
}

// recombine recomputes a site's combined score from the latest score of
// each of its documents and its signals.
func recombine(ctx context.Context, store *db.DB, domain string) error {
	detail, err := store.SiteDetail(ctx, domain)
	if err != nil {
		return fmt.Errorf("rescore %s: %w", domain, err)
	}
	var docs []scorer.DocumentReport
	for _, d := range detail.Documents {
		if d.Score == nil || len(d.Score.Report) == 0 {
			continue
		}
		var rep scorer.Report
		if err := json.Unmarshal(d.Score.Report, &rep); err != nil {
			return fmt.Errorf("rescore %s: decode report of version %d: %w", domain, d.Version.ID, err)
		}
		docs = append(docs, scorer.DocumentReport{Kind: d.Document.Kind, URL: d.Document.URL, Report: &rep})
	}
	if len(docs) == 0 {
		return nil
	}
	sr, err := scorer.CombineSite(docs, detail.Signals)
	if err != nil {
		return fmt.Errorf("rescore %s: %w", domain, err)
	}
	js, err := json.Marshal(sr)
	if err != nil {
		return fmt.Errorf("rescore %s: encode site report: %w", domain, err)
	}
	return store.SaveSiteScore(ctx, detail.Site.ID, legible.SiteScore{
		SiteID: detail.Site.ID, RubricVersion: sr.RubricVersion, Overall: sr.Score, Grade: sr.Grade,
		ReadingMin: sr.ReadingMinutes, Language: sr.Language, Report: js,
		// Re-scoring is not a crawl: the site keeps its last check time.
		CreatedAt: detail.CheckedAt,
	})
}
