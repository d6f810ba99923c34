package extract

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/go-pdf/fpdf"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

var update = flag.Bool("update", false, "rewrite golden files and generated fixtures in testdata")

// encodedFixtures are pages written in UTF-8 (name.utf8) and stored encoded
// in a legacy charset (name), as servers send them.
var encodedFixtures = []struct {
	name string
	enc  encoding.Encoding
}{
	{"arabic-windows-1256.html", charmap.Windows1256},
	{"french-iso-8859-1.html", charmap.ISO8859_1},
}

// TestEncodedFixtures checks that the legacy-encoded pages in testdata are
// the encodings of their UTF-8 sources (and writes them with -update).
func TestEncodedFixtures(t *testing.T) {
	for _, f := range encodedFixtures {
		t.Run(f.name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", f.name+".utf8"))
			if err != nil {
				t.Fatal(err)
			}
			want, err := f.enc.NewEncoder().Bytes(src)
			if err != nil {
				t.Fatalf("encode %s: %v", f.name, err)
			}
			path := filepath.Join("testdata", f.name)
			if *update {
				if err := os.WriteFile(path, want, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s is not the encoding of %s.utf8; run go test -update", path, f.name)
			}
			if bytes.Equal(got, src) {
				t.Errorf("%s is plain UTF-8; the fixture must be legacy-encoded", path)
			}
		})
	}
}

// policyPDF builds a small two-page policy PDF with uncompressed streams.
func policyPDF(t testing.TB) []byte {
	return buildPolicyPDF(t, false)
}

// buildPolicyPDF builds the policy PDF, its streams compressed or not.
func buildPolicyPDF(t testing.TB, compress bool) []byte {
	t.Helper()
	pdf := fpdf.New("P", "mm", "A4", "")
	stamp := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	pdf.SetCreationDate(stamp)
	pdf.SetModificationDate(stamp)
	pdf.SetCompression(compress)
	pdf.SetTitle("Example Privacy Policy", false)
	pdf.AddPage()
	pdf.SetFont("Helvetica", "B", 16)
	pdf.Cell(0, 10, "Privacy Policy")
	pdf.Ln(14)
	pdf.SetFont("Helvetica", "", 11)
	for _, line := range []string{
		"We collect your name and e-mail address.",
		"We keep order records for six years.",
	} {
		pdf.Cell(0, 6, line)
		pdf.Ln(6)
	}
	pdf.AddPage()
	pdf.SetFont("Helvetica", "", 11)
	pdf.Cell(0, 6, "Contact our data protection officer at dpo@example.com.")
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatalf("build pdf: %v", err)
	}
	return buf.Bytes()
}

// TestPDFFixture keeps testdata/policy.pdf in step with policyPDF.
func TestPDFFixture(t *testing.T) {
	path := filepath.Join("testdata", "policy.pdf")
	if *update {
		if err := os.WriteFile(path, policyPDF(t), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("missing fixture (run go test -update): %v", err)
	}
}

// TestGolden extracts every page in testdata and compares the text with the
// .txt file beside it.
func TestGolden(t *testing.T) {
	var inputs []string
	for _, pattern := range []string{"*.html", "*.pdf", "*.md"} {
		m, err := filepath.Glob(filepath.Join("testdata", pattern))
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, m...)
	}
	if len(inputs) < 6 {
		t.Fatalf("found %d golden inputs, want at least 6", len(inputs))
	}
	for _, in := range inputs {
		name := filepath.Base(in)
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			res, err := Extract(body, "", "https://example.com/"+name)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			got := res.Text + "\n"
			golden := strings.TrimSuffix(in, filepath.Ext(in)) + ".txt"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden (run go test -update): %v", err)
			}
			if got != string(want) {
				t.Errorf("text differs from %s\n--- got ---\n%s\n--- want ---\n%s", golden, got, want)
			}
		})
	}
}
