package main

import (
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/mattn/go-isatty"
)

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// maxProgressURL bounds the address shown on the progress line.
const maxProgressURL = 70

// pageProgress returns a crawler.Config.OnPage that rewrites one terminal
// line per page requested ("page 3: https://example.com/privacy"), so a
// crawl of one site, which may take 30 pages at a polite second each,
// visibly moves. The line is cleared when the crawl's result is printed.
func pageProgress(w io.Writer) func(string) {
	var mu sync.Mutex
	n := 0
	return func(url string) {
		mu.Lock()
		defer mu.Unlock()
		n++
		if len(url) > maxProgressURL {
			url = url[:maxProgressURL-1] + "…"
		}
		fmt.Fprintf(w, "\r\033[Kpage %d: %s", n, url)
	}
}
