"""Sequential request latency (ms, loopback, client side: includes HTTP and JSON) for the read endpoints. Stdlib only."""
import json, statistics, sys, time, urllib.request

base = sys.argv[1]
N = int(sys.argv[2]) if len(sys.argv) > 2 else 40

def timed(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method, headers={"Content-Type": "application/json"})
    t = time.perf_counter()
    with urllib.request.urlopen(req) as r:
        r.read()
        assert r.status == 200, (path, r.status)
    return (time.perf_counter() - t) * 1000

polygon = {"type": "Polygon", "coordinates": [[[8.44, 55.46], [8.48, 55.46], [8.48, 55.48], [8.44, 55.48], [8.44, 55.46]]]}  # ~5.6 km² in Esbjerg
municipal12 = ["sp.daily_smokers", "sp.heavy_drinking", "sp.unhealthy_diet", "sp.severe_overweight", "sp.poor_mental_health",
               "sp.good_self_rated_health", "sp.loneliness", "sp.physically_inactive", "dst.premature_mortality",
               "dst.life_expectancy", "dst.share_65plus", "grid.density"]
cases = [
    ("GET all parishes, simplify=200 (issue 2: <150 ms)", "GET", "/api/areas?level=parish&simplify=200", None),
    ("GET point lookup (issue 2: <5 ms)", "GET", "/api/areas/at?lon=10.3883&lat=55.3959", None),
    ("GET grid.population, 2,148 parishes (issue 3: <100 ms)", "GET", "/api/indicators/grid.population/values?level=parish", None),
    ("GET profile parish 8907 (issue 3: <50 ms)", "GET", "/api/areas/parish/8907/profile", None),
    ("GET profile municipality 0461 (issue 3: <50 ms)", "GET", "/api/areas/municipality/0461/profile", None),
    ("POST estimate 5.6 km² polygon, 3 indicators (issue 3: <50 ms)", "POST", "/api/areas/estimate",
     {"geometry": polygon, "indicators": ["grid.population", "sp.daily_smokers", "dst.premature_mortality"]}),
    ("POST ranking 2,148 parishes, 2 indicators, 1,000 draws (issue 4: <250 ms)", "POST", "/api/rankings",
     {"level": "parish", "indicators": [{"code": "grid.density", "weight": 1}, {"code": "grid.population", "weight": 1}],
      "sensitivity": {"draws": 1000, "seed": 1}}),
    ("POST ranking 98 municipalities, 12 indicators, 1,000 draws (issue 4: <250 ms)", "POST", "/api/rankings",
     {"level": "municipality", "indicators": [{"code": c, "weight": 1} for c in municipal12], "sensitivity": {"draws": 1000, "seed": 1}}),
]
print(f"   {'endpoint':78} {'p50':>7} {'p95':>7} {'max':>7}  (n={N}, after 3 warm-up calls)")
for name, method, path, body in cases:
    for _ in range(3):
        timed(method, path, body)
    xs = sorted(timed(method, path, body) for _ in range(N))
    p95 = xs[min(len(xs) - 1, int(round(0.95 * len(xs))) - 1)]
    print(f"   {name:78} {statistics.median(xs):7.1f} {p95:7.1f} {xs[-1]:7.1f}")
