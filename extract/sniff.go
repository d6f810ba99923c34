package extract

import (
	"bytes"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"
)

// detectFormat names the format of body from its declared media type, falling
// back to sniffing when the type is missing, generic or contradicted by the
// bytes (a PDF served as text/html).
func detectFormat(body []byte, contentType, pageURL string) (string, error) {
	if isPDF(body) {
		return FormatPDF, nil
	}
	mt := ""
	if contentType != "" {
		if m, _, err := mime.ParseMediaType(contentType); err == nil {
			mt = strings.ToLower(m)
		} else {
			mt = strings.ToLower(strings.TrimSpace(strings.SplitN(contentType, ";", 2)[0]))
		}
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return FormatHTML, nil
	case "application/pdf", "application/x-pdf":
		return "", fmt.Errorf("declared PDF without a %%PDF- header: %w", ErrUnsupported)
	case "text/markdown", "text/x-markdown":
		return FormatMarkdown, nil
	case "text/plain":
		if looksHTML(body) {
			return FormatHTML, nil
		}
		return plainKind(body, pageURL), nil
	case "", "application/octet-stream", "binary/octet-stream", "application/unknown":
		return sniffFormat(body, pageURL)
	}
	return "", fmt.Errorf("media type %q: %w", mt, ErrUnsupported)
}

// sniffFormat guesses the format of an undeclared body.
func sniffFormat(body []byte, pageURL string) (string, error) {
	sniffed := http.DetectContentType(body)
	mt, _, _ := mime.ParseMediaType(sniffed)
	switch {
	case mt == "text/html" || looksHTML(body):
		return FormatHTML, nil
	case mt == "text/plain":
		return plainKind(body, pageURL), nil
	}
	return "", fmt.Errorf("sniffed %q: %w", mt, ErrUnsupported)
}

// isPDF reports whether body starts with the PDF signature (leading
// whitespace and a few bytes of junk are tolerated, as readers do).
func isPDF(body []byte) bool {
	head := body
	if len(head) > 1024 {
		head = head[:1024]
	}
	if bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("%PDF-")) {
		return true
	}
	return bytes.Contains(head, []byte("%PDF-")) && !looksHTML(body)
}

// looksHTML reports whether body is markup: it opens with a tag or a
// comment, or names <html>, <head> or <body> early on.
func looksHTML(body []byte) bool {
	head := body
	if len(head) > 8<<10 {
		head = head[:8<<10]
	}
	head = bytes.ToLower(bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n"))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<!--", "<?xml"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return true
		}
	}
	for _, p := range []string{"<html", "<body", "<!doctype html"} {
		if bytes.Contains(head, []byte(p)) {
			return true
		}
	}
	// A fragment: it opens with a tag and closes one.
	return len(head) > 1 && head[0] == '<' && isASCIILetter(head[1]) && bytes.Contains(head, []byte("</"))
}

func isASCIILetter(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// plainKind tells Markdown from plain text: a .md URL, or ATX headings and
// list items at line starts.
func plainKind(body []byte, pageURL string) string {
	if u, err := url.Parse(pageURL); err == nil && pageURL != "" {
		switch strings.ToLower(path.Ext(u.Path)) {
		case ".md", ".markdown":
			return FormatMarkdown
		}
	}
	head := body
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	marks := 0
	for _, line := range bytes.Split(head, []byte("\n")) {
		l := bytes.TrimSpace(line)
		if bytes.HasPrefix(l, []byte("# ")) || bytes.HasPrefix(l, []byte("## ")) ||
			bytes.HasPrefix(l, []byte("](")) || bytes.Contains(l, []byte("](http")) {
			marks++
		}
	}
	if marks >= 2 {
		return FormatMarkdown
	}
	return FormatText
}
