#!/usr/bin/env bash
# Benchmark of `legible serve` with 100,000 rated sites stored: requests/s
# and p50/p99 latency of GET /v1/lookup/{prefix} and GET /v1/sites/{domain}
# on loopback, next to a bare gin handler returning a constant, measured in
# the same run (the ratio is what holds on a noisy machine).
#
#   bash bench/api.sh            # N=100000 DUR=10s ROUNDS=3 CONNS=50 THREADS=1
#   N=20000 DUR=5s bash bench/api.sh
#
# The seeded database is kept in $BENCH_DIR (default /tmp/legible-bench-api)
# and reused by later runs.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-100000}
DUR=${DUR:-10s}
ROUNDS=${ROUNDS:-3}
WARM=${WARM:-5s}
CONNS=${CONNS:-50}
THREADS=${THREADS:-1}
PORT=${PORT:-18080}
BARE_PORT=${BARE_PORT:-18091}
ACCESS_LOG=${ACCESS_LOG:-true}
WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/legible-bench-api}

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
mkdir -p "$WORK"
rm -f "$WORK"/rps-* "$WORK"/p50-* "$WORK"/p99-*
echo "== build"
go build -o "$WORK/legible" ./cmd/legible
go build -o "$WORK/apibench" ./bench/apibench

DB="$WORK/sites-$N.db"
DOMAINS="$WORK/domains-$N.txt"
if [ ! -f "$WORK/seeded-$N" ]; then
  echo "== seed $N sites (once; kept in $WORK)"
  rm -f "$DB" "$DB-wal" "$DB-shm"
  "$WORK/apibench" seed -db "$DB" -n "$N" -domains "$DOMAINS"
  touch "$WORK/seeded-$N"
fi

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

echo "== start servers"
# Rate limiting stays on (its cost is part of the figure) with a budget the
# benchmark cannot exhaust.
"$WORK/legible" serve --addr "127.0.0.1:$PORT" --db "$DB" --workers 0 \
  --rate 1e9 --burst 1000000000 --access-log="$ACCESS_LOG" 2>"$WORK/serve.log" &
pids+=($!)
"$WORK/apibench" bare -addr "127.0.0.1:$BARE_PORT" &
pids+=($!)
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && curl -fs "http://127.0.0.1:$BARE_PORT/bare" >/dev/null 2>&1 && break
  sleep 0.2
done
# The compact table is loaded at start; asking for it waits for that load.
curl -fs -o /dev/null "http://127.0.0.1:$PORT/v1/table"

run_wrk() { # name duration url [script [args]]
  local name=$1 dur=$2 url=$3; shift 3
  local script=()
  if [ $# -gt 0 ]; then script=(-s "$1"); shift; fi
  local extra=()
  if [ $# -gt 0 ]; then extra=(-- "$@"); fi
  wrk -t"$THREADS" -c"$CONNS" -d"$dur" --latency "${script[@]}" "$url" "${extra[@]}" >"$WORK/wrk-$name.txt"
}

# ms converts a wrk latency ("812.00us", "1.52ms", "1.02s") to milliseconds.
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

summary() { # name round label
  local f="$WORK/wrk-$1.txt"
  local rps p50 p99 errs
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$f")
  p50=$(ms "$(awk '$1 == "50%" {print $2}' "$f")")
  p99=$(ms "$(awk '$1 == "99%" {print $2}' "$f")")
  errs=$(awk '/Non-2xx or 3xx responses:/ {print "non-2xx:" $NF} /Socket errors:/ {print "socket-errors"}' "$f" | tr '\n' ' ')
  printf "%-8s %-22s %12s %8s ms %8s ms  %s\n" "$2" "$3" "$rps" "$p50" "$p99" "$errs"
  echo "$rps" >"$WORK/rps-$1"
  echo "$p50" >"$WORK/p50-$1"
  echo "$p99" >"$WORK/p99-$1"
}

echo "== warm up ($WARM each)"
run_wrk warm-bare "$WARM" "http://127.0.0.1:$BARE_PORT/bare"
run_wrk warm-lookup "$WARM" "http://127.0.0.1:$PORT" bench/api_lookup.lua
run_wrk warm-sites "$WARM" "http://127.0.0.1:$PORT" bench/api_sites.lua "$DOMAINS"

echo "== measure: $ROUNDS rounds of bare, lookup, sites ($DUR each, $THREADS wrk thread(s), $CONNS connections, $(nproc) cores, $N sites)"
# Interleaving the runs makes the comparison fair on a machine whose load
# changes from minute to minute.
for r in $(seq 1 "$ROUNDS"); do
  run_wrk "bare-$r" "$DUR" "http://127.0.0.1:$BARE_PORT/bare"
  run_wrk "lookup-$r" "$DUR" "http://127.0.0.1:$PORT" bench/api_lookup.lua
  run_wrk "sites-$r" "$DUR" "http://127.0.0.1:$PORT" bench/api_sites.lua "$DOMAINS"
done

printf "%-8s %-22s %12s %10s %10s\n" "round" "endpoint" "requests/s" "p50" "p99"
for r in $(seq 1 "$ROUNDS"); do
  summary "bare-$r" "$r" "bare gin (constant)"
  summary "lookup-$r" "$r" "/v1/lookup/{prefix}"
  summary "sites-$r" "$r" "/v1/sites/{domain}"
  awk -v l="$(cat "$WORK/rps-lookup-$r")" -v b="$(cat "$WORK/rps-bare-$r")" \
    'BEGIN { printf "%-8s lookup / bare gin throughput: %.2f\n", "", l / b }'
done
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "== medians over $ROUNDS rounds"
for name in bare lookup sites; do
  printf "%-22s %12s req/s  p50 %s ms  p99 %s ms\n" "$name" \
    "$(for r in $(seq 1 "$ROUNDS"); do cat "$WORK/rps-$name-$r"; done | median)" \
    "$(for r in $(seq 1 "$ROUNDS"); do cat "$WORK/p50-$name-$r"; done | median)" \
    "$(for r in $(seq 1 "$ROUNDS"); do cat "$WORK/p99-$name-$r"; done | median)"
done
printf "lookup / bare gin throughput (median of rounds): %s\n" \
  "$(for r in $(seq 1 "$ROUNDS"); do awk -v l="$(cat "$WORK/rps-lookup-$r")" -v b="$(cat "$WORK/rps-bare-$r")" 'BEGIN { printf "%.3f\n", l / b }'; done | median)"
