#!/usr/bin/env bash
# Fuzz one ModelLaw reader with AFL++ and SharpFuzz.
#   fuzz/run.sh TARGET SECONDS        TARGET: text | docx | docxml | akn | odt | odtxml | html | markdown | loader
#                                     (docxml/odtxml = fuzzed document.xml or content.xml in a valid package; loader = sniffing and every reader)
#   fuzz/run.sh replay TARGET FILE... re-run saved inputs once without AFL (prints the exception of a crash)
# Installs what is missing (Debian afl++, the SharpFuzz.CommandLine dotnet tool), builds fuzz/ModelLaw.Fuzz in Release into
# fuzz/.build, instruments ModelLaw.dll, writes seeds from corpus/*.txt and runs afl-fuzz for SECONDS.
# Findings go to fuzz/findings/TARGET (crashes/ and hangs/); a summary line is printed at the end.
# Runs at nice 10 so that other work on the machine stays usable. Not part of the test run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
build="$here/.build"
tools="$here/.tools"

ensure_tools() {
  if ! command -v afl-fuzz >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
  fi
  if [ ! -x "$tools/sharpfuzz" ]; then
    dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null
  fi
}

# two copies: .build/plain (seeding, replay) and .build/afl (ModelLaw.dll instrumented; it only runs under afl-fuzz)
build_harness() {
  rm -rf "$build"
  nice -n 10 dotnet publish "$here/ModelLaw.Fuzz/ModelLaw.Fuzz.csproj" -c Release -o "$build/plain" -p:UseAppHost=false --nologo -v q
  cp -r "$build/plain" "$build/afl"
  # instrument only our library: AFL's coverage map then describes ModelLaw's branches, not the framework's
  "$tools/sharpfuzz" "$build/afl/ModelLaw.dll"
}

if [ "${1:-}" = "replay" ]; then
  shift
  [ -f "$build/plain/ModelLaw.Fuzz.dll" ] || { ensure_tools; build_harness; }
  exec dotnet "$build/plain/ModelLaw.Fuzz.dll" replay "$@"
fi

target="${1:?usage: fuzz/run.sh TARGET SECONDS}"
seconds="${2:?usage: fuzz/run.sh TARGET SECONDS}"
case "$target" in text|docx|docxml|akn|odt|odtxml|html|markdown|loader) ;; *) echo "unknown target $target" >&2; exit 2;; esac

ensure_tools
# REBUILD=0 reuses the harness already built (e.g. when several targets run one after another)
if [ ! -f "$build/afl/ModelLaw.Fuzz.dll" ] || [ "${REBUILD:-1}" = "1" ]; then build_harness; fi

seeds="$here/.seeds"
[ -d "$seeds/$target" ] || dotnet "$build/plain/ModelLaw.Fuzz.dll" seed "$root/corpus" "$seeds"

out="$here/findings/$target"
mkdir -p "$out"
input="$seeds/$target"
# resume an earlier session of the same target instead of starting over
[ -f "$out/default/fuzzer_stats" ] && input="-"

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
export DOTNET_TieredPGO=0 DOTNET_gcServer=0
dict=()
case "$target" in akn|docxml|odtxml|html) dict=(-x "$here/xml.dict") ;; esac
nice -n 10 afl-fuzz -i "$input" -o "$out" -V "$seconds" -t 10000 -m none "${dict[@]}" -- dotnet "$build/afl/ModelLaw.Fuzz.dll" "$target" \
  > "$out/afl.log" 2>&1 || { tail -n 40 "$out/afl.log"; exit 1; }

stats="$out/default/fuzzer_stats"
execs=$(awk -F' *: *' '$1=="execs_done"{print $2}' "$stats")
run=$(awk -F' *: *' '$1=="run_time"{print $2}' "$stats")
crashes=$(awk -F' *: *' '$1=="saved_crashes"||$1=="unique_crashes"{print $2}' "$stats" | head -n1)
hangs=$(awk -F' *: *' '$1=="saved_hangs"||$1=="unique_hangs"{print $2}' "$stats" | head -n1)
paths=$(awk -F' *: *' '$1=="corpus_count"||$1=="paths_total"{print $2}' "$stats" | head -n1)
echo "$target: ${execs} executions in ${run} s, corpus ${paths}, crashes ${crashes}, hangs ${hangs} (findings in $out)"
