using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// Lower bound on the p-median optimum by Lagrangian relaxation of the assignment constraints (Cornuéjols, Fisher &amp;
/// Nemhauser 1977; Beasley 1993, "Lagrangean heuristics for location problems"), on the sparse instance: demand i is
/// served by one of its listed sites j at c_ij = w_i·d_ij (site open), or by its fallback at c_iF = w_i·F_i (no site
/// needed; F_i ≤ its distance to every unlisted site, so the sparse model is a relaxation of the true one). Relaxing
/// Σ_j x_ij + z_i = 1 with multipliers λ_i gives
/// L(λ) = Σ_i λ_i + Σ_i min(0, c_iF − λ_i) + the K smallest ρ_j = Σ_{i∈N_j} min(0, c_ij − λ_i) (fixed sites forced in,
/// area minimums relaxed), a lower bound for every λ. λ is found by subgradient steps (Held, Wolfe &amp; Crowder 1974)
/// from the incumbent's per-demand costs; the relaxation's sites, when feasible, are tried as incumbents on the way.
/// </summary>
internal static class PMedianBound
{
    /// <summary>
    /// Step scale θ in λ ← max(0, λ + θ (U − L) d / |d|²): starts at 1/4, halves after <see cref="Stall"/> iterations without
    /// a better bound, stops below 1/4096. From θ = 2 the first steps overshot (L fell to −7× the incumbent on the
    /// 2,000 × 200 street grid of the tests) and ~65 iterations went by before θ had halved to where L climbs; from 1/4 the
    /// bound is within 0.5 % of the incumbent there after ~100 iterations instead of ~170–260. Halving after 15 stalled
    /// iterations (as before issue 19) stopped 0.6 % short on that grid.
    /// </summary>
    private const double Theta0 = 0.25, ThetaEnd = 1.0 / 4096;

    private const int Stall = 20;

    /// <summary>
    /// Weight of the newest subgradient in the step direction d, a running average of the subgradients: the violation of
    /// the averaged relaxation solution, the direction of the volume algorithm (Barahona &amp; Anbil 2000), as in
    /// <see cref="CoverBound"/>. On the grid of the tests it changed little (from θ = 2: 166 iterations to close 0.5 % against
    /// 190 along the plain subgradient); it is kept for the damping.
    /// </summary>
    private const double Smoothing = 0.3;

    /// <summary>Pairs from which each pass runs in one chunk of demand points per core (below, threads cost more than they save).</summary>
    private const int ParallelPairs = 200_000;

    /// <summary>The bound and the best selection seen (the incumbent or a relaxation's sites, whichever is cheaper on the sparse cost).</summary>
    public sealed record Result(double Bound, CoverSolution Best, int Iterations);

    /// <summary>
    /// Subgradient steps until <paramref name="deadline"/>, convergence, or a relative gap of at most
    /// <paramref name="gapLimit"/> between the bound and the best sparse cost.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Result Solve(PMedianInstance inst, CoverSolution incumbent, Deadline deadline, double gapLimit = 0, bool swaps = false)
    {
        var tried = new HashSet<string>(StringComparer.Ordinal);
        int n = inst.NodeCount, m = inst.SiteCount, k = Math.Min(inst.Constraints.K, m);
        var w = inst.Weight;
        var fixedSite = inst.Constraints.Fixed;
        var lambda = Costs(inst, incumbent.Sites);
        var rho = new double[m];
        var chosen = new bool[m];
        var g = new double[n];
        var direction = new double[n];
        var keys = new double[m];
        var ids = new int[m];
        var best = incumbent;
        double upper = incumbent.Objective, bound = double.NegativeInfinity, theta = Theta0;
        int stall = 0, iterations = 0;
        int chunks = inst.Site.Length >= ParallelPairs ? Math.Clamp(Environment.ProcessorCount, 1, 8) : 1;
        var chunkStart = Enumerable.Range(0, chunks + 1).Select(c => (int)((long)n * c / chunks)).ToArray();
        var partRho = Enumerable.Range(0, chunks).Select(_ => new double[m]).ToArray();
        var partValue = new double[chunks];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = chunks };
        while (theta >= ThetaEnd && !deadline.Passed)
        {
            iterations++;
            // L(λ): the λ and fallback terms, then ρ_j over the sites' node lists, in fixed chunks of demand points (one
            // per core on large instances; summed in chunk order, so the result does not depend on the threads).
            Parallel.For(0, chunks, parallel, c =>
            {
                var r = partRho[c];
                Array.Clear(r);
                double v = 0;
                for (int i = chunkStart[c]; i < chunkStart[c + 1]; i++)
                {
                    double l = lambda[i];
                    v += l;
                    double f = w[i] * inst.Fallback[i];
                    if (f < l) v += f - l;
                    for (int e = inst.Start[i]; e < inst.Start[i + 1]; e++)
                    {
                        double cost = w[i] * inst.Metres[e] - l;
                        if (cost >= 0) break; // lists are sorted by distance: the rest cost more
                        r[inst.Site[e]] += cost;
                    }
                }
                partValue[c] = v;
            });
            double value = 0;
            for (int c = 0; c < chunks; c++) value += partValue[c];
            Array.Copy(partRho[0], rho, m);
            for (int c = 1; c < chunks; c++) for (int s = 0; s < m; s++) rho[s] += partRho[c][s];
            for (int s = 0; s < m; s++) (keys[s], ids[s]) = (fixedSite[s] ? double.NegativeInfinity : rho[s], s);
            Array.Sort(keys, ids);
            Array.Clear(chosen);
            for (int r = 0; r < k; r++)
            {
                chosen[ids[r]] = true;
                value += rho[ids[r]];
            }
            if (value > bound + 1e-9 * Math.Max(1, Math.Abs(value)))
            {
                bound = value;
                stall = 0;
            }
            else if (++stall >= Stall)
            {
                theta /= 2;
                stall = 0;
                // The relaxation's sites as a selection: often better than the incumbent once λ has settled, and with
                // swaps from them (Beasley 1993's Lagrangian heuristic) a way out of the local optimum the swaps from
                // greedy stopped in.
                var sites = Enumerable.Range(0, m).Where(s => chosen[s]).ToArray();
                if (inst.Constraints.IsFeasible(sites, checkK: true) && tried.Add(string.Join(',', sites)))
                {
                    double cost = inst.SparseCost(sites);
                    var candidate = new CoverSolution(sites, cost, null, false, null, "lagrangian");
                    if (swaps) candidate = PMedianHeuristic.Improve(inst, candidate, deadline) with { Bound = null, Solver = "lagrangian" };
                    // Only a selection with an open listed site for every point: its sparse cost is then its true cost, where
                    // one that leaves points to their fallback would only look cheap (the fallback undercharges them).
                    inst.SparseCost(candidate.Sites, out bool inside);
                    if ((inside || inst.Complete) && candidate.Objective < upper)
                    {
                        upper = candidate.Objective;
                        best = candidate;
                    }
                }
            }
            if (upper - bound <= Math.Max(gapLimit, 1e-9) * Math.Max(1, upper)) break;

            // Subgradient of L at λ: 1 − (served by a chosen site) − (served by the fallback), per demand point; the step
            // goes along its running average.
            double norm = 0;
            Parallel.For(0, chunks, parallel, c =>
            {
                for (int i = chunkStart[c]; i < chunkStart[c + 1]; i++)
                {
                    double l = lambda[i];
                    int served = w[i] * inst.Fallback[i] < l ? 1 : 0;
                    for (int e = inst.Start[i]; e < inst.Start[i + 1]; e++)
                    {
                        if (w[i] * inst.Metres[e] >= l) break;
                        if (chosen[inst.Site[e]]) served++;
                    }
                    g[i] = 1 - served;
                }
            });
            double a = iterations == 1 ? 1 : Smoothing;
            for (int i = 0; i < n; i++)
            {
                direction[i] = (1 - a) * direction[i] + a * g[i];
                norm += direction[i] * direction[i];
            }
            if (norm == 0) break; // λ is optimal for the relaxation and its solution is feasible: L is the optimum of the sparse model
            double step = theta * (upper - value) / norm;
            for (int i = 0; i < n; i++) lambda[i] = Math.Max(0, lambda[i] + step * direction[i]);
        }
        return new Result(Math.Max(0, bound), best, iterations);
    }

    /// <summary>
    /// The heuristic's answer with the Lagrangian bound: the cheaper of its selection and the relaxation's, and the
    /// tighter of its own (submodular) bound and L. True in <c>Closed</c> when the gap is within <paramref name="gapLimit"/>,
    /// so the exact model need not run.
    /// </summary>
    public static (CoverSolution Solution, bool Closed) Tighten(PMedianInstance inst, CoverSolution heuristic, Deadline deadline, double gapLimit, bool swaps = false)
    {
        if (heuristic.Sites.Length == 0 || inst.NodeCount == 0) return (heuristic, false);
        var r = Solve(inst, heuristic, deadline, gapLimit, swaps);
        double bound = Math.Min(r.Best.Objective, Math.Max(r.Bound, heuristic.Bound ?? 0));
        var solution = r.Best with { Bound = bound };
        return (solution, AllocationReport.Gap(solution.Objective, bound) <= Math.Max(gapLimit, 1e-9));
    }

    /// <summary>Each demand point's cost in the selection (w × nearest open listed site, or the fallback), the starting λ.</summary>
    private static double[] Costs(PMedianInstance inst, int[] sites)
    {
        var open = new bool[inst.SiteCount];
        foreach (int s in sites) open[s] = true;
        double far = 2 * inst.MaxMetres + 1;
        var cost = new double[inst.NodeCount];
        for (int i = 0; i < inst.NodeCount; i++)
        {
            double d = double.IsFinite(inst.Fallback[i]) ? inst.Fallback[i] : far;
            for (int e = inst.Start[i]; e < inst.Start[i + 1]; e++)
            {
                if (open[inst.Site[e]]) { d = inst.Metres[e]; break; }
            }
            cost[i] = inst.Weight[i] * d;
        }
        return cost;
    }
}
