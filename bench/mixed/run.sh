#!/usr/bin/env bash
# Mixed read load (issue 18): one replica, then two replicas of the Release build on this machine, same database,
# same rates (bench/mixed/load.mjs). Needs a loaded database (start the service once against it, e.g. `make run`).
# Usage: bench/mixed/run.sh [database] [rates] [seconds per rate]
#   env: KORTLAEGNING_PGPORT (55432), BENCH_PORT (8094; the second replica uses BENCH_PORT+100), REPLICAS ("1 2")
# Loopback only; bounded: rates × seconds requests per replica count. Copy the tables to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB="${1:-kortlaegning}"
RATES="${2:-200,400,600,800,1000,1250,1500}"
SECONDS_PER_RATE="${3:-10}"
PGPORT="${KORTLAEGNING_PGPORT:-55432}"
PORT="${BENCH_PORT:-8094}"
api="src/Kortlaegning.Api/bin/Release/net10.0/Kortlaegning.Api"
[ -x "$api" ] || dotnet build src/Kortlaegning.Api -c Release -v q
export ConnectionStrings__Kortlaegning="Host=127.0.0.1;Port=$PGPORT;Database=$DB;Username=kortlaegning;Password=kortlaegning"
export Kortlaegning__LoadReferenceData=false Kortlaegning__MigrateOnStartup=false Logging__LogLevel__Default=Warning
pids=()
stop() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; pids=(); }
trap stop EXIT
start() { # port
  "$api" --urls "http://127.0.0.1:$1" >"/tmp/kortlaegning-bench-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$1/healthz" >/dev/null 2>&1 && return; sleep 1; done
  cat "/tmp/kortlaegning-bench-$1.log"; exit 1
}
echo "machine: $(nproc) vCPU, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
for n in ${REPLICAS:-1 2}; do
  urls=()
  for i in $(seq 0 $((n - 1))); do start $((PORT + 100 * i)); urls+=("http://127.0.0.1:$((PORT + 100 * i))"); done
  sleep "${SEED_WAIT:-20}" # each replica seeds its zoom 5–9 tiles after start-up (Kortlaegning:SeedTiles)
  echo "== $n replica(s), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  node bench/mixed/load.mjs "$(IFS=,; echo "${urls[*]}")" "$RATES" "$SECONDS_PER_RATE"
  stop
done
