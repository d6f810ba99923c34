package main

import "fmt"

// validate refuses settings that would make the queue misbehave: a crawl
// still running past --rescue-after is taken as lost and started again, so
// --rescue-after must be longer than --job-timeout.
func (q *queueFlags) validate() error {
	if q.jobTimeout <= 0 {
		return &exitError{code: 2, err: fmt.Errorf("--job-timeout must be positive, got %v", q.jobTimeout)}
	}
	if q.rescueAfter <= q.jobTimeout {
		return &exitError{code: 2, err: fmt.Errorf(
			"--rescue-after (%v) must be longer than --job-timeout (%v): a crawl still running would be taken as lost and started again",
			q.rescueAfter, q.jobTimeout)}
	}
	if q.maxAttempts < 1 {
		return &exitError{code: 2, err: fmt.Errorf("--max-attempts must be 1 or more, got %d", q.maxAttempts)}
	}
	return nil
}
