package extract

import "strings"

// extractPlain passes Markdown and plain text through, decoded to UTF-8 and
// normalised.
func extractPlain(body []byte, contentType, format string) (*Result, error) {
	text := normalizeText(decodeText(body, contentType))
	res := &Result{Text: text}
	if format == FormatMarkdown {
		res.Title = markdownTitle(text)
	}
	return res, nil
}

// markdownTitle returns the text of the first "# " heading, if any.
func markdownTitle(text string) string {
	for line := range strings.SplitSeq(text, "\n") {
		if t, ok := strings.CutPrefix(line, "# "); ok {
			return strings.TrimSpace(t)
		}
	}
	return ""
}
