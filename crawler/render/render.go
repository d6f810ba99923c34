package render

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// ErrNotSettled means the page kept loading or changing until the page
// deadline: its scripts never settled.
var ErrNotSettled = errors.New("page did not settle before the render deadline")

// FetchFunc makes one HTTP request for the browser. It must apply the
// caller's network guard and size caps, and must not follow redirects: the
// browser follows them, and every hop is checked again.
type FetchFunc func(ctx context.Context, req *http.Request) (*http.Response, error)

// Request is one page to render.
type Request struct {
	// URL is the page, http or https.
	URL string
	// Fetch answers every request the page makes that the site policy allows.
	Fetch FetchFunc
	// Allow, when set, is asked before a document (a page or a frame) is
	// fetched, e.g. to obey robots.txt; its error refuses the request.
	Allow func(ctx context.Context, u *url.URL) error
}

// Blocked is one request of the page that was refused or failed.
type Blocked struct {
	URL    string `json:"url"`
	Reason string `json:"reason"`
}

// Page is a rendered page.
type Page struct {
	// URL is the page's URL after redirects and script navigation.
	URL string
	// HTML is the DOM after scripts ran, serialised, without script,
	// noscript, template and iframe elements, at most Config.MaxDOMBytes.
	HTML []byte
	// Truncated is true when the DOM was cut at Config.MaxDOMBytes.
	Truncated bool
	// Requests is how many requests of the page were answered.
	Requests int
	// Blocked lists the first refused or failed requests; BlockedCount
	// counts them all.
	Blocked      []Blocked
	BlockedCount int
	// Duration is how long the render took.
	Duration time.Duration
}

// guardScript runs in every document before the page's scripts: no service
// workers, no popups, no notification prompts; and it counts DOM changes,
// for settle.
const guardScript = `(() => {
  window.__legibleChanges = 0;
  try {
    new MutationObserver(() => { window.__legibleChanges++; })
      .observe(document, {childList: true, subtree: true, characterData: true, attributes: false});
  } catch (e) {}
  try { delete Navigator.prototype.serviceWorker; } catch (e) {}
  try { window.open = () => null; } catch (e) {}
  try { if (window.Notification) Notification.requestPermission = () => Promise.resolve('denied'); } catch (e) {}
})();`

// domScript serialises the DOM without the elements that are not text.
const domScript = `(() => {
  const root = document.documentElement;
  if (!root) return {url: location.href, html: ""};
  const copy = root.cloneNode(true);
  copy.querySelectorAll('script,noscript,template,iframe,object,embed').forEach(e => e.remove());
  return {url: location.href, html: "<!DOCTYPE html>\n" + copy.outerHTML};
})()`

// progressScript reports whether the document loaded and how many times
// the DOM changed.
const progressScript = `[document.readyState, window.__legibleChanges || 0]`

// textHashScript returns a hash of the page's visible text, read only when
// the DOM changed: a carousel that moves nodes changes the DOM, not the text.
const textHashScript = `(() => {
  const t = document.body ? document.body.innerText : "";
  let h = t.length | 0;
  for (let i = 0; i < t.length; i++) h = (Math.imul(h, 31) + t.charCodeAt(i)) | 0;
  return h;
})()`

// Render loads req.URL in a new tab and returns its DOM once the page has
// settled: loaded, no request in flight and its visible text unchanged for
// Config.SettleQuiet. It fails with ErrNotSettled at Config.PageTimeout.
func (b *Browser) Render(ctx context.Context, req Request) (*Page, error) {
	u, err := url.Parse(req.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("render %s: not an http(s) URL", req.URL)
	}
	if req.Fetch == nil {
		return nil, fmt.Errorf("render %s: no fetch function", req.URL)
	}
	select {
	case b.tabs <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("render %s: waiting for a tab: %w", req.URL, ctx.Err())
	}
	defer func() { <-b.tabs }()
	p, err := b.renderOnce(ctx, u, req)
	b.checkMemory()
	if err != nil {
		return nil, fmt.Errorf("render %s: %w", req.URL, err)
	}
	return p, nil
}

// renderOnce runs one render on the running process (under b.mu for reading).
func (b *Browser) renderOnce(ctx context.Context, u *url.URL, req Request) (*Page, error) {
	// Starting the browser is not the page's time: the deadline starts after.
	proc, err := b.acquire(ctx)
	if err != nil {
		return nil, err
	}
	defer b.mu.RUnlock()
	start := time.Now()
	parent := ctx
	ctx, cancel := context.WithTimeout(ctx, b.cfg.PageTimeout)
	defer cancel()

	tabCtx, tabCancel := chromedp.NewContext(proc.ctx, chromedp.WithNewBrowserContext())
	defer tabCancel()
	opened := make(chan error, 1)
	go func() { opened <- chromedp.Do(tabCtx) }()
	select {
	case err := <-opened:
		if err != nil {
			proc.broken.Store(true) // restarted by the next acquire
			return nil, fmt.Errorf("open tab: %w", err)
		}
	case <-ctx.Done():
		if parent.Err() == nil {
			proc.broken.Store(true) // a browser that cannot open a tab in time is wedged
		}
		return nil, fmt.Errorf("open tab: %w", ctx.Err())
	}
	// Commands run under the tab's context, cut at the render deadline.
	runCtx, runCancel := context.WithCancel(tabCtx)
	defer runCancel()
	stop := context.AfterFunc(ctx, runCancel)
	defer stop()

	var in *interceptor
	pg, err := chromedp.Run(runCtx, func(c context.Context, t *chromedp.Target) (*Page, error) {
		in = newInterceptor(c, t, req, &b.cfg, u)
		return b.load(c, t, in, u)
	})
	if in != nil {
		runCancel()
		in.wg.Wait()
	}
	if err != nil {
		if perr := parent.Err(); perr != nil {
			return nil, fmt.Errorf("stopped: %w", perr)
		}
		if ctx.Err() != nil && !errors.Is(err, ErrNotSettled) {
			err = fmt.Errorf("%w (%v): %v", ErrNotSettled, b.cfg.PageTimeout, err)
		}
		return nil, err
	}
	pg.Requests, pg.Blocked, pg.BlockedCount = in.result()
	pg.Duration = time.Since(start)
	return pg, nil
}

// load sets the tab up, navigates, waits for the page to settle and reads its DOM.
func (b *Browser) load(ctx context.Context, t *chromedp.Target, in *interceptor, u *url.URL) (*Page, error) {
	bctxID := chromedp.FromContext(ctx).BrowserContextID
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorDeny, BrowserContextID: bctxID,
	}); err != nil {
		return nil, fmt.Errorf("deny downloads: %w", err)
	}
	if _, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: guardScript}); err != nil {
		return nil, fmt.Errorf("guard script: %w", err)
	}
	bypass := true
	if _, err := cdp.Call(ctx, t, network.SetBypassServiceWorker, network.SetBypassServiceWorkerParams{Bypass: bypass}); err != nil {
		return nil, fmt.Errorf("bypass service workers: %w", err)
	}
	events := cdp.Events(ctx, t, fetch.RequestPaused)
	if _, err := cdp.Call(ctx, t, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*"}}}); err != nil {
		return nil, fmt.Errorf("enable interception: %w", err)
	}
	// The reader is counted in in.wg, so the handlers it starts are added
	// before renderOnce waits for them all.
	in.wg.Add(1)
	go func() {
		defer in.wg.Done()
		for ev, err := range events {
			if err != nil {
				return
			}
			in.handle(ev)
		}
	}()
	nav, err := cdp.Call(ctx, t, page.Navigate, page.NavigateParams{URL: u.String()})
	if err != nil {
		return nil, fmt.Errorf("navigate: %w", err)
	}
	if nav.ErrorText != "" {
		return nil, fmt.Errorf("navigate: %s%s", nav.ErrorText, blockedHint(in))
	}
	if err := b.settle(ctx, t, in); err != nil {
		return nil, err
	}
	dom, err := chromedp.Evaluate[struct {
		URL  string `json:"url"`
		HTML string `json:"html"`
	}](domScript)(ctx, t)
	if err != nil {
		return nil, fmt.Errorf("read DOM: %w", err)
	}
	pg := &Page{URL: dom.URL, HTML: []byte(dom.HTML)}
	if len(pg.HTML) > b.cfg.MaxDOMBytes {
		pg.HTML, pg.Truncated = pg.HTML[:b.cfg.MaxDOMBytes], true
	}
	return pg, nil
}

// blockedHint names the first refused request, for a failed navigation.
func blockedHint(in *interceptor) string {
	_, blocked, _ := in.result()
	if len(blocked) == 0 {
		return ""
	}
	return fmt.Sprintf(" (%s: %s)", blocked[0].URL, blocked[0].Reason)
}

// settle waits until the document has loaded, no request is in flight and
// the visible text has not changed for Config.SettleQuiet.
func (b *Browser) settle(ctx context.Context, t *chromedp.Target, in *interceptor) error {
	const poll = 100 * time.Millisecond
	lastChanges, lastHash, stableSince := -1, 0, time.Now()
	for {
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w (%v)", ErrNotSettled, b.cfg.PageTimeout)
		case <-time.After(poll):
		}
		st, err := chromedp.Evaluate[[]any](progressScript)(ctx, t)
		if err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("%w (%v): scripts still running", ErrNotSettled, b.cfg.PageTimeout)
			}
			return fmt.Errorf("read progress: %w", err)
		}
		if len(st) != 2 {
			return fmt.Errorf("read progress: unexpected %v", st)
		}
		state, _ := st[0].(string)
		n, _ := st[1].(float64)
		if int(n) != lastChanges {
			lastChanges = int(n)
			h, err := chromedp.Evaluate[int](textHashScript)(ctx, t)
			if err != nil {
				if ctx.Err() != nil {
					return fmt.Errorf("%w (%v): scripts still running", ErrNotSettled, b.cfg.PageTimeout)
				}
				return fmt.Errorf("read text: %w", err)
			}
			if h != lastHash {
				lastHash, stableSince = h, time.Now()
			}
		}
		quiet := min(in.quietFor(), time.Since(stableSince))
		if state == "complete" && quiet >= b.cfg.SettleQuiet {
			return nil
		}
	}
}
