using System.Globalization;
using Google.OrTools.Sat;

namespace Kortlaegning.Domain.Allocation;

/// <summary>Shared CP-SAT plumbing: integer scaling of weights, site variables with K/fixed/area rules, and the solve call.</summary>
internal static class CpSat
{
    /// <summary>
    /// CP-SAT needs integer coefficients. Integral values up to 2^40 are used as they are; otherwise everything is scaled so
    /// the largest value becomes 10^6 and rounded, so "optimal" then means optimal for values rounded to 1 ppm of the largest.
    /// </summary>
    public static double Scale(IEnumerable<double> values)
    {
        double max = 0;
        bool integral = true;
        foreach (double v in values)
        {
            max = Math.Max(max, v);
            integral &= v == Math.Floor(v);
        }
        if (max <= 0) return 1;
        return integral && max < 1L << 40 ? 1 : 1e6 / max;
    }

    public static BoolVar[] SiteVariables(CpModel model, CoverConstraints c, int siteCount, bool exactlyK)
    {
        var y = new BoolVar[siteCount];
        for (int s = 0; s < siteCount; s++)
        {
            y[s] = model.NewBoolVar($"y{s}");
            if (c.Fixed[s]) model.Add(y[s] == 1);
        }
        if (exactlyK) model.Add(LinearExpr.Sum(y) == c.K);
        for (int a = 0; a < c.AreaMin.Length; a++)
        {
            if (c.AreaMin[a] <= 0) continue;
            var inArea = Enumerable.Range(0, siteCount).Where(s => c.Area[s] == a).Select(s => y[s]);
            model.Add(LinearExpr.Sum(inArea) >= c.AreaMin[a]);
        }
        return y;
    }

    public static void HintSites(CpModel model, BoolVar[] y, IEnumerable<int> selected)
    {
        var open = selected.ToHashSet();
        for (int s = 0; s < y.Length; s++) model.AddHint(y[s], open.Contains(s));
    }

    public sealed record Outcome(CpSolverStatus Status, CpSolver Solver)
    {
        public bool HasSolution => Status is CpSolverStatus.Optimal or CpSolverStatus.Feasible;
        public bool Optimal => Status == CpSolverStatus.Optimal;

        /// <summary>Proven bound in the model's integer units, or null if the solver did not report a finite one.</summary>
        public double? Bound => double.IsFinite(Solver.BestObjectiveBound) && Status != CpSolverStatus.Infeasible ? Solver.BestObjectiveBound : null;
    }

    /// <summary>
    /// Solves within <paramref name="seconds"/>. Workers: one per core up to 8 (CP-SAT's portfolio needs several to shine,
    /// but the service shares the machine with the HTTP server).
    /// </summary>
    public static Outcome Solve(CpModel model, double seconds, double relativeGap, CancellationToken ct)
    {
        var solver = new CpSolver();
        int workers = Math.Clamp(Environment.ProcessorCount, 1, 8);
        // linearization_level 2: presolve turns x ≤ Σ y into clauses, which only enter the LP relaxation at level 2.
        string parameters = string.Create(CultureInfo.InvariantCulture,
            $"max_time_in_seconds:{Math.Max(seconds, 0.01):0.###} num_workers:{workers} relative_gap_limit:{relativeGap:0.########} linearization_level:2");
        solver.StringParameters = parameters;
        using var registration = ct.Register(solver.StopSearch);
        var status = solver.Solve(model);
        return new Outcome(status, solver);
    }
}
