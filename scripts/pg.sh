#!/usr/bin/env bash
# Starts the project's own PostgreSQL 15 + PostGIS cluster in .pgdata/ (git-ignored) on 127.0.0.1:$PGPORT
# and makes sure the role and database exist. Safe to re-run: an already running cluster is left alone.
# The cluster is for local development and tests only: trust authentication, loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."

PGPORT="${KORTLAEGNING_PGPORT:-55432}"
PGDATA="$PWD/.pgdata/data"
PGRUN="$PWD/.pgdata/run"
PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"
DB="${KORTLAEGNING_DB:-kortlaegning}"

# PostgreSQL refuses to run as root: run the server as the 'postgres' system user in that case.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-}" = "stop" ]; then
  [ -s "$PGDATA/PG_VERSION" ] && as_owner "$PGBIN/pg_ctl" -D "$PGDATA" -m fast stop || true
  exit 0
fi

mkdir -p .pgdata
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres .pgdata; fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  echo "pg: creating cluster in $PGDATA"
  as_owner mkdir -p "$PGDATA" "$PGRUN"
  as_owner "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  cat <<CONF | as_owner tee -a "$PGDATA/postgresql.conf" >/dev/null
listen_addresses = '127.0.0.1'
port = $PGPORT
unix_socket_directories = '$PGRUN'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 512MB
work_mem = 64MB
max_connections = 200
# JIT costs ~250 ms per analytic query here and gains nothing on these data sizes.
jit = off
CONF
fi
as_owner mkdir -p "$PGRUN"
# Clusters made by an earlier version of this script lack settings added since.
grep -q '^jit = off' "$PGDATA/postgresql.conf" || echo 'jit = off' | as_owner tee -a "$PGDATA/postgresql.conf" >/dev/null

if ! as_owner "$PGBIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
  echo "pg: starting on 127.0.0.1:$PGPORT"
  as_owner "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PWD/.pgdata/server.log" -w -t 60 start >/dev/null
fi

psql_() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
# The service's role may create databases (tests make throw-away ones) and the postgis extension.
psql_ -d postgres -c "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='kortlaegning') THEN CREATE ROLE kortlaegning LOGIN SUPERUSER PASSWORD 'kortlaegning'; END IF; END\$\$;"
if [ "$(psql_ -d postgres -c "SELECT 1 FROM pg_database WHERE datname='$DB'")" != "1" ]; then
  psql_ -d postgres -c "CREATE DATABASE $DB OWNER kortlaegning"
fi
psql_ -d "$DB" -c "CREATE EXTENSION IF NOT EXISTS postgis"
