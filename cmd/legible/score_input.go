package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/rating"
	"github.com/legible-app/legible/scorer"
)

// maxScoreInput is the most legible score reads from one input.
const maxScoreInput = rating.MaxInputBytes

// errTooLarge reports an input over maxScoreInput.
var errTooLarge = fmt.Errorf("input is over the %d MiB limit of legible score", maxScoreInput>>20)

// scoreFile reads, extracts and scores one input.
func scoreFile(ctx context.Context, e *env, file, lang string, kind legible.DocKind) (*scorer.Report, error) {
	body, err := readInput(e, file)
	if err != nil {
		return nil, err
	}
	text, err := rating.Text(rating.Input{Body: body, Name: file})
	if err == nil {
		if err = ctx.Err(); err != nil {
			return nil, err
		}
		var rep *scorer.Report
		if rep, err = rating.Score(text, scorer.Options{Language: lang, Kind: kind}); err == nil {
			return rep, nil
		}
	}
	switch {
	case errors.Is(err, rating.ErrEmpty):
		return nil, errors.New("empty: there is no text to score")
	case errors.Is(err, rating.ErrNotText):
		return nil, errors.New("not text: the input looks like binary data, not HTML, PDF, Markdown or text")
	case errors.Is(err, rating.ErrTooLarge):
		return nil, errTooLarge
	}
	return nil, fmt.Errorf("score: %w", err)
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
