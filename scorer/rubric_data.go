package scorer

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"
)

//go:embed data/rubric.json
var rubricJSON []byte

// rubricData is the decoded rubric file: weights, thresholds, grade
// boundaries and the detection lexicons, per language.
type rubricData struct {
	Version string `json:"version"`
	// Engines pins the versions of the facts and terms rules the rubric was
	// weighed against: a change to either is a change of rubric version.
	Engines struct {
		Facts string `json:"facts"`
		Terms string `json:"terms"`
	} `json:"engines"`
	Grades      []gradeBoundary `json:"grades"`
	Criteria    []criterionSpec `json:"criteria"`
	Metrics     []metricRule    `json:"metrics"`
	Structure   structureRule   `json:"structure"`
	Negation    negationSpec    `json:"negation"`
	Purpose     purposeSpec     `json:"purpose"`
	Duration    durationSpec    `json:"duration"`
	Categories  []categorySpec  `json:"categories"`
	Detectors   []detectorSpec  `json:"detectors"`
	TopFindings topFindingsSpec `json:"top_findings"`
	GradeCaps   []gradeCap      `json:"grade_caps"`
	Languages   languageSpec    `json:"languages"`
	// Practices weigh the practice facts within the criteria.
	Practices []practiceRule `json:"practices"`
	// UnknownWeight is the share of its weight that an unknown required
	// practice keeps (earning nothing): it costs points without outweighing
	// what the text does say.
	UnknownWeight float64 `json:"unknown_weight"`
	// TermsCriteria replace Criteria for terms of service: the transparency
	// criterion (measurements) plus the terms engine's own criteria.
	TermsCriteria []criterionSpec `json:"terms_criteria"`
	// Site says how a site's grade follows from its documents and signals.
	Site siteRule `json:"site"`
}

// practiceRule weighs one practice fact: each answer earns a share (0..1) of
// the weight. An unknown answer counts as 0 when the practice is required
// (every policy must state it) and is left out of the criterion otherwise.
type practiceRule struct {
	Practice  string             `json:"practice"`
	Criterion string             `json:"criterion"`
	Weight    float64            `json:"weight"`
	Required  bool               `json:"required"`
	Values    map[string]float64 `json:"values"`
	// MissingLabel and MissingAdvice explain an unknown required practice.
	MissingLabel  string `json:"missing_label"`
	MissingAdvice string `json:"missing_advice"`
	// UnclearLabel replaces MissingLabel when the text speaks of the subject
	// (Practice.Mentioned) but no answer could be read from it: the policy is
	// not silent, and the finding must not say it is.
	UnclearLabel string `json:"unclear_label"`
	// PartialLabel (optional) replaces UnclearLabel when the text answers in
	// part (Practice.Partial): the finding then quotes that part.
	PartialLabel string `json:"partial_label,omitempty"`
	// PartialAs (optional) weighs the partial answer of a practice that is
	// not required as this answer, the one the part read surely shows
	// ("targeted ads: yes", though whether you can opt out could not be
	// read): at its value, with its advice, under PartialLabel and quoting
	// the part. Without it, a partial answer weighs as an unknown does.
	PartialAs string `json:"partial_as,omitempty"`
}

// siteRule combines document scores and signals into a site score.
type siteRule struct {
	// Weights per document kind; kinds without a weight do not count.
	Weights map[string]float64 `json:"weights"`
	// Signals add (or take away) points from the combined score.
	Signals []siteSignal `json:"signals"`
}

// siteSignal is the points a site signal is worth when present.
type siteSignal struct {
	Signal string  `json:"signal"`
	Points float64 `json:"points"`
	Label  string  `json:"label"`
	Advice string  `json:"advice"`
}

// lexicon maps a language code to its terms.
type lexicon map[string][]string

type gradeBoundary struct {
	Grade string  `json:"grade"`
	Min   float64 `json:"min"`
}

type criterionSpec struct {
	ID   string  `json:"id"`
	Name string  `json:"name"`
	Max  float64 `json:"max"`
	Base float64 `json:"base"`
	// Advice is what to do when nothing in the criterion could be assessed.
	Advice string `json:"advice"`
}

// outcome is what a rule yields: a finding's kind, points, label and advice.
type outcome struct {
	Kind   FindingKind `json:"kind"`
	Points float64     `json:"points"`
	Label  string      `json:"label"`
	Advice string      `json:"advice"`
}

type band struct {
	outcome
	Upto    *float64 `json:"upto"`
	Atleast *float64 `json:"atleast"`
	// Percent shows the value multiplied by 100 in the label.
	Percent bool `json:"percent"`
}

type metricRule struct {
	Metric string `json:"metric"`
	// Weight is the metric's weight within its criterion; a band earns the
	// share points/best points of it.
	Weight     float64  `json:"weight"`
	Criterion  string   `json:"criterion"`
	Quote      string   `json:"quote"`
	Unmeasured *outcome `json:"unmeasured"`
	Bands      []band   `json:"bands"`
}

type structureRule struct {
	Criterion    string  `json:"criterion"`
	Weight       float64 `json:"weight"`
	Points       float64 `json:"points"`
	MinHeadings  int     `json:"min_headings"`
	MinListItems int     `json:"min_list_items"`
	ShortWords   int     `json:"short_words"`
	Label        string  `json:"label"`          // headings and lists
	HeadingsOnly string  `json:"headings_label"` // headings, too few list items
	ListsOnly    string  `json:"lists_label"`    // list items, too few headings
	ShortLabel   string  `json:"short_label"`    // short enough to need neither
	FewLabel     string  `json:"few_label"`      // some headings or list items, too few of both
	MissingLabel string  `json:"missing_label"`
	Advice       string  `json:"advice"`
}

type negationSpec struct {
	WindowBefore int     `json:"window_before"`
	WindowAfter  int     `json:"window_after"`
	ClauseBreaks lexicon `json:"clause_breaks"`
	Terms        lexicon `json:"terms"`
	Exceptions   lexicon `json:"exceptions"`
}

type purposeSpec struct {
	Window int     `json:"window"`
	Terms  lexicon `json:"terms"`
}

type durationSpec struct {
	Numbers    []string `json:"numbers"`
	Units      []string `json:"units"`
	Standalone []string `json:"standalone"`
}

type categorySpec struct {
	ID        string  `json:"id"`
	Label     string  `json:"label"`
	Sensitive bool    `json:"sensitive"`
	Terms     lexicon `json:"terms"`
}

type detectorSpec struct {
	ID string `json:"id"`
	// Weight, when set, makes the detector an item of its criterion: found
	// earns the whole weight; not found is left out (no claim is made).
	Weight    float64   `json:"weight"`
	Criterion string    `json:"criterion"`
	MaxWords  int       `json:"max_words"`
	Builtin   string    `json:"builtin"`
	Groups    []lexicon `json:"groups"`
	Exclude   lexicon   `json:"exclude"`
	Unless    []string  `json:"unless"`
	Found     outcome   `json:"found"`
	Negated   *outcome  `json:"negated"`
	Missing   *struct {
		Label  string `json:"label"`
		Advice string `json:"advice"`
	} `json:"missing"`
}

// gradeCap holds the grade of a text that takes too long to read at a
// ceiling, whatever its score.
type gradeCap struct {
	OverMinutes float64 `json:"over_minutes"`
	Grade       string  `json:"grade"`
	Criterion   string  `json:"criterion"`
	Label       string  `json:"label"`
	Advice      string  `json:"advice"`
}

// languageSpec lists the languages the lexicons cover.
type languageSpec struct {
	Covered   []string `json:"covered"`
	Criterion string   `json:"criterion"`
	Label     string   `json:"label"`
	Advice    string   `json:"advice"`
}

// topFindingsSpec says how many findings a site report puts up front.
type topFindingsSpec struct {
	Min    int `json:"min"`
	Max    int `json:"max"`
	MaxBad int `json:"max_bad"`
}

var (
	rubricOnce     sync.Once
	rubricCompiled *rubric
	rubricErr      error
)

// loadRubric decodes and compiles the embedded rubric once.
func loadRubric() (*rubric, error) {
	rubricOnce.Do(func() {
		var d rubricData
		if err := json.Unmarshal(rubricJSON, &d); err != nil {
			rubricErr = fmt.Errorf("scorer: decode rubric: %w", err)
			return
		}
		rubricCompiled, rubricErr = compileRubric(&d)
	})
	return rubricCompiled, rubricErr
}

// RubricVersion is the version of the embedded rubric.
func RubricVersion() string {
	r, err := loadRubric()
	if err != nil {
		return "invalid"
	}
	return r.data.Version
}
