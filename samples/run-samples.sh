#!/usr/bin/env bash
# Runs the file-based samples (samples/*.cs) against a packed RelationsGraph, as a user of the package would, and
# checks that each one's text output still equals the committed samples/output/NAME.txt and that it drew the pictures
# committed beside it (samples/output/NAME*.png; compared by presence, not byte for byte, since font rendering may
# differ between machines). Prints one line per sample; exits non-zero if any failed.
#
#   bash samples/run-samples.sh                      # pack src/RelationsGraph into a temporary feed, run and check all
#   bash samples/run-samples.sh --feed DIR           # use the packages of `dotnet pack ... -o DIR` instead (CI)
#   bash samples/run-samples.sh --write [NAME...]    # run and replace the committed outputs and the output blocks of
#                                                    # docs/gallery.md (then review the diff)
#
# Packages restore into a private cache, so a copy of the same version in ~/.nuget/packages never hides the fresh
# package. The outputs are deterministic: the samples print no time, path or machine detail, and every random draw
# of the library is seeded. The HTML page of mediator-report.cs is written but not committed (about 0.5 MB).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

write=0; feed=""; names=()
while [ $# -gt 0 ]; do
  case "$1" in
    --write) write=1 ;;
    --feed) feed="${2:?--feed needs a folder}"; shift ;;
    *) names+=("$1") ;;
  esac
  shift
done

work=$(mktemp -d "${TMPDIR:-/tmp}/relationsgraph-samples.XXXXXX")
trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/nuget-cache"

version=$(dotnet msbuild src/RelationsGraph -getProperty:Version | tr -d '[:space:]')
if [ -z "$feed" ]; then
  feed="$work/feed"
  echo "packing RelationsGraph $version"
  dotnet pack src/RelationsGraph -c Release -o "$feed" >"$work/pack.log" 2>&1 || { cat "$work/pack.log" >&2; exit 1; }
fi
feed=$(cd "$feed" && pwd)
[ -f "$feed/RelationsGraph.$version.nupkg" ] || { echo "no RelationsGraph.$version.nupkg in $feed" >&2; exit 1; }
export RELATIONSGRAPH_FEED="$feed"   # samples/Directory.Build.props adds it as a package source

failed=0; count=0
for sample in samples/*.cs; do
  name=$(basename "$sample" .cs)
  if [ ${#names[@]} -gt 0 ] && [[ " ${names[*]} " != *" $name "* ]]; then continue; fi
  count=$((count + 1))
  problem=""
  # Every sample takes the package of this version: what a user of the release would write.
  grep -q "^#:package RelationsGraph@$version\$" "$sample" || problem="does not pin #:package RelationsGraph@$version"
  out="$work/out/$name"; mkdir -p "$out"
  start=$SECONDS
  # --no-cache: a file-based app skips its build when its files are unchanged, and would keep an older package.
  if [ -z "$problem" ] && ! dotnet run --no-cache --file "$sample" -- "$out" >"$out/$name.txt" 2>"$work/$name.err"; then
    problem="exit code $? (stderr below)"
  fi
  if [ -z "$problem" ] && grep -qF -e "$work" -e "$PWD" -e "$HOME/" "$out/$name.txt"; then
    problem="prints a machine path"
  fi
  if [ -z "$problem" ] && [ "$write" = 1 ]; then
    find "$out" -maxdepth 1 -type f ! -name '*.html' -exec cp {} samples/output/ \;
  elif [ -z "$problem" ]; then
    if ! diff -u "samples/output/$name.txt" "$out/$name.txt" >"$work/$name.diff" 2>&1; then
      problem="output differs from samples/output/$name.txt (run: bash samples/run-samples.sh --write $name)"
    fi
    for picture in samples/output/"$name"*.png; do
      [ -e "$picture" ] || continue
      [ -s "$out/$(basename "$picture")" ] || problem="did not draw $(basename "$picture")"
    done
  fi
  if [ -z "$problem" ]; then
    printf 'ok      %-18s %4ss\n' "$name" "$((SECONDS - start))"
  else
    failed=$((failed + 1))
    printf 'FAILED  %-18s %4ss  %s\n' "$name" "$((SECONDS - start))" "$problem"
    [ -s "$work/$name.diff" ] && head -n 40 "$work/$name.diff" | sed 's/^/    /'
    [ -s "$work/$name.err" ] && tail -n 20 "$work/$name.err" | sed 's/^/    /'
  fi
done

[ "$count" -gt 0 ] || { echo "no sample matched: ${names[*]}" >&2; exit 1; }

# docs/gallery.md shows each committed text output between "<!-- samples/output/NAME.txt -->" and "<!-- end -->".
render_gallery() {
  awk '/^<!-- samples\/output\/[^ ]*\.txt -->$/ {
         print; file = $2; print "```text"
         while ((getline line < file) > 0) print line
         close(file); print "```"; skip = 1; next
       }
       /^<!-- end -->$/ { skip = 0 }
       !skip { print }' docs/gallery.md
}
render_gallery >"$work/gallery.md"
if [ "$write" = 1 ]; then
  cp "$work/gallery.md" docs/gallery.md
elif ! diff -u docs/gallery.md "$work/gallery.md" >"$work/gallery.diff"; then
  failed=$((failed + 1))
  echo "FAILED  docs/gallery.md: its output blocks differ from samples/output (run: bash samples/run-samples.sh --write)"
  head -n 20 "$work/gallery.diff" | sed 's/^/    /'
fi

echo "$count sample(s) run, $failed failure(s)"
[ "$failed" -eq 0 ]
