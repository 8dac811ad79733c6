#!/usr/bin/env bash
# Runs a command against the built service (Release) on a dev port and database, then stops the service.
#   bench/workshops/serve.sh node bench/workshops/load.mjs
# KORTLAEGNING_URL is set for the command. Defaults: port 8099, database kortlaegning_ws (created if missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT="${WS_PORT:-8099}"
DB="${WS_DB:-kortlaegning_ws}"
PGPORT="${KORTLAEGNING_PGPORT:-55432}"
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qtA -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
  || psql -h 127.0.0.1 -p "$PGPORT" -U postgres -q -d postgres -c "CREATE DATABASE $DB OWNER kortlaegning"
if curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; then echo "port $PORT is taken by another service; set WS_PORT"; exit 1; fi
log="${WS_LOG:-$(mktemp)}"
ConnectionStrings__Kortlaegning="Host=127.0.0.1;Port=$PGPORT;Database=$DB;Username=kortlaegning;Password=kortlaegning;Maximum Pool Size=50" \
  dotnet src/Kortlaegning.Api/bin/Release/net10.0/Kortlaegning.Api.dll --urls "http://127.0.0.1:$PORT" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { echo "service died:"; cat "$log"; exit 1; }
  sleep 1
done
KORTLAEGNING_URL="http://127.0.0.1:$PORT" "$@"
