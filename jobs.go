package legible

import "context"

// Jobs queues crawls and reports on them. The job queue (package queue)
// implements it; StoreJobs adapts a Store's own crawl-job table.
type Jobs interface {
	// Enqueue asks for a crawl of an ASCII registrable domain; an open job for
	// the same site is returned instead of a new one.
	Enqueue(ctx context.Context, domain string) (CrawlJob, error)
	// Job returns one crawl job, or ErrNotFound.
	Job(ctx context.Context, id int64) (CrawlJob, error)
}

// StoreJobs serves Jobs from a Store's crawl-job table.
type StoreJobs struct{ Store Store }

// Enqueue implements Jobs.
func (j StoreJobs) Enqueue(ctx context.Context, domain string) (CrawlJob, error) {
	return j.Store.EnqueueCrawl(ctx, domain)
}

// Job implements Jobs.
func (j StoreJobs) Job(ctx context.Context, id int64) (CrawlJob, error) {
	return j.Store.CrawlJob(ctx, id)
}
