#!/usr/bin/env python3
"""End-to-end latency of POST /api/plans/solve (issue 6): Esbjerg (0561) grid demand from GET /api/plans/demand,
50 candidates drawn from the inhabited cells' centres (seed 6, jittered ±300 m), MCLP k = 3, r = 800 m, solver auto.
Times 20 calls (after one warm-up) from request to parsed answer. Usage: api_solve.py [base-url]"""
import json, random, statistics, sys, time, urllib.request

base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8093"
demand = json.load(urllib.request.urlopen(f"{base}/api/plans/demand?municipality=0561&source=grid"))["points"]
rng = random.Random(6)
cands = [{"id": f"c{j}", "lon": p["lon"] + rng.uniform(-0.0045, 0.0045), "lat": p["lat"] + rng.uniform(-0.0027, 0.0027)}
         for j, p in enumerate(rng.sample(demand, 50))]
body = json.dumps({"objective": "mclp", "k": 3, "radiusMeters": 800, "timeLimitSeconds": 10, "solver": "auto",
                   "demand": demand, "candidates": cands}).encode()

def call():
    req = urllib.request.Request(f"{base}/api/plans/solve", body, {"Content-Type": "application/json"})
    t = time.perf_counter()
    r = json.load(urllib.request.urlopen(req))
    return time.perf_counter() - t, r

call()
runs = [call() for _ in range(20)]
ms = sorted(1000 * s for s, _ in runs)
r = runs[-1][1]
print(f"demand {len(demand)} cells, {len(body) / 1024:.0f} KiB body; selected {r['selected']}, covered {r['coveredWeight']:.0f} "
      f"of {r['totalWeight']:.0f}, optimal {r['optimal']}, solver {r['solver']}, solver seconds {r['seconds']:.3f}")
print(f"p50 {statistics.median(ms):.1f} ms, p95 {ms[int(0.95 * len(ms)) - 1]:.1f} ms, min {ms[0]:.1f}, max {ms[-1]:.1f}")
