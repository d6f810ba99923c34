package queue

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Collector exposes the queue's figures to Prometheus, read from the
// database at each scrape: jobs per state, depth, and crawls finished and
// given up in the last hour.
func (q *Queue) Collector() prometheus.Collector { return &collector{q: q} }

var (
	jobsDesc = prometheus.NewDesc("legible_crawl_jobs",
		"Crawl jobs in the queue, by state.", []string{"state"}, nil)
	depthDesc = prometheus.NewDesc("legible_crawl_queue_depth",
		"Crawls waiting to run (available, scheduled or waiting for a retry).", nil, nil)
	doneDesc = prometheus.NewDesc("legible_crawls_completed_last_hour",
		"Crawls finished in the last hour.", nil, nil)
	failedDesc = prometheus.NewDesc("legible_crawls_failed_last_hour",
		"Crawls given up (out of attempts) in the last hour.", nil, nil)
	upDesc = prometheus.NewDesc("legible_crawl_queue_up",
		"1 when the queue's figures could be read at this scrape.", nil, nil)
)

type collector struct{ q *Queue }

func (c *collector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{jobsDesc, depthDesc, doneDesc, failedDesc, upDesc} {
		ch <- d
	}
}

func (c *collector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	st, err := c.q.Stats(ctx)
	if err != nil {
		c.q.log.Warn("queue metrics", "err", err)
		ch <- prometheus.MustNewConstMetric(upDesc, prometheus.GaugeValue, 0)
		return
	}
	ch <- prometheus.MustNewConstMetric(upDesc, prometheus.GaugeValue, 1)
	for _, state := range []string{"available", "scheduled", "running", "retryable", "completed", "discarded", "cancelled", "pending"} {
		ch <- prometheus.MustNewConstMetric(jobsDesc, prometheus.GaugeValue, float64(st.States[state]), state)
	}
	ch <- prometheus.MustNewConstMetric(depthDesc, prometheus.GaugeValue, float64(st.Depth))
	ch <- prometheus.MustNewConstMetric(doneDesc, prometheus.GaugeValue, float64(st.CompletedLastHour))
	ch <- prometheus.MustNewConstMetric(failedDesc, prometheus.GaugeValue, float64(st.FailedLastHour))
}
