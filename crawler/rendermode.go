package crawler

import (
	"context"
	"fmt"
	"strings"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/crawler/render"
)

// RenderMode says when a page is rendered in a headless browser.
type RenderMode string

// Render modes.
const (
	// RenderAuto renders a page only when its plain fetch gives too little
	// text for its kind or shows the marks of a client-side app, and a home
	// page only when it names no document and runs scripts.
	RenderAuto RenderMode = "auto"
	// RenderNever never renders.
	RenderNever RenderMode = "never"
	// RenderAlways renders every document and the home page.
	RenderAlways RenderMode = "always"
)

// ParseRenderMode parses "auto", "never" or "always".
func ParseRenderMode(s string) (RenderMode, error) {
	switch m := RenderMode(strings.ToLower(strings.TrimSpace(s))); m {
	case RenderAuto, RenderNever, RenderAlways:
		return m, nil
	}
	return "", fmt.Errorf("%w: render mode %q: want auto, never or always", legible.ErrInvalid, s)
}

// Renderer renders a page in a headless browser; *render.Browser is one.
type Renderer interface {
	Render(ctx context.Context, req render.Request) (*render.Page, error)
}

// renderMinWords is the fewest words a plain fetch of a kind must give for
// RenderAuto to leave it alone.
var renderMinWords = map[legible.DocKind]int{
	legible.KindPrivacy: 150,
	legible.KindTerms:   150,
	legible.KindCookies: 100,
	legible.KindOther:   100,
}
