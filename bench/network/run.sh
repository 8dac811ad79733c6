#!/usr/bin/env bash
# Issue 19: the in-process street-network provider against pgRouting on the same ILLUSTRATIVE municipality-sized network,
# in one run. The bench program builds the seeded network, times 1,000 × 20,000 bounded distances at 1,200 m, an MCLP and a
# p-median on walking distance, and writes edges.csv and starts.csv; this script loads them into a scratch database on the
# local PostGIS (pgRouting) and times pgr_drivingDistance from the same 1,000 start vertices at 1,200 m, checking that
# both reach the same number of junctions. Results: docs/benchmarks.md, "Street network (issue 19)".
# Usage: bench/network/run.sh   (with the local PostGIS running: make db)
set -euo pipefail
cd "$(dirname "$0")/../.."
PGPORT="${KORTLAEGNING_PGPORT:-55432}"
DB="${BENCH_DB:-kortlaegning_bench_network}"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
dotnet build bench/Kortlaegning.Bench -c Release -v q >/dev/null
dotnet bench/Kortlaegning.Bench/bin/Release/net10.0/Kortlaegning.Bench.dll network "$dir" "$@"

psql_() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
psql_ -d "$DB" -c "CREATE EXTENSION postgis" -c "CREATE EXTENSION pgrouting" \
  -c "CREATE TABLE bench_edges (id bigint PRIMARY KEY, source bigint, target bigint, cost float8, reverse_cost float8)" \
  -c "CREATE TABLE bench_starts (v bigint)" \
  -c "\\copy bench_edges FROM '$dir/edges.csv' CSV" -c "\\copy bench_starts FROM '$dir/starts.csv' CSV" -c "ANALYZE"
echo "pgRouting $(psql_ -d "$DB" -c 'SELECT pgr_version()')"
run_pgr() {
  psql_ -d "$DB" -c "SELECT count(*) FROM pgr_drivingDistance('SELECT id, source, target, cost, reverse_cost FROM bench_edges',
    (SELECT array_agg(v) FROM bench_starts), 1200, directed := false)"
}
run_pgr >/dev/null # warm-up
for i in 1 2 3; do
  start=$(date +%s%N)
  reached=$(run_pgr)
  end=$(date +%s%N)
  echo "pgRouting: pgr_drivingDistance from the 1,000 start vertices within 1,200 m: $(( (end - start) / 1000000 )) ms, $reached junctions reached (run $i)"
done
psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
