#!/usr/bin/env bash
# Runs the whole test suite. Installs the system tools the tests need when they are missing
# (Chromium for browser tests, LibreOffice and poppler for .docx rendering checks, PostgreSQL for the shared provision
# store), then builds and tests. A throwaway PostgreSQL server runs during the tests and is stopped at the end.
# Lists every skipped test with its reason, then prints a final "N passed, N failed, N skipped" line; exits non-zero
# when any test fails.
set -uo pipefail
cd "$(dirname "$0")"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "installing: ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
      || echo "warning: could not install ${missing[*]}; tests that need them will be skipped"
  else
    echo "note: ${missing[*]} missing and not root; tests that need them will be skipped"
  fi
fi

dotnet build ModelLaw.sln -c Release 2>&1 | tail -n 3
build_rc=${PIPESTATUS[0]}
[ "$build_rc" -eq 0 ] || { echo "build failed"; exit "$build_rc"; }

# the PostgreSQL provision store is tested against a real server (tests/postgres/server.sh); without one they are skipped
eval "$(tests/postgres/server.sh start)"
trap 'tests/postgres/server.sh stop' EXIT

log=$(mktemp)
results=$(mktemp -d)
dotnet test ModelLaw.sln -c Release --no-build --logger trx --results-directory "$results" "$@" 2>&1 | tee "$log"
test_rc=${PIPESTATUS[0]}
# every skipped test with its reason (the console logger names skipped tests without saying why)
for trx in "$results"/*.trx; do [ -f "$trx" ] && awk -f tools/skipped-tests.awk "$trx"; done
rm -rf "$results"
awk '/^(Passed|Failed|Skipped)! +- Failed:/ { gsub(/,/, ""); f += $4; p += $6; s += $8; n++ }
     END { if (n == 0) { print "no test summary found"; exit 1 }
           printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log" || test_rc=1
rm -f "$log"
exit "$test_rc"
