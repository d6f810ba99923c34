package render

import "os/exec"

// chromiumNames are the executables tried by FindChromium, in order:
// Debian's chromium first. No browser is ever downloaded.
var chromiumNames = []string{"chromium", "chromium-browser", "google-chrome-stable", "google-chrome", "headless-shell"}

// FindChromium returns the path of an installed Chromium, or "" when there
// is none on the PATH.
func FindChromium() string {
	for _, name := range chromiumNames {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}
