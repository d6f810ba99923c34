package render

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
)

// maxBlockedKept bounds Page.Blocked; Page.BlockedCount has the total.
const maxBlockedKept = 20

// hopHeaders are response headers not passed to the browser: the body is
// handed over whole and decoded, and hop-by-hop headers mean nothing there.
var hopHeaders = map[string]bool{
	"Content-Encoding": true, "Content-Length": true, "Transfer-Encoding": true,
	"Connection": true, "Keep-Alive": true, "Trailer": true, "Upgrade": true,
	"Service-Worker-Allowed": true, "Alt-Svc": true,
}

// forwardedHeaders are the request headers taken from the browser; the
// crawler's client adds its own User-Agent.
var forwardedHeaders = []string{"Accept", "Accept-Language"}

// interceptor answers the paused requests of one page through Request.Fetch.
type interceptor struct {
	ctx    context.Context
	s      cdp.Session
	req    Request
	policy sitePolicy
	cfg    *Config
	sem    chan struct{}
	wg     sync.WaitGroup

	inflight atomic.Int64
	last     atomic.Int64 // unix nanoseconds of the last request activity

	mu       sync.Mutex
	answered int
	blocked  []Blocked
	nBlocked int
}

func newInterceptor(ctx context.Context, s cdp.Session, req Request, cfg *Config, page *url.URL) *interceptor {
	in := &interceptor{ctx: ctx, s: s, req: req, policy: newSitePolicy(page), cfg: cfg,
		sem: make(chan struct{}, cfg.MaxConcurrentRequests)}
	in.touch()
	return in
}

func (in *interceptor) touch() { in.last.Store(time.Now().UnixNano()) }

// quietFor reports how long no request has been in flight.
func (in *interceptor) quietFor() time.Duration {
	if in.inflight.Load() > 0 {
		return 0
	}
	return time.Since(time.Unix(0, in.last.Load()))
}

// block records a refused or failed request.
func (in *interceptor) block(rawURL, reason string) {
	in.mu.Lock()
	defer in.mu.Unlock()
	in.nBlocked++
	if len(in.blocked) < maxBlockedKept {
		in.blocked = append(in.blocked, Blocked{URL: rawURL, Reason: reason})
	}
}

// handle decides on one paused request: refused ones fail at once, the
// others are fetched in their own goroutine.
func (in *interceptor) handle(ev fetch.EventRequestPaused) {
	in.touch()
	r := ev.Request
	reason := in.policy.refuse(r.Method, r.URL, ev.ResourceType)
	if reason == "" {
		in.mu.Lock()
		if in.answered >= in.cfg.MaxRequests {
			reason = fmt.Sprintf("request limit of the page (%d)", in.cfg.MaxRequests)
		} else {
			in.answered++
		}
		in.mu.Unlock()
	}
	if reason != "" {
		in.block(r.URL, reason)
		in.fail(ev.RequestID, network.ErrorReasonBlockedByClient)
		return
	}
	in.inflight.Add(1)
	in.wg.Add(1)
	go func() {
		defer in.wg.Done()
		defer in.inflight.Add(-1)
		defer in.touch()
		in.answer(ev)
	}()
}

func (in *interceptor) fail(id fetch.RequestID, reason network.ErrorReason) {
	_, _ = cdp.Call(in.ctx, in.s, fetch.FailRequest, fetch.FailRequestParams{RequestID: id, ErrorReason: reason})
}

// answer fetches one request with Request.Fetch and fulfils it.
func (in *interceptor) answer(ev fetch.EventRequestPaused) {
	select {
	case in.sem <- struct{}{}:
		defer func() { <-in.sem }()
	case <-in.ctx.Done():
		return
	}
	r := ev.Request
	resp, err := in.fetch(ev)
	if err != nil {
		in.block(r.URL, err.Error())
		in.fail(ev.RequestID, network.ErrorReasonAccessDenied)
		return
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, in.cfg.MaxResourceBytes+1))
	if err == nil && int64(len(body)) > in.cfg.MaxResourceBytes {
		err = fmt.Errorf("body larger than %d bytes", in.cfg.MaxResourceBytes)
	}
	if err != nil {
		in.block(r.URL, err.Error())
		in.fail(ev.RequestID, network.ErrorReasonFailed)
		return
	}
	var headers []*fetch.HeaderEntry
	for name, vals := range resp.Header {
		if hopHeaders[http.CanonicalHeaderKey(name)] {
			continue
		}
		for _, v := range vals {
			headers = append(headers, &fetch.HeaderEntry{Name: name, Value: v})
		}
	}
	_, _ = cdp.Call(in.ctx, in.s, fetch.FulfillRequest, fetch.FulfillRequestParams{
		RequestID: ev.RequestID, ResponseCode: int64(resp.StatusCode), ResponseHeaders: headers, Body: body,
	})
}

// fetch builds the request and runs the robots check (for documents) and
// Request.Fetch.
func (in *interceptor) fetch(ev fetch.EventRequestPaused) (*http.Response, error) {
	r := ev.Request
	hreq, err := http.NewRequestWithContext(in.ctx, r.Method, r.URL, nil)
	if err != nil {
		return nil, err
	}
	for _, h := range forwardedHeaders {
		if v := headerValue(r.Headers, h); v != "" {
			hreq.Header.Set(h, v)
		}
	}
	if ev.ResourceType == network.ResourceTypeDocument && in.req.Allow != nil {
		if err := in.req.Allow(in.ctx, hreq.URL); err != nil {
			return nil, err
		}
	}
	return in.req.Fetch(in.ctx, hreq)
}

// headerValue reads a header of a CDP request, whatever its case.
func headerValue(h network.Headers, name string) string {
	for k, v := range h {
		if strings.EqualFold(k, name) {
			if s, ok := v.(string); ok {
				return s
			}
		}
	}
	return ""
}

// result returns the counts and the refused requests.
func (in *interceptor) result() (answered int, blocked []Blocked, nBlocked int) {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.answered, append([]Blocked(nil), in.blocked...), in.nBlocked
}
