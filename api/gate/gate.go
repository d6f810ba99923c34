// Package gate bounds the crawls that visitors without an API key can queue
// (the pages' "Request a rating" button): a domain queued or crawled
// recently is not queued again, a domain must resolve to a public address
// first, and all anonymous visitors together share one hourly budget and a
// cap on the crawls they have waiting. Requests made with an API key pass
// straight through; they have their own rate limits.
package gate

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/legible-app/legible"
)

// ErrUnreachable means the domain does not resolve to an address the
// crawler may reach, so a crawl would be wasted.
var ErrUnreachable = errors.New("the domain does not resolve to a public address")

// BusyError means the anonymous budget or queue is full: try again later.
type BusyError struct {
	// RetryAfter is when a request may succeed again.
	RetryAfter time.Duration
	// Reason says which limit was reached.
	Reason string
}

func (e *BusyError) Error() string {
	return fmt.Sprintf("too many rating requests (%s); try again in %d s", e.Reason, e.Seconds())
}

// Seconds is RetryAfter in whole seconds, at least 1 (for a Retry-After header).
func (e *BusyError) Seconds() int {
	return max(1, int(math.Ceil(e.RetryAfter.Seconds())))
}

// Config sets the limits of anonymous requests.
type Config struct {
	// PerHour is how many crawls anonymous visitors may queue in any hour,
	// all of them together. Default 60.
	PerHour int
	// MaxQueued is how many crawls queued by anonymous visitors may wait or
	// run at once. Default 20.
	MaxQueued int
	// Recent is how long a domain once queued is not queued again. Default 1h.
	Recent time.Duration
	// Check returns nil when a domain resolves to an address the crawler may
	// reach (for the crawler, (*crawler.Crawler).CheckDomain); nil skips it.
	Check func(ctx context.Context, domain string) error
	// CheckTimeout bounds Check. Default 5s.
	CheckTimeout time.Duration
	// Now returns the current time; default time.Now.
	Now func() time.Time
}

func (c Config) withDefaults() Config {
	if c.PerHour <= 0 {
		c.PerHour = 60
	}
	if c.MaxQueued <= 0 {
		c.MaxQueued = 20
	}
	if c.Recent <= 0 {
		c.Recent = time.Hour
	}
	if c.CheckTimeout <= 0 {
		c.CheckTimeout = 5 * time.Second
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}

// busyRetry is the Retry-After given when the anonymous queue is full.
const busyRetry = 5 * time.Minute

type keyedKey struct{}

// WithKey marks ctx as a request authorised by an API key: Jobs passes its
// crawls through without the anonymous limits.
func WithKey(ctx context.Context) context.Context {
	return context.WithValue(ctx, keyedKey{}, true)
}

func keyed(ctx context.Context) bool {
	v, _ := ctx.Value(keyedKey{}).(bool)
	return v
}

// Jobs is a legible.Jobs that applies the anonymous limits in front of
// another. It is safe for concurrent use; the limits are per process.
type Jobs struct {
	next legible.Jobs
	cfg  Config

	mu       sync.Mutex
	admitted []time.Time          // when each anonymous crawl of the last hour was admitted, oldest first
	recent   map[string]queuedJob // domains admitted within cfg.Recent
	open     map[int64]bool       // anonymous jobs believed still waiting or running
	pending  int                  // admissions being checked or queued
}

type queuedJob struct {
	job legible.CrawlJob
	at  time.Time
}

// New returns next behind the anonymous limits of cfg.
func New(next legible.Jobs, cfg Config) *Jobs {
	return &Jobs{next: next, cfg: cfg.withDefaults(), recent: map[string]queuedJob{}, open: map[int64]bool{}}
}

// Job implements legible.Jobs.
func (g *Jobs) Job(ctx context.Context, id int64) (legible.CrawlJob, error) {
	return g.next.Job(ctx, id)
}

// Enqueue implements legible.Jobs. An anonymous request for a domain queued
// within Config.Recent returns that job and queues nothing; past the limits
// it fails with a *BusyError; a domain that does not resolve to a public
// address fails with ErrUnreachable.
func (g *Jobs) Enqueue(ctx context.Context, domain string) (legible.CrawlJob, error) {
	if keyed(ctx) {
		return g.next.Enqueue(ctx, domain)
	}
	if job, ok := g.recentJob(domain); ok {
		return job, nil
	}
	if err := g.refreshOpen(ctx); err != nil {
		return legible.CrawlJob{}, err
	}
	if err := g.reserve(); err != nil {
		return legible.CrawlJob{}, err
	}
	job, err := g.admit(ctx, domain)
	g.settle(domain, job, err)
	return job, err
}

// recentJob returns the job of a domain admitted within cfg.Recent.
func (g *Jobs) recentJob(domain string) (legible.CrawlJob, bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	q, ok := g.recent[domain]
	if ok && g.cfg.Now().Sub(q.at) < g.cfg.Recent {
		return q.job, true
	}
	return legible.CrawlJob{}, false
}

// refreshOpen asks the queue which anonymous jobs are still open, when the
// count believed open reaches the cap.
func (g *Jobs) refreshOpen(ctx context.Context) error {
	g.mu.Lock()
	if len(g.open)+g.pending < g.cfg.MaxQueued {
		g.mu.Unlock()
		return nil
	}
	ids := make([]int64, 0, len(g.open))
	for id := range g.open {
		ids = append(ids, id)
	}
	g.mu.Unlock()
	var done []int64
	for _, id := range ids {
		job, err := g.next.Job(ctx, id)
		switch {
		case errors.Is(err, legible.ErrNotFound):
			done = append(done, id)
		case err != nil:
			return fmt.Errorf("gate: job %d: %w", id, err)
		case job.State != legible.JobQueued && job.State != legible.JobRunning:
			done = append(done, id)
		}
	}
	g.mu.Lock()
	for _, id := range done {
		delete(g.open, id)
	}
	g.mu.Unlock()
	return nil
}

// reserve takes one admission from the hourly budget and one place in the
// anonymous queue, or says when to come back.
func (g *Jobs) reserve() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	now := g.cfg.Now()
	g.prune(now)
	if len(g.admitted) >= g.cfg.PerHour {
		return &BusyError{RetryAfter: g.admitted[0].Add(time.Hour).Sub(now),
			Reason: fmt.Sprintf("%d crawls per hour for visitors without an API key", g.cfg.PerHour)}
	}
	if len(g.open)+g.pending >= g.cfg.MaxQueued {
		return &BusyError{RetryAfter: busyRetry,
			Reason: fmt.Sprintf("%d requested crawls are already waiting", g.cfg.MaxQueued)}
	}
	g.admitted = append(g.admitted, now)
	g.pending++
	return nil
}

// prune forgets admissions older than an hour and domains older than cfg.Recent.
func (g *Jobs) prune(now time.Time) {
	i := 0
	for i < len(g.admitted) && now.Sub(g.admitted[i]) >= time.Hour {
		i++
	}
	g.admitted = g.admitted[i:]
	for d, q := range g.recent {
		if now.Sub(q.at) >= g.cfg.Recent {
			delete(g.recent, d)
		}
	}
}

// admit checks that the domain is reachable, then queues its crawl.
func (g *Jobs) admit(ctx context.Context, domain string) (legible.CrawlJob, error) {
	if g.cfg.Check != nil {
		cctx, cancel := context.WithTimeout(ctx, g.cfg.CheckTimeout)
		err := g.cfg.Check(cctx, domain)
		cancel()
		if err != nil {
			if ctx.Err() != nil {
				return legible.CrawlJob{}, ctx.Err()
			}
			return legible.CrawlJob{}, fmt.Errorf("%w: %s: %v", ErrUnreachable, domain, err)
		}
	}
	return g.next.Enqueue(ctx, domain)
}

// settle ends a reservation: a queued crawl is remembered, a refused one
// gives its admission back.
func (g *Jobs) settle(domain string, job legible.CrawlJob, err error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.pending--
	if err != nil {
		if n := len(g.admitted); n > 0 {
			g.admitted = g.admitted[:n-1] // any one of the same hour will do
		}
		return
	}
	g.recent[domain] = queuedJob{job: job, at: g.cfg.Now()}
	if job.State == legible.JobQueued || job.State == legible.JobRunning || job.State == "" {
		g.open[job.ID] = true
	}
}
