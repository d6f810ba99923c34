#!/usr/bin/env bash
# Storage benchmark: insert and look-up throughput with 100,000 sites on
# SQLite and, when reachable, PostgreSQL (one throw-away schema per run).
#
#   bash bench/db.sh                    # SITES=100000 BENCHTIME=5s
#   SITES=20000 BENCHTIME=2s bash bench/db.sh   # quicker
#   LEGIBLE_TEST_POSTGRES= bash bench/db.sh   # SQLite only
#
# Figures (one line per backend and measure):
#   bulk insert    sites/s while db.SeedSynthetic fills an empty database with
#                  SITES sites (site, combined score, 2 documents, 2 versions,
#                  2 scores each; 500 sites per transaction)
#   record site    sites/s through the crawler's write path (UpsertSite,
#                  2x RecordVersion, SaveSiteScore: 4 transactions per site)
#   site detail    SiteDetail of a random site among SITES: lookups/s, median, p99
#   hash prefix    SitesByHashPrefix (4 hex digits, with reports): same
#   list page      a 50-site page of ListSites sorted by score, deep keyset cursor
# Every benchmark but the first runs for BENCHTIME against the SITES sites
# the bulk insert wrote.
set -euo pipefail
cd "$(dirname "$0")/.."

SITES=${SITES:-100000}
BENCHTIME=${BENCHTIME:-5s}
export LEGIBLE_TEST_POSTGRES="${LEGIBLE_TEST_POSTGRES-postgres://postgres@127.0.0.1:5432/test?sslmode=disable}"
if [ -n "$LEGIBLE_TEST_POSTGRES" ] && command -v pg_isready >/dev/null && ! pg_isready -q -d "$LEGIBLE_TEST_POSTGRES"; then
  echo "PostgreSQL is not answering at $LEGIBLE_TEST_POSTGRES: SQLite only" >&2
  LEGIBLE_TEST_POSTGRES=
fi
export LEGIBLE_BENCH_SITES=$SITES

out=$(mktemp)
trap 'rm -f "$out"' EXIT
# One process: the bulk insert fills the database the other benchmarks use.
go test -run '^$' -bench '^BenchmarkDB' -benchtime "$BENCHTIME" -timeout 60m ./db/ | tee "$out"

echo
echo "== storage figures ($SITES sites; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
awk '
  /^BenchmarkDB/ {
    split($1, p, "/"); name = p[1]; sub(/^BenchmarkDB/, "", name); backend = p[2]; sub(/-[0-9]+$/, "", backend)
    label = name
    if (name == "BulkInsert") label = "bulk insert"
    if (name == "RecordSite") label = "record site"
    if (name == "SiteDetail") label = "site detail"
    if (name == "SitesByHashPrefix") label = "hash prefix"
    if (name == "ListSites") label = "list page"
    line = sprintf("%-9s %-12s", backend, label)
    for (i = 3; i < NF; i += 2) {
      unit = $(i + 1)
      if (unit == "ns/op") continue
      line = line sprintf("  %s=%s", unit, $i)
    }
    print line
  }' "$out"
