#!/usr/bin/env bash
# Brings src/ModelLaw/PublicAPI.Unshipped.txt up to date with the library's public surface, from the command line
# (the PublicApiAnalyzers code fix that does this is an IDE feature):
#   - every symbol reported by RS0016 (public but not declared) is added,
#   - every line reported by RS0017 (declared but no longer public) is removed from PublicAPI.Unshipped.txt
#     (a symbol that disappeared from PublicAPI.Shipped.txt is a breaking change: that file is left for you to edit).
# Then review the diff: it is the change of the public API.
#   tools/update-public-api.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dir=src/ModelLaw
unshipped=$dir/PublicAPI.Unshipped.txt
[ -f "$unshipped" ] || printf '#nullable enable\n' > "$unshipped"
[ -f "$dir/PublicAPI.Shipped.txt" ] || printf '#nullable enable\n' > "$dir/PublicAPI.Shipped.txt"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# analyzer diagnostics are only reported when the compiler runs: rebuild, with warnings left as warnings
dotnet build "$dir" --no-incremental -nologo -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= >"$log" 2>&1 || true
if grep -q " error " "$log"; then grep " error " "$log" | sort -u >&2; echo "update-public-api: the library does not build" >&2; exit 1; fi
added=$(grep -E "(warning|error) RS0016:" "$log" | sed -E "s/.*RS0016: Symbol '(.*)' is not part of the declared public API.*/\1/" | LC_ALL=C sort -u || true)
removed=$(grep -E "PublicAPI.Unshipped.txt\([0-9]+,[0-9]+\): (warning|error) RS0017:" "$log" \
  | sed -E "s/.*RS0017: Symbol '(.*)' is part of the declared API, but is either not public or could not be found.*/\1/" | LC_ALL=C sort -u || true)
body=$( { grep -v '^#nullable enable$' "$unshipped" || true; [ -n "$added" ] && printf '%s\n' "$added"; } \
  | { if [ -n "$removed" ]; then grep -vxF -f <(printf '%s\n' "$removed"); else cat; fi; } | grep -v '^$' | LC_ALL=C sort -u || true)
{ echo '#nullable enable'; [ -n "$body" ] && printf '%s\n' "$body"; } > "$unshipped"
echo "PublicAPI.Unshipped.txt: $(printf '%s' "$added" | grep -c . || true) added, $(printf '%s' "$removed" | grep -c . || true) removed"
if grep -qE "RS0017:" "$log" && grep -E "RS0017:" "$log" | grep -q "PublicAPI.Shipped.txt"; then
  echo "update-public-api: symbols declared in PublicAPI.Shipped.txt are gone (breaking change):" >&2
  grep -E "PublicAPI.Shipped.txt.*RS0017:" "$log" | sed -E "s/.*Symbol '(.*)' is part.*/  \1/" | sort -u >&2
fi
