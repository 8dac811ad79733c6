"""What bearer-token authentication adds per request (issue 13: < 1 ms at the p50).

Interleaves the same cheap read (GET /api/catalog) anonymously and with 'Authorization: Bearer <token>' over one
keep-alive connection each, so both see the same machine load; prints p50/p90/p99 of each and the p50 difference.
Loopback only; a bounded number of requests. Stdlib only.
"""
import http.client, statistics, sys, time

host, port, token = sys.argv[1], int(sys.argv[2]), sys.argv[3]
N = int(sys.argv[4]) if len(sys.argv) > 4 else 2000
PATH = "/api/catalog"

def timer(headers):
    conn = http.client.HTTPConnection(host, port)
    def once():
        t = time.perf_counter()
        conn.request("GET", PATH, headers=headers)
        r = conn.getresponse()
        r.read()
        assert r.status == 200, r.status
        return (time.perf_counter() - t) * 1000
    return once

anon, bearer = timer({}), timer({"Authorization": f"Bearer {token}"})
for _ in range(200):  # warm-up: JIT, connection pools, the token's last_used_at write
    anon(); bearer()
a, b = [], []
for i in range(N):
    if i % 2:
        a.append(anon()); b.append(bearer())
    else:
        b.append(bearer()); a.append(anon())

def q(xs, p):
    return statistics.quantiles(xs, n=100)[p - 1]

for name, xs in (("anonymous", a), ("bearer token", b)):
    print(f"{name:13s} n={len(xs)} p50={statistics.median(xs):.3f} ms p90={q(xs, 90):.3f} ms p99={q(xs, 99):.3f} ms")
print(f"token authentication adds {statistics.median(b) - statistics.median(a):.3f} ms at the p50")
