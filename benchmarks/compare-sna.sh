#!/usr/bin/env bash
# Times Gould–Fernandez brokerage in R sna (Debian r-cran-sna) and in relgraph on the same graph, in the same run,
# and prints the ratio. Usage: benchmarks/compare-sna.sh [NODES] [GROUPS]
#   default: 20,000 nodes, 10 groups.
# The graph is a random digraph with out-degree exactly 5: each node gets 5 distinct random out-neighbours other than
# itself (so arcs = 5n, no self-loops, no duplicate arcs; mutual pairs may occur). Groups g0..g{GROUPS-1} are assigned
# uniformly at random. Both are seeded (R set.seed(7)), so the graph is the same on every run.
# sna is timed around the brokerage(g, cl) call only (graph already loaded in R, system.time elapsed); relgraph end to
# end, as a user runs it (process start, CSV parsing, brokerage, JSON output) — so the ratio favours sna.
# sna's cost grows with n^2 (its R code builds the per-node expectation matrices with rbind in a loop).
# CHECK=1 also compares relgraph's per-node total raw counts (scores["<id>"]["total"]["raw"]) with sna's raw.nli[, "t"].
set -euo pipefail
cd "$(dirname "$0")/.."
nodes="${1:-20000}"; groups="${2:-10}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
command -v Rscript >/dev/null || { echo "needs R: apt-get install r-base-core r-cran-sna r-cran-jsonlite" >&2; exit 2; }
Rscript -e 'suppressPackageStartupMessages(library(sna))' 2>/dev/null || { echo "needs R sna: apt-get install r-cran-sna" >&2; exit 2; }

# --- graph: nodes.csv (id,group) and edges.csv (source,target), ids n0..n{N-1} ------------------------------------------
Rscript - "$nodes" "$groups" "$work" <<'R'
args <- commandArgs(trailingOnly = TRUE)
n <- as.integer(args[1]); k <- as.integer(args[2]); work <- args[3]
stopifnot(n > 5, k >= 1)
RNGkind("Mersenne-Twister", "Inversion", "Rejection"); set.seed(7)
outdeg <- 5L
# node i (0-based) gets 5 distinct targets from the other n - 1 nodes
tgt <- unlist(lapply(0:(n - 1), function(i) { t <- sample.int(n - 1L, outdeg) - 1L; t + (t >= i) }))
src <- rep(0:(n - 1), each = outdeg)
stopifnot(all(src != tgt), !anyDuplicated(src * n + tgt))
grp <- sample.int(k, n, replace = TRUE) - 1L
write.csv(data.frame(id = paste0("n", 0:(n - 1)), group = paste0("g", grp)), file.path(work, "nodes.csv"),
          row.names = FALSE, quote = FALSE)
write.csv(data.frame(source = paste0("n", src), target = paste0("n", tgt)), file.path(work, "edges.csv"),
          row.names = FALSE, quote = FALSE)
R

arcs=$(($(wc -l < "$work/edges.csv") - 1))
ngroups=$(tail -n +2 "$work/nodes.csv" | cut -d, -f2 | sort -u | wc -l)
printf 'graph: random directed n=%s arcs=%s groups=%s (out-degree 5 per node)\n' "$nodes" "$arcs" "$ngroups"

# --- R sna: load, then time only brokerage(g, cl) -----------------------------------------------------------------------
sna_out=$(Rscript - "$work" "${CHECK:-0}" <<'R'
suppressPackageStartupMessages(library(sna))
args <- commandArgs(trailingOnly = TRUE); work <- args[1]; check <- args[2] == "1"
nd <- read.csv(file.path(work, "nodes.csv"), colClasses = "character")
ed <- read.csv(file.path(work, "edges.csv"), colClasses = "character")
g <- cbind(as.double(match(ed$source, nd$id)), as.double(match(ed$target, nd$id)), rep(1, nrow(ed)))
stopifnot(!anyNA(g))
attr(g, "n") <- nrow(nd); attr(g, "vnames") <- nd$id
cl <- nd$group
t <- system.time(b <- brokerage(g, cl))[["elapsed"]]
stopifnot(NROW(b$raw.nli) == nrow(nd))
if (check) write.csv(data.frame(id = nd$id, total = b$raw.nli[, "t"]), file.path(work, "sna_raw.csv"), row.names = FALSE)
cat(as.character(packageVersion("sna")), sprintf("%.2f", t), "\n")
R
)
read -r sna_version sna_s <<<"$sna_out"
printf 'R sna %s brokerage: %s s\n' "$sna_version" "$sna_s"

# --- relgraph, end to end ---------------------------------------------------------------------------------------------
if ! dotnet build -c Release src/RelationsGraph.Cli -v quiet -nologo >/dev/null; then
    echo "relgraph: dotnet build failed" >&2; exit 1
fi
relgraph=src/RelationsGraph.Cli/bin/Release/net10.0/relgraph.dll

start=$(date +%s.%N)
if ! dotnet "$relgraph" metric brokerage --edges "$work/edges.csv" --nodes "$work/nodes.csv" --directed --group-column group --format json --quiet > "$work/ours.json"; then
    echo "relgraph: metric brokerage failed" >&2; exit 1
fi
end=$(date +%s.%N)
ours_s=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
printf 'relgraph (end to end): %s s\n' "$ours_s"
printf 'ratio R sna / relgraph: %sx\n' "$(awk -v a="$sna_s" -v b="$ours_s" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "inf" }')"

# --- optional: raw counts must agree ----------------------------------------------------------------------------------
if [[ "${CHECK:-0}" == "1" ]]; then
    Rscript - "$work" <<'R'
suppressPackageStartupMessages(library(jsonlite))
work <- commandArgs(trailingOnly = TRUE)[1]
ref <- read.csv(file.path(work, "sna_raw.csv"), colClasses = c("character", "numeric"))
ours <- fromJSON(file.path(work, "ours.json"), simplifyVector = FALSE)$scores
if (is.null(ours)) stop("ours.json has no \"scores\"")
got <- vapply(ref$id, function(id) {
  x <- ours[[id]]$total$raw
  if (is.null(x)) NA_real_ else as.numeric(x)
}, numeric(1))
bad <- which(is.na(got) | got != ref$total)
if (length(bad)) {
  cat(sprintf("raw counts disagree for %d of %d nodes, e.g.:\n", length(bad), nrow(ref)))
  print(head(data.frame(id = ref$id[bad], sna = ref$total[bad], relgraph = got[bad]), 10), row.names = FALSE)
  quit(status = 1)
}
cat(sprintf("raw counts agree (%d nodes, total %.0f)\n", nrow(ref), sum(ref$total)))
R
fi
