using Google.OrTools.Sat;

namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// Exact covering models for CP-SAT on a (reduced) <see cref="CoverInstance"/>. Coverage links are written as linear
/// constraints x_i ≤ Σ_{j∈N_i} y_j rather than clauses: at CP-SAT's default linearisation level only linear constraints
/// enter its LP relaxation, and without the LP the bound never leaves the trivial Σ w.
/// Nodes with a single site need no x_i: their weight moves onto y_j.
/// </summary>
internal static class CoverExact
{
    /// <summary>MCLP (Church &amp; ReVelle 1974): max Σ w_i x_i, Σ y = K, x_i ≤ Σ_{j∈N_i} y_j.</summary>
    public static CoverSolution? Mclp(CoverInstance inst, CoverSolution hint, double seconds, double gap, CancellationToken ct)
    {
        if (inst.Constraints.Capacity is not null) return CapacitatedMclp(inst, hint, seconds, gap, ct);
        double scale = CpSat.Scale(inst.Weight);
        var model = new CpModel();
        var y = CpSat.SiteVariables(model, inst.Constraints, inst.SiteCount, exactlyK: true);
        var siteWeight = new long[inst.SiteCount];
        var objective = LinearExpr.NewBuilder(inst.NodeCount + inst.SiteCount);
        var hinted = hint.Sites.ToHashSet();
        for (int i = 0; i < inst.NodeCount; i++)
        {
            long w = (long)Math.Round(inst.Weight[i] * scale);
            var sites = inst.SitesOf(i);
            if (sites.Length == 1)
            {
                siteWeight[sites[0]] += w;
                continue;
            }
            var x = model.NewBoolVar("");
            var reach = LinearExpr.NewBuilder(sites.Length);
            bool covered = false;
            foreach (int s in sites)
            {
                reach.Add(y[s]);
                covered |= hinted.Contains(s);
            }
            model.Add(x <= reach);
            model.AddHint(x, covered);
            objective.AddTerm(x, w);
        }
        for (int s = 0; s < inst.SiteCount; s++) if (siteWeight[s] != 0) objective.AddTerm(y[s], siteWeight[s]);
        model.Maximize(objective);
        CpSat.HintSites(model, y, hint.Sites);
        var outcome = CpSat.Solve(model, seconds, gap, ct);
        return Read(outcome, y, scale, isCount: false, null);
    }

    /// <summary>
    /// Capacitated MCLP: a_ij ∈ [0, w_i] integer units of node i served by site j; Σ_j a_ij ≤ w_i; a_ij ≤ w_i y_j;
    /// Σ_i a_ij ≤ cap_j y_j; max Σ a_ij. A node's weight may be split between sites (multi-sourcing).
    /// </summary>
    private static CoverSolution? CapacitatedMclp(CoverInstance inst, CoverSolution hint, double seconds, double gap, CancellationToken ct)
    {
        var cap = inst.Constraints.Capacity!;
        double scale = CpSat.Scale(inst.Weight.Concat(cap.Where(double.IsFinite)));
        var model = new CpModel();
        var y = CpSat.SiteVariables(model, inst.Constraints, inst.SiteCount, exactlyK: true);
        var perSite = new List<(IntVar Var, int Node)>[inst.SiteCount];
        for (int s = 0; s < inst.SiteCount; s++) perSite[s] = [];
        var total = LinearExpr.NewBuilder();
        for (int i = 0; i < inst.NodeCount; i++)
        {
            long w = (long)Math.Round(inst.Weight[i] * scale);
            var node = LinearExpr.NewBuilder();
            foreach (int s in inst.SitesOf(i))
            {
                var a = model.NewIntVar(0, w, "");
                model.Add(a <= w * y[s]);
                perSite[s].Add((a, i));
                node.Add(a);
                total.Add(a);
            }
            model.Add(node <= w);
        }
        for (int s = 0; s < inst.SiteCount; s++)
        {
            long reach = perSite[s].Sum(p => (long)Math.Round(inst.Weight[p.Node] * scale));
            long c = double.IsFinite(cap[s]) ? Math.Min(reach, (long)Math.Floor(cap[s] * scale)) : reach;
            model.Add(LinearExpr.Sum(perSite[s].Select(p => p.Var)) <= c * y[s]);
        }
        model.Maximize(total);
        CpSat.HintSites(model, y, hint.Sites);
        var outcome = CpSat.Solve(model, seconds, gap, ct);
        if (!outcome.HasSolution) return Read(outcome, y, scale, isCount: false, null);
        var assigned = new double[inst.SiteCount];
        for (int s = 0; s < inst.SiteCount; s++)
        {
            foreach (var (v, _) in perSite[s]) assigned[s] += outcome.Solver.Value(v) / scale;
        }
        return Read(outcome, y, scale, isCount: false, assigned);
    }

    /// <summary>
    /// LSCP (Toregas et al. 1971): min Σ y_j with every node covered (Σ_{j∈N_i} y_j ≥ 1), or with a coverage target:
    /// Σ w_i x_i ≥ target, x_i ≤ Σ_{j∈N_i} y_j.
    /// </summary>
    public static CoverSolution? Lscp(CoverInstance inst, double? targetWeight, CoverSolution hint, double seconds, double gap, CancellationToken ct)
    {
        var model = new CpModel();
        var y = CpSat.SiteVariables(model, inst.Constraints, inst.SiteCount, exactlyK: false);
        double scale = CpSat.Scale(inst.Weight);
        var covered = LinearExpr.NewBuilder();
        for (int i = 0; i < inst.NodeCount; i++)
        {
            var reach = LinearExpr.NewBuilder();
            foreach (int s in inst.SitesOf(i)) reach.Add(y[s]);
            if (targetWeight is null)
            {
                model.Add(reach >= 1);
                continue;
            }
            var x = model.NewBoolVar("");
            model.Add(x <= reach);
            covered.AddTerm(x, (long)Math.Round(inst.Weight[i] * scale));
        }
        if (targetWeight is { } t)
        {
            // Tolerance of one unit below the scaled target absorbs rounding of the weights.
            long need = (long)Math.Ceiling(t * scale - 1e-6 * Math.Max(1, t * scale));
            model.Add(covered >= need);
        }
        model.Minimize(LinearExpr.Sum(y));
        CpSat.HintSites(model, y, hint.Sites);
        var outcome = CpSat.Solve(model, seconds, gap, ct);
        return Read(outcome, y, 1, isCount: true, null);
    }

    private static CoverSolution? Read(CpSat.Outcome outcome, BoolVar[] y, double scale, bool isCount, double[]? assigned)
    {
        double? bound = outcome.Bound / scale;
        if (!outcome.HasSolution) return bound is null ? null : new CoverSolution([], double.NaN, null, false, bound, "cp-sat");
        var sites = Enumerable.Range(0, y.Length).Where(s => outcome.Solver.BooleanValue(y[s])).ToArray();
        double objective = isCount ? sites.Length : outcome.Solver.ObjectiveValue / scale;
        return new CoverSolution(sites, objective, assigned, outcome.Optimal, outcome.Optimal ? objective : bound, "cp-sat");
    }
}
