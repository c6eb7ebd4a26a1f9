#!/usr/bin/env bash
# Sourced by .ci/run: one PostgreSQL on 127.0.0.1 for the tests that need one (the Medusa
# Payment Module tests of packages/medusa), unless the environment already names one.
# Exports the connection as PAYMUX_PG_URL and as Medusa's DB_HOST/DB_PORT/DB_USERNAME/
# DB_PASSWORD. Installs the Debian package when the binaries are absent (CI runs as root).
# To be folded into .ci/postgres.sh (stores) once that script is in main.
if [[ -z "${DB_HOST:-}" ]]; then
  pg_port="${PAYMUX_CI_PG_PORT:-55400}"
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  pg_dir="$(mktemp -d /tmp/paymux-ci-pg.XXXXXX)"
  as_pg=()
  if [[ "$(id -u)" == 0 ]]; then
    chown postgres "$pg_dir"
    as_pg=(runuser -u postgres --)
  fi
  "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust >/dev/null
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
    -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
  export DB_HOST=127.0.0.1 DB_PORT="$pg_port" DB_USERNAME=postgres DB_PASSWORD=''
  export PAYMUX_PG_URL="postgres://postgres@127.0.0.1:${pg_port}/postgres"
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:${pg_port} (data ${pg_dir})"
fi
