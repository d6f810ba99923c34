package scorer

import (
	"errors"
	"fmt"
)

// termsUseKind says what a matched pattern means to the terms engine.
type termsUseKind uint8

const (
	termsNegation termsUseKind = iota
	termsClauseBreak
	termsSkip
	termsSkipStart
	termsGroup
	termsExclude
)

// termsUse is one meaning of a pattern. For groups and excludes rule is the
// index into termsBook.rules.
type termsUse struct {
	kind  termsUseKind
	group int8
	rule  int32
}

// termsRuleRef is a rule with where its answers live, compiled.
type termsRuleRef struct {
	spec     *termsRule
	practice int
	answer   int // index in the practice's Answers
	negated  int // answer index when negated; -1 ignores negation, -2 drops
	full     uint32
}

const (
	negationIgnored = -1
	negationDrops   = -2
)

// termsBook is the compiled rulebook: the rules, and per language one
// automaton over that language's terms, so that a French "exclu*" never
// reads English "exclusively".
type termsBook struct {
	data     *termsData
	rules    []termsRuleRef
	practice map[string]int // practice id → index
	matchers map[string]*termsMatcher
}

// termsMatcher finds one language's terms and says what each means.
type termsMatcher struct {
	ac   *automaton
	uses [][]termsUse
}

// termsCompiler collects one language's patterns and their meanings.
type termsCompiler struct {
	lang string
	patternSet[termsUse]
}

func compileTerms(d *termsData) (*termsBook, error) {
	if err := validateTerms(d); err != nil {
		return nil, err
	}
	b := &termsBook{data: d, practice: map[string]int{}, matchers: map[string]*termsMatcher{}}
	for i, p := range d.Practices {
		b.practice[p.ID] = i
	}
	for pi := range d.Practices {
		p := &d.Practices[pi]
		for ri := range p.Rules {
			r := &p.Rules[ri]
			ref := termsRuleRef{spec: r, practice: pi, answer: answerIndex(p, r.Answer), negated: negationIgnored}
			switch r.Negated {
			case "":
			case negatedDrop:
				ref.negated = negationDrops
			default:
				ref.negated = answerIndex(p, r.Negated)
			}
			ref.full = uint32(1)<<len(r.Groups) - 1
			b.rules = append(b.rules, ref)
		}
	}
	for _, lang := range d.Languages {
		m, err := b.compileLanguage(lang)
		if err != nil {
			return nil, err
		}
		b.matchers[lang] = m
	}
	return b, nil
}

// compileLanguage builds the matcher of one language's terms.
func (b *termsBook) compileLanguage(lang string) (*termsMatcher, error) {
	d := b.data
	c := &termsCompiler{lang: lang}
	c.addLexicon(d.Negation, termsUse{kind: termsNegation})
	c.addLexicon(d.ClauseBreaks, termsUse{kind: termsClauseBreak})
	c.addLexicon(d.Skip, termsUse{kind: termsSkip})
	c.addLexicon(d.SkipStart, termsUse{kind: termsSkipStart})
	for i, ref := range b.rules {
		for g, name := range ref.spec.Groups {
			c.addLexicon(d.Lexicons[name], termsUse{kind: termsGroup, rule: int32(i), group: int8(g)})
		}
		for _, name := range ref.spec.Exclude {
			c.addLexicon(d.Lexicons[name], termsUse{kind: termsExclude, rule: int32(i)})
		}
	}
	ac, err := newAutomaton(c.patterns)
	if err != nil {
		return nil, fmt.Errorf("scorer: terms rules (%s): %w", lang, err)
	}
	return &termsMatcher{ac: ac, uses: c.uses}, nil
}

// answerIndex is the position of answer id among p's answers, or -1.
func answerIndex(p *termsPracticeSpec, id string) int {
	for i, a := range p.Answers {
		if a.ID == id {
			return i
		}
	}
	return -1
}

// add registers every term of the compiler's language with meaning u.
func (c *termsCompiler) addLexicon(lex termsLexicon, u termsUse) {
	for _, t := range lex[c.lang] {
		c.add(t, u)
	}
}

// validateTerms checks that the rulebook is whole: every criterion's
// practices exist, every rule names answers of its practice, and every id
// has an English label.
func validateTerms(d *termsData) error {
	var errs []error
	if d.Version == "" {
		errs = append(errs, errors.New("no version"))
	}
	practices := map[string]*termsPracticeSpec{}
	for i := range d.Practices {
		p := &d.Practices[i]
		if practices[p.ID] != nil {
			errs = append(errs, fmt.Errorf("practice %q defined twice", p.ID))
		}
		practices[p.ID] = p
		if answerIndex(p, p.Default) < 0 {
			errs = append(errs, fmt.Errorf("practice %q: default %q is not an answer", p.ID, p.Default))
		}
		for _, r := range p.Rules {
			if answerIndex(p, r.Answer) < 0 {
				errs = append(errs, fmt.Errorf("practice %q: rule answer %q is not an answer", p.ID, r.Answer))
			}
			if r.Negated != "" && r.Negated != negatedDrop && answerIndex(p, r.Negated) < 0 {
				errs = append(errs, fmt.Errorf("practice %q: negated answer %q is not an answer", p.ID, r.Negated))
			}
			for _, name := range append(append([]string{}, r.Groups...), r.Exclude...) {
				if len(d.Lexicons[name]) == 0 {
					errs = append(errs, fmt.Errorf("practice %q: unknown or empty lexicon %q", p.ID, name))
				}
			}
			if len(r.Near) > len(r.Groups) {
				errs = append(errs, fmt.Errorf("practice %q: rule for %q: %d distances for %d groups", p.ID, r.Answer, len(r.Near), len(r.Groups)))
			}
			if len(r.Groups) == 0 || len(r.Groups) > 8 || r.Trigger < 0 || r.Trigger >= len(r.Groups) {
				errs = append(errs, fmt.Errorf("practice %q: rule for %q has %d groups, trigger %d", p.ID, r.Answer, len(r.Groups), r.Trigger))
			}
		}
		for _, a := range p.Answers {
			errs = append(errs, needText(d, termsAnswerID(p.ID, a.ID)))
		}
		errs = append(errs, needText(d, p.ID))
	}
	errs = append(errs, needText(d, notReadID))
	if len(d.Languages) == 0 {
		errs = append(errs, errors.New("no languages"))
	}
	used := map[string]bool{}
	for _, c := range d.Criteria {
		if d.Text[c.ID]["en"].Name == "" {
			errs = append(errs, fmt.Errorf("no English name for criterion %q", c.ID))
		}
		for _, id := range c.Practices {
			if practices[id] == nil {
				errs = append(errs, fmt.Errorf("criterion %q: unknown practice %q", c.ID, id))
			}
			if used[id] {
				errs = append(errs, fmt.Errorf("practice %q in two criteria", id))
			}
			used[id] = true
		}
	}
	for id := range practices {
		if !used[id] {
			errs = append(errs, fmt.Errorf("practice %q in no criterion", id))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("scorer: terms rules: %w", err)
	}
	return nil
}

// needText fails when id has no English label.
func needText(d *termsData, id string) error {
	if d.Text[id]["en"].Label == "" {
		return fmt.Errorf("no English label for %q", id)
	}
	return nil
}

// termsAnswerID is the stable id of one answer of a practice, used as the
// finding's id and the key of its label and advice.
func termsAnswerID(practice, answer string) string {
	return practice + "_" + answer
}
