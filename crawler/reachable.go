package crawler

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strings"

	"github.com/legible-app/legible"
)

// ErrNoAddress means a domain has no address at all.
var ErrNoAddress = errors.New("the domain has no address")

// LookupFunc resolves a host name to its IP addresses, like
// (*net.Resolver).LookupNetIP with network "ip".
type LookupFunc func(ctx context.Context, host string) ([]netip.Addr, error)

// CheckDomain returns nil when a crawl of domain could connect somewhere:
// the domain, or its www. host, resolves (through Config.Resolve, then
// Config.Lookup) to an address the dialer guard accepts. Otherwise it
// returns an error wrapping ErrPrivateAddress or ErrNoAddress. It lets
// callers refuse a crawl before queueing it; the dialer still checks every
// connection.
func (c *Crawler) CheckDomain(ctx context.Context, domain string) error {
	ascii, _, err := legible.NormalizeDomain(domain)
	if err != nil {
		return fmt.Errorf("check %q: %w", domain, err)
	}
	var errs []error
	for _, host := range []string{ascii, "www." + ascii} {
		err := c.checkHost(ctx, host)
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("check %s: %w", ascii, ctx.Err())
		}
		errs = append(errs, err)
	}
	return fmt.Errorf("check %s: %w", ascii, joinedErrors(errs))
}

// checkHost returns nil when one of host's addresses passes the guard.
func (c *Crawler) checkHost(ctx context.Context, host string) error {
	guard := addrGuard{allowPrivate: c.cfg.AllowPrivate, allow: c.cfg.AllowAddrs, exact: c.cfg.AllowAddrPorts}
	if to, ok := c.cfg.Resolve[strings.ToLower(host)]; ok {
		return guard.check(to)
	}
	addrs, err := c.cfg.Lookup(ctx, host)
	if err != nil {
		var dnsErr *net.DNSError
		if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
			return fmt.Errorf("%s: %w", host, ErrNoAddress)
		}
		return fmt.Errorf("%s: %w", host, err)
	}
	if len(addrs) == 0 {
		return fmt.Errorf("%s: %w", host, ErrNoAddress)
	}
	var firstErr error
	for _, a := range addrs {
		err := guard.check(netip.AddrPortFrom(a, 443).String())
		if err == nil {
			return nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return fmt.Errorf("%s: %w", host, firstErr)
}

// defaultLookup resolves with the system resolver.
func defaultLookup(ctx context.Context, host string) ([]netip.Addr, error) {
	return net.DefaultResolver.LookupNetIP(ctx, "ip", host)
}
