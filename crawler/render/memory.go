package render

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// treeRSS sums the proportional resident memory (Pss, which shares the
// pages mapped by several processes among them; VmRSS when Pss cannot be
// read) of pid and its descendants, read from /proc. Chromium runs its
// renderers and utilities as children, sharing much of their memory: a sum
// of their VmRSS would count it several times.
func treeRSS(pid int) (int64, error) {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return 0, fmt.Errorf("read /proc: %w", err)
	}
	children := map[int][]int{}
	for _, e := range entries {
		id, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		if pp, ok := parentPID(id); ok {
			children[pp] = append(children[pp], id)
		}
	}
	var total int64
	queue := []int{pid}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		total += residentBytes(id)
		queue = append(queue, children[id]...)
	}
	return total, nil
}

// parentPID reads the parent of pid from /proc/pid/stat.
func parentPID(pid int) (int, bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, false
	}
	// The command name, in parentheses, may hold spaces: fields follow the last ')'.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0, false
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 2 {
		return 0, false
	}
	pp, err := strconv.Atoi(f[1])
	return pp, err == nil
}

// residentBytes reads the Pss of pid (or its VmRSS), in bytes; 0 when it is gone.
func residentBytes(pid int) int64 {
	if n, ok := procField(fmt.Sprintf("/proc/%d/smaps_rollup", pid), "Pss:"); ok {
		return n
	}
	n, _ := procField(fmt.Sprintf("/proc/%d/status", pid), "VmRSS:")
	return n
}

// procField reads a "Name:   123 kB" line of a /proc file, in bytes.
func procField(path, name string) (int64, bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, false
	}
	for line := range strings.Lines(string(b)) {
		if rest, ok := strings.CutPrefix(line, name); ok {
			f := strings.Fields(rest)
			if len(f) >= 1 {
				kb, err := strconv.ParseInt(f[0], 10, 64)
				return kb << 10, err == nil
			}
		}
	}
	return 0, false
}
