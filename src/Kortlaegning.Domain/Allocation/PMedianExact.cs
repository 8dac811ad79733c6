using Google.OrTools.Sat;

namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// Exact sparse p-median in CP-SAT, in the radius formulation of Cornuéjols, Nemhauser &amp; Wolsey (1980) / Elloumi (2010):
/// with demand i's listed sites s_1..s_L sorted by distance d_1 ≤ … ≤ d_L and d_{L+1} its fallback,
/// z_ik = 1 when none of s_1..s_k is open, enforced by y_{s_1} + z_i1 ≥ 1 and y_{s_k} + z_ik ≥ z_i,k−1 (linear, so they enter CP-SAT's LP);
/// cost_i = w_i (d_1 + Σ_k (d_{k+1} − d_k) z_ik). Its LP relaxation equals the classical one, with n·L three-term constraints
/// instead of n·L assignment variables and n·L linking constraints.
/// </summary>
internal static class PMedianExact
{
    public static CoverSolution? Solve(PMedianInstance inst, CoverSolution hint, double seconds, double gap, CancellationToken ct)
    {
        double largest = 0;
        for (int i = 0; i < inst.NodeCount; i++)
        {
            int last = inst.Start[i + 1] - 1;
            double far = double.IsFinite(inst.Fallback[i]) ? inst.Fallback[i] : inst.Metres[last];
            largest = Math.Max(largest, inst.Weight[i] * far);
        }
        // Every coefficient is a rounded w·Δd; 10^7 for the largest w·d keeps the total far inside 64 bits.
        double scale = largest > 0 ? 1e7 / largest : 1;
        var model = new CpModel();
        var y = CpSat.SiteVariables(model, inst.Constraints, inst.SiteCount, exactlyK: true);
        var open = hint.Sites.ToHashSet();
        var objective = LinearExpr.NewBuilder();
        double offset = 0;
        for (int i = 0; i < inst.NodeCount; i++)
        {
            double w = inst.Weight[i];
            int first = inst.Start[i], count = inst.Start[i + 1] - first;
            offset += w * inst.Metres[first];
            int steps = double.IsFinite(inst.Fallback[i]) ? count : count - 1;
            BoolVar? previous = null;
            bool noneOpenYet = true;
            for (int k = 0; k < steps; k++)
            {
                int s = inst.Site[first + k];
                double next = k + 1 < count ? inst.Metres[first + k + 1] : inst.Fallback[i];
                var z = model.NewBoolVar("");
                // z_k ≥ z_{k−1} − y_{s_k} (z_0 = 1), linear so that it enters CP-SAT's LP relaxation.
                model.Add(previous is null ? y[s] + z >= 1 : y[s] + z - previous >= 0);
                noneOpenYet &= !open.Contains(s);
                model.AddHint(z, noneOpenYet);
                long coefficient = (long)Math.Round(w * (next - inst.Metres[first + k]) * scale);
                if (coefficient != 0) objective.AddTerm(z, coefficient);
                previous = z;
            }
        }
        model.Minimize(objective);
        CpSat.HintSites(model, y, hint.Sites);
        var outcome = CpSat.Solve(model, seconds, gap, ct);
        double? bound = outcome.Bound is { } b ? offset + b / scale : null;
        if (!outcome.HasSolution) return bound is null ? null : new CoverSolution([], double.NaN, null, false, bound, "cp-sat");
        var sites = Enumerable.Range(0, y.Length).Where(s => outcome.Solver.BooleanValue(y[s])).ToArray();
        double sparse = offset + outcome.Solver.ObjectiveValue / scale;
        return new CoverSolution(sites, sparse, null, outcome.Optimal, outcome.Optimal ? sparse : bound, "cp-sat");
    }
}
