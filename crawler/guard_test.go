package crawler

import (
	"context"
	"errors"
	"net"
	"net/netip"
	"testing"
	"time"
)

func TestIsPublicAddr(t *testing.T) {
	tests := []struct {
		addr   string
		public bool
	}{
		{"8.8.8.8", true},
		{"1.1.1.1", true},
		{"93.184.216.34", true},
		{"2606:4700:4700::1111", true},
		{"2a00:1450:4007:80e::200e", true},
		{"127.0.0.1", false},
		{"127.255.255.254", false},
		{"::1", false},
		{"10.1.2.3", false},
		{"172.16.0.1", false},
		{"172.31.255.255", false},
		{"172.32.0.1", true},
		{"192.168.1.1", false},
		{"169.254.169.254", false},
		{"fe80::1", false},
		{"0.0.0.0", false},
		{"::", false},
		{"0.1.2.3", false},
		{"224.0.0.1", false},
		{"239.255.255.250", false},
		{"ff02::1", false},
		{"100.64.0.1", false},
		{"100.127.255.254", false},
		{"100.128.0.1", true},
		{"192.0.2.10", false},
		{"198.51.100.7", false},
		{"203.0.113.99", false},
		{"2001:db8::1", false},
		{"198.18.0.1", false},
		{"240.0.0.1", false},
		{"255.255.255.255", false},
		{"fc00::1", false},
		{"fd12:3456::1", false},
		{"::ffff:127.0.0.1", false},
		{"::ffff:169.254.169.254", false},
		{"::ffff:8.8.8.8", true},
		{"64:ff9b::7f00:1", false},   // NAT64 of 127.0.0.1
		{"64:ff9b::808:808", true},   // NAT64 of 8.8.8.8
		{"2002:7f00:1::", false},     // 6to4 of 127.0.0.1
		{"2002:a9fe:a9fe::1", false}, // 6to4 of 169.254.169.254
		{"2002:808:808::1", true},    // 6to4 of 8.8.8.8
		{"::127.0.0.1", false},       // IPv4-compatible
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			if got := IsPublicAddr(netip.MustParseAddr(tt.addr)); got != tt.public {
				t.Errorf("IsPublicAddr(%s) = %v, want %v", tt.addr, got, tt.public)
			}
		})
	}
	if IsPublicAddr(netip.Addr{}) {
		t.Error("the zero address must not be public")
	}
}

func TestAddrGuardCheck(t *testing.T) {
	tests := []struct {
		name  string
		guard addrGuard
		addr  string
		ok    bool
	}{
		{"public", addrGuard{}, "8.8.8.8:443", true},
		{"loopback refused", addrGuard{}, "127.0.0.1:80", false},
		{"metadata refused", addrGuard{}, "169.254.169.254:80", false},
		{"mapped loopback refused", addrGuard{}, "[::ffff:127.0.0.1]:80", false},
		{"ipv6 loopback refused", addrGuard{}, "[::1]:443", false},
		{"garbage refused", addrGuard{}, "not-an-address", false},
		{"allow private", addrGuard{allowPrivate: true}, "127.0.0.1:80", true},
		{"allow list", addrGuard{allow: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}}, "127.0.0.1:8080", true},
		{"allow list is narrow", addrGuard{allow: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}}, "169.254.169.254:80", false},
		{"exact address and port", addrGuard{exact: []netip.AddrPort{netip.MustParseAddrPort("127.0.0.1:8080")}}, "127.0.0.1:8080", true},
		{"exact address, another port", addrGuard{exact: []netip.AddrPort{netip.MustParseAddrPort("127.0.0.1:8080")}}, "127.0.0.1:8081", false},
		{"exact address, mapped form", addrGuard{exact: []netip.AddrPort{netip.MustParseAddrPort("127.0.0.1:8080")}}, "[::ffff:127.0.0.1]:8080", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.guard.check(tt.addr)
			if (err == nil) != tt.ok {
				t.Fatalf("check(%s) = %v, want ok=%v", tt.addr, err, tt.ok)
			}
			if err != nil && !errors.Is(err, ErrPrivateAddress) {
				t.Errorf("error %v does not wrap ErrPrivateAddress", err)
			}
		})
	}
}

// TestDialerGuard dials through the real dialer: the guard runs after name
// resolution, so "localhost" is refused like 127.0.0.1.
func TestDialerGuard(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()

	guarded := &net.Dialer{Control: addrGuard{}.control}
	for _, host := range []string{"127.0.0.1", "localhost"} {
		if c, err := guarded.DialContext(ctx, "tcp", net.JoinHostPort(host, port)); err == nil {
			c.Close()
			t.Errorf("dial %s: connected, want refusal", host)
		} else if !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("dial %s: %v, want ErrPrivateAddress", host, err)
		}
	}
	open := &net.Dialer{Control: addrGuard{allowPrivate: true}.control}
	c, err := open.DialContext(ctx, "tcp", net.JoinHostPort("127.0.0.1", port))
	if err != nil {
		t.Fatalf("dial with AllowPrivate: %v", err)
	}
	c.Close()
}
