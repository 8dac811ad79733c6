#!/usr/bin/env bash
# Issue 13: the cost of bearer-token authentication per request. Fresh database (migrations only, no reference
# data), one account and token through the CLI, the Release service on a loopback port, then token_overhead.py.
set -euo pipefail
cd "$(dirname "$0")/../.."
PGPORT="${KORTLAEGNING_PGPORT:-55432}"
PORT="${BENCH_PORT:-8193}"
DB="${BENCH_DB:-kortlaegning_bench_accounts}"
psql_() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB OWNER kortlaegning"
api="src/Kortlaegning.Api/bin/Release/net10.0/Kortlaegning.Api"
[ -x "$api" ] || dotnet build src/Kortlaegning.Api -c Release -v q
export ConnectionStrings__Kortlaegning="Host=127.0.0.1;Port=$PGPORT;Database=$DB;Username=kortlaegning;Password=kortlaegning"
export Kortlaegning__LoadReferenceData=false Kortlaegning__SeedTiles=false
export Kortlaegning__Auth__AdminPasswordFile="$(mktemp -d)/admin-password.txt"
"$api" users add --email bench@localhost --role viewer >/dev/null
token=$("$api" users token --email bench@localhost --name bench --days 1 | tail -1)
"$api" --urls "http://127.0.0.1:$PORT" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 1; done
python3 bench/accounts/token_overhead.py 127.0.0.1 "$PORT" "$token" "${BENCH_N:-2000}"
