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
				return unknownText(lang), ""
			}
			return "", ""
		}
		return inLanguage(a.Label, lang), inLanguage(a.Advice, lang)
	}
	return "", ""
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

// inLanguage picks a text in lang, or in English.
func inLanguage(m map[string]string, lang string) string {
	if s, ok := m[lang]; ok && s != "" {
		return s
	}
	return m["en"]
}

// cleanQuote turns a raw quote into what a person should read: Markdown
// emphasis (** and __), heading marks, list bullets, table pipes and link
// targets ([text](url) → text) removed, spaces collapsed.
func cleanQuote(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '[':
			if close := strings.Index(s[i:], "]("); close > 0 {
				if end := strings.IndexByte(s[i+close:], ')'); end > 0 && !strings.ContainsAny(s[i+1:i+close], "[]") {
					b.WriteString(s[i+1 : i+close])
					i += close + end + 1
					continue
				}
			}
			b.WriteByte(c)
			i++
		case c == '*' && i+1 < len(s) && s[i+1] == '*', c == '_' && i+1 < len(s) && s[i+1] == '_':
			i += 2
		case c == '|':
			b.WriteByte(' ')
			i++
		case c == '\n' || c == '\r' || c == '\t':
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
		if k > 0 && (w == "-" || w == "*" || w == "+") && strings.HasSuffix(out[k-1], ".") {
			continue
		}
		if strings.Trim(w, "-:|") == "" && strings.Contains(w, "---") {
			continue
		}
		kept = append(kept, w)
	}
	return strings.Join(kept, " ")
}
