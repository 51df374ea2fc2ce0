#!/usr/bin/env bash
# Sourced by run.sh and test.sh. When no connection string is configured, sets up and starts a project-local
# PostgreSQL on 127.0.0.1 (data in .local/postgres, ignored by git) and exports ConnectionStrings__Outreach.
# Settings: OUTREACH_PG_PORT (default 55432), OUTREACH_PG_DIR (default <repo>/.local/postgres).

outreach_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
outreach_pg_port_given="${OUTREACH_PG_PORT:+yes}"
OUTREACH_PG_PORT="${OUTREACH_PG_PORT:-55432}"
OUTREACH_PG_DIR="${OUTREACH_PG_DIR:-$outreach_root/.local/postgres}"
OUTREACH_PG_USER=outreach

outreach_pg_bindir() {
  local dir
  if command -v pg_config >/dev/null 2>&1; then
    dir="$(pg_config --bindir 2>/dev/null)"
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  fi
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  return 1
}

outreach_pg_install() {
  echo "PostgreSQL server binaries not found; installing Debian's postgresql package." >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
}

# PostgreSQL refuses to run as root: as root, run it as the postgres system user.
outreach_pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# As root, the cluster belongs to the postgres user, who must be able to reach its folder. A checkout it cannot
# reach (under /root, say) keeps its cluster in /var/tmp instead, named after the checkout.
outreach_pg_resolve_dir() {
  [ "$(id -u)" -eq 0 ] || { mkdir -p "$OUTREACH_PG_DIR/run"; return 0; }
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres
  mkdir -p "$OUTREACH_PG_DIR/run" && chown -R postgres "$OUTREACH_PG_DIR"
  if ! runuser -u postgres -- test -w "$OUTREACH_PG_DIR" 2>/dev/null; then
    OUTREACH_PG_DIR="/var/tmp/outreach-postgres-$(printf '%s' "$outreach_root" | md5sum | cut -c1-12)"
    echo "The postgres user cannot reach this checkout; its local PostgreSQL lives in $OUTREACH_PG_DIR." >&2
    mkdir -p "$OUTREACH_PG_DIR/run" && chown -R postgres "$OUTREACH_PG_DIR"
  fi
}

outreach_pg_start() {
  if [ -n "${ConnectionStrings__Outreach:-}" ]; then
    echo "Using the configured database (ConnectionStrings__Outreach)." >&2
    return 0
  fi

  local bin
  bin="$(outreach_pg_bindir)" || { outreach_pg_install && bin="$(outreach_pg_bindir)"; } || {
    echo "error: could not find or install the PostgreSQL server (initdb, pg_ctl)." >&2
    return 1
  }

  outreach_pg_resolve_dir

  local data="$OUTREACH_PG_DIR/data"
  if [ ! -f "$data/PG_VERSION" ]; then
    echo "Creating a local PostgreSQL cluster in $data" >&2
    # Trust authentication, listening on 127.0.0.1 only: a developer's own machine, never a shared one.
    outreach_pg_as_owner "$bin/initdb" -D "$data" -U "$OUTREACH_PG_USER" --auth=trust --encoding=UTF8 --no-locale >/dev/null
  fi

  if outreach_pg_as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    # Already running: on whatever port it was started with (line 4 of postmaster.pid).
    OUTREACH_PG_PORT="$(sed -n 4p "$data/postmaster.pid")"
  else
    outreach_pg_pick_port
    outreach_pg_as_owner "$bin/pg_ctl" -D "$data" -l "$OUTREACH_PG_DIR/postgres.log" -w -t 60 \
      -o "-p $OUTREACH_PG_PORT -k $OUTREACH_PG_DIR/run -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=256MB -c max_wal_size=2GB" start >/dev/null || {
      echo "error: PostgreSQL did not start; see $OUTREACH_PG_DIR/postgres.log" >&2
      return 1
    }
  fi

  local psql=("$bin/psql" -h 127.0.0.1 -p "$OUTREACH_PG_PORT" -U "$OUTREACH_PG_USER" -v ON_ERROR_STOP=1 -qtA)
  if [ "$("${psql[@]}" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = 'outreach'")" != "1" ]; then
    "${psql[@]}" -d postgres -c "CREATE DATABASE outreach" >/dev/null
  fi

  export ConnectionStrings__Outreach="Host=127.0.0.1;Port=$OUTREACH_PG_PORT;Username=$OUTREACH_PG_USER;Database=outreach"
  echo "PostgreSQL is running on 127.0.0.1:$OUTREACH_PG_PORT (data in $data)." >&2
}

# Whether something listens on 127.0.0.1:<port> (run.sh asks too, for the API's ports).
outreach_port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Another server on the default port (an old run, another checkout) must not stop this one: take the next free
# port, unless OUTREACH_PG_PORT was given.
outreach_pg_pick_port() {
  [ -n "$outreach_pg_port_given" ] && return 0
  local port="$OUTREACH_PG_PORT"
  while outreach_port_busy "$port" && [ "$port" -lt 55532 ]; do port=$((port + 1)); done
  [ "$port" != "$OUTREACH_PG_PORT" ] && echo "Port $OUTREACH_PG_PORT is taken; the local PostgreSQL uses $port." >&2
  OUTREACH_PG_PORT="$port"
}

outreach_pg_stop() {
  local bin
  bin="$(outreach_pg_bindir)" || return 0
  outreach_pg_resolve_dir 2>/dev/null
  [ -f "$OUTREACH_PG_DIR/data/PG_VERSION" ] || return 0
  outreach_pg_as_owner "$bin/pg_ctl" -D "$OUTREACH_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
}
