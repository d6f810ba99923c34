package rating

import (
	"strings"
	"unicode/utf8"

	"github.com/legible-app/legible/scorer"
)

// MaxQuoteRunes is the longest quote a report keeps, in characters. A text
// without sentence punctuation is one "sentence", and quoting it whole
// would put the whole document into every finding; the browser extension
// shows no more than this either.
const MaxQuoteRunes = 600

// ClipQuote shortens q to at most MaxQuoteRunes characters, the last one an
// ellipsis, cutting at a space when there is one in the last tenth.
func ClipQuote(q string) string {
	if utf8.RuneCountInString(q) <= MaxQuoteRunes {
		return q
	}
	n, cut := 0, len(q)
	for i := range q {
		if n == MaxQuoteRunes-1 {
			cut = i
			break
		}
		n++
	}
	if sp := strings.LastIndexByte(q[:cut], ' '); sp > 0 && utf8.RuneCountInString(q[sp:cut]) < MaxQuoteRunes/10 {
		cut = sp
	}
	return strings.TrimRight(q[:cut], " ") + "…"
}

// ClipQuoteAround shortens q as ClipQuote does, but keeps in view the part
// that begins at share focus of its words (0 to 1) when that part lies
// beyond the first three fifths of what ClipQuote keeps: the quote then
// opens with an ellipsis a little before that part ("… (iii) competent
// authorities, as required by law …"), cut at a space.
func ClipQuoteAround(q string, focus float32) string {
	runes := utf8.RuneCountInString(q)
	if runes <= MaxQuoteRunes {
		return q
	}
	at := int(focus * float32(runes))
	if at < MaxQuoteRunes*3/5 {
		return ClipQuote(q)
	}
	// Start a sixth of the window before the focus, within the quote.
	from := min(at-MaxQuoteRunes/6, runes-(MaxQuoteRunes-2))
	start, n := 0, 0
	for i := range q {
		if n == from {
			start = i
			break
		}
		n++
	}
	if sp := strings.IndexByte(q[start:], ' '); sp >= 0 && utf8.RuneCountInString(q[start:start+sp]) < MaxQuoteRunes/10 {
		start += sp + 1
	}
	return ClipQuote("…" + q[start:])
}

// ClipQuotes clips the quotes of a report's findings and practices'
// evidence in place; Start and End still give the quoted span in the text.
func ClipQuotes(r *scorer.Report) {
	if r == nil {
		return
	}
	clipCriteria(r.Criteria)
	clipPractices(r.Practices)
}

// ClipSiteQuotes clips the quotes of a site report in place.
func ClipSiteQuotes(r *scorer.SiteReport) {
	if r == nil {
		return
	}
	clipCriteria(r.Criteria)
	clipFindings(r.TopFindings)
	clipPractices(r.Practices)
}

func clipCriteria(cs []scorer.Criterion) {
	for i := range cs {
		clipFindings(cs[i].Findings)
	}
}

func clipFindings(fs []scorer.Finding) {
	for i := range fs {
		fs[i].Quote = ClipQuote(fs[i].Quote)
	}
}

func clipPractices(ps []scorer.Practice) {
	for i := range ps {
		for j := range ps[i].Evidence {
			ev := &ps[i].Evidence[j]
			ev.Quote = ClipQuoteAround(ev.Quote, ev.Focus)
		}
	}
}
