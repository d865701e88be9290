#!/usr/bin/env bash
# Builds the library at COMMIT as ModelLaw.Baseline.dll into benchmarks/ModelLaw.Benchmarks/baseline/ (git-ignored), so that
# ParseBenchmarks and `probe parse-stages` measure it beside the current code in the same run (extern alias "baseline").
# Usage: benchmarks/tools/build-baseline.sh 696383c        Remove the folder to benchmark the current code alone.
set -euo pipefail
commit=${1:?usage: build-baseline.sh COMMIT}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/src" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$root" worktree add --detach "$work/src" "$commit" >/dev/null
dotnet build "$work/src/src/ModelLaw" -c Release -p:AssemblyName=ModelLaw.Baseline -o "$work/out" 2>&1 | tail -n 3
mkdir -p "$root/benchmarks/ModelLaw.Benchmarks/baseline"
cp "$work/out/ModelLaw.Baseline.dll" "$root/benchmarks/ModelLaw.Benchmarks/baseline/"
echo "baseline $(git -C "$root" rev-parse --short "$commit") in benchmarks/ModelLaw.Benchmarks/baseline/ModelLaw.Baseline.dll"
