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
    /// <summary>
    /// Returns the bound and the sites that no selection worth at least <paramref name="lowerBound"/> can contain
    /// (Lagrangian reduced-cost test: forcing site j into the best multipliers' top K gives L − c_K + c_j, where c_K is the
    /// smallest chosen non-fixed c; below the incumbent means j is in no selection as good as it). The incumbent itself
    /// never contains such a site.
    /// </summary>
    public static (double Bound, bool[] Excluded) Mclp(CoverInstance inst, double lowerBound, double upperBound, long deadlineTicks, int maxIterations = 400)
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
        var bestCost = new double[m];
        double bestValue = double.PositiveInfinity;
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
            if (value < bestValue)
            {
                bestValue = value;
                Array.Copy(cost, bestCost, m);
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
        var excluded = new bool[m];
        if (double.IsFinite(bestValue))
        {
            // The K-th largest c among non-fixed sites at the best multipliers (fixed ones are always in).
            int fixedCount = 0;
            for (int s = 0; s < m; s++) if (c.Fixed[s]) fixedCount++;
            var free = Enumerable.Range(0, m).Where(s => !c.Fixed[s]).Select(s => bestCost[s]).OrderDescending().ToArray();
            int slots = k - fixedCount;
            if (slots > 0 && slots < free.Length)
            {
                double threshold = free[slots - 1];
                double margin = 1e-9 * Math.Max(1, Math.Abs(lowerBound));
                for (int s = 0; s < m; s++)
                {
                    excluded[s] = !c.Fixed[s] && bestCost[s] < threshold && bestValue - threshold + bestCost[s] < lowerBound - margin;
                }
            }
        }
        return (best, excluded);
    }
}
