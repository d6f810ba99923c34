package pages

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/legible-app/legible/rating/ratingtest"
)

// TestCheckInputs uploads every sample of rating.Text to /check: the page
// scores the same files as the command line and POST /v1/score.
func TestCheckInputs(t *testing.T) {
	for _, in := range ratingtest.Inputs() {
		t.Run(in.Name, func(t *testing.T) {
			fs := &fakeScore{}
			r := newTestRouter(newFixtureStore(t), fs.score)
			var buf bytes.Buffer
			mw := multipart.NewWriter(&buf)
			fw, err := mw.CreateFormFile("file", in.Name)
			if err != nil {
				t.Fatal(err)
			}
			_, _ = fw.Write(in.Body)
			_ = mw.Close()
			res := do(t, r, http.MethodPost, "/check", &buf, map[string]string{"Content-Type": mw.FormDataContentType()})
			if in.Binary() {
				if res.Code != http.StatusUnprocessableEntity || fs.text != "" {
					t.Fatalf("status %d, scored %q; want 422 and nothing scored", res.Code, fs.text)
				}
				mustContain(t, res.Body, "does not look like text")
				return
			}
			if res.Code != http.StatusOK {
				t.Fatalf("status %d, want 200: %s", res.Code, res.Body)
			}
			if !strings.Contains(fs.text, in.Want) || strings.ContainsAny(fs.text, "<>\ufffd") {
				t.Errorf("scored %q, want the text holding %q", fs.text, in.Want)
			}
		})
	}
}

// TestCheckLongDraft pastes a text of 2,000,000 characters (2 MB, over
// 300,000 words) and scores it with the real scorer.
func TestCheckLongDraft(t *testing.T) {
	r := newTestRouter(newFixtureStore(t), nil)
	text := strings.Repeat("We collect your email address to send your receipts. We do not sell your personal data. ", 23_000)[:2_000_000]
	body, hdr := formBody(url.Values{"text": {text}, "language": {"en"}})
	res := do(t, r, http.MethodPost, "/check", body, hdr)
	if res.Code != http.StatusOK {
		t.Fatalf("status %d, want 200: %.500s", res.Code, res.Body)
	}
	mustContain(t, res.Body, `class="big-grade-letter" data-grade="`, "Measurements")
}

// TestCheckPastedMarkup pastes a web page's source: its text is scored.
func TestCheckPastedMarkup(t *testing.T) {
	fs := &fakeScore{}
	r := newTestRouter(newFixtureStore(t), fs.score)
	body, hdr := formBody(url.Values{"text": {"<html><body><nav>Home</nav><main><p>We keep data for 30 days.</p></main></body></html>"}})
	if res := do(t, r, http.MethodPost, "/check", body, hdr); res.Code != http.StatusOK {
		t.Fatalf("status %d", res.Code)
	}
	if fs.text != "We keep data for 30 days." {
		t.Errorf("scored %q, want the page's text", fs.text)
	}
}
