#!/usr/bin/env bash
# Measures the streaming GDELT loader: rows per second and peak memory of `relgraph import gdelt` on a generated GDELT 2.0
# file (61 tab-separated fields; random dates in 2015-2024, actor countries drawn from 60 CAMEO codes with 10 % empty,
# quad classes and Goldstein scores at random, 2 % malformed rows). Usage: benchmarks/loader-throughput.sh [ROWS]
# (default 5,000,000). Also runs a 10x smaller file, to show that peak memory does not grow with the file.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-5000000}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
generate() {
  /usr/bin/python3 - "$1" "$2" <<'PY'
import random, sys
n, path = int(sys.argv[1]), sys.argv[2]
random.seed(11)
codes = ["USA","RUS","UKR","CHN","DEU","FRA","GBR","TUR","IND","BRA","ZAF","ISR","IRN","SAU","ARE","QAT","KAZ","POL","JPN","KOR",
         "PRK","SYR","EGY","NGA","KEN","ETH","PAK","AFG","IRQ","CAN","MEX","ARG","AUS","IDN","VNM","THA","MYS","PHL","ITA","ESP",
         "NLD","BEL","SWE","NOR","FIN","DNK","AUT","CHE","HUN","ROM","GRC","SRB","BLR","GEO","ARM","AZE","UZB","KGZ","TJK","MNG"]
empty = [""] * 61
with open(path, "w") as f:
    for i in range(n):
        r = empty[:]
        r[0] = str(i)
        y, m, d = random.randint(2015, 2024), random.randint(1, 12), random.randint(1, 28)
        r[1] = f"{y:04d}{m:02d}{d:02d}"; r[2] = f"{y:04d}{m:02d}"; r[3] = str(y)
        r[7] = "" if random.random() < 0.1 else random.choice(codes)
        r[17] = "" if random.random() < 0.1 else random.choice(codes)
        r[5], r[15] = r[7], r[17]
        r[26] = "042"; r[27] = "042"; r[28] = "04"
        r[29] = str(random.randint(1, 4)); r[30] = f"{random.uniform(-10, 10):.1f}"
        r[31] = r[32] = r[33] = "1"; r[34] = "0.5"
        line = "\t".join(r)
        if random.random() < 0.02:
            line = line[:40]
        f.write(line + "\n")
PY
}
dotnet build -c Release src/RelationsGraph.Cli -v quiet -nologo >/dev/null
relgraph=src/RelationsGraph.Cli/bin/Release/net10.0/relgraph.dll
for n in $((rows / 10)) "$rows"; do
  generate "$n" "$work/events.csv"
  size=$(du -m "$work/events.csv" | cut -f1)
  /usr/bin/time -f "%e %M" -o "$work/time" dotnet "$relgraph" import gdelt "$work/events.csv" --period month --out-edges "$work/edges.csv" --quiet
  read -r seconds kb < "$work/time"
  dyads=$(($(wc -l < "$work/edges.csv") - 1))
  awk -v n="$n" -v s="$seconds" -v kb="$kb" -v mb="$size" -v d="$dyads" 'BEGIN { printf "%9d rows (%4d MB): %6.2f s end to end, %9.0f rows/s, peak memory %4.0f MB, %d dyad-months\n", n, mb, s, n / s, kb / 1024, d }'
done
