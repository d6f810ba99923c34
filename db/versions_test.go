package db_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

func TestRecordVersionOnlyWhenTextChanges(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		clk := newClock(d)
		site := mustSite(t, d, "example.org")
		v1Text, v2Text := fixture(t, "policy-v1.md"), fixture(t, "policy-v2.md")

		first := newVersion(v1Text, 81, legible.GradeB, "r1")
		first.Raw = []byte(fixture(t, "policy-v1.html"))
		first.FetchedAt = clk.now()
		rec1 := mustRecord(t, d, site.ID, first)
		if !rec1.Created || rec1.Previous != nil || rec1.Document.Kind != legible.KindPrivacy {
			t.Fatalf("first record = %+v", rec1)
		}
		sum := sha256.Sum256([]byte(v1Text))
		if rec1.Version.ContentHash != hex.EncodeToString(sum[:]) {
			t.Errorf("ContentHash = %s", rec1.Version.ContentHash)
		}

		// Same text later: no new version, CheckedAt moves, FetchedAt stays.
		same := newVersion(v1Text, 81, legible.GradeB, "r1")
		same.FetchedAt = clk.advance(24 * time.Hour)
		rec2 := mustRecord(t, d, site.ID, same)
		if rec2.Created || rec2.Version.ID != rec1.Version.ID || rec2.Previous == nil || rec2.Previous.ID != rec1.Version.ID {
			t.Fatalf("unchanged record = %+v", rec2)
		}
		if !rec2.Version.CheckedAt.Equal(same.FetchedAt.Truncate(time.Microsecond)) || !rec2.Version.FetchedAt.Equal(rec1.Version.FetchedAt) {
			t.Errorf("unchanged: fetched %v checked %v", rec2.Version.FetchedAt, rec2.Version.CheckedAt)
		}
		// A late, older fetch does not move CheckedAt back.
		late := newVersion(v1Text, 81, legible.GradeB, "r1")
		late.FetchedAt = first.FetchedAt.Add(time.Hour)
		if rec := mustRecord(t, d, site.ID, late); !rec.Version.CheckedAt.Equal(rec2.Version.CheckedAt) {
			t.Errorf("late fetch moved CheckedAt to %v", rec.Version.CheckedAt)
		}
		// Same text under a new rubric: the score is added to the version.
		rescored := newVersion(v1Text, 77, legible.GradeC, "r2")
		if rec := mustRecord(t, d, site.ID, rescored); rec.Created {
			t.Errorf("rescoring created a version")
		}
		if n := dbtest.Count(t, d, "scores"); n != 2 {
			t.Errorf("%d scores, want 2", n)
		}

		// Changed text: a new version pointing at the previous one.
		changed := newVersion(v2Text, 52, legible.GradeD, "r2")
		changed.FetchedAt = clk.advance(24 * time.Hour)
		rec3 := mustRecord(t, d, site.ID, changed)
		if !rec3.Created || rec3.Previous == nil || rec3.Previous.ID != rec1.Version.ID || rec3.Document.ID != rec1.Document.ID {
			t.Fatalf("changed record = %+v", rec3)
		}
		if n := dbtest.Count(t, d, "versions"); n != 2 {
			t.Errorf("%d versions, want 2", n)
		}

		got, err := d.Version(ctx, rec1.Version.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Text != v1Text || string(got.Raw) != string(first.Raw) || got.Language != "en" || got.ContentType != first.ContentType {
			t.Errorf("Version text/raw/language did not round-trip: %q %d bytes %q", got.Text[:20], len(got.Raw), got.Language)
		}
		_, err = d.Version(ctx, 9999)
		wantErr(t, err, legible.ErrNotFound)

		hist, err := d.History(ctx, site.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(hist) != 2 || hist[0].Version.ID != rec1.Version.ID || hist[1].Version.ID != rec3.Version.ID {
			t.Fatalf("History = %+v", hist)
		}
		if hist[0].Score == nil || hist[0].Score.RubricVersion != "r2" || hist[0].Score.Grade != legible.GradeC {
			t.Errorf("history of v1 carries score %+v, want the latest (r2, C)", hist[0].Score)
		}
		if hist[1].Score == nil || hist[1].Score.Overall != 52 || string(hist[1].Score.Report) != `{"score":52,"grade":"D"}` {
			t.Errorf("history of v2 carries score %+v", hist[1].Score)
		}
		if hist[0].Version.Text != "" {
			t.Errorf("History loaded the text")
		}
		_, err = d.History(ctx, site.ID+100)
		wantErr(t, err, legible.ErrNotFound)
	})
}

func TestRecordVersionRejectsBadInput(t *testing.T) {
	d := dbtest.Open(t)
	ctx := context.Background()
	site := mustSite(t, d, "example.org")
	bad := map[string]legible.NewVersion{
		"kind":   {Kind: "faq", URL: "https://example.org/faq", Text: "x"},
		"url":    {Kind: legible.KindTerms, Text: "x"},
		"grade":  {Kind: legible.KindTerms, URL: "u", Text: "x", Score: &legible.Score{RubricVersion: "r", Grade: "F"}},
		"rubric": {Kind: legible.KindTerms, URL: "u", Text: "x", Score: &legible.Score{Grade: "A"}},
		"report": {Kind: legible.KindTerms, URL: "u", Text: "x", Score: &legible.Score{RubricVersion: "r", Grade: "A", Report: []byte("{")}},
	}
	for name, v := range bad {
		_, err := d.RecordVersion(ctx, site.ID, v)
		if err == nil {
			t.Errorf("%s: RecordVersion accepted %+v", name, v)
		}
	}
	_, err := d.RecordVersion(ctx, site.ID+1, newVersion("x", 1, legible.GradeE, "r"))
	wantErr(t, err, legible.ErrNotFound)
	if n := dbtest.Count(t, d, "documents"); n != 0 {
		t.Errorf("%d documents after rejected writes", n)
	}
}

// Concurrent crawlers storing the same text end with one version; storing
// different texts ends with one chain of versions, each pointing at the one
// before.
func TestRecordVersionConcurrent(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		site := mustSite(t, d, "example.org")
		const n = 12
		var wg sync.WaitGroup
		created := make(chan bool, n)
		errs := make(chan error, 2*n)
		for range n {
			wg.Go(func() {
				rec, err := d.RecordVersion(ctx, site.ID, newVersion("the same text", 60, legible.GradeC, "r1"))
				if err != nil {
					errs <- err
					return
				}
				created <- rec.Created
			})
		}
		wg.Wait()
		close(created)
		nCreated := 0
		for c := range created {
			if c {
				nCreated++
			}
		}
		if nCreated != 1 {
			t.Errorf("%d writers created a version, want 1", nCreated)
		}
		if v := dbtest.Count(t, d, "versions"); v != 1 {
			t.Errorf("%d versions of one text, want 1", v)
		}

		for i := range n {
			wg.Go(func() {
				v := newVersion(fmt.Sprintf("text number %d", i), 50+i, legible.GradeC, "r1")
				v.URL = "https://example.org/terms"
				v.Kind = legible.KindTerms
				if _, err := d.RecordVersion(ctx, site.ID, v); err != nil {
					errs <- err
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Errorf("concurrent RecordVersion: %v", err)
		}
		if c := dbtest.Count(t, d, "documents"); c != 2 {
			t.Errorf("%d documents, want 2", c)
		}
		hist, err := d.History(ctx, site.ID)
		if err != nil {
			t.Fatal(err)
		}
		var terms []legible.HistoryEntry
		for _, h := range hist {
			if h.Document.Kind == legible.KindTerms {
				terms = append(terms, h)
			}
		}
		if len(terms) != n {
			t.Fatalf("%d terms versions, want %d", len(terms), n)
		}
		var prev []struct {
			ID   int64  `db:"id"`
			Prev *int64 `db:"previous_id"`
		}
		if err := d.SQL().Select(&prev, d.SQL().Rebind(`SELECT v.id, v.previous_id FROM versions v
			JOIN documents d ON d.id = v.document_id WHERE d.kind = ? ORDER BY v.id`), "terms"); err != nil {
			t.Fatal(err)
		}
		for i, p := range prev {
			switch {
			case i == 0 && p.Prev != nil:
				t.Errorf("first version has previous %d", *p.Prev)
			case i > 0 && (p.Prev == nil || *p.Prev != prev[i-1].ID):
				t.Errorf("version %d has previous %v, want %d", p.ID, p.Prev, prev[i-1].ID)
			}
		}
	})
}

// A write aborted midway, by an error or a cancelled context, leaves the
// previous state intact.
func TestRecordVersionAbortKeepsPreviousState(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		site := mustSite(t, d, "example.org")
		good := mustRecord(t, d, site.ID, newVersion(fixture(t, "policy-v1.md"), 81, legible.GradeB, "r1"))
		injected := fmt.Errorf("disk on fire")

		cases := []struct {
			name  string
			point string
			v     legible.NewVersion
			fail  func(cancel context.CancelFunc) error
		}{
			{"error after version", db.PointAfterVersion, newVersion(fixture(t, "policy-v2.md"), 40, legible.GradeD, "r1"),
				func(context.CancelFunc) error { return injected }},
			{"cancel after version", db.PointAfterVersion, newVersion(fixture(t, "policy-v2.md"), 40, legible.GradeD, "r1"),
				func(cancel context.CancelFunc) error { cancel(); return nil }},
			{"error after new document", db.PointAfterDocument, func() legible.NewVersion {
				v := newVersion("terms text", 70, legible.GradeC, "r1")
				v.Kind, v.URL = legible.KindTerms, "https://example.org/terms"
				return v
			}(), func(context.CancelFunc) error { return injected }},
		}
		for _, tc := range cases {
			ctx, cancel := context.WithCancel(ctx)
			db.SetFailpoint(d, func(_ context.Context, point string) error {
				if point != tc.point {
					return nil
				}
				return tc.fail(cancel)
			})
			_, err := d.RecordVersion(ctx, site.ID, tc.v)
			cancel()
			db.SetFailpoint(d, nil)
			if err == nil {
				t.Fatalf("%s: RecordVersion succeeded", tc.name)
			}
			if n := dbtest.Count(t, d, "versions"); n != 1 {
				t.Errorf("%s: %d versions, want 1", tc.name, n)
			}
			if n := dbtest.Count(t, d, "documents"); n != 1 {
				t.Errorf("%s: %d documents, want 1", tc.name, n)
			}
			if n := dbtest.Count(t, d, "scores"); n != 1 {
				t.Errorf("%s: %d scores, want 1", tc.name, n)
			}
			det, err := d.SiteDetail(context.Background(), "example.org")
			if err != nil {
				t.Fatal(err)
			}
			if len(det.Documents) != 1 || det.Documents[0].Version.ID != good.Version.ID || det.Documents[0].Score.Overall != 81 {
				t.Errorf("%s: latest state = %+v", tc.name, det.Documents)
			}
		}
		// The database still takes writes afterwards.
		if rec := mustRecord(t, d, site.ID, newVersion(fixture(t, "policy-v2.md"), 40, legible.GradeD, "r1")); !rec.Created {
			t.Errorf("write after aborts did not create a version")
		}
	})
}
