package scorer

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

// Analyze measures text: it detects its language (unless opts.Language names
// one), cuts it into words and sentences, and computes the reading time,
// readability and clarity metrics with the spans that serve as evidence. It
// returns ErrEmpty for text without words and ErrNotText for binary data.
func Analyze(text string, opts Options) (*Analysis, error) {
	text, err := checkText(text)
	if err != nil {
		return nil, err
	}
	lx, err := loadLexicons()
	if err != nil {
		return nil, err
	}
	sg := segment(text)
	if len(sg.tokens) == 0 {
		return nil, fmt.Errorf("scorer: %w: no words", ErrEmpty)
	}
	a := &Analysis{Text: text}
	m := &a.Metrics
	m.Language, m.LanguageSource = chooseLanguage(text, opts.Language)
	counts := countText(text, sg, m.Language)
	m.Words = counts.words
	m.Sentences = counts.sentences
	m.Characters = counts.letters
	m.ReadingMinutes, m.ReadingWPM, m.ReadingUnit = readingTime(lx, m.Language, m.Words, m.Characters)
	m.Readability = readability(m.Language, counts)

	a.Sentences = make([]Span, len(sg.sentences))
	for k, s := range sg.sentences {
		a.Sentences[k] = s.span
	}
	cl := findClarity(text, sg, lx.langs[m.Language], m.Language, m.ReadingUnit == unitCharacters)
	a.LongSentences, a.Vague, a.Legalese = cl.long, cl.vague, cl.legalese
	m.Clarity = Clarity{
		Headings:  sg.headings,
		ListItems: sg.listItems,
	}
	if m.Sentences > 0 {
		m.Clarity.AvgSentenceWords = round2(float64(m.Words) / float64(m.Sentences))
		m.Clarity.LongSentenceShare = round4(float64(len(cl.long)) / float64(m.Sentences))
		if m.Language == "en" {
			p := round4(float64(cl.passive) / float64(m.Sentences))
			m.Clarity.PassiveShare = &p
		}
	}
	m.Clarity.VaguePer1000 = round2(1000 * float64(len(cl.vague)) / float64(m.Words))
	m.Clarity.LegalesePer1000 = round2(1000 * float64(len(cl.legalese)) / float64(m.Words))
	return a, nil
}

// round4 rounds a share to four decimals.
func round4(v float64) float64 { return math.Round(v*10000) / 10000 }

// chooseLanguage returns the given language when it is set, or the detected one.
func chooseLanguage(text, given string) (code, source string) {
	given = strings.ToLower(strings.TrimSpace(given))
	if given != "" && given != "auto" {
		return given, "given"
	}
	return detectLanguage(text), "detected"
}

// maxInvalidShare is the share of bytes that may be invalid UTF-8 or control
// characters before the input counts as binary.
const maxInvalidShare = 0.01

// checkText rejects empty and binary input and repairs stray invalid UTF-8
// (replaced with U+FFFD so that quotes survive JSON).
func checkText(text string) (string, error) {
	if strings.TrimSpace(text) == "" {
		return "", fmt.Errorf("scorer: %w", ErrEmpty)
	}
	if strings.IndexByte(text, 0) >= 0 {
		return "", fmt.Errorf("scorer: %w: it holds NUL bytes", ErrNotText)
	}
	bad := 0
	valid := true
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7f {
				bad++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
			valid = false
		}
		i += size
	}
	if float64(bad) > maxInvalidShare*float64(len(text)) {
		return "", fmt.Errorf("scorer: %w: %d of %d bytes are not valid text", ErrNotText, bad, len(text))
	}
	if !valid {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	return text, nil
}
