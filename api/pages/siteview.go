package pages

import (
	"encoding/json"
	"html/template"
	"log/slog"
	"strings"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/api/links"
	"github.com/legible-app/legible/scorer"
)

// siteView is the data of a site's report page.
type siteView struct {
	page
	Domain string
	Name   string
	Rated  bool
	Grade  gradeView
	Score  string
	// Reading is the reading time in words with a comparison.
	Reading       string
	ReadingDetail string
	Readability   *readabilityView
	Checked       string
	CheckedISO    string
	Rubric        string
	Criteria      []criterionView
	// Practices are the practice facts of the site's documents.
	Practices []practiceView
	// Composition states how the site's grade is made from its documents
	// and signals; Weights how much each document weighs.
	Composition string
	Weights     string
	// NotGraded says, in words, why a site that was scored has no grade
	// (its documents are in a language Legible cannot read yet).
	NotGraded string
	Documents []documentView
	Signals   []signalView
	History   lineChart
	Changes   []changeRow
	// APIURL, ReportURL and BadgeURL are absolute addresses for reuse.
	APIURL, ReportURL, BadgeURL string
	// BadgePath is the badge's same-origin address, for the preview.
	BadgePath     string
	BadgeSnippet  string
	RequestAction string
	// Requested shows the thanks for a rating request while it is pending.
	Requested bool
	// Outcome says why a site has no score: no policy found, or a failed crawl.
	Outcome *outcomeView
	// FeedPath is the site's Atom feed of changes.
	FeedPath string
	// PendingHref reloads the page while a requested rating is pending.
	PendingHref string
}

// readabilityView is the headline readability of a site.
type readabilityView struct {
	Value  string
	Source string
}

// documentView is one row of the documents table.
type documentView struct {
	Kind        string
	URL         string
	Language    string
	Words       string
	Reading     string
	Readability string
	Grade       *gradeView
	Fetched     string
	FetchedISO  string
}

// signalView is one site signal with a yes/no state in words.
type signalView struct {
	Label  string
	OK     bool
	State  string
	Detail string
}

// siteInput is what a report page is built from.
type siteInput struct {
	detail  legible.SiteDetail
	history []legible.SiteScore
	changes []legible.Change
	// base is the scheme and host of the server, for absolute addresses.
	base string
}

// buildSiteView turns the stored state of a site into the report page data.
func buildSiteView(p page, log *slog.Logger, in siteInput) siteView {
	l := p.L
	d := in.detail
	v := siteView{
		page:          p,
		Domain:        d.Site.Domain,
		Name:          displayName(d.Site.Domain, d.Site.UnicodeDomain),
		Grade:         viewGrade(""),
		RequestAction: l.Link(links.SiteRequest(d.Site.Domain)),
	}
	v.Title = l.T("site.title", v.Name)
	v.APIURL = links.Absolute(in.base, links.SiteAPI(d.Site.Domain))
	v.ReportURL = links.Absolute(in.base, links.SitePage(d.Site.Domain))
	v.BadgePath = links.Badge(d.Site.Domain)
	v.BadgeURL = links.Absolute(in.base, v.BadgePath)
	v.FeedPath = links.SiteFeed(d.Site.Domain)
	esc := template.HTMLEscapeString
	v.BadgeSnippet = `<a href="` + esc(v.ReportURL) + `"><img src="` + esc(v.BadgeURL) + `" alt="` +
		esc(l.T("site.badge.alt", v.Name)) + `" height="20"></a>`

	var docReports []docReport
	for _, ds := range d.Documents {
		dv, rep := documentOf(l, log, ds)
		v.Documents = append(v.Documents, dv)
		docReports = append(docReports, docReport{kind: ds.Document.Kind, report: rep})
	}
	v.Readability = headlineReadability(l, docReports)
	v.Signals = signalViews(l, d.Signals)
	v.History = historyChart(l, in.history)
	v.Changes = changeRows(l, in.changes)
	if !d.CheckedAt.IsZero() {
		v.Checked, v.CheckedISO = l.Date(d.CheckedAt), ISODate(d.CheckedAt)
	}
	if d.Score == nil {
		v.Outcome = viewOutcome(l, d.Crawl, time.Now())
		if v.Outcome != nil && v.Outcome.NoPolicy {
			v.Grade.Letter = "!" // as the extension's badge says it
		}
		return v
	}

	s := d.Score
	v.Rated = s.Grade.Rank() >= 0
	v.Grade = viewGrade(s.Grade)
	v.Score = l.Int(s.Overall)
	v.Rubric = s.RubricVersion
	var rep scorer.SiteReport
	if len(s.Report) > 0 {
		if err := json.Unmarshal(s.Report, &rep); err != nil {
			log.Warn("site report does not parse", "domain", d.Site.Domain, "error", err)
		}
	}
	if !v.Rated {
		v.NotGraded = notGradedText(l, rep.NotGraded)
		v.Grade = notGradedGrade(l)
	}
	docLang := docLanguages(d.Documents, rep.Language)
	v.Criteria = criterionViews(l, rep.Criteria, docLang)
	v.Practices = practiceViews(l, rep.Practices, rep.Criteria, docLang)
	v.Composition = compositionLine(l, rep)
	v.Weights = weightsLine(l, rep)
	v.Reading = l.ReadingTime(s.ReadingMin)
	words := rep.Words
	if words == 0 {
		for _, ds := range d.Documents {
			words += ds.Version.Words
		}
	}
	v.ReadingDetail = l.T("site.reading.detail", l.Int(words), l.Plural("doc.documents", len(d.Documents)))
	return v
}

// docReport is a document's kind with its parsed report, if any.
type docReport struct {
	kind   legible.DocKind
	report *scorer.Report
}

func documentOf(l *Localizer, log *slog.Logger, ds legible.DocumentState) (documentView, *scorer.Report) {
	dv := documentView{
		Kind:       kindName(l, ds.Document.Kind),
		Language:   l.Langname(ds.Version.Language),
		Words:      l.Int(ds.Version.Words),
		Fetched:    l.Date(ds.Version.FetchedAt),
		FetchedISO: ISODate(ds.Version.FetchedAt),
	}
	if u := ds.Document.URL; strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
		dv.URL = u
	}
	if ds.Score == nil {
		return dv, nil
	}
	g := viewGrade(ds.Score.Grade)
	if ds.Score.Grade == "" {
		g = notGradedGrade(l)
	}
	dv.Grade = &g
	dv.Reading = l.Duration(ds.Score.ReadingMin)
	if len(ds.Score.Report) == 0 {
		return dv, nil
	}
	var rep scorer.Report
	if err := json.Unmarshal(ds.Score.Report, &rep); err != nil {
		log.Warn("document report does not parse", "url", ds.Document.URL, "error", err)
		return dv, nil
	}
	if e := rep.Readability.Ease; e != nil {
		dv.Readability = l.T("site.readability.value", l.Int(int(*e+0.5)), levelName(l, rep.Readability.Level))
	}
	return dv, &rep
}

// headlineReadability is the readability of the privacy policy, or else of
// the first document that has one.
func headlineReadability(l *Localizer, docs []docReport) *readabilityView {
	var pick *docReport
	for i := range docs {
		r := docs[i].report
		if r == nil || r.Readability.Ease == nil {
			continue
		}
		if pick == nil || (docs[i].kind == legible.KindPrivacy && pick.kind != legible.KindPrivacy) {
			pick = &docs[i]
		}
	}
	if pick == nil {
		return nil
	}
	rd := pick.report.Readability
	index := indexName(l, rd.EaseIndex)
	return &readabilityView{
		Value:  l.T("site.readability.value", l.Int(int(*rd.Ease+0.5)), levelName(l, rd.Level)),
		Source: l.T("site.readability.source", strings.ToLower(kindName(l, pick.kind)), index),
	}
}

// indexName names a readability index ("flesch_reading_ease") in words.
func indexName(l *Localizer, index string) string {
	if l.Has("index." + index) {
		return l.T("index." + index)
	}
	return strings.ReplaceAll(index, "_", " ")
}

// levelName localises a readability level ("very difficult").
func levelName(l *Localizer, level string) string {
	if l.Has("level." + level) {
		return l.T("level." + level)
	}
	return level
}

func signalViews(l *Localizer, s *legible.Signals) []signalView {
	if s == nil {
		return nil
	}
	yes := func(label string, ok bool, detail string) signalView {
		state := l.T("signal.no")
		if ok {
			state = l.T("signal.yes")
		}
		return signalView{Label: l.T(label), OK: ok, State: state, Detail: detail}
	}
	contacts := strings.Join(s.SecurityContacts, l.T("list.sep"))
	return []signalView{
		yes("signal.https", s.HTTPS, ""),
		yes("signal.hsts", s.HSTS, ""),
		yes("signal.securitytxt", s.SecurityTxt, contacts),
		yes("signal.gpc", s.GPC, ""),
	}
}

// docLanguages returns the language of a site's document by kind, falling
// back to the site's main language.
func docLanguages(docs []legible.DocumentState, siteLang string) func(legible.DocKind) string {
	byKind := map[legible.DocKind]string{}
	for _, ds := range docs {
		if _, seen := byKind[ds.Document.Kind]; !seen && ds.Version.Language != "" {
			byKind[ds.Document.Kind] = ds.Version.Language
		}
	}
	return func(k legible.DocKind) string {
		if lang, ok := byKind[k]; ok {
			return lang
		}
		return siteLang
	}
}
