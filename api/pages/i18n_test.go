package pages

import (
	"io/fs"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestPluralCategory(t *testing.T) {
	tests := []struct {
		lang string
		n    int
		want string
	}{
		{"en", 0, "other"}, {"en", 1, "one"}, {"en", 2, "other"}, {"en", 21, "other"},
		{"ar", 0, "zero"}, {"ar", 1, "one"}, {"ar", 2, "two"}, {"ar", 3, "few"}, {"ar", 10, "few"},
		{"ar", 11, "many"}, {"ar", 99, "many"}, {"ar", 100, "other"}, {"ar", 102, "other"}, {"ar", 103, "few"}, {"ar", 111, "many"},
	}
	for _, tt := range tests {
		if got := pluralCategory(tt.lang, tt.n); got != tt.want {
			t.Errorf("pluralCategory(%s, %d) = %s, want %s", tt.lang, tt.n, got, tt.want)
		}
	}
}

func TestReadingTime(t *testing.T) {
	en := newLocalizer(messages, "en", false)
	ar := newLocalizer(messages, "ar", false)
	tests := []struct {
		minutes float64
		en, ar  string
	}{
		{0.4, "under a minute", "أقل من دقيقة"},
		{1, "1 minute — shorter than a song", "دقيقة واحدة — أقصر من أغنية"},
		{2, "2 minutes — shorter than a song", "دقيقتان — أقصر من أغنية"},
		{4.2, "4 minutes — about as long as a song", "٤ دقائق — بطول أغنية تقريبًا"},
		{10, "10 minutes — longer than a song", "١٠ دقائق — أطول من أغنية"},
		{37, "37 minutes — longer than a TV episode", "٣٧ دقيقة — أطول من حلقة مسلسل"},
		{57, "57 minutes — longer than a TV episode", "٥٧ دقيقة — أطول من حلقة مسلسل"},
		{95, "1 hour 35 minutes — about as long as a football match", "ساعة واحدة و٣٥ دقيقة — بطول مباراة كرة قدم تقريبًا"},
		{120, "2 hours — about as long as a film", "ساعتان — بطول فيلم سينمائي تقريبًا"},
		{300, "5 hours — longer than a flight from London to Rome", "٥ ساعات — أطول من رحلة جوية من القاهرة إلى دبي"},
	}
	for _, tt := range tests {
		if got := en.ReadingTime(tt.minutes); got != tt.en {
			t.Errorf("en %v: %q, want %q", tt.minutes, got, tt.en)
		}
		if got := ar.ReadingTime(tt.minutes); got != tt.ar {
			t.Errorf("ar %v: %q, want %q", tt.minutes, got, tt.ar)
		}
	}
}

func TestDateAndNumbers(t *testing.T) {
	en := newLocalizer(messages, "en", false)
	ar := newLocalizer(messages, "ar", false)
	d := time.Date(2026, time.January, 5, 23, 0, 0, 0, time.UTC)
	if got := en.Date(d); got != "5 January 2026" {
		t.Errorf("en date %q", got)
	}
	if got := ar.Date(d); got != "٥ يناير ٢٠٢٦" {
		t.Errorf("ar date %q", got)
	}
	if en.Date(time.Time{}) != "" {
		t.Error("zero date not empty")
	}
	if got := en.Int(12345); got != "12,345" {
		t.Errorf("en int %q", got)
	}
	if got := ar.Int(12345); got != "١٢٬٣٤٥" {
		t.Errorf("ar int %q", got)
	}
	if got := ar.Dec(4.25); got != "٤٫٢" && got != "٤٫٣" {
		t.Errorf("ar dec %q", got)
	}
}

func TestChooseLanguage(t *testing.T) {
	tests := []struct {
		target, accept string
		want           string
		explicit       bool
	}{
		{"/", "", "en", false},
		{"/", "ar", "ar", false},
		{"/", "fr-FR,ar;q=0.8,en;q=0.5", "ar", false},
		{"/", "en-GB,en;q=0.9", "en", false},
		{"/", "de-DE", "en", false},
		{"/", "garbage;;q=x", "en", false},
		{"/?lang=ar", "en", "ar", true},
		{"/?lang=EN", "ar", "en", true},
		{"/?lang=zz", "ar", "ar", false},
	}
	for _, tt := range tests {
		req := httptest.NewRequest("GET", tt.target, nil)
		req.Header.Set("Accept-Language", tt.accept)
		got, explicit := chooseLanguage(req)
		if got != tt.want || explicit != tt.explicit {
			t.Errorf("%s %q: %s %v, want %s %v", tt.target, tt.accept, got, explicit, tt.want, tt.explicit)
		}
	}
}

// TestMessagesComplete checks that every message the templates and code ask
// for exists in every language, and that no language has keys the default lacks.
func TestMessagesComplete(t *testing.T) {
	keyRe := regexp.MustCompile(`\.T[I]?\s*\(?\s*"([a-z0-9_.]+)"`)
	used := map[string]bool{}
	scan := func(b []byte) {
		for _, m := range keyRe.FindAllSubmatch(b, -1) {
			if k := string(m[1]); !strings.HasSuffix(k, ".") {
				used[k] = true
			}
		}
	}
	err := fs.WalkDir(templateFS, "templates", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := templateFS.ReadFile(p)
		scan(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	goFiles, _ := fs.Glob(os.DirFS("."), "*.go")
	for _, f := range goFiles {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		scan(b)
	}
	if len(used) < 50 {
		t.Fatalf("found only %d message keys; the scan is broken", len(used))
	}
	for code, msgs := range messages {
		for k := range used {
			if _, ok := msgs[k]; !ok {
				t.Errorf("%s: message %q missing", code, k)
			}
		}
		for k := range msgs {
			if _, ok := messages["en"][k]; !ok && !pluralSuffix.MatchString(k) {
				t.Errorf("%s: message %q unknown in en", code, k)
			}
		}
	}
}

var pluralSuffix = regexp.MustCompile(`\.(zero|one|two|few|many|other)$`)
