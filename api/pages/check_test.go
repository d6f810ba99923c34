package pages

import (
	"bytes"
	"errors"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/scorer"
)

// fakeScore returns a fixed report whose evidence holds markup, and records
// what it was asked to score.
type fakeScore struct {
	text string
	opts scorer.Options
	err  error
}

func (f *fakeScore) score(text string, opts scorer.Options) (*scorer.Report, error) {
	f.text, f.opts = text, opts
	if f.err != nil {
		return nil, f.err
	}
	ease := 48.2
	return &scorer.Report{
		Metrics: scorer.Metrics{
			Language: "en", Words: 1200, Sentences: 60, ReadingMinutes: 5.1,
			Readability: scorer.Readability{Ease: &ease, EaseIndex: "flesch_reading_ease", Level: "difficult"},
			Clarity:     scorer.Clarity{AvgSentenceWords: 20, LongSentenceShare: 0.05, VaguePer1000: 4.25, Headings: 3, ListItems: 7},
		},
		RubricVersion: "2026.1",
		Score:         81,
		Grade:         legible.GradeA,
		Criteria: []scorer.Criterion{{
			ID: "selling", Name: "Selling and sharing", Score: 18, Max: 20,
			Findings: []scorer.Finding{{Kind: scorer.Bad, Label: "Vague sharing", Quote: `<script>alert(1)</script> "partners"`}},
			Advice:   []string{"Name your partners."},
		}},
	}, nil
}

func formBody(values url.Values) (*strings.Reader, map[string]string) {
	return strings.NewReader(values.Encode()), map[string]string{"Content-Type": "application/x-www-form-urlencoded"}
}

func TestCheckForm(t *testing.T) {
	r := newTestRouter(newFixtureStore(t), nil)
	res := do(t, r, http.MethodGet, "/check?lang=ar", nil, nil)
	if res.Code != http.StatusOK {
		t.Fatalf("status %d, want 200", res.Code)
	}
	mustContain(t, res.Body,
		`<html lang="ar" dir="rtl">`,
		`<form class="card draft" method="post" action="/check?lang=ar" enctype="multipart/form-data">`,
		`<label for="text">نص السياسة</label>`,
		`<textarea id="text" name="text" dir="auto" rows="14" maxlength="2000000"`,
		`<option value="" selected>اكتشاف تلقائي</option>`,
	)
}

func TestCheckScoresDraft(t *testing.T) {
	fs := &fakeScore{}
	r := newTestRouter(newFixtureStore(t), fs.score)
	body, hdr := formBody(url.Values{"text": {"We collect your email."}, "language": {"en"}, "kind": {"terms"}})
	res := do(t, r, http.MethodPost, "/check", body, hdr)
	if res.Code != http.StatusOK {
		t.Fatalf("status %d, want 200", res.Code)
	}
	if fs.text != "We collect your email." || fs.opts.Language != "en" || fs.opts.Kind != legible.KindTerms {
		t.Errorf("scored %q with %+v", fs.text, fs.opts)
	}
	mustContain(t, res.Body,
		`<span class="big-grade-letter" data-grade="A">A</span>`,
		`81 out of 100`,
		`5 minutes — longer than a song`,
		`48 out of 100 — difficult`,
		`<dt>Vague terms per 1,000 words</dt><dd>4.3</dd>`,
		`<dt>Sentences over 40 words</dt><dd>5%</dd>`,
		`&lt;script&gt;alert(1)&lt;/script&gt; &#34;partners&#34;`,
		`Name your partners.`,
		`We collect your email.</textarea>`,
		`<option value="terms" selected>`,
	)
	mustNotContain(t, res.Body, "<script>")
	if cc := res.Header.Get("Cache-Control"); cc != "no-store" {
		t.Errorf("Cache-Control %q, want no-store", cc)
	}
}

func TestCheckUpload(t *testing.T) {
	fs := &fakeScore{}
	r := newTestRouter(newFixtureStore(t), fs.score)
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	_ = mw.WriteField("text", "")
	_ = mw.WriteField("language", "xx-unknown")
	fw, err := mw.CreateFormFile("file", "draft.md")
	if err != nil {
		t.Fatal(err)
	}
	_, _ = fw.Write([]byte("# Privacy\n\nWe keep data for 30 days."))
	_ = mw.Close()
	res := do(t, r, http.MethodPost, "/check", &buf, map[string]string{"Content-Type": mw.FormDataContentType()})
	if res.Code != http.StatusOK {
		t.Fatalf("status %d, want 200: %s", res.Code, res.Body)
	}
	if fs.text != "# Privacy\n\nWe keep data for 30 days." {
		t.Errorf("scored %q, want the uploaded file", fs.text)
	}
	if fs.opts.Language != "" || fs.opts.Kind != legible.KindPrivacy {
		t.Errorf("options %+v, want detection and privacy", fs.opts)
	}
}

func TestCheckBadInput(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		scoreErr error
		code     int
		want     string
	}{
		{"empty", "   \n", nil, http.StatusUnprocessableEntity, "Paste some text or choose a file to score."},
		{"not text", "abc\x00\xff\xfe", nil, http.StatusUnprocessableEntity, "does not look like text"},
		{"scorer finds nothing", "...", scorer.ErrEmpty, http.StatusUnprocessableEntity, "Paste some text"},
		{"scorer fails", "Some text.", errors.New("boom"), http.StatusInternalServerError, "could not be scored"},
		{"too many characters", strings.Repeat("a", maxDraftChars+1), nil, http.StatusRequestEntityTooLarge, "The text is too long"},
		{"body too large", strings.Repeat("ب", maxDraftBody/2), nil, http.StatusRequestEntityTooLarge, "The text is too long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := &fakeScore{err: tt.scoreErr}
			r := newTestRouter(newFixtureStore(t), fs.score)
			body, hdr := formBody(url.Values{"text": {tt.text}})
			res := do(t, r, http.MethodPost, "/check", body, hdr)
			if res.Code != tt.code {
				t.Fatalf("status %d, want %d", res.Code, tt.code)
			}
			mustContain(t, res.Body, tt.want)
			mustNotContain(t, res.Body, "boom")
		})
	}
}

// TestCheckRealScorer runs the draft form through the real scorer.
func TestCheckRealScorer(t *testing.T) {
	r := newTestRouter(newFixtureStore(t), nil)
	text := string(readTestdata(t, "draft-en.md"))
	body, hdr := formBody(url.Values{"text": {text}})
	res := do(t, r, http.MethodPost, "/check", body, hdr)
	if res.Code != http.StatusOK {
		t.Fatalf("status %d, want 200", res.Code)
	}
	mustContain(t, res.Body, `class="big-grade-letter" data-grade="`, "Measurements")
	mustNotContain(t, res.Body, `data-grade="?"`)
}
