package scorer

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// termMatch is one lexicon term found in a sentence: its concept and its word range.
type termMatch struct {
	concept    int
	start, end int // words[start:end]
	// object: a pronoun for the reader or the service in object position
	// (French "nous vous proposons", "pour vous proposer", "les annonceurs
	// peuvent nous envoyer"): not the actor when an actor is named before it.
	object bool
	// objectOnly: never the actor, even when none is named before it.
	objectOnly bool
	// possessive: a possessive for the service ("from our service"), not
	// the actor when others are named before it.
	possessive bool
}

// clause is one clause of a sentence as the facts engine reads it.
type clause struct {
	start, end int // words[start:end]
	set        conceptSet
	actor      uint8
	// antecedent: the actor named outside the usual place before the
	// verb: the noun a negated relative clause's pronoun stands for ("our
	// partners, who do not …": others), or the Arabic subject after its
	// verb ("لا يبيع المعلنون"); or 0.
	antecedent uint8
	// joinFrom and joinTo are the words of others joined to the service
	// as one subject ("our users" in "we and our users share …"), who do
	// not take the action from it; both 0 when there are none.
	joinFrom, joinTo int
	// verb is the word of the clause's first action, or -1.
	verb    int
	negated bool
	// limited: negated, but with an exception ("we do not share … except …").
	limited bool
	// conditional: the clause opens with a condition ("if you prefer that we
	// do not …"); its negation states no practice.
	conditional bool
}

// reading is one sentence read clause by clause.
type reading struct {
	set     conceptSet // every concept of the sentence
	clauses []clause
	words   int
	// matches are the sentence's terms in order (the reader's buffer: valid
	// until the next sentence is read).
	matches []termMatch
	// lent: the sentence was read with words lent by another (a list's
	// lead-in, the sentence "these rights" refer to). A negation of its own
	// does not negate the lent action.
	lent bool
	// secLead: the lead-in lent to this list item names security measures
	// ("We use the following security measures:"), so its items are
	// measures, not purposes.
	secLead bool
	// ref: the sentence refers to rights the sentence before lists ("These
	// rights may be limited …"); that sentence states them better.
	ref bool
	// own: the sentence's own words when it was read with a list's
	// lead-in (0 otherwise).
	own int
	// leads: the sentence announces what follows it, a list ("We disclose
	// your information to third parties:") or a paragraph (a run-in
	// heading in title case), which says what is done.
	leads bool
	// footnote: the sentence is a footnote ("\*Payment card data is only
	// processed if …"), a qualification of what it annotates.
	footnote bool
	// cookies: the sentence speaks of the cookies the sentence before
	// named ("They record …").
	cookies bool
	// label: the words of a run-in label that opens the sentence ("Access,
	// correct or delete your information: you have a right to …"), or 0.
	label int
	// runIn: the words before a colon that could be such a label, whatever
	// follows it ("Regular Security Audits: our team conducts …"), or 0.
	runIn int
}

// actorAt is the actor of the action at word pos of clause c: the last
// actor named before it in the clause ("we collect … if you sell" → you
// sell), or none (a passive: "data is sold").
func (rd *reading) actorAt(e *factsEngine, c *clause, pos int) uint8 {
	actor := actorNone
	if c.antecedent != 0 {
		actor = c.antecedent
	}
	named := false // the service is named before, in the clause
	for _, m := range rd.matches {
		if m.start >= c.end || m.start > pos {
			break
		}
		if m.start >= c.start && m.actsAfter(actor, named) && (m.start < c.joinFrom || m.start >= c.joinTo) {
			if a := e.actorOf(m.concept); a != 0 {
				actor = a
				named = named || a == actorSelf
			}
		}
	}
	return actor
}

// firstOf is the first word position of any of the concepts in clause c, or -1.
func (rd *reading) firstOf(c *clause, group []int) int {
	for _, m := range rd.matches {
		if m.start >= c.end {
			break
		}
		if m.start >= c.start {
			for _, g := range group {
				if m.concept == g {
					return m.start
				}
			}
		}
	}
	return -1
}

// reader reads sentences, reusing its buffers.
type reader struct {
	e       *factsEngine
	norm    []byte
	bounds  []int32
	words   []string
	matches []termMatch
	cuts    []cut
	// selfNames are the names the document defines for the service
	// ("Acme (“Acme”, “we”)"), as words: read as the service.
	selfNames [][]string
	// titleNames are the names the document's title gives its owner
	// ("Acme Privacy Policy"), read only for data coming to the service.
	titleNames [][]string
	// labelNorm, labelBounds and labelBuf are labelWords' buffers.
	labelNorm   []byte
	labelBounds []int32
	labelBuf    []string
	// dateNorm is changelogEntry's buffer.
	dateNorm []byte
}

// cut is a clause boundary before word at, opening an exception clause or not.
type cut struct {
	at     int
	except bool
}

// read finds the terms of a sentence and the concepts they name;
// splitClauses then cuts it into clauses.
func (r *reader) read(raw string, out *reading) {
	e := r.e
	email := hasEmail(raw)
	if strings.Contains(raw, "://") || strings.Contains(raw, "www.") || strings.Contains(raw, "](") {
		// A link's target, an address or an anchor in the page
		// ("[click here](#cookie-preferences)"), is no word of the sentence.
		raw = stripLinks(raw, &e.data.ListLinks)
	}
	if strings.IndexByte(raw, '<') >= 0 {
		// HTML tags inside Markdown ("<a href='…'>Learn More</a>") are no
		// words of the sentence.
		raw = stripTags(raw)
	}
	if strings.IndexByte(raw, '(') >= 0 {
		raw = rewriteAsides(raw)
	}
	if strings.Contains(raw, "US") {
		raw = nameCountryUS(raw)
	}
	label := r.labelWords(raw)
	r.norm, r.bounds = foldWords(r.norm, r.bounds, raw)
	r.words = wordsOf(r.words[:0], r.norm, r.bounds)
	r.matches = r.findTerms(r.matches[:0])
	out.words = len(r.words)
	defer func() { out.matches = r.matches }()
	out.set = conceptSet{}
	out.lent, out.secLead, out.ref, out.own, out.leads, out.footnote, out.cookies = false, false, false, 0, false, false, false
	out.label, out.runIn = 0, 0
	if label > 0 && label < len(r.words) {
		out.runIn = label
		if r.clauseFrom(label) {
			out.label = label
		}
	}
	out.clauses = out.clauses[:0]
	r.matches = r.addDurations(r.matches)
	for i, w := range r.words {
		if w[0] >= '0' && w[0] <= '9' {
			r.matches = append(r.matches, termMatch{concept: e.roles.numeral, start: i, end: i + 1})
			sortMatches(r.matches)
			break
		}
	}
	for _, m := range r.matches {
		out.set.add(m.concept)
	}
	if email {
		out.set.add(e.roles.email)
	}
	if isDateLine(raw) {
		out.set.add(e.roles.dateLine)
	}
	if e.roles.ban >= 0 && opensWithNegativeImperative(r.words) {
		// "Don't use the ID for ads": a rule for the reader, no practice
		// of the service.
		out.set.add(e.roles.ban)
	}
}

// maxRunInLabelWords bounds the words (commas included) of a run-in label
// that names a list item's subject before a colon.
const maxRunInLabelWords = 16

// labelWords is the number of words of the run-in label that may open raw:
// the words before a colon near its start, with no sentence stop among them
// and none that makes a clause (a pronoun, an auxiliary), so a noun phrase
// such as "Access, correct, update, or delete your personal information:";
// 0 when raw opens with none. Its words are the first ones of the sentence
// as read: the label is folded as the whole sentence is. It is a label only
// when a clause follows it (clauseFrom).
func (r *reader) labelWords(raw string) int {
	s := strings.TrimLeft(raw, " \t*_#>-")
	colon := indexColon(s[:min(len(s), 160)])
	if colon <= 0 || strings.ContainsAny(s[:colon], ".;!?") || strings.TrimSpace(strings.Trim(s[colon:], ":： *_")) == "" {
		return 0
	}
	r.labelNorm, r.labelBounds = foldWords(r.labelNorm[:0], r.labelBounds[:0], s[:colon])
	r.labelBuf = wordsOf(r.labelBuf[:0], r.labelNorm, r.labelBounds)
	n := len(r.labelBuf)
	if n == 0 || n > maxRunInLabelWords {
		return 0
	}
	for _, w := range r.labelBuf {
		if r.e.clauseWords[w] {
			return 0
		}
	}
	return n
}

// clauseFrom reports whether the words of the sentence just read from word
// from on make a sentence of their own ("you have a right to …"), not a
// label's value ("Last updated: May 12, 2026", "Data: name, e-mail"): they
// hold a clause word that is no month before a day ("May 12").
func (r *reader) clauseFrom(from int) bool {
	for i := from; i < len(r.words); i++ {
		if r.e.clauseWords[r.words[i]] && (i+1 == len(r.words) || r.words[i+1][0] < '0' || r.words[i+1][0] > '9') {
			return true
		}
	}
	return false
}

// opensWithNegativeImperative reports whether a sentence opens with "Do
// not", "Don't", "Never" (a verb with no subject before it) or the French
// "Ne partagez", an instruction rather than a statement.
func opensWithNegativeImperative(words []string) bool {
	if len(words) < 2 {
		return false
	}
	switch words[0] {
	case "do":
		return words[1] == "not"
	case "don":
		return words[1] == "t"
	case "never":
		return true
	case "ne", "n":
		return strings.HasSuffix(words[1], "ez")
	}
	return false
}

// splitClauses cuts the sentence just read into clauses, with their
// concepts, actor, negation and exceptions. It is done only for sentences
// that may raise a signal.
func (r *reader) splitClauses(out *reading) {
	e := r.e
	out.clauses = out.clauses[:0]
	// Clause boundaries: ";", a word that opens a clause, an exception, and a
	// comma or "and" followed by an actor ("If you ask us, we delete it") or
	// by a negation ("…, and never stored").
	r.cuts = r.cuts[:0]
	for i, w := range r.words {
		if w == ";" {
			r.cuts = append(r.cuts, cut{at: i})
		}
	}
	for k, m := range r.matches {
		switch m.concept {
		case e.roles.split:
			r.cuts = append(r.cuts, cut{at: m.start})
		case e.roles.except:
			r.cuts = append(r.cuts, cut{at: m.start, except: true})
		case e.roles.neg:
			// A negation that opens a coordinated predicate ("… is
			// handled by our provider, and never stored") negates only
			// that predicate, not the one before it.
			if m.start > 0 && isJoiner(r.words[m.start-1]) {
				r.cuts = append(r.cuts, cut{at: m.start - 1})
			}
		case e.roles.self, e.roles.other, e.roles.you:
			if j := r.joinerBefore(m.start); j >= 0 && !r.actorRun(k) {
				r.cuts = append(r.cuts, cut{at: j})
			}
		}
	}
	r.cutNegatedPredicates()
	sortCuts(r.cuts)
	if !sort.SliceIsSorted(r.matches, func(i, j int) bool { return r.matches[i].start < r.matches[j].start }) {
		sort.SliceStable(r.matches, func(i, j int) bool { return r.matches[i].start < r.matches[j].start })
	}
	from := 0
	for _, c := range r.cuts {
		if c.at > from {
			out.clauses = append(out.clauses, r.clause(from, c.at))
		}
		if c.except && len(out.clauses) > 0 {
			if last := &out.clauses[len(out.clauses)-1]; last.negated {
				last.limited = true
			}
		}
		from = c.at
	}
	if from < len(r.words) || len(out.clauses) == 0 {
		out.clauses = append(out.clauses, r.clause(from, len(r.words)))
	}
	// "Except to our service providers, we do not share your data": an
	// exception that opens the sentence limits the first denial after it,
	// in its own clause or the next.
	if len(r.cuts) > 0 && r.cuts[0].except && r.cuts[0].at == 0 {
		for k := range out.clauses {
			if c := &out.clauses[k]; c.negated {
				c.limited = true
				break
			}
		}
	}
	// "We do not share your data with advertisers who use it for targeted
	// ads", "We are not responsible for third parties who may show you
	// ads": a relative clause describing whom the clause before denies
	// anything to, or others it disclaims, is what they would do, not
	// what the service does.
	for k := 1; k < len(out.clauses); k++ {
		c, prev := &out.clauses[k], &out.clauses[k-1]
		if c.actor == actorSelf || c.antecedent != 0 {
			continue
		}
		denied := prev.negated && !prev.limited && r.opensRelative(c.start, r.matches)
		disclaimed := e.roles.disclaim >= 0 && prev.set.has(e.roles.disclaim) && r.antecedent(c.start, r.matches) == actorOther
		if denied || disclaimed {
			matches := r.clauseMatches(c.start, c.end)
			c.antecedent = actorOther
			c.actor = r.actorBefore(matches, c.verb, actorOther, c)
		}
	}
	// "If you opt out, we will not sell your data": the denial holds only
	// for those who opt out, an exception to a practice, not a denial.
	if e.roles.optOut >= 0 && len(out.clauses) > 1 {
		if first := &out.clauses[0]; first.conditional && first.set.has(e.roles.optOut) {
			if next := &out.clauses[1]; next.negated {
				next.limited = true
			}
		}
	}
	if out.set.has(e.roles.email) {
		for k := range out.clauses {
			out.clauses[k].set.add(e.roles.email)
		}
	}
}

// cutNegatedPredicates cuts before "and" that opens a second predicate with
// an auxiliary or modal ("temporary chats will not appear in your history
// and will be kept up to 30 days", Arabic "…، وسيتم الاحتفاظ بها") when a
// negation comes before it since the last cut: the negation belongs to the
// first predicate only.
func (r *reader) cutNegatedPredicates() {
	e := r.e
	if len(e.predicateOpeners) == 0 {
		return
	}
	for i := 1; i < len(r.words); i++ {
		w := r.words[i]
		// "and will", or an Arabic opener with its "و" joined ("وسيتم").
		joined := strings.HasPrefix(w, "و") && e.predicateOpeners[w]
		if !joined && (w == "," || !isJoiner(w) || i+1 >= len(r.words) || !e.predicateOpeners[r.words[i+1]]) {
			continue
		}
		from := 0
		for _, c := range r.cuts {
			if c.at <= i && c.at > from {
				from = c.at
			}
		}
		for _, m := range r.matches {
			if m.concept == e.roles.neg && m.start >= from && m.start < i {
				r.cuts = append(r.cuts, cut{at: i})
				break
			}
		}
	}
}

// joinerBefore returns where the joiner that opens a clause at word i
// stands: the word before it ("…, and we use"), or the one before a
// connective adverb ("…, and therefore we use"); -1 when there is none.
func (r *reader) joinerBefore(i int) int {
	if i > 0 && isJoiner(r.words[i-1]) {
		return i - 1
	}
	if i > 1 && connectives[r.words[i-1]] && isJoiner(r.words[i-2]) {
		return i - 2
	}
	return -1
}

// connectives are the adverbs that may stand between a joiner and the
// actor of the clause it opens: "and therefore we", "et donc nous".
var connectives = map[string]bool{"therefore": true, "thus": true, "so": true, "hence": true, "then": true,
	"donc": true, "ainsi": true, "daher": true, "deshalb": true, "somit": true, "entonces": true}

// isJoiner reports whether a word joins two clauses when an actor follows
// it: a comma, or "and" in the supported languages.
func isJoiner(w string) bool {
	switch w {
	case ",", "and", "et", "und", "y", "e":
		return true
	}
	return false
}

// listJoiner reports whether a word goes on to the next item of a list of
// nouns: a comma, or "and" or "or" in the supported languages.
func listJoiner(w string) bool {
	switch w {
	case ",", "and", "or", "et", "ou", "und", "oder", "y", "o", "e":
		return true
	}
	return false
}

// actorRun reports whether the actor match k continues a list of actors
// ("partners, advertisers"), which is no clause boundary.
func (r *reader) actorRun(k int) bool {
	e := r.e
	m := r.matches[k]
	if m.concept == e.roles.other && m.end < len(r.words) && listJoiner(r.words[m.end]) {
		// Other parties named in a list ("our parents, affiliates,
		// subsidiaries, and other companies") go on the list: the comma
		// before them ends no clause.
		return true
	}
	for j := k - 1; j >= 0; j-- {
		p := r.matches[j]
		if p.end == m.start-1 {
			// "we and our partners use …": the service and others are
			// one subject, not two clauses.
			return p.concept == e.roles.other || p.concept == e.roles.you || r.compound(p, m)
		}
	}
	return false
}

// compound reports whether actor match m follows the service's match p as
// one subject: "we and our users", "nous et nos utilisateurs" (a
// determiner may stand between "and" and the others).
func (r *reader) compound(p, m termMatch) bool {
	return p.concept == r.e.roles.self && p.end < len(r.words) && andWord(r.words[p.end]) && (m.start == p.end+1 || m.start == p.end+2)
}

// joinedOthers returns the words [from, to) of the others the first
// compound subject of matches joins to the service ("our users" in "we and
// our users share …"), who act with it: the service is the actor. Both are
// 0 when there is none.
func (r *reader) joinedOthers(matches []termMatch) (int, int) {
	e := r.e
	from, to := 0, 0
	for k, p := range matches {
		if p.concept != e.roles.self {
			continue
		}
		for _, m := range matches[k+1:] {
			actor := e.actorOf(m.concept) != 0
			if to == 0 {
				if actor && r.compound(p, m) {
					from, to = m.start, m.end
				} else if m.start > p.end+2 {
					break
				}
				continue
			}
			if m.start > to {
				break
			}
			if actor {
				// "we and our advertising partners": the
				// others' words run on.
				to = max(to, m.end)
			}
		}
		if to > 0 {
			return from, to
		}
	}
	return 0, 0
}

// andWord reports whether w is "and" in a supported language: a joiner
// other than the comma.
func andWord(w string) bool {
	return w != "," && isJoiner(w)
}

// clause builds the clause of words[from:to] from the sentence's matches
// (sorted by start), reading only those that fall in it: a sentence of many
// clauses costs what its matches cost, not clauses times matches.
func (r *reader) clause(from, to int) clause {
	e := r.e
	c := clause{start: from, end: to}
	matches := r.clauseMatches(from, to)
	firstAction := -1
	var negs [8]int
	nneg := 0
	var cancels [8]termMatch
	ncancel := 0
	pairAt := -1 // the last "without being" that cancels a negation before it
	for _, m := range matches {
		c.set.add(m.concept)
		switch {
		case e.isAction[m.concept]:
			if firstAction < 0 {
				firstAction = m.start
			}
		case m.concept == e.roles.neg && nneg < len(negs):
			negs[nneg] = m.start
			nneg++
		case m.concept == e.roles.negCancel && ncancel < len(cancels):
			cancels[ncancel] = m
			ncancel++
		case m.concept == e.roles.cond && m.start <= from+1:
			c.conditional = true
		case e.roles.negPair >= 0 && m.concept == e.roles.negPair:
			pairAt = m.start
		}
	}
	for _, p := range negs[:nneg] {
		cancelled := p < pairAt
		for _, cm := range cancels[:ncancel] {
			if p >= cm.start && p < cm.end {
				cancelled = true
			}
		}
		if !cancelled {
			c.negated = true
		}
	}
	c.verb = firstAction
	c.joinFrom, c.joinTo = r.joinedOthers(matches)
	c.actor = r.actorBefore(matches, firstAction, actorNone, &c)
	// A denial in a relative clause is its antecedent's ("our partners,
	// who do not sell your data"), not the service's; what others do
	// there with data the service gives them ("advertising partners, who
	// use it for targeted advertising") stays the service's practice.
	if c.actor == actorNone && c.negated {
		if a := r.antecedent(from, matches); a != 0 {
			c.antecedent, c.actor = a, a
		}
	}
	if c.actor == actorNone && firstAction >= 0 {
		if a := r.subjectAfterVerb(firstAction, matches); a != 0 {
			c.antecedent, c.actor = a, a
		}
	}
	return c
}

// clauseMatches is the sentence's matches (sorted by start) that start in
// words[from:to].
func (r *reader) clauseMatches(from, to int) []termMatch {
	lo := sort.Search(len(r.matches), func(i int) bool { return r.matches[i].start >= from })
	hi := lo + sort.Search(len(r.matches)-lo, func(i int) bool { return r.matches[lo+i].start >= to })
	return r.matches[lo:hi]
}

// actorBefore is the actor of a clause of matches whose first action is at
// word verb (-1 for none): the last actor named before the action, actor
// when none is, or the first actor named when the clause has no action. A
// word in object position does not take over from an actor named before it,
// nor do others joined to the service as one subject (c's join span).
func (r *reader) actorBefore(matches []termMatch, verb int, actor uint8, c *clause) uint8 {
	named := false // the service is named before, in the clause
	for _, m := range matches {
		if verb >= 0 && m.start > verb {
			break
		}
		if a := r.e.actorOf(m.concept); a != 0 && m.actsAfter(actor, named) {
			if m.start >= c.joinFrom && m.start < c.joinTo {
				continue
			}
			actor = a
			named = named || a == actorSelf
			if verb < 0 {
				break
			}
		}
	}
	return actor
}

// subjectAfterVerb is the actor an Arabic sentence names right after its
// verb, the usual order ("لا يبيع المعلنون بياناتك": the advertisers do not
// sell): others named right after the first action at word at, or 0. A verb
// of the first person ("نبيع") holds its subject and is read as the
// service's. Others with "ل" joined ("للمعلنين": to the advertisers) are
// the verb's object.
func (r *reader) subjectAfterVerb(at int, matches []termMatch) uint8 {
	e := r.e
	if !startsArabic(r.words[at]) {
		return 0
	}
	end := -1
	for _, m := range matches {
		if m.start == at && e.isAction[m.concept] && m.end > end {
			end = m.end
		}
	}
	if end >= 0 && end+1 < len(r.words) && e.quantifiers[r.words[end]] {
		// "تبيع بعض التطبيقات الأخرى": a quantifier before the subject.
		end++
		if end+1 < len(r.words) && r.words[end] == "من" {
			end++
		}
	}
	if end < 0 || end >= len(r.words) || strings.HasPrefix(r.words[end], "ل") {
		// "نقدم بياناتك للمعلنين": joined "ل" (to, for) makes the
		// noun after the verb its object, not its subject.
		return 0
	}
	for _, m := range matches {
		if m.start == end && m.concept == e.roles.other {
			return actorOther
		}
	}
	return 0
}

// antecedent is the actor a relative pronoun opening the clause at word
// from stands for: the actor named just before it, a comma between them or
// not ("our partners, who do not sell your data": others; "we, who …": the
// service), or 0 when the clause opens with no relative pronoun or no actor
// comes right before it.
func (r *reader) antecedent(from int, matches []termMatch) uint8 {
	e := r.e
	if !r.opensRelative(from, matches) {
		return 0
	}
	end := from
	if r.words[end-1] == "," {
		end--
	}
	for _, m := range r.matches {
		if m.start >= end {
			break
		}
		if m.end == end {
			if a := e.actorOf(m.concept); a != 0 {
				return a
			}
		}
	}
	return 0
}

// opensRelative reports whether the clause at word from (after the
// sentence's first word) opens with a relative pronoun.
func (r *reader) opensRelative(from int, matches []termMatch) bool {
	if r.e.roles.relative < 0 || from == 0 {
		return false
	}
	for _, m := range matches {
		if m.start > from {
			break
		}
		if m.start == from && m.concept == r.e.roles.relative {
			return true
		}
	}
	return false
}

// addDurations adds a duration match for every unit of time that follows a
// number ("30 days", "six mois", "٣٠ يوما").
func (r *reader) addDurations(ms []termMatch) []termMatch {
	e := r.e
	n := len(ms)
	for k := 0; k < n; k++ {
		m := ms[k]
		if m.concept != e.roles.unit {
			continue
		}
		// A number before the unit, or a unit that counts itself (the
		// Arabic dual: عامين, two years).
		isNum := m.start > 0 && r.words[m.start-1][0] >= '0' && r.words[m.start-1][0] <= '9'
		for j := 0; j < n && !isNum; j++ {
			isNum = ms[j].concept == e.roles.number && (ms[j].end == m.start || ms[j].start == m.start && ms[j].end == m.end)
		}
		if isNum {
			ms = append(ms, termMatch{concept: e.roles.duration, start: m.start, end: m.end})
		}
	}
	if len(ms) > n {
		sortMatches(ms)
	}
	return ms
}

// sortMatches orders matches by start (insertion sort: they are nearly sorted).
func sortMatches(ms []termMatch) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].start < ms[j-1].start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// actorOf is the actor bit of an actor concept, or 0.
func (e *factsEngine) actorOf(concept int) uint8 {
	switch concept {
	case e.roles.self:
		return actorSelf
	case e.roles.other:
		return actorOther
	case e.roles.you:
		return actorYou
	}
	return 0
}

// findTerms finds every lexicon term in the sentence's words.
func (r *reader) findTerms(dst []termMatch) []termMatch {
	e := r.e
	for i, w := range r.words {
		n := len(dst)
		dst = e.matchAt(dst, r.words, i, w)
		if len(dst) == n && len(w) > 4 && startsArabic(w) {
			dst = e.matchArabicStem(dst, r.words, i, w)
		}
	}
	if len(r.selfNames) > 0 || len(r.titleNames) > 0 {
		dst = r.findNames(dst)
	}
	if len(e.pairedNeg) > 0 {
		dst = r.findPairedNegations(dst)
	}
	sortMatches(dst)
	if len(e.besideNumbers) > 0 {
		dst = r.dropLoneWords(dst)
	}
	if len(e.masks) > 0 {
		dst = e.unmask(dst)
	}
	for k := range dst {
		if m := &dst[k]; (m.concept == e.roles.you || m.concept == e.roles.self) && m.end == m.start+1 && m.start > 0 {
			w := r.words[m.start]
			before := r.words[m.start-1]
			m.objectOnly = e.objectAlways[w] || e.objectOnlyAfter[w][before]
			m.object = m.objectOnly || e.objectAfter[w][before] ||
				e.objectAfterOthers[w] && k > 0 && dst[k-1].end == m.start && dst[k-1].concept == e.roles.other
			m.possessive = e.possessive[w]
		}
		if m := &dst[k]; m.concept == e.roles.other && r.afterRecipient(m.start) {
			m.object = true
		}
		if m := &dst[k]; (m.concept == e.roles.you || m.concept == e.roles.self) && m.end == m.start+1 && m.end < len(r.words) &&
			e.beforeInfinitive[r.words[m.start]] && e.infinitive(r.words[m.end]) {
			m.object = true
		}
	}
	return dst
}

// dropLoneWords drops the one-word matches of BesideNumbers words that no
// number stands beside (two words either way: "May 5, 2025", "5 May", "May
// 2025"), keeping the order of the rest.
func (r *reader) dropLoneWords(ms []termMatch) []termMatch {
	e := r.e
	return slices.DeleteFunc(ms, func(m termMatch) bool {
		words := e.besideNumbers[m.concept]
		if words == nil || m.end != m.start+1 || !words[r.words[m.start]] {
			return false
		}
		for i := max(0, m.start-2); i < min(len(r.words), m.end+2); i++ {
			if w := r.words[i]; i != m.start && w != "" && w[0] >= '0' && w[0] <= '9' {
				return false
			}
		}
		return true
	})
}

// unmask drops the matches that a match of a masking concept holds and
// hides (Masks), keeping the order of the rest.
func (e *factsEngine) unmask(ms []termMatch) []termMatch {
	var masking []termMatch
	for _, m := range ms {
		if e.masks[m.concept] != nil {
			masking = append(masking, m)
		}
	}
	if masking == nil {
		return ms
	}
	return slices.DeleteFunc(ms, func(m termMatch) bool {
		for _, k := range masking {
			if m.start >= k.start && m.end <= k.end && slices.Contains(e.masks[k.concept], m.concept) {
				return true
			}
		}
		return false
	})
}

// afterRecipient reports whether the words at i follow a Recipient
// preposition, a possessive between or not ("to our partners"), that no
// NotRecipient word makes part of another phrase ("with respect to").
func (r *reader) afterRecipient(i int) bool {
	e := r.e
	if i > 0 && e.possessive[r.words[i-1]] {
		i--
	}
	return i > 0 && e.recipient[r.words[i-1]] && (i < 2 || !e.notRecipient[r.words[i-2]])
}

// infinitive reports whether w ends as an infinitive does (InfinitiveEndings).
func (e *factsEngine) infinitive(w string) bool {
	for _, end := range e.infinitiveEndings {
		if len(w) > len(end)+1 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// findPairedNegations adds a negation for each word that negates after its
// pair a few words before it ("n'utilisons plus", "ne les vendons plus").
func (r *reader) findPairedNegations(dst []termMatch) []termMatch {
	e := r.e
	for i, w := range r.words {
		if w == "" || !e.pairedFirst[w[0]] {
			continue
		}
		pair := e.pairedNeg[w]
		if pair == nil {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-pairedNegWindow; j-- {
			if pair[r.words[j]] {
				dst = append(dst, termMatch{concept: e.roles.neg, start: i, end: i + 1})
				break
			}
		}
	}
	return dst
}

// pairedNegWindow is how many words before a paired negation its pair may
// stand: "ne" + verb, or "ne" + pronoun + verb.
const pairedNegWindow = 3

// actsAfter reports whether match m, a word for an actor, is the actor of
// what follows it when actor (or none) was named before it: a word for the
// reader in object position ("nous vous envoyons") is not, after an actor;
// a form that is never a subject ("المستخدمين") is not at all; a possessive
// ("websites linked from our service") is not after others, unless the service was named (named) before them ("third parties
// with whom we partner … on our websites").
func (m *termMatch) actsAfter(actor uint8, named bool) bool {
	if m.possessive && actor == actorOther && !named {
		return false
	}
	return !m.object || !m.objectOnly && actor == actorNone
}

// startsArabic reports whether w starts with an Arabic letter (the UTF-8
// lead bytes 0xD8 to 0xDB).
func startsArabic(w string) bool {
	return len(w) > 0 && w[0] >= 0xD8 && w[0] <= 0xDB
}

// arabicConjunctions and arabicProclitics are written joined to the next
// word: "و" and "ف" (and), then "س" (will), "ب", "ل", "ك" (with, for, as)
// and the article "ال" with its fused forms.
var (
	arabicConjunctions = []string{"و", "ف"}
	arabicProclitics   = []string{"بال", "وال", "لل", "ال", "س", "ب", "ل", "ك"}
)

// matchArabicStem retries an Arabic word without its joined conjunction and
// proclitic ("وسنشارك" → "نشارك", "بالبيانات" → "بيانات"), keeping at least
// two letters.
func (e *factsEngine) matchArabicStem(dst []termMatch, words []string, i int, w string) []termMatch {
	for _, c := range arabicConjunctions {
		if s, ok := strings.CutPrefix(w, c); ok && len(s) > 4 {
			w = s
			n := len(dst)
			if dst = e.matchAt(dst, words, i, w); len(dst) > n {
				return dst
			}
			break
		}
	}
	for _, p := range arabicProclitics {
		if s, ok := strings.CutPrefix(w, p); ok && len(s) > 4 {
			n := len(dst)
			if dst = e.matchAt(dst, words, i, s); len(dst) > n {
				return dst
			}
			if p == "لل" {
				// "للسلطات" is "ل" and "السلطات", the article's alif
				// dropped: the word with its article may be the term.
				if dst = e.matchAt(dst, words, i, "ال"+s); len(dst) > n {
					return dst
				}
			}
		}
	}
	return dst
}

// matchAt appends the terms found through word i, whose text is w (the
// word itself, or an Arabic word without its proclitics).
func (e *factsEngine) matchAt(dst []termMatch, words []string, i int, w string) []termMatch {
	if h := exactHash(w); hasBit(e.exactSeen, h) {
		if b := e.bucket(w, h); b != nil {
			for _, id := range b.single {
				dst = append(dst, termMatch{concept: e.terms[id].concept, start: i, end: i + 1})
			}
			if b.next != nil && i+1 < len(words) {
				for _, id := range b.next[words[i+1]] {
					if start, end, ok := e.terms[id].matchAround(words, i); ok {
						dst = append(dst, termMatch{concept: e.terms[id].concept, start: start, end: end})
					}
				}
			}
			for _, id := range b.multi {
				if start, end, ok := e.terms[id].matchAround(words, i); ok {
					dst = append(dst, termMatch{concept: e.terms[id].concept, start: start, end: end})
				}
			}
		}
	}
	if len(w) < stemKeyLen {
		return dst
	}
	k := stemKey(w)
	if !hasBit(e.stemSeen, filterHash(k)) {
		return dst
	}
	for _, id := range e.prefixes[k] {
		t := &e.terms[id]
		if !strings.HasPrefix(w, t.words[t.anchor]) {
			continue
		}
		if start, end, ok := t.matchAround(words, i); ok {
			dst = append(dst, termMatch{concept: t.concept, start: start, end: end})
		}
	}
	return dst
}

// matchAround checks the term's other words around its anchor at word i.
func (t *term) matchAround(words []string, i int) (start, end int, ok bool) {
	start = i - t.anchor
	if start < 0 || start+len(t.words) > len(words) {
		return 0, 0, false
	}
	for k, tw := range t.words {
		if k == t.anchor {
			continue
		}
		w := words[start+k]
		if t.prefix[k] {
			if !strings.HasPrefix(w, tw) {
				return 0, 0, false
			}
		} else if w != tw {
			return 0, 0, false
		}
	}
	return start, start + len(t.words), true
}

// rewriteAsides drops the asides in parentheses that open with a negation
// ("information (not including your name) about your visits"), whose
// negation belongs to the aside, not to the sentence around it, and those
// that only name a party (namingAside). An aside that is a clause of the
// service's own ("… will not share your data (we do not sell your data)")
// is set off by semicolons instead, so that it is read as a clause of its
// own, free of the condition around it.
func rewriteAsides(s string) string {
	var b strings.Builder
	from := 0 // s[:from] is written to b (nothing is while no aside is dropped)
	for i := 0; ; {
		open := strings.IndexByte(s[i:], '(')
		if open < 0 {
			break
		}
		open += i
		end := strings.IndexByte(s[open:], ')')
		if end < 0 || end > maxAside {
			break
		}
		end += open
		switch aside := s[open+1 : end]; {
		case negatedAside(aside), namingAside(aside):
			if from == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[from:open])
			b.WriteByte(' ')
			from = end + 1
		case ownClauseAside(aside):
			if from == 0 {
				b.Grow(len(s) + 2)
			}
			b.WriteString(s[from:open])
			b.WriteString("; ")
			b.WriteString(aside)
			b.WriteString(" ;")
			from = end + 1
		}
		i = end + 1
	}
	if from == 0 {
		return s // no aside dropped: no copy
	}
	b.WriteString(s[from:])
	return b.String()
}

// maxAside is the longest aside in bytes that rewriteAsides rewrites.
const maxAside = 300

// dateLinePattern is a date in digits, year first or last, with a time
// perhaps: "2024-03-04", "2024-03-04 08:46:24", "04/03/2024", "4.3.2024".
var dateLinePattern = regexp.MustCompile(`^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})([ T]\d{1,2}:\d{2}(:\d{2})?)?$`)

// isDateLine reports whether a sentence is a date in digits and nothing
// else (emphasis and spaces aside): a policy's date under its title or at
// its end.
func isDateLine(raw string) bool {
	if len(raw) > maxDateLine {
		// Most sentences: no trimming, no pattern.
		return false
	}
	s := strings.Trim(raw, " \t\r\n*_#>|")
	return len(s) <= 32 && dateLinePattern.MatchString(s)
}

// maxDateLine bounds the bytes of a date line, its markup included.
const maxDateLine = 48

// namingAside reports whether an aside names what the text calls a party or
// a thing ("(referred to as \"we\" or \"us\")", "(hereinafter \"Acme\")"): it
// says nothing of a practice, and its words would push the sentence's verb
// out of reach ("Company (referred to as …) refers to Acme Inc." is a
// definition).
func namingAside(a string) bool {
	a = strings.ToLower(strings.TrimLeft(a, " \"'“«"))
	for _, p := range namingAsideOpeners {
		if strings.HasPrefix(a, p) {
			return true
		}
	}
	return false
}

// namingAsideOpeners open the asides namingAside drops.
var namingAsideOpeners = []string{"referred to as", "hereinafter", "hereafter", "ci-après", "ci-apres", "ci après", "nachfolgend", "im folgenden", "en adelante", "يشار إليه", "يشار إليها"}

// ownClauseAside reports whether an aside opens with the service as the
// subject of a clause ("we do not sell your data", "nous ne vendons pas").
func ownClauseAside(a string) bool {
	a = strings.TrimLeft(a, " \"'“«")
	w, rest, ok := strings.Cut(a, " ")
	if !ok || len(strings.Fields(rest)) < 2 {
		return false
	}
	switch strings.ToLower(w) {
	case "we", "nous", "wir", "nosotros", "نحن":
		return true
	}
	return false
}

// negatedAside reports whether an aside opens with a negation word.
func negatedAside(a string) bool {
	a = strings.TrimLeft(a, " \"'“«")
	w, _, _ := strings.Cut(a, " ")
	switch strings.ToLower(w) {
	case "not", "never", "nor", "excluding", "pas", "non", "jamais", "nicht", "nie", "kein", "keine", "nunca", "sin", "لا", "ليس", "دون", "بدون":
		return true
	case "but", "mais", "aber", "pero":
		rest := strings.TrimSpace(a[len(w):])
		n, _, _ := strings.Cut(rest, " ")
		return strings.EqualFold(n, "not") || strings.EqualFold(n, "pas") || strings.EqualFold(n, "nicht") || strings.EqualFold(n, "no")
	}
	return false
}

// nameCountryUS spells the country "US" as "USA", so that lower-casing does
// not read it as the service's "us" ("partners in the US" is no sharing with
// the service). A "US" whose neighbouring words are all in capitals is left
// alone: it is a heading's "CONTACT US".
func nameCountryUS(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i+2 <= len(s); i++ {
		if s[i] != 'U' || s[i+1] != 'S' || (i > 0 && isASCIIAlnum(s[i-1])) || (i+2 < len(s) && isASCIIAlnum(s[i+2])) {
			continue
		}
		before, after := wordBefore(s, i), wordAfter(s, i+2)
		if before == "" && after == "" || (before == "" || allCaps(before)) && (after == "" || allCaps(after)) {
			continue
		}
		b.WriteString(s[last : i+2])
		b.WriteByte('A')
		last = i + 2
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// isASCIIAlnum reports whether c is an ASCII letter or digit.
func isASCIIAlnum(c byte) bool {
	return c < utf8.RuneSelf && asciiFoldWord[c]
}

// wordBefore and wordAfter return the nearest run of ASCII letters before
// i or from j, skipping anything else ("EU-US" gives "EU").
func wordBefore(s string, i int) string {
	for i > 0 && !isASCIIAlnum(s[i-1]) {
		i--
	}
	j := i
	for j > 0 && isASCIIAlnum(s[j-1]) {
		j--
	}
	return s[j:i]
}

func wordAfter(s string, j int) string {
	for j < len(s) && !isASCIIAlnum(s[j]) {
		j++
	}
	k := j
	for k < len(s) && isASCIIAlnum(s[k]) {
		k++
	}
	return s[j:k]
}

// allCaps reports whether w, of two letters or more, has no lower-case one.
func allCaps(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' {
			return false
		}
	}
	return true
}

// stripLinks drops link targets and bare addresses ("(https://…)",
// "www.example.com"), whose words are no part of the sentence. A link to
// a list of recipients (lists) is read as its text followed by
// lists.ReadsAs.
func stripLinks(s string, lists *listLinks) string {
	var b strings.Builder
	b.Grow(len(s))
	for len(s) > 0 {
		end := strings.IndexAny(s, " \t\n")
		if end < 0 {
			end = len(s)
		}
		f := s[:end]
		s = s[min(end+1, len(s)):]
		if k := strings.Index(f, "]("); k >= 0 {
			if lists != nil && lists.ReadsAs != "" && linksToList(f[k+2:], lists.Targets) {
				b.WriteString(f[:k])
				b.WriteByte(' ')
				f = lists.ReadsAs
			} else {
				f = f[:k]
			}
		}
		if i := strings.Index(f, "://"); i >= 0 {
			f = strings.TrimRight(f[:max(0, strings.LastIndexAny(f[:i], "([<\"")+1)], "(")
		} else if strings.HasPrefix(f, "www.") {
			f = ""
		}
		if f != "" {
			b.WriteString(f)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// linksToList reports whether the link target url ("https://host/path#frag)")
// holds one of targets past its host.
func linksToList(url string, targets []string) bool {
	if i := strings.Index(url, "://"); i >= 0 {
		url = url[i+3:]
	}
	slash := strings.IndexAny(url, "/?#")
	if slash < 0 {
		return false
	}
	path := strings.ToLower(url[slash:])
	for _, t := range targets {
		if strings.Contains(path, t) {
			return true
		}
	}
	return false
}

// hasEmail reports whether s holds an e-mail address.
func hasEmail(s string) bool {
	for i := strings.IndexByte(s, '@'); i >= 0; {
		if i > 0 && i+1 < len(s) && isWordByte(s[i-1]) && isWordByte(s[i+1]) {
			return true
		}
		j := strings.IndexByte(s[i+1:], '@')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '_' || c == '-'
}

// sortCuts orders clause boundaries by position (insertion sort: a few items).
func sortCuts(c []cut) {
	for i := 1; i < len(c); i++ {
		for j := i; j > 0 && c[j].at < c[j-1].at; j-- {
			c[j], c[j-1] = c[j-1], c[j]
		}
	}
}
