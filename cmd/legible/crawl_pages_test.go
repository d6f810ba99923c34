package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

func TestPageProgress(t *testing.T) {
	var buf bytes.Buffer
	onPage := pageProgress(&buf)
	onPage("https://example.com/")
	onPage("https://example.com/" + strings.Repeat("x", 100))
	out := buf.String()
	if !strings.Contains(out, "\r\033[Kpage 1: https://example.com/") || !strings.Contains(out, "\r\033[Kpage 2: https://example.com/xx") {
		t.Errorf("progress = %q", out)
	}
	if strings.Contains(out, strings.Repeat("x", 80)) {
		t.Errorf("a long address was not shortened: %q", out)
	}
	if isTerminal(&buf) {
		t.Error("a buffer is taken for a terminal")
	}
}

// A site that cannot be reached is one short line a newcomer can act on,
// printed once per place (the progress line and the result).
func TestCrawlUnreachableIsOneShortLine(t *testing.T) {
	e, out, errs := crawlCmdEnv(nil)
	code := crawlCmdRun(t, e, "--db", filepath.Join(t.TempDir(), "x.db"), "down.example",
		"--allow-private", "--resolve", "down.example=127.0.0.1:1", "--resolve", "www.down.example=127.0.0.1:1", "--delay", "0")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, s := range []string{out.String(), errs.String()} {
		for _, line := range strings.Split(s, "\n") {
			if len(line) > 120 {
				t.Errorf("line of %d characters: %q", len(line), line)
			}
		}
	}
	if !strings.Contains(out.String(), "failed     down.example                 the site refused the connection") {
		t.Errorf("stdout:\n%s", out)
	}
	// Without --allow-private, the private address is refused with the flag to use.
	e, out, _ = crawlCmdEnv(nil)
	crawlCmdRun(t, e, "--db", filepath.Join(t.TempDir(), "y.db"), "local.example",
		"--resolve", "local.example=127.0.0.1:1", "--resolve", "www.local.example=127.0.0.1:1", "--delay", "0")
	if !strings.Contains(out.String(), "needs --allow-private") {
		t.Errorf("stdout:\n%s", out)
	}
}
