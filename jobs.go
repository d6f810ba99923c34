package legible

import "context"

// Jobs queues crawls and reports on them. The job queue (package queue, on
// River) implements it; the API, the pages and "legible crawl --enqueue"
// request crawls through it.
type Jobs interface {
	// Enqueue asks for a crawl of an ASCII registrable domain; an open job for
	// the same site is returned instead of a new one.
	Enqueue(ctx context.Context, domain string) (CrawlJob, error)
	// Job returns one crawl job, or ErrNotFound.
	Job(ctx context.Context, id int64) (CrawlJob, error)
}
