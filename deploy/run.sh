#!/usr/bin/env bash
# Runs OutreachRouting on this machine: a local PostgreSQL (unless ConnectionStrings__Outreach is set),
# the schema, and the silo. Ctrl-C stops the silo; `deploy/run.sh stop` also stops the local PostgreSQL.
# Data survives both.
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/postgres.sh

if [ "${1:-}" = "stop" ]; then
  outreach_pg_stop
  echo "Local PostgreSQL stopped; its data is kept in $OUTREACH_PG_DIR."
  exit 0
fi

outreach_pg_start
dotnet build silo/OutreachRouting.Silo -c Release -nologo -v quiet
dotnet run --project silo/OutreachRouting.Silo -c Release --no-build -- migrate
echo "Starting the silo: health at http://127.0.0.1:8081/health/ready (Ctrl-C to stop)."
exec dotnet run --project silo/OutreachRouting.Silo -c Release --no-build
