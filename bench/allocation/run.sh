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
# Debian's python has python3-pulp and coinor-cbc; the pyenv python on PATH does not. CBC checks its own 120 s limit
# only between phases (on B Odense it ran 9.5 min), so each instance also gets a hard wall clock: timeout signals the
# whole process group, CBC included.
echo -e "instance\tbuild_s\tsolve_s\tobjective\tstatus" | tee "$out/pulp.tsv"
for f in "$out"/*${1:-}*.txt; do
  timeout -k 5 "${CBC_WALL:-300}" /usr/bin/python3 bench/allocation/pulp_mclp.py 120 "$f" | tail -n +2 | tee -a "$out/pulp.tsv" \
    || echo -e "$(basename "$f" .txt)\t\t>${CBC_WALL:-300}\t\tno answer (stopped)" | tee -a "$out/pulp.tsv"
done
