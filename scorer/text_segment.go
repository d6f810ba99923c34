package scorer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token flags.
const (
	tokUpper  uint8 = 1 << iota // first letter is upper case
	tokCJK                      // one Han, Hiragana or Katakana character
	tokURL                      // a URL or e-mail address
	tokDigit                    // starts with a digit
	tokASCII                    // only ASCII bytes
	tokHyphen                   // holds a hyphen joining two parts
)

// token is one word of the text: a half-open byte range and what it looks like.
type token struct {
	start, end int32
	// letters counts the letters and digits of the word.
	letters int32
	flags   uint8
}

// sentence is one sentence: its span and its words as a token index range.
type sentence struct {
	span        Span
	first, last int // tokens[first:last]
}

// segmentation is the text cut into words and sentences, with its structure.
type segmentation struct {
	tokens    []token
	sentences []sentence
	headings  int
	listItems int
}

// bom is the byte order mark, skipped like indentation at the start of a line.
const bom = "\ufeff"

// longLine is the length in bytes from which a line that runs on into the
// next non-blank line is taken as hard-wrapped prose rather than a line of
// its own (a title, a table row, an address line).
const longLine = 60

// segment cuts text into words and sentences in one pass. Sentences end at
// terminal punctuation (. ! ? … and the Arabic, Devanagari and CJK stops)
// followed by a space, except after known abbreviations or before a
// lower-case word, at HTML tags that end a line or block ("<br>", "</p>";
// other tags are skipped as no words), and at line breaks that end a
// paragraph, a heading, a list item or a short line. Markdown
// markers at the start of a line (#, -, *, 1.) and link targets ("](url)")
// are not words.
func segment(text string) *segmentation {
	sg := &segmentation{}
	est := len(text) / 6
	sg.tokens = make([]token, 0, est)
	sg.sentences = make([]sentence, 0, est/12+1)

	sentStart := -1   // byte offset where the open sentence starts
	sentEnd := 0      // byte offset just past its last content
	firstTok := 0     // its first token
	lineStart := true // at the start of a line (after optional spaces)
	lineBegin := 0    // byte offset of the current line
	lineWords := 0    // words on the current line
	lineBlock := false
	wrapped := false  // the line just ended runs on, perhaps across a blank line
	lineItem := false // the line is a list item

	closeSentence := func() {
		if sentStart >= 0 && len(sg.tokens) > firstTok {
			sg.sentences = append(sg.sentences, sentence{
				span:  Span{Start: sentStart, End: sentEnd},
				first: firstTok,
				last:  len(sg.tokens),
			})
		}
		sentStart = -1
		firstTok = len(sg.tokens)
	}

	n := len(text)
	i := 0
	for i < n {
		c := text[i]
		if lineStart {
			// Skip indentation, then read the line's block marker.
			for i < n && (text[i] == ' ' || text[i] == '\t' || strings.HasPrefix(text[i:], bom)) {
				if text[i] == ' ' || text[i] == '\t' {
					i++
				} else {
					i += len(bom)
				}
			}
			if i >= n {
				break
			}
			lineStart = false
			lineWords = 0
			lineBlock = false
			kind, skip := lineMarker(text[i:])
			lineItem = kind == markList
			switch kind {
			case markHeading:
				sg.headings++
				lineBlock = true
			case markList:
				sg.listItems++
				lineBlock = true
			case markRule:
				if sentStart >= 0 && lineWordsBefore(sg, firstTok) {
					// A setext underline makes the line above a heading.
					sg.headings++
				}
				closeSentence()
				lineBlock = true
			}
			if kind != markNone {
				closeSentence()
			}
			i += skip
			continue
		}
		var tag int // the length of the HTML tag at i, if any
		var block bool
		if c == '<' {
			tag, block = htmlTagLen(text[i:])
		}
		switch {
		case c == '\n':
			switch {
			case wrapped && lineWords == 0:
				// The blank line inside prose hard-wrapped across blank
				// lines: the sentence goes on.
				wrapped = false
			case lineItem && itemRunsOn(text, lineBegin, i):
				// A list item wrapped the same way.
				wrapped = true
			case lineEndsSentence(text, lineBegin, i, lineWords, lineBlock):
				if !lineBlock && lineWords > 0 && lineWords <= 12 && titleLike(text[lineBegin:i]) && sentStart >= 0 && firstTok == len(sg.tokens)-lineWords {
					sg.headings++
				}
				closeSentence()
				wrapped = false
			default:
				wrapped = lineWords > 0
			}
			i++
			lineStart = true
			lineBegin = i
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			i++
		case tag > 0:
			// HTML inside Markdown: a tag is no word; a line break or the
			// end of a paragraph (table cells, lists) ends the sentence and
			// starts a new line.
			i += tag
			if block {
				closeSentence()
				lineStart = true
				lineBegin = i
			}
		case c == ']' && i+1 < n && text[i+1] == '(':
			// A Markdown link target: not part of the prose.
			if sentStart >= 0 {
				sentEnd = i + 1
			}
			i = skipLinkTarget(text, i+1)
		case c == '.' || c == '!' || c == '?':
			j := skipClosers(text, i)
			if sentStart >= 0 {
				sentEnd = j
			}
			if endsSentence(text, sg, firstTok, i, j) {
				closeSentence()
			}
			i = j
		case c < utf8.RuneSelf:
			if isASCIIWordByte(c) {
				if sentStart < 0 {
					sentStart = i
				}
				i = scanWord(text, i, sg)
				lineWords++
				sentEnd = i
				continue
			}
			// Other punctuation belongs to the open sentence (or opens one).
			if sentStart < 0 && c != '|' && c != '>' {
				sentStart = i
			}
			if sentStart >= 0 {
				sentEnd = i + 1
			}
			i++
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case isCJK(r):
				if sentStart < 0 {
					sentStart = i
				}
				sg.tokens = append(sg.tokens, token{start: int32(i), end: int32(i + size), letters: 1, flags: tokCJK})
				lineWords++
				i += size
				sentEnd = i
			case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
				if sentStart < 0 {
					sentStart = i
				}
				i = scanWord(text, i, sg)
				lineWords++
				sentEnd = i
			case isStop(r):
				j := skipClosers(text, i+size-1)
				if sentStart >= 0 {
					sentEnd = j
				}
				if j >= n || !startsWithLetterOrDigit(text[j:]) || isCJKStop(r) {
					closeSentence()
				}
				i = j
			case unicode.IsSpace(r):
				i += size
			default:
				if sentStart < 0 && !unicode.IsPunct(r) {
					sentStart = i
				}
				if sentStart >= 0 {
					sentEnd = i + size
				}
				i += size
			}
		}
	}
	closeSentence()
	return sg
}

// skipLinkTarget skips "(url ...)" starting at the "(" at i, staying on the
// line; it returns the offset after ")" or after "(" when none closes it.
func skipLinkTarget(text string, i int) int {
	limit := min(len(text), i+2048)
	for k := i + 1; k < limit; k++ {
		switch text[k] {
		case ')':
			return k + 1
		case '\n':
			return i + 1
		}
	}
	return i + 1
}

// skipClosers returns the offset after the run of terminal punctuation at i
// and any closing quotes, brackets or emphasis markers after it.
func skipClosers(text string, i int) int {
	j := i + 1
	for j < len(text) {
		c := text[j]
		switch c {
		case '.', '!', '?', '"', '\'', ')', ']', '*', '_':
			j++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[j:])
			if r == '”' || r == '’' || r == '»' || r == '…' || isStop(r) {
				j += size
				continue
			}
		}
		break
	}
	return j
}

// endsSentence decides whether the terminal punctuation text[i:j] ends the
// sentence: it must be followed by a space or the end, and a period must not
// follow an abbreviation or precede a lower-case word.
func endsSentence(text string, sg *segmentation, firstTok, i, j int) bool {
	if j < len(text) {
		c := text[j]
		if c != ' ' && c != '\n' && c != '\t' && c != '\r' {
			if c < utf8.RuneSelf {
				return false
			}
			r, _ := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsSpace(r) {
				return false
			}
		}
	}
	if len(sg.tokens) <= firstTok {
		return false // "1." or "..." with no words yet
	}
	if text[i] == '.' && j == i+1 {
		prev := sg.tokens[len(sg.tokens)-1]
		if int(prev.end) == i && isAbbreviation(text[prev.start:prev.end]) {
			return false
		}
	}
	// A lower-case word after the stop continues the sentence ("e.g. the").
	k := j
	for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
		k++
	}
	if k < len(text) {
		c := text[k]
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= utf8.RuneSelf {
			r, _ := utf8.DecodeRuneInString(text[k:])
			if unicode.IsLower(r) {
				return false
			}
		}
	}
	return true
}

// isCJK reports whether r is a Han, Hiragana or Katakana character, each of
// which counts as one word.
func isCJK(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0x3040 && r <= 0x30FF ||
		r >= 0xF900 && r <= 0xFAFF || r >= 0x20000 && r <= 0x2FFFF
}

// isStop reports whether r is a non-ASCII sentence terminator.
func isStop(r rune) bool {
	switch r {
	case '…', '؟', '۔', '।', '॥', '。', '！', '？', '｡', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return false
}

// isCJKStop reports whether r is a full-width stop, which needs no space after it.
func isCJKStop(r rune) bool { return r == '。' || r == '！' || r == '？' || r == '｡' }

// startsWithLetterOrDigit reports whether s starts with a word character.
func startsWithLetterOrDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// abbreviations are the words that a period does not end a sentence after,
// lower case, without their final period.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true,
	"st": true, "inc": true, "ltd": true, "co": true, "corp": true, "no": true, "nos": true,
	"vs": true, "v": true, "e.g": true, "i.e": true, "u.s": true, "u.k": true, "cf": true,
	"art": true, "sec": true, "para": true, "approx": true, "dept": true, "fig": true,
	"p": true, "pp": true, "ch": true, "vol": true, "al": true, "ca": true, "nr": true,
	"z.b": true, "bzw": true, "ggf": true, "d.h": true, "u.a": true, "abs": true, "mme": true,
	"m": true, "mlle": true, "p.ex": true, "sra": true, "núm": true, "ex": true, "ej": true, "vgl": true,
}

// isAbbreviation reports whether word (without its final period) is a known
// abbreviation or a single letter (an initial).
func isAbbreviation(word string) bool {
	if len(word) == 1 {
		return true
	}
	if len(word) > 6 {
		return false
	}
	var buf [6]byte
	for k := 0; k < len(word); k++ {
		c := word[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return abbreviations[string(buf[:len(word)])]
}
