package queue

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
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

// Stats reads the queue's figures from River's table.
func (q *Queue) Stats(ctx context.Context) (Stats, error) {
	const op = "queue.Stats"
	s := Stats{States: map[string]int{}}
	kind := CrawlArgs{}.Kind()
	rows, err := q.stats.QueryContext(ctx, q.rebind(`SELECT state, COUNT(*) FROM river_job WHERE kind = ? GROUP BY state`), kind)
	if err != nil {
		return s, fmt.Errorf("%s: %w", op, err)
	}
	defer rows.Close()
	for rows.Next() {
		var state string
		var n int
		if err := rows.Scan(&state, &n); err != nil {
			return s, fmt.Errorf("%s: %w", op, err)
		}
		s.States[state] = n
	}
	if err := rows.Err(); err != nil {
		return s, fmt.Errorf("%s: %w", op, err)
	}
	s.Depth = s.States["available"] + s.States["scheduled"] + s.States["retryable"] + s.States["pending"]

	since := time.Now().Add(-time.Hour).UTC()
	sinceArg := any(since)
	if q.dialect == "sqlite" {
		// River's SQLite schema keeps times as text in this layout.
		sinceArg = since.Format("2006-01-02 15:04:05.000")
	}
	for state, dst := range map[string]*int{"completed": &s.CompletedLastHour, "discarded": &s.FailedLastHour} {
		if err := q.stats.QueryRowContext(ctx, q.rebind(`SELECT COUNT(*) FROM river_job WHERE kind = ? AND state = ? AND finalized_at > ?`), kind, state, sinceArg).Scan(dst); err != nil {
			return s, fmt.Errorf("%s: %w", op, err)
		}
	}
	recent, err := q.client.JobList(ctx, river.NewJobListParams().
		Kinds(kind).States(rivertype.JobStateDiscarded).
		OrderBy(river.JobListOrderByID, river.SortOrderDesc).First(5))
	if err != nil {
		return s, fmt.Errorf("%s: %w", op, err)
	}
	for _, row := range recent.Jobs {
		j := toCrawlJob(row)
		s.RecentFailures = append(s.RecentFailures, Failure{Domain: j.Domain, At: j.UpdatedAt, Error: j.LastError})
	}
	return s, nil
}

func (q *Queue) rebind(query string) string {
	if q.dialect == "postgres" {
		return sqlx.Rebind(sqlx.DOLLAR, query)
	}
	return query
}
