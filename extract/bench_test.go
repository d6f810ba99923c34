package extract

import (
	"os"
	"syscall"
	"testing"
	"time"
)

// BenchmarkExtract extracts every corpus HTML page; its MB/s is HTML bytes
// extracted per second of wall time (run with -cpu 1), and MB/cpu-s the same
// per second of CPU time used by the process, which holds on a busy machine.
func BenchmarkExtract(b *testing.B) {
	pairs := loadCorpus(b)
	var bodies [][]byte
	var size int64
	for _, p := range pairs {
		body, err := os.ReadFile(p.HTMLPath)
		if err != nil {
			b.Fatal(err)
		}
		bodies = append(bodies, body)
		size += int64(len(body))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	start := cpuTime()
	n := 0
	for b.Loop() {
		n++
		for _, body := range bodies {
			if _, err := Extract(body, "", ""); err != nil {
				b.Fatal(err)
			}
		}
	}
	if used := cpuTime() - start; used > 0 {
		b.ReportMetric(float64(size)*float64(n)/1e6/used.Seconds(), "MB/cpu-s")
	}
}

// cpuTime returns the user and system CPU time used by the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
