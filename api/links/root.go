package links

import (
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// Root decides the public root of absolute links. The zero value knows no
// root: every link is relative.
type Root struct {
	base  string
	hosts map[string]string // allowed host (lower case, with any port) → scheme
}

// NewRoot builds a Root from the configured base URL ("" for none) and the
// allowed public hosts, each "host[:port]" (its scheme is then the one the
// request arrived on) or "https://host[:port]".
func NewRoot(baseURL string, hosts []string) (Root, error) {
	r := Root{hosts: map[string]string{}}
	if baseURL != "" {
		u, err := url.Parse(baseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
			return Root{}, fmt.Errorf("links: base URL %q is not an absolute http(s) URL", baseURL)
		}
		r.base = strings.TrimRight(u.Scheme+"://"+u.Host+u.EscapedPath(), "/")
	}
	for _, h := range hosts {
		h = strings.TrimSpace(h)
		if h == "" {
			continue
		}
		scheme := ""
		if s, rest, ok := strings.Cut(h, "://"); ok {
			if s != "http" && s != "https" {
				return Root{}, fmt.Errorf("links: public host %q: scheme must be http or https", h)
			}
			scheme, h = s, strings.TrimRight(rest, "/")
		}
		if h == "" || strings.ContainsAny(h, "/?#@ ") {
			return Root{}, fmt.Errorf("links: public host %q is not a host name", h)
		}
		r.hosts[strings.ToLower(h)] = scheme
	}
	return r, nil
}

// For returns the public root for a request: the base URL when one is
// configured; else, when the request's Host is allowed, its scheme and host
// (the scheme is the allow-list entry's, or https when the connection is
// TLS, else http); else "" — the caller then uses relative links.
// Forwarded headers are never read.
func (r Root) For(req *http.Request) string {
	if r.base != "" {
		return r.base
	}
	host := strings.ToLower(req.Host)
	scheme, ok := r.hosts[host]
	if !ok {
		// A host given without its default port matches it too.
		if h, port, err := net.SplitHostPort(host); err == nil && (port == "80" || port == "443") {
			scheme, ok = r.hosts[h]
		}
	}
	if !ok {
		return ""
	}
	if scheme == "" {
		scheme = "http"
		if req.TLS != nil {
			scheme = "https"
		}
	}
	return scheme + "://" + host
}
