package api

import (
	"math"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
	"golang.org/x/time/rate"
)

// idleAfter is how long a client's limiter may stay unused before it can be evicted.
const idleAfter = 5 * time.Minute

// limiter holds one token bucket per client, at most max of them.
type limiter struct {
	mu      sync.Mutex
	max     int
	clients map[string]*client
}

type client struct {
	bucket *rate.Limiter
	seen   time.Time
}

func newLimiter(max int) *limiter {
	return &limiter{max: max, clients: make(map[string]*client)}
}

// allow takes one token from key's bucket (created with limit r and burst
// b). When empty it says how long to wait for the next token.
func (l *limiter) allow(key string, r rate.Limit, b int, now time.Time) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	cl, ok := l.clients[key]
	if !ok {
		if len(l.clients) >= l.max {
			l.evict(now)
		}
		cl = &client{bucket: rate.NewLimiter(r, b)}
		l.clients[key] = cl
	}
	cl.seen = now
	if cl.bucket.AllowN(now, 1) {
		return true, 0
	}
	missing := 1 - cl.bucket.TokensAt(now)
	return false, time.Duration(missing / float64(r) * float64(time.Second))
}

// evict drops idle clients; if all are active it drops a tenth of them at
// random, so the map stays bounded under a flood of new addresses.
func (l *limiter) evict(now time.Time) {
	for k, cl := range l.clients {
		if now.Sub(cl.seen) > idleAfter {
			delete(l.clients, k)
		}
	}
	target := l.max - l.max/10 - 1
	for k := range l.clients {
		if len(l.clients) <= target {
			break
		}
		delete(l.clients, k)
	}
}

// size is the number of clients tracked.
func (l *limiter) size() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.clients)
}

// rateLimit applies the per-client budget: per API key when a valid one is
// given, else per client IP with the stricter anonymous budget.
func (s *Server) rateLimit(c *gin.Context) {
	if s.cfg.AnonRate < 0 {
		return
	}
	switch c.FullPath() {
	case "/healthz", "/readyz", "/metrics":
		return
	}
	key, r, b := "ip:"+c.ClientIP(), rate.Limit(s.cfg.AnonRate), s.cfg.AnonBurst
	if k := apiKeyFrom(c.Request); k != "" {
		if name, err := s.keys.check(c.Request.Context(), k); err == nil {
			key, r, b = "key:"+name, rate.Limit(s.cfg.KeyRate), s.cfg.KeyBurst
		}
	}
	ok, wait := s.limiter.allow(key, r, b, time.Now())
	if ok {
		return
	}
	secs := int(math.Ceil(wait.Seconds()))
	if secs < 1 {
		secs = 1
	}
	c.Header("Retry-After", strconv.Itoa(secs))
	p := problemFor(errRateLimited, c.Request.URL.Path)
	p.Detail = "Too many requests from this client; retry after " + strconv.Itoa(secs) + " s, or use an API key for a larger budget."
	p.Status = http.StatusTooManyRequests
	writeProblem(c, p)
}
