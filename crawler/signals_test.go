package crawler

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

func TestParseSecurityTxt(t *testing.T) {
	exp := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		file     string // in testdata/securitytxt
		contacts []string
		expires  time.Time
		signed   bool
		valid    bool
		langs    []string
		problems int
	}{
		{"minimal", "minimal.txt", []string{"mailto:security@example.com"}, exp, false, true, nil, 0},
		{"full with comments", "full.txt",
			[]string{"https://example.com/security", "mailto:security@example.com", "tel:+1-201-555-0123"},
			exp, false, true, []string{"en", "fr", "ar"}, 0},
		{"signed", "signed.txt", []string{"mailto:security@example.com"}, exp, true, true, nil, 0},
		{"no contact", "no-contact.txt", nil, exp, false, false, nil, 1},
		{"bad values", "bad.txt", []string{"mailto:ok@example.com"}, time.Time{}, false, true, nil, 3},
		{"crlf and bom", "crlf.txt", []string{"mailto:security@example.com"}, exp, false, true, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", "securitytxt", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			st := ParseSecurityTxt(body)
			if !reflect.DeepEqual(st.Contacts, tt.contacts) {
				t.Errorf("contacts = %q, want %q", st.Contacts, tt.contacts)
			}
			if !st.Expires.Equal(tt.expires) {
				t.Errorf("expires = %v, want %v", st.Expires, tt.expires)
			}
			if st.Signed != tt.signed || st.Valid() != tt.valid {
				t.Errorf("signed=%v valid=%v, want %v %v", st.Signed, st.Valid(), tt.signed, tt.valid)
			}
			if tt.langs != nil && !reflect.DeepEqual(st.PreferredLanguages, tt.langs) {
				t.Errorf("languages = %q, want %q", st.PreferredLanguages, tt.langs)
			}
			if len(st.Problems) != tt.problems {
				t.Errorf("problems = %q, want %d of them", st.Problems, tt.problems)
			}
		})
	}
}

func TestSecurityTxtExpired(t *testing.T) {
	st := &SecurityTxt{Contacts: []string{"mailto:a@b.c"}, Expires: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)}
	if !st.Expired(time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Error("want expired")
	}
	if st.Expired(time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Error("want not expired")
	}
	if (&SecurityTxt{}).Expired(time.Now()) {
		t.Error("no Expires field is not expired")
	}
}

func TestParseHSTS(t *testing.T) {
	tests := []struct {
		header string
		age    int64
		ok     bool
	}{
		{"max-age=31536000", 31536000, true},
		{"max-age=63072000; includeSubDomains; preload", 63072000, true},
		{`Max-Age="600"`, 600, true},
		{"includeSubDomains; max-age=0", 0, true},
		{"", 0, false},
		{"includeSubDomains", 0, false},
		{"max-age=abc", 0, false},
		{"max-age=-5", 0, false},
		{"max-age=1; max-age=2", 0, false},
	}
	for _, tt := range tests {
		age, ok := parseHSTS(tt.header)
		if age != tt.age || ok != tt.ok {
			t.Errorf("parseHSTS(%q) = %d, %v; want %d, %v", tt.header, age, ok, tt.age, tt.ok)
		}
	}
}

func TestParseGPC(t *testing.T) {
	tests := []struct {
		body string
		want bool
	}{
		{`{"gpc": true, "lastUpdate": "2021-11-01"}`, true},
		{`{"gpc": false}`, false},
		{`{"gpc": "true"}`, false},
		{`<html>not found</html>`, false},
		{``, false},
	}
	for _, tt := range tests {
		if got := parseGPC([]byte(tt.body)); got != tt.want {
			t.Errorf("parseGPC(%q) = %v, want %v", tt.body, got, tt.want)
		}
	}
}
