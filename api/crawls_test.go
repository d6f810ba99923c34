package api

import (
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

func TestCrawls(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newTestEnvOn(t, d, generous())
		key, err := e.db.CreateAPIKey(t.Context(), "newsroom")
		if err != nil {
			t.Fatal(err)
		}
		post := func(body string, hdr ...string) *httptest.ResponseRecorder {
			hdr = append(hdr, "Content-Type", "application/json")
			return e.do(http.MethodPost, "/v1/crawls", strings.NewReader(body), hdr...)
		}

		t.Run("no key", func(t *testing.T) {
			rec := post(`{"domain":"example.com"}`)
			wantProblem(t, rec, http.StatusUnauthorized)
			if !strings.HasPrefix(rec.Header().Get("WWW-Authenticate"), "Bearer") {
				t.Errorf("WWW-Authenticate = %q", rec.Header().Get("WWW-Authenticate"))
			}
		})
		t.Run("wrong key", func(t *testing.T) {
			wantProblem(t, post(`{"domain":"example.com"}`, "Authorization", "Bearer nope"), http.StatusUnauthorized)
			wantProblem(t, post(`{"domain":"example.com"}`, "X-API-Key", key+"x"), http.StatusUnauthorized)
		})
		t.Run("bad body", func(t *testing.T) {
			wantProblem(t, post(`{"domain":`, "X-API-Key", key), http.StatusBadRequest)
			wantProblem(t, post(`{"domain":"not a domain"}`, "X-API-Key", key), http.StatusBadRequest)
			wantProblem(t, post(`{"domain":"`+strings.Repeat("a", 5000)+`.com"}`, "X-API-Key", key), http.StatusRequestEntityTooLarge)
		})

		rec := post(`{"domain":"https://WWW.Example.com/about"}`, "Authorization", "Bearer "+key)
		if rec.Code != http.StatusAccepted {
			t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
		}
		var job legible.CrawlJob
		decode(t, rec, &job)
		if job.ID == 0 || job.Domain != "example.com" || job.State != legible.JobQueued {
			t.Errorf("job = %+v", job)
		}
		loc := "/v1/crawls/" + strconv.FormatInt(job.ID, 10)
		if rec.Header().Get("Location") != loc {
			t.Errorf("Location = %q", rec.Header().Get("Location"))
		}
		// The same domain while the job is open gives the same job.
		var again legible.CrawlJob
		decode(t, post(`{"domain":"example.com"}`, "X-API-Key", key), &again)
		if again.ID != job.ID {
			t.Errorf("second request made job %d, want %d", again.ID, job.ID)
		}

		var got legible.CrawlJob
		rec = e.get(loc)
		decode(t, rec, &got)
		if rec.Code != http.StatusOK || got.ID != job.ID || got.State != legible.JobQueued {
			t.Errorf("GET %s: %d %+v", loc, rec.Code, got)
		}
		wantProblem(t, e.get("/v1/crawls/999999"), http.StatusNotFound)
		wantProblem(t, e.get("/v1/crawls/abc"), http.StatusBadRequest)
	})
}

// TestNewRequiresJobs: a server without a job queue would accept crawl
// requests that nothing runs; wiring it so is refused at once.
func TestNewRequiresJobs(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("New without Config.Jobs did not panic")
		}
	}()
	New(Config{}, dbtest.Open(t), nil)
}
