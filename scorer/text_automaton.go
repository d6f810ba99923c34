package scorer

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
)

// automaton is an Aho–Corasick matcher over bytes: it finds every occurrence
// of every pattern in one pass over the text. Transitions are a dense table
// indexed by byte class, built once, so matching costs one table look-up per
// byte whatever the number of patterns.
type automaton struct {
	classes  [256]int32
	nclass   int
	delta    []uint16 // state*nclass + class → next state
	own      [][]int32
	dictLink []int32 // nearest proper suffix state with an output, or -1
	lens     []int   // pattern lengths
	pats     [][]byte
}

// match is one occurrence: the pattern and the end offset of the match.
type match struct {
	pat int32
	end int
}

// maxStates bounds the trie so that a state and its output flag fit the
// compact transition table: the top bit of an entry says that the target
// state (or a suffix of it) ends a pattern.
const (
	maxStates = 1 << 15
	outputBit = 1 << 15
)

// newAutomaton builds the matcher for patterns; the i-th pattern has id i.
// Empty patterns never match.
func newAutomaton(patterns [][]byte) (*automaton, error) {
	a := &automaton{lens: make([]int, len(patterns)), pats: patterns}
	used := [256]bool{}
	for _, p := range patterns {
		for _, c := range p {
			used[c] = true
		}
	}
	a.nclass = 1 // class 0: bytes in no pattern
	for c := 0; c < 256; c++ {
		if used[c] {
			a.classes[c] = int32(a.nclass)
			a.nclass++
		}
	}
	// Trie.
	children := []map[int32]int32{{}}
	a.own = [][]int32{nil}
	for id, p := range patterns {
		a.lens[id] = len(p)
		if len(p) == 0 {
			continue
		}
		s := int32(0)
		for _, c := range p {
			cl := a.classes[c]
			next, ok := children[s][cl]
			if !ok {
				next = int32(len(children))
				children = append(children, map[int32]int32{})
				a.own = append(a.own, nil)
				children[s][cl] = next
			}
			s = next
		}
		a.own[s] = append(a.own[s], int32(id))
	}
	n := len(children)
	if n > maxStates {
		return nil, fmt.Errorf("scorer: rubric: %d matcher states, at most %d", n, maxStates)
	}
	a.delta = make([]uint16, n*a.nclass)
	fail := make([]int32, n)
	a.dictLink = make([]int32, n)
	a.dictLink[0] = -1
	// Breadth-first: a state's failure and transitions are known before its children's.
	queue := make([]int32, 0, n)
	for cl := 0; cl < a.nclass; cl++ {
		if next, ok := children[0][int32(cl)]; ok {
			a.delta[cl] = uint16(next)
			fail[next] = 0
			a.dictLink[next] = -1
			queue = append(queue, next)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for cl := 0; cl < a.nclass; cl++ {
			next, ok := children[s][int32(cl)]
			if !ok {
				a.delta[int(s)*a.nclass+cl] = a.delta[int(fail[s])*a.nclass+cl]
				continue
			}
			a.delta[int(s)*a.nclass+cl] = uint16(next)
			f := int32(a.delta[int(fail[s])*a.nclass+cl])
			fail[next] = f
			if len(a.own[f]) > 0 {
				a.dictLink[next] = f
			} else {
				a.dictLink[next] = a.dictLink[f]
			}
			queue = append(queue, next)
		}
	}
	for i, t := range a.delta {
		if len(a.own[t]) > 0 || a.dictLink[t] > 0 {
			a.delta[i] = t | outputBit
		}
	}
	return a, nil
}

// scan appends every match in text to dst and returns it.
func (a *automaton) scan(dst []match, text []byte) []match {
	s := int32(0)
	nclass := int32(a.nclass)
	for i, c := range text {
		next := a.delta[s*nclass+a.classes[c]]
		s = int32(next &^ outputBit)
		if next&outputBit == 0 {
			continue
		}
		for t := s; t > 0; t = a.dictLink[t] {
			for _, id := range a.own[t] {
				dst = append(dst, match{pat: id, end: i + 1})
			}
		}
	}
	return dst
}

// compileTerm turns a lexicon term into the byte pattern matched against
// normalised text: " words " for whole words, without the leading space when
// the term starts with "*" and without the trailing one when it ends with "*".
func compileTerm(t string) string {
	t = strings.TrimSpace(t)
	open := strings.HasPrefix(t, "*")
	runOn := strings.HasSuffix(t, "*")
	core := strings.Trim(t, "*")
	n := bytes.TrimSpace(normalizeInto(nil, core))
	if len(n) == 0 {
		return ""
	}
	var b strings.Builder
	if !open {
		b.WriteByte(' ')
	}
	b.Write(n)
	if !runOn {
		b.WriteByte(' ')
	}
	return b.String()
}

// patternSet collects the byte patterns of lexicon terms for one automaton,
// each with the meanings (uses) it has for its reader.
type patternSet[U comparable] struct {
	ids      map[string]int32
	patterns [][]byte
	uses     [][]U
}

// add registers term with meaning u; a term that normalises to nothing is
// skipped, and a pattern met again gains the meaning once.
func (s *patternSet[U]) add(term string, u U) {
	p := compileTerm(term)
	if p == "" {
		return
	}
	if s.ids == nil {
		s.ids = map[string]int32{}
	}
	id, ok := s.ids[p]
	if !ok {
		id = int32(len(s.patterns))
		s.ids[p] = id
		s.patterns = append(s.patterns, []byte(p))
		s.uses = append(s.uses, nil)
	}
	if !slices.Contains(s.uses[id], u) {
		s.uses[id] = append(s.uses[id], u)
	}
}
