package scorer

import (
	"bytes"
	"strings"
)

// durationMatcher finds a period in normalised text: a number (digits or a
// number word) followed by a unit, with at most one word between ("30
// calendar days", "two (2) years"), or a standalone dual form (Arabic
// "سنتين"). It walks the words once, with set look-ups: no regular
// expression.
type durationMatcher struct {
	numbers, units, standalone map[string]bool
}

func newDurationMatcher(d durationSpec) durationMatcher {
	set := func(words []string) map[string]bool {
		m := make(map[string]bool, len(words))
		for _, w := range words {
			if n := strings.TrimSpace(string(normalizeInto(nil, w))); n != "" {
				m[n] = true
			}
		}
		return m
	}
	return durationMatcher{numbers: set(d.Numbers), units: set(d.Units), standalone: set(d.Standalone)}
}

// match reports whether the normalised sentence holds a period.
func (dm durationMatcher) match(buf []byte) bool {
	sinceNumber := -1 // words since the last number, -1 when none is open
	for len(buf) > 0 {
		var w []byte
		i := bytes.IndexByte(buf, ' ')
		if i < 0 {
			w, buf = buf, nil
		} else {
			w, buf = buf[:i], buf[i+1:]
		}
		if len(w) == 0 {
			continue
		}
		// m[string(w)] looks up without allocating.
		switch {
		case dm.standalone[string(w)]:
			return true
		case sinceNumber >= 0 && dm.units[string(w)]:
			return true
		case isDigits(w) || dm.numbers[string(w)]:
			sinceNumber = 0
		case sinceNumber >= 0 && sinceNumber < 1:
			sinceNumber++
		default:
			sinceNumber = -1
		}
	}
	return false
}

// hasYear reports whether the normalised sentence holds a year from 1900 to 2099.
func hasYear(buf []byte) bool {
	for i := 0; i+4 <= len(buf); i++ {
		if (i == 0 || buf[i-1] == ' ') && (i+4 == len(buf) || buf[i+4] == ' ') &&
			(buf[i] == '1' && buf[i+1] == '9' || buf[i] == '2' && buf[i+1] == '0') &&
			isDigit(buf[i+2]) && isDigit(buf[i+3]) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isDigits(w []byte) bool {
	for _, c := range w {
		if !isDigit(c) {
			return false
		}
	}
	return len(w) > 0
}
