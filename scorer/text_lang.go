package scorer

import (
	"strings"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// Undetermined is the language code of text whose language Legible does not
// recognise (ISO 639-2 "und").
const Undetermined = "und"

// latinLangs, arabicLangs, cyrillicLangs and devanagariLangs are the languages
// Legible recognises in each script. Restricting the detector to them keeps
// it from answering rare languages that share a script (Uyghur for Arabic,
// Yoruba for English) on short or mixed text.
var (
	latinLangs = whitelist(whatlanggo.Eng, whatlanggo.Fra, whatlanggo.Deu, whatlanggo.Spa, whatlanggo.Ita,
		whatlanggo.Por, whatlanggo.Nld, whatlanggo.Ron, whatlanggo.Est, whatlanggo.Pol, whatlanggo.Swe,
		whatlanggo.Dan, whatlanggo.Fin, whatlanggo.Tur, whatlanggo.Ces, whatlanggo.Hun)
	arabicLangs     = whitelist(whatlanggo.Arb, whatlanggo.Pes, whatlanggo.Urd)
	cyrillicLangs   = whitelist(whatlanggo.Rus, whatlanggo.Ukr, whatlanggo.Bul)
	devanagariLangs = whitelist(whatlanggo.Hin, whatlanggo.Mar, whatlanggo.Nep)
)

func whitelist(langs ...whatlanggo.Lang) whatlanggo.Options {
	m := make(map[whatlanggo.Lang]bool, len(langs))
	for _, l := range langs {
		m[l] = true
	}
	return whatlanggo.Options{Whitelist: m}
}

// Supported reports whether Legible recognises the ISO 639-1 language code.
func Supported(code string) bool {
	_, ok := knownLanguages[code]
	return ok
}

// knownLanguages are the codes detectLanguage can return, besides "und".
var knownLanguages = map[string]struct{}{
	"en": {}, "fr": {}, "de": {}, "es": {}, "it": {}, "pt": {}, "nl": {}, "ro": {}, "et": {},
	"pl": {}, "sv": {}, "da": {}, "fi": {}, "tr": {}, "cs": {}, "hu": {},
	"ar": {}, "fa": {}, "ur": {}, "ru": {}, "uk": {}, "bg": {}, "hi": {}, "mr": {}, "ne": {},
	"zh": {}, "ja": {}, "ko": {}, "el": {}, "he": {}, "th": {},
}

// The detector reads bounded samples spread over the document, so a long
// policy costs no more than a short one and an English preamble does not
// decide a French text: the script is chosen on scriptChunks chunks of
// scriptChunk bytes, the language within it on sampleChunks chunks of
// sampleChunk bytes that vote (trigram detection costs far more than
// counting scripts).
const (
	scriptChunk  = 1000
	scriptChunks = 8
	sampleChunk  = 200
	sampleChunks = 3
)

// detectLanguage returns the ISO 639-1 code of text's language among those
// Legible recognises, or "und".
func detectLanguage(text string) string {
	script := dominantScript(languageSample(text, scriptChunks, scriptChunk))
	var opts whatlanggo.Options
	switch script {
	case scriptLatin:
		opts = latinLangs
	case scriptArabic:
		opts = arabicLangs
	case scriptCyrillic:
		opts = cyrillicLangs
	case scriptDevanagari:
		opts = devanagariLangs
	case scriptHan:
		return "zh"
	case scriptKana:
		return "ja"
	case scriptHangul:
		return "ko"
	case scriptGreek:
		return "el"
	case scriptHebrew:
		return "he"
	case scriptThai:
		return "th"
	default:
		return Undetermined
	}
	if len(text) <= sampleChunks*sampleChunk {
		return detectChunk(text, script, opts)
	}
	// Trigram detection costs more than linearly in the sample's length, so
	// the chunks are judged one by one and vote, weighted by confidence.
	votes := map[whatlanggo.Lang]float64{}
	for _, chunk := range languageChunks(text, sampleChunks, sampleChunk) {
		if script != scriptLatin {
			chunk = keepScript(chunk, script)
		}
		if countLetters(chunk) < minChunkLetters {
			continue
		}
		info := whatlanggo.DetectWithOptions(chunk, opts)
		if info.Lang >= 0 {
			votes[info.Lang] += 0.1 + info.Confidence
		}
	}
	best, bestVote := whatlanggo.Lang(-1), 0.0
	for lang, v := range votes {
		if v > bestVote || v == bestVote && lang < best {
			best, bestVote = lang, v
		}
	}
	if best < 0 {
		return detectChunk(keepScript(languageSample(text, scriptChunks, scriptChunk), script), script, opts)
	}
	return codeOf(best)
}

// minChunkLetters is the fewest letters a chunk needs to vote.
const minChunkLetters = 40

// detectChunk detects the language of one short text in script.
func detectChunk(text string, script int, opts whatlanggo.Options) string {
	sample := stripForDetection(text)
	if script != scriptLatin {
		sample = keepScript(sample, script)
	} else if countLetters(sample) < shortText {
		if code := stopwordVote(sample); code != "" {
			return code
		}
	}
	info := whatlanggo.DetectWithOptions(sample, opts)
	if info.Lang < 0 {
		return Undetermined
	}
	return codeOf(info.Lang)
}

// codeOf returns the ISO 639-1 code of a detected language, or "und".
func codeOf(l whatlanggo.Lang) string {
	code := l.Iso6391()
	if !Supported(code) {
		return Undetermined
	}
	return code
}

// shortText is the number of letters under which a Latin-script text is
// judged by its function words: trigrams are unreliable on a sentence or two.
const shortText = 300

// stopwordVote returns the language whose function words (data/lexicons.json,
// detection_stopwords) occur most often in s, when it has at least two hits
// and more than any other language; otherwise "".
func stopwordVote(s string) string {
	lx, err := loadLexicons()
	if err != nil {
		return ""
	}
	votes := map[string]int{}
	sg := segment(s)
	for _, t := range sg.tokens {
		for _, code := range lx.stopwords[wordKey("", s[t.start:t.end])] {
			votes[code]++
		}
	}
	best, bestN, tied := "", 0, false
	for code, n := range votes {
		switch {
		case n > bestN:
			best, bestN, tied = code, n, false
		case n == bestN:
			tied = true
		}
	}
	if bestN < 2 || tied {
		return ""
	}
	return best
}

// languageSample returns up to chunks chunks of size bytes of text, spread
// evenly, without Markdown link targets and URLs, joined by newlines.
func languageSample(text string, chunks, size int) string {
	return strings.Join(languageChunks(text, chunks, size), "\n")
}

// languageChunks returns up to chunks chunks of size bytes of text, spread
// evenly and cut at character boundaries, without link targets and URLs.
func languageChunks(text string, chunks, size int) []string {
	if len(text) <= size*chunks || chunks < 2 {
		return []string{stripForDetection(text)}
	}
	out := make([]string, 0, chunks)
	step := (len(text) - size) / (chunks - 1)
	for k := 0; k < chunks; k++ {
		start := k * step
		end := start + size
		for start > 0 && start < len(text) && !utf8.RuneStart(text[start]) {
			start++
		}
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end++
		}
		out = append(out, stripForDetection(text[start:end]))
	}
	return out
}

// stripForDetection drops URLs and Markdown link targets, which are mostly
// English-looking whatever the language of the text.
func stripForDetection(s string) string {
	if !strings.Contains(s, "://") && !strings.Contains(s, "www.") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if end := urlEnd(s, i); end > i {
			i = end
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}
