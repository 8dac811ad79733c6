#!/usr/bin/env bash
# Issue 6: our MCLP solvers against the spopt-style PuLP/CBC model on the same seeded municipality instances.
# Writes the instances to bench/out/allocation (git-ignored), times ours, then CBC. Usage: bench/allocation/run.sh [name-filter]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=bench/out/allocation
mkdir -p "$out"
dotnet build -c Release bench/Kortlaegning.Bench >/dev/null
dotnet bench/Kortlaegning.Bench/bin/Release/net10.0/Kortlaegning.Bench.dll allocation "$out" \
  /work/shared/data/dagi/kommuner.geojson "${1:-}" | tee "$out/ours.tsv"
# Debian's python has python3-pulp and coinor-cbc; the pyenv python on PATH does not.
/usr/bin/python3 bench/allocation/pulp_mclp.py 120 "$out"/*${1:-}*.txt | tee "$out/pulp.tsv"
