#!/usr/bin/env bash
# Load test of the add-in host on loopback.
#   tests/load/run.sh [TOTAL=200] [CONCURRENCY=200]
# Builds the host (Release) and the load client, starts the host on a free 127.0.0.1 port, sends TOTAL compare requests on
# the corpus texts with CONCURRENCY in flight (of every ten: eight good compares, one oversized upload, one malformed file),
# then 20 clients that disconnect mid-upload or mid-compare, and checks the host still answers. Reports p50/p99 latency of
# the good compares and the host's peak resident memory (VmHWM). Exit 0 only with 0 errors and 0 5xx.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
total="${1:-200}"
concurrency="${2:-200}"
max_upload=$((2 * 1024 * 1024))
out="$root/tests/load/.build"
mkdir -p "$out"

nice -n 5 dotnet build "$root/src/ModelLaw.AddIn" -c Release --nologo -v q -o "$out/host" >/dev/null
nice -n 5 dotnet build "$root/tests/load/LoadClient" -c Release --nologo -v q -o "$out/client" >/dev/null

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
export AddIn__CorpusPath="$root/corpus" AddIn__MaxUploadBytes="$max_upload" AddIn__MaxRequestBytes=$((4 * max_upload))
export Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production
dotnet "$out/host/ModelLaw.AddIn.dll" --urls "http://127.0.0.1:$port" > "$out/host.log" 2>&1 &
host=$!
trap 'kill $host 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  sleep 0.2
done

rc=0
dotnet "$out/client/LoadClient.dll" "http://127.0.0.1:$port" "$root/corpus" "$total" "$concurrency" "$max_upload" || rc=$?
if kill -0 $host 2>/dev/null; then
  peak=$(awk '/VmHWM/ {print $2 " " $3}' /proc/$host/status)
  echo "host alive after the run; peak resident memory (VmHWM) $peak"
else
  echo "host process died"; rc=1
fi
grep -c " fail:" "$out/host.log" | xargs -I{} echo "host log: {} error entries"
exit $rc
