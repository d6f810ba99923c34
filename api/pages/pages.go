// Package pages serves Legible's server-rendered web pages: the home page
// with the leaderboard, the report of a site, the request of a rating and the
// "check your draft" form, in English and Arabic.
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

// Register adds the pages' routes to r.
func Register(r gin.IRouter, d Deps) {
	newHandler(d).routes(r)
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

// otherMethods are the methods answered with 405 on a route that does not take them.
var otherMethods = []string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete}

func (h *handler) routes(r gin.IRouter) {
	h.route(r, "/", map[string]gin.HandlerFunc{http.MethodGet: h.home, http.MethodHead: h.home})
	h.route(r, "/search", map[string]gin.HandlerFunc{http.MethodGet: h.search, http.MethodHead: h.search})
	h.route(r, "/sites/:domain", map[string]gin.HandlerFunc{http.MethodGet: h.site, http.MethodHead: h.site})
	h.route(r, "/sites/:domain/request", map[string]gin.HandlerFunc{http.MethodPost: h.requestRating})
	h.route(r, "/check", map[string]gin.HandlerFunc{http.MethodGet: h.checkForm, http.MethodHead: h.checkForm, http.MethodPost: h.check})
	h.route(r, "/static/*file", map[string]gin.HandlerFunc{http.MethodGet: h.static, http.MethodHead: h.static})
}

// route registers the handlers of one path, and a 405 page for its other methods.
func (h *handler) route(r gin.IRouter, path string, byMethod map[string]gin.HandlerFunc) {
	var rest []string
	for _, m := range otherMethods {
		if fn, ok := byMethod[m]; ok {
			r.Handle(m, path, fn)
		} else {
			rest = append(rest, m)
		}
	}
	if len(rest) > 0 {
		r.Match(rest, path, h.methodNotAllowed(byMethod))
	}
}
