package scorer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The service's own name, as the policy defines it: "Acme Inc. (“Acme”,
// “we”, “us” or “our”)". Sentences name the service by it as often as by
// "we" ("Acme encrypts your data", "partners share data with Acme"), so
// the reader takes the defined name for the service, and "with Acme" or "to
// Acme" for data coming to it.

// maxNameSearch bounds how far into a text the definition is looked for:
// policies define who "we" are in their first paragraphs.
const maxNameSearch = 50_000

// maxDefinition bounds the parenthesis that defines the names, and
// maxNameBytes one name in it.
const (
	maxDefinition = 240
	maxNameBytes  = 40
	maxNameWords  = 4
	minNameBytes  = 3
)

// definedNames returns the names the text gives the service in its first
// parenthesis that also calls it "we", "us" or "our" (or "nous", "wir",
// "نحن"…), each as the reader's words: capitalised names only, not words
// the lexicons already read ("the Company", "the Service"), and not a word
// the text also writes in lower case ("Guardian" beside "parent or
// guardian").
func (e *factsEngine) definedNames(full string) [][]string {
	text := full
	if len(text) > maxNameSearch {
		text = text[:maxNameSearch]
	}
	for i := 0; i < len(text); {
		open := strings.IndexByte(text[i:], '(')
		if open < 0 {
			return nil
		}
		open += i
		end := strings.IndexAny(text[open+1:min(len(text), open+1+maxDefinition)], ")\n")
		if end < 0 || text[open+1+end] != ')' {
			i = open + 1
			continue
		}
		inner := text[open+1 : open+1+end]
		i = open + 1 + end
		quoted := quotedTerms(inner)
		self := false
		for _, q := range quoted {
			self = self || selfPronouns[strings.ToLower(q)]
		}
		if !self {
			continue
		}
		var names [][]string
		for _, q := range quoted {
			if words := e.nameWords(full, q); words != nil {
				names = append(names, words)
			}
		}
		return names
	}
	return nil
}

// maxTitleSearch bounds how far into a text its title is looked for.
const maxTitleSearch = 400

// titleSuffixes are the words after the service's name in a policy's title:
// "Acme Privacy Policy".
var titleSuffixes = []string{" privacy policy", " privacy notice", " privacy statement"}

// titleName returns, as definedNames does, the name a policy's title gives
// its owner: "Acme Privacy Policy", its first line, names the service Acme.
// The reader takes it only for data coming to the service ("partners share
// data with Acme"), not for its actor: a title names the company, whose
// products ("Acme Antivirus protects your device") are not its practices.
func (e *factsEngine) titleName(full string) [][]string {
	head := full[:min(len(full), maxTitleSearch)]
	for _, line := range strings.Split(head, "\n") {
		line = strings.Trim(line, " \t#*_")
		if line == "" {
			continue
		}
		for _, suf := range titleSuffixes {
			// The suffixes are ASCII: compared byte for byte from the
			// line's end, a cut inside a longer letter compares unequal.
			if k := len(line) - len(suf); k > 0 && strings.EqualFold(line[k:], suf) {
				if words := e.nameWords(full, strings.TrimSpace(line[:k])); words != nil {
					return [][]string{words}
				}
			}
		}
		return nil
	}
	return nil
}

// selfPronouns are the words a definition calls the service by besides its
// name.
var selfPronouns = map[string]bool{
	"we": true, "us": true, "our": true, "ours": true,
	"nous": true, "notre": true, "nos": true,
	"wir": true, "uns": true, "unser": true, "unsere": true,
	"nosotros": true, "nuestro": true, "nuestra": true,
	"نحن": true,
}

// nameWords returns a quoted term of a definition as the reader's words when
// it can be the service's name, or nil: a capitalised name of a few words
// that the lexicons do not read, no function word nor one of not_names, and
// that text never writes in lower case.
func (e *factsEngine) nameWords(text, q string) []string {
	if len(q) > maxNameBytes || !capitalised(q) || selfPronouns[strings.ToLower(q)] {
		return nil
	}
	r := &reader{e: e}
	r.norm, r.bounds = foldWords(nil, nil, q)
	words := wordsOf(nil, r.norm, r.bounds)
	if len(words) == 0 || len(words) > maxNameWords {
		return nil
	}
	for _, w := range words {
		if e.function[w] || e.notNames[w] || len(words) == 1 && len(w) < minNameBytes {
			return nil
		}
	}
	r.words = words
	if len(r.findTerms(nil)) > 0 {
		return nil
	}
	if hasWord(text, strings.ToLower(q)) || hasWord(text, lowerFirst(q)) {
		return nil
	}
	return words
}

// lowerFirst returns s with its first letter in lower case.
func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[size:]
}

// hasWord reports whether w stands in text as a word of its own: not
// inside a longer word, nor in an address ("www.acme.com", "@acme").
func hasWord(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		j += i
		k := j + len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:j])
		after, size := utf8.DecodeRuneInString(text[k:])
		startsWord := j == 0 || !isLetterOrDigit(before) && !strings.ContainsRune("./@-_", before)
		endsWord := k == len(text) || !isLetterOrDigit(after) && after != '-' && after != '_'
		if endsWord && (after == '.' || after == '@') {
			// "acme.com": a domain goes on after the dot.
			next, _ := utf8.DecodeRuneInString(text[k+size:])
			endsWord = !isLetterOrDigit(next)
		}
		if startsWord && endsWord {
			return true
		}
		i = j + 1
	}
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// quotedTerms returns the terms between quotation marks in s (“…”, "…",
// ‘…’, '…', «…»).
func quotedTerms(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		closing, ok := quoteClose[r]
		if !ok {
			continue
		}
		j := strings.IndexRune(s[i:], closing)
		if r == '\'' || r == '\u2019' {
			// An apostrophe opens nothing: "Acme's".
			continue
		}
		if j < 0 {
			break
		}
		if t := strings.TrimSpace(strings.Trim(s[i:i+j], " ,.*_")); t != "" {
			out = append(out, t)
		}
		i += j + utf8.RuneLen(closing)
	}
	return out
}

// quoteClose maps each opening quotation mark to its closing one.
var quoteClose = map[rune]rune{'“': '”', '"': '"', '‘': '’', '«': '»', '„': '“'}

// capitalised reports whether s starts with an upper-case letter.
func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// findNames adds a match of the service for each of the document's defined
// names in the sentence, and one of data coming to it for a defined or
// title name after "with" or "to" ("partners share data with Acme").
func (r *reader) findNames(dst []termMatch) []termMatch {
	for i := range r.words {
		dst = r.namesAt(dst, i, r.selfNames, true)
		dst = r.namesAt(dst, i, r.titleNames, false)
	}
	return dst
}

// namesAt adds the matches of those of names that stand at word i: the
// service as actor (when actor is set) and, after "with" or "to", data
// coming to it.
func (r *reader) namesAt(dst []termMatch, i int, names [][]string, actor bool) []termMatch {
	e := r.e
	for _, n := range names {
		if i+len(n) > len(r.words) || !slices.Equal(r.words[i:i+len(n)], n) {
			continue
		}
		if actor {
			dst = append(dst, termMatch{concept: e.roles.self, start: i, end: i + len(n)})
		}
		if e.roles.toSelf >= 0 && i > 0 && toServiceWords[r.words[i-1]] {
			dst = append(dst, termMatch{concept: e.roles.toSelf, start: i - 1, end: i + len(n)})
		}
	}
	return dst
}

// toServiceWords are the prepositions after which the service's name
// receives data: "with Acme", "to Acme", "avec Acme", "mit Acme".
var toServiceWords = map[string]bool{"with": true, "to": true, "avec": true, "a": true, "mit": true, "an": true, "con": true}
