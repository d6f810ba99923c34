package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestAPIKeyListRevoke: list shows names and dates, never keys; revoke
// deletes by name and says so; revoking an unknown name fails.
func TestAPIKeyListRevoke(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys.db")
	var keys []string
	for _, name := range []string{"newsroom", "intern"} {
		e, out, _ := serveEnv(nil)
		if code := run(t.Context(), e, []string{"apikey", "create", "--db", path, name}); code != 0 {
			t.Fatalf("create %s: exit %d", name, code)
		}
		keys = append(keys, strings.TrimSpace(out.String()))
	}
	e, out, _ := serveEnv(nil)
	if code := run(t.Context(), e, []string{"apikey", "list", "--db", path}); code != 0 {
		t.Fatalf("list: exit %d", code)
	}
	list := out.String()
	if !strings.Contains(list, "newsroom") || !strings.Contains(list, "intern") || strings.Contains(list, keys[0]) {
		t.Errorf("list:\n%s", list)
	}
	e, _, logs := serveEnv(nil)
	if code := run(t.Context(), e, []string{"apikey", "revoke", "--db", path, "intern"}); code != 0 || !strings.Contains(logs.String(), `revoked 1 API key(s) named "intern"`) {
		t.Fatalf("revoke: exit %d: %s", code, logs.String())
	}
	e, out, _ = serveEnv(nil)
	run(t.Context(), e, []string{"apikey", "list", "--db", path})
	if strings.Contains(out.String(), "intern") || !strings.Contains(out.String(), "newsroom") {
		t.Errorf("list after revoke:\n%s", out.String())
	}
	e, _, logs = serveEnv(nil)
	if code := run(t.Context(), e, []string{"apikey", "revoke", "--db", path, "intern"}); code != 1 || !strings.Contains(logs.String(), `no API key named "intern"`) {
		t.Errorf("revoke unknown: exit %d: %s", code, logs.String())
	}
	e, _, _ = serveEnv(nil)
	if code := run(t.Context(), e, []string{"apikey", "list", "--db", path, "extra"}); code != 2 {
		t.Errorf("list with an argument: exit %d, want 2", code)
	}
}
