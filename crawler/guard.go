package crawler

import (
	"errors"
	"fmt"
	"net/netip"
	"syscall"
)

// ErrPrivateAddress means a host resolved to an address the crawler refuses
// to connect to: loopback, private, link-local and other non-public ranges.
var ErrPrivateAddress = errors.New("refusing to connect to a non-public address")

// nonPublic lists the address ranges that are not reachable on the public
// internet, after IPv4-mapped IPv6 addresses are unmapped.
var nonPublic = mustPrefixes(
	"0.0.0.0/8",       // "this network", unspecified
	"10.0.0.0/8",      // private
	"100.64.0.0/10",   // carrier-grade NAT
	"127.0.0.0/8",     // loopback
	"169.254.0.0/16",  // link-local (cloud metadata services)
	"172.16.0.0/12",   // private
	"192.0.0.0/24",    // IETF protocol assignments
	"192.0.2.0/24",    // documentation (TEST-NET-1)
	"192.88.99.0/24",  // 6to4 relay anycast (deprecated)
	"192.168.0.0/16",  // private
	"198.18.0.0/15",   // benchmarking
	"198.51.100.0/24", // documentation (TEST-NET-2)
	"203.0.113.0/24",  // documentation (TEST-NET-3)
	"224.0.0.0/4",     // multicast
	"240.0.0.0/4",     // reserved, broadcast
	"::/128",          // unspecified
	"::1/128",         // loopback
	"::/96",           // IPv4-compatible (deprecated)
	"100::/64",        // discard-only
	"2001::/23",       // IETF protocol assignments (Teredo, ORCHID...)
	"2001:db8::/32",   // documentation
	"3fff::/20",       // documentation
	"fc00::/7",        // unique local
	"fe80::/10",       // link-local
	"fec0::/10",       // site-local (deprecated)
	"ff00::/8",        // multicast
	"64:ff9b:1::/48",  // local-use NAT64
	"5f00::/16",       // segment routing SIDs
)

var (
	sixToFour = netip.MustParsePrefix("2002::/16")
	nat64     = netip.MustParsePrefix("64:ff9b::/96")
)

func mustPrefixes(ss ...string) []netip.Prefix {
	out := make([]netip.Prefix, len(ss))
	for i, s := range ss {
		out[i] = netip.MustParsePrefix(s)
	}
	return out
}

// IsPublicAddr reports whether a is a globally reachable unicast address.
// IPv4-mapped IPv6 addresses are judged by their IPv4 address; 6to4 and NAT64
// addresses by the IPv4 address they embed.
func IsPublicAddr(a netip.Addr) bool {
	if !a.IsValid() {
		return false
	}
	a = a.Unmap()
	if a.Is6() {
		b := a.As16()
		switch {
		case sixToFour.Contains(a):
			return IsPublicAddr(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}))
		case nat64.Contains(a):
			return IsPublicAddr(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
		}
	}
	for _, p := range nonPublic {
		if p.Contains(a) {
			return false
		}
	}
	return true
}

// addrGuard decides at dial time whether a resolved address may be reached.
type addrGuard struct {
	allowPrivate bool
	allow        []netip.Prefix
	// exact are single addresses and ports allowed, e.g. a test's own server.
	exact []netip.AddrPort
}

// check returns an error wrapping ErrPrivateAddress when the resolved
// address ("ip:port") may not be reached.
func (g addrGuard) check(address string) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: unparsable address %q", ErrPrivateAddress, address)
	}
	if g.allowPrivate {
		return nil
	}
	a := ap.Addr().Unmap()
	for _, e := range g.exact {
		if e.Addr().Unmap() == a && e.Port() == ap.Port() {
			return nil
		}
	}
	for _, p := range g.allow {
		if p.Contains(a) {
			return nil
		}
	}
	if !IsPublicAddr(a) {
		return fmt.Errorf("%w: %s", ErrPrivateAddress, a)
	}
	return nil
}

// control is a net.Dialer Control function: it runs after name resolution,
// for every address the dialer tries, before connecting — so DNS rebinding
// and redirects to internal hosts cannot slip through.
func (g addrGuard) control(network, address string, _ syscall.RawConn) error {
	return g.check(address)
}
