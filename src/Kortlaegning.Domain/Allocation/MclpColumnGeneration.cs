namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// The LP relaxation of the uncapacitated MCLP by column generation (Dantzig–Wolfe pricing; Lübbecke &amp; Desrosiers 2005):
/// GLOP solves the LP restricted to a set S of sites (and the nodes they cover; <see cref="MclpLp"/>), and every other site j is priced at the
/// restricted duals π: c_j = Σ_{i∈N_j} π_i, with π_i = w_i for a node no site of S covers (its row x_i ≤ 0 is worth w_i).
/// Sites with c_j above the K-th largest c in S would enter the LP's basis; the most attractive are added and the LP solved
/// again, until none prices out. Then the restricted LP value is the full LP bound, which on dense instances takes long on
/// the whole (B Odder, 1.24 M nonzeros: 7 s) and 0.7–1.4 s a round on a few hundred sites, so each round within a time
/// limit gives a bound.
/// The certificate is the Lagrangian bound at the extended duals, L(π) (<see cref="CoverBound.AtMultipliers"/>), which is
/// valid for any multipliers, so it is a true upper bound whether or not the pricing converged or GLOP's duals are exact;
/// at convergence it equals the restricted LP value (min over μ of the LP dual at fixed π is L(π)).
/// </summary>
internal static class MclpColumnGeneration
{
    /// <summary>
    /// The best certificate over the rounds (its <see cref="CoverBound.Result.Bound"/> the bound, its reduced-cost test valid),
    /// the last restricted LP's y in <c>inst</c>'s site indices (0 outside S), whether the pricing converged (then the
    /// bound is the LP bound), how many rounds it took and the sites S it ended with (ascending).
    /// </summary>
    public sealed record Result(CoverBound.Result Certificate, double[] Y, bool Converged, int Rounds, int[] Sites);

    /// <summary>Most sites added per round: enough that few rounds are needed, few enough that the LP stays small.</summary>
    private const int Batch = 100;

    /// <summary>
    /// Starts from <paramref name="start"/> (and the fixed sites); each restricted LP gets what <paramref name="secondsLeft"/>
    /// says is left. <paramref name="center"/>: multipliers known to be good (the subgradient's), or null.
    /// <paramref name="stop"/> sees each round's result and may end the loop (e.g. once the incumbent meets the bound).
    /// Null when not even the first restricted LP was solved. <paramref name="start"/> must hold a feasible
    /// selection (K sites, area minimums), e.g. the incumbent's, so every restricted LP is feasible.
    /// </summary>
    public static Result? Solve(CoverInstance inst, IEnumerable<int> start, Func<double> secondsLeft, CancellationToken ct,
        double[]? center = null, Func<Result, bool>? stop = null)
    {
        int n = inst.NodeCount, m = inst.SiteCount;
        var c = inst.Constraints;
        var inS = new bool[m];
        foreach (int s in start) inS[s] = true;
        for (int s = 0; s < m; s++) if (c.Fixed[s]) inS[s] = true;
        var group = new int[n];
        var lambda = new double[n];
        var mixed = new double[n];
        CoverBound.Result? best = center is null ? null : CoverBound.AtMultipliers(inst, center);
        double[] y = new double[m];
        int rounds = 0;
        while (!ct.IsCancellationRequested)
        {
            var keep = Enumerable.Range(0, m).Where(s => inS[s]).ToArray();
            var sub = CoverReduction.Restrict(inst, keep, group).Instance;
            double seconds = secondsLeft();
            if (seconds <= 2 * LpBuildSeconds(sub.NodeSites.Length)) break;
            var lp = MclpLp.Solve(sub, seconds, ct);
            if (lp is null) break;
            rounds++;
            // A merged node's dual is split over its members by weight: any split with 0 ≤ π_i ≤ w_i is dual optimal for
            // the restricted LP (the members have the same sites in S), so the pricing may use this one.
            for (int i = 0; i < n; i++)
            {
                int g = group[i];
                lambda[i] = g < 0 ? inst.Weight[i] : Math.Clamp(lp.Lambda[g], 0, sub.Weight[g]) * (inst.Weight[i] / sub.Weight[g]);
            }
            var at = CoverBound.AtMultipliers(inst, lambda);
            // While S is small, π_i = w_i on the nodes it misses prices their sites far too high (GLOP's duals at these
            // degenerate optima are no help either). The best multipliers so far on those nodes (the stability centre, as
            // in dual stabilisation, du Merle et al. 1999) often give a lower L, which is as valid: any λ in [0, w] is.
            var certificate = at;
            if (best is not null)
            {
                for (int i = 0; i < n; i++) mixed[i] = group[i] < 0 ? best.Multipliers[i] : lambda[i];
                var mix = CoverBound.AtMultipliers(inst, mixed);
                if (mix.Bound < certificate.Bound) certificate = mix;
            }
            if (best is null || certificate.Bound < best.Bound) best = certificate;
            y = new double[m];
            for (int k = 0; k < keep.Length; k++) y[keep[k]] = lp.Y[k];
            // Priced at the restricted LP's own duals: when none enters, L(π) is its value, the LP bound.
            var entering = Price(inst, inS, at.Costs);
            var result = new Result(best, y, entering.Length == 0, rounds, keep);
            if (entering.Length == 0 || (stop is not null && stop(result))) return result;
            foreach (int s in entering) inS[s] = true;
        }
        return best is null || rounds == 0 ? null : new Result(best, y, false, rounds, Enumerable.Range(0, m).Where(s => inS[s]).ToArray());
    }

    /// <summary>
    /// Sites outside S whose c_j exceeds the K-th largest c of the non-fixed sites in S (by more than a rounding error),
    /// most attractive first, at most <see cref="Batch"/>. None means L(π) is the restricted LP's value: the top K of all
    /// sites are then as good as the top K within S.
    /// </summary>
    private static int[] Price(CoverInstance inst, bool[] inS, double[] cost)
    {
        var c = inst.Constraints;
        int fixedCount = c.Fixed.Count(f => f);
        int slots = c.K - fixedCount;
        if (slots <= 0) return [];
        var inside = Enumerable.Range(0, inst.SiteCount).Where(s => inS[s] && !c.Fixed[s]).Select(s => cost[s]).OrderByDescending(v => v).ToArray();
        double threshold = slots <= inside.Length ? inside[slots - 1] : double.NegativeInfinity;
        double tolerance = 1e-9 * Math.Max(1, inst.Weight.Sum());
        return Enumerable.Range(0, inst.SiteCount)
            .Where(s => !inS[s] && cost[s] > threshold + tolerance)
            .OrderByDescending(s => cost[s])
            .Take(Batch)
            .ToArray();
    }

    /// <summary>
    /// Rough time to build the LP in GLOP (measured ~0.5 µs per nonzero, doubled): below twice this the round is skipped.
    /// </summary>
    private static double LpBuildSeconds(long nonzeros) => 1e-6 * nonzeros;
}
