#!/usr/bin/env bash
# Issue 14: department tiles against the parish tiles' budget (docs/benchmarks.md, "Web map and tiles": p95 < 20 ms).
# A fresh database with the reference data, 2,000 ILLUSTRATIVE departments imported (published, so anonymous tile requests see them) from bench/areas-import's
# GeoPackage, the Release service on loopback with tile seeding off (every tile cold on its first request), then
# departments.mjs over the departments' extent for both layers. Usage: bench/tiles/departments.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
PGPORT="${KORTLAEGNING_PGPORT:-55432}"
PORT="${BENCH_PORT:-8195}"
DB="${BENCH_DB:-kortlaegning_bench_deptiles}"
DIR=$(mktemp -d)
psql_() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB OWNER kortlaegning"
api="src/Kortlaegning.Api/bin/Release/net10.0/Kortlaegning.Api"
dotnet build src/Kortlaegning.Api -c Release -v q >/dev/null
export ConnectionStrings__Kortlaegning="Host=127.0.0.1;Port=$PGPORT;Database=$DB;Username=kortlaegning;Password=kortlaegning"
export Kortlaegning__DataDir="${KORTLAEGNING_DATA:-$(cd ../shared/data && pwd)}" Kortlaegning__SeedTiles=false
export Kortlaegning__Auth__AdminPasswordFile="$DIR/admin-password.txt"
"$api" migrate >/dev/null
python3 bench/areas-import/make_files.py "$DIR" 2000 1 >/dev/null
"$api" import areas --level housing_department --file "$DIR/departments.gpkg" --code-field AFD --name-field NAVN --mapping organisation:ORG --publish | tail -1
bbox=$(psql_ -d "$DB" -c "SELECT concat_ws(',', ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)) FROM (SELECT ST_Transform(ST_SetSRID(ST_Extent(geom)::geometry, 25832), 4326) AS e FROM areas WHERE level = 'housing_department') x")
"$api" --urls "http://127.0.0.1:$PORT" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$DIR"; psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 1; done
echo "departments' extent $bbox; load average $(cut -d' ' -f1-3 /proc/loadavg)"
node bench/tiles/departments.mjs "http://127.0.0.1:$PORT" "$bbox"
