package scorer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// htmlTags are the HTML elements whose tags Markdown may carry inline; true
// marks those that end a block (a paragraph, a list item, a line), whose tag
// ends the sentence as a blank line would. Other names ("<email@host>",
// "<https://…>") are Markdown autolinks or text, not tags.
var htmlTags = map[string]bool{
	"br": true, "p": true, "div": true, "li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "hr": true,
	"table": true, "thead": true, "tbody": true, "tr": true, "td": true, "th": true,
	"section": true, "article": true, "header": true, "footer": true, "blockquote": true, "details": true, "summary": true,
	"a": false, "span": false, "strong": false, "em": false, "b": false, "i": false, "u": false, "s": false,
	"sup": false, "sub": false, "small": false, "font": false, "abbr": false, "code": false, "mark": false,
	"img": false, "cite": false, "q": false, "del": false, "ins": false, "time": false,
}

// maxTagLen bounds the bytes of one HTML tag, attributes included.
const maxTagLen = 1024

// htmlTagLen returns the length of the HTML tag of a known element that s
// starts with ("<br>", "</p>", "<a href='…'>"), or 0, and whether the tag
// ends a block.
func htmlTagLen(s string) (n int, block bool) {
	if len(s) < 3 || s[0] != '<' {
		return 0, false
	}
	k := 1
	if s[k] == '/' {
		k++
	}
	start := k
	for k < len(s) && k-start < 10 && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z' || k > start && s[k] >= '1' && s[k] <= '6') {
		k++
	}
	isBlock, known := htmlTags[strings.ToLower(s[start:k])]
	if !known || k >= len(s) {
		return 0, false
	}
	switch s[k] {
	case '>':
		return k + 1, isBlock
	case ' ', '/', '\t', '\n':
	default:
		return 0, false
	}
	for j := k; j < len(s) && j < maxTagLen; j++ {
		switch s[j] {
		case '>':
			return j + 1, isBlock
		case '<':
			return 0, false
		}
	}
	return 0, false
}

// stripTags replaces the HTML tags of known elements in s by a space.
func stripTags(s string) string {
	i := strings.IndexByte(s, '<')
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i >= 0 {
		b.WriteString(s[:i])
		if n, _ := htmlTagLen(s[i:]); n > 0 {
			b.WriteByte(' ')
			s = s[i+n:]
		} else {
			b.WriteByte('<')
			s = s[i+1:]
		}
		i = strings.IndexByte(s, '<')
	}
	b.WriteString(s)
	return b.String()
}

// lineWordsBefore reports whether the open sentence holds words.
func lineWordsBefore(sg *segmentation, firstTok int) bool { return len(sg.tokens) > firstTok }

// Line markers.
const (
	markNone = iota
	markHeading
	markList
	markRule
)

// lineMarker reads the block marker at the start of a line: "#" headings,
// list bullets ("- ", "* ", "+ ", "• " and other glyphs, "1. ", "1) "), quote markers and
// rules or setext underlines ("---", "==="). It returns the kind and how many
// bytes to skip.
func lineMarker(s string) (kind, skip int) {
	c := s[0]
	switch c {
	case '#':
		k := 0
		for k < len(s) && s[k] == '#' {
			k++
		}
		if k <= 6 && (k == len(s) || s[k] == ' ' || s[k] == '\t') {
			return markHeading, k
		}
		return markNone, 0
	case '-', '*', '+', '=', '_':
		if isRule(s) {
			return markRule, ruleLen(s)
		}
		if c != '=' && c != '_' && len(s) > 1 && (s[1] == ' ' || s[1] == '\t') {
			return markList, 2
		}
	case '>':
		return markNone, 1
	}
	if c >= '0' && c <= '9' {
		k := 0
		for k < len(s) && k < 4 && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k < len(s)-1 && (s[k] == '.' || s[k] == ')') && (s[k+1] == ' ' || s[k+1] == '\t') {
			return markList, k + 2
		}
	}
	if k := bulletLen(s); k > 0 {
		return markList, k
	}
	return markNone, 0
}

// bullets are the glyphs that start a list item when a space follows them:
// typographic bullets, and the en dash text taken from PDFs and word
// processors uses for one.
var bullets = []string{"•", "∙", "●", "▪", "◦", "‣", "·", "○", "■", "□", "➢", "►", "–"}

// bulletLen returns the length of the bullet glyph that s starts with when a
// space or tab follows it, or 0.
func bulletLen(s string) int {
	for _, b := range bullets {
		if strings.HasPrefix(s, b) && len(s) > len(b) && (s[len(b)] == ' ' || s[len(b)] == '\t') {
			return len(b)
		}
	}
	return 0
}

// isRule reports whether the line is only -, =, * or _ (three or more) and spaces.
func isRule(s string) bool {
	c := s[0]
	count := 0
	for k := 0; k < len(s) && s[k] != '\n'; k++ {
		switch s[k] {
		case c:
			count++
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return count >= 3
}

// ruleLen is the length of the rule line up to its newline.
func ruleLen(s string) int {
	k := 0
	for k < len(s) && s[k] != '\n' {
		k++
	}
	return k
}

// lineEndsSentence decides whether the newline at end closes the open
// sentence: yes after a block line, a short line, a hard break, or before a
// blank line, a block marker or the end of the text.
func lineEndsSentence(text string, begin, end, words int, block bool) bool {
	if block || words == 0 {
		return true
	}
	line := text[begin:end]
	if len(line) < longLine || hasHardBreak(line) {
		return true
	}
	// Look at the next line.
	k := nextLineStart(text, end)
	if k >= len(text) {
		return true
	}
	if text[k] == '\n' {
		return !wrappedAcrossBlank(line, text[k+1:])
	}
	kind, _ := lineMarker(text[k:])
	return kind != markNone || text[k] == '|'
}

// nextLineStart returns the offset of the first byte after the newline at
// end that is not a space, tab or carriage return.
func nextLineStart(text string, end int) int {
	k := end + 1
	for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
		k++
	}
	return k
}

// itemRunsOn reports whether the list item on text[begin:end] (end at its
// newline) is wrapped across a blank line, as wrappedAcrossBlank tells.
func itemRunsOn(text string, begin, end int) bool {
	if end-begin < longLine {
		return false
	}
	k := nextLineStart(text, end)
	if k >= len(text) || text[k] != '\n' || !wrappedAcrossBlank(text[begin:end], text[k+1:]) {
		return false
	}
	// An item that stops on a word a sentence can end with ("…, if you
	// want to") before a paragraph in capitals is an item of its own.
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[k+1:], " \t\r("))
	return unicode.IsLower(first)
}

// wrappedAcrossBlank reports prose hard-wrapped with a blank line after
// every line, as text taken from a PDF often is: a long line that stops
// without any punctuation ("… sont conservées tant que") and, after one
// blank line, a line that goes on in lower case ("vous êtes un client …",
// "(ex : …").
// A paragraph ends with punctuation, and a new one starts with a capital, a
// digit or a marker, so neither is joined.
func wrappedAcrossBlank(line, rest string) bool {
	line = strings.TrimRight(line, " \t\r")
	last, _ := utf8.DecodeLastRuneInString(line)
	if !unicode.IsLetter(last) {
		return false
	}
	k := 0
	for k < len(rest) && (rest[k] == ' ' || rest[k] == '\t' || rest[k] == '\r') {
		k++
	}
	if k >= len(rest) || rest[k] == '\n' {
		return false
	}
	if kind, _ := lineMarker(rest[k:]); kind != markNone {
		return false
	}
	if parenEnumerator(rest[k:]) > 0 {
		// "(h) Buy, sell, …" after "(g) …; or": the next item.
		return false
	}
	first, size := utf8.DecodeRuneInString(rest[k:])
	if first == '(' {
		// "(e.g. …)" going on from the line above.
		first, _ = utf8.DecodeRuneInString(rest[k+size:])
	}
	// A line that stops on a word no sentence ends with ("… du présent",
	// "… of the") goes on whatever the case of the next line.
	return unicode.IsLower(first) || unicode.IsLetter(first) && openEnded(line)
}

// parenEnumerator returns the length of the enumerator that opens s, a
// letter, a roman numeral or a number of up to three characters in
// parentheses with a space after it ("(a) ", "(iv) ", "(12) "), or 0.
func parenEnumerator(s string) int {
	if len(s) < 4 || s[0] != '(' {
		return 0
	}
	i := 1
	for i < len(s) && i <= 3 && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9') {
		i++
	}
	if i == 1 || i+1 >= len(s) || s[i] != ')' || s[i+1] != ' ' {
		return 0
	}
	return i + 2
}

// openWords are words a sentence does not end with: articles, prepositions,
// conjunctions and possessives (en, fr, de, es), lower-cased.
var openWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "on": true, "for": true, "with": true,
	"by": true, "from": true, "and": true, "or": true, "our": true, "your": true, "this": true, "that": true,
	"le": true, "la": true, "les": true, "de": true, "du": true, "des": true, "un": true, "une": true, "et": true,
	"ou": true, "au": true, "aux": true, "par": true, "pour": true, "sur": true, "dans": true, "avec": true,
	"notre": true, "nos": true, "votre": true, "vos": true, "ce": true, "cette": true, "présent": true, "présente": true,
	"der": true, "die": true, "das": true, "und": true, "oder": true, "von": true, "zu": true, "mit": true, "für": true,
	"el": true, "los": true, "las": true, "del": true, "y": true, "o": true, "en": true, "por": true, "para": true,
}

// openEnded reports whether a line's last word is one of openWords.
func openEnded(line string) bool {
	i := strings.LastIndexAny(line, " \t")
	return openWords[strings.ToLower(line[i+1:])]
}

// hasHardBreak reports a Markdown hard line break: two trailing spaces or a backslash.
func hasHardBreak(line string) bool {
	for len(line) > 0 && line[len(line)-1] == '\r' {
		line = line[:len(line)-1]
	}
	return len(line) >= 2 && line[len(line)-2:] == "  " || len(line) >= 1 && line[len(line)-1] == '\\'
}

// titleLike reports whether a short line reads as a title: it does not end
// with sentence or clause punctuation and holds no "label: value" colon.
func titleLike(line string) bool {
	k := len(line)
	for k > 0 && (line[k-1] == ' ' || line[k-1] == '\r' || line[k-1] == '\t' || line[k-1] == '*' || line[k-1] == '_') {
		k--
	}
	if k == 0 {
		return false
	}
	switch line[k-1] {
	case '.', ',', ';', '!', '?', '|':
		return false
	}
	// "Last updated: 1 May 2024" is a line of its own, not a title.
	if c := strings.IndexByte(line[:k], ':'); c >= 0 && c < k-1 {
		return false
	}
	return true
}
