#!/usr/bin/env bash
# Runs the reader fuzz campaign (tests/RelationsGraph.Tests/Hardening/FuzzCampaign.cs) for a time budget and adds
# every input with a new outcome to the corpus in tests/RelationsGraph.Tests/fixtures/fuzz-corpus, which the test
# suite replays on every run. Contract violations are saved under fuzz-corpus/violations (not replayed: fix the
# reader, then move the file up). Usage: tests/fuzz.sh [SECONDS=600] [SEED=20261206]
# FUZZ_SAVE=0 runs without adding to the corpus (CI); FUZZ_BUILD=0 uses the existing Release build.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"; seed="${2:-20261206}"
corpus="$PWD/tests/RelationsGraph.Tests/fixtures/fuzz-corpus"
save="$corpus"; [ "${FUZZ_SAVE:-1}" = 0 ] && save=""
build=(); [ "${FUZZ_BUILD:-1}" = 0 ] && build=(--no-build)
report="$(mktemp)"; trap 'rm -f "$report"' EXIT
before=$(find "$corpus" -maxdepth 1 -name "*.json" | wc -l)
status=0
RELATIONSGRAPH_FUZZ_SECONDS="$seconds" RELATIONSGRAPH_FUZZ_SEED="$seed" RELATIONSGRAPH_FUZZ_CORPUS="$save" RELATIONSGRAPH_FUZZ_REPORT="$report" \
  dotnet test tests/RelationsGraph.Tests -c Release "${build[@]}" -- --filter-method '*Campaign_ForTheBudget*' > "$report.log" 2>&1 || status=$?
[ "$status" -eq 0 ] || tail -40 "$report.log"
rm -f "$report.log"
cat "$report"
after=$(find "$corpus" -maxdepth 1 -name "*.json" | wc -l)
echo "corpus: $before -> $after entries"
exit "$status"
