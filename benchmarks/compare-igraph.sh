#!/usr/bin/env bash
# Times exact betweenness in igraph (python3-igraph, Debian) and in relgraph on the same graph, in the same run,
# and prints the ratio. Usage: benchmarks/compare-igraph.sh [NODES] [M] [hops|distance]
#   default: a 20,000-node Barabási–Albert graph with m = 5 (about 100,000 edges), hops.
# igraph is timed around the betweenness call only (graph already loaded); relgraph end to end, as a user runs it
# (process start, CSV parsing, projection, betweenness on all cores, JSON output) — so the ratio favours igraph.
set -euo pipefail
cd "$(dirname "$0")/.."
nodes="${1:-20000}"; m="${2:-5}"; length="${3:-hops}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
py=/usr/bin/python3
"$py" -c 'import igraph' 2>/dev/null || { echo "needs python3-igraph: apt-get install python3-igraph" >&2; exit 2; }

"$py" - "$nodes" "$m" "$work/graph.csv" <<'PY'
import random, sys, igraph
n, m, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
random.seed(7)
g = igraph.Graph.Barabasi(n, m, directed=False); g.simplify()
with open(path, "w") as f:
    f.write("source,target,weight\n")
    for e in g.es:
        f.write(f"n{e.source},n{e.target},{random.choice([1, 2, 3, 4]) * (1 if random.random() < 0.7 else -1)}\n")
PY

dotnet build -c Release src/RelationsGraph.Cli -v quiet -nologo >/dev/null
relgraph=src/RelationsGraph.Cli/bin/Release/net10.0/relgraph.dll

igraph_s=$("$py" - "$work/graph.csv" "$length" <<'PY'
import csv, sys, time, igraph
names, edges, weights = {}, [], []
with open(sys.argv[1]) as f:
    for row in csv.DictReader(f):
        a = names.setdefault(row["source"], len(names)); b = names.setdefault(row["target"], len(names))
        edges.append((a, b)); weights.append(abs(float(row["weight"])))
g = igraph.Graph(n=len(names), edges=edges, directed=False)
t = time.perf_counter()
g.betweenness(weights=weights if sys.argv[2] == "distance" else None)
print(f"{time.perf_counter() - t:.2f}")
PY
)

start=$(date +%s.%N)
dotnet "$relgraph" metric betweenness --edges "$work/graph.csv" --length "$length" --format json --quiet > "$work/ours.json"
ours_s=$(echo "$(date +%s.%N) - $start" | bc -l)

edges=$(($(wc -l < "$work/graph.csv") - 1))
igraph_version=$("$py" -c 'import igraph; print(igraph.__version__)')
printf 'graph: Barabasi-Albert n=%s m=%s (%s edges), length=%s, %s cores\n' "$nodes" "$m" "$edges" "$length" "$(nproc)"
printf 'igraph %s betweenness: %.2f s\n' "$igraph_version" "$igraph_s"
printf 'relgraph (end to end):  %.2f s\n' "$ours_s"
printf 'ratio igraph / relgraph: %.2fx\n' "$(echo "$igraph_s / $ours_s" | bc -l)"
