package rating

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/extract"
)

// MaxInputBytes is the largest input Text reads, the extractor's own cap.
// Callers with a smaller budget (an HTTP body limit) check theirs first.
const MaxInputBytes = extract.MaxInputBytes

// Input is a document as a user hands it over: a file, a request body or a
// pasted text.
type Input struct {
	Body []byte
	// Name is the file name, read for its extension; "" or "-" when unknown.
	Name string
	// ContentType is the media type the sender declared (with its charset
	// parameter, if any); "" when unknown.
	ContentType string
}

// Text returns the text to score in an input: the main text of an HTML page
// or a PDF, or the text of a Markdown or plain-text file, decoded to UTF-8.
//
// The format comes from the declared media type, else the file's extension,
// else the bytes themselves. The charset comes from a byte order mark
// (UTF-8, UTF-16), the declared charset, an HTML <meta> declaration, valid
// UTF-8, or a guess between windows-1256 (Arabic), windows-1251 (Cyrillic)
// and windows-1252. Binary data gives ErrNotText, an input over
// MaxInputBytes ErrTooLarge, and one with no text ErrEmpty.
func Text(in Input) (string, error) {
	const op = "rating.Text"
	body := in.Body
	if len(body) > MaxInputBytes {
		return "", fmt.Errorf("%s: %w (%d bytes, the limit is %d MiB)", op, ErrTooLarge, len(body), MaxInputBytes>>20)
	}
	mt, params := mediaType(in.ContentType)
	if text, ok := decodeUTF16(body); ok {
		body, params = []byte(text), map[string]string{"charset": "utf-8"}
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return "", fmt.Errorf("%s: %w", op, ErrEmpty)
	}
	mt = formatOf(mt, in.Name, body)
	pdf := mt == "application/pdf" || isPDF(body)
	if !pdf && looksBinary(body) {
		return "", fmt.Errorf("%s: %w", op, ErrNotText)
	}
	if !pdf && mt == "" {
		// Undeclared and unnamed: the extractor sniffs it, but a guessed
		// charset needs a media type to ride on.
		mt = sniffText(body)
	}
	if !pdf && params["charset"] == "" && !utf8.Valid(body) && !declaresCharset(mt, body) {
		params["charset"] = guessCharset(body)
	}
	ct := ""
	if mt != "" {
		ct = mime.FormatMediaType(mt, params)
	}
	res, err := extractSafely(body, ct)
	switch {
	case errors.Is(err, extract.ErrTooLarge):
		return "", fmt.Errorf("%s: %w", op, ErrTooLarge)
	case errors.Is(err, extract.ErrUnsupported):
		return "", fmt.Errorf("%s: %w", op, ErrNotText)
	case errors.Is(err, extract.ErrNoText):
		return "", fmt.Errorf("%s: %w", op, ErrEmpty)
	case err != nil:
		return "", fmt.Errorf("%s: %w: the document could not be read: %v", op, legible.ErrInvalid, err)
	}
	if looksBinary([]byte(res.Text)) {
		return "", fmt.Errorf("%s: %w", op, ErrNotText)
	}
	return res.Text, nil
}

// mediaType parses a declared media type, lower case; params is never nil.
func mediaType(contentType string) (string, map[string]string) {
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.TrimSpace(strings.SplitN(contentType, ";", 2)[0])
		params = nil
	}
	if params == nil {
		params = map[string]string{}
	}
	return strings.ToLower(mt), params
}

// genericTypes say nothing about a file's format.
var genericTypes = map[string]bool{
	"": true, "application/octet-stream": true, "binary/octet-stream": true, "application/unknown": true,
}

// byExtension maps file extensions to the media type the extractor reads.
var byExtension = map[string]string{
	".html": "text/html", ".htm": "text/html", ".xhtml": "application/xhtml+xml",
	".pdf": "application/pdf",
	".md":  "text/markdown", ".markdown": "text/markdown",
	".txt": "text/plain", ".text": "text/plain",
}

// formatOf returns the media type to extract the body as: a declared
// specific type, else the one of the file's extension, else "" (sniff).
// Text types the extractor does not name (text/csv...) read as plain text.
func formatOf(declared, name string, body []byte) string {
	if !genericTypes[declared] {
		if strings.HasPrefix(declared, "text/") && declared != "text/html" && declared != "text/markdown" &&
			declared != "text/x-markdown" && declared != "text/plain" {
			return "text/plain"
		}
		return declared
	}
	if mt, ok := byExtension[strings.ToLower(path.Ext(name))]; ok {
		// A .txt that holds a PDF or a page is read for what it is.
		if mt == "text/plain" && isPDF(body) {
			return "application/pdf"
		}
		return mt
	}
	return ""
}

// isPDF reports whether body starts with the PDF signature.
func isPDF(body []byte) bool {
	head := body[:min(len(body), 1024)]
	return bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("%PDF-"))
}

// sniffText names an undeclared text body: HTML or plain text (which the
// extractor tells from Markdown by itself).
func sniffText(body []byte) string {
	if mt, _, _ := mime.ParseMediaType(http.DetectContentType(body)); mt == "text/html" {
		return "text/html"
	}
	return "text/plain"
}

// binarySample is how much of an input looksBinary reads.
const binarySample = 64 << 10

// maxControlShare is the share of control characters above which text is binary.
const maxControlShare = 0.01

// looksBinary reports whether body is binary data: a NUL byte, or more than
// maxControlShare of control characters other than tab, line feed, form
// feed, carriage return and escape, in its first binarySample bytes.
func looksBinary(body []byte) bool {
	head := body[:min(len(body), binarySample)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	control := 0
	for _, b := range head {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1b {
			control++
		}
	}
	return float64(control) > maxControlShare*float64(len(head))
}

// metaScan is how far into a page declaresCharset looks for a <meta>
// charset, as the extractor does.
const metaScan = 64 << 10

// declaresCharset reports whether an HTML body declares its own charset,
// which the extractor then honours.
func declaresCharset(mt string, body []byte) bool {
	if mt != "text/html" && mt != "application/xhtml+xml" {
		return false
	}
	return bytes.Contains(bytes.ToLower(body[:min(len(body), metaScan)]), []byte("charset"))
}

// extractSafely runs the extractor on untrusted bytes, turning a panic into
// an error so that one odd file cannot stop a server or a batch.
func extractSafely(body []byte, contentType string) (res *extract.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("extractor panicked: %v", p)
		}
	}()
	return extract.Extract(body, contentType, "")
}
