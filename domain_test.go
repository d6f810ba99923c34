package legible

import (
	"errors"
	"testing"
)

func TestNormalizeDomain(t *testing.T) {
	tests := []struct {
		in, ascii, unicode string
	}{
		{"example.com", "example.com", "example.com"},
		{"WWW.Example.COM", "example.com", "example.com"},
		{"https://news.bbc.co.uk/news?x=1", "bbc.co.uk", "bbc.co.uk"},
		{"http://user@shop.example.org:8080/", "example.org", "example.org"},
		{"bücher.de", "xn--bcher-kva.de", "bücher.de"},
		{"xn--bcher-kva.de", "xn--bcher-kva.de", "bücher.de"},
		{"www.موقع.وزارة-الاتصالات.مصر", "xn----ymcbaaajlc6dj7bxne2c.xn--wgbh1c", "وزارة-الاتصالات.مصر"},
		{"example.com.", "example.com", "example.com"},
		{"a.b.example.github.io", "example.github.io", "example.github.io"},
	}
	for _, tt := range tests {
		a, u, err := NormalizeDomain(tt.in)
		if err != nil {
			t.Errorf("NormalizeDomain(%q): %v", tt.in, err)
			continue
		}
		if a != tt.ascii || u != tt.unicode {
			t.Errorf("NormalizeDomain(%q) = %q, %q; want %q, %q", tt.in, a, u, tt.ascii, tt.unicode)
		}
	}
}

func TestNormalizeDomainRejects(t *testing.T) {
	for _, in := range []string{"", "   ", "localhost", "com", "co.uk", "127.0.0.1", "http://[::1]/", "exa mple.com", "<script>.com", "-bad-.com..", "a..b.com"} {
		if a, _, err := NormalizeDomain(in); !errors.Is(err, ErrInvalid) {
			t.Errorf("NormalizeDomain(%q) = %q, %v; want ErrInvalid", in, a, err)
		}
	}
}

func TestDomainHash(t *testing.T) {
	// sha256("example.com")
	const want = "a379a6f6eeafb9a55e378c118034e2751e682fab9f2d30ab13d2125586ce1947"
	if got := DomainHash("example.com"); got != want {
		t.Fatalf("DomainHash = %s, want %s", got, want)
	}
}
