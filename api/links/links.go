// Package links builds Legible's public addresses in one way for the API,
// the pages and the feeds: the paths of a site's report, API resource, badge
// and feed, with the domain escaped, and the public root that makes them
// absolute.
//
// The root is never taken from what any client says: X-Forwarded-Proto,
// X-Forwarded-Host and Host are all the client's to set, and an absolute link
// built from them would poison a cached response for everyone. It is the
// configured base URL (--base-url), else the request's Host when it is on an
// allow-list (--public-host), else unknown: callers then use relative links.
package links

import (
	"net/url"
	"strings"
)

// SitePage is the path of a site's report page, "/sites/DOMAIN".
func SitePage(domain string) string { return "/sites/" + url.PathEscape(domain) }

// SiteRequest is the path that requests a site's rating.
func SiteRequest(domain string) string { return SitePage(domain) + "/request" }

// SiteAPI is the path of a site's report in the JSON API, "/v1/sites/DOMAIN".
func SiteAPI(domain string) string { return "/v1/sites/" + url.PathEscape(domain) }

// SiteHistory is the path of a site's history in the JSON API.
func SiteHistory(domain string) string { return SiteAPI(domain) + "/history" }

// Badge is the path of a site's grade badge, "/badge/DOMAIN.svg".
func Badge(domain string) string { return "/badge/" + url.PathEscape(domain) + ".svg" }

// SiteFeed is the path of a site's change feed, "/feeds/sites/DOMAIN.atom".
func SiteFeed(domain string) string { return "/feeds/sites/" + url.PathEscape(domain) + ".atom" }

// HowWeScore is the path of the page that explains the grades.
const HowWeScore = "/how-we-score"

// ChangesFeed is the path of the feed of every site's changes.
const ChangesFeed = "/feeds/changes.atom"

// Absolute joins a public root ("" when unknown) and a path: the absolute
// address, or the path itself when the root is unknown.
func Absolute(root, path string) string {
	return strings.TrimRight(root, "/") + path
}
