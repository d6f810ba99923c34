package crawler

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync"

	"github.com/temoto/robotstxt"
)

// maxRobotsBytes bounds a robots.txt, decoded. RFC 9309 §2.5 asks crawlers
// to parse at least 500 KiB; a bigger file fails the site's requests with
// ErrTooLarge rather than being read without end.
const maxRobotsBytes = 512 << 10

// maxRobotsRedirects is the redirects followed for a robots.txt (RFC 9309 §2.3.1.2).
const maxRobotsRedirects = 5

// robotsFile is one origin's robots.txt: its rules and raw bytes, or why it
// could not be read.
type robotsFile struct {
	rules *robotstxt.RobotsData
	body  []byte
	err   error
}

// robotsCache fetches and remembers the robots.txt of each origin a site
// crawl touches. Fetches go through the crawler's transport with the site's
// context, so they are bounded like any other body.
type robotsCache struct {
	agent  string
	client *http.Client

	mu    sync.Mutex // held while fetching: one fetch per origin
	files map[string]*robotsFile
}

func newRobotsCache(cfg *Config, rt http.RoundTripper) *robotsCache {
	client := &http.Client{
		Transport: rt,
		Timeout:   cfg.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= maxRobotsRedirects {
				return fmt.Errorf("%w: stopped after %d", ErrTooManyRedirects, len(via))
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to unsupported scheme %q", req.URL.Scheme)
			}
			return nil
		},
	}
	return &robotsCache{agent: cfg.UserAgent, client: client, files: map[string]*robotsFile{}}
}

// allow returns nil when robots.txt lets the crawler fetch u, ErrRobots
// when it forbids it, and the reason when robots.txt could not be read
// (too large, too slow, unreachable): the URL is then not fetched.
func (rc *robotsCache) allow(ctx context.Context, u *url.URL) error {
	f := rc.file(ctx, u.Scheme+"://"+u.Host)
	if f.err != nil {
		return f.err
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if g := f.rules.FindGroup(rc.agent); g != nil && !g.Test(path) {
		return ErrRobots
	}
	return nil
}

// body returns the raw robots.txt of an origin ("https://host"), when it
// was served with a success status.
func (rc *robotsCache) body(ctx context.Context, origin string) ([]byte, error) {
	f := rc.file(ctx, origin)
	return f.body, f.err
}

// file returns the cached robots.txt of origin, fetching it the first time.
func (rc *robotsCache) file(ctx context.Context, origin string) *robotsFile {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if f, ok := rc.files[origin]; ok {
		return f
	}
	f := rc.fetch(ctx, origin)
	if f.err == nil || ctx.Err() == nil {
		rc.files[origin] = f
	}
	return f
}

// fetch reads origin's robots.txt within maxRobotsBytes and the site's
// context. Per RFC 9309: a 4xx means no rules, a 5xx forbids everything.
func (rc *robotsCache) fetch(ctx context.Context, origin string) *robotsFile {
	ctx = withBodyLimit(ctx, maxRobotsBytes)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, origin+"/robots.txt", nil)
	if err != nil {
		return &robotsFile{err: fmt.Errorf("robots.txt: %w", err)}
	}
	req.Header.Set("User-Agent", rc.agent)
	req.Header.Set("Accept", "text/plain,*/*;q=0.5")
	resp, err := rc.client.Do(req)
	if err != nil {
		return &robotsFile{err: fmt.Errorf("robots.txt: %w", unwrapURLError(err))}
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return &robotsFile{err: fmt.Errorf("robots.txt: %w", err)}
	}
	rules, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body)
	if err != nil {
		// Unparsable lines or an odd status: like colly, read it as no rules.
		rules, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
	}
	f := &robotsFile{rules: rules}
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		f.body = body
	}
	return f
}

// unwrapURLError drops the *url.Error wrapper ("Get \"URL\": ..."), whose
// URL the caller already names.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
