"""Times follow-up progress and the status report for a project with 500 activities and 20,000 registrations.

Setup through the public API: one Esbjerg project (2023–2029, focus: four central parishes), 500 activities spread over
points in central Esbjerg, 40 registrations each (one CSV import per activity, Danish Excel dialect), 12 targets.
Then, after 3 warm-ups, 40 sequential GET …/progress and 10 GET …/report per format, timed by the client: as the
Esbjerg planner whose token is argv[2] (raw counts) and, after publishing the project, anonymously (published figures,
through disclosure control).
"""
import json, random, statistics, sys, time, urllib.request

BASE = sys.argv[1]
TOKEN = sys.argv[2]
random.seed(15)


def call(method, path, body=None, content_type="application/json", signed_in=True, headers=None):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    h = {"Content-Type": content_type, **(headers or {})}
    if signed_in:
        h["Authorization"] = f"Bearer {TOKEN}"
    req = urllib.request.Request(BASE + path, data=data, method=method, headers=h)
    with urllib.request.urlopen(req, timeout=120) as r:
        return r.read()


def timed(path, n, warm=3, signed_in=True):
    for _ in range(warm):
        call("GET", path, signed_in=signed_in)
    ms = []
    for _ in range(n):
        t = time.perf_counter()
        call("GET", path, signed_in=signed_in)
        ms.append((time.perf_counter() - t) * 1000)
    ms.sort()
    return statistics.median(ms), ms[int(0.95 * (len(ms) - 1))], ms[-1]


t0 = time.perf_counter()
project = json.loads(call("POST", "/api/projects", {
    "title": "Benchmark: Esbjerg", "municipality": "0561", "start": "2023-01-01", "end": "2029-12-31",
    "focus": {"parishes": ["8907", "8904", "8905", "8906"]}}))
pid = project["id"]
kinds = ["activity", "course", "walk", "event", "conversation_service", "health_spot"]
activities = []
for i in range(500):
    lon, lat = 8.40 + random.random() * 0.1, 55.45 + random.random() * 0.06
    a = json.loads(call("POST", f"/api/projects/{pid}/activities", {
        "title": f"Aktivitet {i}", "kind": kinds[i % len(kinds)], "place": {"type": "point", "lon": lon, "lat": lat},
        "start": "2023-01-01", "status": "running", "isNew": i % 3 == 0, "track": "health" if i % 4 == 0 else "community"}))
    activities.append(a["id"])
for aid in activities:
    rows = ["dato;deltagere;nye_deltagere;ambassadører;kontakter"]
    for _ in range(40):
        d = random.randint(0, 1430)  # 2023-01-01 … 2026-12-01
        day = time.strftime("%d-%m-%Y", time.gmtime(time.mktime((2023, 1, 1, 12, 0, 0, 0, 0, 0)) + d * 86400))
        p = random.choice([0, 1, 2, 3, 4, 6, 8, 10, 12, 15, 20])
        rows.append(f"{day};{p};{min(p, random.randint(0, 3))};{random.randint(0, 1)};{random.randint(0, 2)}")
    call("POST", f"/api/projects/{pid}/activities/{aid}/registrations", ("\r\n".join(rows) + "\r\n").encode("utf-8-sig"), "text/csv")
for year in (2023, 2024, 2025, 2026):
    for metric, value in (("participants", 2500), ("ambassadors", 60), ("conversations", 200)):
        call("POST", f"/api/projects/{pid}/targets", {"metric": metric, "year": year, "value": value})
setup = time.perf_counter() - t0

results = {"setup_s": round(setup, 1)}
results["progress"] = timed(f"/api/projects/{pid}/progress?at=2026-11-30", 40)
for fmt in ("html", "md", "csv"):
    results[f"report_{fmt}"] = timed(f"/api/projects/{pid}/report?period=2026&format={fmt}", 10)
results["report_q2_html"] = timed(f"/api/projects/{pid}/report?period=2026Q2&format=html", 10)
call("PUT", f"/api/projects/{pid}/state", {"state": "published"}, headers={"If-Match": f'"v{project["version"]}"'})
results["progress_anonymous"] = timed(f"/api/projects/{pid}/progress?at=2026-11-30", 40, signed_in=False)
results["report_html_anonymous"] = timed(f"/api/projects/{pid}/report?period=2026&format=html", 10, signed_in=False)
print(json.dumps({k: (v if isinstance(v, float) else [round(x, 1) for x in v]) for k, v in results.items()}, indent=1))
