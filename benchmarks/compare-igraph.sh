#!/usr/bin/env bash
# Times exact betweenness in igraph (python3-igraph, Debian) and in relgraph on the same graph, in the same run,
# and prints the ratio. Usage: benchmarks/compare-igraph.sh [NODES] [M] [hops|distance|inverse] [whole|quarter|tenth]
#   default: a 20,000-node Barabási–Albert graph with m = 5 (about 100,000 edges), hops, weights ±{1,2,3,4} (whole).
#   quarter: weights ±{0.25,0.5,0.75,1} (real-valued; |w| lengths are whole numbers of the quantum 0.25, 1/|w| lengths
#   4, 2, 1.333…, 1 are not); tenth: weights ±{0.1,…,1.0} in steps of 0.1 (real-valued either way).
#   distance: lengths |w| (igraph's weights); inverse: lengths 1/|w| (igraph given 1/|w| as weights).
# igraph is timed around the betweenness call only (graph already loaded); relgraph end to end, as a user runs it
# (process start, CSV parsing, projection, betweenness on all cores, JSON output) — so the ratio favours igraph.
# Also prints the largest difference between the two results over all nodes (relative to max(1, |score|)), and with
# KEEP_OUTPUT=file keeps relgraph's JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
nodes="${1:-20000}"; m="${2:-5}"; length="${3:-hops}"; steps="${4:-whole}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
py=/usr/bin/python3
"$py" -c 'import igraph' 2>/dev/null || { echo "needs python3-igraph: apt-get install python3-igraph" >&2; exit 2; }

"$py" - "$nodes" "$m" "$work/graph.csv" "$steps" <<'PY'
import random, sys, igraph
n, m, path, steps = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
magnitudes = {"whole": [1, 2, 3, 4], "quarter": [0.25, 0.5, 0.75, 1], "tenth": [k / 10 for k in range(1, 11)]}[steps]
random.seed(7)
g = igraph.Graph.Barabasi(n, m, directed=False); g.simplify()
with open(path, "w") as f:
    f.write("source,target,weight\n")
    for e in g.es:
        f.write(f"n{e.source},n{e.target},{random.choice(magnitudes) * (1 if random.random() < 0.7 else -1)}\n")
PY

dotnet build -c Release src/RelationsGraph.Cli -v quiet -nologo >/dev/null
relgraph=src/RelationsGraph.Cli/bin/Release/net10.0/relgraph.dll

igraph_out=$("$py" - "$work/graph.csv" "$length" "$work/igraph.json" <<'PY'
import csv, json, sys, time, igraph
names, edges, weights = {}, [], []
with open(sys.argv[1]) as f:
    for row in csv.DictReader(f):
        a = names.setdefault(row["source"], len(names)); b = names.setdefault(row["target"], len(names))
        edges.append((a, b)); weights.append(abs(float(row["weight"])))
g = igraph.Graph(n=len(names), edges=edges, directed=False)
t = time.perf_counter()
lengths = {"hops": None, "distance": weights, "inverse": [1 / w for w in weights]}[sys.argv[2]]
scores = g.betweenness(weights=lengths)
print(f"{time.perf_counter() - t:.2f} {max(scores):.6f}")
json.dump({name: scores[i] for name, i in names.items()}, open(sys.argv[3], "w"))
PY
)

echo "igraph (time, top score): $igraph_out" >&2
start=$(date +%s.%N)
dotnet "$relgraph" metric betweenness --edges "$work/graph.csv" --length "$length" --format json --quiet > "$work/ours.json"
ours_s=$(echo "$(date +%s.%N) - $start" | bc -l)

igraph_s="${igraph_out% *}"; igraph_top="${igraph_out#* }"
ours_top=$("$py" -c 'import json, sys; print("%.6f" % max(json.load(open(sys.argv[1]))["scores"].values()))' "$work/ours.json")
# The largest difference from igraph over all nodes, relative to max(1, |igraph's score|).
worst=$("$py" -c '
import json, sys
ref = json.load(open(sys.argv[1])); ours = json.load(open(sys.argv[2]))["scores"]
print("%.2e" % max(abs(ours[k] - v) / max(1.0, abs(v)) for k, v in ref.items()))' "$work/igraph.json" "$work/ours.json")
if [ -n "${KEEP_OUTPUT:-}" ]; then cp "$work/ours.json" "$KEEP_OUTPUT"; fi
edges=$(($(wc -l < "$work/graph.csv") - 1))
igraph_version=$("$py" -c 'import igraph; print(igraph.__version__)')
printf 'graph: Barabasi-Albert n=%s m=%s (%s edges), weights=%s, length=%s, %s cores\n' "$nodes" "$m" "$edges" "$steps" "$length" "$(nproc)"
printf 'igraph %s betweenness: %.2f s\n' "$igraph_version" "$igraph_s"
printf 'relgraph (end to end):  %.2f s\n' "$ours_s"
printf 'ratio igraph / relgraph: %.2fx\n' "$(echo "$igraph_s / $ours_s" | bc -l)"
printf 'top score: igraph %s, relgraph %s\n' "$igraph_top" "$ours_top"
printf 'largest difference from igraph (relative): %s; load average at the end: %s\n' "$worst" "$(cut -d' ' -f1-3 /proc/loadavg)"
