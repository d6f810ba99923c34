#!/usr/bin/env bash
# Sites crawled per hour by 1, 2 and 4 `legible worker` processes sharing one
# PostgreSQL, on the loopback mirror of ../shared/corpus, with the crawler's
# polite per-host delay. Needs LEGIBLE_TEST_POSTGRES (defaults to the local
# server). Knobs: LEGIBLE_BENCH_DELAY (1s), LEGIBLE_BENCH_WORKERS (8 crawls
# at once per process).
set -euo pipefail
cd "$(dirname "$0")/.."
export LEGIBLE_TEST_POSTGRES="${LEGIBLE_TEST_POSTGRES:-postgres://postgres@127.0.0.1:5432/test?sslmode=disable}"
LEGIBLE_BENCH_SCALE=1 go test -count=1 -timeout 40m -run '^TestScaleThroughput$' -v ./cmd/legible | grep -E '^BENCH|FAIL|^ok|---'
