package pages

import (
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"path"
	"strconv"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

//go:embed i18n/*.json
var i18nFS embed.FS

// supported lists the page languages, the default first.
var supported = []language.Tag{language.English, language.Arabic}

var matcher = language.NewMatcher(supported)

// catalog holds the messages of every page language, keyed by language code.
type catalog map[string]map[string]string

// loadCatalog reads the embedded message files, one per supported language.
func loadCatalog() (catalog, error) {
	c := catalog{}
	for _, tag := range supported {
		code := baseCode(tag)
		b, err := i18nFS.ReadFile(path.Join("i18n", code+".json"))
		if err != nil {
			return nil, fmt.Errorf("pages: read messages %s: %w", code, err)
		}
		var m map[string]string
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("pages: parse messages %s: %w", code, err)
		}
		c[code] = m
	}
	return c, nil
}

func baseCode(t language.Tag) string {
	b, _ := t.Base()
	return b.String()
}

// chooseLanguage picks the page language: an explicit ?lang= wins, then the
// Accept-Language header, then English. explicit reports whether ?lang= chose it.
func chooseLanguage(r *http.Request) (code string, explicit bool) {
	if q := strings.ToLower(strings.TrimSpace(r.URL.Query().Get("lang"))); q != "" {
		for _, t := range supported {
			if baseCode(t) == q {
				return q, true
			}
		}
	}
	tags, _, err := language.ParseAcceptLanguage(r.Header.Get("Accept-Language"))
	if err != nil || len(tags) == 0 {
		return baseCode(supported[0]), false
	}
	_, idx, conf := matcher.Match(tags...)
	if conf == language.No {
		return baseCode(supported[0]), false
	}
	return baseCode(supported[idx]), false
}

// Localizer renders the UI strings, numbers and dates of one language. Its
// methods are called from the templates.
type Localizer struct {
	// Lang is the ISO 639-1 code of the page language.
	Lang string
	// Dir is the text direction: "ltr" or "rtl".
	Dir string
	// Explicit is true when the language came from ?lang=, so that links keep it.
	Explicit bool
	msgs     map[string]string
	fallback map[string]string
	printer  *message.Printer
}

func newLocalizer(c catalog, code string, explicit bool) *Localizer {
	tag := language.Make(code)
	return &Localizer{
		Lang:     code,
		Dir:      textDir(code),
		Explicit: explicit,
		msgs:     c[code],
		fallback: c[baseCode(supported[0])],
		printer:  message.NewPrinter(tag),
	}
}

// Has reports whether key has a message in the page language or the default one.
func (l *Localizer) Has(key string) bool {
	if _, ok := l.msgs[key]; ok {
		return true
	}
	_, ok := l.fallback[key]
	return ok
}

func (l *Localizer) lookup(key string) string {
	if s, ok := l.msgs[key]; ok {
		return s
	}
	if s, ok := l.fallback[key]; ok {
		return s
	}
	return key
}

// T returns the message key with {1}, {2}... replaced by args, in order.
// Numbers among args are formatted for the language.
func (l *Localizer) T(key string, args ...any) string {
	s := l.lookup(key)
	if len(args) == 0 {
		return s
	}
	pairs := make([]string, 0, 2*len(args))
	for i, a := range args {
		pairs = append(pairs, "{"+strconv.Itoa(i+1)+"}", l.str(a))
	}
	return strings.NewReplacer(pairs...).Replace(s)
}

func (l *Localizer) str(a any) string {
	switch v := a.(type) {
	case int:
		return l.Int(v)
	case int64:
		return l.Int(int(v))
	case float64:
		return l.Dec(v)
	case string:
		return v
	case fmt.Stringer:
		return v.String()
	}
	return fmt.Sprint(a)
}

// TI is T for HTML: the message is escaped and each argument is escaped and
// isolated in a <bdi> element, so that a left-to-right domain name keeps its
// order inside right-to-left text.
func (l *Localizer) TI(key string, args ...any) template.HTML {
	s := template.HTMLEscapeString(l.lookup(key))
	pairs := make([]string, 0, 2*len(args))
	for i, a := range args {
		pairs = append(pairs, "{"+strconv.Itoa(i+1)+"}", "<bdi>"+template.HTMLEscapeString(l.str(a))+"</bdi>")
	}
	return template.HTML(strings.NewReplacer(pairs...).Replace(s))
}

// Plural returns the plural form of key for n ("key.one", "key.few"...,
// falling back to "key.other"), with {n} replaced by n.
func (l *Localizer) Plural(key string, n int) string {
	cat := pluralCategory(l.Lang, n)
	s, ok := l.msgs[key+"."+cat]
	if !ok {
		s = l.lookup(key + ".other")
	}
	return strings.ReplaceAll(s, "{n}", l.Int(n))
}

// Int formats an integer with the language's digits and grouping.
func (l *Localizer) Int(n int) string { return l.printer.Sprintf("%d", n) }

// Dec formats a number with at most one decimal.
func (l *Localizer) Dec(f float64) string {
	if f == float64(int(f)) {
		return l.Int(int(f))
	}
	return l.printer.Sprintf("%.1f", f)
}

// Langname names a language code in the page language ("ar" → "Arabic").
func (l *Localizer) Langname(code string) string {
	if code == "" {
		code = "und"
	}
	if l.Has("lang." + code) {
		return l.T("lang." + code)
	}
	return code
}

// Link returns path with the page language appended when it was chosen
// explicitly, so that navigation keeps it without a cookie.
func (l *Localizer) Link(p string) string {
	if !l.Explicit {
		return p
	}
	sep := "?"
	if strings.Contains(p, "?") {
		sep = "&"
	}
	return p + sep + "lang=" + l.Lang
}

// pluralCategory returns the CLDR plural category of an integer n.
func pluralCategory(lang string, n int) string {
	if n < 0 {
		n = -n
	}
	if lang != "ar" {
		if n == 1 {
			return "one"
		}
		return "other"
	}
	switch m := n % 100; {
	case n == 0:
		return "zero"
	case n == 1:
		return "one"
	case n == 2:
		return "two"
	case m >= 3 && m <= 10:
		return "few"
	case m >= 11 && m <= 99:
		return "many"
	}
	return "other"
}
