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
			ps[i].Evidence[j].Quote = ClipQuote(ps[i].Evidence[j].Quote)
		}
	}
}
