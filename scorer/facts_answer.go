package scorer

import (
	"log/slog"
	"slices"
	"strings"

	"github.com/legible-app/legible"
)

// maxEvidence bounds the quotes backing one answer.
const maxEvidence = 3

// answerAll answers every question from a document's signals. full says
// whether the text is a full privacy policy, whose silence may answer; only,
// when not nil, marks the questions read (the others are unknown, mentioned
// where the text speaks of them).
func (e *factsEngine) answerAll(text string, sentences []Span, df *docFacts, full bool, only []bool) []Practice {
	out := make([]Practice, 0, len(e.data.Questions))
	for qi := range e.data.Questions {
		q := &e.data.Questions[qi]
		p := Practice{ID: q.ID, Answer: AnswerUnknown, Question: q.Question["en"]}
		if only != nil && !only[qi] {
			p.Mentioned = e.mentions(q, df)
		} else if d, ok := e.decide(q, df, full); ok {
			p.Answer = d.Answer
			p.Evidence = e.evidence(text, sentences, df, d.quoteOrder(), q.QuoteSection, d.quoteLimit())
		} else if p.Mentioned = e.mentions(q, df); full && q.Silence != "" && !p.Mentioned {
			// Silence answers only where the text does not speak of the
			// subject at all: a hedged promise to notify is not "no".
			p.Answer = q.Silence
		} else if p.Mentioned && len(q.Partly) > 0 {
			if ev := e.evidence(text, sentences, df, q.Partly, q.QuoteSection, maxEvidence); len(ev) > 0 {
				p.Partial, p.Evidence = true, ev
			}
		}
		p.Label = q.Answers[p.Answer].Label["en"]
		if p.Label == "" {
			switch {
			case q.NotRead:
				p.Label = notReadLabel
			case p.Partial:
				p.Label = partialLabel
			case p.Mentioned:
				p.Label = mentionedLabel
			default:
				p.Label = unknownLabel
			}
		}
		out = append(out, p)
	}
	return out
}

// mentions reports whether the document raises any of a question's topic
// signals: it speaks of the subject, in words no decision could read.
func (e *factsEngine) mentions(q *questionSpec, df *docFacts) bool {
	for _, s := range q.Topic {
		if len(df.hits[e.sigIndex[s]]) > 0 {
			return true
		}
	}
	return false
}

// unknownLabel is the English label of an unknown answer.
const unknownLabel = "Not found in the text"

// notReadLabel is the English label of an unknown answer to a question the
// engine does not read yet (questionSpec.NotRead).
const notReadLabel = "Not read by Legible yet"

// decide returns the first decision the document's signals satisfy.
func (e *factsEngine) decide(q *questionSpec, df *docFacts, full bool) (decision, bool) {
next:
	for _, d := range q.Decisions {
		if d.Full && !full {
			continue
		}
		var cats conceptSet
		for _, s := range d.When {
			si := e.sigIndex[s]
			if len(df.hits[si]) == 0 {
				continue next
			}
			cats.union(&df.data[si])
		}
		for _, s := range d.Unless {
			if len(df.hits[e.sigIndex[s]]) > 0 {
				continue next
			}
		}
		if d.MinCategories > 0 && countSet(&cats) < d.MinCategories {
			continue
		}
		if d.MinHits > 0 && len(d.When) > 0 && countHits(df.hits[e.sigIndex[d.When[0]]], d.Apart) < d.MinHits {
			continue
		}
		if len(d.Covers) > 0 && len(d.When) > 0 {
			first := df.hits[e.sigIndex[d.When[0]]]
			for _, s := range d.Covers {
				for _, idx := range df.hits[e.sigIndex[s]] {
					if !slices.Contains(first, idx) {
						continue next
					}
				}
			}
		}
		return d, true
	}
	return decision{}, false
}

// evidence quotes, for each of a decision's signals, its strongest sentence
// (the first of equals), strongest signal first in the decision's order, up
// to limit: the first quote is the one a finding shows. One quote a
// signal, for a second sentence of the same signal shows the answer no
// better and is often weaker (an item of a list of purposes after a
// promise to email changes). A sentence that raises every signal of the
// decision is quoted alone, and one repeated word for word once.
func (e *factsEngine) evidence(text string, sentences []Span, df *docFacts, when []string, sections bool, limit int) []Evidence {
	out := make([]Evidence, 0, min(len(when), limit))
	if k, ok := df.sharedHit(e, when); ok {
		// One sentence shows the whole answer ("we show personalised ads,
		// which you can turn off in your settings").
		si := e.sigIndex[when[0]]
		return append(out, df.quote(text, sentences, si, k, sections, e.listSignal[si]))
	}
	var idx []int
	for _, s := range when {
		si := e.sigIndex[s]
		for len(out) < limit {
			k, ok := strongest(df.hits[si], df.strength[si], idx)
			if !ok {
				break
			}
			idx = append(idx, df.hits[si][k])
			ev := df.quote(text, sentences, si, k, sections, e.listSignal[si])
			if quoted(out, ev.Quote) {
				continue // the same words elsewhere: look for another sentence
			}
			out = append(out, ev)
			break
		}
	}
	return out
}

// quote is the evidence of hit k of signal si: its sentence, and the list's
// lead-in an item was read with, for it is quoted with it too; with list,
// the items of that list that raise si are quoted together. With
// sections, a short heading is quoted as the context of its section's first
// sentence.
func (df *docFacts) quote(text string, sentences []Span, si, k int, sections, list bool) Evidence {
	h := df.hits[si][k]
	sp := sentences[h]
	if end := df.labelEnd(text, sentences, h); end != sp.End {
		sp.End = end
	} else if h+1 < len(sentences) && df.lead[si][k] < 0 && endsWith(text[sp.Start:sp.End], ':') {
		// A lead-in quoted alone names nothing of what it announces ("We
		// may share your data with the following parties:"): it is quoted
		// with the list's first item ("Banks and other financial
		// organizations"), the item's label with its sentence.
		var lines lineFinder
		if lines.opensItem(text, sentences[h+1]) {
			sp.End = df.labelEnd(text, sentences, h+1)
		}
	}
	if end := headerRowEnd(text, sp); end > sp.End {
		// A table's header row ("Version | Section | Changes | Date")
		// names only its columns: it is quoted with the row under it.
		sp.End = end
	}
	ev := Evidence{Quote: cleanQuote(text[sp.Start:sp.End]), Start: sp.Start, End: sp.End, Focus: df.focus[si][k]}
	if l := df.lead[si][k]; l >= 0 {
		ev.Context = cleanQuote(text[sentences[l].Start:sentences[l].End])
		if list {
			if items := df.listItems(si, l, h); len(items) >= minListItems {
				// The items of one list that raise the signal together
				// are quoted as the list they make ("email address; name;
				// cookies and usage data"), under their lead-in.
				start, end := sentences[items[0]].Start, sentences[items[min(len(items), maxListItems)-1]].End
				ev = Evidence{Quote: cleanQuote(text[start:end]), Start: start, End: end, Context: ev.Context}
			}
		}
	} else if sections && h+1 < len(sentences) && sectionTitle(ev.Quote) && isHeading(text, sp) && !isHeading(text, sentences[h+1]) {
		// A heading ("Highlights", "Policy overview") names what its
		// section holds; the section's first sentence shows it, quoted with
		// the heading as its context.
		next := sentences[h+1]
		ev = Evidence{Quote: cleanQuote(text[next.Start:next.End]), Start: next.Start, End: next.End, Context: ev.Quote}
	}
	return ev
}

// minListItems is the fewest items of one list, raising one signal, quoted
// as a list; maxListItems the most quoted.
const (
	minListItems = 3
	maxListItems = 8
)

// listItems returns, in text order, the sentences that raise signal si read
// with lead-in l in the list that holds sentence h: no break stands between
// them and h.
func (df *docFacts) listItems(si, l, h int) []int {
	var items []int
	for m, lead := range df.lead[si] {
		if i := df.hits[si][m]; lead == l && !df.brokenBetween(min(i, h), max(i, h)) {
			items = append(items, i)
		}
	}
	slices.Sort(items)
	return items
}

// brokenBetween reports whether a break stands between sentences a and b.
func (df *docFacts) brokenBetween(a, b int) bool {
	k, _ := slices.BinarySearch(df.breaks, a+1)
	return k < len(df.breaks) && df.breaks[k] < b
}

// labelEnd is where a quote of sentence i ends: with the sentence after it
// on its line when i is a label of a few words ("From other sources. These
// can include our affiliates, vendors …": the label says only what the
// item is about, the sentence after it says it), else with i itself.
func (df *docFacts) labelEnd(text string, sentences []Span, i int) int {
	sp := sentences[i]
	raw := text[sp.Start:sp.End]
	if i+1 < len(sentences) && (bareLabel(raw) || boldLabel(raw)) && !df.shortDenial(i) && sameLine(text, sp, sentences[i+1]) {
		return sentences[i+1].End
	}
	return sp.End
}

// headerRowEnd returns, when sp is a whole row of a Markdown table that
// reads as its header (a few words, no digits, above the table's separator
// row, or the first row under an empty header), the end of the first row
// under it; else -1.
func headerRowEnd(text string, sp Span) int {
	start := strings.LastIndexByte(text[:sp.Start], '\n') + 1
	end := start + len(lineAt(text, start))
	row := strings.TrimSpace(text[start:end])
	if !strings.HasPrefix(row, "|") || strings.Trim(text[start:sp.Start], "| ") != "" || strings.Trim(text[sp.End:end], "| \r") != "" ||
		strings.ContainsAny(row, "0123456789") || len(strings.Fields(cleanQuote(row))) > maxHeaderRowWords {
		return -1
	}
	// Above it, a separator under an empty header row makes it the header
	// ("| | |", "| --- | --- |", "| Version | Changes |").
	emptyHeader := false
	if start > 0 {
		at := strings.LastIndexByte(text[:start-1], '\n') + 1
		if separatorRow(lineAt(text, at)) && at > 0 {
			header := lineAt(text, strings.LastIndexByte(text[:at-1], '\n')+1)
			emptyHeader = strings.HasPrefix(strings.TrimSpace(header), "|") && strings.Trim(header, "| \r") == ""
		}
	}
	next := end + 1
	if next >= len(text) {
		return -1
	}
	if separatorRow(lineAt(text, next)) {
		next += len(lineAt(text, next)) + 1 // a header above its separator: the row after it
	} else if !emptyHeader {
		return -1
	}
	if next >= len(text) {
		return -1
	}
	body := lineAt(text, next)
	if !strings.HasPrefix(strings.TrimSpace(body), "|") || separatorRow(body) {
		return -1
	}
	return next + len(strings.TrimRight(body, " |\r"))
}

// lineAt returns the line of text that starts at i, without its newline.
func lineAt(text string, i int) string {
	if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
		return text[i : i+j]
	}
	return text[i:]
}

// separatorRow reports whether line is a Markdown table's separator row
// ("| --- | :---: |").
func separatorRow(line string) bool {
	t := strings.TrimSpace(line)
	return strings.HasPrefix(t, "|") && strings.Contains(t, "-") && strings.Trim(t, "|-: ") == ""
}

// maxHeaderRowWords is the most words of a row headerRowEnd reads as a
// table's header.
const maxHeaderRowWords = 8

// sectionTitle reports whether a quoted heading is a title of a few words,
// no date ("Highlights", not "Last updated: May 4, 2026").
func sectionTitle(q string) bool {
	return len(strings.Fields(q)) <= maxSectionTitleWords && !strings.ContainsAny(q, "0123456789:")
}

// maxSectionTitleWords is the most words of a sectionTitle.
const maxSectionTitleWords = 12

// shortDenial reports whether sentence h is one of the short sentences that deny
// something.
func (df *docFacts) shortDenial(h int) bool {
	_, ok := slices.BinarySearch(df.negated, h)
	return ok
}

// bareLabel reports whether a sentence is a label of a few words ("From
// other sources.", "Business partners;"), too short to be quoted alone when
// more of its line follows it.
func bareLabel(s string) bool {
	return len(strings.Fields(cleanQuote(s))) <= maxBareLabelWords
}

// maxBareLabelWords is the most words a bareLabel has.
const maxBareLabelWords = 4

// boldLabel reports whether s is a label of a few words set whole in bold
// ("**Information we receive from other sources**.", "__Your choices__:"):
// the run-in heading of its paragraph, which the sentences after it explain.
func boldLabel(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), ".:")
	for _, mark := range []string{"**", "__"} {
		if len(s) > 2*len(mark) && strings.HasPrefix(s, mark) && strings.HasSuffix(s, mark) &&
			!strings.Contains(s[len(mark):len(s)-len(mark)], mark) {
			return len(strings.Fields(cleanQuote(s))) <= maxBoldLabelWords
		}
	}
	return false
}

// maxBoldLabelWords is the most words a boldLabel has.
const maxBoldLabelWords = 10

// sharedHit returns the position, among the hits of the first of a
// decision's signals, of the strongest sentence that raises all of them,
// when the decision has several.
func (df *docFacts) sharedHit(e *factsEngine, when []string) (int, bool) {
	if len(when) < 2 {
		return 0, false
	}
	first := e.sigIndex[when[0]]
	best, bestStrength := -1, int8(-128)
	for k, h := range df.hits[first] {
		all := true
		for _, s := range when[1:] {
			all = all && slices.Contains(df.hits[e.sigIndex[s]], h)
		}
		if all && df.strength[first][k] > bestStrength {
			best, bestStrength = k, df.strength[first][k]
		}
	}
	return best, best >= 0
}

// quoted reports whether a quote is already among the evidence.
func quoted(ev []Evidence, q string) bool {
	for _, e := range ev {
		if e.Quote == q {
			return true
		}
	}
	return false
}

// strongest returns the position in hits of the strongest hit not yet
// taken, the first of equals.
func strongest(hits []int, strength []int8, taken []int) (int, bool) {
	best, bestStrength := -1, int8(-128)
	for k, h := range hits {
		if strength[k] > bestStrength && !containsInt(taken, h) {
			best, bestStrength = k, strength[k]
		}
	}
	return best, best >= 0
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func countSet(s *conceptSet) int {
	n := 0
	for _, w := range s {
		for ; w != 0; w &= w - 1 {
			n++
		}
	}
	return n
}

// isFullPolicy reports whether silence in a text may answer: a privacy policy
// (or a text of unknown kind) long enough to be a whole policy.
func (e *factsEngine) isFullPolicy(a *Analysis, kind legible.DocKind) bool {
	return (kind == legible.KindPrivacy || kind == "") && a.Metrics.Words >= e.data.MinWords
}

// readFacts answers every practice question for an analysed text; silence
// answers only a whole policy in a covered language.
func readFacts(a *Analysis, kind legible.DocKind, covered bool) []Practice {
	e, err := loadFacts()
	if err != nil {
		slog.Error("scorer: practice facts unavailable", "err", err)
		return []Practice{}
	}
	df := e.readDocument(a.Text, a.Sentences)
	if df.rulesForReader(a.Metrics.Words) {
		// A policy for developers ("your app must …") says what readers
		// must do with data, and a contract between businesses ("the
		// Receiving Controller will …") what each party owes the other,
		// not what the service does for you: nothing is read.
		return e.answerAll(a.Text, a.Sentences, e.emptyFacts(), false, nil)
	}
	var only []bool
	if kind == legible.KindTerms {
		// A contract is read only for what it states plainly of the
		// reader's data; the rest is its privacy policy's to answer.
		only = e.termsQuestion
	}
	return e.answerAll(a.Text, a.Sentences, df, covered && e.isFullPolicy(a, kind), only)
}

// countHits counts the sentences hits holds, or with apart the runs of
// consecutive sentences among them.
func countHits(hits []int, apart bool) int {
	if !apart {
		return len(hits)
	}
	idx := slices.Clone(hits)
	slices.Sort(idx)
	idx = slices.Compact(idx)
	n := 0
	for k, i := range idx {
		if k == 0 || idx[k-1] != i-1 {
			n++
		}
	}
	return n
}

// quoteLimit is the most quotes the decision's answer gives: QuoteSignals
// when set, else maxEvidence.
func (d *decision) quoteLimit() int {
	if d.QuoteSignals > 0 && d.QuoteSignals < maxEvidence {
		return d.QuoteSignals
	}
	return maxEvidence
}

// quoteOrder is the order in which a decision's signals are quoted: When's,
// with QuoteFirst moved to the front.
func (d *decision) quoteOrder() []string {
	if d.QuoteFirst == "" || len(d.When) == 0 || d.When[0] == d.QuoteFirst {
		return d.When
	}
	order := make([]string, 0, len(d.When))
	order = append(order, d.QuoteFirst)
	for _, s := range d.When {
		if s != d.QuoteFirst {
			order = append(order, s)
		}
	}
	return order
}
