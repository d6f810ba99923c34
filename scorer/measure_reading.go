package scorer

// Reading units.
const (
	unitWords      = "words"
	unitCharacters = "characters"
)

// readingTime returns the silent reading time in minutes of a text in lang,
// the rate used and its unit. Languages written without spaces (Chinese,
// Japanese) are timed by characters. The rates and their sources are in
// data/lexicons.json.
func readingTime(l *lexicons, lang string, words, characters int) (minutes, rate float64, unit string) {
	sp, ok := l.speeds[lang]
	if !ok {
		sp = readingSpeed{Rate: l.defaultWPM, Unit: unitWords}
	}
	n := words
	if sp.Unit == unitCharacters {
		n = characters
	}
	return round2(float64(n) / sp.Rate), sp.Rate, sp.Unit
}
