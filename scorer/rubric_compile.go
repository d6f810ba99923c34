package scorer

import (
	"fmt"
	"sort"
)

// useKind says what a matched pattern means to the rubric.
type useKind uint8

const (
	useNegation useKind = iota
	useNegationException
	useClauseBreak
	usePurpose
	useCategory
	useGroup   // one of a detector's required groups
	useExclude // a phrase that cancels a detector in its sentence
)

// use is one meaning of a pattern: for categories idx is the category; for
// groups and excludes idx is the detector and group the group.
type use struct {
	kind  useKind
	group int8
	idx   int32
}

// rubric is the compiled rubric: one automaton over every term of every
// language, and what each pattern means.
type rubric struct {
	data      *rubricData
	ac        *automaton
	uses      [][]use
	critIndex map[string]int
	detIndex  map[string]int
	unless    [][]int // per detector: detectors whose positive hit cancels it
	duration  durationMatcher
}

// compiler collects patterns and their uses.
type compiler struct {
	patternSet[use]
}

func compileRubric(d *rubricData) (*rubric, error) {
	r := &rubric{data: d, critIndex: map[string]int{}, detIndex: map[string]int{}}
	if err := validateRubric(d); err != nil {
		return nil, err
	}
	for i, c := range d.Criteria {
		r.critIndex[c.ID] = i
	}
	for i, det := range d.Detectors {
		if _, dup := r.detIndex[det.ID]; dup {
			return nil, fmt.Errorf("scorer: rubric: detector %q defined twice", det.ID)
		}
		r.detIndex[det.ID] = i
	}
	c := &compiler{}
	c.addLexicon(d.Negation.Terms, use{kind: useNegation})
	c.addLexicon(d.Negation.Exceptions, use{kind: useNegationException})
	c.addLexicon(d.Negation.ClauseBreaks, use{kind: useClauseBreak})
	c.addLexicon(d.Purpose.Terms, use{kind: usePurpose})
	for i, cat := range d.Categories {
		c.addLexicon(cat.Terms, use{kind: useCategory, idx: int32(i)})
	}
	r.unless = make([][]int, len(d.Detectors))
	for i, det := range d.Detectors {
		for g, lex := range det.Groups {
			c.addLexicon(lex, use{kind: useGroup, idx: int32(i), group: int8(g)})
		}
		c.addLexicon(det.Exclude, use{kind: useExclude, idx: int32(i)})
		for _, id := range det.Unless {
			j, ok := r.detIndex[id]
			if !ok {
				return nil, fmt.Errorf("scorer: rubric: detector %q: unknown detector %q in unless", det.ID, id)
			}
			r.unless[i] = append(r.unless[i], j)
		}
	}
	ac, err := newAutomaton(c.patterns)
	if err != nil {
		return nil, err
	}
	r.ac = ac
	r.uses = c.uses
	r.duration = newDurationMatcher(d.Duration)
	return r, nil
}

// addLexicon adds every term of every language with the given meaning.
func (c *compiler) addLexicon(lex lexicon, u use) {
	langs := make([]string, 0, len(lex))
	for l := range lex {
		langs = append(langs, l)
	}
	sort.Strings(langs) // deterministic pattern ids
	for _, l := range langs {
		for _, t := range lex[l] {
			c.add(t, u)
		}
	}
}
