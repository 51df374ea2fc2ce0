#!/usr/bin/env bash
# Runs the whole test suite the way CI does: a local PostgreSQL (unless ConnectionStrings__Outreach is set),
# every test project in Release, and a closing line "N passed, N failed, N skipped" for the whole suite.
set -uo pipefail
cd "$(dirname "$0")/.."
source deploy/postgres.sh

outreach_pg_start || exit 1
# Tests create and drop a database of their own on this server.
export OUTREACH_TEST_POSTGRES="${OUTREACH_TEST_POSTGRES:-$ConnectionStrings__Outreach}"

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
dotnet test OutreachRouting.sln -c Release --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Sum the per-project summaries ("Passed!  - Failed: 0, Passed: 80, Skipped: 0, Total: 80, ...").
read -r passed failed skipped projects < <(awk '
  /(Passed|Failed|Skipped)! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+/ {
    gsub(/,/, "")
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") f += $(i + 1)
      if ($i == "Passed:") p += $(i + 1)
      if ($i == "Skipped:") s += $(i + 1)
    }
    n++
  }
  END { printf "%d %d %d %d\n", p, f, s, n }' "$log")

# A build error or a crashed test host fails the run even when no test reported a failure.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with status $status without a failing test: see the output above." >&2
  failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
