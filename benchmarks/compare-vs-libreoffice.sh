#!/usr/bin/env bash
# Whole-process comparison of MiFID I (Directive 2004/39/EC) against MiFID II (Directive 2014/65/EU) as .docx files:
# LibreOffice's "Compare Document" (benchmarks/tools/lo_compare.py: soffice start on a fresh profile, load, compare,
# save the redline) against `modellaw compare` as users get it: the tool packed from this tree and installed with
# `dotnet tool install` (a new process each time: runtime start, read both .docx, parse, align, diff, write JSON).
# modellaw runs in two installed forms per round: the package this machine's `dotnet tool install ModelLaw.Cli`
# resolves to (ModelLaw.Cli.<rid>: ReadyToRun, precompiled) and the framework-dependent fallback (ModelLaw.Cli.any:
# plain IL, JIT at start). `modellaw --version` is timed too (pure start-up). Each is run RUNS times (default 5),
# interleaved, after one untimed warm-up round (file cache); the script prints every time (wall and CPU = user + sys,
# children included), the medians and the ratios, all from this one run. On a shared, loaded machine the CPU ratio is
# the steadier figure.
#
# Usage: benchmarks/compare-vs-libreoffice.sh [RUNS]
# Needs: ../shared/real-texts beside the repository, LibreOffice (soffice) with python3-uno, the .NET 10 SDK.
set -euo pipefail
runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
texts="$root/../shared/real-texts/eu-mifid-2004-39-to-2014-65-en"
[ -f "$texts/model.txt" ] || { echo "missing $texts (the shared real texts)"; exit 2; }
command -v soffice >/dev/null || { echo "LibreOffice is missing: apt-get install -y libreoffice-writer-nogui"; exit 2; }
work=$(mktemp -d /tmp/modellaw-vs-lo.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "packing and installing the tool (Release) ..."
version="0.0.0-bench.$$"
dotnet pack "$root/src/ModelLaw.Cli" -c Release -o "$work/feed" -p:PackageVersion="$version" -nologo -v q >/dev/null
dotnet build "$root/benchmarks/ModelLaw.Benchmarks" -c Release -nologo -v q >/dev/null
dotnet tool install ModelLaw.Cli --tool-path "$work/rid" --add-source "$work/feed" --version "$version" >/dev/null
dotnet tool install ModelLaw.Cli.any --tool-path "$work/any" --add-source "$work/feed" --version "$version" >/dev/null
cache=${NUGET_PACKAGES:-$HOME/.nuget/packages}
trap 'rm -rf "$work" "$cache"/modellaw.cli*/"$version"' EXIT
cli="$work/any/modellaw"
r2r="$work/rid/modellaw"
bench="$root/benchmarks/ModelLaw.Benchmarks/bin/Release/net10.0/ModelLaw.Benchmarks.dll"

# the same two .docx files for both tools (Word paragraphs with automatic numbering, as drafters write them)
dotnet "$bench" todocx "$texts/model.txt" "$work/mifid1.docx" en
dotnet "$bench" todocx "$texts/national.txt" "$work/mifid2.docx" en

median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# timed NAME CMD...: appends "wall cpu" to $work/NAME.times (GNU time; CPU = user + sys of the process and its children)
timed() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$work/$name.t" "$@" >"$work/$name.log" 2>&1 || [ $? -eq 1 ]   # compare exits 1: texts differ
  # the last line: GNU time puts "Command exited with non-zero status 1" before it
  tail -n 1 "$work/$name.t" | awk '{ printf "%s %.2f\n", $1, $2 + $3 }' >>"$work/$name.times"
}
lo()  { timed lo  /usr/bin/python3 "$root/benchmarks/tools/lo_compare.py" "$work/mifid1.docx" "$work/mifid2.docx" "$work/lo-redline.docx"; }
ml()  { timed ml  "$cli" compare "$work/mifid1.docx" "$work/mifid2.docx" --format json -o "$work/modellaw.json"; }
r2() { timed r2r "$r2r" compare "$work/mifid1.docx" "$work/mifid2.docx" --format json -o "$work/modellaw-r2r.json"; }

vml() { timed vml "$cli" --version; }
vr2() { timed vr2r "$r2r" --version; }

lo; ml; r2; vml; vr2   # warm-up round (disk cache), not counted
echo "LibreOffice: $(grep -m1 wrote "$work/lo.log")"
echo "modellaw:    $(wc -c <"$work/modellaw.json") bytes of JSON"
: >"$work/lo.times"; : >"$work/ml.times"; : >"$work/r2r.times"; : >"$work/vml.times"; : >"$work/vr2r.times"
for i in $(seq "$runs"); do
  lo; ml; r2; vml; vr2
  printf 'run %d: LibreOffice %s s (CPU %s s), modellaw (any) %s s (CPU %s s), modellaw (ReadyToRun) %s s (CPU %s s); --version any %s s, ReadyToRun %s s\n' "$i" \
    $(tail -1 "$work/lo.times") $(tail -1 "$work/ml.times") $(tail -1 "$work/r2r.times") \
    "$(tail -1 "$work/vml.times" | cut -d' ' -f1)" "$(tail -1 "$work/vr2r.times" | cut -d' ' -f1)"
done
col() { cut -d' ' -f"$2" "$work/$1.times" | median; }
lo_w=$(col lo 1); ml_w=$(col ml 1); r2_w=$(col r2r 1)
lo_c=$(col lo 2); ml_c=$(col ml 2); r2_c=$(col r2r 2)
printf 'median wall over %d runs: LibreOffice Compare Document %.2f s | modellaw compare, framework-dependent %.2f s (ratio %.1fx) | ReadyToRun %.2f s (ratio %.1fx)\n' \
  "$runs" "$lo_w" "$ml_w" "$(echo "$lo_w / $ml_w" | bc -l)" "$r2_w" "$(echo "$lo_w / $r2_w" | bc -l)"
printf 'median CPU  over %d runs: LibreOffice Compare Document %.2f s | modellaw compare, framework-dependent %.2f s (ratio %.1fx) | ReadyToRun %.2f s (ratio %.1fx)\n' \
  "$runs" "$lo_c" "$ml_c" "$(echo "$lo_c / $ml_c" | bc -l)" "$r2_c" "$(echo "$lo_c / $r2_c" | bc -l)"
printf 'median wall over %d runs: modellaw --version, framework-dependent %.3f s | ReadyToRun %.3f s\n' "$runs" "$(col vml 1)" "$(col vr2r 1)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
