package queue

import (
	"context"
	"fmt"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

// Stats summarise the crawl queue.
type Stats struct {
	// States counts crawl jobs per River state (available, scheduled,
	// running, retryable, completed, discarded, cancelled).
	States map[string]int `json:"states"`
	// CompletedLastHour and FailedLastHour count crawls finished in the last hour.
	CompletedLastHour int `json:"completed_last_hour"`
	FailedLastHour    int `json:"failed_last_hour"`
	// Depth is the number of crawls waiting (available, scheduled or retryable).
	Depth int `json:"depth"`
	// RecentFailures are the last errors of the latest discarded crawls.
	RecentFailures []Failure `json:"recent_failures,omitempty"`
}

// Failure is one crawl that ran out of attempts.
type Failure struct {
	Domain string    `json:"domain"`
	At     time.Time `json:"at"`
	Error  string    `json:"error"`
}

// recentFailures is how many discarded crawls Stats lists.
const recentFailures = 5

// Stats reads the queue's figures. River's client lists jobs but does not
// count them, so the counts are read from its table (rivertable.go); the
// recent failures come through the client.
func (q *Queue) Stats(ctx context.Context) (Stats, error) {
	return q.statsAt(ctx, time.Now())
}

func (q *Queue) statsAt(ctx context.Context, now time.Time) (Stats, error) {
	const op = "queue.Stats"
	s := Stats{States: map[string]int{}}
	kind := CrawlArgs{}.Kind()
	states, err := q.countByState(ctx, kind)
	if err != nil {
		return s, fmt.Errorf("%s: %w", op, err)
	}
	s.States = states
	s.Depth = s.States["available"] + s.States["scheduled"] + s.States["retryable"] + s.States["pending"]

	since := now.Add(-time.Hour)
	for state, dst := range map[rivertype.JobState]*int{rivertype.JobStateCompleted: &s.CompletedLastHour, rivertype.JobStateDiscarded: &s.FailedLastHour} {
		if *dst, err = q.countFinalizedSince(ctx, kind, state, since); err != nil {
			return s, fmt.Errorf("%s: %w", op, err)
		}
	}
	recent, err := q.client.JobList(ctx, river.NewJobListParams().
		Kinds(kind).States(rivertype.JobStateDiscarded).
		OrderBy(river.JobListOrderByID, river.SortOrderDesc).First(recentFailures))
	if err != nil {
		return s, fmt.Errorf("%s: %w", op, err)
	}
	for _, row := range recent.Jobs {
		j := toCrawlJob(row)
		s.RecentFailures = append(s.RecentFailures, Failure{Domain: j.Domain, At: j.UpdatedAt, Error: j.LastError})
	}
	return s, nil
}
