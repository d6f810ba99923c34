package extract

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

func TestExtractFormats(t *testing.T) {
	pdf := policyPDF(t)
	tests := []struct {
		name        string
		body        string
		contentType string
		pageURL     string
		wantFormat  string
		wantTitle   string
		wantLang    string
		wantText    string // must be contained in the text
	}{
		{
			name:       "html sniffed",
			body:       `<!doctype html><html lang="fr-FR"><title>CGU</title><p>Bonjour</p></html>`,
			wantFormat: FormatHTML, wantTitle: "CGU", wantLang: "fr-FR", wantText: "Bonjour",
		},
		{
			name:        "html declared with parameters",
			body:        `<p>Hello <b>world</b></p>`,
			contentType: "text/html; charset=utf-8",
			wantFormat:  FormatHTML, wantText: "Hello world",
		},
		{
			name:       "html after a leading comment",
			body:       "<!--\n banner comment\n-->\n<html><body><h2>Terms</h2></body></html>",
			wantFormat: FormatHTML, wantText: "## Terms",
		},
		{
			name:        "html served as text/plain",
			body:        "<!DOCTYPE html><html><body><p>Policy</p></body></html>",
			contentType: "text/plain",
			wantFormat:  FormatHTML, wantText: "Policy",
		},
		{
			name:       "xhtml lang and underscore",
			body:       `<html xml:lang="en_us"><body><p>x</p></body></html>`,
			wantFormat: FormatHTML, wantLang: "en-US", wantText: "x",
		},
		{
			name:       "content-language meta",
			body:       `<html><head><meta http-equiv="Content-Language" content="de"></head><body><p>Datenschutz</p></body></html>`,
			wantFormat: FormatHTML, wantLang: "de", wantText: "Datenschutz",
		},
		{
			name:       "title from h1 when no title",
			body:       `<html><body><h1>Privacy   Notice</h1><p>Text</p></body></html>`,
			wantFormat: FormatHTML, wantTitle: "Privacy Notice", wantText: "# Privacy Notice",
		},
		{
			name:        "plain text normalised",
			body:        "Line one\r\n\r\n\r\n\r\nLine   two\u00a0end\n",
			contentType: "text/plain; charset=utf-8",
			wantFormat:  FormatText, wantText: "Line one\n\nLine two end",
		},
		{
			name:       "markdown by URL",
			body:       "Intro\n\n- item\n",
			pageURL:    "https://example.com/legal/privacy.md",
			wantFormat: FormatMarkdown, wantText: "- item",
		},
		{
			name:       "markdown sniffed by headings",
			body:       "# Privacy\n\nText\n\n## Data\n\nMore",
			wantFormat: FormatMarkdown, wantTitle: "Privacy", wantText: "## Data",
		},
		{
			name:       "markdown nested items keep their depth",
			body:       "# Privacy\n\n## Data\n\n* **Metrics**: We use:\n    * Google Analytics, to count visits.\n    1. Hotjar,   to see clicks.\n",
			wantFormat: FormatMarkdown, wantText: "We use:\n    * Google Analytics, to count visits.\n    1. Hotjar, to see clicks.",
		},
		{
			name:        "markdown declared",
			body:        "Cafe\u0301 policy",
			contentType: "text/markdown",
			wantFormat:  FormatMarkdown, wantText: "Café policy", // NFC
		},
		{
			name:       "pdf sniffed",
			body:       string(pdf),
			wantFormat: FormatPDF, wantTitle: "Example Privacy Policy", wantText: "We keep order records for six years.",
		},
		{
			name:       "pdf with compressed streams",
			body:       string(buildPolicyPDF(t, true)),
			wantFormat: FormatPDF, wantText: "We collect your name and e-mail address.\nWe keep order records",
		},
		{
			name:        "pdf served as octet-stream",
			body:        string(pdf),
			contentType: "application/octet-stream",
			wantFormat:  FormatPDF, wantText: "dpo@example.com",
		},
		{
			name:        "pdf served as html",
			body:        string(pdf),
			contentType: "text/html",
			wantFormat:  FormatPDF, wantText: "Privacy Policy",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Extract([]byte(tt.body), tt.contentType, tt.pageURL)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if res.Format != tt.wantFormat {
				t.Errorf("Format = %q, want %q", res.Format, tt.wantFormat)
			}
			if tt.wantTitle != "" && res.Title != tt.wantTitle {
				t.Errorf("Title = %q, want %q", res.Title, tt.wantTitle)
			}
			if res.Lang != tt.wantLang {
				t.Errorf("Lang = %q, want %q", res.Lang, tt.wantLang)
			}
			if !strings.Contains(res.Text, tt.wantText) {
				t.Errorf("Text does not contain %q:\n%s", tt.wantText, res.Text)
			}
		})
	}
}

func TestExtractErrors(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01")
	tests := []struct {
		name        string
		body        []byte
		contentType string
		want        error
		wantMsg     string
	}{
		{name: "binary sniffed", body: png, want: ErrUnsupported},
		{name: "image declared", body: []byte("whatever"), contentType: "image/png", want: ErrUnsupported},
		{name: "zip declared", body: []byte("PK\x03\x04"), contentType: "application/zip", want: ErrUnsupported},
		{name: "pdf declared but not pdf", body: []byte("<html>hi</html>"), contentType: "application/pdf", want: ErrUnsupported},
		{name: "empty body", body: nil, want: ErrNoText},
		{name: "html without text", body: []byte("<html><body><script>x()</script><nav><a href=/>Home</a></nav></body></html>"), want: ErrNoText},
		{name: "whitespace text", body: []byte(" \n\t "), contentType: "text/plain", want: ErrNoText},
		{name: "broken pdf", body: []byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"), want: nil, wantMsg: "pdf"},
		{
			name: "over the cap", body: bytes.Repeat([]byte("a"), MaxInputBytes+1),
			contentType: "text/html", want: ErrTooLarge, wantMsg: "20 MiB",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Extract(tt.body, tt.contentType, "")
			if err == nil {
				t.Fatalf("Extract = %+v, want an error", res)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
			if tt.wantMsg != "" && !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("error %q does not mention %q", err, tt.wantMsg)
			}
		})
	}
}

func TestCharsets(t *testing.T) {
	french := "<p>Données à caractère personnel : délégué, œuvre, 10 €</p>"
	latin1, err := charmap.ISO8859_1.NewEncoder().String("<p>Données à caractère personnel</p>")
	if err != nil {
		t.Fatal(err)
	}
	cp1252, err := charmap.Windows1252.NewEncoder().String(french)
	if err != nil {
		t.Fatal(err)
	}
	arabic, err := charmap.Windows1256.NewEncoder().String("<p>سياسة الخصوصية</p>")
	if err != nil {
		t.Fatal(err)
	}
	iso6, err := charmap.ISO8859_6.NewEncoder().String("<p>الشروط والأحكام</p>")
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("<!-- padding -->", 200) // pushes <meta> past 1024 bytes
	tests := []struct {
		name, body, contentType, want string
	}{
		{"header iso-8859-1", latin1, "text/html; charset=ISO-8859-1", "Données à caractère personnel"},
		{"header windows-1256", arabic, "text/html; charset=windows-1256", "سياسة الخصوصية"},
		{"header iso-8859-6", iso6, `text/html; charset="iso-8859-6"`, "الشروط والأحكام"},
		{"meta charset", `<meta charset="windows-1256">` + arabic, "", "سياسة الخصوصية"},
		{"meta http-equiv", `<meta http-equiv="content-type" content="text/html; charset=iso-8859-6">` + iso6, "", "الشروط والأحكام"},
		{"meta after 1024 bytes", "<html><head>" + long + `<meta charset="windows-1252"></head>` + cp1252, "", "œuvre, 10 €"},
		{"header wins over meta", `<meta charset="windows-1256">` + latin1, "text/html; charset=iso-8859-1", "Données"},
		{"utf-8 bom", "\xef\xbb\xbf" + french, "text/html; charset=windows-1256", "œuvre, 10 €"},
		{"undeclared utf-8", long + french, "", "délégué, œuvre"},
		{"undeclared legacy falls back to windows-1252", cp1252, "", "œuvre, 10 €"},
		{"unknown label", `<meta charset="x-no-such">` + french, "", "délégué"},
		{"invalid utf-8 bytes", "<p>caf\xc3 \xff\xfe ok</p>", "text/html; charset=utf-8", "ok"},
		{"plain text windows-1256", strings.TrimSuffix(strings.TrimPrefix(arabic, "<p>"), "</p>"), "text/plain; charset=windows-1256", "سياسة الخصوصية"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Extract([]byte(tt.body), tt.contentType, "")
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if !utf8.ValidString(res.Text) {
				t.Fatalf("text is not valid UTF-8: %q", res.Text)
			}
			if !strings.Contains(res.Text, tt.want) {
				t.Errorf("text %q does not contain %q", res.Text, tt.want)
			}
		})
	}
}

func TestBoilerplate(t *testing.T) {
	prose := strings.Repeat("We share your data only with the processors listed here. ", 60)
	tests := []struct {
		name string
		body string
		keep []string
		drop []string
	}{
		{
			name: "furniture dropped",
			body: `<body><div id="cookie-consent-banner"><p>We use cookies</p></div>
				<div role="navigation"><a href="/">Home</a></div><div class="site-footer">Footer text</div>
				<p>Policy text</p><div class="skip-links"><a href="#c">Skip to content</a></div>
				<dialog open><p>Sign up now</p></dialog><div style="display: none">Hidden text</div>
				<my-cookie-banner>Custom banner</my-cookie-banner></body>`,
			keep: []string{"Policy text"},
			drop: []string{"We use cookies", "Home", "Footer text", "Skip to content", "Sign up now", "Hidden text", "Custom banner"},
		},
		{
			name: "cookie policy lists kept",
			body: `<body><h1>Cookie policy</h1><div class="cookie-card"><div class="cookie-description">Remembers your language.</div></div></body>`,
			keep: []string{"Remembers your language."},
		},
		{
			name: "section anchored as share kept when it is prose",
			body: `<body><nav><a href="/">Home</a></nav><p>Intro</p><section id="share"><h2>How we share</h2><p>` + prose + `</p></section></body>`,
			keep: []string{"How we share", "processors listed here"},
			drop: []string{"Home"},
		},
		{
			name: "page wrapped in a hidden container kept",
			body: `<body><div style="visibility: hidden"><h1>Policy</h1><p>` + prose + `</p></div></body>`,
			keep: []string{"# Policy", "processors listed here"},
		},
		{
			name: "consent platform dropped even when long",
			body: `<body><p>Short policy.</p><div id="onetrust-consent-sdk"><p>` + prose + prose + `</p></div></body>`,
			keep: []string{"Short policy."},
			drop: []string{"processors listed here"},
		},
		{
			name: "responsive copy dropped",
			body: `<body><main class="desktop"><p>` + prose + `</p></main><main class="mobile"><div><p>` + prose + `</p></div></main></body>`,
			keep: []string{"processors listed here"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Extract([]byte(tt.body), "text/html", "")
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			for _, k := range tt.keep {
				if !strings.Contains(res.Text, k) {
					t.Errorf("lost %q:\n%s", k, res.Text)
				}
			}
			for _, d := range tt.drop {
				if strings.Contains(res.Text, d) {
					t.Errorf("kept %q:\n%s", d, res.Text)
				}
			}
		})
	}
	t.Run("responsive copy appears once", func(t *testing.T) {
		body := `<body><main><p>` + prose + `</p></main><main><p>` + prose + `</p></main></body>`
		res, err := Extract([]byte(body), "text/html", "")
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(res.Text, "processors listed here"); n != 60 {
			t.Errorf("sentence appears %d times, want 60", n)
		}
	})
}

func TestDeepNesting(t *testing.T) {
	// Deeper than the tree parser allows: the streaming pass takes over.
	body := "<html lang=\"nl\"><head><title>Voorwaarden</title></head><body><h1>Terms</h1>" + strings.Repeat("<div>", 2000) + "<p>Deep text</p><script>x()</script>" +
		strings.Repeat("</div>", 2000) + "<ul><li>one</li><li>two</li></ul></body></html>"
	res, err := Extract([]byte(body), "text/html", "")
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	want := "# Terms\n\nDeep text\n\n- one\n- two"
	if res.Text != want {
		t.Errorf("text = %q, want %q", res.Text, want)
	}
	if res.Lang != "nl" || res.Title != "Voorwaarden" {
		t.Errorf("lang, title = %q, %q; want nl, Voorwaarden", res.Lang, res.Title)
	}
}

func TestLargePage(t *testing.T) {
	if testing.Short() {
		t.Skip("large page skipped in -short mode")
	}
	para := "<p>" + strings.Repeat("word ", 200) + "</p>\n"
	body := "<html><body>" + strings.Repeat(para, (15<<20)/len(para)) + "</body></html>"
	res, err := Extract([]byte(body), "text/html", "")
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if got := strings.Count(res.Text, "\n\n") + 1; got != (15<<20)/len(para) {
		t.Errorf("got %d paragraphs, want %d", got, (15<<20)/len(para))
	}
}

// FuzzExtract checks that no input makes Extract panic or return invalid
// UTF-8.
func FuzzExtract(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err == nil {
			f.Add(b, "")
		}
	}
	f.Add([]byte("%PDF-1.7\n"), "application/pdf")
	f.Add([]byte("<table><tr><td><p>x</td></tr>"), "text/html; charset=windows-1256")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		res, err := Extract(body, contentType, "")
		if err != nil {
			return
		}
		if !utf8.ValidString(res.Text) || !utf8.ValidString(res.Title) {
			t.Errorf("invalid UTF-8 in %+v", res)
		}
	})
}

func TestPDFDamaged(t *testing.T) {
	good := policyPDF(t)
	for _, cut := range []int{10, 100, len(good) / 4, len(good) / 2, len(good) - 200, len(good) - 20} {
		t.Run(fmt.Sprintf("cut at %d", cut), func(t *testing.T) {
			res, err := Extract(good[:cut], "application/pdf", "")
			if err == nil && !utf8.ValidString(res.Text) {
				t.Errorf("invalid UTF-8 from a damaged PDF")
			}
		})
	}
	t.Run("garbled body", func(t *testing.T) {
		bad := bytes.ReplaceAll(append([]byte(nil), good...), []byte("obj"), []byte("jbo"))
		if _, err := Extract(bad, "", ""); err == nil {
			t.Errorf("Extract of a garbled PDF succeeded")
		}
	})
}
