package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/legible-app/legible/crawler"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/queue"
	"github.com/legible-app/legible/rating"
)

func init() {
	register(command{
		name:    "worker",
		summary: "run crawl workers on the shared job queue (no HTTP)",
		run:     runWorker,
	})
}

// queueFlags are the job-queue settings shared by serve and worker.
type queueFlags struct {
	recrawlEvery time.Duration
	scheduleTick time.Duration
	spread       time.Duration
	rescueAfter  time.Duration
	jobTimeout   time.Duration
	maxAttempts  int
}

func (q *queueFlags) register(p *envParser, fs *flag.FlagSet) {
	fs.DurationVar(&q.recrawlEvery, "recrawl-every", p.duration("LEGIBLE_RECRAWL_EVERY", 24*time.Hour), "crawl each site again after this long (env LEGIBLE_RECRAWL_EVERY)")
	fs.DurationVar(&q.scheduleTick, "schedule-tick", p.duration("LEGIBLE_SCHEDULE_TICK", time.Hour), "how often to look for sites due a re-crawl (env LEGIBLE_SCHEDULE_TICK)")
	fs.DurationVar(&q.spread, "spread", p.duration("LEGIBLE_SPREAD", 0), "window over which one tick's re-crawls are spread; 0 means the tick (env LEGIBLE_SPREAD)")
	fs.DurationVar(&q.rescueAfter, "rescue-after", p.duration("LEGIBLE_RESCUE_AFTER", 15*time.Minute), "a crawl running longer is taken as lost (its worker died) and retried; must be longer than --job-timeout (env LEGIBLE_RESCUE_AFTER)")
	fs.DurationVar(&q.jobTimeout, "job-timeout", p.duration("LEGIBLE_JOB_TIMEOUT", 10*time.Minute), "time limit of one site's crawl; shorter than --rescue-after (env LEGIBLE_JOB_TIMEOUT)")
	fs.IntVar(&q.maxAttempts, "max-attempts", p.int("LEGIBLE_MAX_ATTEMPTS", 5), "tries of a crawl before it is given up (env LEGIBLE_MAX_ATTEMPTS)")
}

func (q *queueFlags) config(workers int) queue.Config {
	return queue.Config{
		Workers:      workers,
		MaxAttempts:  q.maxAttempts,
		RecrawlEvery: q.recrawlEvery,
		ScheduleTick: q.scheduleTick,
		Spread:       q.spread,
		RescueAfter:  q.rescueAfter,
		JobTimeout:   q.jobTimeout,
	}
}

// openQueue connects the job queue to the store's database.
func openQueue(ctx context.Context, store *db.DB, cfg queue.Config, e *env) (*queue.Queue, error) {
	q, err := queue.Open(ctx, store, cfg, e.log)
	if err != nil {
		return nil, fmt.Errorf("open job queue: %w", err)
	}
	return q, nil
}

func runWorker(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "worker", "worker [--db DSN] [--workers N] [--allow-private] [--resolve HOST=IP:PORT]...")
	dsn := fs.String("db", envOr(e, "LEGIBLE_DB", db.DefaultSQLiteFile), "SQLite file or postgres:// DSN shared with the other workers (env LEGIBLE_DB)")
	p := &envParser{e: e}
	workers := fs.Int("workers", p.int("LEGIBLE_WORKERS", 4), "crawls run at once by this process (env LEGIBLE_WORKERS)")
	id := fs.String("id", e.getenv("LEGIBLE_WORKER_ID"), "name of this worker in the queue's records (env LEGIBLE_WORKER_ID)")
	var cf crawlFlags
	cf.register(p, fs, "crawl-delay")
	var qf queueFlags
	qf.register(p, fs)
	if err := p.Err(); err != nil {
		return err
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return &exitError{code: 2, err: fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))}
	}
	if *workers < 1 {
		return &exitError{code: 2, err: errors.New("--workers must be 1 or more")}
	}
	if err := cf.validate(); err != nil {
		return err
	}
	if err := qf.validate(); err != nil {
		return err
	}

	store, err := db.Open(ctx, *dsn, e.log)
	if err != nil {
		return fmt.Errorf("open database: %w", err)
	}
	defer store.Close()
	ccfg, stopRender, err := cf.crawlerConfig(e.log)
	if err != nil {
		return err
	}
	defer stopRender()
	c, err := crawler.New(ccfg, store, e.log)
	if err != nil {
		return fmt.Errorf("crawler: %w", err)
	}
	qc := qf.config(*workers)
	qc.ID = *id
	qc.Crawl = crawlFunc(c)
	qc.Due = store.SitesDue
	qc.OnStart = rating.RescoreJob(store, e.log)
	q, err := openQueue(ctx, store, qc, e)
	if err != nil {
		return err
	}
	if err := q.Start(ctx); err != nil {
		return err
	}
	e.log.Info("worker started", "workers", *workers, "db", store.Dialect())
	<-ctx.Done()
	e.log.Info("worker stopping: letting running crawls finish")
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), qf.jobTimeout)
	defer cancel()
	return q.Close(sctx)
}
