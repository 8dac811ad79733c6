#!/usr/bin/env bash
# Browser tests: starts the built service (Release) on a spare port against a fresh database on the local
# PostGIS, waits until it answers, runs the node test runner (Playwright driving Debian's /usr/bin/chromium),
# then stops the service. Screenshots land in web/tests/artifacts/. Arguments name test files (relative to web/) to run
# only those, e.g. scripts/browser-tests.sh tests/departments.browser.test.js; without, every test in web/tests/.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${KORTLAEGNING_BROWSER_PORT:-8091}"
DB="${KORTLAEGNING_BROWSER_DB:-kortlaegning_browser}"
PGPORT="${KORTLAEGNING_PGPORT:-55432}"
psql_() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
psql_ -d postgres -c "CREATE DATABASE $DB OWNER kortlaegning"

log=$(mktemp)
echo "service log: $log"
# The fresh database's default admin writes its one-time password here (not into the checkout's .kortlaegning/);
# the tests sign in with it (web/tests/auth.js).
export KORTLAEGNING_ADMIN_FILE="$(mktemp -d)/admin-password.txt"
ConnectionStrings__Kortlaegning="Host=127.0.0.1;Port=$PGPORT;Database=$DB;Username=kortlaegning;Password=kortlaegning" \
Kortlaegning__Auth__AdminPasswordFile="$KORTLAEGNING_ADMIN_FILE" Kortlaegning__Auth__SignInPerMinute=1000 \
  dotnet run --no-build -c Release --project src/Kortlaegning.Api -- --urls "http://127.0.0.1:$PORT" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT

for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
  if ! kill -0 $pid 2>/dev/null; then echo "service died:"; cat "$log"; exit 1; fi
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null || { echo "service did not start:"; tail -50 "$log"; exit 1; }

cd web
KORTLAEGNING_URL="http://127.0.0.1:$PORT" node --test --test-concurrency=1 "${@:-tests/}"
