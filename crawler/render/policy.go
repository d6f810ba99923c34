package render

import (
	"net"
	"net/url"
	"strings"

	"github.com/chromedp/cdproto/network"
	"golang.org/x/net/publicsuffix"
)

// neededTypes are the resource types a page needs for its text and links.
// Images, media, fonts, beacons, prefetches, WebSockets, manifests and the
// rest are failed without a fetch.
var neededTypes = map[network.ResourceType]bool{
	network.ResourceTypeDocument:   true,
	network.ResourceTypeScript:     true,
	network.ResourceTypeStylesheet: true,
	network.ResourceTypeXHR:        true,
	network.ResourceTypeFetch:      true,
}

// sitePolicy decides which requests of a page are fetched: GET or HEAD,
// http or https, a needed resource type, and a host of the page's own site
// (the same host, or the same registrable domain, so static.example.com
// serves example.com). Everything else, third-party scripts and trackers
// included, is refused.
type sitePolicy struct {
	host string // of the page, lower case
	site string // registrable domain of host, "" for an IP address
}

func newSitePolicy(page *url.URL) sitePolicy {
	h := strings.ToLower(page.Hostname())
	return sitePolicy{host: h, site: registrable(h)}
}

// registrable returns the eTLD+1 of host, or "" for an IP address or a
// name without one.
func registrable(host string) string {
	if net.ParseIP(host) != nil {
		return ""
	}
	d, err := publicsuffix.EffectiveTLDPlusOne(strings.TrimSuffix(host, "."))
	if err != nil {
		return ""
	}
	return d
}

// refuse returns why a request must not be fetched, or "" when it may be.
func (p sitePolicy) refuse(method, rawURL string, typ network.ResourceType) string {
	if method != "GET" && method != "HEAD" {
		return "method " + method
	}
	if !neededTypes[typ] {
		return "resource type " + string(typ)
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return "unparsable URL"
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "scheme " + u.Scheme
	}
	h := strings.ToLower(u.Hostname())
	if h == p.host {
		return ""
	}
	if p.site != "" && registrable(h) == p.site {
		return ""
	}
	return "third-party host " + h
}
