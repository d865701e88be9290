#!/usr/bin/env bash
# Whole-process comparison of MiFID I (Directive 2004/39/EC) against MiFID II (Directive 2014/65/EU) as .docx files:
# LibreOffice's "Compare Document" (benchmarks/tools/lo_compare.py: soffice start on a fresh profile, load, compare,
# save the redline) against `modellaw compare` (a new dotnet process each time: runtime start, JIT, read both .docx,
# parse, align, diff, write JSON). Each is run RUNS times (default 5) after one untimed warm-up run (file cache);
# the script prints every time, both medians and the ratio, all from this one run.
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

echo "building (Release) ..."
dotnet build "$root/src/ModelLaw.Cli" -c Release -nologo -v q >/dev/null
dotnet build "$root/benchmarks/ModelLaw.Benchmarks" -c Release -nologo -v q >/dev/null
cli="$root/src/ModelLaw.Cli/bin/Release/net10.0/ModelLaw.Cli.dll"
bench="$root/benchmarks/ModelLaw.Benchmarks/bin/Release/net10.0/ModelLaw.Benchmarks.dll"

# the same two .docx files for both tools (Word paragraphs with automatic numbering, as drafters write them)
dotnet "$bench" todocx "$texts/model.txt" "$work/mifid1.docx" en
dotnet "$bench" todocx "$texts/national.txt" "$work/mifid2.docx" en

now() { date +%s.%N; }
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

lo() { /usr/bin/python3 "$root/benchmarks/tools/lo_compare.py" "$work/mifid1.docx" "$work/mifid2.docx" "$work/lo-redline.docx" >"$work/lo.log" 2>&1; }
ml() { dotnet "$cli" compare "$work/mifid1.docx" "$work/mifid2.docx" --format json -o "$work/modellaw.json" 2>"$work/ml.log" || [ $? -eq 1 ]; }

lo; ml   # warm-up (disk cache), not timed
echo "LibreOffice: $(cat "$work/lo.log")"
echo "modellaw:    $(wc -c <"$work/modellaw.json") bytes of JSON"

: >"$work/lo.times"; : >"$work/ml.times"
for i in $(seq "$runs"); do
  t0=$(now); lo; t1=$(now); ml; t2=$(now)
  lo_t=$(echo "$t1 - $t0" | bc -l); ml_t=$(echo "$t2 - $t1" | bc -l)
  echo "$lo_t" >>"$work/lo.times"; echo "$ml_t" >>"$work/ml.times"
  printf 'run %d: LibreOffice %.3f s, modellaw %.3f s\n' "$i" "$lo_t" "$ml_t"
done
lo_m=$(median <"$work/lo.times"); ml_m=$(median <"$work/ml.times")
printf 'median over %d runs: LibreOffice Compare Document %.3f s, modellaw compare %.3f s, ratio %.1fx\n' \
  "$runs" "$lo_m" "$ml_m" "$(echo "$lo_m / $ml_m" | bc -l)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
