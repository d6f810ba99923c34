package db

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/legible-app/legible"
)

// Crawl job retry policy.
const (
	// MaxCrawlAttempts is how many times a job runs before it is failed (the
	// dead letter state, kept for inspection).
	MaxCrawlAttempts = 5
	// CrawlBackoff is the wait before the first retry; it doubles each time.
	CrawlBackoff = 30 * time.Second
	// MaxCrawlBackoff caps the wait between retries.
	MaxCrawlBackoff = time.Hour
	// CrawlLease is how long a claimed job may run: a running job whose lease
	// ran out (its worker died) is claimed again.
	CrawlLease = 30 * time.Minute
)

// crawlBackoff returns the wait before the retry that follows attempt n (1-based).
func crawlBackoff(n int) time.Duration {
	b := CrawlBackoff
	for i := 1; i < n && b < MaxCrawlBackoff; i++ {
		b *= 2
	}
	return min(b, MaxCrawlBackoff)
}

// EnqueueCrawl records a crawl request for domain (any spelling; it is
// normalised to the registrable domain). An open (queued or running) job for
// the same domain is returned instead of a new one.
func (d *DB) EnqueueCrawl(ctx context.Context, domain string) (legible.CrawlJob, error) {
	const op = "db.EnqueueCrawl"
	ascii, _, err := normalizeSiteName(domain)
	if err != nil {
		return legible.CrawlJob{}, fmt.Errorf("%s: %w", op, err)
	}
	var job legible.CrawlJob
	err = d.inTx(ctx, op, func(tx *sqlx.Tx) error {
		now := d.clock()
		_, err := tx.ExecContext(ctx, d.q(`
			INSERT INTO crawl_jobs (domain, state, attempts, last_error, next_run_at, created_at, updated_at)
			VALUES (?, 'queued', 0, '', ?, ?, ?)
			ON CONFLICT (domain) WHERE state IN ('queued', 'running') DO NOTHING`), ascii, now, now, now)
		if err != nil {
			return fmt.Errorf("insert job for %s: %w", ascii, err)
		}
		var r jobRow
		err = tx.GetContext(ctx, &r, d.q(`SELECT `+jobCols+` FROM crawl_jobs
			WHERE domain = ? AND state IN ('queued', 'running') ORDER BY id DESC LIMIT 1`), ascii)
		if err != nil {
			return fmt.Errorf("read open job for %s: %w", ascii, err)
		}
		job = r.job()
		return nil
	})
	if err != nil {
		return legible.CrawlJob{}, err
	}
	return job, nil
}

// CrawlJob returns one job.
func (d *DB) CrawlJob(ctx context.Context, id int64) (legible.CrawlJob, error) {
	const op = "db.CrawlJob"
	var r jobRow
	if err := d.x.GetContext(ctx, &r, d.q(`SELECT `+jobCols+` FROM crawl_jobs WHERE id = ?`), id); err != nil {
		return legible.CrawlJob{}, fmt.Errorf("%s: %w", op, notFound(err, "crawl job %d", id))
	}
	return r.job(), nil
}

// ClaimCrawlJob marks the oldest due job running and returns it, counting
// the attempt; a running job whose lease expired counts as due. It returns
// ErrNotFound when no job is due. Concurrent callers never claim the same
// job.
func (d *DB) ClaimCrawlJob(ctx context.Context) (legible.CrawlJob, error) {
	const op = "db.ClaimCrawlJob"
	var (
		job   legible.CrawlJob
		found bool
	)
	err := d.inTx(ctx, op, func(tx *sqlx.Tx) error {
		now := d.clock()
		// A job whose worker died on its last attempt is dead, not due.
		_, err := tx.ExecContext(ctx, d.q(`
			UPDATE crawl_jobs SET state = 'failed', last_error = 'lease expired on the last attempt', updated_at = ?
			WHERE state = 'running' AND next_run_at <= ? AND attempts >= ?`), now, now, MaxCrawlAttempts)
		if err != nil {
			return fmt.Errorf("expire dead jobs: %w", err)
		}
		var r jobRow
		err = tx.GetContext(ctx, &r, d.q(`
			UPDATE crawl_jobs SET state = 'running', attempts = attempts + 1, next_run_at = ?, updated_at = ?
			WHERE id = (
				SELECT id FROM crawl_jobs
				WHERE state IN ('queued', 'running') AND next_run_at <= ?
				ORDER BY next_run_at, id LIMIT 1`+d.skipLocked()+`
			) AND state IN ('queued', 'running') AND next_run_at <= ?
			RETURNING `+jobCols), now.Add(CrawlLease), now, now, now)
		if isNotFound(err) {
			return nil // commit the expiries above
		}
		if err != nil {
			return fmt.Errorf("claim: %w", err)
		}
		job, found = r.job(), true
		return nil
	})
	if err != nil {
		return legible.CrawlJob{}, err
	}
	if !found {
		return legible.CrawlJob{}, fmt.Errorf("%s: no due crawl job: %w", op, legible.ErrNotFound)
	}
	return job, nil
}

// FinishCrawlJob records the outcome of a running job: done with result when
// jobErr is nil; otherwise queued again after an exponential backoff, or
// failed once MaxCrawlAttempts have run. A job that is not running gives
// ErrConflict.
func (d *DB) FinishCrawlJob(ctx context.Context, id int64, result json.RawMessage, jobErr error) error {
	const op = "db.FinishCrawlJob"
	if len(result) > 0 && !json.Valid(result) {
		return fmt.Errorf("%s: result is not valid JSON: %w", op, legible.ErrInvalid)
	}
	return d.inTx(ctx, op, func(tx *sqlx.Tx) error {
		var r jobRow
		if err := tx.GetContext(ctx, &r, d.q(`SELECT `+jobCols+` FROM crawl_jobs WHERE id = ?`+d.forUpdate()), id); err != nil {
			return notFound(err, "crawl job %d", id)
		}
		if r.State != legible.JobRunning {
			return fmt.Errorf("crawl job %d is %s, not running: %w", id, r.State, legible.ErrConflict)
		}
		now := d.clock()
		state, next, lastErr := legible.JobDone, now, ""
		if jobErr != nil {
			lastErr = truncate(jobErr.Error(), 2000)
			state = legible.JobQueued
			next = now.Add(crawlBackoff(r.Attempts))
			if r.Attempts >= MaxCrawlAttempts {
				state, next = legible.JobFailed, now
				d.log.Warn("db: crawl job failed for good", "job", id, "domain", r.Domain, "attempts", r.Attempts, "err", lastErr)
			}
		}
		_, err := tx.ExecContext(ctx, d.q(`
			UPDATE crawl_jobs SET state = ?, last_error = ?, next_run_at = ?, result = ?, updated_at = ?
			WHERE id = ?`), string(state), lastErr, next, jsonParam(result), now, id)
		if err != nil {
			return fmt.Errorf("update crawl job %d: %w", id, err)
		}
		return nil
	})
}

// truncate shortens s to at most n bytes without splitting a UTF-8 sequence.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}
