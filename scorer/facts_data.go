package scorer

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
)

//go:embed data/facts.json
var factsJSON []byte

// factsData is the decoded facts file: the lexicon of concepts the clause
// reader finds, the signals built from clauses, and the questions answered
// from signals, with their labels and advice per language.
type factsData struct {
	Version string `json:"version"`
	// MinWords is the length from which a privacy policy counts as full, so
	// that its silence on a practice can answer a question.
	MinWords int `json:"min_words"`
	// Concepts maps a concept's name to its terms in every language. Reserved
	// names give a concept a role in the clause reader (see factsRoles).
	Concepts map[string][]string `json:"concepts"`
	// Signals maps a signal's name to the clause patterns that raise it (any one).
	Signals map[string][]clausePattern `json:"signals"`
	// FunctionWords are words too common to look terms up by ("the", "de",
	// "من"): a term is indexed by its first other word.
	FunctionWords []string `json:"function_words"`
	// NotNames are words a policy's definition of who "we" are may quote
	// that are no name of the service ("the Company", "HER" read as "her").
	NotNames []string `json:"not_names"`
	// ReaderObjects names where a word for the reader is the object of a
	// verb, not its subject.
	ReaderObjects readerObjects `json:"reader_objects"`
	// PairedNegations names the words that negate only after another a few
	// words before them: French "plus" after "ne" ("nous n'utilisons plus
	// de publicité ciblée": no longer), not "plus de 30 jours".
	PairedNegations map[string][]string `json:"paired_negations"`
	// ItemOpeners are the words that open a list item naming a party the
	// service owns or works with ("with our resellers"): its possessive
	// determiners ("our", "notre"), which open a noun phrase, not a clause
	// the service acts in, and the prepositions that may come before them.
	ItemOpeners itemOpeners `json:"item_openers"`
	// ClauseWords are the words that make a few words a clause, not a
	// label: subject pronouns, auxiliaries, copulas and modals ("we",
	// "is", "may", "nous", "est"). A list item's opening words without one
	// ("* Sale and targeted marketing. We do not sell …") are its label.
	ClauseWords []string `json:"clause_words"`
	// PredicateOpeners are the auxiliaries and modals that open a second
	// predicate after "and" ("… will not appear in your history and will be
	// kept for 30 days"): a negation before them does not reach past them.
	PredicateOpeners []string `json:"predicate_openers"`
	// ItemSignals are the signals a list's lead-in raises only when one of
	// the items read with it raises them too ("We may share your information
	// with third parties:" over a legal obligation and a merger shares with
	// no one else).
	ItemSignals []string `json:"item_signals"`
	// ListSignals are the signals whose items of one list, read with one
	// lead-in, are quoted as the list they make ("email address; name;
	// cookies and usage data") and ranked by its length: the kinds of data
	// collected, the measures that protect them, the periods they are kept.
	ListSignals []string `json:"list_signals"`
	// TermsQuestions are the questions a terms of service is read for:
	// those a contract states plainly of the reader's data (how old one
	// must be, deleting one's account, the authorities). The others are the
	// privacy policy's to answer; in a contract their words are mostly of
	// other things (fees that change, payment details, disputes).
	TermsQuestions []string `json:"terms_questions"`
	// HistorySignals are the signals of the policy's own history (its
	// date, its earlier versions, its change log), the only ones an entry
	// of a change log raises ("May 25, 2018: Added …").
	HistorySignals []string `json:"history_signals"`
	// RefLends names the concepts, beyond actions and data, that a sentence
	// referring to the one before ("You can opt out of this sharing") borrows
	// from it: what the practice is for ("for targeted advertising").
	RefLends []string `json:"ref_lends"`
	// LeadLends names the concepts, beyond actions and data, that a list's
	// lead-in lends every item under it: the consent it is all done with
	// ("With your consent, we may use your data to:" over "send you
	// targeted offers").
	LeadLends []string `json:"lead_lends"`
	// Masks maps a concept to the concepts whose terms inside one of its
	// own are not read: "when you give us consent" is consent, not data
	// given to the service ("give us").
	Masks map[string][]string `json:"masks"`
	// BesideNumbers maps a concept to words that name it only beside a
	// number: "May" is a month in "May 5, 2025" or "5 May", the modal verb
	// in "These safeguards may include".
	BesideNumbers map[string][]string `json:"beside_numbers"`
	// ListLinks are what the address of a link to the list of a service's
	// recipients holds ("subprocessors", "who-are-mozillas-partners"): a
	// link to such a list ("we share it with [our partners](…)") names its
	// recipients as "the list of our partners" does.
	ListLinks listLinks `json:"list_links"`
	// Questions are answered in this order.
	Questions []questionSpec `json:"questions"`
}

// listLinks reads links to a list of recipients.
type listLinks struct {
	// Targets are lower-case fragments of a link's address past its host.
	Targets []string `json:"targets"`
	// ReadsAs is the word the reader reads after such a link's text; a
	// term of the concept that names a list of recipients.
	ReadsAs string `json:"reads_as"`
}

// readerObjects lists the reader's words (of the "you" concept) that are
// objects: Before maps a word to the words after which it is the object of
// the verb that follows (French "vous" after "nous", "pour"), and an actor
// named before it stays the actor; Always lists forms that are never a
// subject (the Arabic plural "المستخدمين").
type readerObjects struct {
	Before map[string][]string `json:"before"`
	Always []string            `json:"always"`
	// OnlyAfter names the words after which a word for the reader is an
	// object and never a subject, even where no actor is named before it
	// ("information about you may be shared": the sharing has no actor).
	OnlyAfter map[string][]string `json:"only_after"`
	// AfterOthers lists the words that are the object of the verb that
	// follows them right after a noun for others, its subject (French
	// "certains sites vous suivent", "les annonceurs nous envoient").
	AfterOthers []string `json:"after_others"`
	// Possessive lists the possessives for the service ("our", "notre"),
	// which name a thing of the service, not its acts: "third-party
	// websites linked from our service" are still the actor of what
	// follows.
	Possessive []string `json:"possessive"`
	// BeforeInfinitive lists the words that are the object of an
	// infinitive right after them, one ending in InfinitiveEndings
	// (French "vous envoyer des publicités", an item under "nous
	// utilisons vos données pour :").
	BeforeInfinitive  []string `json:"before_infinitive"`
	InfinitiveEndings []string `json:"infinitive_endings"`
	// Recipient lists the prepositions that make the others named right
	// after them (a possessive between or not) the recipients of an act,
	// not its actor: "To our related companies, to the extent such
	// sharing is necessary".
	Recipient []string `json:"recipient"`
	// NotRecipient lists the words that make a Recipient preposition
	// after them part of another phrase: "with respect to", "according
	// to", "prior to".
	NotRecipient []string `json:"not_recipient"`
	// Quantifiers lists the words that may stand between an Arabic verb
	// and its subject ("تبيع بعض التطبيقات الأخرى": some other apps sell),
	// each perhaps followed by "من" ("العديد من الشركات").
	Quantifiers []string `json:"quantifiers"`
}

type itemOpeners struct {
	Possessives  []string `json:"possessives"`
	Prepositions []string `json:"prepositions"`
}

// wordSet normalises a list of single words into a set.
func wordSet(words []string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[normalizedWord(w)] = true
	}
	return set
}

// wordsAfter normalises a map of words to the words they follow into sets:
// wordsAfter(m)[word][before] holds when before is listed for word.
func wordsAfter(m map[string][]string) map[string]map[string]bool {
	out := make(map[string]map[string]bool, len(m))
	for w, before := range m {
		out[normalizedWord(w)] = wordSet(before)
	}
	return out
}

// normalizedWord is a single word of the lexicon as the reader sees it.
func normalizedWord(w string) string {
	return strings.TrimSpace(string(normalizeInto(nil, w)))
}

// clausePattern describes the clauses that raise a signal.
type clausePattern struct {
	// All lists concepts the clause must hold; "a|b" accepts either.
	All []string `json:"all"`
	// None lists concepts the sentence must not hold.
	None []string `json:"none"`
	// ClauseNone lists concepts the clause that holds the first of All
	// must not hold, though other clauses may: "(1) in a sale, to the buyer;
	// and (2) to the police when the law requires it" still says when the
	// police get data.
	ClauseNone []string `json:"clause_none"`
	// Actor restricts who does the clause's action: self, other, you, none.
	Actor []string `json:"actor"`
	// ActorBefore reads the actor as the one named before the first concept
	// in its clause (none if there is none) even when that concept is not an
	// action: for phrases that carry their own direction ("data provided by
	// a third party"), where the clause's actor would be the party named
	// inside the phrase.
	ActorBefore bool `json:"actor_before"`
	// Polarity is "pos" (the default: not negated), "neg" (negated without an
	// exception), "notneg" (not negated, or negated with an exception) or "any".
	Polarity string `json:"polarity"`
	// Sentence widens All and None to the whole sentence instead of the clause.
	Sentence bool `json:"sentence"`
	// Section lists concepts one of which the sentence's heading must hold.
	Section []string `json:"section"`
	// NotSection lists concepts none of which the sentence's headings may
	// hold: a sale named under "Your rights" is a right to ask about sales.
	NotSection []string `json:"not_section"`
	// Heading lets a heading raise the signal too (headings raise nothing else).
	Heading bool `json:"heading"`
	// MaxWords, when set, bounds the sentence's length ("Updated 4 May 2025").
	MaxWords int `json:"max_words"`
	// NotLent refuses a list item read with a lead-in that names no
	// security measure: an audit named among the purposes a lead-in
	// announces ("We process your data for: … security activities, such as
	// audits") is a use of data, not a check of the service's security. A
	// sentence read with the one before it ("This practice is audited …")
	// is no list item and is not refused.
	NotLent bool `json:"not_lent"`
	// MinWords, when set, asks for a sentence of at least that many words:
	// a link's label ("[Erase information]") is no statement.
	MinWords int `json:"min_words"`
	// Prefer lists concepts that make a sentence better evidence when it
	// holds one of them (a change notice naming how you are told: "by
	// e-mail"); they rank quotes and decide nothing.
	Prefer []string `json:"prefer"`
	// Avoid lists concepts that make a sentence worse evidence (sharing
	// only "if you choose to" share: the reader's own act); they too rank
	// quotes and decide nothing.
	Avoid []string `json:"avoid"`
	// RankBy lists concepts each mention of which makes a sentence better
	// evidence, up to maxRankBy (a security outline naming encryption,
	// firewalls and access controls shows more than one naming "measures");
	// they too rank quotes and decide nothing.
	RankBy []string `json:"rank_by"`
	// PreferSection lists concepts whose presence in the sentence's
	// heading makes it better evidence (a sentence under "How we protect
	// your data" shows security better than a purpose that names
	// two-factor sign-in); they rank quotes and decide nothing.
	PreferSection []string `json:"prefer_section"`
}

// questionSpec is one practice question.
type questionSpec struct {
	ID string `json:"id"`
	// Doc says what the question and its answers mean (Legible's own questions).
	Doc      string            `json:"doc,omitempty"`
	Question map[string]string `json:"question"`
	// Decisions are tried in order; the first whose signals all hold answers.
	Decisions []decision `json:"decisions"`
	// Silence answers a full privacy policy that raises none of the decisions.
	Silence string `json:"silence"`
	// Answers holds each answer's label and advice per language.
	Answers map[string]answerText `json:"answers"`
	// Topic lists signals that show the text speaks of the question's subject
	// at all: an unknown answer with a topic hit is "mentioned, not read",
	// not silence.
	Topic []string `json:"topic,omitempty"`
	// Partly lists signals that answer the question in part: an unknown
	// answer with a hit on one of them is Practice.Partial, quoting it
	// ("names some recipients", not who else gets data).
	Partly []string `json:"partly,omitempty"`
	// NotRead marks a question the engine answers only in the one case its
	// decisions cover (na): otherwise its unknown says "not read yet", never
	// "not found", since no rule looked.
	NotRead bool `json:"not_read,omitempty"`
	// QuoteSection quotes a short heading raising the answer ("Highlights")
	// as the context of its section's first sentence, which shows it.
	QuoteSection bool `json:"quote_section,omitempty"`
}

// decision maps a set of signals to an answer.
type decision struct {
	Answer string   `json:"answer"`
	When   []string `json:"when"`
	Unless []string `json:"unless"`
	// MinCategories asks for that many distinct data categories collected.
	MinCategories int `json:"min_categories"`
	// Full asks for a full privacy policy.
	Full bool `json:"full"`
	// MinHits asks for that many sentences raising the first signal of When.
	MinHits int `json:"min_hits"`
	// Apart counts MinHits over sentences apart: a run of consecutive
	// sentences raising the signal counts once (a bare list of the dates
	// a policy changed is no change log; dates each followed by what
	// changed are).
	Apart bool `json:"apart"`
	// Covers lists signals every sentence of which must also raise the
	// first signal of When: "only from the sources it needs" holds when
	// every sentence about sources names one the service needs.
	Covers []string `json:"covers"`
	// QuoteFirst names the signal quoted first when it is not When's
	// first (which MinHits counts): the review that makes security
	// "yes-audits" shows the answer better than the measure it reviews. It
	// may be a signal the decision does not ask for but that shows it:
	// sharing with service providers shows "only with the providers it
	// needs" better than the lead-in of a list whose first item is staff.
	QuoteFirst string `json:"quote_first"`
	// QuoteSignals, when set, bounds the answer's quotes, one a signal in
	// quote order: "not all named" rests on a partner left unnamed, which
	// a sentence naming other providers does not show; a QuoteFirst that
	// shows the way out of targeted ads stands for the way out When asks
	// for, which is quoted only in its absence.
	QuoteSignals int `json:"quote_signals"`
}

// answerText is an answer's label and advice, by language code.
type answerText struct {
	Label  map[string]string `json:"label"`
	Advice map[string]string `json:"advice"`
}

// Reserved concept names with a role in the clause reader.
const (
	conceptSelf        = "self"           // the service: we, us, our, nous, wir, نحن
	conceptOther       = "other"          // others: partners, advertisers, other companies
	conceptYou         = "you"            // the reader
	conceptNeg         = "neg"            // negation
	conceptNegCancel   = "negcancel"      // a phrase that holds a negation word but negates nothing: "not limited to"
	conceptNegPair     = "negpair"        // optional: a second negation that cancels the one before it: "never sent … without being encrypted"
	conceptExcept      = "except"         // an exception: except, unless, sauf, إلا
	conceptSplit       = "split"          // a word that opens a new clause: but, however
	conceptCond        = "cond"           // a condition opening a clause: if, si, wenn, إذا
	conceptDefine      = "define"         // a definition: means, désigne
	conceptDefHead     = "defhead"        // a definitions heading
	conceptEmail       = "email"          // the sentence holds an e-mail address (added by the reader)
	conceptNumber      = "number"         // a number word ("thirty", "trente"); digits count too
	conceptUnit        = "timeunit"       // a unit of time: days, mois, Jahre, أيام
	conceptDuration    = "duration"       // a number followed by a unit of time (added by the reader)
	conceptNumeral     = "numeral"        // a word that starts with a digit (added by the reader)
	conceptDateLine    = "date_line"      // the sentence is a date in digits and nothing else, "2024-03-04" (added by the reader)
	conceptMonth       = "month"          // the months, which a change log's dates name
	conceptGists       = "contents_gists" // table of contents whose entries each give a short gist, a summary (added by the reader)
	conceptContents    = "contents"       // optional: a table of contents ("Sommaire", "Contents")
	conceptPointer     = "pointer"        // optional: "for more information, see …", or "such authorities include …" (names those of the sentence before)
	conceptPData       = "pdata"          // optional: data or information, any kind
	conceptFollowing   = "following"      // optional: "the following", which makes a sentence a list's lead-in
	conceptCookie      = "cookie_word"    // optional: cookies, a weaker quote for other questions
	conceptRightsRef   = "rights_ref"     // optional: "these rights", "this practice", which refer to the sentence before
	conceptSuchRef     = "such_ref"       // optional: "such information", "such data": the data of the sentence before
	conceptAggregating = "aggregating"    // optional: aggregating or de-identifying data ("we may aggregate", "de-identify")
	conceptNoLead      = "nolead"         // optional: the reader's rights and choices ("you can", "opt out"), which lend a list nothing
	conceptBan         = "ban"            // optional: a prohibition ("is prohibited", "you may not"), whose list states no practice
	conceptOverview    = "overview"       // optional: the policy telling what it covers ("this policy explains"), which states no practice
	conceptRules       = "reader_rules"   // optional: rules for the reader's own handling of data ("your app", "you must", "each party"), which make a developer policy or a contract between businesses
	conceptCookieOut   = "cookie_optout"  // optional: opting out of cookies ("opt out of the use of cookies"), which may refer to the use the sentence before names
	conceptSelfServe   = "selfserve"      // optional: the reader's own tools (settings, in-app controls), whose lead-in ("In-app controls let you:") lends its items the reader's hand
	conceptPolicy      = "policy"         // optional: the policy itself ("privacy policy", "notice"), whose title lends its sections no subject
	conceptOptOut      = "optout"         // optional: the reader opting out ("opt out", "object to"), whose condition makes a denial after it an exception
	conceptRelative    = "relative"       // optional: a relative pronoun opening a clause ("who", "which", "qui"), whose denial is the noun before it's
	conceptDisclaim    = "disclaim"       // optional: a disclaimer ("not responsible for", "cannot guarantee"), whose relative clause on others is theirs
	conceptToSelf      = "to_self"        // optional: data coming to the service ("with us", "to us"), which its defined name after "with" also says
	conceptUnwilling   = "unwilling"      // optional: not wanting something ("if you do not want to delete …"), whose condition states no practice
	conceptSecMeasure  = "secmeasure"     // optional: security measures ("security measures", "encryption"), whose lead-in ("We take security measures to:") lends its items the service's hand
	conceptProtect     = "protect"        // optional: protecting data ("protect", "safeguard"), which with steps makes a lead-in of security measures
	conceptSteps       = "steps"          // optional: steps or measures taken ("measures", "safeguards")
	conceptNoneShared  = "none_shared"    // optional: sharing that holds no personal data ("without sharing any personal data")
	mentionPrefix      = "mentions-"      // a signal that a subject is spoken of, whatever is said of it
	dataPrefix         = "data_"          // a category of personal data
	actionPrefix       = "act_"           // an action: collect, share, sell...
)

// maxSignals bounds the signals so that a sentence's candidates fit a bitset.
const maxSignals = 128

// maxConcepts bounds the lexicon so that a clause's concepts fit a bitset.
const maxConcepts = 384

// conceptSet is a set of concept indices.
type conceptSet [maxConcepts / 64]uint64

func (s *conceptSet) add(i int)      { s[i>>6] |= 1 << (uint(i) & 63) }
func (s *conceptSet) has(i int) bool { return i >= 0 && s[i>>6]&(1<<(uint(i)&63)) != 0 }
func (s *conceptSet) union(o *conceptSet) {
	for k := range s {
		s[k] |= o[k]
	}
}

// term is one compiled lexicon entry: a sequence of words, each matched
// whole or, ending in "*", as a prefix.
type term struct {
	words   []string
	prefix  []bool
	concept int
	// anchor is the index of the word the term is looked up by.
	anchor int
}

// factsEngine is the compiled facts file.
type factsEngine struct {
	data  factsData
	names []string
	index map[string]int
	exact map[string]*termBucket // anchor word → terms
	// table is exact as an open-addressing hash table on exactHash, which
	// the look-up of every word computes anyway: faster than the map.
	table     []tableSlot
	tableMask uint32
	function  map[string]bool
	// objectAfter, objectOnlyAfter and objectAlways are ReaderObjects,
	// normalised: objectAfter[word][before] holds when word is an object
	// after before, objectOnlyAfter[word][before] when it is never a
	// subject there.
	objectAfter, objectOnlyAfter    map[string]map[string]bool
	objectAlways, objectAfterOthers map[string]bool
	// beforeInfinitive and infinitiveEndings are ReaderObjects'
	// BeforeInfinitive (normalised) and InfinitiveEndings.
	beforeInfinitive  map[string]bool
	infinitiveEndings []string
	// recipient and notRecipient are ReaderObjects.Recipient and
	// NotRecipient, normalised.
	recipient, notRecipient map[string]bool
	// quantifiers is ReaderObjects.Quantifiers, normalised.
	quantifiers map[string]bool
	// pairedNeg is PairedNegations, normalised: pairedNeg[word][before].
	pairedNeg map[string]map[string]bool
	// pairedFirst marks the first bytes of pairedNeg's words: most words
	// are ruled out before the map is looked up.
	pairedFirst [256]bool
	// notNames is NotNames, normalised.
	notNames map[string]bool
	// possessive is ReaderObjects.Possessive, normalised.
	possessive map[string]bool
	// clauseWords are ClauseWords, normalised.
	clauseWords map[string]bool
	// predicateOpeners are PredicateOpeners, normalised.
	predicateOpeners map[string]bool
	// possessives and itemPrepositions are ItemOpeners, normalised.
	possessives, itemPrepositions map[string]bool
	prefixes                      map[uint32][]int // first three bytes of the first word's stem → terms
	// exactSeen and stemSeen are bit filters that let most words skip the maps.
	exactSeen, stemSeen []uint64
	terms               []term
	roles               struct {
		self, other, you, neg, negCancel, except, split, define, defhead, email, cond int
		number, unit, duration, numeral, dateLine, gists                              int
		// contents (optional, -1): a table of contents, whose entries may
		// each give a gist of their section.
		contents int
		// pointer (optional, -1 when the lexicon has none): a sentence that
		// points elsewhere ("for more information, see …"), weak evidence.
		pointer int
		// pdata (optional, -1 when the lexicon has none): data or
		// information of any kind, which a list's lead-in lends its items.
		pdata int
		// noLead (optional, -1): the reader's rights and choices; a lead-in
		// that holds them lends its list nothing.
		noLead int
		// ban (optional, -1): a prohibition; a list under a lead-in that
		// forbids or denies states things nobody does.
		ban int
		// overview (optional, -1): the policy telling what it covers; the
		// sentence raises only mentions-* signals.
		overview int
		// cookieOut (optional, -1): opting out of cookies, which right
		// after a sentence on what they are used for refers to that use.
		cookieOut int
		// selfServe (optional, -1): the reader's own tools; a lead-in that
		// offers them and names no action lends itself to its items.
		selfServe int
		// readerRules (optional, -1): rules for the reader's own handling
		// of data, which make a text a policy for developers.
		readerRules int
		// rightsRef (optional, -1): "these rights", "this practice", which
		// borrow the actions of the sentence before.
		rightsRef int
		// negPair (optional, -1): "without being", which cancels the
		// negation before it in its clause ("is never sent … without
		// first being encrypted": it is always encrypted).
		negPair int
		// suchRef (optional, -1): "such information", "such data", which
		// name the data of the sentence before; aggregating (optional, -1):
		// aggregating or de-identifying data, which they then name too.
		suchRef, aggregating int
		// cookie (optional, -1): cookies, weaker evidence for other questions.
		cookie int
		// following (optional, -1): "the following", a list's lead-in even
		// when the sentence does not end with a colon.
		following int
		// policy (optional, -1): the policy itself; the document's title
		// that names it ("Privacy & Cookie Policy") lends the sections
		// under it no subject.
		policy int
		// relative (optional, -1): a relative pronoun; a negated clause it
		// opens that names no actor of its own denies for the noun before
		// it ("our partners, who do not sell your data").
		relative int
		// optOut (optional, -1): the reader opting out; "if you opt out,
		// we will not sell …" denies only for those who do.
		optOut int
		// disclaim (optional, -1): a disclaimer; a relative clause on
		// others after it ("not responsible for third parties who …")
		// says what they do.
		disclaim int
		// toSelf (optional, -1): data coming to the service; "with Acme"
		// says it of the service's defined name.
		toSelf int
		// unwilling (optional, -1): the reader not wanting something; a
		// condition on not wanting the practice ("if you do not want to
		// delete your account, …") states none.
		unwilling int
		// secMeasure (optional, -1): security measures; a lead-in of the
		// service's that names them and no action lends itself to its
		// items ("We take security measures, including:" over "*
		// encryption in transit").
		secMeasure int
		// protect and steps (optional, -1): protecting data, and measures
		// taken; a lead-in that names both and no action is one of
		// security measures ("We protect your data through measures
		// including:").
		protect, steps int
		// noneShared (optional, -1): a sentence's word that what is
		// shared holds no personal data ("without sharing any personal
		// data"), which withdraws the sharing the sentence before it in
		// its paragraph or list item states.
		noneShared int
	}
	isAction []bool
	isData   []bool
	// refLends marks the RefLends concepts, leadLends the LeadLends ones.
	refLends, leadLends []bool
	// masks lists, by concept, the concepts its matches hide (Masks).
	masks map[int][]int
	// besideNumbers lists, by concept, its words read only beside a
	// number (BesideNumbers), normalised.
	besideNumbers map[int]map[string]bool
	// sigNames, sigPats and sigIndex list the signals in name order.
	sigNames []string
	// itemSignal marks the ItemSignals, listSignal the ListSignals.
	itemSignal []bool
	listSignal []bool
	// termsQuestion marks, by question, the TermsQuestions.
	termsQuestion []bool
	// historySignal marks the HistorySignals.
	historySignal []bool
	// months are the words of the month concept, folded: the months a
	// change log's dates name.
	months map[string]bool
	// sigMention marks the mentions-* signals, which an overview raises.
	sigMention []bool
	sigPats    [][]compiledPattern
	sigIndex   map[string]int
	// sigFirst holds, per signal, the concepts one of which a sentence must
	// hold to raise it (the first group of every pattern, or every heading
	// concept): a quick test before the patterns.
	sigFirst []conceptSet
	// sigByConcept lists, per concept, the signals whose first group holds it.
	sigByConcept [][]uint16
}

// compiledPattern is a clause pattern with concept names resolved.
type compiledPattern struct {
	all  [][]int
	none []int
	// clauseNone: see clausePattern.ClauseNone.
	clauseNone []int
	actors     uint8
	// actorBefore: see clausePattern.ActorBefore.
	actorBefore bool
	// aboutData: the pattern asks for a category of data, so a sentence
	// naming more of them is better evidence.
	aboutData  bool
	polarity   string
	sentence   bool
	heading    bool
	maxWords   int
	minWords   int
	notLent    bool
	section    []int
	notSection []int
	prefer     []int
	avoid      []int
	rankBy     []int
	// preferSection: see clausePattern.PreferSection.
	preferSection []int
}

// Actor bits.
const (
	actorNone uint8 = 1 << iota
	actorSelf
	actorOther
	actorYou
)

var (
	factsOnce sync.Once
	factsEng  *factsEngine
	factsErr  error
)

// loadFacts compiles the embedded facts file once.
func loadFacts() (*factsEngine, error) {
	factsOnce.Do(func() { factsEng, factsErr = compileFacts(factsJSON) })
	return factsEng, factsErr
}

// FactsVersion is the version of the embedded facts file.
func FactsVersion() string {
	e, err := loadFacts()
	if err != nil {
		return ""
	}
	return e.data.Version
}

// compileFacts decodes and checks a facts file and builds its matchers.
func compileFacts(raw []byte) (*factsEngine, error) {
	e := &factsEngine{index: map[string]int{}, exact: map[string]*termBucket{}, prefixes: map[uint32][]int{},
		exactSeen: make([]uint64, filterBits/64), stemSeen: make([]uint64, filterBits/64)}
	if err := json.Unmarshal(raw, &e.data); err != nil {
		return nil, fmt.Errorf("scorer: facts: %w", err)
	}
	if e.data.Version == "" {
		return nil, fmt.Errorf("scorer: facts: no version")
	}
	for name := range e.data.Concepts {
		e.names = append(e.names, name)
	}
	for _, name := range []string{conceptEmail, conceptDuration, conceptNumeral, conceptDateLine, conceptGists} {
		if _, ok := e.data.Concepts[name]; !ok {
			e.names = append(e.names, name)
		}
	}
	sort.Strings(e.names)
	if len(e.names) > maxConcepts {
		return nil, fmt.Errorf("scorer: facts: %d concepts, at most %d", len(e.names), maxConcepts)
	}
	for i, n := range e.names {
		e.index[n] = i
		e.isAction = append(e.isAction, strings.HasPrefix(n, actionPrefix))
		e.isData = append(e.isData, strings.HasPrefix(n, dataPrefix))
	}
	var err error
	if e.refLends, err = e.markConcepts("ref_lends", e.data.RefLends); err != nil {
		return nil, err
	}
	if e.leadLends, err = e.markConcepts("lead_lends", e.data.LeadLends); err != nil {
		return nil, err
	}
	if e.besideNumbers, err = e.numberWords(); err != nil {
		return nil, err
	}
	if e.masks, err = e.maskConcepts(); err != nil {
		return nil, err
	}
	e.months = map[string]bool{}
	var folded []byte
	for _, t := range e.data.Concepts[conceptMonth] {
		folded = foldInto(folded[:0], t)
		e.months[strings.TrimSpace(string(folded))] = true
	}
	if w := e.data.ListLinks.ReadsAs; w != "" && !isTerm(e.data.Concepts, w) {
		return nil, fmt.Errorf("scorer: facts: list_links reads as %q, a term of no concept", w)
	}
	r := &e.roles
	for _, p := range []struct {
		dst  *int
		name string
	}{{&r.self, conceptSelf}, {&r.other, conceptOther}, {&r.you, conceptYou}, {&r.neg, conceptNeg}, {&r.negCancel, conceptNegCancel},
		{&r.except, conceptExcept}, {&r.split, conceptSplit}, {&r.define, conceptDefine},
		{&r.defhead, conceptDefHead}, {&r.email, conceptEmail}, {&r.number, conceptNumber}, {&r.cond, conceptCond},
		{&r.unit, conceptUnit}, {&r.duration, conceptDuration}, {&r.numeral, conceptNumeral}, {&r.dateLine, conceptDateLine},
		{&r.gists, conceptGists}} {
		i, ok := e.index[p.name]
		if !ok {
			return nil, fmt.Errorf("scorer: facts: concept %q is missing", p.name)
		}
		*p.dst = i
	}
	// Optional roles are -1 when the lexicon does without them.
	for _, p := range []struct {
		dst  *int
		name string
	}{{&r.pointer, conceptPointer}, {&r.pdata, conceptPData}, {&r.noLead, conceptNoLead}, {&r.ban, conceptBan},
		{&r.rightsRef, conceptRightsRef}, {&r.cookie, conceptCookie}, {&r.following, conceptFollowing}, {&r.overview, conceptOverview},
		{&r.cookieOut, conceptCookieOut}, {&r.readerRules, conceptRules}, {&r.contents, conceptContents},
		{&r.selfServe, conceptSelfServe}, {&r.policy, conceptPolicy}, {&r.relative, conceptRelative}, {&r.optOut, conceptOptOut},
		{&r.disclaim, conceptDisclaim}, {&r.toSelf, conceptToSelf},
		{&r.unwilling, conceptUnwilling}, {&r.secMeasure, conceptSecMeasure}, {&r.protect, conceptProtect}, {&r.steps, conceptSteps},
		{&r.noneShared, conceptNoneShared}, {&r.suchRef, conceptSuchRef}, {&r.negPair, conceptNegPair}, {&r.aggregating, conceptAggregating}} {
		*p.dst = -1
		if i, ok := e.index[p.name]; ok {
			*p.dst = i
		}
	}
	var buf []byte
	e.function = map[string]bool{}
	for _, w := range e.data.FunctionWords {
		buf = normalizeInto(buf, w)
		for _, f := range strings.Fields(string(buf)) {
			e.function[f] = true
		}
	}
	e.clauseWords = wordSet(e.data.ClauseWords)
	e.predicateOpeners = wordSet(e.data.PredicateOpeners)
	e.possessives = wordSet(e.data.ItemOpeners.Possessives)
	e.itemPrepositions = wordSet(e.data.ItemOpeners.Prepositions)
	e.objectAfter = wordsAfter(e.data.ReaderObjects.Before)
	e.objectOnlyAfter = wordsAfter(e.data.ReaderObjects.OnlyAfter)
	e.objectAlways = wordSet(e.data.ReaderObjects.Always)
	e.objectAfterOthers = wordSet(e.data.ReaderObjects.AfterOthers)
	e.possessive = wordSet(e.data.ReaderObjects.Possessive)
	e.beforeInfinitive = wordSet(e.data.ReaderObjects.BeforeInfinitive)
	e.infinitiveEndings = e.data.ReaderObjects.InfinitiveEndings
	e.recipient = wordSet(e.data.ReaderObjects.Recipient)
	e.notRecipient = wordSet(e.data.ReaderObjects.NotRecipient)
	e.quantifiers = wordSet(e.data.ReaderObjects.Quantifiers)
	e.notNames = wordSet(e.data.NotNames)
	e.pairedNeg = wordsAfter(e.data.PairedNegations)
	for w := range e.pairedNeg {
		if w != "" {
			e.pairedFirst[w[0]] = true
		}
	}
	for _, name := range e.names {
		for _, t := range e.data.Concepts[name] {
			if err := e.addTerm(name, t, &buf); err != nil {
				return nil, err
			}
		}
	}
	e.buildTable()
	if err := e.compileSignals(); err != nil {
		return nil, err
	}
	return e, e.checkQuestions()
}

// anyWord, a word of its own in a term, stands for any one word.
const anyWord = "?"

// addTerm compiles one term of a concept: words, a word ending in "*" for
// the words it starts, anyWord for any one word.
func (e *factsEngine) addTerm(concept, raw string, buf *[]byte) error {
	var t term
	t.concept = e.index[concept]
	for _, w := range strings.Fields(raw) {
		if w == anyWord {
			// Any one word ("for the life of your ? account": "your Waze
			// account"): the empty prefix every word has.
			t.words = append(t.words, "")
			t.prefix = append(t.prefix, true)
			continue
		}
		star := strings.HasSuffix(w, "*")
		w = strings.TrimSuffix(w, "*")
		*buf = normalizeInto(*buf, w)
		parts := strings.Fields(string(*buf))
		if len(parts) == 0 {
			return fmt.Errorf("scorer: facts: concept %q: empty word in term %q", concept, raw)
		}
		for k, p := range parts {
			t.words = append(t.words, p)
			t.prefix = append(t.prefix, star && k == len(parts)-1)
		}
	}
	if len(t.words) == 0 {
		return fmt.Errorf("scorer: facts: concept %q: empty term", concept)
	}
	id := len(e.terms)
	e.terms = append(e.terms, t)
	// A term is found through its first word that is not a function word
	// ("from third parties" through "third"), so that the commonest words
	// of a text need no look-up at all.
	for k, w := range t.words {
		if !e.function[w] && w != "" {
			t.anchor = k
			break
		}
	}
	if t.words[t.anchor] == "" {
		return fmt.Errorf("scorer: facts: concept %q: term %q has no word to be found by", concept, raw)
	}
	e.terms[id].anchor = t.anchor
	a := t.words[t.anchor]
	if t.prefix[t.anchor] {
		if len(a) < stemKeyLen {
			return fmt.Errorf("scorer: facts: concept %q: prefix %q is shorter than %d bytes", concept, raw, stemKeyLen)
		}
		k := stemKey(a)
		e.prefixes[k] = append(e.prefixes[k], id)
		setBit(e.stemSeen, filterHash(k))
	} else {
		b := e.exact[a]
		if b == nil {
			b = &termBucket{}
			e.exact[a] = b
		}
		switch n := t.anchor + 1; {
		case len(t.words) == 1:
			b.single = append(b.single, id)
		case n < len(t.words) && !t.prefix[n]:
			// Found through the word after the anchor too: most words
			// after a common anchor ("vous", "no") start no term.
			if b.next == nil {
				b.next = map[string][]int{}
			}
			b.next[t.words[n]] = append(b.next[t.words[n]], id)
		default:
			b.multi = append(b.multi, id)
		}
		setBit(e.exactSeen, exactHash(a))
	}
	return nil
}

// tableSlot is one slot of the anchor-word table.
type tableSlot struct {
	key string
	b   *termBucket
}

// buildTable fills the anchor-word table, at most a quarter full.
func (e *factsEngine) buildTable() {
	size := uint32(64)
	for size < uint32(4*len(e.exact)) {
		size <<= 1
	}
	e.table, e.tableMask = make([]tableSlot, size), size-1
	for w, b := range e.exact {
		h := exactHash(w) & e.tableMask
		for e.table[h].b != nil {
			h = (h + 1) & e.tableMask
		}
		e.table[h] = tableSlot{key: w, b: b}
	}
}

// bucket finds the terms anchored on word w, whose exactHash is h.
func (e *factsEngine) bucket(w string, h uint32) *termBucket {
	for i := h & e.tableMask; ; i = (i + 1) & e.tableMask {
		s := &e.table[i]
		if s.b == nil || s.key == w {
			return s.b
		}
	}
}

// termBucket holds the terms found through one word: that word alone, and
// longer terms that hold it.
type termBucket struct {
	single []int
	// next holds the terms of several words whose word after the anchor is
	// a whole word, by that word; multi the other terms of several words.
	next  map[string][]int
	multi []int
}

// stemKeyLen is the length in bytes of the key that indexes prefix terms.
const stemKeyLen = 3

// stemKey is the index key of a word at least stemKeyLen bytes long.
func stemKey(w string) uint32 { return uint32(w[0])<<16 | uint32(w[1])<<8 | uint32(w[2]) }

// filterBits is the size of the word filters.
const filterBits = 1 << 18

// exactHash folds a word's first, second and last bytes and length into a filter bit.
func exactHash(w string) uint32 {
	h := uint32(w[0])*0x9E3779B1 ^ uint32(w[len(w)-1])*0x85EBCA77 ^ uint32(len(w))*0xC2B2AE3D
	if len(w) > 1 {
		h ^= uint32(w[1]) * 0x27D4EB2F
	}
	return (h ^ h>>15) % filterBits
}

// filterHash maps a stem key to a filter bit.
func filterHash(k uint32) uint32 {
	h := k * 0x9E3779B1
	return (h ^ h>>15) % filterBits
}

func setBit(f []uint64, i uint32)      { f[i>>6] |= 1 << (i & 63) }
func hasBit(f []uint64, i uint32) bool { return f[i>>6]&(1<<(i&63)) != 0 }

// markSignals marks, by signal index, the signals a table of facts.json
// (key) names, each of which must exist.
func (e *factsEngine) markSignals(key string, names []string) ([]bool, error) {
	return markNames(e.sigIndex, len(e.sigNames), key+": unknown signal", names)
}

// markNames marks, by index, the names a list gives, each of which index
// must hold; what says, in errors, which list and what kind of name.
func markNames(index map[string]int, size int, what string, names []string) ([]bool, error) {
	marks := make([]bool, size)
	for _, n := range names {
		i, ok := index[n]
		if !ok {
			return nil, fmt.Errorf("scorer: facts: %s %q", what, n)
		}
		marks[i] = true
	}
	return marks, nil
}

// compileSignals resolves the concept names of every signal's patterns.
func (e *factsEngine) compileSignals() error {
	e.sigIndex = map[string]int{}
	for sig := range e.data.Signals {
		e.sigNames = append(e.sigNames, sig)
	}
	sort.Strings(e.sigNames)
	if len(e.sigNames) > maxSignals {
		return fmt.Errorf("scorer: facts: %d signals, at most %d", len(e.sigNames), maxSignals)
	}
	e.sigPats = make([][]compiledPattern, len(e.sigNames))
	e.sigMention = make([]bool, len(e.sigNames))
	for i, sig := range e.sigNames {
		e.sigIndex[sig] = i
		e.sigMention[i] = strings.HasPrefix(sig, mentionPrefix)
	}
	var err error
	if e.itemSignal, err = e.markSignals("item_signals", e.data.ItemSignals); err != nil {
		return err
	}
	if e.listSignal, err = e.markSignals("list_signals", e.data.ListSignals); err != nil {
		return err
	}
	if e.historySignal, err = e.markSignals("history_signals", e.data.HistorySignals); err != nil {
		return err
	}
	lookup := func(sig, name string) (int, error) {
		i, ok := e.index[name]
		if !ok {
			return 0, fmt.Errorf("scorer: facts: signal %q: unknown concept %q", sig, name)
		}
		return i, nil
	}
	for si, sig := range e.sigNames {
		for _, p := range e.data.Signals[sig] {
			cp := compiledPattern{polarity: p.Polarity, sentence: p.Sentence, heading: p.Heading, maxWords: p.MaxWords, minWords: p.MinWords, notLent: p.NotLent, actorBefore: p.ActorBefore}
			if cp.polarity == "" {
				cp.polarity = "pos"
			}
			switch cp.polarity {
			case "pos", "neg", "notneg", "any":
			default:
				return fmt.Errorf("scorer: facts: signal %q: polarity %q", sig, p.Polarity)
			}
			for _, alt := range p.All {
				var group []int
				for _, name := range strings.Split(alt, "|") {
					i, err := lookup(sig, name)
					if err != nil {
						return err
					}
					group = append(group, i)
				}
				cp.all = append(cp.all, group)
				for _, c := range group {
					cp.aboutData = cp.aboutData || e.isData[c]
				}
			}
			for _, l := range []struct {
				names []string
				dst   *[]int
			}{{p.None, &cp.none}, {p.ClauseNone, &cp.clauseNone}, {p.Section, &cp.section}, {p.NotSection, &cp.notSection}, {p.Prefer, &cp.prefer}, {p.Avoid, &cp.avoid}, {p.RankBy, &cp.rankBy}, {p.PreferSection, &cp.preferSection}} {
				for _, name := range l.names {
					i, err := lookup(sig, name)
					if err != nil {
						return err
					}
					*l.dst = append(*l.dst, i)
				}
			}
			for _, a := range p.Actor {
				switch a {
				case "none":
					cp.actors |= actorNone
				case "self":
					cp.actors |= actorSelf
				case "other":
					cp.actors |= actorOther
				case "you":
					cp.actors |= actorYou
				default:
					return fmt.Errorf("scorer: facts: signal %q: actor %q", sig, a)
				}
			}
			e.sigPats[si] = append(e.sigPats[si], cp)
		}
	}
	e.sigByConcept = make([][]uint16, len(e.names))
	e.sigFirst = make([]conceptSet, len(e.sigNames))
	for si, pats := range e.sigPats {
		for _, p := range pats {
			if len(p.all) == 0 {
				e.sigFirst[si] = fullSet()
				break
			}
			for _, c := range p.all[0] {
				e.sigFirst[si].add(c)
			}
		}
		for c := range e.names {
			if e.sigFirst[si].has(c) {
				e.sigByConcept[c] = append(e.sigByConcept[c], uint16(si))
			}
		}
	}
	return nil
}

// fullSet holds every concept.
func fullSet() conceptSet {
	var s conceptSet
	for k := range s {
		s[k] = ^uint64(0)
	}
	return s
}

// meets reports whether two sets share a concept.
func (s *conceptSet) meets(o *conceptSet) bool {
	for k := range s {
		if s[k]&o[k] != 0 {
			return true
		}
	}
	return false
}

// checkQuestions verifies that every decision names known signals and
// answers, and that every answer has an English label.
func (e *factsEngine) checkQuestions() error {
	index := map[string]int{}
	for qi, q := range e.data.Questions {
		if _, seen := index[q.ID]; q.ID == "" || seen {
			return fmt.Errorf("scorer: facts: question id %q empty or repeated", q.ID)
		}
		index[q.ID] = qi
		if q.Question["en"] == "" {
			return fmt.Errorf("scorer: facts: question %q has no English text", q.ID)
		}
		for _, d := range q.Decisions {
			if _, ok := q.Answers[d.Answer]; !ok {
				return fmt.Errorf("scorer: facts: question %q: decision answer %q has no text", q.ID, d.Answer)
			}
			for _, s := range slices.Concat(d.When, d.Unless, d.Covers) {
				if _, ok := e.sigIndex[s]; !ok {
					return fmt.Errorf("scorer: facts: question %q: unknown signal %q", q.ID, s)
				}
			}
			if _, ok := e.sigIndex[d.QuoteFirst]; d.QuoteFirst != "" && !ok {
				return fmt.Errorf("scorer: facts: question %q: unknown quote_first signal %q", q.ID, d.QuoteFirst)
			}
		}
		for _, s := range q.Topic {
			if _, ok := e.sigIndex[s]; !ok {
				return fmt.Errorf("scorer: facts: question %q: unknown topic signal %q", q.ID, s)
			}
		}
		if q.Silence != "" {
			if _, ok := q.Answers[q.Silence]; !ok {
				return fmt.Errorf("scorer: facts: question %q: silence answer %q has no text", q.ID, q.Silence)
			}
		}
		for id, a := range q.Answers {
			if a.Label["en"] == "" {
				return fmt.Errorf("scorer: facts: question %q: answer %q has no English label", q.ID, id)
			}
		}
	}
	var err error
	e.termsQuestion, err = markNames(index, len(e.data.Questions), "terms_questions: unknown question", e.data.TermsQuestions)
	return err
}

// isTerm reports whether w is a term of one of concepts.
func isTerm(concepts map[string][]string, w string) bool {
	for _, terms := range concepts {
		if slices.Contains(terms, w) {
			return true
		}
	}
	return false
}

// maskConcepts indexes Masks by concept.
func (e *factsEngine) maskConcepts() (map[int][]int, error) {
	if len(e.data.Masks) == 0 {
		return nil, nil
	}
	masks := make(map[int][]int, len(e.data.Masks))
	for name, hidden := range e.data.Masks {
		i, ok := e.index[name]
		if !ok {
			return nil, fmt.Errorf("scorer: facts: masks names unknown concept %q", name)
		}
		for _, h := range hidden {
			j, ok := e.index[h]
			if !ok {
				return nil, fmt.Errorf("scorer: facts: masks of %q name unknown concept %q", name, h)
			}
			masks[i] = append(masks[i], j)
		}
	}
	return masks, nil
}

// numberWords indexes BesideNumbers by concept.
func (e *factsEngine) numberWords() (map[int]map[string]bool, error) {
	if len(e.data.BesideNumbers) == 0 {
		return nil, nil
	}
	words := make(map[int]map[string]bool, len(e.data.BesideNumbers))
	for name, ws := range e.data.BesideNumbers {
		i, ok := e.index[name]
		if !ok {
			return nil, fmt.Errorf("scorer: facts: beside_numbers names unknown concept %q", name)
		}
		words[i] = wordSet(ws)
	}
	return words, nil
}

// markConcepts marks the named concepts, by index; field names the list in
// errors.
func (e *factsEngine) markConcepts(field string, names []string) ([]bool, error) {
	return markNames(e.index, len(e.names), field+" names unknown concept", names)
}
