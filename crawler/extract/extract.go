// Package extract turns a fetched document (HTML, PDF, plain text or
// Markdown) into its main text.
package extract

import "errors"

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
// (Placeholder: replaced by the extraction implementation.)
func Extract(body []byte, contentType, pageURL string) (*Result, error) {
	return nil, errors.New("extract: not implemented yet")
}
