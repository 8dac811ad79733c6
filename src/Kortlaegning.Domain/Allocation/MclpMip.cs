using Google.OrTools.LinearSolver;

namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// Uncapacitated MCLP through OR-Tools' linear solver wrapper: the Church &amp; ReVelle model
/// max Σ w_i x_i, Σ y = K, x_i ≤ Σ_{j∈N_i} y_j, with x_i continuous in [0, 1] (integral at any optimum once y is) and
/// nodes with one site folded onto y_j. <see cref="Solve"/> solves the MIP with SCIP (the LP relaxation alone is
/// <see cref="MclpLp"/>'s), preferred over CP-SAT here: on 2 cores CP-SAT's LP worker closed the bound of
/// municipality instances far more slowly than an LP-based branch-and-cut (docs/benchmarks.md).
/// </summary>
internal static class MclpMip
{
    public static CoverSolution? Solve(CoverInstance inst, CoverSolution hint, double seconds, double gap, CancellationToken ct, string solverId = "SCIP")
    {
        using var solver = Solver.CreateSolver(solverId);
        if (solver is null) return null;
        var y = Build(solver, inst);
        var objective = solver.Objective();
        var open = hint.Sites.ToHashSet();
        solver.SetHint(y, y.Select((_, s) => open.Contains(s) ? 1.0 : 0.0).ToArray());
        solver.SetTimeLimit((long)(Math.Max(seconds, 0.01) * 1000));
        using var parameters = new MPSolverParameters();
        parameters.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, Math.Max(gap, 1e-9));
        using var registration = ct.Register(() => solver.InterruptSolve());
        var status = solver.Solve(parameters);
        double bound = objective.BestBound();
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
        {
            // Stopped before the root LP: SCIP then reports 0 (or ±∞), which is no upper bound at all.
            return double.IsFinite(bound) && bound >= hint.Objective ? new CoverSolution([], double.NaN, null, false, bound, "scip") : null;
        }
        var selected = Enumerable.Range(0, y.Length).Where(s => y[s].SolutionValue() > 0.5).ToArray();
        double value = objective.Value();
        bool optimal = status == Solver.ResultStatus.OPTIMAL && gap == 0;
        return new CoverSolution(selected, value, null, optimal, optimal ? value : Math.Max(bound, value), "scip");
    }

    /// <summary>The model, maximising; its y_j.</summary>
    private static Variable[] Build(Solver solver, CoverInstance inst)
    {
        var c = inst.Constraints;
        var y = new Variable[inst.SiteCount];
        var objective = solver.Objective();
        for (int s = 0; s < inst.SiteCount; s++) y[s] = solver.MakeIntVar(c.Fixed[s] ? 1 : 0, 1, "");
        var count = solver.MakeConstraint(c.K, c.K);
        foreach (var v in y) count.SetCoefficient(v, 1);
        for (int a = 0; a < c.AreaMin.Length; a++)
        {
            if (c.AreaMin[a] <= 0) continue;
            var area = solver.MakeConstraint(c.AreaMin[a], double.PositiveInfinity);
            for (int s = 0; s < inst.SiteCount; s++) if (c.Area[s] == a) area.SetCoefficient(y[s], 1);
        }
        var siteWeight = new double[inst.SiteCount];
        for (int i = 0; i < inst.NodeCount; i++)
        {
            var sites = inst.SitesOf(i);
            if (sites.Length == 1)
            {
                siteWeight[sites[0]] += inst.Weight[i];
                continue;
            }
            var x = solver.MakeNumVar(0, 1, "");
            var link = solver.MakeConstraint(double.NegativeInfinity, 0);
            link.SetCoefficient(x, 1);
            foreach (int s in sites) link.SetCoefficient(y[s], -1);
            objective.SetCoefficient(x, inst.Weight[i]);
        }
        for (int s = 0; s < inst.SiteCount; s++) objective.SetCoefficient(y[s], siteWeight[s]);
        objective.SetMaximization();
        return y;
    }
}
