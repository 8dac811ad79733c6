#!/usr/bin/env bash
# Facilities benchmark (issue 5), end to end against a running service with its own database:
#   1. 10,000 generated GP clinics (seeded; ILLUSTRATIVE, placed at random inhabited 1 km cells with jitter) imported as CSV
#   2. GET /api/access for all parishes of that type (2SFCA, 10 km catchment), N timed runs after a warm-up
#   3. GET /api/facilities?bbox=<all of Denmark> returning the 10,000 facilities, N timed runs after a warm-up
# Usage: bench/facilities/run.sh [base-url] [psql-url] [runs]
# The database must be the service's own (the script deletes every gp_clinic in it first).
set -euo pipefail
BASE=${1:-http://127.0.0.1:8092}
PG=${2:-postgresql://kortlaegning:kortlaegning@127.0.0.1:55432/kortlaegning_facilities_bench}
RUNS=${3:-20}
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT

psql "$PG" -qAtc "DELETE FROM facilities WHERE type = 'gp_clinic'"
# Seeded: setseed makes random() repeatable, so every run imports the same 10,000 points.
psql "$PG" -qAt > "$DIR/gp.csv" <<'SQL'
SELECT setseed(0.5);
SELECT 'name,type,x,y,capacity,illustrative';
SELECT format('ILLUSTRATIVE GP %s,gp_clinic,%s,%s,%s,true', n,
              round((ST_X(c) + (random() - 0.5) * 900)::numeric, 1), round((ST_Y(c) + (random() - 0.5) * 900)::numeric, 1),
              1 + floor(random() * 6)::int)
  FROM (SELECT row_number() OVER () AS n, ST_Centroid(geom) AS c
          FROM (SELECT geom FROM grid_cells ORDER BY random() LIMIT 10000) s) q;
SQL
sed -i '1{/^$/d}' "$DIR/gp.csv"
echo "rows: $(($(wc -l < "$DIR/gp.csv") - 1))"

t=$(curl -s -o "$DIR/import.json" -w '%{time_total}' -X POST -H 'Content-Type: text/csv' --data-binary @"$DIR/gp.csv" "$BASE/api/facilities/import?srid=25832&source=bench")
echo "import (parse, project, COPY, refresh access indicators for parishes + municipalities): ${t}s -> $(cat "$DIR/import.json")"

time_runs() { # name url
  curl -s -o /dev/null "$2"; curl -s -o /dev/null "$2" # warm-up (JIT, caches, pool)
  for _ in $(seq "$RUNS"); do curl -s -o /dev/null -w '%{time_total}\n' "$2"; done > "$DIR/t"
  size=$(curl -s "$2" | wc -c)
  sort -n "$DIR/t" | awk -v name="$1" -v size="$size" '{a[NR]=$1*1000} END {printf "%-40s n=%d median %.0f ms  p90 %.0f ms  min %.0f ms  max %.0f ms  (%d bytes)\n", name, NR, a[int((NR+1)/2)], a[int(NR*0.9)], a[1], a[NR], size}'
}
n=$(curl -s "$BASE/api/access?type=gp_clinic&level=parish" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["count"], d["facilities"])')
echo "access rows, facilities: $n"
time_runs "GET /api/access parish (2,148 areas)" "$BASE/api/access?type=gp_clinic&level=parish"
for _ in 1 2 3 4 5; do curl -s -o /dev/null -D - "$BASE/api/access?type=gp_clinic&level=parish" | grep -i server-timing; done
time_runs "GET /api/access municipality" "$BASE/api/access?type=gp_clinic&level=municipality"
m=$(curl -s "$BASE/api/facilities?bbox=7.5,54.4,15.6,58.0" | python3 -c 'import json,sys; print(json.load(sys.stdin)["numberReturned"])')
echo "bbox features: $m"
time_runs "GET /api/facilities bbox (all Denmark)" "$BASE/api/facilities?bbox=7.5,54.4,15.6,58.0"
time_runs "GET /api/facilities bbox type=gp_clinic" "$BASE/api/facilities?bbox=7.5,54.4,15.6,58.0&type=gp_clinic"
