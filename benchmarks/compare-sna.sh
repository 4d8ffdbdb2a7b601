#!/usr/bin/env bash
# Times Gould–Fernandez brokerage in R sna (Debian r-cran-sna) and in RelationsGraph on the same graphs, in one run,
# and prints the ratios. Usage: benchmarks/compare-sna.sh [NODES...]   (default: 2000 20000)
#   SNA_GROUPS=10 sets the number of groups; CHECK=1 also compares every node's total raw count with sna's.
# Graph: a random digraph with out-degree exactly 5 — each node gets 5 distinct random out-neighbours other than itself
# (arcs = 5n, no self-loops or duplicate arcs; mutual pairs may occur) — and groups g0..g{SNA_GROUPS-1} assigned uniformly
# at random, both seeded (R set.seed(7)): the same graphs on every run.
# Three timings per graph:
#   * R sna: the brokerage(g, cl) call only (graph loaded), median of 3 runs (system.time elapsed);
#   * RelationsGraph: BenchmarkDotNet's BrokerageBenchmarks.GouldFernandez median on the same files
#     (RELATIONSGRAPH_BROKERAGE_DATA), the library call like for like with sna's call;
#   * relgraph end to end (process start, CSV parsing, brokerage, JSON output), as a user runs it.
# sna's cost grows with n² (its R code builds the per-node expectation matrices with rbind in a loop).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [[ ${#sizes[@]} -gt 0 ]] || sizes=(2000 20000)
groups="${SNA_GROUPS:-10}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
command -v Rscript >/dev/null || { echo "needs R: apt-get install r-base-core r-cran-sna r-cran-jsonlite" >&2; exit 2; }
Rscript -e 'suppressPackageStartupMessages(library(sna))' 2>/dev/null || { echo "needs R sna: apt-get install r-cran-sna" >&2; exit 2; }
py=/usr/bin/python3

# --- graphs: $work/nodes-N.csv (id,group) and $work/edges-N.csv (source,target), ids n0..n{N-1} -----------------------
for n in "${sizes[@]}"; do
Rscript - "$n" "$groups" "$work" <<'R'
args <- commandArgs(trailingOnly = TRUE)
n <- as.integer(args[1]); k <- as.integer(args[2]); work <- args[3]
stopifnot(n > 5, k >= 1)
RNGkind("Mersenne-Twister", "Inversion", "Rejection"); set.seed(7)
outdeg <- 5L
tgt <- unlist(lapply(0:(n - 1), function(i) { t <- sample.int(n - 1L, outdeg) - 1L; t + (t >= i) }))
src <- rep(0:(n - 1), each = outdeg)
stopifnot(all(src != tgt), !anyDuplicated(src * n + tgt))
grp <- sample.int(k, n, replace = TRUE) - 1L
write.csv(data.frame(id = paste0("n", 0:(n - 1)), group = paste0("g", grp)), file.path(work, sprintf("nodes-%d.csv", n)),
          row.names = FALSE, quote = FALSE)
write.csv(data.frame(source = paste0("n", src), target = paste0("n", tgt)), file.path(work, sprintf("edges-%d.csv", n)),
          row.names = FALSE, quote = FALSE)
R
done

# --- R sna: load, then time only brokerage(g, cl), median of 3 -----------------------------------------------------------
declare -A sna_s
for n in "${sizes[@]}"; do
out=$(Rscript - "$work" "$n" "${CHECK:-0}" <<'R'
suppressPackageStartupMessages(library(sna))
args <- commandArgs(trailingOnly = TRUE); work <- args[1]; n <- args[2]; check <- args[3] == "1"
nd <- read.csv(file.path(work, sprintf("nodes-%s.csv", n)), colClasses = "character")
ed <- read.csv(file.path(work, sprintf("edges-%s.csv", n)), colClasses = "character")
g <- cbind(as.double(match(ed$source, nd$id)), as.double(match(ed$target, nd$id)), rep(1, nrow(ed)))
stopifnot(!anyNA(g))
attr(g, "n") <- nrow(nd); attr(g, "vnames") <- nd$id
cl <- nd$group
times <- sapply(1:3, function(i) system.time(b <<- brokerage(g, cl))[["elapsed"]])
stopifnot(NROW(b$raw.nli) == nrow(nd))
if (check) write.csv(data.frame(id = nd$id, total = b$raw.nli[, "t"]), file.path(work, sprintf("sna-%s.csv", n)), row.names = FALSE)
cat(as.character(packageVersion("sna")), sprintf("%.3f", median(times)), "\n")
R
)
read -r sna_version s <<<"$out"; sna_s[$n]=$s
done

# --- RelationsGraph: BenchmarkDotNet on the same files ----------------------------------------------------------------------
declare -A bdn_s
if [[ " ${sizes[*]} " == *" 2000 "* && " ${sizes[*]} " == *" 20000 "* ]]; then
    RELATIONSGRAPH_BROKERAGE_DATA="$work" dotnet run -c Release --project benchmarks/RelationsGraph.Benchmarks -- \
        --filter '*.BrokerageBenchmarks.GouldFernandez' --exporters json --artifacts "$work/bdn" > "$work/bdn.log" 2>&1 \
        || { tail -20 "$work/bdn.log" >&2; echo "BenchmarkDotNet failed" >&2; exit 1; }
    while read -r n median; do bdn_s[$n]=$median; done < <("$py" - "$work/bdn/results" <<'PY'
import glob, json, sys
for path in glob.glob(sys.argv[1] + "/*BrokerageBenchmarks*-report-full.json") or glob.glob(sys.argv[1] + "/*BrokerageBenchmarks*.json"):
    for b in json.load(open(path))["Benchmarks"]:
        if b["Method"] == "GouldFernandez":
            nodes = b["Parameters"].split("=")[1]
            print(nodes, "%.6f" % (b["Statistics"]["Median"] / 1e9))
PY
)
else
    echo "note: BenchmarkDotNet comparison needs sizes 2000 and 20000 (its Params); skipped" >&2
fi

# --- relgraph end to end ----------------------------------------------------------------------------------------------------
dotnet build -c Release src/RelationsGraph.Cli -v quiet -nologo >/dev/null || { echo "relgraph: dotnet build failed" >&2; exit 1; }
relgraph=src/RelationsGraph.Cli/bin/Release/net10.0/relgraph.dll
declare -A cli_s
for n in "${sizes[@]}"; do
    start=$(date +%s.%N)
    dotnet "$relgraph" metric brokerage --edges "$work/edges-$n.csv" --nodes "$work/nodes-$n.csv" --directed --group-column group --format json --quiet > "$work/ours-$n.json" \
        || { echo "relgraph: metric brokerage failed" >&2; exit 1; }
    cli_s[$n]=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }')
done

# --- report --------------------------------------------------------------------------------------------------------------
printf 'graphs: random directed, out-degree 5, %s groups; %s cores; R sna %s\n' "$groups" "$(nproc)" "$sna_version"
printf '%8s %8s %14s %16s %10s %16s %10s\n' nodes arcs "sna call (s)" "library (s, BDN)" ratio "relgraph e2e (s)" ratio
for n in "${sizes[@]}"; do
    arcs=$(($(wc -l < "$work/edges-$n.csv") - 1))
    lib="${bdn_s[$n]:-}"
    ratio_lib=$([[ -n "$lib" ]] && awk -v a="${sna_s[$n]}" -v b="$lib" 'BEGIN { printf "%.0fx", a / b }' || echo "-")
    ratio_cli=$(awk -v a="${sna_s[$n]}" -v b="${cli_s[$n]}" 'BEGIN { printf "%.1fx", a / b }')
    printf '%8s %8s %14s %16s %10s %16s %10s\n' "$n" "$arcs" "${sna_s[$n]}" "${lib:--}" "$ratio_lib" "${cli_s[$n]}" "$ratio_cli"
done

# --- optional: raw counts must agree ------------------------------------------------------------------------------------------
if [[ "${CHECK:-0}" == "1" ]]; then
    for n in "${sizes[@]}"; do
        "$py" - "$work/sna-$n.csv" "$work/ours-$n.json" <<'PY'
import csv, json, sys
ref = {r["id"]: float(r["total"]) for r in csv.DictReader(open(sys.argv[1]))}
ours = json.load(open(sys.argv[2]))["scores"]
bad = [i for i, t in ref.items() if ours[i]["total"]["raw"] != t]
if bad:
    sys.exit(f"raw counts disagree for {len(bad)} of {len(ref)} nodes, e.g. {bad[:5]}")
print(f"raw counts agree ({len(ref)} nodes, total {sum(ref.values()):.0f})")
PY
    done
fi
