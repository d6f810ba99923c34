package api

import (
	"bufio"
	"io"
	"log/slog"
	"sync"
	"time"
)

// AccessLog is a logger for access log lines that buffers its output and
// writes it out every interval, so that a busy server does not pay one
// write system call per request.
type AccessLog struct {
	*slog.Logger
	mu   sync.Mutex
	w    *bufio.Writer
	stop chan struct{}
	done chan struct{}
}

// NewAccessLog returns an access logger writing text lines to w, flushed
// every interval and by Close.
func NewAccessLog(w io.Writer, interval time.Duration) *AccessLog {
	a := &AccessLog{w: bufio.NewWriterSize(w, 64<<10), stop: make(chan struct{}), done: make(chan struct{})}
	a.Logger = slog.New(slog.NewTextHandler(lockedWriter{a}, nil))
	go a.flushLoop(interval)
	return a
}

type lockedWriter struct{ a *AccessLog }

func (l lockedWriter) Write(p []byte) (int, error) {
	l.a.mu.Lock()
	defer l.a.mu.Unlock()
	return l.a.w.Write(p)
}

func (a *AccessLog) flushLoop(interval time.Duration) {
	defer close(a.done)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-a.stop:
			return
		case <-t.C:
			_ = a.Flush()
		}
	}
}

// Flush writes out the buffered lines.
func (a *AccessLog) Flush() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.w.Flush()
}

// Close stops the periodic flush and flushes what is left.
func (a *AccessLog) Close() error {
	close(a.stop)
	<-a.done
	return a.Flush()
}
