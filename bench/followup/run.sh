#!/usr/bin/env bash
# Follow-up benchmark: starts the Release build on a spare port against a fresh database on the local PostGIS,
# builds a project with 500 activities and 20,000 registrations through the API (CSV imports), then times
# GET …/progress and GET …/report (bench.py). The import rate limit is lifted: the setup posts 500 CSVs in a minute. Results: docs/benchmarks.md, "Follow-up (issue 15)".
# Usage: bench/followup/run.sh   (after `dotnet build Kortlaegning.sln -c Release`)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT="${KORTLAEGNING_BENCH_PORT:-8178}"
DB="${KORTLAEGNING_BENCH_DB:-kortlaegning_bench_followup}"
PGPORT="${KORTLAEGNING_PGPORT:-55432}"
psql_() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
psql_ -d postgres -c "CREATE DATABASE $DB OWNER kortlaegning"
log=$(mktemp)
ConnectionStrings__Kortlaegning="Host=127.0.0.1;Port=$PGPORT;Database=$DB;Username=kortlaegning;Password=kortlaegning" \
Kortlaegning__SeedTiles=false Kortlaegning__Security__RateLimits__ImportsPerMinute=100000 \
  dotnet run --no-build -c Release --project src/Kortlaegning.Api -- --urls "http://127.0.0.1:$PORT" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true' EXIT
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
  if ! kill -0 $pid 2>/dev/null; then echo "service died:"; cat "$log"; exit 1; fi
  sleep 1
done
# Writes need an account since issue 13: an Esbjerg planner's token (CLI on the same database).
api="src/Kortlaegning.Api/bin/Release/net10.0/Kortlaegning.Api"
ConnectionStrings__Kortlaegning="Host=127.0.0.1;Port=$PGPORT;Database=$DB;Username=kortlaegning;Password=kortlaegning" \
  "$api" users add --email bench@localhost --role planner --municipality 0561 >/dev/null
token=$(ConnectionStrings__Kortlaegning="Host=127.0.0.1;Port=$PGPORT;Database=$DB;Username=kortlaegning;Password=kortlaegning" \
  "$api" users token --email bench@localhost --name bench --days 1 | tail -1)
python3 bench/followup/bench.py "http://127.0.0.1:$PORT" "$token"
