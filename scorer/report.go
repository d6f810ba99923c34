package scorer

import (
	"github.com/legible-app/legible"
)

// Options tunes Score.
type Options struct {
	// Language is an ISO 639-1 code, or "" / "auto" to detect it.
	Language string
	// Kind is the document's kind when known (privacy, terms, cookies).
	Kind legible.DocKind
}

// Span is a half-open byte range [Start, End) of the scored text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Metrics are the measurements of a text, before any judgement.
type Metrics struct {
	// Language is the ISO 639-1 code of the text's language ("und" when unknown).
	Language string `json:"language"`
	// LanguageSource is "detected" or "given".
	LanguageSource string `json:"language_source"`
	Words          int    `json:"words"`
	Sentences      int    `json:"sentences"`
	// Characters counts the letters and digits of the text (not spaces or punctuation).
	Characters int `json:"characters"`
	// ReadingMinutes is the silent reading time at ReadingWPM.
	ReadingMinutes float64 `json:"reading_minutes"`
	// ReadingWPM is the reading speed used, in words per minute (or characters
	// per minute where ReadingUnit is "characters").
	ReadingWPM  float64     `json:"reading_wpm"`
	ReadingUnit string      `json:"reading_unit"`
	Readability Readability `json:"readability"`
	Clarity     Clarity     `json:"clarity"`
}

// Readability holds the readability indices that apply to the language.
type Readability struct {
	// Indices maps an index's name (e.g. "flesch_reading_ease", "osman") to its value.
	Indices map[string]float64 `json:"indices"`
	// Ease is the language's main ease index on the 0 (hard) to 100 (easy)
	// Flesch scale, or nil when no formula applies to the language.
	Ease *float64 `json:"ease,omitempty"`
	// EaseIndex names the index Ease comes from.
	EaseIndex string `json:"ease_index,omitempty"`
	// Level describes Ease in words: "very easy" ... "very difficult".
	Level string `json:"level,omitempty"`
}

// Clarity measures how plainly the text is written.
type Clarity struct {
	AvgSentenceWords float64 `json:"avg_sentence_words"`
	// LongSentenceShare is the share (0..1) of sentences over 40 words.
	LongSentenceShare float64 `json:"long_sentence_share"`
	VaguePer1000      float64 `json:"vague_per_1000_words"`
	LegalesePer1000   float64 `json:"legalese_per_1000_words"`
	// PassiveShare is the share (0..1) of sentences in the passive voice;
	// measured for English only.
	PassiveShare *float64 `json:"passive_share,omitempty"`
	Headings     int      `json:"headings"`
	ListItems    int      `json:"list_items"`
}

// FindingKind says whether a finding earns or costs points.
type FindingKind string

// Finding kinds.
const (
	Good    FindingKind = "good"
	Bad     FindingKind = "bad"
	Missing FindingKind = "missing"
)

// Finding is one piece of evidence. For good and bad findings Quote is
// exactly text[Start:End]; a missing finding has no quote.
type Finding struct {
	// ID names the rule that made the finding; it is stable across rubric
	// versions, so pages and the extension can show it in the reader's language.
	ID    string      `json:"id,omitempty"`
	Kind  FindingKind `json:"kind"`
	Label string      `json:"label"`
	Quote string      `json:"quote,omitempty"`
	Start int         `json:"start,omitempty"`
	End   int         `json:"end,omitempty"`
	// Context is the lead-in of the list the quote is an item of ("We share
	// your data to:" above "meet any applicable law…"), which the item is
	// read with; "" when the quote stands alone.
	Context string `json:"context,omitempty"`
	// Document is the kind of the document quoted, in site reports.
	Document legible.DocKind `json:"document,omitempty"`
	// Points is what the finding earns in its criterion.
	Points float64 `json:"points"`
	// Answer is the practice's answer, for findings made from a practice fact
	// (ID is then the practice's id).
	Answer string `json:"answer,omitempty"`
	// Value is the measured figure a metric finding's label shows.
	Value *float64 `json:"value,omitempty"`
	// Advice is what the writer of the text could do about this finding, when
	// the rule that made it says (terms of service findings do).
	Advice string `json:"advice,omitempty"`
}

// Criterion is one criterion of the rubric with its evidence and advice.
type Criterion struct {
	ID    string  `json:"id"`
	Name  string  `json:"name"`
	Score float64 `json:"score"`
	Max   float64 `json:"max"`
	// NotAssessed is true when the text gave nothing to judge the criterion
	// by; it is then left out of the total.
	NotAssessed bool      `json:"not_assessed,omitempty"`
	Findings    []Finding `json:"findings"`
	Advice      []string  `json:"advice"`
}

// Evidence is one quote backing a practice: exactly text[Start:End].
type Evidence struct {
	Quote string `json:"quote"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Context is the lead-in of the list the quote is an item of, which the
	// item is read with ("We may share your data to:" above "meet any
	// applicable law…"); "" when the quote stands alone.
	Context string `json:"context,omitempty"`
	// Document is the kind of the document quoted, in site reports.
	Document legible.DocKind `json:"document,omitempty"`
	// Focus is where in the quote what answers begins, as a share of its
	// words (0 at its start), for clipping a long quote around it; it is
	// not part of the report's JSON.
	Focus float32 `json:"-"`
}

// Answers every practice may take besides its own options.
const (
	// AnswerUnknown: the text does not say.
	AnswerUnknown = "unknown"
	// AnswerNA: the practice cannot apply (no personal data is collected).
	AnswerNA = "na"
)

// Practice is the answer to one question a reader asks of a policy ("does it
// sell my data?"), with the sentences that answer it. ID and Answer are stable
// keys; Question and Label are their English text.
type Practice struct {
	ID       string     `json:"id"`
	Answer   string     `json:"answer"`
	Question string     `json:"question"`
	Label    string     `json:"label"`
	Evidence []Evidence `json:"evidence,omitempty"`
	// Mentioned, on an unknown answer, says the text speaks of the subject
	// but in words Legible could not read as an answer: not silence.
	Mentioned bool `json:"mentioned,omitempty"`
	// Partial, on a mentioned unknown answer, says the text answers in part
	// (it names some recipients, not whether others get data too); Evidence
	// then quotes that part.
	Partial bool `json:"partial,omitempty"`
}

// Report is the full, explainable score of one document.
type Report struct {
	Metrics
	RubricVersion string        `json:"rubric_version"`
	Score         int           `json:"score"`
	Grade         legible.Grade `json:"grade"`
	Criteria      []Criterion   `json:"criteria"`
	// Practices answer the questions a reader asks, in a stable order.
	Practices []Practice `json:"practices"`
	// NotGraded says why the text has no score and grade ("language": no
	// lexicons for its language); empty when it is graded. JSON then carries
	// "score": null and "grade": "".
	NotGraded string `json:"not_graded,omitempty"`
}

// DocumentReport is one document of a site with its report, the input of CombineSite.
type DocumentReport struct {
	Kind   legible.DocKind
	URL    string
	Report *Report
}

// SiteDocument is one document's figures inside a site report.
type SiteDocument struct {
	Kind           legible.DocKind `json:"kind"`
	URL            string          `json:"url"`
	Language       string          `json:"language"`
	Words          int             `json:"words"`
	ReadingMinutes float64         `json:"reading_minutes"`
	Score          int             `json:"score"`
	Grade          legible.Grade   `json:"grade"`
	NotGraded      string          `json:"not_graded,omitempty"`
}

// SiteReport combines a site's documents and signals into one judgement.
type SiteReport struct {
	RubricVersion string        `json:"rubric_version"`
	Score         int           `json:"score"`
	Grade         legible.Grade `json:"grade"`
	// ReadingMinutes is the sum over the site's documents.
	ReadingMinutes float64          `json:"reading_minutes"`
	Words          int              `json:"words"`
	Language       string           `json:"language"`
	Criteria       []Criterion      `json:"criteria"`
	Documents      []SiteDocument   `json:"documents"`
	Signals        *legible.Signals `json:"signals,omitempty"`
	// TopFindings are the few findings that matter most, for the extension's popup.
	TopFindings []Finding `json:"top_findings"`
	// Practices are the site's answers to the practice questions, from its
	// privacy policy first and its other documents where that is silent.
	Practices []Practice `json:"practices"`
	// Parts are the terms of the site rule: each graded document's score and
	// weight, and each signal's points.
	Parts []SitePart `json:"parts"`
	// Explanation states the rule's result in one line, e.g. "privacy policy
	// C 48, terms D 40, HTTPS with HSTS +2 → site C 47".
	Explanation string `json:"explanation"`
	// NotGraded says why the site has no grade; empty when it has one.
	NotGraded string `json:"not_graded,omitempty"`
}
