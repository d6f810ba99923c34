package main

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

func runMigrateCLI(t *testing.T, vars map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	e := &env{
		stdin:  strings.NewReader(""),
		stdout: &stdout,
		stderr: &stderr,
		getenv: func(k string) string { return vars[k] },
		log:    slog.New(slog.DiscardHandler),
	}
	code := run(context.Background(), e, append([]string{"migrate"}, args...))
	return code, stdout.String(), stderr.String()
}

// latestMigration returns the number of the last SQLite migration, as the
// migrate command prints it ("4" for 0004_rendered.sql).
func latestMigration(t *testing.T) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "db", "migrations", "sqlite", "*.sql"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no migrations found: %v", err)
	}
	sort.Strings(files)
	n, err := strconv.Atoi(strings.SplitN(filepath.Base(files[len(files)-1]), "_", 2)[0])
	if err != nil {
		t.Fatal(err)
	}
	return strconv.Itoa(n) + "\n"
}

func TestMigrateCommand(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	cases := []struct {
		name     string
		vars     map[string]string
		args     []string
		code     int
		inStdout string
	}{
		{"first run applies", nil, []string{"--db", path}, 0, "applied 0001_init.sql"},
		{"first run drops the old job table", nil, []string{"--db", path + ".2"}, 0, "applied 0002_drop_crawl_jobs.sql"},
		{"second run has nothing to do", nil, []string{"--db", path}, 0, "sqlite schema up to date at version " + latestMigration(t)},
		{"LEGIBLE_DB names the database", map[string]string{"LEGIBLE_DB": path}, nil, 0, "up to date"},
		{"stray argument", nil, []string{"--db", path, "now"}, 2, ""},
		{"unopenable database", nil, []string{"--db", filepath.Join(path, "no", "such.db")}, 1, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runMigrateCLI(t, tc.vars, tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tc.code, stderr)
			}
			if !strings.Contains(stdout, tc.inStdout) {
				t.Errorf("stdout %q does not contain %q", stdout, tc.inStdout)
			}
		})
	}
}
