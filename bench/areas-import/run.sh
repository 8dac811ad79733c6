#!/usr/bin/env bash
# Issue 14: own-area import speed. A fresh database with the reference data (municipalities, parishes, grid: ownership,
# parent links and residents estimates need them), a national admin's token through the CLI, the Release service on a
# loopback port, then:
#   1. import 2,000 generated department polygons with attributes from a GeoPackage (target < 5 s), N runs (re-imports update)
#   2. dry run of a ~20 MB GeoJSON (2,000 detailed outlines; target < 2 s), N runs
# Files are made by make_files.py (seeded, ILLUSTRATIVE). Usage: bench/areas-import/run.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${1:-5}"
PGPORT="${KORTLAEGNING_PGPORT:-55432}"
PORT="${BENCH_PORT:-8194}"
DB="${BENCH_DB:-kortlaegning_bench_areas}"
DIR=$(mktemp -d)
psql_() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB OWNER kortlaegning"
api="src/Kortlaegning.Api/bin/Release/net10.0/Kortlaegning.Api"
dotnet build src/Kortlaegning.Api -c Release -v q >/dev/null
export ConnectionStrings__Kortlaegning="Host=127.0.0.1;Port=$PGPORT;Database=$DB;Username=kortlaegning;Password=kortlaegning"
export Kortlaegning__DataDir="${KORTLAEGNING_DATA:-$(cd ../shared/data && pwd)}" Kortlaegning__SeedTiles=false
export Kortlaegning__Auth__AdminPasswordFile="$DIR/admin-password.txt"
"$api" migrate >/dev/null   # loads the reference data once, before the clock starts
"$api" users add --email bench@localhost --role admin >/dev/null
token=$("$api" users token --email bench@localhost --name bench --days 1 | tail -1)
"$api" --urls "http://127.0.0.1:$PORT" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$DIR"' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 1; done
python3 bench/areas-import/make_files.py "$DIR" 2000 20
ls -l "$DIR"/departments.gpkg "$DIR"/large.geojson | awk '{print $5, $9}'

time_runs() { # name content-type file query
  for _ in $(seq "$RUNS"); do
    curl -s -o "$DIR/answer.json" -w '%{time_total}\n' -H "Authorization: Bearer $token" -H "Content-Type: $2" \
      --data-binary @"$3" "http://127.0.0.1:$PORT/api/areas/import?$4"
  done > "$DIR/t"
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("  answer:", {k: d.get(k) for k in ("count","areasWritten","inserted","updated","parentLinks","dryRun","seconds")}, "problems:", len(d.get("problems", [])), "warnings:", len(d.get("warnings", [])))' "$DIR/answer.json"
  sort -n "$DIR/t" | awk -v name="$1" '{a[NR]=$1*1000} END {printf "%-55s n=%d median %.0f ms  min %.0f ms  max %.0f ms\n", name, NR, a[int((NR+1)/2)], a[1], a[NR]}'
}
time_runs "import 2,000 departments (GeoPackage)" application/geopackage+sqlite3 "$DIR/departments.gpkg" "level=housing_department&codeField=AFD&nameField=NAVN&mapping=organisation:ORG"
time_runs "dry run ~20 MB GeoJSON (2,000 detailed outlines)" application/geo+json "$DIR/large.geojson" "level=housing_department&codeField=AFD&nameField=NAVN&dryRun=true"
