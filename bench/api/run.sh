#!/usr/bin/env bash
# End-to-end benchmarks for issues 2–4 against the Release build and the local PostGIS (make db first):
#   1. national boundary import through the CLI (municipalities, then parishes with parent links), fresh database
#   2. first-run load of all real data by the service (fresh database, start → /healthz)
#   3. request latency of the area, indicator, profile, estimate and ranking endpoints (bench/api/latency.py)
# Loopback only; bounded request counts. Results are printed; copy them to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
PGPORT="${KORTLAEGNING_PGPORT:-55432}"
PORT="${BENCH_PORT:-8190}"
DATA="${KORTLAEGNING_DATA:-../shared/data}"
psql_() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
fresh() { psql_ -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1 OWNER kortlaegning"; }
cs() { echo "Host=127.0.0.1;Port=$PGPORT;Database=$1;Username=kortlaegning;Password=kortlaegning"; }
api="src/Kortlaegning.Api/bin/Release/net10.0/Kortlaegning.Api"
[ -x "$api" ] || dotnet build src/Kortlaegning.Api -c Release -v q

echo "== 1. national import (CLI, fresh database)"
fresh kortlaegning_bench_import
export ConnectionStrings__Kortlaegning="$(cs kortlaegning_bench_import)"
Kortlaegning__LoadReferenceData=false "$api" migrate >/dev/null
for run in municipality:kommuner.geojson:KOMKODE:KOMNAVN parish:sogne.topojson:SOGNEKODE:SOGNENAVN; do
  IFS=: read -r level file code name <<<"$run"
  start=$(date +%s%N)
  Kortlaegning__LoadReferenceData=false "$api" import areas --level "$level" --file "$DATA/dagi/$file" --code-field "$code" --name-field "$name" | tail -1
  echo "   wall time including process start: $(( ($(date +%s%N) - start) / 1000000 )) ms"
done

echo "== 2. first-run load of all real data (fresh database, service start until /healthz answers)"
fresh kortlaegning_bench
export ConnectionStrings__Kortlaegning="$(cs kortlaegning_bench)"
log=$(mktemp)
start=$(date +%s%N)
"$api" --urls "http://127.0.0.1:$PORT" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; do sleep 0.2; kill -0 $pid || { cat "$log"; exit 1; }; done
echo "   $(( ($(date +%s%N) - start) / 1000000 )) ms until /healthz answered"
grep -aE "Loaded " "$log" | sed 's/^ */   /' | cut -c1-160

echo "== 3. latency"
python3 bench/api/latency.py "http://127.0.0.1:$PORT"
