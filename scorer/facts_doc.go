package scorer

import (
	"hash/maphash"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxHits bounds the sentences kept per signal.
const maxHits = 32

// docFacts are the signals a document raises: for each, the sentences that
// raise it, in text order, and the data categories named in those clauses.
type docFacts struct {
	hits [][]int
	// strength parallels hits: how squarely each sentence raises the signal.
	strength [][]int8
	// lead parallels hits: the sentence whose lead-in the hit was read
	// with (a list item under "We share your data with:"), or -1.
	lead [][]int
	// focus parallels hits: where in the sentence what raised the signal
	// begins, as a share of its words (0 when it opens the sentence or is
	// not known), so that a long quote can be clipped around it.
	focus [][]float32
	data  []conceptSet
	// negated lists, in order, the sentences short enough for a bareLabel
	// that deny something ("We never sell data.", "لا نبيع بياناتك
	// الشخصية."): a statement, quoted alone, not a label.
	negated []int
	// readerRules counts the sentences' words that set rules for the
	// reader's own handling of data ("your app", "you must").
	readerRules int
	// withdrawn lists the sentences whose sharing the next sentence of
	// their paragraph or list item withdraws ("without sharing any
	// personal data").
	withdrawn []int
	// breaks lists, in order, the sentences that are no list item but
	// stand between items read with one lead-in: each ends the list its
	// items before it make.
	breaks []int
}

// rulesForReader reports whether a text of words words is written to
// people who handle data themselves, developers told what their apps must
// do ("you must … your app") or a contract between businesses ("each
// party will …", "the Customer shall …"), dense enough that its statements
// of practice are rules for the reader, not what the service does: at least
// minReaderRules such words, one in every readerRulesEvery words or more.
func (df *docFacts) rulesForReader(words int) bool {
	return df.readerRules >= minReaderRules && df.readerRules*readerRulesEvery >= words
}

// minReaderRules and readerRulesEvery bound rulesForReader. A developer
// policy names "your app" or "you must" once in every hundred words or so;
// privacy policies, which now and then tell the reader what they must do,
// once in five hundred words at most.
const (
	minReaderRules   = 10
	readerRulesEvery = 200
)

// emptyFacts returns the facts of a text that raises no signal.
func (e *factsEngine) emptyFacts() *docFacts {
	n := len(e.sigNames)
	return &docFacts{hits: make([][]int, n), strength: make([][]int8, n), lead: make([][]int, n), focus: make([][]float32, n), data: make([]conceptSet, n)}
}

// readDocument reads every sentence of text in its section and records the
// signals it raises. Headings give their section context but raise nothing;
// definitions (a "'X' means …" sentence, a definitions section) raise nothing.
func (e *factsEngine) readDocument(text string, sentences []Span) *docFacts {
	df := e.emptyFacts()
	r := &reader{e: e, selfNames: e.definedNames(text), titleNames: e.titleName(text)}
	var rd reading
	// section is the context of the current sentence: its heading and the
	// headings above it ("## What we collect" over "### Your account").
	var section conceptSet
	var outline [maxHeadingLevel + 1]conceptSet
	titled := false // a heading has been read: later level-1 headings are no title
	inDefinitions := false
	// lead is the open list's lead-in ("We share your data with:", or a
	// heading "Who do we share your data with?"), which the items under it
	// that name neither its action nor their own actor are read with.
	lead := noLead
	// head is what the section's heading lends, kept for a lead-in under
	// it that names the data but no action ("These are the following
	// data:" under "What data do we collect?").
	head := noLead
	headLevel := 0 // the level of the heading that set head
	// An item ending in a colon that names an action ("* **Metrics**: …
	// We use:") leads the items nested under it, or, when the next item is
	// no deeper (a list written flat), the items beside it. outer is the
	// lead-in it shadows, restored at the first item no deeper than it
	// (nested) or shallower than it (flat), or at the list's end.
	subIndent := -1
	subMode := subUndecided
	outer := noLead
	// prev is the sentence before, to which "these rights" refer.
	var prev string
	prevAt := -1      // the index of prev
	prevItem := false // prev is (part of) a list item
	prevSemi := false // prev is a list item ending in a semicolon
	// prevCookies: the sentence before speaks of cookies.
	prevCookies := false
	// banned: the open list's lead-in forbids or denies what its items name
	// ("All other uses are prohibited, including:"); the items state no
	// practice of the service.
	banned := false
	// bannedHead: banned by a heading ("**We do not:**"), whose items may
	// be paragraphs without bullets.
	bannedHead := false
	// overviewLead: the open list's lead-in is the policy telling what it
	// covers ("This Policy explains:"); its items name subjects, not
	// practices.
	overviewLead := false
	// lentItems counts, per lead-in, the items read with it.
	lentItems := map[int]int{}
	// toc is the open table of contents, whose entries may each carry a
	// short gist: a summary of the policy.
	toc := tocState{at: -1}
	var lines lineFinder
	// read holds a hash of each sentence as read (with the words a lead-in
	// or the sentence before lent it): a sentence repeated word for word
	// ("Here at Bumble, we take … measures to:" over the same items under
	// every section) states nothing the first did not.
	read := map[uint64]bool{}
	seed := maphash.MakeSeed()
	for idx, sp := range sentences {
		if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		raw := text[sp.Start:sp.End]
		lineStart, lineEnd := lines.around(text, sp)
		level := headingLevel(text, sp, lineStart, lineEnd)
		if level == 0 && (isQuestion(raw) || numberedTitle(text, lineStart, lineEnd)) {
			level = maxHeadingLevel
		}
		if level > 0 && level < maxHeadingLevel && toc.at >= 0 {
			df.closeTOC(e, r, text, sentences, &toc)
		}
		if level == maxHeadingLevel && toc.at >= 0 {
			toc.entry() // a bold line names an entry of the contents
			toc.line = lineStart
		}
		if level > 0 {
			r.read(raw, &rd)
			if e.roles.contents >= 0 && rd.set.has(e.roles.contents) && rd.words <= maxTOCTitle {
				toc = tocState{at: idx, cur: -1, first: -1, line: -1}
			}
			outline[level] = rd.set
			if !titled && level == 1 && e.roles.policy >= 0 && rd.set.has(e.roles.policy) {
				// The document's title names the policy ("Privacy & Cookie
				// Policy"): it says what the whole text is, not what each
				// section speaks of.
				outline[level] = conceptSet{}
			}
			titled = true
			section = conceptSet{}
			for l := 1; l <= maxHeadingLevel; l++ {
				if l > level {
					outline[l] = conceptSet{}
				}
				section.union(&outline[l])
			}
			inDefinitions = rd.set.has(e.roles.defhead)
			lead = r.leadIn(&rd, isQuestion(raw), idx)
			if lead.words != "" || level <= headLevel {
				// A subheading that names no action ("**Personal Data**"
				// under "Types of Data Collected") keeps what the heading
				// above it lends.
				head, headLevel = lead, level
			}
			subIndent = -1
			prevItem, prevSemi = false, false
			// A bold line read as a heading may lead a list too, written
			// with bullets or as paragraphs of their own.
			banned = endsWith(raw, ':') && e.bans(&rd)
			bannedHead = banned
			overviewLead = false
			df.raise(e, r, idx, &rd, &section, true, nil, -1)
			continue
		}
		title := tocLink(text[sp.Start:min(len(text), sp.End+3)]) || bareTitle(text, lineStart, lineEnd)
		if toc.at >= 0 {
			toc.add(idx, lineStart, raw, text[lineStart:lineEnd], title)
		}
		if inDefinitions || title {
			// Definitions, links of a table of contents (read with the
			// "(#…)" the sentence may end before), and titles that lost
			// their markup ("Sharing with Third Parties") state no practice.
			continue
		}
		if lead.words == "" && idx+1 < len(sentences) && sameLine(text, sp, sentences[idx+1]) &&
			listItem(text[lineStart:lineEnd]) && opensLine(text[lineStart:sp.Start]) && e.itemLabel(raw) {
			// A list item's label written as a sentence of its own ("* Sale
			// and targeted marketing. We do not sell …") names the item as
			// a heading would; the item's sentences say what is done.
			df.raiseLabel(e, r, idx, &rd, raw)
			continue
		}
		if label := runInLabel(raw); label != "" {
			// A run-in heading ("In short: …", "**Summary:** …") names its
			// paragraph as a heading would, for that paragraph alone.
			df.raiseLabel(e, r, idx, &rd, label)
		}
		r.read(raw, &rd)
		if e.roles.noneShared >= 0 && rd.set.has(e.roles.noneShared) && idx > 0 && prevAt == idx-1 && sameLine(text, sentences[idx-1], sp) {
			// "(g) our affiliates, to spare you a second age check. In
			// this case, we share only an age confirmation, without
			// sharing any personal data": the item shares nothing personal.
			df.withdrawn = append(df.withdrawn, idx-1)
		}
		if rd.words <= maxBareLabelWords && rd.set.has(e.roles.neg) {
			df.negated = append(df.negated, idx)
		}
		if e.roles.readerRules >= 0 {
			for _, m := range rd.matches {
				if m.concept == e.roles.readerRules {
					df.readerRules++
				}
			}
		}
		// A run-in heading written as a sentence of its own in title case
		// ("Legal Requests and Compliance. We may release …") announces its
		// paragraph, which says what is done.
		rd.leads = idx+1 < len(sentences) && sameLine(text, sp, sentences[idx+1]) && titleLabel(raw)
		refFrom := -1
		refers, optOut := e.refersBack(&rd), e.optsOutOfCookies(&rd)
		if refers && prevItem && lines.opensItem(text, sp) {
			// An item's "such sharing" is its own, not the item's before
			// it ("* To our affiliates: to the extent such sharing is
			// necessary").
			refers = false
		}
		// "We may aggregate or de-identify any information … We may also
		// share such data with any third parties": such data is the
		// aggregated data of the sentence before in its paragraph, when
		// that one aggregates data ("We also collect your IP address when
		// you submit an anonymous question" does not).
		inParagraph := idx > 0 && prevAt == idx-1 && sameLine(text, sentences[idx-1], sp)
		suchData := inParagraph && !refers && e.roles.suchRef >= 0 && e.roles.aggregating >= 0 && rd.set.has(e.roles.suchRef) && !rd.set.has(e.roles.aggregating)
		if refers && prev != "" || (optOut || suchData) && inParagraph {
			// "To exercise these rights, use your settings": the rights are
			// those the sentence before lists, quoted with it. Opting out
			// of cookies refers to the sentence before only when that one
			// says what they are for (targeted advertising).
			leads := rd.leads
			r.read(prev, &rd)
			if refers || optOut && e.lends(&rd) || suchData && rd.set.has(e.roles.aggregating) {
				lent := r.lentWords(&rd, 0, rd.words, true)
				r.read(lent+" "+raw, &rd)
				rd.lent, rd.ref, refFrom = true, true, prevAt
			} else {
				r.read(raw, &rd)
			}
			rd.leads = leads
		}
		// A sentence that starts within a line goes on the block the
		// sentence before it started: an item wrapped onto a line of its
		// own ("(e.g. photo prints). Insurers, if you …") stays an item.
		item := listItem(text[lineStart:lineEnd]) || prevItem && strings.TrimSpace(text[lineStart:sp.Start]) != ""
		// Items written as paragraphs of their own, without a bullet, that
		// end in a semicolon ("Our affiliates;" under "We share your data
		// with:"), up to the last of them, are items too.
		semi, colon := endsWith(raw, ';'), endsWith(raw, ':')
		if !item && (lead.words != "" && (semi || prevSemi) || banned && bannedHead) && wholeLine(text[lineStart:lineEnd], raw) {
			item = true
		}
		if !item && semi && openEnded(strings.TrimRight(raw, " ;")) && idx+1 < len(sentences) && lines.opensItem(text, sentences[idx+1]) {
			// A lead-in typed with a semicolon ("we may use your data
			// to;") above a list is a lead-in still.
			colon, semi = true, false
		}
		prevSemi = item && semi
		prevItem = item
		if !item {
			overviewLead = colon && r.isOverview()
		}
		if item && banned && !rd.set.has(e.roles.neg) {
			continue // an item that denies on its own still says so
		}
		banned, bannedHead = false, false
		if subIndent >= 0 {
			line := text[lineStart:lineEnd]
			starts := item && listItem(line) && opensLine(text[lineStart:sp.Start])
			if starts && subMode == subUndecided {
				subMode = subFlat
				if indentOf(line) > subIndent {
					subMode = subNested
				}
			}
			if !item || starts && (subMode == subNested && indentOf(line) <= subIndent || subMode == subFlat && indentOf(line) < subIndent) {
				lead, subIndent = outer, -1
			}
		}
		lentFrom := refFrom
		leadAt := lead.at
		if item {
			if lead.words != "" && !rd.set.has(lead.act) && !r.opensWithActor(&rd) {
				own, leads := r.realWords(), rd.leads
				r.read(lead.words+" "+raw, &rd)
				rd.lent, rd.own, rd.leads, lentFrom = true, own, leads, lead.at
				rd.secLead = lead.secure
				lentItems[lead.at]++
			}
			if colon {
				// An item may lead a list of its own: one that forbids
				// bans its items too, one that acts lends them its action.
				banned = e.bans(&rd)
				if sub := r.leadIn(&rd, false, idx); sub.words != "" && e.hasAction(&rd.set) {
					if subIndent < 0 {
						outer = lead
					}
					lead, subIndent, subMode = sub, indentOf(text[lineStart:lineEnd]), subUndecided
				}
				// An item that leads items of its own ranks below them too.
				rd.leads = rd.leads || e.hasAction(&rd.set) && idx+1 < len(sentences) && lines.opensItem(text, sentences[idx+1])
			}
		} else if colon {
			if e.hasAction(&rd.set) || e.selfServeLead(&rd) || r.securityLead(&rd) {
				lead = r.leadIn(&rd, false, idx)
				rd.leads = rd.leads || idx+1 < len(sentences) && lines.opensItem(text, sentences[idx+1])
			} else if idx > 0 && prevAt == idx-1 && rd.words <= maxBorrowedLead && sameLine(text, sentences[idx-1], sp) && idx+1 < len(sentences) && lines.opensItem(text, sentences[idx+1]) {
				// "We share your data only where necessary. This happens
				// with:" leads its list with the action of the sentence
				// before, in the same paragraph.
				leads := rd.leads
				measures, own := e.roles.steps >= 0 && rd.set.has(e.roles.steps) && !e.hasAction(&rd.set), strings.Join(r.words, " ")
				r.read(prev, &rd)
				if measures && r.namesOwnMeasures(&rd) {
					// "We take various security measures … These
					// measures include:" lists the measures of the
					// sentence before, whatever its verb.
					lead = listLead{words: own, act: -1, at: idx, secure: true}
				} else if e.hasAction(&rd.set) {
					lead = r.leadIn(&rd, false, idx)
				}
				r.read(raw, &rd)
				rd.leads = leads
			} else if head.words != "" && e.roles.following >= 0 && rd.set.has(e.roles.following) && !rd.set.has(e.roles.noLead) && !r.denies(&rd) {
				// "Il s'agit des données suivantes :" under "Quelles sont
				// les données collectées ?" lists what the heading asks;
				// so does "Personal data may include, but is not limited
				// to:" under "Types of Data Collected".
				lead = listLead{words: head.words, act: head.act, at: idx, secure: head.secure}
			}
			banned = e.bans(&rd)
		} else if e.roles.following >= 0 && rd.set.has(e.roles.following) && e.hasAction(&rd.set) {
			// "We collect the following data, which … (Art. 6 para. 1):"
			// leads its list though a citation splits it from its colon.
			lead = r.leadIn(&rd, false, idx)
		} else {
			lead = noLead
		}
		if !item && leadAt >= 0 && leadAt != idx && lead.at == leadAt {
			// A paragraph between items read with one lead-in ("The
			// information you provide will include:") ends the list they
			// make: the items after it are another list.
			df.breaks = append(df.breaks, idx)
		}
		if !item && !colon && !rd.lent && idx > 0 && prevAt == idx-1 && sameLine(text, sentences[idx-1], sp) && r.namesMeasuresAlone(&rd) {
			// "These measures include SSL encryption …" after "We have
			// security measures …" in its paragraph names the service's
			// own measures, as the items of its list would.
			leads := rd.leads
			r.read(prev, &rd)
			own := r.namesOwnMeasures(&rd)
			r.read(raw, &rd)
			rd.leads, rd.secLead = leads, own
		}
		prev, prevAt = raw, idx
		if r.isDefinition() {
			continue
		}
		// "This policy explains what we collect and how we protect it"
		// names the policy's subjects, not its practices: it says what is
		// spoken of, nothing of what is done.
		rd.footnote = isFootnote(raw)
		// "They record information about your browsing" after a sentence
		// on cookies speaks of the cookies.
		rd.cookies = prevCookies && opensWithPronoun(raw)
		prevCookies = e.roles.cookie >= 0 && rd.set.has(e.roles.cookie)
		h := maphash.Bytes(seed, r.norm)
		if read[h] {
			continue
		}
		read[h] = true
		var only []bool // every signal
		switch {
		case r.isOverview() || item && overviewLead:
			only = e.sigMention
		case r.changelogEntry(raw):
			// "_May 25, 2018:_ Added information for …" tells what
			// changed in the policy, not what the service does.
			only = e.historySignal
		}
		df.raise(e, r, idx, &rd, &section, false, only, lentFrom)
	}
	if toc.at >= 0 {
		df.closeTOC(e, r, text, sentences, &toc)
	}
	df.dropWithdrawn(e)
	df.dropBareLeads(e, lentItems)
	df.rankLists(e)
	return df
}

// rankLists ranks the items of a list that raise one of the ListSignals
// together, read with one lead-in, as the list they make, which is how they
// are quoted: each gains one for every item beyond the second, up to
// maxListRank, so that "Personal data may include: email address; name;
// cookies and usage data" is quoted before a sentence that names one kind
// of data.
func (df *docFacts) rankLists(e *factsEngine) {
	for si, leads := range df.lead {
		if !e.listSignal[si] {
			continue
		}
		for k, l := range leads {
			if l < 0 {
				continue
			}
			if n := len(df.listItems(si, l, df.hits[si][k])); n >= minListItems {
				df.strength[si][k] += int8(min(n-minListItems+1, maxListRank))
			}
		}
	}
}

// maxListRank bounds what a list's length adds to its items' strength.
const maxListRank = 2

// subjectPronouns are the plural subject pronouns a sentence may open with
// to speak of what the sentence before named ("They record …", "Ils
// enregistrent …").
var subjectPronouns = map[string]bool{"they": true, "these": true, "ils": true, "elles": true, "ellos": true, "ellas": true}

// opensWithPronoun reports whether a sentence opens with a plural subject
// pronoun.
func opensWithPronoun(raw string) bool {
	first, _, _ := strings.Cut(strings.TrimLeft(raw, "*_ "), " ")
	return subjectPronouns[strings.ToLower(first)]
}

// isFootnote reports whether a sentence is a footnote: it opens with an
// escaped asterisk, a footnote mark in Markdown ("\*Payment card data is
// only processed if …"), or a dagger.
func isFootnote(raw string) bool {
	return strings.HasPrefix(raw, `\*`) && !strings.HasPrefix(raw, `\*\*`) || strings.HasPrefix(raw, "†")
}

// maxTOCTitle bounds the words of a heading that names a table of contents
// ("Sommaire", "Table of contents").
const maxTOCTitle = 4

// Bounds of a table of contents that summarises: at least minTOCEntries
// entries, nearly all with a gist, gists of maxGistWords words at most (the
// median), and no more than maxTOCWords words of gists in all.
const (
	minTOCEntries = 4
	maxGistWords  = 60
	maxTOCWords   = 800
	// maxEntryTitle bounds the words of an entry's title.
	maxEntryTitle = 14
	// minGistWords is the least a sentence of gist says.
	minGistWords = 5
)

// tocState follows a table of contents: its entries' titles (an emphasised
// line, a bold line, a bare title) and the words of prose under each.
type tocState struct {
	at    int   // the heading's sentence, -1 when no contents are open
	gists []int // words of prose under each entry
	cur   int   // the open entry, -1 before the first
	links int   // entries written as links into the page
	first int   // the first sentence of prose under an entry, -1 before it
	line  int   // where the last entry's title starts
}

// entry opens an entry of the contents.
func (t *tocState) entry() {
	t.gists = append(t.gists, 0)
	t.cur = len(t.gists) - 1
}

// add reads sentence idx, on the line starting at lineStart, under the
// contents: part of an entry's title (a short line of its own, emphasised,
// or a bare title), a link into the page, or prose that gives the open
// entry's gist.
func (t *tocState) add(idx, lineStart int, raw, line string, titleOrLink bool) {
	if lineStart == t.line {
		return // the rest of an entry's title
	}
	trimmed := strings.TrimSpace(line)
	emphasised := len(trimmed) > 2 && (trimmed[0] == '_' || trimmed[0] == '*') && trimmed[len(trimmed)-1] == trimmed[0] &&
		len(strings.Fields(trimmed)) <= maxEntryTitle
	switch {
	case emphasised || titleOrLink && !strings.Contains(raw, "](#"):
		t.entry()
		t.line = lineStart
	case titleOrLink:
		t.links++
	case t.cur >= 0 && len(strings.Fields(raw)) >= minGistWords:
		if t.first < 0 {
			t.first = idx
		}
		t.gists[t.cur] += len(strings.Fields(raw))
	}
}

// summarises reports whether the contents summarise the policy: most entries
// carry a short gist, as a layered notice does, rather than being bare links
// or the whole text under its titles.
func (t *tocState) summarises() bool {
	n := len(t.gists)
	if n < minTOCEntries || t.first < 0 || t.links > n/2 {
		return false
	}
	with, total := 0, 0
	words := make([]int, 0, n)
	for _, g := range t.gists {
		if g > 0 {
			with++
		}
		total += g
		words = append(words, g)
	}
	slices.Sort(words)
	return 5*with >= 4*n && words[n/2] <= maxGistWords && total <= maxTOCWords
}

// closeTOC ends the open contents; when they summarise the policy, the first
// gist raises what a summary does, read with the reader-made concept of
// contents that summarise.
func (df *docFacts) closeTOC(e *factsEngine, r *reader, text string, sentences []Span, t *tocState) {
	defer func() { *t = tocState{at: -1} }()
	if !t.summarises() {
		return
	}
	sp := sentences[t.first]
	var rd reading
	r.read(text[sp.Start:sp.End], &rd)
	rd.set.add(e.roles.gists)
	r.splitClauses(&rd)
	var section conceptSet
	for _, si := range e.sigByConcept[e.roles.gists] {
		df.raiseOne(e, int(si), t.first, &rd, &section, false, e.sentenceWeight(&rd), -1)
	}
}

// raiseLabel reads a label (a run-in heading, a list item's label) as the
// heading of sentence idx, with its own words as its section: it raises
// only what a heading may.
func (df *docFacts) raiseLabel(e *factsEngine, r *reader, idx int, rd *reading, label string) {
	r.read(label, rd)
	section := rd.set
	df.raise(e, r, idx, rd, &section, true, nil, -1)
}

// dropBareLeads drops, for each practice signal, the lead-ins whose items
// were read with them but none of which raises it: what a list states is
// what its items say, and "We may also share your information with third
// parties:" over items that are a legal obligation and a merger shares with
// no one else. Only the ItemSignals are dropped: a lead-in's own scope
// ("only with the following parties:") is stated by the lead-in alone.
func (df *docFacts) dropBareLeads(e *factsEngine, lentItems map[int]int) {
	if len(lentItems) == 0 {
		return
	}
	for si := range df.hits {
		if e.itemSignal[si] {
			df.keepHits(si, func(h int) bool { return lentItems[h] == 0 || slices.Contains(df.lead[si], h) })
		}
	}
}

// dropWithdrawn drops, for each of the ItemSignals (sharing), the sentences
// whose sharing the next one withdraws.
func (df *docFacts) dropWithdrawn(e *factsEngine) {
	if len(df.withdrawn) == 0 {
		return
	}
	for si := range df.hits {
		if e.itemSignal[si] {
			df.keepHits(si, func(h int) bool { return !slices.Contains(df.withdrawn, h) })
		}
	}
}

// keepHits keeps the hits of signal si whose sentence keep accepts, with
// their strength, lead-in and focus.
func (df *docFacts) keepHits(si int, keep func(h int) bool) {
	n := 0
	for k, h := range df.hits[si] {
		if !keep(h) {
			continue
		}
		df.hits[si][n], df.strength[si][n], df.lead[si][n], df.focus[si][n] = h, df.strength[si][k], df.lead[si][k], df.focus[si][k]
		n++
	}
	df.hits[si], df.strength[si], df.lead[si], df.focus[si] = df.hits[si][:n], df.strength[si][:n], df.lead[si][:n], df.focus[si][:n]
}

// tocLink reports whether a sentence is an entry of a table of contents: a
// link to a place in the page ("[Your rights](#rights)") with at most
// tocWords words of its own beside its links. A sentence of prose that
// links to another section ("You can opt out through the Cookie Settings
// in our [Cookies Policy](#cookies)") is read like any other.
func tocLink(raw string) bool {
	if !strings.Contains(raw, "](#") {
		return false
	}
	toc, words := false, 0
	for rest := raw; rest != ""; {
		open := strings.IndexByte(rest, '[')
		if open < 0 {
			words += len(strings.Fields(rest))
			break
		}
		words += len(strings.Fields(rest[:open]))
		rest = rest[open:]
		mid := strings.Index(rest, "](")
		if mid < 0 {
			words += len(strings.Fields(rest))
			break
		}
		target := rest[mid+2:]
		if len(target) > 1 && target[0] == '#' && target[1] != ')' {
			toc = true
		}
		end := strings.IndexByte(target, ')')
		if end < 0 {
			break // the link runs past the sentence's end
		}
		rest = target[end+1:]
	}
	return toc && words <= tocWords
}

// tocWords bounds the words of its own a table of contents entry may hold
// beside its links (a number, "and", "see").
const tocWords = 3

// bans reports whether a list's lead-in forbids what its items name: a
// prohibition, or a denial without an exception ("We never:", not "We do
// not share your data, except:").
func (e *factsEngine) bans(rd *reading) bool {
	if e.roles.ban >= 0 && rd.set.has(e.roles.ban) {
		return true
	}
	// A condition or a choice ("If you do not want ads, you can:") leads
	// to what the reader may do, which is no denial.
	if rd.set.has(e.roles.cond) || e.roles.noLead >= 0 && rd.set.has(e.roles.noLead) {
		return false
	}
	return rd.set.has(e.roles.neg) && !rd.set.has(e.roles.except) && !rd.set.has(e.roles.negCancel)
}

// endsWith reports whether a sentence ends with the mark c, bold or
// italic marks (escaped or not) and spaces after it aside ("**We share it
// with:**", "… law enforcement:\\*\\* \\*\\*").
func endsWith(raw string, c byte) bool {
	t := strings.TrimRight(raw, " *_\\")
	return t != "" && t[len(t)-1] == c
}

// wholeLine reports whether a sentence is the whole of its line.
func wholeLine(line, sentence string) bool {
	return strings.TrimSpace(line) == strings.TrimSpace(sentence)
}

// listLead is what a list's lead-in lends the items read with it: the words
// of its action and the data it acts on, in order ("" when no lead-in is
// open), the action's concept, and the sentence it opens in (quoted with
// its items).
type listLead struct {
	words   string
	act, at int
	// secure: the lead-in names security measures.
	secure bool
}

// selfServeLead reports whether a sentence offers the reader's own tools
// and names no action ("In-app controls enable you to:"), which makes it
// the lead-in of what the reader can do with them. One that points to
// reading elsewhere ("links for you to learn more about our privacy
// settings:") offers no tool.
func (e *factsEngine) selfServeLead(rd *reading) bool {
	return e.roles.selfServe >= 0 && rd.set.has(e.roles.selfServe) && rd.set.has(e.roles.you) && !e.hasAction(&rd.set) &&
		!(e.roles.pointer >= 0 && rd.set.has(e.roles.pointer))
}

// securityLead reports whether the sentence just read is the service's own
// lead-in of security measures: it names them (or protecting data with
// measures), no action, and the service as the actor of its first clause.
func (r *reader) securityLead(rd *reading) bool {
	e := r.e
	if e.hasAction(&rd.set) || !r.namesOwnMeasures(rd) {
		return false
	}
	switch rd.clauses[0].actor {
	case actorSelf:
		return true
	case actorNone:
		// Without an actor, the list must be of measures: "… has
		// implemented good security practices:", "measures to protect
		// users' data, including:", not "Security covers the measures
		// that protect data from the following events:".
		return e.roles.following < 0 || !rd.set.has(e.roles.following) || e.endsWithMeasures(rd)
	}
	return false
}

// endsWithMeasures reports whether the last term of the sentence, "the
// following" aside, names security measures or steps taken.
func (e *factsEngine) endsWithMeasures(rd *reading) bool {
	last := -1
	for k := range rd.matches {
		m := &rd.matches[k]
		if m.concept == e.roles.following {
			continue
		}
		if last < 0 || m.end > rd.matches[last].end || m.end == rd.matches[last].end && (m.concept == e.roles.secMeasure || m.concept == e.roles.steps) {
			last = k
		}
	}
	if last < 0 {
		return false
	}
	c := rd.matches[last].concept
	return c == e.roles.secMeasure || c == e.roles.steps
}

// namesOwnMeasures reports whether the sentence just read names security
// measures that are not another's: "Acme adopts various security
// measures", not "Our payment processor takes security measures". It
// leaves the sentence split into clauses.
func (r *reader) namesOwnMeasures(rd *reading) bool {
	if !r.e.namesMeasures(rd) {
		return false
	}
	r.splitClauses(rd)
	return len(rd.clauses) > 0 && rd.clauses[0].actor != actorOther && !rd.set.has(r.e.roles.other)
}

// namesMeasuresAlone reports whether the sentence just read opens on
// measures ("These measures include …", "Such measures include …") with no
// actor of its own: the measures of the sentence before, if that one names
// its own.
func (r *reader) namesMeasuresAlone(rd *reading) bool {
	steps := r.e.roles.steps
	if steps < 0 || !rd.set.has(steps) || !slices.ContainsFunc(rd.matches, func(m termMatch) bool { return m.concept == steps && m.start <= 1 }) {
		return false
	}
	r.splitClauses(rd)
	return len(rd.clauses) > 0 && rd.clauses[0].actor == actorNone
}

// namesMeasures reports whether a sentence names security measures:
// "security measures", or measures that protect ("We protect your data
// through measures including:").
func (e *factsEngine) namesMeasures(rd *reading) bool {
	if e.roles.secMeasure >= 0 && rd.set.has(e.roles.secMeasure) {
		return true
	}
	return e.roles.protect >= 0 && e.roles.steps >= 0 && rd.set.has(e.roles.protect) && rd.set.has(e.roles.steps)
}

// noLead is no lead-in open.
var noLead = listLead{act: -1, at: -1}

// leadIn returns what sentence at, just read, lends a list under it: the
// words of its action and the data it acts on, and the action's concept. A
// lead-in of several actions ("We collect, use and disclose data to:")
// lends nothing, for its items may go with any of them;
// nor does a negated one ("We do not share your data with:"), whose items
// are exceptions as often as examples; nor one whose actor is the reader or
// others.
func (r *reader) leadIn(rd *reading, question bool, at int) listLead {
	e := r.e
	lead := r.lendingLead(rd, question, at)
	lead.secure = lead.words != "" && e.namesMeasures(rd)
	return lead
}

// lendingLead is leadIn but for its secure mark.
func (r *reader) lendingLead(rd *reading, question bool, at int) listLead {
	e := r.e
	if e.selfServeLead(rd) {
		// "In-app controls enable you to:" names no action but the
		// reader's own tools: its items ("delete your full account") are
		// what the reader can do with them.
		return listLead{words: strings.Join(r.words, " "), act: -1, at: at}
	}
	if e.roles.noLead >= 0 && rd.set.has(e.roles.noLead) {
		return noLead
	}
	r.splitClauses(rd)
	for k := range rd.clauses {
		// A negated clause lends nothing; "may include, but are not
		// limited to:" negates nothing.
		if rd.clauses[k].negated {
			return noLead
		}
	}
	if r.securityLead(rd) {
		// "We take appropriate security measures, including:" names no
		// action but the service's measures: its items ("encryption of
		// data in transit") are measures the service takes.
		return listLead{words: strings.Join(r.words, " "), act: -1, at: at}
	}
	// The lending clause: the one that announces the list ("we collect the
	// following data"), else the whole sentence, which must then name one
	// action only.
	from, to := 0, rd.words
	set := &rd.set
	var announced conceptSet
	if e.roles.following >= 0 && rd.set.has(e.roles.following) {
		// From the clause's start to just after "the following (data)".
		for k := range rd.clauses {
			if c := &rd.clauses[k]; c.set.has(e.roles.following) {
				from = c.start
				for _, m := range rd.matches {
					if m.concept == e.roles.following && m.start >= c.start && m.start < c.end {
						to = min(m.end+2, c.end)
						break
					}
				}
				for _, m := range rd.matches {
					if m.start >= from && m.start < to {
						announced.add(m.concept)
					}
				}
				set = &announced
				break
			}
		}
	}
	if e.actions(set) != 1 {
		// "We will share your data with others if we believe that access,
		// use or disclosure is necessary to:" lends its main clause's one
		// action; the actions of the condition after it are not the list's.
		from, to = r.mainClause(rd)
		if from < 0 {
			return noLead
		}
	}
	// Only a practice lends: "We share your data with:", not "You can opt
	// out of our sharing of your data by:" (noLead) nor "Partners share
	// data with:".
	for k := range rd.clauses {
		if c := &rd.clauses[k]; c.end > from && c.start < to && c.hasAction(e) {
			// A question asks from the reader's side: "Who do you share my
			// data with?" asks what the service does.
			if c.actor&(actorSelf|actorNone) == 0 && !(question && c.actor == actorYou) {
				return noLead
			}
			break
		}
	}
	act := -1
	for _, m := range rd.matches {
		if m.start >= from && m.start < to && e.isAction[m.concept] {
			act = m.concept
		}
	}
	return listLead{words: r.lentWords(rd, from, to, false), act: act, at: at}
}

// joinMatches returns the words of the sentence's terms that keep holds
// for, in order.
func (r *reader) joinMatches(rd *reading, keep func(m *termMatch) bool) string {
	var b strings.Builder
	for k := range rd.matches {
		m := &rd.matches[k]
		if !keep(m) {
			continue
		}
		for _, w := range r.words[m.start:m.end] {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
	}
	return b.String()
}

// mainClause returns the word span of a sentence's main clause: its first
// clause that names an action, up to a condition that follows the action
// ("… with companies outside of Google if we believe that access, use or
// disclosure is necessary"), when that span names one kind of action and
// every later clause naming one is a condition; -1, -1 otherwise.
func (r *reader) mainClause(rd *reading) (int, int) {
	e := r.e
	first := -1
	for k := range rd.clauses {
		c := &rd.clauses[k]
		if !c.hasAction(e) || r.opensWithConsent(rd, c) {
			// A clause that opens with the consent the main clause is done
			// with ("With your consent obtained as the law requires, …")
			// is its condition, which lentWords lends.
			continue
		}
		if first < 0 {
			if c.conditional {
				return -1, -1
			}
			first = k
			continue
		}
		if !c.conditional {
			return -1, -1
		}
	}
	if first < 0 {
		return -1, -1
	}
	c := &rd.clauses[first]
	from, to := c.start, c.end
	var kinds conceptSet
	for _, m := range rd.matches {
		if m.start < from || m.start >= to {
			continue
		}
		if e.isAction[m.concept] {
			kinds.add(m.concept)
		} else if m.concept == e.roles.cond && e.hasAction(&kinds) {
			to = m.start
			break
		}
	}
	if e.actions(&kinds) != 1 {
		return -1, -1
	}
	return from, to
}

// denies reports whether a clause of the sentence just read (into rd) is
// negated: a negation that "but not limited to" cancels denies nothing.
func (r *reader) denies(rd *reading) bool {
	if !rd.set.has(r.e.roles.neg) {
		return false
	}
	r.splitClauses(rd)
	for k := range rd.clauses {
		if rd.clauses[k].negated {
			return true
		}
	}
	return false
}

// opensWithConsent reports whether clause c of the sentence just read opens
// with a LeadLends term ("with your consent").
func (r *reader) opensWithConsent(rd *reading, c *clause) bool {
	for _, m := range rd.matches {
		if m.start >= c.start && m.start <= c.start+1 && r.e.leadLends[m.concept] {
			return true
		}
	}
	return false
}

// realWords counts the words of the sentence just read, punctuation left out.
func (r *reader) realWords() int {
	n := 0
	for _, w := range r.words {
		if w != "," && w != ";" && w != ":" {
			n++
		}
	}
	return n
}

// lentWords returns the words of the sentence just read, between words from
// and to, that name an action or data, in order: what a sentence lends
// another. A sentence referred to ("this sharing") lends what the practice
// is for too (ref); a list's lead-in, the consent it is done with
// (LeadLends), wherever it stands in the sentence: in a clause of its own
// ("With your consent obtained as the law requires, we may use your data
// to:") too.
func (r *reader) lentWords(rd *reading, from, to int, ref bool) string {
	e := r.e
	return r.joinMatches(rd, func(m *termMatch) bool {
		c := m.concept
		if !ref && e.leadLends[c] {
			return true
		}
		if m.start < from || m.start >= to {
			return false
		}
		return c == e.roles.pdata || e.isAction[c] || e.isData[c] || ref && e.refLends[c]
	})
}

// refersBack reports whether the sentence just read refers to the one
// before it ("these rights", "this sharing").
func (e *factsEngine) refersBack(rd *reading) bool {
	return e.roles.rightsRef >= 0 && rd.set.has(e.roles.rightsRef)
}

// optsOutOfCookies reports whether the sentence just read opts out of
// cookies or trackers ("You can opt out of the use of cookies and other
// trackers by …") without saying what they are for: right after a sentence
// in its paragraph that says so, it opts out of that use, which it borrows
// as "this practice" does.
func (e *factsEngine) optsOutOfCookies(rd *reading) bool {
	return e.roles.cookieOut >= 0 && rd.set.has(e.roles.cookieOut) && !e.refersBack(rd) && !e.lends(rd)
}

// lends reports whether the sentence just read holds a concept that a
// sentence referring to it borrows beyond actions and data (RefLends).
func (e *factsEngine) lends(rd *reading) bool {
	for _, m := range rd.matches {
		if e.refLends[m.concept] {
			return true
		}
	}
	return false
}

// opensWithActor reports whether a sentence names the service or the reader
// as the actor of its first action ("We also collect …", "Information from
// others: we may receive …"): an item that is a sentence of its own borrows
// nothing. Others ("Advertising partners") are what a list of recipients
// names, and so is a party the service owns or works with ("our advertising
// partners", "with our resellers"): a possessive that opens the item opens
// a noun, not a clause. The actor must open the sentence, in its first
// words: "Google Analytics, to learn how users interact with our sites"
// names a tool, not an actor. The words are counted after a run-in label.
func (r *reader) opensWithActor(rd *reading) bool {
	e := r.e
	for _, m := range rd.matches {
		if m.start < rd.runIn {
			// A run-in label ("Regular Security Audits: our team
			// conducts …") names the item; the sentence opens after it.
			continue
		}
		if e.isAction[m.concept] || m.start-rd.runIn >= maxOpeningWords {
			return false
		}
		if m.end == m.start+1 && r.opensNoun(m.start) || m.object {
			continue
		}
		a := e.actorOf(m.concept)
		if a == actorSelf || a == actorYou {
			return true
		}
		if a == actorOther && m.start == 0 {
			// An item that opens with another party names a recipient
			// ("subcontractors who host our servers"), as a list under
			// "We share your data with:" does.
			return false
		}
	}
	return false
}

// opensNoun reports whether the word at i is a possessive that opens the
// sentence's noun phrase, after nothing but prepositions or a list marker:
// "our affiliates", "(g) with our resellers", but not "to protect our
// operations".
func (r *reader) opensNoun(i int) bool {
	e := r.e
	if i >= len(r.words) || !e.possessives[r.words[i]] {
		return false
	}
	for _, w := range r.words[:i] {
		if !e.itemPrepositions[w] && utf8.RuneCountInString(w) > 1 && !isRoman(w) {
			return false
		}
	}
	return true
}

// maxOpeningWords bounds the words before a sentence's opening actor
// ("Information from others: we may receive …").
const maxOpeningWords = 4

// hasAction reports whether a set names an action (collect, share, sell…).
func (e *factsEngine) hasAction(s *conceptSet) bool {
	return e.actions(s) > 0
}

// actions counts the kinds of action a set names.
func (e *factsEngine) actions(s *conceptSet) int {
	n := 0
	for i, isAction := range e.isAction {
		if isAction && s.has(i) {
			n++
		}
	}
	return n
}

// listItem reports whether a line is a list item: "* ", "- ", "• " (or
// another bullet glyph), "1. ", "a) ".
func listItem(line string) bool {
	s := strings.TrimLeft(line, " \t>")
	switch {
	case s == "":
		return false
	case strings.HasPrefix(s, "* "), strings.HasPrefix(s, "- "), strings.HasPrefix(s, "+ "), bulletLen(s) > 0, parenEnumerator(s) > 0:
		return true
	}
	i := 0
	for i < len(s) && i < 3 && (s[i] >= '0' && s[i] <= '9' || i == 0 && s[i] >= 'a' && s[i] <= 'z') {
		i++
	}
	return i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') && i+1 < len(s) && s[i+1] == ' '
}

// opensItem reports whether sentence sp opens a list item (the sentence
// before it leads a list).
func (l *lineFinder) opensItem(text string, sp Span) bool {
	if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
		return false
	}
	start, end := l.around(text, sp)
	return listItem(text[start:end]) && opensLine(text[start:sp.Start])
}

// opensLine reports whether what precedes a sentence on its line is only
// indentation and a list marker: the sentence opens its item.
func opensLine(prefix string) bool {
	s := strings.TrimLeft(prefix, " \t>")
	if n := bulletLen(s); n > 0 {
		s = s[n:]
	} else {
		s = strings.TrimLeft(s, "*-+0123456789.)")
	}
	return strings.TrimSpace(s) == ""
}

// How the items after a leading item relate to it.
const (
	subUndecided = iota
	subNested
	subFlat
)

// indentOf returns the width of a line's leading blanks (a tab counts four).
func indentOf(line string) int {
	n := 0
	for _, c := range line {
		switch c {
		case ' ':
			n++
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return n
}

// itemLabel reports whether a sentence reads as a list item's label: at most
// maxLabelWords words in Latin script ending with a full stop, none of them a
// clause word (no subject, auxiliary or modal: a noun phrase, not a clause).
func (e *factsEngine) itemLabel(raw string) bool {
	s := strings.TrimSpace(strings.Trim(strings.TrimSpace(raw), "*_"))
	if !strings.HasSuffix(s, ".") || len(e.clauseWords) == 0 {
		return false
	}
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.In(r, unicode.Latin) {
			return false
		}
	}
	words := strings.Fields(string(normalizeInto(nil, strings.TrimSuffix(s, "."))))
	if len(words) == 0 || len(words) > maxLabelWords {
		return false
	}
	for _, w := range words {
		if e.clauseWords[w] {
			return false
		}
	}
	return true
}

// maxLabelWords bounds the words of a list item's label.
const maxLabelWords = 10

// maxRunInWords bounds the words of a run-in heading.
const maxRunInWords = 3

// maxTitleWords bounds a run-in heading written in title case.
const maxTitleWords = 10

// titleLabel reports whether a sentence reads as a title: a few words ending
// with a full stop, every word of five letters or more capitalised, and at
// least two of them ("Legal Requests and Compliance.").
func titleLabel(raw string) bool {
	s := strings.TrimSpace(strings.Trim(strings.TrimSpace(raw), "*_"))
	if !strings.HasSuffix(s, ".") {
		return false
	}
	return titleCaps(strings.TrimSuffix(s, ".")) >= 2
}

// titleCaps returns how many words of five letters or more s has when it
// reads as a title's words (at most maxTitleWords, every such word
// capitalised and free of ",;:()"), else 0.
func titleCaps(s string) int {
	words, caps := 0, 0
	for w := range strings.FieldsSeq(s) {
		if words++; words > maxTitleWords {
			return 0
		}
		if utf8.RuneCountInString(w) < 5 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.ContainsAny(w, ",;:()") {
			return 0
		}
		caps++
	}
	if words < 2 {
		return 0
	}
	return caps
}

// sameLine reports whether sentence b starts on the line where a ends.
func sameLine(text string, a, b Span) bool {
	return a.End <= b.Start && b.Start <= len(text) && nextBreak(text[a.End:b.Start]) < 0
}

// runInLabel returns the run-in heading that opens a sentence: a few words
// (emphasis allowed) ending with a colon, followed by more text; or "".
func runInLabel(raw string) string {
	s := strings.TrimLeft(raw, " \t*_#>-")
	head := s[:min(len(s), 64)]
	colon := indexColon(head)
	if colon <= 0 || colon > 60 {
		return ""
	}
	label := strings.Trim(s[:colon], " *_")
	rest := strings.TrimSpace(strings.TrimLeft(s[colon:], ":： *_"))
	if label == "" || rest == "" || strings.ContainsAny(label, ".;,()[]`/0123456789") {
		return ""
	}
	if strings.Count(strings.TrimSpace(label), " ") >= maxRunInWords {
		return ""
	}
	return label
}

// raise records the signals sentence idx raises; a heading raises only the
// patterns that allow it. With only, it raises only the signals only marks:
// an overview of the policy those that say a subject is spoken of
// (mentions-*), an entry of a change log those of the policy's history.
// lead is the sentence whose lead-in the sentence was read with, or -1.
func (df *docFacts) raise(e *factsEngine, r *reader, idx int, rd *reading, section *conceptSet, heading bool, only []bool, lead int) {
	// The candidate signals: those whose first concepts the sentence holds.
	var cand [maxSignals / 64]uint64
	for k, w := range rd.set {
		for ; w != 0; w &= w - 1 {
			c := k*64 + bits.TrailingZeros64(w)
			for _, si := range e.sigByConcept[c] {
				cand[si>>6] |= 1 << (si & 63)
			}
		}
	}
	split := false
	var weight int8
	for k, w := range cand {
		if w != 0 && !split {
			r.splitClauses(rd)
			split = true
			weight = e.sentenceWeight(rd)
		}
		for ; w != 0; w &= w - 1 {
			si := k*64 + bits.TrailingZeros64(w)
			if only != nil && !only[si] {
				continue
			}
			df.raiseOne(e, si, idx, rd, section, heading, weight, lead)
		}
	}
}

// leadRank is what a lead-in loses in rank to the items under it.
const leadRank = 2

// sentenceWeight is what the sentence itself, whatever the pattern, adds to
// its strength as evidence: a very long sentence, a bare label ("Account
// information."), a sentence about others, one that points elsewhere ("for
// more information, see …") or one that refers to rights the sentence
// before lists ("These rights may be limited …") quotes a practice badly.
func (e *factsEngine) sentenceWeight(rd *reading) int8 {
	var w int8
	if rd.words > longSentence {
		w--
	}
	if rd.words < shortSentence {
		w--
	}
	if rd.set.has(e.roles.other) && !rd.set.has(e.roles.self) {
		w -= 2
	}
	if e.roles.pointer >= 0 && rd.set.has(e.roles.pointer) {
		w -= 2
	}
	if rd.ref || rd.footnote {
		w -= 2
	}
	if rd.leads {
		// A lead-in quotes worse than the items under it, which say what
		// is done, to whom or when.
		w -= leadRank
	}
	if rd.lent && rd.own > 0 && rd.own < shortItem {
		// A bare label read with its lead-in ("Government, legal, and
		// similar authorities.") quotes worse than a sentence of its own.
		w -= 2
	}
	return w
}

// raiseOne records signal si for sentence idx when one of its patterns holds.
func (df *docFacts) raiseOne(e *factsEngine, si, idx int, rd *reading, section *conceptSet, heading bool, weight int8, lead int) {
	pats := e.sigPats[si]
	{
		if len(df.hits[si]) >= maxHits {
			return
		}
		for k := range pats {
			if heading && !pats[k].heading {
				continue
			}
			if ok, data, strength := pats[k].test(rd, section, e); ok {
				df.hits[si] = append(df.hits[si], idx)
				df.lead[si] = append(df.lead[si], lead)
				df.focus[si] = append(df.focus[si], pats[k].focus(rd))
				// A signal's first patterns are its plainest statements.
				df.strength[si] = append(df.strength[si], weight+strength-int8(min(k, 3)))
				df.data[si].union(&data)
				return
			}
		}
	}
}

// maxDefinitionWord is how far into a sentence a defining word ("means")
// makes it a definition.
const maxDefinitionWord = 10

// maxDataStrength bounds what naming kinds of data adds to a sentence's
// strength: a list of five kinds or more quotes a list of data best.
const maxDataStrength = 5

// dataStrength is what naming kinds of data adds to a sentence's strength
// as evidence of a pattern about data: a sentence that says which data
// quotes such a practice best. Other patterns gain nothing from it.
func (p *compiledPattern) dataStrength(rd *reading, data *conceptSet, e *factsEngine) int8 {
	if !p.aboutData || rd.ref {
		// A sentence that refers to the one before ("You can control this
		// through your settings") names that one's data, not its own.
		return 0
	}
	// The kinds of data named, or the data words named where one kind is
	// named in several ("username, password and password hints").
	words := rd.mentions(func(c int) bool { return e.isData[c] })
	n := int8(min(max(countSet(data), words), maxDataStrength))
	if e.roles.cookie >= 0 && rd.set.has(e.roles.cookie) || rd.cookies {
		// A sentence about cookies says what a tracker gathers, a weaker
		// quote of what the service collects than its own list.
		n--
	}
	return n
}

// focus is where in the sentence just read the pattern's first concepts
// begin, as a share of its words: 0 when they open it, when the pattern has
// none, or when the sentence was read with words lent by another.
func (p *compiledPattern) focus(rd *reading) float32 {
	if len(p.all) == 0 || rd.lent || rd.words == 0 {
		return 0
	}
	for _, m := range rd.matches {
		if slices.Contains(p.all[0], m.concept) {
			return float32(m.start) / float32(rd.words)
		}
	}
	return 0
}

// labelRank is what a sentence loses in rank as evidence when the
// pattern's first concepts stand only in its run-in label.
const labelRank = 2

// onlyInLabel reports whether the sentence names concepts of group, and
// only in its run-in label.
func onlyInLabel(rd *reading, group []int) bool {
	found := false
	for _, m := range rd.matches {
		if !slices.Contains(group, m.concept) {
			continue
		}
		if m.start >= rd.label {
			return false
		}
		found = true
	}
	return found
}

// maxRankBy bounds what the mentions of a pattern's rank_by concepts add to
// a sentence's strength.
const maxRankBy = 3

// rankStrength is what the pattern's rank_by concepts add to a sentence's
// strength as evidence: one for each mention, up to maxRankBy.
func (p *compiledPattern) rankStrength(rd *reading) int8 {
	if len(p.rankBy) == 0 {
		return 0
	}
	n := rd.mentions(func(c int) bool { return slices.Contains(p.rankBy, c) })
	return int8(min(n, maxRankBy))
}

// mentions counts the sentence's terms of the concepts in, those that
// overlap a term already counted aside.
func (rd *reading) mentions(in func(concept int) bool) int {
	n, last := 0, -1
	for _, m := range rd.matches {
		if m.start > last && in(m.concept) {
			n++
			last = m.end - 1
		}
	}
	return n
}

// isDefinition reports whether the sentence just read defines a term.
func (r *reader) isDefinition() bool {
	for _, m := range r.matches {
		if m.concept == r.e.roles.define && m.start <= maxDefinitionWord && (m.start == 0 || r.words[m.start-1] != "by") && !meansNoun(r.words, m.end) {
			return true
		}
	}
	return false
}

// meansNoun reports whether the word at end, after a defining word, shows
// that word to be something else: the noun "means" ("security means such
// as encryption") or an explanation ("this means that we do not sell your
// data"), which state practices.
func meansNoun(words []string, end int) bool {
	if end >= len(words) {
		return false
	}
	switch words[end] {
	case "such", "including", "like", "that":
		return true
	}
	return false
}

// maxOverviewWord is how far into a sentence the policy speaking of itself
// ("In this Privacy Policy, we explain …", or after a long title as its
// subject: "This Information on the processing of personal data informs
// you …") makes it an overview.
const maxOverviewWord = 10

// isOverview reports whether the sentence just read is the policy telling
// what it covers ("This Privacy Policy explains what data we collect").
func (r *reader) isOverview() bool {
	if r.e.roles.overview < 0 {
		return false
	}
	for _, m := range r.matches {
		if m.concept != r.e.roles.overview || m.start > maxOverviewWord {
			continue
		}
		// "As this policy states, we do not sell" or "unless this policy
		// says otherwise" cites the policy within a practice.
		for k := 0; k < m.start; k++ {
			if overviewCites[r.words[k]] {
				return false
			}
		}
		for _, o := range r.matches {
			if o.start < m.start && (o.concept == r.e.roles.cond || o.concept == r.e.roles.except) {
				return false
			}
		}
		return true
	}
	return false
}

// overviewCites are the words that make "this policy states" a citation
// within a practice ("as this policy states") rather than an overview.
var overviewCites = map[string]bool{"as": true, "comme": true, "wie": true, "como": true, "كما": true}

// longSentence is the length in words from which a sentence makes weaker
// evidence; shortSentence the length under which it does.
const (
	longSentence  = 60
	shortSentence = 5
	shortItem     = 7
	// maxBorrowedLead is the length in words up to which a lead-in that
	// names no action ("This happens with:") borrows the action of the
	// sentence before it.
	maxBorrowedLead = 8
)

// test reports whether a sentence raises the pattern, with the data
// categories of the clause (or sentence) that does and the strength of the
// evidence from the pattern's side: a clause rather than a whole sentence,
// the service named as the actor, a heading on the same subject, the data
// named (sentenceWeight adds the sentence's own side).
func (p *compiledPattern) test(rd *reading, section *conceptSet, e *factsEngine) (bool, conceptSet, int8) {
	if len(p.all) > 0 && !anyOf(&rd.set, p.all[0]) {
		return false, conceptSet{}, 0
	}
	if len(p.section) > 0 && !anyOf(section, p.section) || anyOf(section, p.notSection) || p.maxWords > 0 && rd.ownWords() > p.maxWords || rd.words < p.minWords || p.excluded(&rd.set) ||
		rd.lent && (p.polarity == "neg" || p.notLent && !rd.ref && !rd.secLead) {
		return false, conceptSet{}, 0
	}
	var strength int8
	for _, g := range p.all {
		if anyOf(section, g) {
			strength += 2
			break
		}
	}
	if anyOf(&rd.set, p.prefer) {
		strength++
	}
	if anyOf(&rd.set, p.avoid) {
		strength -= 2
	}
	if anyOf(section, p.preferSection) {
		strength++
	}
	if rd.label > 0 && !rd.lent && len(p.all) > 0 && onlyInLabel(rd, p.all[0]) {
		// "Access, correct, or delete your information: you have a right
		// to confirm …": the label names what the item is about, the
		// sentence after it says something else.
		strength -= labelRank
	}
	strength += p.rankStrength(rd)
	if p.sentence {
		if !p.holds(&rd.set) || !p.fitsSentence(rd, e) || p.clauseExcluded(rd) {
			return false, conceptSet{}, 0
		}
		data := dataOf(&rd.set, e)
		return true, data, strength + p.dataStrength(rd, &data, e)
	}
	for k := range rd.clauses {
		c := &rd.clauses[k]
		if p.holds(&c.set) && p.fits(c) && p.actorFits(rd, c, e) && !anyOf(&c.set, p.clauseNone) {
			strength++
			if c.actor == actorSelf {
				strength++
			}
			if c.limited || c.conditional {
				strength--
			}
			data := dataOf(&c.set, e)
			return true, data, strength + p.dataStrength(rd, &data, e)
		}
	}
	return false, conceptSet{}, 0
}

// ownWords is the length of the sentence in words, without the words a
// list's lead-in lent it: a short line ("2024-02 initial version") stays
// short under a heading.
func (rd *reading) ownWords() int {
	if rd.lent && rd.own > 0 {
		return rd.own
	}
	return rd.words
}

// clauseExcluded reports whether the clause that holds the first of the
// pattern's concepts holds a concept of its clause_none.
func (p *compiledPattern) clauseExcluded(rd *reading) bool {
	if len(p.clauseNone) == 0 || len(p.all) == 0 {
		return false
	}
	for k := range rd.clauses {
		c := &rd.clauses[k]
		if anyOf(&c.set, p.all[0]) {
			return anyOf(&c.set, p.clauseNone)
		}
	}
	return false
}

// holds checks the pattern's required concepts against a set.
func (p *compiledPattern) holds(s *conceptSet) bool {
	for _, g := range p.all {
		if !anyOf(s, g) {
			return false
		}
	}
	return true
}

// excluded reports whether the sentence holds a concept the pattern
// excludes: "none" applies to the whole sentence ("You have the right to
// know which third parties we share your data with" states a right).
func (p *compiledPattern) excluded(s *conceptSet) bool {
	for _, c := range p.none {
		if s.has(c) {
			return true
		}
	}
	return false
}

// actorFits checks the pattern's actor against the actor of its first
// concept's action in the clause, when that concept is an action (or the
// pattern reads the actor before it); against the clause's actor otherwise.
func (p *compiledPattern) actorFits(rd *reading, c *clause, e *factsEngine) bool {
	if p.actors == 0 {
		return true
	}
	if len(p.all) > 0 && (p.actorBefore || e.isAction[p.all[0][0]]) {
		if pos := rd.firstOf(c, p.all[0]); pos >= 0 {
			return p.actors&rd.itemActor(rd.actorAt(e, c, pos)) != 0
		}
	}
	return p.actors&rd.itemActor(c.actor) != 0
}

// itemActor is the actor of a clause of the sentence: an item of the
// service's own list of security measures that names no actor ("Firewall
// protection of IT systems" under "We take these measures:", or under "The
// following security measures are in place:") is the service's measure.
func (rd *reading) itemActor(actor uint8) uint8 {
	if rd.secLead && actor == actorNone {
		return actorSelf
	}
	return actor
}

// fits checks the pattern's polarity against a clause.
func (p *compiledPattern) fits(c *clause) bool {
	switch p.polarity {
	case "pos":
		return !c.negated
	case "neg":
		return c.negated && !c.limited && !c.conditional
	case "notneg":
		return !c.negated || c.limited || c.conditional
	}
	return true
}

// fitsSentence checks the pattern's actor against the clause of its first
// concept, and its polarity against the clauses that hold any of its
// concepts: "pos" wants none of them negated, "neg" a negated one and none
// with an exception. A negation in another clause ("… visitors who haven't
// completed a task") says nothing of the practice.
func (p *compiledPattern) fitsSentence(rd *reading, e *factsEngine) bool {
	if p.actors != 0 {
		fitted := false
		for k := range rd.clauses {
			c := &rd.clauses[k]
			if len(p.all) > 0 && anyOf(&c.set, p.all[0]) || len(p.all) == 0 && c.hasAction(e) {
				fitted = p.actorFits(rd, c, e)
				break
			}
		}
		if !fitted {
			return false
		}
	}
	negated, limited, unwanted := false, false, false
	// actOnlyDenied: the pattern's action stands only in negated
	// conditions ("If we cannot access your GPS location, we will use your
	// IP address …": nothing is accessed), which matters where another
	// clause says what is done instead (assertsElse).
	actSeen, actOnlyDenied := false, true
	for k := range rd.clauses {
		c := &rd.clauses[k]
		if !p.touches(&c.set) {
			continue
		}
		if len(p.all) > 1 && anyOf(&c.set, p.all[0]) {
			actSeen = true
			actOnlyDenied = actOnlyDenied && c.negated && c.conditional && !c.limited
		}
		negated = negated || c.negated && !c.conditional
		limited = limited || c.limited
		// "If you do not want to delete your account, you can deactivate
		// it": a condition on not wanting the practice itself states none.
		unwanted = unwanted || c.conditional && e.roles.unwilling >= 0 && c.set.has(e.roles.unwilling) && len(p.all) > 0 && anyOf(&c.set, p.all[0])
	}
	switch p.polarity {
	case "pos":
		return !negated && !unwanted && !(actSeen && actOnlyDenied && rd.assertsElse(e))
	case "neg":
		return negated && !limited
	case "notneg":
		return !negated || limited
	}
	return true
}

// assertsElse reports whether the sentence has a clause of action that is
// neither a condition nor negated: the main clause a negated condition
// leads to.
func (rd *reading) assertsElse(e *factsEngine) bool {
	for k := range rd.clauses {
		if c := &rd.clauses[k]; !c.conditional && !c.negated && c.hasAction(e) {
			return true
		}
	}
	return false
}

// touches reports whether a set holds any concept the pattern requires.
func (p *compiledPattern) touches(s *conceptSet) bool {
	for _, g := range p.all {
		if anyOf(s, g) {
			return true
		}
	}
	return false
}

// hasAction reports whether the clause holds an action concept.
func (c *clause) hasAction(e *factsEngine) bool {
	return e.hasAction(&c.set)
}

func anyOf(s *conceptSet, group []int) bool {
	for _, c := range group {
		if s.has(c) {
			return true
		}
	}
	return false
}

// dataOf keeps the data categories of a concept set.
func dataOf(s *conceptSet, e *factsEngine) conceptSet {
	var out conceptSet
	for i, isData := range e.isData {
		if isData && s.has(i) {
			out.add(i)
		}
	}
	return out
}

// isQuestion reports whether a sentence asks a question ("How do we share
// your data?"): it states no practice, but like a heading it names the
// subject of what follows.
func isQuestion(raw string) bool {
	raw = strings.TrimRight(raw, " *_)]")
	return strings.HasSuffix(raw, "?") || strings.HasSuffix(raw, "؟")
}

// lineFinder finds the line around each sentence of a text, in order,
// without scanning a long paragraph again for each of its sentences. A line
// ends at a newline or at an HTML line break ("<br>"), which Markdown
// tables hold in place of newlines: a cell's "<br>* item" opens a list item
// as a line's "* item" does.
type lineFinder struct{ start, end, from int }

// around returns the start of the line where sp starts and the end of the
// line where it ends (the offset of its newline or "<br>", or the text's
// length).
func (l *lineFinder) around(text string, sp Span) (start, end int) {
	if sp.Start < l.from {
		*l = lineFinder{}
	}
	if i := lastBreak(text[l.from:sp.Start]); i >= 0 {
		l.start = l.from + i
	}
	l.from = sp.Start
	if l.end < sp.End || l.end == 0 {
		if i := nextBreak(text[sp.End:]); i >= 0 {
			l.end = sp.End + i
		} else {
			l.end = len(text)
		}
	}
	return l.start, l.end
}

// lastBreak returns the offset just past the last line break in s (a
// newline or a "<br>" tag), or -1.
func lastBreak(s string) int {
	at := strings.LastIndexByte(s, '\n')
	if at >= 0 {
		at++
	}
	if strings.LastIndexByte(s, '<') < max(at, 0) {
		return at // no tag after the last newline: the common case
	}
	if i := strings.LastIndex(s, "<br"); i >= 0 && i >= at {
		if n, _ := htmlTagLen(s[i:]); n > 0 {
			at = i + n
		}
	}
	return at
}

// nextBreak returns the offset of the first line break in s (a newline or
// a "<br>" tag), or -1.
func nextBreak(s string) int {
	at := strings.IndexByte(s, '\n')
	lim := s
	if at >= 0 {
		lim = s[:at]
	}
	for from := 0; ; {
		i := strings.Index(lim[from:], "<br")
		if i < 0 {
			return at
		}
		if n, _ := htmlTagLen(s[from+i:]); n > 0 {
			return from + i
		}
		from += i + 3
	}
}

// isHeading reports whether the sentence at sp is a heading: a Markdown
// "#" line, a line underlined with "===" or "---", or a line wholly bold.
func isHeading(text string, sp Span) bool {
	var l lineFinder
	start, end := l.around(text, sp)
	return headingLine(text, sp, start, end)
}

// headingLine is isHeading with the sentence's line already found.
func headingLine(text string, sp Span, lineStart, lineEnd int) bool {
	return headingLevel(text, sp, lineStart, lineEnd) > 0
}

// maxHeadingLevel is the level of the humblest heading: a wholly bold line
// or a question, below the six Markdown levels.
const maxHeadingLevel = 7

// headingLevel is the level of the heading at sp (1 for "#" or a "===="
// underline, 2 for "##" or "----", … 7 for a wholly bold line), or 0 when
// the sentence is no heading.
func headingLevel(text string, sp Span, lineStart, lineEnd int) int {
	prefix := strings.TrimSpace(text[lineStart:sp.Start])
	if strings.HasPrefix(prefix, "#") {
		n := len(prefix) - len(strings.TrimLeft(prefix, "#"))
		return min(n, 6)
	}
	if lineEnd < len(text) {
		if u := underline(text[lineEnd+1:]); u != 0 {
			if u == '=' {
				return 1
			}
			return 2
		}
	}
	line := strings.TrimSpace(text[lineStart:lineEnd])
	line = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(line, "- "), "* "))
	// "**A.** **Collection of information**": a bold section letter or
	// number before a bold title is one heading.
	if n, ok := strings.CutPrefix(line, "**"); ok {
		if num, rest, ok := strings.Cut(n, "** **"); ok && len(num) <= 6 && isSectionNumber(num) {
			line = "**" + num + " " + rest
		}
	}
	if len(line) > 4 && strings.HasPrefix(line, "**") && strings.HasSuffix(line, "**") &&
		strings.Count(line, "**") == 2 && !strings.Contains(skipSectionNumber(line[2:]), ". ") {
		return maxHeadingLevel
	}
	return 0
}

// maxBareTitle bounds the bytes of a title that lost its markup.
const maxBareTitle = 120

// bareTitle reports whether the line from lineStart to lineEnd, a paragraph
// of its own, is a title that lost its markup: a few words in title case
// with no closing punctuation ("Sharing with Third Parties").
func bareTitle(text string, lineStart, lineEnd int) bool {
	if lineEnd-lineStart > maxBareTitle {
		// Checked first: every sentence of a long line asks about it.
		return false
	}
	line := strings.TrimSpace(text[lineStart:lineEnd])
	if line == "" || strings.ContainsAny(line[len(line)-1:], ".:;,?!)") || strings.ContainsAny(line, "*_[|0123456789") {
		// Closing punctuation ends a sentence, marks a link or a table
		// cell, digits a date line ("Effective December 16, 2025").
		return false
	}
	if !ownParagraph(text, lineStart, lineEnd) {
		return false
	}
	// Three capitalised words at least: two-word lines are as often a
	// button's text ("Cookie Settings").
	return titleCaps(line) >= 3
}

// maxNumberedTitleWords bounds the words of a numbered title.
const maxNumberedTitleWords = 14

// numberedTitle reports whether the line from lineStart to lineEnd, a
// paragraph of its own, is a numbered section title that lost its markup:
// a section number, then a few words opening with a capital and with no
// closing punctuation ("11. Modification de notre politique de
// confidentialité").
func numberedTitle(text string, lineStart, lineEnd int) bool {
	if lineEnd-lineStart > maxBareTitle {
		return false
	}
	line := strings.TrimSpace(text[lineStart:lineEnd])
	n := sectionNumberLen(line)
	if n == 0 || line[0] < '0' || line[0] > '9' || strings.ContainsAny(line[len(line)-1:], ".:;,!)") || strings.ContainsAny(line, "*_[|") {
		return false
	}
	rest := line[n:]
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return false
	}
	if w := len(strings.Fields(rest)); w < 2 || w > maxNumberedTitleWords {
		return false
	}
	return ownParagraph(text, lineStart, lineEnd)
}

// ownParagraph reports whether the line from lineStart to lineEnd is a
// paragraph of its own: a blank line (or the text's edge) before and after.
func ownParagraph(text string, lineStart, lineEnd int) bool {
	return (lineStart == 0 || strings.HasSuffix(text[:lineStart], "\n\n")) &&
		(strings.TrimSpace(text[lineEnd:]) == "" || strings.HasPrefix(text[lineEnd:], "\n\n"))
}

// skipSectionNumber drops a heading's leading section number or letter
// ("1. ", "2.3 ", "4\\. ", "A. ", "IV. "), whose dot is no sentence's end.
func skipSectionNumber(s string) string {
	return s[sectionNumberLen(s):]
}

// isSectionNumber reports whether s is a section number or letter and
// nothing else ("A.", "4\\.", "IV.").
func isSectionNumber(s string) bool {
	return sectionNumberLen(s+" ") == len(s)+1
}

// sectionNumberLen is the length of s's leading section number or letter
// with the space after it: digits, dots and escapes ("2.3 ", "4\\. "), or one
// letter or a roman numeral of up to four letters and a dot ("A. ", "IV. ");
// 0 when s opens with none.
func sectionNumberLen(s string) int {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' || s[i] == '\\') {
		i++
	}
	if i > 0 && s[0] >= '0' && s[0] <= '9' && i < len(s) && s[i] == ' ' {
		return i + 1
	}
	i = 0
	for i < len(s) && i < 4 && (s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 'a' && s[i] <= 'z') {
		i++
	}
	if i > 0 && i+1 < len(s) && s[i] == '.' && s[i+1] == ' ' && (i == 1 || isRoman(s[:i])) {
		return i + 2
	}
	return 0
}

// isRoman reports whether s is written in roman numerals alone.
func isRoman(s string) bool {
	return strings.Trim(strings.ToUpper(s), "IVXL") == ""
}

// underline returns the character ('=' or '-') of a setext underline
// ("Title" over "=====" or "-----") on the next line, or 0.
func underline(next string) byte {
	if i := strings.IndexByte(next, '\n'); i >= 0 {
		next = next[:i]
	}
	next = strings.TrimSpace(next)
	switch {
	case len(next) < 3:
		return 0
	case strings.Trim(next, "=") == "":
		return '='
	case strings.Trim(next, "-") == "":
		return '-'
	}
	return 0
}

// maxChangelogDate bounds the bytes of the date that opens an entry of a
// change log, before its colon.
const maxChangelogDate = 40

// changelogEntry reports whether raw is an entry of a change log: a date
// and nothing else before the colon that opens it ("_May 25, 2018:_ Added
// …", "2011-02-01: Clarified …", "25 mai 2018 : …").
func (r *reader) changelogEntry(raw string) bool {
	c := strings.IndexByte(raw, ':')
	if c < 0 || c > maxChangelogDate {
		return false
	}
	r.dateNorm = foldInto(r.dateNorm[:0], raw[:c])
	year, parts := false, 0
	for _, w := range strings.Fields(string(r.dateNorm)) {
		switch {
		case w == "," || dateFiller[w]:
		case r.e.months[w]:
			parts++
		case isDayOrYear(w):
			parts++
			if len(w) == 4 && (w[:2] == "19" || w[:2] == "20") {
				year = true
			}
		default:
			return false
		}
	}
	return year && parts >= 2
}

// dateFiller are the words a date may hold beside its day, month and year
// ("1st of May", "le 25 mai").
var dateFiller = map[string]bool{"of": true, "the": true, "le": true, "de": true, "del": true, "el": true, "den": true}

// isDayOrYear reports whether w is a number of up to four digits, with an
// ordinal's ending or not ("25", "1st", "1er", "2018").
func isDayOrYear(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	switch w[n:] {
	case "", "st", "nd", "rd", "th", "er":
		return n > 0 && n <= 4
	}
	return false
}
