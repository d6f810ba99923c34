package render

import (
	"bufio"
	"io"
	"log/slog"
	"net"
	"strings"
	"sync"
	"time"
)

// sink is the browser's proxy: a loopback listener that closes every
// connection at once. Requests are answered through Fetch interception, so
// nothing should ever reach it; what does (a WebSocket, a service worker's
// fetch, WebRTC over the proxy) is counted and dropped.
type sink struct {
	ln  net.Listener
	log *slog.Logger

	mu      sync.Mutex
	targets []string // first request lines, at most maxSinkTargets
}

// maxSinkTargets bounds the request lines the sink keeps.
const maxSinkTargets = 50

func newSink(log *slog.Logger) (*sink, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &sink{ln: ln, log: log}
	go s.serve()
	return s, nil
}

func (s *sink) serve() {
	for {
		c, err := s.ln.Accept()
		if err != nil {
			return
		}
		go s.drop(c)
	}
}

// drop logs the first line of what reached the sink (a proxy request names
// its target) and closes the connection.
func (s *sink) drop(c net.Conn) {
	defer c.Close()
	_ = c.SetReadDeadline(time.Now().Add(time.Second))
	line, _ := bufio.NewReader(io.LimitReader(c, 512)).ReadString('\n')
	line = strings.TrimSpace(line)
	s.mu.Lock()
	if len(s.targets) < maxSinkTargets {
		s.targets = append(s.targets, line)
	}
	s.mu.Unlock()
	s.log.Debug("render: a browser connection reached the sink proxy and was dropped", "request", line)
}

// requests returns the first request lines that reached the sink.
func (s *sink) requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.targets...)
}

func (s *sink) addr() string { return s.ln.Addr().String() }

func (s *sink) close() { s.ln.Close() }
