package crawler

import (
	"context"
	"errors"
	"net"
	"net/url"
	"os"
	"strings"

	"github.com/legible-app/legible"
)

// recordOutcome stores how the crawl of domain ended: rated when it has a
// score, no policy when the site answered without one, failed when crawlErr
// stopped it. A cancelled crawl records nothing. Storage problems are
// logged: the outcome is a courtesy to readers, not the crawl's result.
func (c *Crawler) recordOutcome(ctx context.Context, domain string, res *SiteResult, crawlErr error) {
	if ctx.Err() != nil || res == nil {
		return
	}
	o := legible.CrawlOutcome{Missing: res.Missing, CheckedAt: c.cfg.Now().UTC()}
	switch {
	case crawlErr != nil:
		o.Status, o.Detail = legible.StatusFailed, Reason(crawlErr)
	case res.Score != nil:
		o.Status = legible.StatusRated
	default:
		o.Status = legible.StatusNoPolicy
		if len(o.Missing) == 0 {
			// Documents were found but none could be read or scored.
			o.Detail = "documents found could not be read"
		}
	}
	if err := c.store.SaveCrawlOutcome(ctx, domain, o); err != nil {
		c.log.Warn("crawl outcome not saved", "domain", domain, "status", o.Status, "error", err)
	}
}

// Reason says in a few words why a site crawl failed, for people: the
// detail stays in the error and the logs.
func Reason(err error) string {
	var dnsErr *net.DNSError
	var opErr *net.OpError
	switch {
	case err == nil:
		return ""
	case errors.Is(err, ErrPrivateAddress):
		return "the site's address is private or local (crawling it needs --allow-private)"
	case errors.Is(err, ErrRobots):
		return "robots.txt does not allow Legible to read the site"
	case errors.Is(err, legible.ErrInvalid):
		return "not a domain name"
	case errors.As(err, &dnsErr) && dnsErr.IsNotFound:
		return "the domain name does not exist"
	case errors.As(err, &dnsErr):
		return "the domain name could not be looked up"
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(err, os.ErrDeadlineExceeded) || isTimeout(err):
		return "the site did not answer in time"
	case errors.As(err, &opErr) && opErr.Op == "dial":
		return "the site refused the connection"
	case strings.Contains(err.Error(), "tls:") || strings.Contains(err.Error(), "x509:"):
		return "the site's secure connection (TLS) failed"
	case isNetwork(err):
		return "the site could not be reached"
	}
	// Not the site's fault (storage, a bug): say what it was, on one line.
	msg := strings.Join(strings.Fields(err.Error()), " ")
	if len(msg) > maxReason {
		msg = strings.ToValidUTF8(msg[:maxReason], "") + "…"
	}
	return msg
}

// maxReason bounds a reason that is not one of the known ones.
const maxReason = 200

// isNetwork reports whether err came from talking to the site.
func isNetwork(err error) bool {
	var urlErr *url.Error
	var netErr net.Error
	return errors.As(err, &urlErr) || errors.As(err, &netErr)
}

// isTimeout reports whether err is a network timeout.
func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}
