#!/usr/bin/env bash
# The README's main job end to end, as a user runs it: the whole `relgraph mediators --between RUS UKR --at 2023-06-30`
# process (start-up, loading the embedded world dataset, the ranking with 99 permuted networks, the table), built in
# Release, framework-dependent (JIT) and published ReadyToRun, runs interleaved. Prints each run and the medians.
# Usage: benchmarks/main-job.sh [RUNS] (default 9). Target (issue 15): within 1.5 s.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-9}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
dotnet build src/RelationsGraph.Cli -c Release -v q -nologo >/dev/null
dotnet publish src/RelationsGraph.Cli -c Release -r linux-x64 --self-contained false -o "$work/r2r" -v q -nologo >/dev/null
jit=src/RelationsGraph.Cli/bin/Release/net10.0/relgraph
args=(mediators --between RUS UKR --at 2023-06-30)
"$jit" "${args[@]}" >/dev/null 2>&1; "$work/r2r/relgraph" "${args[@]}" >/dev/null 2>&1   # warm the file cache
for i in $(seq "$runs"); do
  for kind in jit r2r; do
    exe=$jit; [ "$kind" = r2r ] && exe="$work/r2r/relgraph"
    start=$(date +%s.%N); "$exe" "${args[@]}" >/dev/null 2>&1; end=$(date +%s.%N)
    echo "$kind $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')" | tee -a "$work/times"
  done
done
for kind in jit r2r; do
  grep "^$kind " "$work/times" | awk '{print $2}' | sort -n | awk -v k="$kind" '{a[NR]=$1} END {printf "%s median %.2f s (min %.2f, max %.2f, %d runs)\n", k, a[int((NR+1)/2)], a[1], a[NR], NR}'
done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
