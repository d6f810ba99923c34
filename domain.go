package legible

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net"
	"net/url"
	"strings"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

// idnaProfile maps user input (any case, Unicode or punycode) to a lookup form.
var idnaProfile = idna.New(
	idna.MapForLookup(),
	idna.Transitional(false),
	idna.StrictDomainName(true),
	idna.BidiRule(),
)

// NormalizeDomain turns any spelling of a site — "WWW.Example.COM",
// "https://news.bbc.co.uk/path", "bücher.de", "xn--bcher-kva.de" — into its
// registrable domain (eTLD+1, by the public suffix list) in ASCII and in
// Unicode. Garbage, IP addresses and bare public suffixes give an error
// wrapping ErrInvalid.
func NormalizeDomain(input string) (ascii, unicode string, err error) {
	host, err := hostOf(input)
	if err != nil {
		return "", "", err
	}
	if net.ParseIP(strings.Trim(host, "[]")) != nil {
		return "", "", fmt.Errorf("%w: %q is an IP address, not a domain", ErrInvalid, input)
	}
	a, err := idnaProfile.ToASCII(host)
	if err != nil {
		return "", "", fmt.Errorf("%w: %q is not a valid domain name: %v", ErrInvalid, input, err)
	}
	if !strings.Contains(a, ".") || len(a) > 253 {
		return "", "", fmt.Errorf("%w: %q is not a valid domain name", ErrInvalid, input)
	}
	reg, err := publicsuffix.EffectiveTLDPlusOne(a)
	if err != nil {
		return "", "", fmt.Errorf("%w: %q has no registrable domain: %v", ErrInvalid, input, err)
	}
	u, err := idna.ToUnicode(reg)
	if err != nil {
		u = reg
	}
	return reg, u, nil
}

// NormalizeHost is like NormalizeDomain but keeps the full host name (no
// reduction to the registrable domain), for fetching a given host.
func NormalizeHost(input string) (string, error) {
	host, err := hostOf(input)
	if err != nil {
		return "", err
	}
	if ip := net.ParseIP(strings.Trim(host, "[]")); ip != nil {
		return ip.String(), nil
	}
	a, err := idnaProfile.ToASCII(host)
	if err != nil {
		return "", fmt.Errorf("%w: %q is not a valid host name: %v", ErrInvalid, input, err)
	}
	return a, nil
}

func hostOf(input string) (string, error) {
	s := strings.TrimSpace(input)
	if s == "" {
		return "", fmt.Errorf("%w: empty domain", ErrInvalid)
	}
	if len(s) > 2048 {
		return "", fmt.Errorf("%w: domain too long", ErrInvalid)
	}
	if strings.Contains(s, "://") {
		u, err := url.Parse(s)
		if err != nil {
			return "", fmt.Errorf("%w: %q is not a valid URL: %v", ErrInvalid, input, err)
		}
		s = u.Host
	} else if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.LastIndex(s, "@"); i >= 0 {
		s = s[i+1:]
	}
	if h, _, err := net.SplitHostPort(s); err == nil {
		s = h
	}
	s = strings.TrimSuffix(strings.ToLower(s), ".")
	if s == "" || strings.ContainsAny(s, " \t\r\n\"'<>\\") {
		return "", fmt.Errorf("%w: %q is not a valid domain name", ErrInvalid, input)
	}
	return s, nil
}

// DomainHash returns the lower-case hex SHA-256 of an ASCII registrable
// domain: the key of the private lookup, whose first four hex digits name a
// bucket.
func DomainHash(asciiDomain string) string {
	sum := sha256.Sum256([]byte(asciiDomain))
	return hex.EncodeToString(sum[:])
}
