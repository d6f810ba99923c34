// Package extract turns a fetched document (HTML, PDF, plain text or
// Markdown) into its main text.
//
// HTML pages are decoded to UTF-8 (BOM, Content-Type charset, <meta> charset,
// then UTF-8 or windows-1252), cleared of boilerplate (navigation, headers,
// footers, cookie banners, forms, hidden elements) and rendered as
// Markdown-like text: "# " headings, "- " list items, table cells separated
// by " | ", paragraphs separated by blank lines. All text is NFC-normalised.
package extract

import (
	"errors"
	"fmt"
)

// MaxInputBytes is the largest body Extract accepts.
const MaxInputBytes = 20 << 20

// Errors returned by Extract; callers test them with errors.Is.
var (
	// ErrUnsupported means the body is not HTML, PDF, Markdown or plain text.
	ErrUnsupported = errors.New("unsupported content type")
	// ErrNoText means the document holds no main text.
	ErrNoText = errors.New("no text found")
	// ErrTooLarge means the body is over MaxInputBytes.
	ErrTooLarge = errors.New("input too large")
)

// Format names reported in Result.Format.
const (
	FormatHTML     = "html"
	FormatPDF      = "pdf"
	FormatMarkdown = "markdown"
	FormatText     = "text"
)

// Result is the main text of a document.
type Result struct {
	Title string
	// Text is the main text, Markdown-like: "# " headings, "- " list items,
	// paragraphs separated by blank lines.
	Text string
	// Lang is the language the document declares (e.g. <html lang>), if any.
	Lang string
	// Format is "html", "pdf", "markdown" or "text".
	Format string
}

// Extract returns the main text of body. contentType may be empty (the type
// is then sniffed); pageURL resolves relative links and may be empty.
func Extract(body []byte, contentType, pageURL string) (*Result, error) {
	const op = "extract.Extract"
	if len(body) > MaxInputBytes {
		return nil, fmt.Errorf("%s: %d bytes is over the %d MiB cap: %w",
			op, len(body), MaxInputBytes>>20, ErrTooLarge)
	}
	format, err := detectFormat(body, contentType, pageURL)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	var res *Result
	switch format {
	case FormatHTML:
		res, err = extractHTML(body, contentType)
	case FormatPDF:
		res, err = extractPDF(body)
	default:
		res, err = extractPlain(body, contentType, format)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %w", op, format, err)
	}
	if res.Text == "" {
		return nil, fmt.Errorf("%s: %s: %w", op, format, ErrNoText)
	}
	res.Format = format
	return res, nil
}
