package rating_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/rating"
	"github.com/legible-app/legible/rating/ratingtest"
)

// TestTextSamples reads every sample as the three entry points may see it:
// named and declared (an upload), named only (a file on disk) and neither
// (standard input or a raw body of unknown type).
func TestTextSamples(t *testing.T) {
	for _, in := range ratingtest.Inputs() {
		for _, how := range []struct {
			name string
			in   rating.Input
		}{
			{"declared", rating.Input{Body: in.Body, Name: in.Name, ContentType: in.ContentType}},
			{"named", rating.Input{Body: in.Body, Name: in.Name}},
			{"sniffed", rating.Input{Body: in.Body}},
		} {
			t.Run(in.Name+"/"+how.name, func(t *testing.T) {
				text, err := rating.Text(how.in)
				if in.Binary() {
					if !errors.Is(err, rating.ErrNotText) || !errors.Is(err, legible.ErrInvalid) {
						t.Fatalf("err = %v, want ErrNotText", err)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(text, in.Want) {
					t.Errorf("text lacks %q:\n%s", in.Want, text)
				}
				if strings.ContainsAny(text, "\x00\ufffd<>") {
					t.Errorf("text holds markup or undecoded bytes:\n%q", text)
				}
			})
		}
	}
}

func TestTextCharsets(t *testing.T) {
	encode := func(e *charmap.Charmap, s string) []byte {
		b, err := e.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	utf16be := func(s string) []byte {
		out := []byte{0xFE, 0xFF}
		for _, u := range utf16.Encode([]rune(s)) {
			out = append(out, byte(u>>8), byte(u))
		}
		return out
	}
	const arabic = "نحن لا نبيع بياناتك الشخصية. نحتفظ بالبيانات لمدة ثلاثين يومًا."
	const russian = "Мы не продаём ваши персональные данные. Мы храним данные тридцать дней."
	const french = "Nous ne vendons pas vos données personnelles. Nous les gardons trente jours."
	tests := []struct {
		name string
		in   rating.Input
		want string
	}{
		{"windows-1256 guessed", rating.Input{Body: encode(charmap.Windows1256, arabic), Name: "p.txt"}, arabic},
		{"windows-1251 guessed", rating.Input{Body: encode(charmap.Windows1251, russian), Name: "p.txt"}, russian},
		{"windows-1252 guessed", rating.Input{Body: encode(charmap.Windows1252, french), Name: "p.txt"}, french},
		{"iso-8859-1 declared", rating.Input{Body: encode(charmap.ISO8859_1, french), ContentType: "text/plain; charset=iso-8859-1"}, french},
		{"windows-1256 declared over a guess", rating.Input{Body: encode(charmap.Windows1256, arabic), ContentType: "text/markdown; charset=windows-1256"}, arabic},
		{"windows-1256 page declaring it", rating.Input{
			Body: append([]byte(`<html><head><meta charset="windows-1256"></head><body><p>`), append(encode(charmap.Windows1256, arabic), []byte("</p></body></html>")...)...),
		}, arabic},
		{"windows-1256 page declaring nothing", rating.Input{
			Body: append([]byte(`<!doctype html><html><body><p>`), append(encode(charmap.Windows1256, arabic), []byte("</p></body></html>")...)...),
		}, arabic},
		{"UTF-16 big endian", rating.Input{Body: utf16be(russian), Name: "-"}, russian},
		{"UTF-16 page", rating.Input{Body: utf16be("<!doctype html><html><body><p>" + french + "</p></body></html>"), Name: "p.html"}, french},
		{"UTF-8 with BOM", rating.Input{Body: append([]byte("\xef\xbb\xbf"), french...)}, french},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := rating.Text(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTextRefuses(t *testing.T) {
	tests := []struct {
		name string
		in   rating.Input
		want error
	}{
		{"empty", rating.Input{Name: "p.txt"}, rating.ErrEmpty},
		{"blank", rating.Input{Body: []byte(" \n\t\n")}, rating.ErrEmpty},
		{"page without text", rating.Input{Body: []byte("<html><body><script>x()</script></body></html>")}, rating.ErrEmpty},
		{"NUL in a text file", rating.Input{Body: []byte("We sell\x00 data."), Name: "p.txt"}, rating.ErrNotText},
		{"control bytes", rating.Input{Body: bytes.Repeat([]byte("ab\x01\x02"), 100), ContentType: "text/plain"}, rating.ErrNotText},
		{"executable", rating.Input{Body: []byte("MZ\x90\x00\x03\x00\x00\x00\x04\x00"), Name: "policy.exe"}, rating.ErrNotText},
		{"zip named .md", rating.Input{Body: []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"), Name: "policy.md"}, rating.ErrNotText},
		{"unsupported type", rating.Input{Body: []byte("{}"), ContentType: "application/json"}, rating.ErrNotText},
		{"broken PDF", rating.Input{Body: []byte("%PDF-1.4\nnot really"), Name: "p.pdf"}, legible.ErrInvalid},
		{"too large", rating.Input{Body: bytes.Repeat([]byte("a "), rating.MaxInputBytes/2+1)}, rating.ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, err := rating.Text(tt.in)
			if !errors.Is(err, tt.want) || !errors.Is(err, legible.ErrInvalid) {
				t.Fatalf("Text = %q, %v; want %v", text, err, tt.want)
			}
		})
	}
}
