#!/usr/bin/env bash
# The grade against human judgement (development half, read from
# ../shared/calibration): Spearman between Legible's privacy-policy scores and
# PrivacySpy's human scores, the grade spread over every corpus privacy
# policy, and how far translations of one policy are from their original.
# Skips without ../shared.
set -euo pipefail
cd "$(dirname "$0")/.."
GO="${GO:-go}"
out="$("$GO" test -count=1 -v -run '^(TestGradeCalibration|TestTranslationsAgree)$' ./scorer/ 2>&1)" || { echo "$out"; exit 1; }
echo "$out" | grep -vE '^(=== RUN|--- PASS|PASS|ok )'
