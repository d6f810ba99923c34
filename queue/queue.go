// Package queue runs Legible's crawl jobs on River, a job queue kept in the
// database itself: PostgreSQL for many workers on many machines, SQLite for
// the embedded single-process default. It gives one job per site at a time,
// retries with backoff, a dead-letter state (River's "discarded") with the
// last error, and periodic re-crawls spread over the schedule window.
package queue

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"net/url"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"

	"github.com/legible-app/legible"
)

// CrawlFunc crawls one site, given as its domain or as the address it was
// requested with (a URL with a scheme or port), and returns a JSON summary
// of the result.
type CrawlFunc func(ctx context.Context, domainOrURL string) (json.RawMessage, error)

// DueFunc returns the sites last crawled before the given time (or never).
type DueFunc func(ctx context.Context, before time.Time) ([]string, error)

// Config configures a Queue.
type Config struct {
	// Workers is how many crawls run at once in this process; 0 makes an
	// insert-only queue (no jobs are worked, no schedule runs).
	Workers int
	// MaxAttempts is how many times a crawl is tried before it is discarded
	// (the dead-letter state). Default 5.
	MaxAttempts int
	// RecrawlEvery is how often each site is crawled again. Default 24h.
	RecrawlEvery time.Duration
	// ScheduleTick is how often the scheduler looks for due sites. Default 1h.
	ScheduleTick time.Duration
	// Spread is the window over which a tick's re-crawls are spread, so they
	// do not all fire at once. Default ScheduleTick.
	Spread time.Duration
	// RescueAfter is how long a job may run before it is considered stuck
	// (its worker died) and retried elsewhere. Default 15m.
	RescueAfter time.Duration
	// JobTimeout bounds one crawl. Default 10m.
	JobTimeout time.Duration
	// PollInterval is how often idle workers look for jobs. Default 1s.
	PollInterval time.Duration
	// Crawl does the work. Required when Workers > 0.
	Crawl CrawlFunc
	// Due lists sites for the periodic re-crawl; nil disables it.
	Due DueFunc
	// OnStart jobs run once when the queue starts (e.g. re-scoring stored
	// versions after a rubric upgrade); nil disables it.
	OnStart func(ctx context.Context) error
	// ID names this process in River's records (defaults to River's own).
	ID string
}

func (c *Config) defaults() {
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = 5
	}
	if c.RecrawlEvery <= 0 {
		c.RecrawlEvery = 24 * time.Hour
	}
	if c.ScheduleTick <= 0 {
		c.ScheduleTick = time.Hour
	}
	if c.Spread <= 0 {
		c.Spread = c.ScheduleTick
	}
	if c.JobTimeout <= 0 {
		c.JobTimeout = 10 * time.Minute
	}
	if c.RescueAfter <= c.JobTimeout {
		c.RescueAfter = c.JobTimeout + 5*time.Minute
	}
	if c.PollInterval <= 0 {
		c.PollInterval = time.Second
	}
}

// CrawlArgs are the arguments of a crawl job. Jobs are unique by domain
// while queued, scheduled, running or waiting for a retry.
type CrawlArgs struct {
	Domain string `json:"domain" river:"unique"`
	// Start is the address to crawl from when the request named a scheme or
	// a port ("http://intranet.example:8080/"): the job crawls exactly what
	// was asked. Empty means the domain itself (https, then http).
	Start string `json:"start,omitempty"`
}

// target is what the job crawls: Start when given, else Domain.
func (a CrawlArgs) target() string {
	if a.Start != "" {
		return a.Start
	}
	return a.Domain
}

// Kind names the job kind in River's table.
func (CrawlArgs) Kind() string { return "legible_crawl" }

var uniqueStates = []rivertype.JobState{
	rivertype.JobStateAvailable,
	rivertype.JobStatePending,
	rivertype.JobStateRunning,
	rivertype.JobStateRetryable,
	rivertype.JobStateScheduled,
}

// InsertOpts makes crawl jobs unique per site while not finished.
func (CrawlArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: uniqueStates}}
}

// scheduleArgs are the arguments of the periodic scheduler job.
type scheduleArgs struct{}

func (scheduleArgs) Kind() string { return "legible_schedule" }

// startArgs are the arguments of the one-off start job.
type startArgs struct{}

func (startArgs) Kind() string { return "legible_on_start" }

// client is the part of River's generic client that Queue uses; it does not
// depend on the driver's transaction type.
type client interface {
	Insert(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) (*rivertype.JobInsertResult, error)
	JobGet(ctx context.Context, id int64) (*rivertype.JobRow, error)
	JobList(ctx context.Context, params *river.JobListParams) (*river.JobListResult, error)
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
}

// Queue is a River client bound to Legible's jobs.
type Queue struct {
	cfg     Config
	client  client
	sqlDB   *sql.DB
	dialect string
	pool    *pgxpool.Pool
	log     *slog.Logger
}

// Database is the database the queue keeps its jobs in, beside Legible's
// own tables; db.DB implements it.
type Database interface {
	// Dialect is "sqlite" or "postgres".
	Dialect() string
	// Conn is the database/sql pool River works through on SQLite.
	Conn() *sql.DB
	// DSN opens River's own pgx pool on PostgreSQL.
	DSN() string
}

// Open connects River to the database, migrates River's tables, and builds a
// client. Call Start to work jobs.
func Open(ctx context.Context, database Database, cfg Config, log *slog.Logger) (*Queue, error) {
	const op = "queue.Open"
	dialect, sqlDB, dsn := database.Dialect(), database.Conn(), database.DSN()
	cfg.defaults()
	if cfg.Workers > 0 && cfg.Crawl == nil {
		return nil, fmt.Errorf("%s: workers need a crawl function", op)
	}
	if log == nil {
		log = slog.Default()
	}
	q := &Queue{cfg: cfg, sqlDB: sqlDB, dialect: dialect, log: log}

	workers := river.NewWorkers()
	river.AddWorker(workers, &crawlWorker{q: q})
	river.AddWorker(workers, &scheduleWorker{q: q})
	river.AddWorker(workers, &startWorker{q: q})
	rc := &river.Config{
		ID:                   cfg.ID,
		Logger:               slog.New(quietHandler{log.Handler(), slog.LevelWarn}).With("component", "river"),
		MaxAttempts:          cfg.MaxAttempts,
		JobTimeout:           cfg.JobTimeout,
		RescueStuckJobsAfter: cfg.RescueAfter,
		FetchPollInterval:    cfg.PollInterval,
		FetchCooldown:        min(100*time.Millisecond, cfg.PollInterval),
		Workers:              workers,
	}
	if cfg.Workers > 0 {
		rc.Queues = map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: cfg.Workers}}
		if cfg.Due != nil {
			rc.PeriodicJobs = append(rc.PeriodicJobs, river.NewPeriodicJob(
				river.PeriodicInterval(cfg.ScheduleTick),
				func() (river.JobArgs, *river.InsertOpts) {
					return scheduleArgs{}, &river.InsertOpts{UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: uniqueStates}}
				},
				&river.PeriodicJobOpts{ID: "schedule", RunOnStart: true},
			))
		}
	}

	switch dialect {
	case "postgres":
		pool, err := pgxpool.New(ctx, dsn)
		if err != nil {
			return nil, fmt.Errorf("%s: connect: %w", op, err)
		}
		q.pool = pool
		drv := riverpgxv5.New(pool)
		if err := migrate(ctx, drv); err != nil {
			pool.Close()
			return nil, fmt.Errorf("%s: %w", op, err)
		}
		c, err := river.NewClient(drv, rc)
		if err != nil {
			pool.Close()
			return nil, fmt.Errorf("%s: %w", op, err)
		}
		q.client = c
	case "sqlite":
		drv := riversqlite.New(sqlDB)
		if err := migrate(ctx, drv); err != nil {
			return nil, fmt.Errorf("%s: %w", op, err)
		}
		// SQLite has no LISTEN/NOTIFY: poll.
		rc.PollOnly = true
		c, err := river.NewClient(drv, rc)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", op, err)
		}
		q.client = c
	default:
		return nil, fmt.Errorf("%s: unsupported dialect %q", op, dialect)
	}
	return q, nil
}

func migrate[TTx any](ctx context.Context, drv riverdriver.Driver[TTx]) error {
	m, err := rivermigrate.New(drv, nil)
	if err != nil {
		return fmt.Errorf("river migrations: %w", err)
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("river migrations: %w", err)
	}
	return nil
}

// Start begins working jobs (when Workers > 0) until Stop or ctx ends.
func (q *Queue) Start(ctx context.Context) error {
	if q.cfg.Workers == 0 {
		return nil
	}
	if err := q.client.Start(ctx); err != nil {
		return fmt.Errorf("queue.Start: %w", err)
	}
	if q.cfg.OnStart != nil {
		if _, err := q.client.Insert(ctx, startArgs{}, &river.InsertOpts{UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: uniqueStates}}); err != nil {
			return fmt.Errorf("queue.Start: %w", err)
		}
	}
	return nil
}

// Close stops working (running crawls get until ctx ends to finish) and
// releases the queue's connections.
func (q *Queue) Close(ctx context.Context) error {
	var err error
	if q.cfg.Workers > 0 {
		err = q.client.Stop(ctx)
	}
	if q.pool != nil {
		q.pool.Close()
	}
	if err != nil && !errors.Is(err, context.Canceled) {
		return fmt.Errorf("queue.Close: %w", err)
	}
	return nil
}

// Enqueue asks for a crawl of domain (any spelling; it is normalised). A URL
// with a scheme or a port is crawled from exactly that address. When the
// site already has a crawl waiting or running, that job is returned.
func (q *Queue) Enqueue(ctx context.Context, domain string) (legible.CrawlJob, error) {
	return q.enqueueAt(ctx, domain, time.Time{})
}

func (q *Queue) enqueueAt(ctx context.Context, domain string, at time.Time) (legible.CrawlJob, error) {
	ascii, _, err := legible.NormalizeDomain(domain)
	if err != nil {
		return legible.CrawlJob{}, err
	}
	start, err := startAddress(domain)
	if err != nil {
		return legible.CrawlJob{}, err
	}
	opts := &river.InsertOpts{ScheduledAt: at}
	res, err := q.client.Insert(ctx, CrawlArgs{Domain: ascii, Start: start}, opts)
	if err != nil {
		return legible.CrawlJob{}, fmt.Errorf("queue.Enqueue %s: %w", ascii, err)
	}
	return toCrawlJob(res.Job), nil
}

// startAddress returns the address a request names when it says more than a
// domain (a scheme or a port), "" otherwise.
func startAddress(input string) (string, error) {
	in := strings.TrimSpace(input)
	if !strings.Contains(in, "://") {
		u, err := url.Parse("//" + in)
		if err != nil || u.Port() == "" {
			return "", nil
		}
		return in, nil
	}
	u, err := url.Parse(in)
	if err != nil {
		return "", fmt.Errorf("queue.Enqueue %q: %w: %v", input, legible.ErrInvalid, err)
	}
	if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
		return "", fmt.Errorf("queue.Enqueue %q: %w: only http and https addresses can be crawled", input, legible.ErrInvalid)
	}
	return in, nil
}

// Job returns one crawl job by id.
func (q *Queue) Job(ctx context.Context, id int64) (legible.CrawlJob, error) {
	row, err := q.client.JobGet(ctx, id)
	if errors.Is(err, river.ErrNotFound) || (err == nil && row.Kind != CrawlArgs{}.Kind()) {
		return legible.CrawlJob{}, fmt.Errorf("crawl job %d: %w", id, legible.ErrNotFound)
	}
	if err != nil {
		return legible.CrawlJob{}, fmt.Errorf("queue.Job %d: %w", id, err)
	}
	return toCrawlJob(row), nil
}

// toCrawlJob maps River's job row onto Legible's crawl job.
func toCrawlJob(row *rivertype.JobRow) legible.CrawlJob {
	var args CrawlArgs
	_ = json.Unmarshal(row.EncodedArgs, &args)
	j := legible.CrawlJob{
		ID:        row.ID,
		Domain:    args.Domain,
		Attempts:  row.Attempt,
		NextRunAt: row.ScheduledAt,
		CreatedAt: row.CreatedAt,
		UpdatedAt: row.CreatedAt,
	}
	if row.AttemptedAt != nil {
		j.UpdatedAt = *row.AttemptedAt
	}
	if row.FinalizedAt != nil {
		j.UpdatedAt = *row.FinalizedAt
	}
	switch row.State {
	case rivertype.JobStateRunning:
		j.State = legible.JobRunning
	case rivertype.JobStateCompleted:
		j.State = legible.JobDone
	case rivertype.JobStateDiscarded, rivertype.JobStateCancelled:
		j.State = legible.JobFailed
	default:
		j.State = legible.JobQueued
	}
	if n := len(row.Errors); n > 0 {
		j.LastError = row.Errors[n-1].Error
	}
	if out := row.Output(); len(out) > 0 {
		j.Result = json.RawMessage(out)
	}
	return j
}

// spreadDelay places a site's re-crawl inside the spread window by a hash of
// its name, so a tick's crawls are evenly spread and each site keeps its slot.
func spreadDelay(domain string, window time.Duration) time.Duration {
	if window <= 0 {
		return 0
	}
	h := fnv.New64a()
	h.Write([]byte(strings.ToLower(domain)))
	return time.Duration(h.Sum64() % uint64(window))
}

// quietHandler passes on only records at or above min: River reports its
// routine (every few seconds) at info level, which would drown the
// service's own log.
type quietHandler struct {
	slog.Handler
	min slog.Level
}

func (h quietHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= h.min && h.Handler.Enabled(ctx, l)
}

func (h quietHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return quietHandler{h.Handler.WithAttrs(attrs), h.min}
}

func (h quietHandler) WithGroup(name string) slog.Handler {
	return quietHandler{h.Handler.WithGroup(name), h.min}
}
