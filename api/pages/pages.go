// Package pages serves Legible's server-rendered web pages: the home page
// with the leaderboard, the report of a site, the request of a rating and the
// "check your draft" form, and how the grades are made, in English and Arabic.
//
// The pages are html/template files embedded in the binary, styled by one
// static stylesheet; they need no JavaScript and load no external asset, so a
// strict Content-Security-Policy ("default-src 'self'") holds.
package pages

import (
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/api/links"
	"github.com/legible-app/legible/rating"
	"github.com/legible-app/legible/scorer"
)

// Deps are what the pages need.
type Deps struct {
	Store Store
	// Jobs queues requested ratings; it is required.
	Jobs legible.Jobs
	// Root gives the public root of the absolute links a report shows (its
	// badge snippet); the zero Root makes them relative.
	Root links.Root
	Log  *slog.Logger
}

// maxDraftChars limits the text of a draft sent to "check your draft", in
// characters: 2 MB of ASCII text, more than twenty times the longest policy
// of the top sites.
const maxDraftChars = 2_000_000

// maxDraftBody limits the whole body of a draft request (the text, encoded,
// or the file, and the form's other fields), in bytes: a form encodes each
// character of maxDraftChars in up to six bytes when it is not ASCII.
const maxDraftBody = 16 << 20

// handler serves the pages.
type handler struct {
	store Store
	jobs  legible.Jobs
	root  links.Root
	log   *slog.Logger
	msgs  catalog
	// score scores a draft; scorer.Score outside tests.
	score func(text string, opts scorer.Options) (*scorer.Report, error)
	csrf  *http.CrossOriginProtection
}

// Pages serves the pages. Its routes are registered by the server's one
// route table (package api), which also answers the methods a route does not
// take through MethodNotAllowed.
type Pages struct{ h *handler }

// Route is one endpoint of the pages.
type Route struct {
	Method, Path string
	Handle       gin.HandlerFunc
}

// New builds the pages; d.Store and d.Jobs are required (New panics without
// them, a wiring mistake).
func New(d Deps) *Pages { return &Pages{h: newHandler(d)} }

// Routes lists the pages' endpoints; every GET also answers HEAD.
func (p *Pages) Routes() []Route { return p.h.routes() }

// MethodNotAllowed renders the 405 page; the router sets the Allow header.
func (p *Pages) MethodNotAllowed(c *gin.Context) {
	pg := p.h.newPage(c, "")
	p.h.fail(c, pg, http.StatusMethodNotAllowed, pg.L.T("error.405.title"), pg.L.T("error.405.text"))
}

func newHandler(d Deps) *handler {
	log := d.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if d.Store == nil || d.Jobs == nil {
		panic("pages: Deps.Store and Deps.Jobs are required")
	}
	return &handler{
		store: d.Store,
		jobs:  d.Jobs,
		root:  d.Root,
		log:   log.With("component", "pages"),
		msgs:  messages,
		score: rating.Score,
		csrf:  http.NewCrossOriginProtection(),
	}
}

func (h *handler) routes() []Route {
	var out []Route
	get := func(path string, fn gin.HandlerFunc) {
		out = append(out, Route{http.MethodGet, path, fn}, Route{http.MethodHead, path, fn})
	}
	get("/", h.home)
	get("/search", h.search)
	get("/sites/:domain", h.site)
	out = append(out, Route{http.MethodPost, "/sites/:domain/request", h.requestRating})
	get(links.HowWeScore, h.howWeScore)
	get("/check", h.checkForm)
	out = append(out, Route{http.MethodPost, "/check", h.check})
	get("/static/*file", h.static)
	return out
}
