#!/usr/bin/env bash
# Starts the built service (Release) on port 8097 against an already loaded database and runs bench.mjs.
# Usage: bench/tiles/run.sh [database]   (default kortlaegning_web; build first: dotnet build -c Release src/Kortlaegning.Api)
set -euo pipefail
cd "$(dirname "$0")/../.."
DB="${1:-kortlaegning_web}"
PORT="${KORTLAEGNING_BENCH_PORT:-8097}"
CS="Host=127.0.0.1;Port=55432;Database=$DB;Username=kortlaegning;Password=kortlaegning"
log=$(mktemp)
ConnectionStrings__Kortlaegning="$CS" Logging__LogLevel__Default=Warning \
  dotnet run --no-build -c Release --project src/Kortlaegning.Api -- --urls "http://127.0.0.1:$PORT" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }; sleep 1; done
# The service seeds zoom 5–9 area tiles in the background after start-up (Kortlaegning:SeedTiles); give it time,
# or run with Kortlaegning__SeedTiles=false to measure every tile cold.
sleep "${SEED_WAIT:-15}"
PGPASSWORD=kortlaegning node bench/tiles/bench.mjs "http://127.0.0.1:$PORT" "postgresql://kortlaegning@127.0.0.1:55432/$DB" || { echo "--- service log:"; tail -20 "$log"; exit 1; }
