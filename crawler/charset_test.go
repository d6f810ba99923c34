package crawler

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/extract"
)

// encoded returns a fixture in a legacy encoding, with its UTF-8
// <meta charset> rewritten to name that encoding.
func encoded(t *testing.T, name string, enc encoding.Encoding, label string) []byte {
	t.Helper()
	s := strings.Replace(fixture(t, name), `<meta charset="utf-8">`, `<meta charset="`+label+`">`, 1)
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %s as %s: %v", name, label, err)
	}
	return b
}

// arabic1256Site serves the Arabic fixtures in windows-1256: the home page
// and the terms name their charset in the Content-Type header, the privacy
// policy only in <meta>.
func arabic1256Site(t *testing.T, w *fakeWeb, host string) {
	mux := w.site(host)
	serve(mux, "/", "text/html; charset=windows-1256", encoded(t, "home_ar.html", charmap.Windows1256, "windows-1256"))
	serve(mux, "/ar/privacy", "text/html", encoded(t, "privacy_ar.html", charmap.Windows1256, "windows-1256"))
	serve(mux, "/ar/terms", "text/html; charset=windows-1256", encoded(t, "terms_ar.html", charmap.Windows1256, "windows-1256"))
}

// frenchLatin1Site serves the French fixtures in ISO-8859-1, declared only
// in <meta http-equiv>.
func frenchLatin1Site(t *testing.T, w *fakeWeb, host string) {
	mux := w.site(host)
	for path, name := range map[string]string{"/": "home_fr.html", "/confidentialite": "privacy_fr.html", "/cgu": "terms_fr.html"} {
		b, err := charmap.ISO8859_1.NewEncoder().Bytes([]byte(fixture(t, name)))
		if err != nil {
			t.Fatal(err)
		}
		serve(mux, path, "text/html", b)
	}
}

func TestCrawlWindows1256(t *testing.T) {
	w := newFakeWeb(t)
	arabic1256Site(t, w, "cp1256.example")
	store := newMemStore()
	res := mustCrawl(t, testConfig(w), store, "cp1256.example")

	wantDoc(t, res, legible.KindPrivacy, "http://cp1256.example/ar/privacy", SourceHome)
	wantDoc(t, res, legible.KindTerms, "http://cp1256.example/ar/terms", SourceHome)
	v, _ := store.latest("cp1256.example", legible.KindPrivacy)
	if !strings.Contains(v.Text, "توضح سياسة الخصوصية هذه البيانات الشخصية") {
		t.Errorf("privacy text not decoded: %q", truncate(v.Text, 80))
	}
	if strings.Contains(string(v.Raw), "سياسة") {
		t.Error("the raw snapshot should be kept as fetched, in windows-1256")
	}
}

func TestCrawlISO88591(t *testing.T) {
	w := newFakeWeb(t)
	frenchLatin1Site(t, w, "fromage.example")
	store := newMemStore()
	res := mustCrawl(t, testConfig(w), store, "fromage.example")

	wantDoc(t, res, legible.KindPrivacy, "http://fromage.example/confidentialite", SourceHome)
	wantDoc(t, res, legible.KindTerms, "http://fromage.example/cgu", SourceHome)
	v, _ := store.latest("fromage.example", legible.KindPrivacy)
	if !strings.Contains(v.Text, "Cette politique de confidentialité décrit les données personnelles") {
		t.Errorf("privacy text not decoded: %q", truncate(v.Text, 80))
	}
}

// TestCrawlLegacyCharsetsExtracted runs the legacy-charset sites through the
// real extractor: it must decode what the crawler hands it as fetched.
func TestCrawlLegacyCharsetsExtracted(t *testing.T) {
	w := newFakeWeb(t)
	arabic1256Site(t, w, "cp1256.example")
	frenchLatin1Site(t, w, "fromage.example")
	cfg := testConfig(w)
	cfg.Extract = realExtract(t)
	store := newMemStore()
	for domain, want := range map[string]string{
		"cp1256.example":  "نجمع اسمك وعنوانك وبريدك الإلكتروني",
		"fromage.example": "combien de temps nous les conservons",
	} {
		mustCrawl(t, cfg, store, domain)
		v, ok := store.latest(domain, legible.KindPrivacy)
		if !ok || !strings.Contains(v.Text, want) {
			t.Errorf("%s: privacy text %q does not contain %q", domain, truncate(v.Text, 200), want)
		}
	}
	if v, _ := store.latest("cp1256.example", legible.KindTerms); !strings.Contains(v.Text, "تحكم هذه الشروط والأحكام استخدامك") {
		t.Errorf("terms declared windows-1256 in the header: text %q", truncate(v.Text, 200))
	}
}

func TestCrawlPDFPolicy(t *testing.T) {
	pdf, err := os.ReadFile(filepath.Join("testdata", "sites", "privacy.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	w := newFakeWeb(t)
	mux := w.site("paper.example")
	htmlPage(mux, "/", `<html><body><main><p>Example Paper</p></main>
<footer><a href="/docs/privacy.pdf" title="Privacy Policy (PDF, 12 kB)">Privacy</a>
<a href="/terms">Terms of Use</a></footer></body></html>`)
	serve(mux, "/docs/privacy.pdf", "application/pdf", pdf)
	htmlPage(mux, "/terms", fixture(t, "terms_en.html"))

	t.Run("handed to the extractor as PDF", func(t *testing.T) {
		var gotType string
		var gotBody []byte
		cfg := testConfig(w)
		cfg.Extract = func(body []byte, contentType, pageURL string) (*extract.Result, error) {
			if strings.HasSuffix(pageURL, ".pdf") {
				gotType, gotBody = contentType, body
				// A stand-in for PDF extraction: the words between parentheses.
				return &extract.Result{Text: pdfStrings(body), Format: "pdf"}, nil
			}
			return plainExtract(body, contentType, pageURL)
		}
		store := newMemStore()
		res := mustCrawl(t, cfg, store, "paper.example")
		d := wantDoc(t, res, legible.KindPrivacy, "http://paper.example/docs/privacy.pdf", SourceHome)
		if gotType != "application/pdf" || string(gotBody) != string(pdf) || d.ContentType != "application/pdf" {
			t.Errorf("extractor got %q (%d bytes), document type %q", gotType, len(gotBody), d.ContentType)
		}
		if v, _ := store.latest("paper.example", legible.KindPrivacy); string(v.Raw) != string(pdf) {
			t.Error("the PDF was not kept as the raw snapshot")
		}
	})
	t.Run("real extractor", func(t *testing.T) {
		cfg := testConfig(w)
		cfg.Extract = realExtract(t)
		store := newMemStore()
		res := mustCrawl(t, cfg, store, "paper.example")
		wantDoc(t, res, legible.KindPrivacy, "http://paper.example/docs/privacy.pdf", SourceHome)
		v, _ := store.latest("paper.example", legible.KindPrivacy)
		if !strings.Contains(v.Text, "We never sell your personal data") {
			t.Errorf("PDF text = %q", truncate(v.Text, 200))
		}
	})
}

// pdfStrings returns the literal strings of an uncompressed PDF.
func pdfStrings(b []byte) string {
	var out []string
	s := string(b)
	for {
		i := strings.Index(s, "(")
		if i < 0 {
			break
		}
		j := strings.Index(s[i:], ")")
		if j < 0 {
			break
		}
		out = append(out, s[i+1:i+j])
		s = s[i+j+1:]
	}
	return strings.Join(out, "\n")
}
