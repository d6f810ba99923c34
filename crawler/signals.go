package crawler

import (
	"bytes"
	"context"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/legible-app/legible"
)

// parseHSTS reads a Strict-Transport-Security header and returns its
// max-age in seconds; ok is false when the header is absent or malformed.
func parseHSTS(v string) (maxAge int64, ok bool) {
	if strings.TrimSpace(v) == "" {
		return 0, false
	}
	found := false
	for _, d := range strings.Split(v, ";") {
		name, value, _ := strings.Cut(strings.TrimSpace(d), "=")
		if !strings.EqualFold(strings.TrimSpace(name), "max-age") {
			continue
		}
		if found {
			return 0, false // directives must not repeat (RFC 6797 §6.1)
		}
		found = true
		n, err := strconv.ParseInt(strings.Trim(strings.TrimSpace(value), `"`), 10, 64)
		if err != nil || n < 0 {
			return 0, false
		}
		maxAge = n
	}
	return maxAge, found
}

// parseGPC reads /.well-known/gpc.json: true when it says {"gpc": true}.
func parseGPC(body []byte) bool {
	var v struct {
		GPC bool `json:"gpc"`
	}
	if err := json.Unmarshal(bytes.TrimSpace(body), &v); err != nil {
		return false
	}
	return v.GPC
}

// looksLikeHTML reports whether a body is an HTML page (a soft 404 served
// in place of a text file).
func looksLikeHTML(contentType string, body []byte) bool {
	if strings.Contains(strings.ToLower(contentType), "html") {
		return true
	}
	head := bytes.ToLower(bytes.TrimSpace(body[:min(len(body), 512)]))
	return bytes.HasPrefix(head, []byte("<!doctype")) || bytes.HasPrefix(head, []byte("<html"))
}

// signals fetches the well-known files of the site's origin and combines
// them with what the home page response showed.
func (sc *siteCrawl) signals(ctx context.Context, home *page) legible.Signals {
	sig := legible.Signals{CheckedAt: sc.cfg.Now().UTC()}
	origin := home.URL.Scheme + "://" + home.URL.Host
	if home.URL.Scheme == "https" {
		sig.HTTPS = true
		if age, ok := parseHSTS(home.Header.Get("Strict-Transport-Security")); ok && age > 0 {
			sig.HSTS, sig.HSTSMaxAge = true, age
		}
		// RFC 9116 §3: security.txt must be served over HTTPS.
		if p, err := sc.f.get(ctx, origin+"/.well-known/security.txt"); err != nil {
			sc.note("security.txt: %v", err)
		} else if p.ok() && !looksLikeHTML(p.ContentType, p.Body) {
			st := ParseSecurityTxt(p.Body)
			sc.res.SecurityTxt = st
			if st.Valid() && !st.Expired(sc.cfg.Now()) {
				sig.SecurityTxt = true
				sig.SecurityContacts = st.Contacts
				sig.SecurityTxtExpires = st.Expires
			}
		}
	}
	if p, err := sc.f.get(ctx, origin+"/.well-known/gpc.json"); err != nil {
		sc.note("gpc.json: %v", err)
	} else if p.ok() {
		sig.GPC = parseGPC(p.Body)
	}
	return sig
}
