#!/usr/bin/env bash
# A throw-away PostgreSQL on loopback for the tests (owned by the stores package).
#
#   source .ci/postgres.sh              start it, export the connection, stop it on exit
#   bash .ci/postgres.sh CMD ARGS...    start it, run CMD with the connection, stop it
#
# Installs Debian's `postgresql` when no server binaries are there (apt-get, as root),
# runs initdb into a temporary directory as the `postgres` user (initdb refuses root),
# listens on 127.0.0.1 only, and exports:
#   PAYMUX_PG_URL                                   postgres://paymux:paymux@127.0.0.1:PORT/paymux
#   DB_HOST DB_PORT DB_USERNAME DB_PASSWORD DB_NAME  (what Medusa's test runner reads)
# Settings: PG_PORT (default: a free port), PG_DIR (default: a new temp dir). When
# PAYMUX_PG_URL is already set, nothing is started.
# Locally, e.g.: PG_PORT=55432 PG_DIR=/tmp/pg-stores source .ci/postgres.sh

pg_main() {
  if [ -n "${PAYMUX_PG_URL:-}" ]; then
    echo "postgres.sh: using the PostgreSQL the environment names (PAYMUX_PG_URL)" >&2
    return 0
  fi
  local bindir
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "postgres.sh: installing Debian's postgresql" >&2
    if [ "$(id -u)" -ne 0 ]; then echo "postgres.sh: need root to apt-get install postgresql" >&2; return 1; fi
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi

  local port=${PG_PORT:-}
  if [ -z "$port" ]; then
    port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  fi
  local dir=${PG_DIR:-$(mktemp -d /tmp/paymux-pg.XXXXXX)}
  mkdir -p "$dir"

  # initdb and postgres refuse to run as root: run them as an unprivileged user.
  local runas=()
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    chown -R postgres "$dir"
    chmod 700 "$dir"
    runas=(runuser -u postgres --)
  fi

  if [ ! -f "$dir/data/PG_VERSION" ]; then
    local pwfile="$dir/pw"
    echo paymux > "$pwfile"
    [ "${#runas[@]}" -gt 0 ] && chown postgres "$pwfile"
    "${runas[@]}" "$bindir/initdb" -D "$dir/data" -U paymux --pwfile="$pwfile" -A scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 > "$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; return 1; }
  fi
  # Sockets in the data dir (not /var/run/postgresql, which may not exist); TCP on loopback.
  "${runas[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $dir/data -c max_connections=200 -c fsync=off" start >&2 ||
    { cat "$dir/server.log" >&2; return 1; }
  PGPASSWORD=paymux "$bindir/psql" -h 127.0.0.1 -p "$port" -U paymux -d postgres -qtAc \
    "SELECT 1 FROM pg_database WHERE datname = 'paymux'" | grep -q 1 ||
    PGPASSWORD=paymux "$bindir/createdb" -h 127.0.0.1 -p "$port" -U paymux paymux

  export PAYMUX_PG_URL="postgres://paymux:paymux@127.0.0.1:${port}/paymux"
  export DB_HOST=127.0.0.1 DB_PORT=$port DB_USERNAME=paymux DB_PASSWORD=paymux DB_NAME=paymux
  export PAYMUX_PG_STOP="${runas[*]} $bindir/pg_ctl -D $dir/data -m fast -w stop"
  echo "postgres.sh: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)" >&2
}

pg_stop() {
  if [ -n "${PAYMUX_PG_STOP:-}" ]; then
    $PAYMUX_PG_STOP >/dev/null 2>&1 || true
    unset PAYMUX_PG_STOP
  fi
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  # Sourced: keep the server for the caller's shell, stop it when that shell exits.
  pg_main || return 1
  trap pg_stop EXIT
else
  set -euo pipefail
  pg_main
  trap pg_stop EXIT
  if [ "$#" -gt 0 ]; then "$@"; fi
fi
