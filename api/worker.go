package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/legible-app/legible"
)

// CrawlFunc crawls one site and returns a JSON summary of the result.
type CrawlFunc func(ctx context.Context, domain string) (json.RawMessage, error)

// Worker runs queued crawl jobs: it claims the oldest due job, crawls it
// and records the outcome, until its context ends.
type Worker struct {
	Store legible.Store
	Crawl CrawlFunc
	Log   *slog.Logger
	// Poll is how long to wait when no job is due (default 1s).
	Poll time.Duration
	// Done, when set, is called after each finished job (e.g. Server.Changed).
	Done func()
}

// finishTimeout bounds recording a job's outcome after the worker was stopped.
const finishTimeout = 10 * time.Second

// Run works until ctx ends. A job interrupted by the end of ctx is recorded
// as failed for this attempt, so the queue retries it.
func (w *Worker) Run(ctx context.Context) {
	log := w.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	poll := w.Poll
	if poll <= 0 {
		poll = time.Second
	}
	wait := poll
	for ctx.Err() == nil {
		worked, err := w.runOne(ctx, log)
		switch {
		case err != nil:
			if ctx.Err() == nil {
				log.Error("crawl worker", "error", err)
			}
			wait = min(wait*2, time.Minute)
		case worked:
			wait = poll
			continue
		default:
			wait = poll
		}
		select {
		case <-ctx.Done():
		case <-time.After(wait):
		}
	}
}

// runOne claims and runs one job. It reports whether there was a job.
func (w *Worker) runOne(ctx context.Context, log *slog.Logger) (bool, error) {
	job, err := w.Store.ClaimCrawlJob(ctx)
	if errors.Is(err, legible.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("claim crawl job: %w", err)
	}
	start := time.Now()
	log.Info("crawl started", "job", job.ID, "domain", job.Domain, "attempt", job.Attempts)
	result, crawlErr := w.crawl(ctx, job.Domain)
	fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), finishTimeout)
	defer cancel()
	if err := w.Store.FinishCrawlJob(fctx, job.ID, result, crawlErr); err != nil {
		return true, fmt.Errorf("finish crawl job %d: %w", job.ID, err)
	}
	if crawlErr != nil {
		log.Warn("crawl failed", "job", job.ID, "domain", job.Domain, "duration", time.Since(start), "error", crawlErr)
	} else {
		log.Info("crawl done", "job", job.ID, "domain", job.Domain, "duration", time.Since(start))
	}
	if w.Done != nil {
		w.Done()
	}
	return true, nil
}

// crawl runs the crawl function, turning a panic into an error so one bad
// site cannot stop the worker.
func (w *Worker) crawl(ctx context.Context, domain string) (res json.RawMessage, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("crawl %s: panic: %v", domain, v)
		}
	}()
	return w.Crawl(ctx, domain)
}
