package api

import (
	"bytes"
	"net/http"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/legible-app/legible/rating"
	"github.com/legible-app/legible/rating/ratingtest"
	"github.com/legible-app/legible/scorer"
)

// TestScoreInputs sends every sample of rating.Text as a multipart upload
// and as a raw body: both read it as the command line and /check do.
func TestScoreInputs(t *testing.T) {
	e := newTestEnv(t, generous())
	for _, in := range ratingtest.Inputs() {
		t.Run(in.Name+"/upload", func(t *testing.T) {
			body, ct := multipartBody(t, in.Name, in.Body, nil)
			checkScoreInput(t, e.do(http.MethodPost, "/v1/score", body, "Content-Type", ct), in)
		})
		t.Run(in.Name+"/raw", func(t *testing.T) {
			ct := in.ContentType
			if in.Binary() {
				ct = "application/octet-stream"
			}
			checkScoreInput(t, e.do(http.MethodPost, "/v1/score?kind=privacy", bytes.NewReader(in.Body), "Content-Type", ct), in)
		})
	}
	t.Run("raw markdown with a language", func(t *testing.T) {
		rec := e.do(http.MethodPost, "/v1/score?language=fr", strings.NewReader(draftPolicy), "Content-Type", "text/markdown")
		var r scorer.Report
		decode(t, rec, &r)
		if rec.Code != http.StatusOK || r.Language != "fr" || r.LanguageSource != "given" {
			t.Errorf("status %d, language %s (%s); want 200, fr given", rec.Code, r.Language, r.LanguageSource)
		}
	})
	t.Run("raw body with an unknown language", func(t *testing.T) {
		wantProblem(t, e.do(http.MethodPost, "/v1/score?language=zz", strings.NewReader(draftPolicy), "Content-Type", "text/plain"), http.StatusBadRequest)
	})
}

func checkScoreInput(t *testing.T, rec *httptestRecorder, in ratingtest.Input) {
	t.Helper()
	if in.Binary() {
		wantProblem(t, rec, http.StatusBadRequest)
		return
	}
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
	}
	var r scorer.Report
	decode(t, rec, &r)
	if r.Language != in.Language || r.Words < 20 || r.Words > 60 || r.Grade.Rank() < 0 {
		t.Errorf("report: language %s, %d words, grade %q; want %s, 20 to 60 words, a grade", r.Language, r.Words, r.Grade, in.Language)
	}
}

// TestScoreClipsQuotes posts 1.9 MB of text without sentence punctuation:
// the answer quotes it no more than a stored report would.
func TestScoreClipsQuotes(t *testing.T) {
	e := newTestEnv(t, generous())
	words := strings.Fields("we collect your email address and we share your personal data with partners for advertising")
	var b strings.Builder
	for i := 0; b.Len() < 1_900_000; i++ {
		b.WriteString(words[i%len(words)])
		b.WriteByte(' ')
	}
	rec := e.do(http.MethodPost, "/v1/score?language=en", strings.NewReader(b.String()), "Content-Type", "text/plain")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %.300s", rec.Code, rec.Body.String())
	}
	if rec.Body.Len() > 200_000 {
		t.Errorf("answer is %d bytes", rec.Body.Len())
	}
	var r scorer.Report
	decode(t, rec, &r)
	quotes := 0
	for _, c := range r.Criteria {
		for _, f := range c.Findings {
			if f.Quote == "" {
				continue
			}
			quotes++
			if n := utf8.RuneCountInString(f.Quote); n > rating.MaxQuoteRunes {
				t.Errorf("%s: quote of %d characters", f.Label, n)
			}
		}
	}
	if quotes == 0 {
		t.Error("no finding quotes the text: the test proves nothing")
	}
}
