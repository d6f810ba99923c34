package pages

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"net/http"

	"github.com/gin-gonic/gin"
)

//go:embed templates/*.html
var templateFS embed.FS

// pageNames are the page templates; each is parsed with the layout and partials.
var pageNames = []string{"home", "site", "notrated", "check", "error", "how"}

// views and messages are parsed once from the embedded files; the tests
// check that they parse, so a failure here is a build defect.
var (
	views    = mustParseViews()
	messages = mustLoadCatalog()
)

func mustParseViews() map[string]*template.Template {
	v, err := parseViews()
	if err != nil {
		panic(err)
	}
	return v
}

func mustLoadCatalog() catalog {
	c, err := loadCatalog()
	if err != nil {
		panic(err)
	}
	return c
}

// bound pairs a partial's data with the page's localizer.
type bound struct {
	L    *Localizer
	Data any
}

// inLang pairs a partial's data with the language its text is written in.
type inLang struct {
	Lang string
	Data any
}

var templateFuncs = template.FuncMap{
	"dir":    textDir,
	"inLang": func(lang string, data any) inLang { return inLang{Lang: lang, Data: data} },
	"iso":    ISODate,
	"bind":   func(l *Localizer, data any) bound { return bound{L: l, Data: data} },
	"pct": func(v, maxV float64) float64 {
		if maxV <= 0 || v <= 0 {
			return 0
		}
		return round1(min(v/maxV, 1) * 100)
	},
}

func parseViews() (map[string]*template.Template, error) {
	v := make(map[string]*template.Template, len(pageNames))
	for _, name := range pageNames {
		t, err := template.New(name).Funcs(templateFuncs).ParseFS(templateFS,
			"templates/layout.html", "templates/partials.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("pages: parse template %s: %w", name, err)
		}
		v[name] = t
	}
	return v, nil
}

// page is what every page's layout needs.
type page struct {
	L     *Localizer
	Title string
	// CSS is the versioned address of the stylesheet.
	CSS string
	// Langs links to the same page in every language.
	Langs []langLink
	// Refresh, when positive, reloads the page after that many seconds.
	Refresh int
	// Feed is the address of an Atom feed the page offers.
	Feed string
}

// langLink is one entry of the language switcher.
type langLink struct {
	Code, Name, Href string
	Current          bool
}

// newPage prepares the layout data of a request: its language and switcher.
func (h *handler) newPage(c *gin.Context, title string) page {
	code, explicit := chooseLanguage(c.Request)
	l := newLocalizer(h.msgs, code, explicit)
	p := page{L: l, CSS: cssURL, Title: title}
	for _, t := range supported {
		lc := baseCode(t)
		name := newLocalizer(h.msgs, lc, false).T("lang." + lc)
		p.Langs = append(p.Langs, langLink{
			Code:    lc,
			Name:    name,
			Href:    c.Request.URL.Path + "?lang=" + lc,
			Current: lc == code,
		})
	}
	return p
}

// render executes a page template into a buffer, then writes it with status;
// a template error gives a plain 500 instead of half a page.
func (h *handler) render(c *gin.Context, status int, name string, l *Localizer, data any) {
	var buf bytes.Buffer
	t, ok := views[name]
	if !ok {
		h.log.ErrorContext(c.Request.Context(), "unknown page template", "template", name)
		c.String(http.StatusInternalServerError, "internal error")
		return
	}
	if err := t.ExecuteTemplate(&buf, "layout", data); err != nil {
		h.log.ErrorContext(c.Request.Context(), "render page", "template", name, "error", err)
		c.String(http.StatusInternalServerError, "internal error")
		return
	}
	hdr := c.Writer.Header()
	hdr.Set("Content-Language", l.Lang)
	hdr.Add("Vary", "Accept-Language")
	if hdr.Get("Cache-Control") == "" {
		hdr.Set("Cache-Control", "no-cache")
	}
	c.Data(status, "text/html; charset=utf-8", buf.Bytes())
}

// textDir is the direction of text in a language: "rtl" for the scripts
// written right to left, else "ltr".
func textDir(lang string) string {
	switch lang {
	case "ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb":
		return "rtl"
	}
	return "ltr"
}
