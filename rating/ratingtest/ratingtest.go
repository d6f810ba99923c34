// Package ratingtest holds the sample inputs that every entry point of
// rating.Text is tested with (the command line, POST /v1/score and the
// /check page), so that they are held to the same formats and charsets.
package ratingtest

import (
	"embed"
	"path"
)

//go:embed testdata
var files embed.FS

// Input is one sample file and what its text must hold.
type Input struct {
	// Name is the file's name, with the extension that names its format.
	Name string
	// ContentType is the media type a client would declare for it.
	ContentType string
	// Body is the file's bytes.
	Body []byte
	// Want is a sentence its extracted text contains; "" for an input that
	// must be refused as binary.
	Want string
	// Language is the ISO 639-1 code the scorer should detect.
	Language string
}

// Binary reports whether the input must be refused.
func (in Input) Binary() bool { return in.Want == "" }

// Inputs returns the samples: HTML, PDF, Markdown, UTF-16 text with a byte
// order mark, Arabic text in windows-1256, and a PNG image.
func Inputs() []Input {
	const sell = "We do not sell your personal data."
	list := []Input{
		{Name: "policy.html", ContentType: "text/html", Want: sell, Language: "en"},
		{Name: "policy.pdf", ContentType: "application/pdf", Want: sell, Language: "en"},
		{Name: "policy.md", ContentType: "text/markdown", Want: sell, Language: "en"},
		{Name: "policy-utf16le.txt", ContentType: "text/plain", Want: sell, Language: "en"},
		{Name: "policy-windows-1256.txt", ContentType: "text/plain", Want: "لا نبيع بياناتك الشخصية.", Language: "ar"},
		{Name: "image.png", ContentType: "image/png"},
	}
	for i := range list {
		b, err := files.ReadFile(path.Join("testdata", list[i].Name))
		if err != nil {
			panic("ratingtest: " + err.Error())
		}
		list[i].Body = b
	}
	return list
}
