#!/usr/bin/env bash
# The main job on the shipped corpus: compares every national adaptation with the model law in its language and writes
#   out/report-<lang>.html        self-contained HTML report (summary, concordance, side-by-side diffs, coverage heatmap)
#   out/<national>.compare.json   alignment + word diffs (schema: docs/json-schema.md), and .csv concordance
#   out/<national>.redline.docx   Word redline with real tracked changes, native moves and coverage comments
#   out/<national>.table.docx     two-column comparative table (model | national text)
#   out/<national>.lint.txt       drafting checks of the national text
#   out/gap-matrix.md             principles × national texts (covered / partial / absent)
# Needs only the .NET 10 SDK.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build src/ModelLaw.Cli -c Release -nologo -v q | tail -n 2
cli=(dotnet src/ModelLaw.Cli/bin/Release/net10.0/ModelLaw.Cli.dll)
# exit code 1 means "differences / findings" (compare, lint, coverage gaps): expected here, not a failure
run() { "${cli[@]}" "$@" || [ $? -eq 1 ]; }
catalog=corpus/principles/ai-counter-terrorism.json
mkdir -p out
for model in corpus/models/ai-ct-model-law.*.txt; do
  lang=${model%.txt}; lang=${lang##*.}
  nationals=(corpus/national/*."$lang".txt)
  [ -e "${nationals[0]}" ] || continue
  for national in "${nationals[@]}"; do
    name=$(basename "$national" .txt)
    run compare "$model" "$national" --format json -o "out/$name.compare.json"
    run compare "$model" "$national" --format csv -o "out/$name.concordance.csv"
    run redline "$model" "$national" --coverage "$catalog" -o "out/$name.redline.docx"
    run table "$model" "$national" -o "out/$name.table.docx"
    run lint "$national" -o "out/$name.lint.txt"
  done
  run report "$model" "${nationals[@]}" --principles "$catalog" -o "out/report-$lang.html"
  echo "out/report-$lang.html: $model vs ${nationals[*]}"
done
run coverage corpus/national --principles "$catalog" --format md -o out/gap-matrix.md
echo "done: $(ls out | wc -l) files in out/"
