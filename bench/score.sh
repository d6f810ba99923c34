#!/usr/bin/env bash
# Scoring throughput: MB of plain text (the corpus Markdown) measured per
# second on one core, with every metric on (BenchmarkAnalyzeCorpus), and with
# the rubric applied too (BenchmarkScoreRubric).
# Needs ../shared/corpus beside the repository. BENCHTIME=5x for a longer run.
set -euo pipefail
cd "$(dirname "$0")/.."
GO="${GO:-go}"

out="$("$GO" test -run '^$' -bench '^Benchmark(AnalyzeCorpus|ScoreRubric)$' -benchtime "${BENCHTIME:-3x}" -cpu 1 ./scorer/)"
echo "$out" | grep -E '^Benchmark|SKIP|FAIL' || { echo "$out"; exit 1; }
echo "$out" | awk '/^Benchmark/ {
  name = $1; sub(/-1$/, "", name); wall = "n/a"; cpu = "n/a"
  for (i = 2; i < NF; i++) {
    if ($(i+1) == "MB/s") wall = $i
    if ($(i+1) == "MB/cpu-s") cpu = $i
  }
  printf "%-24s %8s MB/s per core (wall clock)   %8s MB/s per core (CPU time)\n", name, wall, cpu
}'
echo "Goal: at least 20 MB/s per core with every metric on. On a shared machine the CPU-time figure is the one to compare."
