package crawler

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"time"
)

// SecurityTxt is a parsed /.well-known/security.txt (RFC 9116).
type SecurityTxt struct {
	Contacts           []string  `json:"contacts,omitempty"`
	Expires            time.Time `json:"expires,omitzero"`
	Encryption         []string  `json:"encryption,omitempty"`
	Acknowledgments    []string  `json:"acknowledgments,omitempty"`
	PreferredLanguages []string  `json:"preferred_languages,omitempty"`
	Canonical          []string  `json:"canonical,omitempty"`
	Policy             []string  `json:"policy,omitempty"`
	Hiring             []string  `json:"hiring,omitempty"`
	CSAF               []string  `json:"csaf,omitempty"`
	// Signed is true when the file is wrapped in an OpenPGP cleartext signature
	// (the signature itself is not verified).
	Signed bool `json:"signed,omitempty"`
	// Problems lists departures from RFC 9116 (unknown fields are allowed).
	Problems []string `json:"problems,omitempty"`
}

// Valid reports whether the file names at least one contact, as RFC 9116 requires.
func (s *SecurityTxt) Valid() bool { return s != nil && len(s.Contacts) > 0 }

// Expired reports whether the Expires field is in the past at now.
func (s *SecurityTxt) Expired(now time.Time) bool {
	return s != nil && !s.Expires.IsZero() && !now.Before(s.Expires)
}

// ParseSecurityTxt parses a security.txt file: "Field: value" lines,
// "#" comments, an optional OpenPGP cleartext-signature wrapper. It never
// fails; what it could not use is listed in Problems.
func ParseSecurityTxt(body []byte) *SecurityTxt {
	st := &SecurityTxt{}
	lines := splitLines(body)
	lines = st.unwrapSigned(lines)
	expiresSeen := 0
	for n, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok || strings.ContainsAny(name, " \t") {
			st.problem("line %d is not a field", n+1)
			continue
		}
		value = strings.TrimSpace(value)
		switch strings.ToLower(name) {
		case "contact":
			if validURI(value) {
				st.Contacts = append(st.Contacts, value)
			} else {
				st.problem("contact %q is not a URI", value)
			}
		case "expires":
			expiresSeen++
			t, err := time.Parse(time.RFC3339, value)
			if err != nil {
				st.problem("expires %q is not an RFC 3339 date", value)
				continue
			}
			st.Expires = t
		case "encryption":
			st.Encryption = append(st.Encryption, value)
		case "acknowledgments", "acknowledgements":
			st.Acknowledgments = append(st.Acknowledgments, value)
		case "preferred-languages":
			for _, l := range strings.Split(value, ",") {
				if l = strings.TrimSpace(l); l != "" {
					st.PreferredLanguages = append(st.PreferredLanguages, l)
				}
			}
		case "canonical":
			st.Canonical = append(st.Canonical, value)
		case "policy":
			st.Policy = append(st.Policy, value)
		case "hiring":
			st.Hiring = append(st.Hiring, value)
		case "csaf":
			st.CSAF = append(st.CSAF, value)
		}
	}
	if len(st.Contacts) == 0 {
		st.problem("no Contact field")
	}
	switch {
	case expiresSeen == 0:
		st.problem("no Expires field")
	case expiresSeen > 1:
		st.problem("Expires appears %d times", expiresSeen)
	}
	return st
}

func (s *SecurityTxt) problem(format string, args ...any) {
	if len(s.Problems) < 20 {
		s.Problems = append(s.Problems, fmt.Sprintf(format, args...))
	}
}

// unwrapSigned strips an OpenPGP cleartext signature: the armor header
// lines, the signature block and dash-escaping ("- " prefixes).
func (s *SecurityTxt) unwrapSigned(lines []string) []string {
	start := -1
	for i, l := range lines {
		if strings.TrimSpace(l) == "-----BEGIN PGP SIGNED MESSAGE-----" {
			start = i
			break
		}
		if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "#") {
			return lines // content before any wrapper: not signed
		}
	}
	if start < 0 {
		return lines
	}
	s.Signed = true
	i := start + 1
	for i < len(lines) && strings.TrimSpace(lines[i]) != "" { // "Hash: SHA256" headers
		i++
	}
	var out []string
	for _, l := range lines[i:] {
		if strings.TrimSpace(l) == "-----BEGIN PGP SIGNATURE-----" {
			break
		}
		out = append(out, strings.TrimPrefix(l, "- "))
	}
	return out
}

func splitLines(body []byte) []string {
	body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		out = append(out, strings.TrimRight(sc.Text(), "\r"))
	}
	return out
}

// validURI accepts the URI forms RFC 9116 contacts use.
func validURI(v string) bool {
	l := strings.ToLower(v)
	for _, p := range []string{"https://", "http://", "mailto:", "tel:"} {
		if strings.HasPrefix(l, p) && len(l) > len(p) && !strings.ContainsAny(v, " \t<>\"") {
			return true
		}
	}
	return false
}
