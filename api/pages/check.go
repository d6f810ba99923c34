package pages

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/rating"
	"github.com/legible-app/legible/scorer"
)

// option is one choice of a <select>.
type option struct {
	Value, Label string
	Selected     bool
}

// metricRow is one measurement of a scored draft.
type metricRow struct {
	Label, Value string
}

// checkResult is the score of a draft as the page shows it.
type checkResult struct {
	Grade       gradeView
	Score       string
	Reading     string
	Readability *readabilityView
	Metrics     []metricRow
	Criteria    []criterionView
	Practices   []practiceView
	// NotGraded says why the draft has no grade, "" when it has one.
	NotGraded string
}

// checkView is the data of the "check your draft" page.
type checkView struct {
	page
	Action    string
	Text      string
	Languages []option
	Kinds     []option
	Limit     string
	MaxLen    int
	Error     string
	Result    *checkResult
}

// draftLanguages are the languages a draft may be declared in; "" detects it.
var draftLanguages = []string{"", "en", "ar", "fr", "de", "es"}

// draftKinds are the kinds a draft may be declared as.
var draftKinds = []legible.DocKind{legible.KindPrivacy, legible.KindTerms, legible.KindCookies}

// errTooLarge means the draft is over maxDraftChars.
var errTooLarge = errors.New("draft too large")

func (h *handler) checkForm(c *gin.Context) {
	p := h.newPage(c, "")
	c.Header("Cache-Control", "public, max-age=300")
	h.render(c, http.StatusOK, "check", p.L, h.newCheckView(p, "", "", legible.KindPrivacy))
}

// check scores a pasted or uploaded draft and shows the report; nothing is
// stored. Both go through rating.Text, as the command line's and the API's
// inputs do: an upload may be HTML, PDF, Markdown or text in any charset.
func (h *handler) check(c *gin.Context) {
	p := h.newPage(c, "")
	c.Header("Cache-Control", "no-store")
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, maxDraftBody)
	text, err := readDraft(c.Request)
	lang := pick(c.PostForm("language"), draftLanguages, "")
	kind := legible.DocKind(pick(c.PostForm("kind"), kindStrings(), string(legible.KindPrivacy)))
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) || errors.Is(err, errTooLarge) || errors.Is(err, rating.ErrTooLarge) {
		h.fail(c, p, http.StatusRequestEntityTooLarge, p.L.T("error.413.title"), p.L.T("error.413.text", maxDraftChars))
		return
	}
	v := h.newCheckView(p, text, lang, kind)
	switch {
	case errors.Is(err, rating.ErrEmpty):
		v.Error = p.L.T("check.error.empty")
		h.render(c, http.StatusUnprocessableEntity, "check", p.L, v)
		return
	case errors.Is(err, rating.ErrNotText):
		v.Text = ""
		v.Error = p.L.T("check.error.nottext")
		h.render(c, http.StatusUnprocessableEntity, "check", p.L, v)
		return
	case err != nil:
		h.log.InfoContext(c.Request.Context(), "unreadable draft", "error", err)
		v.Error = p.L.T("check.error.unreadable")
		h.render(c, http.StatusBadRequest, "check", p.L, v)
		return
	}
	rep, err := h.score(text, scorer.Options{Language: lang, Kind: kind})
	switch {
	case errors.Is(err, scorer.ErrEmpty) || errors.Is(err, rating.ErrEmpty):
		v.Error = p.L.T("check.error.empty")
		h.render(c, http.StatusUnprocessableEntity, "check", p.L, v)
		return
	case errors.Is(err, scorer.ErrNotText) || errors.Is(err, rating.ErrNotText):
		v.Error = p.L.T("check.error.nottext")
		h.render(c, http.StatusUnprocessableEntity, "check", p.L, v)
		return
	case err != nil || rep == nil:
		h.log.ErrorContext(c.Request.Context(), "pages.check: score draft", "error", err)
		v.Error = p.L.T("check.error.failed")
		h.render(c, http.StatusInternalServerError, "check", p.L, v)
		return
	}
	v.Result = draftResult(p.L, rep)
	h.render(c, http.StatusOK, "check", p.L, v)
}

// readDraft reads the draft from a urlencoded or multipart form, the
// uploaded file when one was sent, else the text field, and returns its
// text through rating.Text.
func readDraft(r *http.Request) (string, error) {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt == "multipart/form-data" {
		if err := r.ParseMultipartForm(maxDraftBody); err != nil {
			return "", fmt.Errorf("parse multipart draft: %w", err)
		}
		if f, hdr, err := r.FormFile("file"); err == nil {
			defer f.Close()
			b, err := io.ReadAll(f)
			if err != nil {
				return "", fmt.Errorf("read uploaded draft: %w", err)
			}
			if len(b) > 0 {
				return draftText(rating.Input{Body: b, Name: hdr.Filename, ContentType: hdr.Header.Get("Content-Type")})
			}
		}
	} else if err := r.ParseForm(); err != nil {
		return "", fmt.Errorf("parse draft form: %w", err)
	}
	text := r.PostFormValue("text")
	if utf8.RuneCountInString(text) > maxDraftChars {
		return "", errTooLarge
	}
	return draftText(rating.Input{Body: []byte(text), ContentType: "text/plain; charset=utf-8"})
}

// draftText extracts the text of a draft and checks its length.
func draftText(in rating.Input) (string, error) {
	text, err := rating.Text(in)
	if err != nil {
		return "", err
	}
	if utf8.RuneCountInString(text) > maxDraftChars {
		return "", errTooLarge
	}
	return text, nil
}

func (h *handler) newCheckView(p page, text, lang string, kind legible.DocKind) checkView {
	l := p.L
	p.Title = l.T("check.title")
	v := checkView{page: p, Action: l.Link("/check"), Text: text, MaxLen: maxDraftChars, Limit: l.T("check.limit", maxDraftChars)}
	for _, code := range draftLanguages {
		label := l.T("check.language.auto")
		if code != "" {
			label = l.Langname(code)
		}
		v.Languages = append(v.Languages, option{Value: code, Label: label, Selected: code == lang})
	}
	for _, k := range draftKinds {
		v.Kinds = append(v.Kinds, option{Value: string(k), Label: kindName(l, k), Selected: k == kind})
	}
	return v
}

func draftResult(l *Localizer, rep *scorer.Report) *checkResult {
	res := &checkResult{
		Grade:   viewGrade(rep.Grade),
		Score:   l.Int(rep.Score),
		Reading: l.ReadingTime(rep.ReadingMinutes),
	}
	docLang := func(legible.DocKind) string { return rep.Language }
	res.Criteria = criterionViews(l, rep.Criteria, docLang)
	res.Practices = practiceViews(l, rep.Practices, rep.Criteria, docLang)
	if rep.NotGraded != "" || rep.Grade == "" {
		res.Grade, res.NotGraded = notGradedGrade(l), notGradedText(l, rep.NotGraded)
	}
	if e := rep.Readability.Ease; e != nil {
		res.Readability = &readabilityView{
			Value:  l.T("site.readability.value", l.Int(int(*e+0.5)), levelName(l, rep.Readability.Level)),
			Source: indexName(l, rep.Readability.EaseIndex),
		}
	}
	cl := rep.Clarity
	res.Metrics = []metricRow{
		{l.T("doc.col.language"), l.Langname(rep.Language)},
		{l.T("check.words"), l.Int(rep.Words)},
		{l.T("check.sentences"), l.Int(rep.Sentences)},
		{l.T("check.avgsentence"), l.Dec(round1(cl.AvgSentenceWords))},
		{l.T("check.longsentences"), l.T("percent", round1(cl.LongSentenceShare*100))},
		{l.T("check.vague"), l.Dec(round1(cl.VaguePer1000))},
		{l.T("check.legalese"), l.Dec(round1(cl.LegalesePer1000))},
		{l.T("check.headings"), l.Int(cl.Headings)},
		{l.T("check.lists"), l.Int(cl.ListItems)},
	}
	return res
}

// pick returns v when it is one of allowed, else def.
func pick(v string, allowed []string, def string) string {
	for _, a := range allowed {
		if v == a {
			return v
		}
	}
	return def
}

func kindStrings() []string {
	s := make([]string, len(draftKinds))
	for i, k := range draftKinds {
		s[i] = string(k)
	}
	return s
}
