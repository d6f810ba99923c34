package api

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"

	"github.com/legible-app/legible/scorer"
)

const draftPolicy = `# Privacy at a glance
We collect your email address to send your receipts. We do not sell your personal data.
We keep your data for 30 days. You can ask us to delete it at privacy@example.com.`

// multipartBody builds a form with one file and extra fields.
func multipartBody(t *testing.T, filename string, content []byte, fields map[string]string) (*bytes.Buffer, string) {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for k, v := range fields {
		if err := w.WriteField(k, v); err != nil {
			t.Fatal(err)
		}
	}
	if filename != "" {
		fw, err := w.CreateFormFile("file", filename)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write(content)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return &buf, w.FormDataContentType()
}

func TestScoreBadInput(t *testing.T) {
	e := newTestEnv(t, Config{AnonRate: -1, MaxScoreBytes: 1 << 10})
	big := `{"text":"` + strings.Repeat("word ", 400) + `"}`
	tests := []struct {
		name        string
		body        string
		contentType string
		status      int
	}{
		{"oversized JSON", big, "application/json", http.StatusRequestEntityTooLarge},
		{"malformed JSON", `{"text":`, "application/json", http.StatusBadRequest},
		{"bad language", `{"text":"We sell data.","language":"klingon"}`, "application/json", http.StatusBadRequest},
		{"bad kind", `{"text":"We sell data.","kind":"poem"}`, "application/json", http.StatusBadRequest},
		{"unknown language", `{"text":"We sell data.","language":"zz"}`, "application/json", http.StatusBadRequest},
		{"wrong content type", `text`, "image/png", http.StatusBadRequest},
		{"form instead of a document", `text=We+sell+data.`, "application/x-www-form-urlencoded", http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantProblem(t, e.do(http.MethodPost, "/v1/score", strings.NewReader(tt.body), "Content-Type", tt.contentType), tt.status)
		})
	}
	t.Run("oversized without length", func(t *testing.T) {
		req := strings.NewReader(big)
		rec := e.do(http.MethodPost, "/v1/score", struct{ *strings.Reader }{req}, "Content-Type", "application/json")
		wantProblem(t, rec, http.StatusRequestEntityTooLarge)
	})
	t.Run("oversized upload", func(t *testing.T) {
		body, ct := multipartBody(t, "policy.txt", bytes.Repeat([]byte("a "), 2000), nil)
		wantProblem(t, e.do(http.MethodPost, "/v1/score", body, "Content-Type", ct), http.StatusRequestEntityTooLarge)
	})
	t.Run("upload without file", func(t *testing.T) {
		body, ct := multipartBody(t, "", nil, map[string]string{"language": "en"})
		wantProblem(t, e.do(http.MethodPost, "/v1/score", body, "Content-Type", ct), http.StatusBadRequest)
	})
	t.Run("binary upload", func(t *testing.T) {
		body, ct := multipartBody(t, "policy.exe", []byte{0, 1, 2, 0xff}, nil)
		wantProblem(t, e.do(http.MethodPost, "/v1/score", body, "Content-Type", ct), http.StatusBadRequest)
	})
	t.Run("raw binary", func(t *testing.T) {
		wantProblem(t, e.do(http.MethodPost, "/v1/score", bytes.NewReader([]byte("PK\x03\x04\x00\x00")), "Content-Type", "application/octet-stream"), http.StatusBadRequest)
	})
	t.Run("oversized raw body", func(t *testing.T) {
		wantProblem(t, e.do(http.MethodPost, "/v1/score", bytes.NewReader(bytes.Repeat([]byte("a "), 2000)), "Content-Type", "text/plain"), http.StatusRequestEntityTooLarge)
	})
}

func TestScore(t *testing.T) {
	e := newTestEnv(t, generous())
	check := func(t *testing.T, rec *httptestRecorder) {
		t.Helper()
		if rec.Code != http.StatusOK {
			t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
		}
		var r scorer.Report
		decode(t, rec, &r)
		if r.Grade.Rank() < 0 || r.Words == 0 || r.RubricVersion == "" || r.Language != "en" {
			t.Errorf("report = %+v", r)
		}
	}
	t.Run("json", func(t *testing.T) {
		check(t, e.do(http.MethodPost, "/v1/score", strings.NewReader(`{"text":`+quoteJSON(draftPolicy)+`,"language":"auto"}`), "Content-Type", "application/json"))
	})
	t.Run("markdown upload", func(t *testing.T) {
		body, ct := multipartBody(t, "policy.md", []byte(draftPolicy), map[string]string{"language": "en"})
		check(t, e.do(http.MethodPost, "/v1/score", body, "Content-Type", ct))
	})
	t.Run("html upload", func(t *testing.T) {
		html := "<!doctype html><html lang=en><head><title>Privacy</title></head><body><nav><a href=/>Home</a></nav><main><h1>Privacy policy</h1>" +
			"<p>We collect your email address to send your receipts. We do not sell your personal data.</p>" +
			"<p>We keep your data for 30 days. You can ask us to delete it at privacy@example.com.</p></main></body></html>"
		body, ct := multipartBody(t, "policy.html", []byte(html), nil)
		rec := e.do(http.MethodPost, "/v1/score", body, "Content-Type", ct)
		check(t, rec)
		var r scorer.Report
		decode(t, rec, &r)
		if r.Words < 20 || r.Words > 60 {
			t.Errorf("words = %d: the HTML was not reduced to its text", r.Words)
		}
	})
	t.Run("empty text", func(t *testing.T) {
		wantProblem(t, e.do(http.MethodPost, "/v1/score", strings.NewReader(`{"text":"   "}`), "Content-Type", "application/json"), http.StatusBadRequest)
	})
}
