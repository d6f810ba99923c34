// Package jobstest is an in-memory legible.Jobs for the tests of the
// packages that request crawls (api, api/pages, cmd/legible) without a
// River queue.
package jobstest

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/legible-app/legible"
)

// Jobs queues crawl jobs in memory. Like the real queue it keeps one open
// job per domain. The zero value is ready to use; it is safe for concurrent
// use.
type Jobs struct {
	// Err, when set, is returned by every call.
	Err error

	mu   sync.Mutex
	jobs []legible.CrawlJob
}

var _ legible.Jobs = (*Jobs)(nil)

// Enqueue returns the open job of the domain, or queues a new one.
func (j *Jobs) Enqueue(_ context.Context, domain string) (legible.CrawlJob, error) {
	if j.Err != nil {
		return legible.CrawlJob{}, j.Err
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	for _, job := range j.jobs {
		if job.Domain == domain && (job.State == legible.JobQueued || job.State == legible.JobRunning) {
			return job, nil
		}
	}
	now := time.Now().UTC()
	job := legible.CrawlJob{
		ID: int64(len(j.jobs) + 1), Domain: domain, State: legible.JobQueued,
		NextRunAt: now, CreatedAt: now, UpdatedAt: now,
	}
	j.jobs = append(j.jobs, job)
	return job, nil
}

// Job returns one job, or an error wrapping legible.ErrNotFound.
func (j *Jobs) Job(_ context.Context, id int64) (legible.CrawlJob, error) {
	if j.Err != nil {
		return legible.CrawlJob{}, j.Err
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if id < 1 || id > int64(len(j.jobs)) {
		return legible.CrawlJob{}, fmt.Errorf("crawl job %d: %w", id, legible.ErrNotFound)
	}
	return j.jobs[id-1], nil
}

// Finish marks a job done, so that the next request of its domain queues a
// new one.
func (j *Jobs) Finish(id int64) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if id >= 1 && id <= int64(len(j.jobs)) {
		j.jobs[id-1].State = legible.JobDone
	}
}

// Domains lists the domains of the jobs queued so far, oldest first.
func (j *Jobs) Domains() []string {
	j.mu.Lock()
	defer j.mu.Unlock()
	out := make([]string, len(j.jobs))
	for i, job := range j.jobs {
		out[i] = job.Domain
	}
	return out
}
