package pages

import (
	"regexp"
	"strings"

	"github.com/legible-app/legible/rating"
)

var (
	// mdImage is an inline Markdown image: ![alt](url).
	mdImage = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	// mdLink is an inline Markdown link: [text](url).
	mdLink = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	// mdStrong is bold or code marks.
	mdStrong = regexp.MustCompile("\\*\\*|__|`+")
	// mdHeading is a heading line.
	mdHeading = regexp.MustCompile(`(?m)^[ \t]*#{1,6}[ \t]+.*$`)
	// mdLineStart is a heading mark, a list mark or a quote mark at the start of a line.
	mdLineStart = regexp.MustCompile(`(?m)^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,3}[.)][ \t]+|>[ \t]?)`)
	// mdEmphasis is an italic mark at the edge of a word.
	mdEmphasis = regexp.MustCompile(`(?:^|\s)\*|\*(?:\s|$|[.,;:!?])`)
	// spaces is any run of white space, newlines included.
	spaces = regexp.MustCompile(`\s+`)
)

// plainQuote turns a quote of a document's text (Markdown, as the crawler
// stores it) into plain words for a reader: no heading, list or emphasis
// marks, links reduced to their text, one line, clipped to the quote length.
// A heading gives a sentence its context but is not what it says: a heading
// line is dropped when the quote has other words.
func plainQuote(q string) string {
	if q == "" {
		return ""
	}
	if body := mdHeading.ReplaceAllString(q, ""); strings.TrimSpace(body) != "" {
		q = body
	}
	q = mdImage.ReplaceAllString(q, "")
	q = mdLink.ReplaceAllString(q, "$1")
	q = mdLineStart.ReplaceAllString(q, "")
	q = mdStrong.ReplaceAllString(q, "")
	q = mdEmphasis.ReplaceAllStringFunc(q, func(m string) string {
		return strings.Replace(m, "*", "", 1) // keep the space or stop beside it
	})
	q = strings.TrimSpace(spaces.ReplaceAllString(q, " "))
	return rating.ClipQuote(q)
}
