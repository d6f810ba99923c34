package api

import (
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the server's Prometheus collectors, in a registry of its own.
type metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec

	// byRoute caches the collectors of each route, so the hot path does not
	// hash label values on every request.
	mu      sync.RWMutex
	byRoute map[routeKey]*routeCollectors
}

type routeKey struct{ route, method string }

type routeCollectors struct {
	ok      prometheus.Counter // status 200
	latency prometheus.Observer
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "legible_http_requests_total",
			Help: "HTTP requests served, by route pattern, method and status code.",
		}, []string{"route", "method", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "legible_http_request_duration_seconds",
			Help:    "HTTP request latency, by route pattern and method.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"route", "method"}),
		byRoute: make(map[routeKey]*routeCollectors),
	}
	m.reg.MustRegister(m.requests, m.latency,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// observe records one served request under its route pattern.
func (m *metrics) observe(route, method string, status int, d time.Duration) {
	method = methodLabel(method)
	k := routeKey{route, method}
	m.mu.RLock()
	rc := m.byRoute[k]
	m.mu.RUnlock()
	if rc == nil {
		rc = &routeCollectors{
			ok:      m.requests.WithLabelValues(route, method, "200"),
			latency: m.latency.WithLabelValues(route, method),
		}
		m.mu.Lock()
		m.byRoute[k] = rc
		m.mu.Unlock()
	}
	if status == http.StatusOK {
		rc.ok.Inc()
	} else {
		m.requests.WithLabelValues(route, method, statusText(status)).Inc()
	}
	rc.latency.Observe(d.Seconds())
}

// methodLabel keeps the label set bounded: unknown methods become "OTHER".
func methodLabel(m string) string {
	switch m {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch,
		http.MethodDelete, http.MethodOptions:
		return m
	}
	return "OTHER"
}

// statusText formats common status codes without allocating.
func statusText(code int) string {
	switch code {
	case 200:
		return "200"
	case 304:
		return "304"
	case 404:
		return "404"
	}
	return strconv.Itoa(code)
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}
