#!/usr/bin/env bash
# Runs every notebook in samples/notebooks against a freshly packed RelationsGraph, as a user of the package would,
# checks that its outputs equal the committed ones (text exactly, pictures by count: samples/notebooks/outputs.cs),
# and prints one line per notebook (ok/failed, seconds). Exits non-zero if any notebook failed.
#
#   bash samples/run-notebooks.sh                         # all notebooks
#   bash samples/run-notebooks.sh quickstart              # only those whose file name contains "quickstart"
#   bash samples/run-notebooks.sh --write [quickstart]    # run and write the cleaned outputs into the notebooks
#
# Needs only the .NET SDK: dotnet-repl comes from the local tool manifest (.config/dotnet-tools.json). Nothing is
# written to the repository but with --write: the package is built and packed under a temporary folder, with a unique prerelease
# version so that the NuGet cache (~/.nuget/packages) never serves a stale copy, and that version's cache folder is
# removed at the end. The notebooks run from a temporary copy; their outputs are kept only when a notebook fails
# (set KEEP_OUTPUTS=1 to keep them all). NOTEBOOK_TIMEOUT (seconds, default 900) bounds each notebook.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

repo=$(pwd)
timeout_seconds=${NOTEBOOK_TIMEOUT:-900}
write=0
if [ "${1:-}" = "--write" ]; then write=1; shift; fi
filter=${1:-}
work=$(mktemp -d "${TMPDIR:-/tmp}/relationsgraph-notebooks.XXXXXX")
package_cache=""
keep=${KEEP_OUTPUTS:-0}

cleanup() {
  if [ -n "$package_cache" ] && [ -d "$package_cache" ]; then
    rm -rf "$package_cache"
    rmdir "$(dirname "$package_cache")" 2>/dev/null || true
  fi
  if [ "$keep" = "1" ]; then
    echo "outputs kept in $work/out" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

# Wall-clock seconds (with a fraction where bash has EPOCHREALTIME), and a timeout where coreutils has one.
now() { if [ -n "${EPOCHREALTIME:-}" ]; then echo "${EPOCHREALTIME/,/.}"; else date +%s; fi; }
bounded() { if command -v timeout >/dev/null 2>&1; then timeout "$timeout_seconds" "$@"; else "$@"; fi; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# Pack the library with a version no earlier run used.
base_version=$(dotnet msbuild src/RelationsGraph -getProperty:Version | tr -d '[:space:]')
version="${base_version%%-*}-notebooks.$(date -u +%Y%m%d%H%M%S).$$"
echo "packing RelationsGraph $version"
if ! dotnet pack src/RelationsGraph -c Release -p:Version="$version" \
    --artifacts-path "$work/build" -o "$work/feed" >"$work/pack.log" 2>&1; then
  cat "$work/pack.log" >&2
  echo "dotnet pack failed" >&2
  exit 1
fi
if [ ! -f "$work/feed/RelationsGraph.$version.nupkg" ]; then
  echo "dotnet pack did not produce RelationsGraph.$version.nupkg" >&2
  ls "$work/feed" >&2
  exit 1
fi

# Where `#r "nuget: RelationsGraph, $version"` will unpack the package; removed on exit.
packages_root=${NUGET_PACKAGES:-$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: //p')}
packages_root=${packages_root%/}
if [ -n "$packages_root" ]; then
  package_cache="$packages_root/relationsgraph/$version"
fi

if ! dotnet tool restore >"$work/tool-restore.log" 2>&1; then
  cat "$work/tool-restore.log" >&2
  echo "dotnet tool restore failed" >&2
  exit 1
fi

# The notebooks run from a temporary copy, with the local tool manifest beside them so that `dotnet repl` resolves.
mkdir -p "$work/run/.config" "$work/out"
cp .config/dotnet-tools.json "$work/run/.config/"
export RELATIONSGRAPH_REPO="$repo" RELATIONSGRAPH_FEED="$work/feed" RELATIONSGRAPH_VERSION="$version"

# Prints each error output of an executed notebook as "cell N: message".
print_errors() {
  awk '
    /^   "cell_type": / { cell++ }
    /^     "evalue": / {
      line = $0
      sub(/^     "evalue": "/, "", line); sub(/",?$/, "", line)
      gsub(/\\n/, "\n      ", line); gsub(/\\"/, "\"", line); gsub(/\\\\/, "\\", line)
      printf "    cell %d: %s\n", cell, line
    }' "$1"
}

failed=0
count=0
for notebook in samples/notebooks/*.ipynb; do
  name=$(basename "$notebook" .ipynb)
  if [ -n "$filter" ] && [[ "$name" != *"$filter"* ]]; then
    continue
  fi
  count=$((count + 1))
  cp "$notebook" "$work/run/$name.ipynb"
  output="$work/out/$name.ipynb"
  start=$(now)
  status=0
  (cd "$work/run" && bounded dotnet repl --run "$name.ipynb" --exit-after-run \
      --output-format ipynb --output-path "$output") >"$work/out/$name.log" 2>&1 || status=$?
  seconds=$(elapsed "$start" "$(now)")

  # dotnet-repl exits 2 when a cell fails, but it still runs the cells after it: check the outputs as well.
  cells=$(grep -Ec '"cell_type": *"(code|markdown|raw)"' "$notebook" || true)
  errors=0; ran=0
  if [ -f "$output" ]; then
    errors=$(grep -c '^     "output_type": "error"' "$output" || true)
    ran=$(grep -c '"dotnet_repl_cellExecutionEndTime"' "$output" || true)
  fi
  # The executed notebook's outputs, cleaned (no install frames, no run times, pictures as image/png, no machine
  # path), equal the committed ones; or, with --write, replace them.
  mode=check; [ "$write" = 1 ] && mode=write
  cleaned=1
  if [ "$status" -eq 0 ] && [ "$errors" -eq 0 ] && [ "$ran" -eq "$cells" ]; then
    dotnet run --file samples/notebooks/outputs.cs -- "$mode" "$notebook" "$output" >"$work/out/$name.outputs.log" 2>&1 || cleaned=0
  fi
  if [ "$status" -eq 0 ] && [ "$errors" -eq 0 ] && [ "$ran" -eq "$cells" ] && [ "$cleaned" -eq 1 ]; then
    printf 'ok      %-24s %6ss\n' "$name" "$seconds"
  else
    failed=$((failed + 1))
    keep=1
    reason="exit code $status"
    [ "$status" -eq 124 ] && reason="timed out after ${timeout_seconds}s"
    [ "$cleaned" -eq 0 ] && reason="outputs not clean or not as committed"
    printf 'FAILED  %-24s %6ss  (%s, %s error output(s), %s of %s cells ran)\n' "$name" "$seconds" "$reason" "$errors" "$ran" "$cells"
    if [ "$cleaned" -eq 0 ]; then
      sed 's/^/    /' "$work/out/$name.outputs.log"
      [ "$write" = 1 ] || echo "    (after a deliberate change: bash samples/run-notebooks.sh --write $name, and review the diff)"
    elif [ -f "$output" ] && [ "$errors" -gt 0 ]; then
      print_errors "$output"
    else
      tail -n 20 "$work/out/$name.log" | sed 's/^/    /'
    fi
  fi
done

if [ "$count" -eq 0 ]; then
  echo "no notebook matched '${filter}'" >&2
  exit 1
fi
echo "$((count - failed)) notebook(s) ok, $failed failed"
[ "$failed" -eq 0 ]
