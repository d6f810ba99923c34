package queue

import (
	"context"
	"fmt"
	"time"

	"github.com/riverqueue/river"
)

// crawlWorker runs one site's crawl.
type crawlWorker struct {
	river.WorkerDefaults[CrawlArgs]
	q *Queue
}

func (w *crawlWorker) Work(ctx context.Context, job *river.Job[CrawlArgs]) error {
	start := time.Now()
	out, err := w.q.cfg.Crawl(ctx, job.Args.target())
	if err != nil {
		w.q.log.Warn("crawl failed", "domain", job.Args.Domain, "attempt", job.Attempt, "err", err)
		return fmt.Errorf("crawl %s: %w", job.Args.Domain, err)
	}
	if len(out) > 0 {
		if err := river.RecordOutput(ctx, out); err != nil {
			w.q.log.Warn("recording crawl output", "domain", job.Args.Domain, "err", err)
		}
	}
	w.q.log.Info("crawled", "domain", job.Args.Domain, "attempt", job.Attempt, "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// scheduleWorker enqueues the re-crawl of every due site, spread over the
// window.
type scheduleWorker struct {
	river.WorkerDefaults[scheduleArgs]
	q *Queue
}

func (w *scheduleWorker) Work(ctx context.Context, job *river.Job[scheduleArgs]) error {
	n, err := w.q.ScheduleDue(ctx, time.Now())
	if err != nil {
		return err
	}
	w.q.log.Info("re-crawls scheduled", "sites", n)
	return nil
}

// ScheduleDue enqueues a crawl for every site last crawled more than
// RecrawlEvery before now, each at its own offset inside the spread window.
// Sites that already have a crawl waiting are left as they are.
func (q *Queue) ScheduleDue(ctx context.Context, now time.Time) (int, error) {
	if q.cfg.Due == nil {
		return 0, nil
	}
	domains, err := q.cfg.Due(ctx, now.Add(-q.cfg.RecrawlEvery))
	if err != nil {
		return 0, fmt.Errorf("queue.ScheduleDue: %w", err)
	}
	n := 0
	for _, d := range domains {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		if _, err := q.enqueueAt(ctx, d, now.Add(spreadDelay(d, q.cfg.Spread))); err != nil {
			q.log.Warn("scheduling re-crawl", "domain", d, "err", err)
			continue
		}
		n++
	}
	return n, nil
}

// startWorker runs Config.OnStart once per start.
type startWorker struct {
	river.WorkerDefaults[startArgs]
	q *Queue
}

func (w *startWorker) Work(ctx context.Context, job *river.Job[startArgs]) error {
	if w.q.cfg.OnStart == nil {
		return nil
	}
	return w.q.cfg.OnStart(ctx)
}
