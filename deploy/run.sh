#!/usr/bin/env bash
# Runs OutreachRouting on this machine: a local PostgreSQL (unless ConnectionStrings__Outreach is set), the
# schema, and the API with its silo in the same process, seeded with the demo teams. Prints the URLs and a
# manager token. Ctrl-C stops the API; `deploy/run.sh stop` also stops the local PostgreSQL. Data survives both.
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/postgres.sh

if [ "${1:-}" = "stop" ]; then
  outreach_pg_stop
  echo "Local PostgreSQL stopped; its data is kept in $OUTREACH_PG_DIR."
  exit 0
fi

outreach_pg_start
# OUTREACH_API_URL moves the API elsewhere (the silo and gateway ports: Orleans__SiloPort, Orleans__GatewayPort).
api_url="${OUTREACH_API_URL:-http://127.0.0.1:8080}"
echo "Building the API..." >&2
dotnet build api/OutreachRouting.Api -c Release -nologo -v quiet >/dev/null

run_api() { dotnet run --project api/OutreachRouting.Api -c Release --no-build --no-launch-profile -- "$@"; }

Orleans__MigrateOnStart=true Demo__Seed=true Urls="$api_url" run_api &
api_pid=$!
trap 'kill "$api_pid" 2>/dev/null; wait "$api_pid" 2>/dev/null' INT TERM EXIT

for _ in $(seq 1 120); do
  if curl -fs "$api_url/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$api_pid" 2>/dev/null; then echo "error: the API stopped; see the messages above." >&2; exit 1; fi
  sleep 1
done

token="$(run_api token --role manager --team clash --team shoc --subject demo-manager)"
cat <<INFO

OutreachRouting is running.
  API:              $api_url
  API reference:    $api_url/reference
  OpenAPI document: $api_url/openapi/v1.json
  Health:           $api_url/health/ready
  Demo teams:       clash (Camden, Islington) and shoc (Haringey)

A manager token for both demo teams (30 days):
$token

Try:  curl -H "Authorization: Bearer \$TOKEN" $api_url/teams/clash/venues
More tokens:  dotnet run --project api/OutreachRouting.Api -- token --role worker --team clash --worker mei-lin
Ctrl-C stops the API; deploy/run.sh stop also stops the local PostgreSQL.
INFO
wait "$api_pid"
