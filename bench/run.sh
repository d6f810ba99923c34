#!/usr/bin/env bash
# Every benchmark, one after the other, on a quiet machine: scoring, extraction,
# storage, crawling, the API and the scaled-out workers. Each script prints its
# own figures; see the README for the latest.
set -euo pipefail
cd "$(dirname "$0")"
for b in score practices grade extract db crawl api scale; do
  echo "== bench/$b.sh"
  bash "./$b.sh"
done
