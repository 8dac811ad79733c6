using System.Diagnostics;

namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// Upper bound on the uncapacitated MCLP optimum by Lagrangian relaxation of the coverage links x_i ≤ Σ_{j∈N_i} y_j
/// with multipliers 0 ≤ λ_i ≤ w_i (Galvão &amp; ReVelle 1996):
/// L(λ) = Σ_i max(0, w_i − λ_i) + the K largest c_j = Σ_{i∈N_j} λ_i (fixed sites forced in; area minimums relaxed),
/// which is ≥ the optimum for every λ. λ follows the subgradient method (Held, Wolfe &amp; Crowder 1974) towards the
/// LP bound. Each iteration costs two passes over the node lists; the loop stops at the deadline, after
/// <c>maxIterations</c>, or once the bound meets <c>lowerBound</c>.
/// </summary>
internal static class CoverBound
{
    public static double Mclp(CoverInstance inst, double lowerBound, double upperBound, long deadlineTicks, int maxIterations = 400)
    {
        int n = inst.NodeCount, m = inst.SiteCount;
        var c = inst.Constraints;
        int k = Math.Min(c.K, m);
        var w = inst.Weight;
        var lambda = new double[n];
        for (int i = 0; i < n; i++) lambda[i] = 0.5 * w[i];
        var cost = new double[m];
        var keys = new double[m];
        var ids = new int[m];
        var chosen = new bool[m];
        var g = new double[n];
        double best = upperBound, theta = 1;
        int stall = 0;
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            if (Stopwatch.GetTimestamp() > deadlineTicks) break;
            Array.Clear(cost);
            double value = 0;
            for (int i = 0; i < n; i++)
            {
                double l = lambda[i];
                if (w[i] > l) value += w[i] - l;
                if (l == 0) continue;
                foreach (int s in inst.SitesOf(i)) cost[s] += l;
            }
            // Fixed sites first (forced), then the largest c_j.
            for (int s = 0; s < m; s++) (keys[s], ids[s]) = (c.Fixed[s] ? double.NegativeInfinity : -cost[s], s);
            Array.Sort(keys, ids);
            Array.Clear(chosen);
            for (int r = 0; r < k; r++)
            {
                chosen[ids[r]] = true;
                value += cost[ids[r]];
            }
            if (value < best - 1e-9 * Math.Max(1, best))
            {
                best = value;
                stall = 0;
            }
            else if (++stall >= 5)
            {
                theta /= 2;
                stall = 0;
            }
            if (best - lowerBound <= 1e-9 * Math.Max(1, best)) break;
            double norm = 0;
            for (int i = 0; i < n; i++)
            {
                int cover = 0;
                foreach (int s in inst.SitesOf(i)) if (chosen[s]) cover++;
                g[i] = cover - (w[i] > lambda[i] ? 1 : 0);
                norm += g[i] * g[i];
            }
            if (norm == 0) break;
            double step = theta * (value - lowerBound) / norm;
            for (int i = 0; i < n; i++) lambda[i] = Math.Clamp(lambda[i] - step * g[i], 0, w[i]);
        }
        return best;
    }
}
