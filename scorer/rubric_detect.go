package scorer

import (
	"bytes"
	"strings"
)

// evidence is what the rubric's matchers found in a text, by sentence index.
type evidence struct {
	// found and negated are, per detector, the first sentence with a
	// positive (or negated) hit, or -1.
	found   []int
	negated []int
	// categories are, per data category, the sentences naming it as
	// collected (not under a negation).
	categories [][]int
	// purpose tells, per sentence, whether it states a purpose.
	purpose []bool
}

// bspan is a half-open range of the normalised sentence.
type bspan struct{ start, end int }

// scanner holds the per-sentence buffers, reused from sentence to sentence.
type scanner struct {
	r        *rubric
	buf      []byte
	matches  []match
	negs     []bspan
	excs     []bspan
	breaks   []int
	touched  []int32
	masks    []uint8
	excluded []bool
	triggers [][]bspan
	cats     []catHit
}

type catHit struct {
	cat  int32
	span bspan
}

func (r *rubric) newScanner() *scanner {
	n := len(r.data.Detectors)
	return &scanner{
		r:        r,
		masks:    make([]uint8, n),
		excluded: make([]bool, n),
		triggers: make([][]bspan, n),
	}
}

// collect runs the matchers over every sentence of the text.
func (r *rubric) collect(text string, sentences []Span) *evidence {
	nd := len(r.data.Detectors)
	ev := &evidence{
		found:      make([]int, nd),
		negated:    make([]int, nd),
		categories: make([][]int, len(r.data.Categories)),
		purpose:    make([]bool, len(sentences)),
	}
	for i := range ev.found {
		ev.found[i], ev.negated[i] = -1, -1
	}
	sc := r.newScanner()
	for i, sp := range sentences {
		if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		sc.sentence(text[sp.Start:sp.End], i, ev)
	}
	return ev
}

// sentence matches one sentence and records its hits in ev.
func (sc *scanner) sentence(s string, idx int, ev *evidence) {
	r := sc.r
	sc.buf = normalizeInto(sc.buf, s)
	sc.matches = r.ac.scan(sc.matches[:0], sc.buf)
	if len(sc.matches) == 0 {
		return
	}
	sc.negs, sc.excs, sc.breaks, sc.cats = sc.negs[:0], sc.excs[:0], sc.breaks[:0], sc.cats[:0]
	for _, d := range sc.touched {
		sc.masks[d] = 0
		sc.excluded[d] = false
		sc.triggers[d] = sc.triggers[d][:0]
	}
	sc.touched = sc.touched[:0]
	for _, m := range sc.matches {
		sp := bspan{m.end - r.ac.lens[m.pat], m.end}
		for _, u := range r.uses[m.pat] {
			switch u.kind {
			case useNegation:
				sc.negs = append(sc.negs, sp)
			case useNegationException:
				sc.excs = append(sc.excs, sp)
			case useClauseBreak:
				sc.breaks = append(sc.breaks, sp.start)
			case usePurpose:
				ev.purpose[idx] = true
			case useCategory:
				sc.cats = append(sc.cats, catHit{u.idx, sp})
			case useGroup, useExclude:
				d := u.idx
				if sc.masks[d] == 0 && !sc.excluded[d] {
					sc.touched = append(sc.touched, d)
				}
				if u.kind == useExclude {
					sc.excluded[d] = true
					continue
				}
				sc.masks[d] |= 1 << uint(u.group)
				if u.group == 0 {
					sc.triggers[d] = append(sc.triggers[d], sp)
				}
			}
		}
	}
	sc.dropExceptedNegations()
	for _, h := range sc.cats {
		if sc.isNegated(h.span) {
			continue
		}
		list := ev.categories[h.cat]
		if n := len(list); n == 0 || list[n-1] != idx {
			ev.categories[h.cat] = append(list, idx)
		}
	}
	for _, d := range sc.touched {
		sc.detector(int(d), s, idx, ev)
	}
}

// detector decides whether detector d fires in the sentence, and how.
func (sc *scanner) detector(d int, raw string, idx int, ev *evidence) {
	spec := &sc.r.data.Detectors[d]
	if sc.excluded[d] || sc.masks[d] != uint8(1<<len(spec.Groups)-1) {
		return
	}
	if ev.found[d] >= 0 && (spec.Negated == nil || ev.negated[d] >= 0) {
		return // nothing more to learn
	}
	if spec.MaxWords > 0 && bytes.Count(sc.buf, []byte{' '})-1 > spec.MaxWords {
		return
	}
	if !sc.builtin(spec.Builtin, raw) {
		return
	}
	// The first trigger decides: "we never sell, rent or trade" is one
	// negated list.
	if !sc.isNegated(sc.triggers[d][0]) {
		if ev.found[d] < 0 {
			ev.found[d] = idx
		}
	} else if ev.negated[d] < 0 {
		ev.negated[d] = idx
	}
}

// builtin checks a detector's extra condition on the sentence.
func (sc *scanner) builtin(name, raw string) bool {
	switch name {
	case "":
		return true
	case "duration":
		return sc.r.duration.match(sc.buf)
	case "date":
		return hasYear(sc.buf)
	case "contact_channel":
		return strings.Contains(raw, "@") || strings.Contains(raw, "http") || strings.Contains(raw, "www.")
	}
	return false
}

// dropExceptedNegations removes negation matches that fall inside an
// exception ("not limited to", "do not track").
func (sc *scanner) dropExceptedNegations() {
	if len(sc.excs) == 0 || len(sc.negs) == 0 {
		return
	}
	kept := sc.negs[:0]
	for _, n := range sc.negs {
		inside := false
		for _, e := range sc.excs {
			if n.start >= e.start && n.end <= e.end {
				inside = true
				break
			}
		}
		if !inside {
			kept = append(kept, n)
		}
	}
	sc.negs = kept
}

// isNegated reports whether a negation stands close before (or, for verb-final
// languages, just after) the span, within the same clause.
func (sc *scanner) isNegated(t bspan) bool {
	neg := &sc.r.data.Negation
	for _, n := range sc.negs {
		switch {
		case n.end <= t.start+1 && t.start-n.end <= neg.WindowBefore:
			if !sc.clauseBreak(n.end, t.start) {
				return true
			}
		case n.start+1 >= t.end && n.start-t.end <= neg.WindowAfter:
			if !sc.clauseBreak(t.end, n.start) {
				return true
			}
		}
	}
	return false
}

// clauseBreak reports whether a semicolon or a clause-opening word ("but",
// "except") lies between from and to in the normalised sentence. Commas do
// not break: "we never sell, rent or share" is one negated list.
func (sc *scanner) clauseBreak(from, to int) bool {
	if from < to && bytes.IndexByte(sc.buf[from:to], ';') >= 0 {
		return true
	}
	for _, b := range sc.breaks {
		if b >= from-1 && b < to {
			return true
		}
	}
	return false
}
