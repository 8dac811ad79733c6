using System.Runtime.CompilerServices;

namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// Upper bound on the uncapacitated MCLP optimum by Lagrangian relaxation of the coverage links x_i ≤ Σ_{j∈N_i} y_j
/// with multipliers 0 ≤ λ_i ≤ w_i (Galvão &amp; ReVelle 1996):
/// L(λ) = Σ_i max(0, w_i − λ_i) + the K largest c_j = Σ_{i∈N_j} λ_i (fixed sites forced in; area minimums relaxed),
/// which is ≥ the optimum for every λ in the box, however λ was found. <see cref="Mclp"/> finds λ by the subgradient
/// method (Held, Wolfe &amp; Crowder 1974); <see cref="AtMultipliers"/> evaluates given ones, e.g. the duals of the LP
/// relaxation, whose L equals the LP bound (the subproblem has the integrality property).
/// </summary>
internal static class CoverBound
{
    /// <summary>
    /// Step scale θ in λ ← λ − θ (L − L₀) d / |d|² (d the averaged subgradient, L₀ the first incumbent): starts at 2 and
    /// halves after <see cref="Stall"/> iterations without a better bound (Held, Wolfe &amp; Crowder's rule; halving after 5
    /// stalled at 1.2–1.7 % above the LP bound on the B benchmark instances). Below <see cref="ThetaEnd"/> the steps no
    /// longer move the bound and the loop stops.
    /// </summary>
    private const double Theta0 = 2, ThetaEnd = 1.0 / 256;

    private const int Stall = 20;

    /// <summary>
    /// Weight of the newest relaxation solution in the running averages: of y (primal recovery) and of the subgradient,
    /// which is the step direction, i.e. the violation of the averaged primal, as in the volume algorithm (Barahona &amp;
    /// Anbil 2000). Stepping along the plain subgradient zigzagged: on B Odder it stalled 0.43 % above the LP bound, along
    /// the average 0.12 %; on B Odense 0.04 % and 0.02 %.
    /// </summary>
    private const double Smoothing = 0.1;

    /// <summary>
    /// The bound L and what comes with it: <see cref="Y"/>, a running average of the relaxation's chosen sites, which
    /// approximates the LP relaxation's y (Barahona &amp; Anbil 2000 recover primal solutions the same way) and is worth
    /// rounding; and the Lagrangian reduced-cost test at the best multipliers.
    /// </summary>
    public sealed class Result(CoverInstance inst, double bound, double value, double[] cost, double[] y, double[] lambda, bool[]? seen = null, double seenAgainst = double.PositiveInfinity)
    {
        public double Bound => bound;

        public double[] Y => y;

        /// <summary>c_j = Σ_{i∈N_j} λ_i at the best multipliers (column generation prices sites with them).</summary>
        public double[] Costs => cost;

        /// <summary>The multipliers λ at which L is <see cref="Bound"/> (the best ones, for the subgradient).</summary>
        public double[] Multipliers => lambda;

        /// <summary>
        /// Sites that no selection worth at least <paramref name="incumbent"/> can contain: forcing site j into the top K
        /// gives L − c_K + c_j (c_K the smallest chosen non-fixed c); below the incumbent means j is in no selection as good
        /// as it, so the incumbent itself never contains such a site. The test at the best multipliers, united with the
        /// tests made at every iteration against the incumbent of the time (each valid on its own, and for any higher
        /// incumbent).
        /// </summary>
        public bool[] Excluded(double incumbent)
        {
            var excluded = seen is not null && incumbent >= seenAgainst ? (bool[])seen.Clone() : new bool[inst.SiteCount];
            if (double.IsFinite(value)) Exclude(inst, cost, value, incumbent, excluded);
            return excluded;
        }
    }

    /// <summary>
    /// Subgradient steps from λ = w/2 until <paramref name="deadline"/>, the steps have converged, or the bound meets
    /// <paramref name="lowerBound"/> (the incumbent's objective). Each iteration costs two passes over the node lists.
    /// Each time the step scale halves, <paramref name="round"/> (if given) gets the averaged y and returns the incumbent's
    /// objective, possibly raised by rounding it: a higher incumbent stops the loop sooner and excludes more sites.
    /// </summary>
    public static Result Mclp(CoverInstance inst, double lowerBound, double upperBound, Deadline deadline, Func<double[], double>? round = null)
    {
        int n = inst.NodeCount, m = inst.SiteCount;
        var w = inst.Weight;
        var lambda = new double[n];
        for (int i = 0; i < n; i++) lambda[i] = 0.5 * w[i];
        var cost = new double[m];
        var chosen = new bool[m];
        var y = new double[m];
        var direction = new double[n];
        var order = new Order(inst);
        var passes = new Passes(inst);
        var seen = new bool[m];
        // Steps aim at the first incumbent even when rounding raises it: the larger steps converge faster (on B Odense
        // they leave ~470 sites after the reduced-cost test where aiming at the raised incumbent left ~680).
        double target = lowerBound;
        double theta = Theta0;
        var bestCost = new double[m];
        var bestLambda = (double[])lambda.Clone();
        double bestValue = double.PositiveInfinity;
        int stall = 0, iterations = 0;
        while (theta >= ThetaEnd && !deadline.Passed)
        {
            double value = passes.Costs(lambda, cost) + order.Choose(cost, chosen);
            Exclude(inst, cost, value, lowerBound, seen);
            double a = iterations++ == 0 ? 1 : Smoothing;
            for (int s = 0; s < m; s++) y[s] = (1 - a) * y[s] + (chosen[s] ? a : 0);
            // Progress is judged against this run's own best L, not the bound passed in: L starts above a good
            // submodular bound, and counting those iterations as stalls shrank θ to nothing before L got below it.
            if (value < bestValue - 1e-9 * Math.Max(1, Math.Abs(value)))
            {
                bestValue = value;
                Array.Copy(cost, bestCost, m);
                Array.Copy(lambda, bestLambda, n);
                stall = 0;
            }
            else if (++stall >= Stall)
            {
                theta /= 2;
                stall = 0;
                if (round is not null) lowerBound = Math.Max(lowerBound, round(y));
            }
            if (bestValue - lowerBound <= 1e-9 * Math.Max(1, bestValue)) break;
            double norm = passes.Direction(lambda, chosen, a, direction);
            if (norm == 0) break;
            passes.Step(lambda, direction, theta * (value - target) / norm);
        }
        return new Result(inst, Math.Min(upperBound, bestValue), bestValue, bestCost, y, bestLambda, seen, lowerBound);
    }

    /// <summary>L(λ) at the given multipliers (clamped into [0, w_i]).</summary>
    public static Result AtMultipliers(CoverInstance inst, double[] multipliers)
    {
        var lambda = new double[inst.NodeCount];
        for (int i = 0; i < lambda.Length; i++) lambda[i] = Math.Clamp(multipliers[i], 0, inst.Weight[i]);
        var cost = new double[inst.SiteCount];
        var chosen = new bool[inst.SiteCount];
        double value = new Passes(inst).Costs(lambda, cost) + new Order(inst).Choose(cost, chosen);
        return new Result(inst, value, value, cost, chosen.Select(c => c ? 1.0 : 0).ToArray(), lambda);
    }

    /// <summary>
    /// Lagrangian reduced-cost test at costs c with value L: marks j in <paramref name="excluded"/> (never unmarks) when
    /// L − c_K + c_j is below the incumbent.
    /// </summary>
    private static void Exclude(CoverInstance inst, double[] cost, double value, double lowerBound, bool[] excluded)
    {
        var c = inst.Constraints;
        int m = inst.SiteCount, k = Math.Min(c.K, m);
        // The K-th largest c among non-fixed sites (fixed ones are always in).
        int fixedCount = 0;
        for (int s = 0; s < m; s++) if (c.Fixed[s]) fixedCount++;
        int slots = k - fixedCount;
        if (slots <= 0 || slots >= m - fixedCount) return;
        var free = new double[m - fixedCount];
        for (int s = 0, f = 0; s < m; s++) if (!c.Fixed[s]) free[f++] = -cost[s];
        Array.Sort(free);
        double threshold = -free[slots - 1];
        double margin = 1e-9 * Math.Max(1, Math.Abs(lowerBound));
        for (int s = 0; s < m; s++)
        {
            if (!c.Fixed[s] && cost[s] < threshold && value - threshold + cost[s] < lowerBound - margin) excluded[s] = true;
        }
    }

    /// <summary>Picks the relaxation's K sites: the fixed ones, then the largest c_j (reused buffers).</summary>
    private sealed class Order(CoverInstance inst)
    {
        private readonly double[] _keys = new double[inst.SiteCount];
        private readonly int[] _ids = new int[inst.SiteCount];

        /// <summary>Marks the K sites in <paramref name="chosen"/> and returns the sum of their c_j.</summary>
        public double Choose(double[] cost, bool[] chosen)
        {
            for (int s = 0; s < _ids.Length; s++) (_keys[s], _ids[s]) = (inst.Constraints.Fixed[s] ? double.NegativeInfinity : -cost[s], s);
            Array.Sort(_keys, _ids);
            Array.Clear(chosen);
            double sum = 0;
            for (int r = 0; r < Math.Min(inst.Constraints.K, _ids.Length); r++)
            {
                chosen[_ids[r]] = true;
                sum += cost[_ids[r]];
            }
            return sum;
        }
    }

    /// <summary>
    /// The passes over the node lists, in 4 node ranges run in parallel on large instances (1 otherwise). The count is
    /// fixed, not the core count, so partial sums add up in the same order, and the bound comes out the same, anywhere.
    /// </summary>
    private sealed class Passes
    {
        private const int ParallelNonzeros = 200_000;
        private readonly CoverInstance _inst;
        private readonly int[] _from;
        private readonly double[][] _cost;
        private readonly double[] _partial;

        public Passes(CoverInstance inst)
        {
            _inst = inst;
            int chunks = inst.NodeSites.Length >= ParallelNonzeros ? 4 : 1;
            _from = Enumerable.Range(0, chunks + 1).Select(c => (int)((long)inst.NodeCount * c / chunks)).ToArray();
            _cost = Enumerable.Range(0, chunks).Select(_ => new double[inst.SiteCount]).ToArray();
            _partial = new double[chunks];
        }

        private int Chunks => _partial.Length;

        /// <summary>c_j = Σ_{i∈N_j} λ_i into <paramref name="cost"/>; returns Σ_i max(0, w_i − λ_i).</summary>
        public double Costs(double[] lambda, double[] cost)
        {
            var w = _inst.Weight;
            Parallel.For(0, Chunks, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (int c) =>
            {
                var part = _cost[c];
                Array.Clear(part);
                double value = 0;
                for (int i = _from[c]; i < _from[c + 1]; i++)
                {
                    double l = lambda[i];
                    if (w[i] > l) value += w[i] - l;
                    if (l == 0) continue;
                    foreach (int s in _inst.SitesOf(i)) part[s] += l;
                }
                _partial[c] = value;
            });
            Array.Copy(_cost[0], cost, cost.Length);
            for (int c = 1; c < Chunks; c++) for (int s = 0; s < cost.Length; s++) cost[s] += _cost[c][s];
            return _partial.Sum();
        }

        /// <summary>
        /// The subgradient g_i = (chosen sites covering i) − (1 if w_i > λ_i) averaged into the direction:
        /// d ← a·g + (1 − a)·d; returns |d|².
        /// </summary>
        public double Direction(double[] lambda, bool[] chosen, double a, double[] direction)
        {
            var w = _inst.Weight;
            Parallel.For(0, Chunks, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (int c) =>
            {
                double norm = 0;
                for (int i = _from[c]; i < _from[c + 1]; i++)
                {
                    int cover = 0;
                    foreach (int s in _inst.SitesOf(i)) if (chosen[s]) cover++;
                    int g = cover - (w[i] > lambda[i] ? 1 : 0);
                    direction[i] = a * g + (1 - a) * direction[i];
                    norm += direction[i] * direction[i];
                }
                _partial[c] = norm;
            });
            return _partial.Sum();
        }

        /// <summary>λ ← clamp(λ − step·g, 0, w).</summary>
        public void Step(double[] lambda, double[] g, double step)
        {
            var w = _inst.Weight;
            Parallel.For(0, Chunks, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (int c) =>
            {
                for (int i = _from[c]; i < _from[c + 1]; i++) lambda[i] = Math.Clamp(lambda[i] - step * g[i], 0, w[i]);
            });
        }
    }
}
