package main

import (
	"strings"
	"testing"
)

// TestRescueAfterBelowJobTimeout: serve and worker refuse a rescue delay
// that would restart crawls still running, and say why.
func TestRescueAfterBelowJobTimeout(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--rescue-after", "5m"}, "--rescue-after (5m0s) must be longer than --job-timeout (10m0s)"},
		{[]string{"--rescue-after", "10m", "--job-timeout", "10m"}, "--rescue-after (10m0s) must be longer than --job-timeout (10m0s)"},
		{[]string{"--job-timeout", "0s"}, "--job-timeout must be positive"},
		{[]string{"--max-attempts", "0"}, "--max-attempts must be 1 or more"},
	}
	for _, tt := range tests {
		e, _, _ := serveEnv(nil)
		if _, err := parseServeFlags(e, tt.args); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("serve %v: err = %v, want %q", tt.args, err, tt.want)
		}
		e, _, logs := serveEnv(nil)
		if code := run(t.Context(), e, append([]string{"worker"}, tt.args...)); code != 2 || !strings.Contains(logs.String(), tt.want) {
			t.Errorf("worker %v: exit %d, output %q; want 2 and %q", tt.args, code, logs.String(), tt.want)
		}
	}
	e, _, _ := serveEnv(map[string]string{"LEGIBLE_RESCUE_AFTER": "11m"})
	if _, err := parseServeFlags(e, nil); err != nil {
		t.Errorf("rescue-after 11m over job-timeout 10m: %v", err)
	}
}

func TestRequestBudgetFlags(t *testing.T) {
	e, _, _ := serveEnv(map[string]string{"LEGIBLE_REQUEST_BUDGET": "7"})
	cfg, err := parseServeFlags(e, []string{"--request-queue", "3"})
	if err != nil || cfg.api.AnonCrawlsPerHour != 7 || cfg.api.AnonCrawlQueue != 3 {
		t.Errorf("budget %d, queue %d, err %v; want 7, 3", cfg.api.AnonCrawlsPerHour, cfg.api.AnonCrawlQueue, err)
	}
	if _, err := parseServeFlags(e, []string{"--request-budget", "0"}); err == nil {
		t.Error("--request-budget 0 accepted")
	}
}
