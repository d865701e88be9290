# Prints "  Skipped NAME: REASON" for every test a TRX file (dotnet test --logger trx) reports as not executed; test.sh runs it.
/<UnitTestResult / && /outcome="NotExecuted"/ {
  name = $0; sub(/.*testName="/, "", name); sub(/".*/, "", name); want = 1; next
}
want && /<Message>/ {
  msg = $0; sub(/.*<Message>/, "", msg); sub(/<\/Message>.*/, "", msg)
  gsub(/&lt;/, "<", msg); gsub(/&gt;/, ">", msg); gsub(/&quot;/, "\"", msg); gsub(/&apos;/, "'", msg); gsub(/&amp;/, "\\&", msg)
  printf "  Skipped %s: %s\n", name, msg; want = 0; next
}
want && /<\/UnitTestResult>/ { printf "  Skipped %s: (no reason given)\n", name; want = 0 }
