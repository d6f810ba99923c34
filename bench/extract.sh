#!/usr/bin/env bash
# Main-text extraction: quality against the corpus (token-level F1 of the
# extracted text against Open Terms Archive's Markdown) and speed (MB of
# corpus HTML extracted per second on one core).
# Needs ../shared/corpus beside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
GO="${GO:-go}"

echo "== quality (TestCorpusF1)"
"$GO" test -count=1 -run '^TestCorpusF1$' -v ./extract/ |
  grep -E 'all pairs|without mismatched|worst|SKIP|ok|FAIL' | sed 's/^ *corpus_test.go:[0-9]*: //'

echo "== speed (BenchmarkExtract, one core)"
"$GO" test -run '^$' -bench '^BenchmarkExtract$' -benchtime "${BENCHTIME:-3x}" -cpu 1 ./extract/ |
  grep -E '^Benchmark|SKIP|FAIL'
echo "MB/s is per second of wall time; MB/cpu-s per second of CPU time (steady on a shared machine)."

if [ -n "${LEGIBLE_EXTRACT_COMPARE:-}" ]; then
  echo "== variants of our method (extract: TestCorpusCompare)"
  "$GO" test -count=1 -timeout 30m -run '^TestCorpusCompare$' -v ./extract/ |
    grep -E 'meanF1' | sed 's/^ *compare_test.go:[0-9]*: //'
  # Other libraries live in their own module, so that the product does not
  # depend on them; this downloads go-trafilatura and go-readability once.
  echo "== other libraries (bench/extractcompare module; slow)"
  (cd bench/extractcompare && "$GO" test -count=1 -timeout 30m -run '^TestCorpusCompare$' -v . |
    grep -E 'meanF1' | sed 's/^ *compare_test.go:[0-9]*: //')
fi
