package main

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParseInterspersed(t *testing.T) {
	tests := []struct {
		args     []string
		wantArgs []string
		wantDB   string
	}{
		{[]string{"NAME", "--db", "x.db"}, []string{"NAME"}, "x.db"},
		{[]string{"--db", "x.db", "a", "b"}, []string{"a", "b"}, "x.db"},
		{[]string{"a", "--db=y.db", "b"}, []string{"a", "b"}, "y.db"},
		{[]string{"a", "-", "b"}, []string{"a", "-", "b"}, ""},
		{[]string{"a", "--", "--db", "b"}, []string{"a", "--db", "b"}, ""},
		{nil, nil, ""},
	}
	for _, tt := range tests {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		dsn := fs.String("db", "", "")
		got, err := parseInterspersed(fs, tt.args)
		if err != nil || !slices.Equal(got, tt.wantArgs) || *dsn != tt.wantDB {
			t.Errorf("parseInterspersed(%q) = %q, db %q, %v; want %q, db %q", tt.args, got, *dsn, err, tt.wantArgs, tt.wantDB)
		}
	}
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if _, err := parseInterspersed(fs, []string{"a", "--nope"}); err == nil {
		t.Error("an unknown flag after an argument was accepted")
	}
}

func TestAPIKeyCreateFlagAfterName(t *testing.T) {
	dsn := filepath.Join(t.TempDir(), "keys.db")
	code, out, errOut := runCLI(t, "", "apikey", "create", "newsroom", "--db", dsn)
	if code != 0 || len(strings.TrimSpace(out)) < 20 || !strings.Contains(errOut, `"newsroom" created`) {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if _, err := os.Stat(dsn); err != nil {
		t.Errorf("the key was not stored in --db given after the name: %v", err)
	}
}
