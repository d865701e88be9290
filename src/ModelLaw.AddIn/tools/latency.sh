#!/usr/bin/env bash
# Measures the latency of a corpus compare against a running add-in host: N sequential POST /api/compare requests
# (shipped model by id + a national text from the corpus), then prints min, p50, p95 and max in milliseconds.
# Usage: src/ModelLaw.AddIn/tools/latency.sh [BASE_URL] [N] [MODEL_ID] [NATIONAL_FILE] [ENDPOINT]
#   defaults: http://127.0.0.1:5080 50 ai-ct-model-law.en corpus/national/arcadia.en.txt compare
set -euo pipefail
cd "$(dirname "$0")/../../.."
base=${1:-http://127.0.0.1:5080}
n=${2:-50}
model=${3:-ai-ct-model-law.en}
national=${4:-corpus/national/arcadia.en.txt}
endpoint=${5:-compare}

curl -fsS "$base/health" >/dev/null || { echo "no host answering at $base (start it with: dotnet run -c Release --project src/ModelLaw.AddIn -- --urls $base)"; exit 2; }
# one warm-up request (JIT, first read of the corpus), not counted
curl -fsS -o /dev/null -F "modelId=$model" -F "national=@$national" "$base/api/$endpoint"

times=$(mktemp)
for _ in $(seq "$n"); do
  curl -fsS -o /dev/null -w '%{time_total}\n' -F "modelId=$model" -F "national=@$national" "$base/api/$endpoint" >>"$times"
done
sort -g "$times" | awk -v n="$n" -v what="$endpoint $model vs $(basename "$national")" '
  { t[NR] = $1 * 1000 }
  END {
    p50 = t[int((NR - 1) * 0.50) + 1]; p95 = t[int((NR - 1) * 0.95) + 1]
    printf "%s: %d requests, min %.1f ms, p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", what, NR, t[1], p50, p95, t[NR]
  }'
rm -f "$times"
