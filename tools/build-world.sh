#!/usr/bin/env bash
# Rebuilds the embedded `world` dataset (src/RelationsGraph/Data/world) from ../shared/sources next to the repository.
# Same inputs, byte-identical output; exit 2 with one line on bad input (checksum, unmappable code, year out of range).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project tools/RelationsGraph.WorldBuilder -c Release -- "$@"
