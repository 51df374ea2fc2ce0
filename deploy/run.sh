#!/usr/bin/env bash
# Runs OutreachRouting on this machine: a local PostgreSQL (unless ConnectionStrings__Outreach is set), the
# schema, and the API with its silo in the same process, as Development, seeded with the demo teams. Prints the
# URLs and a manager token. Ctrl-C stops the API; `deploy/run.sh stop` also stops the local PostgreSQL. Data
# survives both.
#
# Every port follows a setting, so that two copies run side by side:
#   OUTREACH_API_URL        the API's address (default http://127.0.0.1:8080)
#   OUTREACH_SILO_PORT      the Orleans silo-to-silo port (default 11111)
#   OUTREACH_GATEWAY_PORT   the Orleans gateway port (default 30000)
#   OUTREACH_PG_PORT, OUTREACH_PG_DIR   the local PostgreSQL (see postgres.sh)
# ASPNETCORE_ENVIRONMENT (or DOTNET_ENVIRONMENT), when set, replaces Development.
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/postgres.sh

if [ "${1:-}" = "stop" ]; then
  outreach_pg_stop
  echo "Local PostgreSQL stopped; its data is kept in $OUTREACH_PG_DIR."
  exit 0
fi

api_url="${OUTREACH_API_URL:-http://127.0.0.1:8080}"
silo_port="${OUTREACH_SILO_PORT:-11111}"
gateway_port="${OUTREACH_GATEWAY_PORT:-30000}"

# A taken port is refused, not moved: the API's address is what clients are given, and the ports are what another
# silo or an Orleans client would be configured with.
refuse_taken_port() {
  if [[ "$1" =~ ^[0-9]+$ ]] && outreach_port_busy "$1"; then
    echo "error: port $1 ($2) is taken, perhaps by another copy; set $3 to use another." >&2
    exit 1
  fi
}
api_port="${api_url##*:}"
refuse_taken_port "${api_port%%/*}" "the API" OUTREACH_API_URL
refuse_taken_port "$silo_port" "the Orleans silo port" OUTREACH_SILO_PORT
refuse_taken_port "$gateway_port" "the Orleans gateway port" OUTREACH_GATEWAY_PORT

# Development is where the API makes and trusts a signing key of its own, for the token below.
if [ -z "${ASPNETCORE_ENVIRONMENT:-}" ] && [ -z "${DOTNET_ENVIRONMENT:-}" ]; then
  export ASPNETCORE_ENVIRONMENT=Development
fi

outreach_pg_start
echo "Building the API..." >&2
dotnet build api/OutreachRouting.Api -c Release -nologo -v quiet >/dev/null

# Built once, above: running it and issuing tokens never build again.
api=(dotnet run --project api/OutreachRouting.Api -c Release --no-build --no-launch-profile)
run_api() { "${api[@]}" -- "$@"; }

Orleans__MigrateOnStart=true Demo__Seed=true Urls="$api_url" Orleans__SiloPort="$silo_port" Orleans__GatewayPort="$gateway_port" run_api &
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
More tokens:  ${api[*]} -- token --role worker --team clash --worker mei-lin
Ctrl-C stops the API; deploy/run.sh stop also stops the local PostgreSQL.
INFO
wait "$api_pid"
