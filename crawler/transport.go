package crawler

import (
	"context"
	"crypto/tls"
	"mime"
	"net"
	"net/http"
	"strings"
	"time"
)

// headerContentType is where the transport keeps a response's full
// Content-Type. colly converts bodies whose Content-Type names a charset;
// the crawler keeps the raw bytes instead (they are the stored snapshot) and
// lets extraction decode them, so the transport leaves colly only the media
// type and moves the full header aside.
const headerContentType = "X-Legible-Content-Type"

// newTransport returns the HTTP transport shared by all site crawls: a
// guarded dialer, the Resolve overrides, no proxy, and gzip/brotli decoding.
func newTransport(cfg Config) http.RoundTripper {
	guard := addrGuard{allowPrivate: cfg.AllowPrivate, allow: cfg.AllowAddrs, exact: cfg.AllowAddrPorts}
	dialer := &net.Dialer{
		Timeout:   min(cfg.Timeout, 10*time.Second),
		KeepAlive: 30 * time.Second,
		Control:   guard.control,
	}
	resolve := cfg.Resolve
	tlsConfig := &tls.Config{MinVersion: tls.VersionTLS12}
	if cfg.TLSConfig != nil {
		tlsConfig = cfg.TLSConfig.Clone()
	}
	tr := &http.Transport{
		Proxy: nil, // a proxy would connect on our behalf, past the guard
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			return dialer.DialContext(ctx, network, resolveAddr(resolve, addr))
		},
		TLSClientConfig:        tlsConfig,
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           64,
		MaxIdleConnsPerHost:    4,
		IdleConnTimeout:        60 * time.Second,
		TLSHandshakeTimeout:    10 * time.Second,
		ResponseHeaderTimeout:  cfg.Timeout,
		ExpectContinueTimeout:  time.Second,
		MaxResponseHeaderBytes: 1 << 20,
		DisableCompression:     true, // decodingTransport asks for and decodes gzip and brotli
	}
	return &decodingTransport{base: tr, limit: cfg.MaxBodyBytes}
}

// resolveAddr applies the Resolve overrides to a "host:port" dial address.
func resolveAddr(resolve map[string]string, addr string) string {
	if len(resolve) == 0 {
		return addr
	}
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	if to, ok := resolve[strings.ToLower(host)]; ok {
		return to
	}
	return addr
}

// decodingTransport asks for gzip and brotli, passes every body through
// boundBody, and moves the full Content-Type aside (see headerContentType).
type decodingTransport struct {
	base http.RoundTripper
	// limit is the largest body, on the wire and decoded.
	limit int64
}

func (t *decodingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Header.Get("Accept-Encoding") == "" {
		req = req.Clone(req.Context())
		req.Header.Set("Accept-Encoding", "br, gzip")
	}
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	if err := boundBody(req.Context(), resp, t.limit); err != nil {
		resp.Body.Close()
		return nil, err
	}
	if ct := resp.Header.Get("Content-Type"); ct != "" {
		resp.Header.Set(headerContentType, ct)
		if mt, _, err := mime.ParseMediaType(ct); err == nil {
			resp.Header.Set("Content-Type", mt)
		} else {
			resp.Header.Set("Content-Type", strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
		}
	}
	return resp, nil
}
