#!/usr/bin/env bash
# Practice facts against PrivacySpy's raters (development half, read from
# ../shared/calibration): per question and overall, the share of (product,
# question) pairs answered, the agreement with the rater where answered, the
# share of quoted answers whose evidence is a sentence the rater cited, and
# the sentence-level checks (each rated citation scored as a tiny document).
# It then compares the facts of translated policies (same service, two
# languages). FACTS_DEBUG=1 also lists every disagreement. Skips without
# ../shared.
set -euo pipefail
cd "$(dirname "$0")/.."
GO="${GO:-go}"
out="$("$GO" test -count=1 -v -run '^TestPractices(Calibration|Translations)$' ./scorer/)" || { echo "$out"; exit 1; }
echo "$out" | grep -vE '^(=== RUN|--- PASS|PASS|ok )'
