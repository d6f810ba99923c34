#!/usr/bin/env bash
# Benchmark of the crawler: sites crawled, extracted, scored and stored per
# minute. Every HTML page of ../shared/corpus is served from its own loopback
# site (<slug>.example, a generated home page linking its documents from the
# footer); `legible crawl` runs in-process over all of them with politeness
# delays off, into a temporary SQLite database.
#
#   bash bench/crawl.sh                    # 4 sites at once
#   CONCURRENCY=8 bash bench/crawl.sh
#
# Prints a line "BENCH crawl sites_per_minute=... documents_per_minute=...".
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f ../shared/corpus/manifest.csv ]; then
  echo "../shared/corpus is absent: nothing to crawl" >&2
  exit 1
fi
LEGIBLE_BENCH_CRAWL=1 LEGIBLE_BENCH_CONCURRENCY="${CONCURRENCY:-4}" \
  go test -count=1 -run '^TestCrawlThroughput$' -v ./cmd/legible/ | grep -E '^(BENCH|---|ok|FAIL)|crawl benchmark'
