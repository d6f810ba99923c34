package queue

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/riverqueue/river/rivertype"
)

// River's client has no count of jobs, so Stats reads River's own table,
// river_job, for the few figures it needs. This file is all that depends on
// River's private schema: the table's name, its kind, state and
// finalized_at columns, and the text layout of times in its SQLite schema.
// rivertable_test.go checks each against what River's client reports, so a
// River upgrade that changes them fails the tests instead of the figures.

// riverSQLiteTime is the layout of the times River's SQLite driver stores
// as text (UTC).
const riverSQLiteTime = "2006-01-02 15:04:05.000"

// countByState counts the jobs of a kind per state.
func (q *Queue) countByState(ctx context.Context, kind string) (map[string]int, error) {
	rows, err := q.sqlDB.QueryContext(ctx, q.rebind(`SELECT state, COUNT(*) FROM river_job WHERE kind = ? GROUP BY state`), kind)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var state string
		var n int
		if err := rows.Scan(&state, &n); err != nil {
			return nil, err
		}
		out[state] = n
	}
	return out, rows.Err()
}

// countFinalizedSince counts the jobs of a kind that reached a final state
// after since.
func (q *Queue) countFinalizedSince(ctx context.Context, kind string, state rivertype.JobState, since time.Time) (int, error) {
	var n int
	err := q.sqlDB.QueryRowContext(ctx, q.rebind(`SELECT COUNT(*) FROM river_job WHERE kind = ? AND state = ? AND finalized_at > ?`),
		kind, string(state), q.timeArg(since)).Scan(&n)
	return n, err
}

// timeArg is t as River's schema compares it.
func (q *Queue) timeArg(t time.Time) any {
	if q.dialect == "sqlite" {
		return t.UTC().Format(riverSQLiteTime)
	}
	return t.UTC()
}

func (q *Queue) rebind(query string) string {
	if q.dialect == "postgres" {
		return sqlx.Rebind(sqlx.DOLLAR, query)
	}
	return query
}
