package scorer

import (
	"strings"
)

// practiceText returns the label and advice of a practice's answer in a
// language (en, ar, fr, de, es), falling back to English. An unknown
// question or answer gives empty strings.
func practiceText(id, answer, lang string) (label, advice string) {
	e, err := loadFacts()
	if err != nil {
		return "", ""
	}
	for qi := range e.data.Questions {
		q := &e.data.Questions[qi]
		if q.ID != id {
			continue
		}
		a, ok := q.Answers[answer]
		if !ok {
			if answer == AnswerUnknown {
				if q.NotRead {
					return inLanguage(notReadTexts, lang), ""
				}
				return unknownText(lang), ""
			}
			return "", ""
		}
		return inLanguage(a.Label, lang), inLanguage(a.Advice, lang)
	}
	return "", ""
}

// factFindingLabel is the label of a finding made from a practice fact, in
// a language: the question and its answer ("Is there a short plain summary?
// No"), so the finding reads on its own wherever it is shown, away from the
// list of facts. "" when the question or answer is unknown.
func factFindingLabel(id, answer, lang string) string {
	label, _ := practiceText(id, answer, lang)
	return withQuestion(id, label, lang)
}

// withQuestion puts a practice's question before an answer's label; the
// label alone when either is missing.
func withQuestion(id, label, lang string) string {
	question := practiceQuestion(id, lang)
	if label == "" || question == "" {
		return label
	}
	return question + " " + label
}

// notReadTexts is the label of an unknown answer to a question the engine
// does not read yet, per language.
var notReadTexts = map[string]string{
	"en": notReadLabel,
	"ar": "لا يقرؤه Legible بعد",
	"fr": "Legible ne lit pas encore ce point",
	"de": "Liest Legible noch nicht",
	"es": "Legible aún no lo lee",
}

// unknownTexts is the label of an unknown answer per language.
var unknownTexts = map[string]string{
	"en": unknownLabel,
	"ar": "لم يُعثر عليه في النص",
	"fr": "Introuvable dans le texte",
	"de": "Im Text nicht gefunden",
	"es": "No se encuentra en el texto",
}

func unknownText(lang string) string { return inLanguage(unknownTexts, lang) }

// mentionedTexts is the label of an unknown answer whose subject the text
// speaks of (Practice.Mentioned), per language.
var mentionedTexts = map[string]string{
	"en": mentionedLabel,
	"ar": "مذكور، لكن Legible لا يقرأ الجواب بعد",
	"fr": "Évoqué, mais Legible ne lit pas encore la réponse",
	"de": "Erwähnt, aber Legible liest die Antwort noch nicht",
	"es": "Mencionado, pero Legible aún no lee la respuesta",
}

// mentionedLabel is the English label of an unknown answer whose subject
// the text speaks of.
const mentionedLabel = "Mentioned, but the answer is not read by Legible yet"

// MentionedText is the label, in lang, of an unknown practice the text
// speaks of without an answer Legible could read.
func MentionedText(lang string) string { return inLanguage(mentionedTexts, lang) }

// partialTexts is the label of an unknown answer the text gives in part
// (Practice.Partial), per language.
var partialTexts = map[string]string{
	"en": partialLabel,
	"ar": "أُجيب عنه جزئيًا: الاقتباس هو ما أمكن قراءته",
	"fr": "Réponse partielle : la citation est ce qui a pu être lu",
	"de": "Teilweise beantwortet: das Zitat ist, was gelesen werden konnte",
	"es": "Respuesta parcial: la cita es lo que se pudo leer",
}

// partialLabel is the English label of an unknown answer the text gives in
// part.
const partialLabel = "Answered in part: the quote is what could be read"

// PartialText is the label, in lang, of an unknown practice the text
// answers in part (it names some recipients, not whether others get data).
func PartialText(lang string) string { return inLanguage(partialTexts, lang) }

// inLanguage picks a text in lang, or in English.
func inLanguage(m map[string]string, lang string) string {
	if s, ok := m[lang]; ok && s != "" {
		return s
	}
	return m["en"]
}

// cleanQuote turns a raw quote into what a person should read: Markdown
// emphasis (**, __, and * or _ around words), heading marks, list bullets
// and ordered markers, table pipes, link targets ([text](url) → text),
// backslash escapes (\[ → [) and footnote markers (\[12\]) removed, spaces
// collapsed.
func cleanQuote(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		var tag int // the length of the HTML tag at i, if any
		var block bool
		if c == '<' {
			tag, block = htmlTagLen(s[i:])
		}
		switch {
		case c == '[':
			if text, next, ok := markdownLink(s, i); ok {
				b.WriteString(cleanLinkText(text))
				i = next
				continue
			}
			b.WriteByte(c)
			i++
		case c == '\\' && i+1 < len(s) && s[i+1] == '[':
			if end := footnoteEnd(s, i); end > 0 {
				i = end
				continue
			}
			b.WriteByte('[')
			i += 2
		case c == '\\' && i+1 < len(s) && isMarkdownPunct(s[i+1]):
			b.WriteByte(s[i+1])
			i += 2
		case c == '*' && i+1 < len(s) && s[i+1] == '*', c == '_' && i+1 < len(s) && s[i+1] == '_':
			i += 2
		case c == '|':
			b.WriteByte(' ')
			i++
		case tag > 0:
			// An HTML tag: a line break or a block's end parts words, a
			// link or emphasis vanishes ("<a href='…'>Learn More</a>,").
			i += tag
			if block {
				i += partItems(&b, s[i:])
			}
		case c == '\n':
			i++
			i += partItems(&b, s[i:])
		case c == '\r' || c == '\t':
			b.WriteByte(' ')
			i++
		default:
			b.WriteByte(c)
			i++
		}
	}
	out := strings.Fields(b.String())
	// Line markers: heading hashes and bullets at the start, and after any
	// line break that the fields above flattened.
	for len(out) > 0 && (strings.Trim(out[0], "#") == "" || out[0] == "-" || out[0] == "*" || out[0] == "+" || out[0] == ">") {
		out = out[1:]
	}
	kept := out[:0]
	for k, w := range out {
		if k > 0 && (w == "-" || w == "*" || w == "+") && strings.ContainsAny(out[k-1][len(out[k-1])-1:], ".:;") {
			continue // a bullet after a sentence, a lead-in or an item
		}
		if k > 0 && strings.HasSuffix(out[k-1], ":") && orderedMarker(w) {
			continue // "… these steps: 1. Visit …"
		}
		if strings.Trim(w, "-:|") == "" && strings.Contains(w, "---") {
			continue
		}
		kept = append(kept, unemphasize(w))
	}
	return strings.Join(kept, " ")
}

// partItems writes the space that a line break (or an HTML block's end)
// leaves before s, the rest of the text: before a list's next item, whose
// marker it skips, "; " unless what is written already ends a clause
// ("Email address; First name and last name"). It returns the length of the
// marker skipped.
func partItems(b *strings.Builder, s string) int {
	n := listMarkerEnd(s)
	if n > 0 && !endsClause(b.String()) {
		b.WriteString("; ")
	} else {
		b.WriteByte(' ')
	}
	return n
}

// listMarkerEnd returns, when a line (s, after its line break) opens a
// list item (spaces, a bullet or an ordered marker, a space), the length of
// that opening; else 0.
func listMarkerEnd(s string) int {
	t := strings.TrimLeft(s, " \t")
	w, _, ok := strings.Cut(t, " ")
	if !ok || !(w == "-" || w == "*" || w == "+" || w == "•" || w == "●" || w == "▪" || w == "◦" || orderedMarker(w)) {
		return 0
	}
	return len(s) - len(t) + len(w) + 1
}

// endsClause reports whether s, trimmed of spaces and emphasis marks, ends
// with punctuation that already parts what follows, or is empty.
func endsClause(s string) bool {
	s = strings.TrimRight(s, " \t\r\n*_")
	return s == "" || strings.ContainsAny(s[len(s)-1:], ".,;:!?")
}

// orderedMarker reports whether w is an ordered list's marker ("1.", "2)").
func orderedMarker(w string) bool {
	n := len(w) - 1
	if n < 1 || n > 3 || w[n] != '.' && w[n] != ')' {
		return false
	}
	for i := 0; i < n; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// unemphasize drops the * and _ of Markdown emphasis among the punctuation
// that opens or closes a word ("(_View" "sources._" "Parties_:" → "(View"
// "sources." "Parties:"), not one inside it ("privacy_team") nor a word of
// marks alone (a bullet).
func unemphasize(w string) string {
	isEdge := func(c byte) bool { return c == '*' || c == '_' || strings.IndexByte(`.,;:!?()"'`, c) >= 0 }
	i, j := 0, len(w)
	for i < j && isEdge(w[i]) {
		i++
	}
	for j > i && isEdge(w[j-1]) {
		j--
	}
	if i == j || !strings.ContainsAny(w[:i], "*_") && !strings.ContainsAny(w[j:], "*_") {
		return w
	}
	return dropMarks(w[:i]) + w[i:j] + dropMarks(w[j:])
}

// dropMarks returns s without its * and _.
func dropMarks(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '*' && s[i] != '_' {
			b = append(b, s[i])
		}
	}
	return string(b)
}

// markdownLink reads an inline link [text](target) starting at s[i] == '['.
// Escaped brackets (\[ \]) may sit in the text; an unescaped bracket ends
// it. It returns the raw link text and the index after the closing ')'.
func markdownLink(s string, i int) (text string, next int, ok bool) {
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case '[', '\n':
			return "", 0, false
		case ']':
			if j+1 >= len(s) || s[j+1] != '(' {
				return "", 0, false
			}
			end := strings.IndexByte(s[j+2:], ')')
			if end < 0 || strings.ContainsAny(s[j+2:j+2+end], " \n") {
				return "", 0, false
			}
			return s[i+1 : j], j + 2 + end + 1, true
		}
	}
	return "", 0, false
}

// cleanLinkText drops footnote markers and unescapes a link's text.
func cleanLinkText(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		switch {
		case s[i] == '\\' && i+1 < len(s) && s[i+1] == '[':
			if end := footnoteEnd(s, i); end > 0 {
				i = end
				continue
			}
			b.WriteByte('[')
			i += 2
		case s[i] == '\\' && i+1 < len(s) && isMarkdownPunct(s[i+1]):
			b.WriteByte(s[i+1])
			i += 2
		default:
			b.WriteByte(s[i])
			i++
		}
	}
	return b.String()
}

// footnoteEnd returns the index after an escaped footnote marker \[12\]
// starting at s[i], or 0.
func footnoteEnd(s string, i int) int {
	j := i + 2
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == i+2 || j+1 >= len(s) || s[j] != '\\' || s[j+1] != ']' {
		return 0
	}
	return j + 2
}

// isMarkdownPunct reports whether a backslash before c is a Markdown escape.
func isMarkdownPunct(c byte) bool {
	return strings.IndexByte("\\`*_{}[]()#+-.!<>|~", c) >= 0
}

// indexColon is the byte index of the first colon in s, ASCII ":" or
// fullwidth "：", or -1. (strings.IndexAny takes the slow path, a rune at a
// time, for a set that holds a non-ASCII character.)
func indexColon(s string) int {
	i := strings.IndexByte(s, ':')
	if j := strings.Index(s, "："); j >= 0 && (i < 0 || j < i) {
		return j
	}
	return i
}
