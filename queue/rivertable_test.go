package queue

import (
	"context"
	"encoding/json"
	"errors"
	"maps"
	"testing"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

// TestRiverTable checks what rivertable.go reads of River's private table
// against what River's client reports of the same jobs: the counts per
// state, the finalized_at comparisons around the one-hour window, and on
// SQLite the text layout of River's times. A River upgrade that renames the
// table or its columns, or stores times differently, fails here.
func TestRiverTable(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			crawl := func(ctx context.Context, domain string) (json.RawMessage, error) {
				if domain == "bad.example" {
					return nil, errors.New("connection refused")
				}
				return json.RawMessage(`{}`), nil
			}
			q, err := Open(ctx, b, Config{Workers: 2, MaxAttempts: 1, Crawl: crawl, PollInterval: 50 * time.Millisecond}, quietLog())
			if err != nil {
				t.Fatal(err)
			}
			if err := q.Start(ctx); err != nil {
				t.Fatal(err)
			}
			defer q.Close(ctx)
			for _, d := range []string{"ok.example", "bad.example"} {
				if _, err := q.Enqueue(ctx, d); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := q.enqueueAt(ctx, "later.example", time.Now().Add(time.Hour)); err != nil {
				t.Fatal(err)
			}
			kind := CrawlArgs{}.Kind()
			var jobs []*rivertype.JobRow
			waitFor(t, 30*time.Second, "two crawls finished", func() bool {
				res, err := q.client.JobList(ctx, river.NewJobListParams().Kinds(kind).First(100))
				if err != nil {
					t.Fatal(err)
				}
				jobs = res.Jobs
				done := 0
				for _, j := range jobs {
					if j.FinalizedAt != nil {
						done++
					}
				}
				return done == 2
			})

			want := map[string]int{}
			finalized := map[rivertype.JobState]time.Time{}
			for _, j := range jobs {
				want[string(j.State)]++
				if j.FinalizedAt != nil {
					finalized[j.State] = *j.FinalizedAt
				}
			}
			got, err := q.countByState(ctx, kind)
			if err != nil {
				t.Fatal(err)
			}
			if !maps.Equal(got, want) {
				t.Errorf("counts per state %v, River's client lists %v", got, want)
			}
			if len(finalized) != 2 {
				t.Fatalf("finalized jobs %v, want one completed and one discarded", finalized)
			}

			for state, at := range finalized {
				for _, tt := range []struct {
					after time.Duration
					want  int
				}{{time.Second, 1}, {59 * time.Minute, 1}, {61 * time.Minute, 0}, {25 * time.Hour, 0}} {
					n, err := q.countFinalizedSince(ctx, kind, state, at.Add(tt.after).Add(-time.Hour))
					if err != nil {
						t.Fatal(err)
					}
					if n != tt.want {
						t.Errorf("%s %v after it finalized: %d in the last hour, want %d", state, tt.after, n, tt.want)
					}
				}
			}
			st, err := q.statsAt(ctx, finalized[rivertype.JobStateCompleted].Add(30*time.Minute))
			if err != nil {
				t.Fatal(err)
			}
			if st.CompletedLastHour != 1 || st.FailedLastHour != 1 || st.Depth != 1 {
				t.Errorf("stats %+v, want 1 completed and 1 failed in the last hour, 1 waiting", st)
			}

			if b.dialect != "sqlite" {
				return
			}
			var raw string
			if err := b.db.QueryRowContext(ctx, `SELECT CAST(finalized_at AS TEXT) FROM river_job WHERE kind = ? AND state = 'completed'`, kind).Scan(&raw); err != nil {
				t.Fatal(err)
			}
			parsed, err := time.Parse(riverSQLiteTime, raw)
			if err != nil {
				t.Fatalf("River's SQLite time %q does not have the layout %q: %v", raw, riverSQLiteTime, err)
			}
			if at := finalized[rivertype.JobStateCompleted]; !parsed.Equal(at.UTC().Truncate(time.Millisecond)) {
				t.Errorf("River's SQLite time %q reads %v; the client says %v", raw, parsed, at)
			}
		})
	}
}
