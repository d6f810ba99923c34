package pages

import (
	"math"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/number"
)

// Date formats t as a day, month name and year in the page language
// ("30 November 2026", "٣٠ نوفمبر ٢٠٢٦"); the zero time gives "".
func (l *Localizer) Date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = t.UTC()
	return strings.NewReplacer(
		"{d}", l.Int(t.Day()),
		"{m}", l.T("month."+strconv.Itoa(int(t.Month()))),
		"{y}", l.printer.Sprint(yearOf(t)),
	).Replace(l.T("date.format"))
}

// ISODate formats t for a <time datetime> attribute.
func ISODate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// Duration says a reading time in minutes in words: "under a minute",
// "37 minutes", "1 hour 20 minutes".
func (l *Localizer) Duration(minutes float64) string {
	if math.IsNaN(minutes) || minutes < 1 {
		return l.T("time.underminute")
	}
	m := int(math.Round(minutes))
	if m < 60 {
		return l.Plural("time.minutes", m)
	}
	h, rest := m/60, m%60
	if rest == 0 {
		return l.Plural("time.hours", h)
	}
	return l.T("time.hm", l.Plural("time.hours", h), l.Plural("time.minutes", rest))
}

// comparison is a familiar activity and how long it takes.
type comparison struct {
	key     string
	minutes float64
}

// comparisons are the yardsticks of reading times, shortest first.
var comparisons = []comparison{
	{"cmp.song", 4},
	{"cmp.episode", 25},
	{"cmp.match", 90},
	{"cmp.film", 120},
	{"cmp.flight", 150},
}

// ReadingTime says a reading time and compares it with something familiar:
// "37 minutes — longer than a TV episode".
func (l *Localizer) ReadingTime(minutes float64) string {
	d := l.Duration(minutes)
	if math.IsNaN(minutes) || minutes < 1 {
		return d
	}
	key, rel := compare(minutes)
	return l.T("time.compare."+rel, d, l.T(key))
}

// compare picks the yardstick for a reading time and whether the time is
// "about" as long, "longer" or "shorter" than it.
func compare(minutes float64) (key, rel string) {
	for _, c := range comparisons {
		if math.Abs(minutes-c.minutes) <= c.minutes*0.1 {
			return c.key, "about"
		}
	}
	if minutes < comparisons[0].minutes {
		return comparisons[0].key, "shorter"
	}
	best := comparisons[0]
	for _, c := range comparisons {
		if minutes > c.minutes {
			best = c
		}
	}
	return best.key, "longer"
}

// yearOf returns the year as a number to format without grouping.
func yearOf(t time.Time) number.Formatter {
	return number.Decimal(t.Year(), number.NoSeparator())
}
