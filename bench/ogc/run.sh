#!/usr/bin/env bash
# Issue 16 targets, end to end against the built service (Release) on an already loaded database:
#   ogr2ogr of all 2,148 parishes over OAPIF with default paging < 3 s; GeoPackage download of all parishes < 1 s;
#   the parish collection compressed (Brotli, as a browser asks) < 25 % of the raw bytes; plus the Shapefile download
#   the Shapefile and FlatGeobuf downloads and a CQL2-filtered page for the record.
# Usage: bench/ogc/run.sh [database] [pgport]   (defaults kortlaegning_web, 55432; build first: make build)
set -euo pipefail
cd "$(dirname "$0")/../.."
DB="${1:-kortlaegning_web}"
PGPORT="${2:-55432}"
PORT="${KORTLAEGNING_BENCH_PORT:-8098}"
RUNS="${RUNS:-5}"
log=$(mktemp)
ConnectionStrings__Kortlaegning="Host=127.0.0.1;Port=$PGPORT;Database=$DB;Username=kortlaegning;Password=kortlaegning" \
Logging__LogLevel__Default=Warning Kortlaegning__SeedTiles=false Kortlaegning__MigrateOnStartup=false Kortlaegning__LoadReferenceData=false \
  dotnet run --no-build -c Release --project src/Kortlaegning.Api -- --urls "http://127.0.0.1:$PORT" >"$log" 2>&1 &
pid=$!
tmp=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }; sleep 1; done
base="http://127.0.0.1:$PORT"

# Median of $RUNS wall-clock seconds of a command (after one warm-up run).
median() {
  "$@" >/dev/null 2>&1
  for _ in $(seq 1 "$RUNS"); do
    s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N)
    echo "$e - $s" | bc
  done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

ogr() { rm -f "$tmp/p.gpkg"; ogr2ogr -f GPKG "$tmp/p.gpkg" "OAPIF:$base/ogc" parish; }
gpkg() { curl -fs -o "$tmp/d.gpkg" "$base/api/downloads/parish.gpkg"; }
shp() { curl -fs -o "$tmp/d.zip" "$base/api/downloads/parish.shp.zip"; }
fgb() { curl -fs -o "$tmp/d.fgb" "$base/api/downloads/parish.fgb"; }
cql() { curl -fs -o /dev/null "$base/ogc/collections/parish/items?limit=10000&filter=municipalityCode%3D%270751%27%20AND%20areaKm2%3E5"; }

t_ogr=$(median ogr)
count=$(ogrinfo -ro -so "$tmp/p.gpkg" parish | awk -F': ' '/Feature Count/ {print $2}')
t_gpkg=$(median gpkg)
t_shp=$(median shp)
t_fgb=$(median fgb)
fgb_count=$(ogrinfo -ro -so "$tmp/d.fgb" parish | awk -F': ' '/Feature Count/ {print $2}')
t_cql=$(median cql)
url="$base/ogc/collections/parish/items?limit=10000"
raw=$(curl -fs "$url" | wc -c)
br=$(curl -fs -H 'Accept-Encoding: br' "$url" | wc -c)
gz=$(curl -fs -H 'Accept-Encoding: gzip' "$url" | wc -c)
printf 'ogr2ogr OAPIF parish (%s features): %.2f s (target < 3 s)\n' "$count" "$t_ogr"
printf 'GeoPackage download, all parishes: %.2f s (target < 1 s)\n' "$t_gpkg"
printf 'Shapefile download, all parishes: %.2f s\n' "$t_shp"
printf 'FlatGeobuf download, all parishes (%s features read back by ogrinfo): %.2f s, %d B\n' "$fgb_count" "$t_fgb" "$(wc -c < "$tmp/d.fgb")"
printf 'CQL2-filtered parish items: %.3f s\n' "$t_cql"
printf 'parish collection: raw %d B, brotli %d B (%.1f %%), gzip %d B (%.1f %%) (target < 25 %%)\n' \
  "$raw" "$br" "$(echo "100 * $br / $raw" | bc -l)" "$gz" "$(echo "100 * $gz / $raw" | bc -l)"
