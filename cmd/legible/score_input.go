package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"

	"github.com/legible-app/legible/extract"
	"github.com/legible-app/legible/scorer"
)

// maxScoreInput is the most legible score reads from one input.
const maxScoreInput = 20 << 20

// errTooLarge reports an input over maxScoreInput.
var errTooLarge = fmt.Errorf("input is over the %d MiB limit of legible score", maxScoreInput>>20)

// scoreFile reads, extracts and scores one input.
func scoreFile(ctx context.Context, e *env, file, lang string) (*scorer.Report, error) {
	body, err := readInput(e, file)
	if err != nil {
		return nil, err
	}
	text, err := inputText(file, body)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rep, err := scorer.Score(text, scorer.Options{Language: lang})
	switch {
	case errors.Is(err, scorer.ErrEmpty):
		return nil, errors.New("empty: there is no text to score")
	case errors.Is(err, scorer.ErrNotText):
		return nil, errors.New("not text: the input looks like binary data")
	case err != nil:
		return nil, fmt.Errorf("score: %w", err)
	}
	return rep, nil
}

// readInput reads a file, or standard input for "-", up to maxScoreInput.
func readInput(e *env, file string) ([]byte, error) {
	var r io.Reader
	if file == "-" {
		r = e.stdin
	} else {
		fi, err := os.Stat(file)
		if err != nil {
			return nil, fmt.Errorf("read: %w", errors.Unwrap(err))
		}
		if fi.IsDir() {
			return nil, errors.New("read: is a directory")
		}
		if fi.Size() > maxScoreInput {
			return nil, fmt.Errorf("%w (it has %d MiB)", errTooLarge, fi.Size()>>20)
		}
		f, err := os.Open(file)
		if err != nil {
			return nil, fmt.Errorf("read: %w", errors.Unwrap(err))
		}
		defer f.Close()
		r = f
	}
	body, err := io.ReadAll(io.LimitReader(r, maxScoreInput+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if len(body) > maxScoreInput {
		return nil, errTooLarge
	}
	return body, nil
}

// inputText returns the text to score: the main text of an HTML or PDF
// document, or the body itself for Markdown and plain text.
func inputText(file string, body []byte) (string, error) {
	if text, ok := decodeUTF16(body); ok {
		body = []byte(text)
	}
	if !needsExtraction(file, body) {
		return string(body), nil
	}
	res, err := extract.Extract(body, "", "")
	if err != nil {
		return "", fmt.Errorf("extract: %w", err)
	}
	return res.Text, nil
}

// needsExtraction reports whether the input is an HTML or PDF document: by
// its extension, or for standard input and unknown extensions by its start.
func needsExtraction(file string, body []byte) bool {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".html", ".htm", ".xhtml", ".pdf":
		return true
	case ".md", ".markdown", ".txt", ".text":
		return false
	}
	head := bytes.TrimLeft(body[:min(len(body), 512)], " \t\r\n\ufeff")
	if bytes.HasPrefix(head, []byte("%PDF-")) {
		return true
	}
	lower := bytes.ToLower(head)
	return bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html"))
}

// decodeUTF16 decodes text that starts with a UTF-16 byte order mark.
func decodeUTF16(body []byte) (string, bool) {
	if len(body) < 2 || len(body)%2 != 0 {
		return "", false
	}
	var order binary.ByteOrder
	switch {
	case body[0] == 0xFF && body[1] == 0xFE:
		order = binary.LittleEndian
	case body[0] == 0xFE && body[1] == 0xFF:
		order = binary.BigEndian
	default:
		return "", false
	}
	units := make([]uint16, 0, len(body)/2-1)
	for i := 2; i+1 < len(body); i += 2 {
		units = append(units, order.Uint16(body[i:]))
	}
	return string(utf16.Decode(units)), true
}
