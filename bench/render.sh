#!/usr/bin/env bash
# Benchmark of rendering in headless Chromium: sites crawled per minute and
# peak memory (this process's peak RSS plus the peak Pss of Chromium's
# processes) with --render never, auto on plain HTML sites, always on the
# same sites, and auto on client-side app sites (footer and documents built
# by scripts from JSON). Each mode runs in its own process, so each peak is
# its own. Sites are loopback fixtures (crawler/testdata/render); extraction
# and scoring are the real ones; no politeness delay.
#
#   bash bench/render.sh                  # 200 plain sites, 8 rendered ones per mode
#   N_PLAIN=500 N_RENDER=15 bash bench/render.sh
#
# Needs Chromium (Debian's chromium, or LEGIBLE_CHROMIUM=PATH); the modes
# that need it are skipped without it.
set -euo pipefail
cd "$(dirname "$0")/.."

N_PLAIN=${N_PLAIN:-200}
N_RENDER=${N_RENDER:-8}
for mode in never auto-plain always-plain auto-js; do
  n=$N_PLAIN
  case $mode in always-*|auto-js) n=$N_RENDER ;; esac
  go test -count=1 -run '^$' -bench "^BenchmarkCrawlRender/${mode}\$" -benchtime "${n}x" ./crawler/ |
    awk -v mode="$mode" '/^BenchmarkCrawlRender/ {
      line = "BENCH render mode=" mode
      for (i = 3; i < NF; i += 2) if ($(i+1) != "ns/op") line = line " " $(i+1) "=" $i
      print line
    } /SKIP|FAIL/ { print }'
done
