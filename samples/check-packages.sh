#!/usr/bin/env bash
# Checks the packed packages as a user meets them: usage `samples/check-packages.sh FEED` with the .nupkg files of
# `dotnet pack` in FEED. (1) The library package holds its README, MIT licence, XML docs, repository commit
# (SourceLink) and a symbols package beside it.
# (2) A fresh console app that references only the RelationsGraph package compiles and runs the README's first C#
# example (samples/Quickstart/Program.cs). (3) The relgraph tool installs from the feed into a temporary tool path,
# prints --version, is the linux-x64 ReadyToRun package on that runtime, and runs the main job. Packages restore
# into a private cache, so a stale copy of the same version in ~/.nuget/packages cannot hide a broken package.
set -euo pipefail
cd "$(dirname "$0")/.."
feed="$(cd "${1:?usage: samples/check-packages.sh FEED}" && pwd)"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/nuget-cache"

lib=$(ls "$feed"/RelationsGraph.[0-9]*.nupkg | head -n 1)
version=$(basename "$lib" .nupkg); version=${version#RelationsGraph.}
echo "package RelationsGraph $version"

# (1) contents
contents=$(unzip -l "$lib")
for file in README.md THIRD-PARTY-NOTICES.md lib/net10.0/RelationsGraph.dll lib/net10.0/RelationsGraph.xml; do
  grep -q " $file\$" <<<"$contents" || { echo "RelationsGraph.$version.nupkg lacks $file" >&2; exit 1; }
done
[ -f "$feed/RelationsGraph.$version.snupkg" ] || { echo "no symbols package RelationsGraph.$version.snupkg" >&2; exit 1; }
nuspec=$(unzip -p "$lib" RelationsGraph.nuspec)
grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || { echo "nuspec has no MIT licence expression" >&2; exit 1; }
grep -q '<repository .*commit=' <<<"$nuspec" || { echo "nuspec has no repository commit (SourceLink)" >&2; exit 1; }
echo "contents: README, MIT licence, XML docs, symbols package, repository commit"

# (2) a fresh console app with only the package
mkdir -p "$work/app"
cat > "$work/app/app.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup><PackageReference Include="RelationsGraph" Version="$version" /></ItemGroup>
</Project>
XML
cp samples/Quickstart/Program.cs "$work/app/Program.cs"
cat > "$work/app/nuget.config" <<XML
<configuration><packageSources><add key="local" value="$feed" /></packageSources></configuration>
XML
# The machine's other sources still serve the dependencies (QuikGraph, MathNet.Numerics, Sep).
dotnet run --project "$work/app/app.csproj" -c Release > "$work/app.out"
head -n 3 "$work/app.out"
grep -q "Türkiye\|Kazakhstan" "$work/app.out" || { echo "the README example printed nothing expected" >&2; exit 1; }
echo "README example: runs against the package alone"

# (3) the tool
dotnet tool install RelationsGraph.Cli --version "$version" --add-source "$feed" --tool-path "$work/tools" > /dev/null
"$work/tools/relgraph" --version
# On linux-x64 the install takes the ReadyToRun package of that runtime, elsewhere the portable one.
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
  [ -d "$work/tools/.store/relationsgraph.cli/$version/relationsgraph.cli.linux-x64" ] || { echo "the tool did not install its linux-x64 (ReadyToRun) package" >&2; ls -R "$work/tools/.store" | head -n 20 >&2; exit 1; }
  echo "tool: the linux-x64 package (ReadyToRun)"
fi
"$work/tools/relgraph" mediators --between RUS UKR --at 2023-06-30 --top 3 --permutations 0 --draws 0 --quiet
"$work/tools/relgraph" plot metric degree --edges samples/data/highland-tribes.edges.csv --output "$work/degree.png"
[ -s "$work/degree.png" ] || { echo "the installed tool drew no PNG" >&2; exit 1; }
echo "tool: installs from the feed, runs the main job and draws a PNG"
