package db_test

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

// crashChildEnv, when set to a database path, turns TestCrashMidWrite into
// the writer process that the test kills.
const crashChildEnv = "LEGIBLE_DB_CRASH_CHILD"

const crashCommits = 25

// crashText is the text of the i-th version the writer stores.
func crashText(i int) string {
	return strings.Repeat(fmt.Sprintf("Clause %d: we keep your data for %d days. ", i, i), 200)
}

// TestCrashMidWrite kills a process in the middle of a write transaction
// (SIGKILL, no cleanup) and checks that the reopened SQLite file is intact
// and holds every committed version, the last one complete.
func TestCrashMidWrite(t *testing.T) {
	if path := os.Getenv(crashChildEnv); path != "" {
		crashChild(path)
		return
	}
	if testing.Short() {
		t.Skip("starts a process")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashMidWrite$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+path)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	committed, inside := 0, false
	done := make(chan struct{})
	go func() {
		defer close(done)
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			line := sc.Text()
			if n, ok := strings.CutPrefix(line, "committed "); ok {
				committed, _ = strconv.Atoi(n)
			}
			if line == "inside" {
				inside = true
				return
			}
		}
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		t.Fatal("writer never reached the middle of a write")
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if !inside || committed != crashCommits {
		t.Fatalf("writer committed %d versions, inside=%v", committed, inside)
	}

	d := dbtest.OpenDSN(t, path)
	ctx := context.Background()
	var check string
	if err := d.SQL().Get(&check, "PRAGMA integrity_check"); err != nil || check != "ok" {
		t.Fatalf("integrity_check = %q, %v", check, err)
	}
	if n := dbtest.Count(t, d, "versions"); n != crashCommits {
		t.Errorf("%d versions after the crash, want %d", n, crashCommits)
	}
	det, err := d.SiteDetail(ctx, "example.org")
	if err != nil {
		t.Fatal(err)
	}
	if len(det.Documents) != 1 {
		t.Fatalf("%d documents", len(det.Documents))
	}
	last, err := d.Version(ctx, det.Documents[0].Version.ID)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(last.Text))
	if last.Text != crashText(crashCommits-1) || hex.EncodeToString(sum[:]) != last.ContentHash {
		t.Errorf("latest version is not the last committed one")
	}
	if string(last.Raw) != "<p>"+last.Text+"</p>" {
		t.Errorf("raw snapshot of the latest version is damaged")
	}
	if det.Documents[0].Score == nil || det.Documents[0].Score.Overall != crashCommits-1 {
		t.Errorf("latest score = %+v", det.Documents[0].Score)
	}
	// The database takes writes again.
	mustRecord(t, d, det.Site.ID, newVersion("after the crash", 50, legible.GradeC, "r1"))
}

// crashChild commits crashCommits versions, reporting each, then blocks in
// the middle of the next write until it is killed.
func crashChild(path string) {
	ctx := context.Background()
	d, err := db.Open(ctx, path, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, "crash child:", err)
		os.Exit(3)
	}
	site, err := d.UpsertSite(ctx, legible.Site{Domain: "example.org"})
	if err != nil {
		fmt.Fprintln(os.Stderr, "crash child:", err)
		os.Exit(3)
	}
	for i := 0; ; i++ {
		if i == crashCommits {
			db.SetFailpoint(d, func(_ context.Context, point string) error {
				if point == db.PointAfterVersion {
					fmt.Println("inside")
					time.Sleep(time.Hour) // transaction open: wait for SIGKILL
				}
				return nil
			})
		}
		v := newVersion(crashText(i), i, legible.GradeC, "r1")
		v.Raw = []byte("<p>" + v.Text + "</p>")
		if _, err := d.RecordVersion(ctx, site.ID, v); err != nil {
			fmt.Fprintln(os.Stderr, "crash child:", err)
			os.Exit(3)
		}
		fmt.Printf("committed %d\n", i+1)
	}
}
