#!/usr/bin/python3
"""MCLP as PySAL spopt builds it (spopt.locate.MCLP), in PuLP, solved by CBC.

Binary y_j (site j open) and x_i (demand i covered); sum_j y_j = k; x_i <= sum_{j in N_i} y_j; maximise sum_i w_i x_i.
Reads the instance files written by `Kortlaegning.Bench allocation` (first line "n m k radius", then per demand point
its weight and the indices of the candidates within the radius: the same coverage sets our solver sees).
Prints one tab-separated line per file: name, build seconds, solve seconds, objective, status.
Run with the Debian python (/usr/bin/python3), which has python3-pulp and coinor-cbc.
"""
import sys
import time

import pulp


def read(path):
    with open(path) as f:
        n, m, k, _radius = f.readline().split()
        weights, cover = [], []
        for line in f:
            parts = line.split()
            weights.append(float(parts[0]))
            cover.append([int(j) for j in parts[1:]])
    return int(m), int(k), weights, cover


def solve(path, time_limit):
    m, k, weights, cover = read(path)
    start = time.perf_counter()
    prob = pulp.LpProblem("MCLP", pulp.LpMaximize)
    y = [pulp.LpVariable(f"y[{j}]", cat=pulp.LpBinary) for j in range(m)]
    x = [pulp.LpVariable(f"x[{i}]", cat=pulp.LpBinary) for i in range(len(weights))]
    prob += pulp.lpSum(w * xi for w, xi in zip(weights, x))
    prob += pulp.lpSum(y) == k
    for i, sites in enumerate(cover):
        # spopt adds the constraint for every demand point; one nobody reaches forces x_i = 0.
        prob += x[i] <= pulp.lpSum(y[j] for j in sites)
    built = time.perf_counter()
    # Debian ships CBC as /usr/bin/cbc (coinor-cbc) rather than inside PuLP: COIN_CMD is the same CBC call.
    prob.solve(pulp.COIN_CMD(msg=False, timeLimit=time_limit))
    solved = time.perf_counter()
    return built - start, solved - built, pulp.value(prob.objective), pulp.LpStatus[prob.status]


if __name__ == "__main__":
    limit = float(sys.argv[1])
    print("instance\tbuild_s\tsolve_s\tobjective\tstatus")
    for path in sys.argv[2:]:
        build, solve_s, obj, status = solve(path, limit)
        name = path.rsplit("/", 1)[-1].removesuffix(".txt")
        print(f"{name}\t{build:.3f}\t{solve_s:.3f}\t{obj:.0f}\t{status}", flush=True)
