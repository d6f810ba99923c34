package extract

import (
	"bytes"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// metaCharset finds a charset declared by <meta charset> or
// <meta http-equiv="Content-Type" content="...; charset=...">.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]{0,512}?charset\s*=\s*["']?\s*([a-z0-9_.:\-]+)`)

// metaScanBytes is how far into a page a <meta> charset is looked for. The
// HTML standard says 1024 bytes; real pages often declare it later.
const metaScanBytes = 64 << 10

// decodeHTML converts body to valid UTF-8, choosing the encoding from, in
// order: a byte order mark, the Content-Type charset, a <meta> declaration,
// valid UTF-8, and windows-1252. Invalid bytes become U+FFFD.
func decodeHTML(body []byte, contentType string) (string, string) {
	enc, name := detectCharset(body, contentType, true)
	return decodeWith(body, enc), name
}

// decodeText converts a plain-text or Markdown body to valid UTF-8.
func decodeText(body []byte, contentType string) string {
	enc, _ := detectCharset(body, contentType, false)
	return decodeWith(body, enc)
}

// detectCharset returns the encoding of body and its name.
func detectCharset(body []byte, contentType string, html bool) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(body, []byte("\xef\xbb\xbf")):
		return unicode.UTF8BOM, "utf-8"
	case bytes.HasPrefix(body, []byte("\xfe\xff")):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	case bytes.HasPrefix(body, []byte("\xff\xfe")):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if e, name := lookupCharset(params["charset"]); e != nil {
			return e, name
		}
	}
	if html {
		head := body
		if len(head) > metaScanBytes {
			head = head[:metaScanBytes]
		}
		if m := metaCharset.FindSubmatch(head); m != nil {
			if e, name := lookupCharset(string(m[1])); e != nil {
				// A page cannot declare UTF-16 in its own ASCII-compatible bytes.
				if strings.HasPrefix(name, "utf-16") {
					return unicode.UTF8, "utf-8"
				}
				return e, name
			}
		}
	}
	if utf8.Valid(body) {
		return unicode.UTF8, "utf-8"
	}
	return charmap.Windows1252, "windows-1252"
}

// lookupCharset maps a charset label to an encoding following the WHATWG
// Encoding Standard (so "iso-8859-1" means windows-1252).
func lookupCharset(label string) (encoding.Encoding, string) {
	label = strings.TrimSpace(label)
	if label == "" {
		return nil, ""
	}
	e, name := charset.Lookup(label)
	if e == nil {
		return nil, ""
	}
	return e, name
}

// decodeWith decodes body with enc; the result is always valid UTF-8.
func decodeWith(body []byte, enc encoding.Encoding) string {
	if enc == unicode.UTF8 || enc == encoding.Nop {
		return strings.ToValidUTF8(string(body), "\uFFFD")
	}
	if enc == unicode.UTF8BOM {
		return strings.ToValidUTF8(string(body[3:]), "\uFFFD")
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		out = body
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}
