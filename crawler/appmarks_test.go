package crawler

import (
	"strings"
	"testing"
)

func TestLinksOnlyInScripts(t *testing.T) {
	tests := []struct {
		name, body string
		want       bool
	}{
		{"links in the footer", `<footer><a href="/privacy">Privacy</a></footer><script>track("privacy")</script>`, false},
		{"links built by a script", `<footer id=f></footer><script>f.innerHTML='<a href="/privacy">Privacy</a>'</script>`, true},
		{"label only in a script", `<script>const l = {label: "Terms of use", href: "/tos"}</script><a href="/">Home</a>`, true},
		{"no legal words", `<script>console.log(1)</script><a href="/">Home</a>`, false},
		{"external script only", `<script src="/bundle.js"></script>`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := parseHTML([]byte("<html><body>"+tc.body+"</body></html>"), "text/html")
			if err != nil {
				t.Fatal(err)
			}
			if got := linksOnlyInScripts(doc); got != tc.want {
				t.Errorf("linksOnlyInScripts = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestAppMarksNeedScripts(t *testing.T) {
	doc, err := parseHTML([]byte(`<html><body><div id="root"></div><noscript>Enable JavaScript</noscript></body></html>`), "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if marks := appMarks(doc); marks != nil {
		t.Errorf("a page without scripts has marks %v", marks)
	}
	doc, _ = parseHTML([]byte(`<html><body><div id="root"></div><noscript>Enable JavaScript</noscript><script src=a.js></script></body></html>`), "text/html")
	if got := strings.Join(appMarks(doc), ", "); got != "empty #root, <noscript> asks for JavaScript" {
		t.Errorf("marks = %q", got)
	}
}
