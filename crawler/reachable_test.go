package crawler

import (
	"context"
	"errors"
	"net"
	"net/netip"
	"testing"
)

func TestCheckDomain(t *testing.T) {
	zone := map[string][]string{
		"public.example":       {"93.184.215.14"},
		"www.wwwonly.example":  {"2606:2800:21f:cb07::1"},
		"intranet.example":     {"10.0.0.7", "192.168.1.2"},
		"www.intranet.example": {"127.0.0.1"},
		"metadata.example":     {"169.254.169.254"},
		"mixed.example":        {"10.0.0.7", "93.184.215.14"},
	}
	lookup := func(_ context.Context, host string) ([]netip.Addr, error) {
		ss, ok := zone[host]
		if !ok {
			return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
		}
		var out []netip.Addr
		for _, s := range ss {
			out = append(out, netip.MustParseAddr(s))
		}
		return out, nil
	}
	tests := []struct {
		name         string
		domain       string
		allowPrivate bool
		want         error
	}{
		{"public", "public.example", false, nil},
		{"www only", "wwwonly.example", false, nil},
		{"one public address is enough", "mixed.example", false, nil},
		{"private only", "intranet.example", false, ErrPrivateAddress},
		{"link-local metadata", "metadata.example", false, ErrPrivateAddress},
		{"no such domain", "nowhere.example", false, ErrNoAddress},
		{"private allowed", "intranet.example", true, nil},
		{"resolve override", "pinned.example", false, ErrPrivateAddress},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.Lookup = lookup
			cfg.AllowPrivate = tt.allowPrivate
			cfg.Resolve = map[string]string{"pinned.example": "127.0.0.1:8080"}
			c, err := New(cfg, newMemStore(), nil)
			if err != nil {
				t.Fatal(err)
			}
			err = c.CheckDomain(t.Context(), tt.domain)
			if (tt.want == nil) != (err == nil) || (tt.want != nil && !errors.Is(err, tt.want)) {
				t.Errorf("CheckDomain(%s) = %v, want %v", tt.domain, err, tt.want)
			}
		})
	}
}
