using Google.OrTools.LinearSolver;

namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// The LP relaxation of the uncapacitated MCLP, solved as its dual with GLOP's dual simplex. The dual has one row per
/// site and one column per node (the Lagrangian of <see cref="CoverBound"/> written as an LP):
/// <code>
/// min Σ_i (w_i − λ_i) + Σ_{j fixed} c_j + (K − F) μ − Σ_a m'_a σ_a + Σ_{j free} v_j
/// s.t. v_j + μ − σ_{a(j)} − c_j ≥ 0 for each free site j,   c_j = Σ_{i∈N_j} λ_i,   0 ≤ λ_i ≤ w_i,  v, σ ≥ 0,  μ free
/// </code>
/// (F fixed sites, m'_a an area's minimum less its fixed sites). The primal, one row per node, has a basis of the node
/// count; this one a basis of the site count, which on dense instances is what makes it fast: on B Odder (33,028 nodes,
/// 1,942 sites, 1.24 M nonzeros) GLOP's primal simplex on the primal needed 220 s, the dual simplex on this form 7 s
/// (docs/benchmarks.md). The y_j are the rows' duals.
/// </summary>
internal static class MclpLp
{
    /// <summary>An optimal LP relaxation: its value, the y_j, and the multipliers λ_i (the primal's duals).</summary>
    public sealed record Relaxation(double Value, double[] Y, double[] Lambda);

    /// <summary>
    /// The dual simplex: on B Odder GLOP's primal simplex on this form had not finished after 120 s (the dual simplex: 7 s).
    /// </summary>
    private const string DualSimplex = "use_dual_simplex:true";

    /// <summary>The LP relaxation, or null if the solver did not prove it optimal within <paramref name="seconds"/>.</summary>
    public static Relaxation? Solve(CoverInstance inst, double seconds, CancellationToken ct, string solverId = "GLOP", string? parameters = null)
    {
        using var solver = Solver.CreateSolver(solverId);
        if (solver is null) return null;
        if ((parameters ?? (solverId == "GLOP" ? DualSimplex : null)) is { } p) solver.SetSolverSpecificParametersAsString(p);
        var c = inst.Constraints;
        int n = inst.NodeCount, m = inst.SiteCount;
        var objective = solver.Objective();
        var lambda = new Variable[n];
        // A node's λ is worth −1 (it lowers Σ (w − λ)), plus 1 for each fixed site covering it (c_j of a site always open).
        for (int i = 0; i < n; i++)
        {
            lambda[i] = solver.MakeNumVar(0, inst.Weight[i], "");
            double coefficient = -1;
            foreach (int s in inst.SitesOf(i)) if (c.Fixed[s]) coefficient++;
            objective.SetCoefficient(lambda[i], coefficient);
        }
        int fixedCount = c.Fixed.Count(f => f);
        var mu = solver.MakeNumVar(double.NegativeInfinity, double.PositiveInfinity, "");
        objective.SetCoefficient(mu, c.K - fixedCount);
        var sigma = new Variable?[c.AreaMin.Length];
        for (int a = 0; a < sigma.Length; a++)
        {
            int left = c.AreaMin[a] - Enumerable.Range(0, m).Count(s => c.Fixed[s] && c.Area[s] == a);
            if (left <= 0) continue;
            sigma[a] = solver.MakeNumVar(0, double.PositiveInfinity, "");
            objective.SetCoefficient(sigma[a], -left);
        }
        var rows = new Constraint?[m];
        for (int s = 0; s < m; s++)
        {
            if (c.Fixed[s]) continue;
            var v = solver.MakeNumVar(0, double.PositiveInfinity, "");
            objective.SetCoefficient(v, 1);
            var row = rows[s] = solver.MakeConstraint(0, double.PositiveInfinity);
            row.SetCoefficient(v, 1);
            row.SetCoefficient(mu, 1);
            if (c.Area[s] >= 0 && sigma[c.Area[s]] is { } area) row.SetCoefficient(area, -1);
            foreach (int i in inst.NodesOf(s)) row.SetCoefficient(lambda[i], -1);
        }
        objective.SetMinimization();
        solver.SetTimeLimit((long)(Math.Max(seconds, 0.01) * 1000));
        using var registration = ct.Register(() => solver.InterruptSolve());
        if (solver.Solve() != Solver.ResultStatus.OPTIMAL) return null;
        // The rows' duals are the y_j (≥ 0 for a ≥ row of a minimisation; the sign convention is the solver's, hence Abs).
        var y = rows.Select((row, s) => row is null ? 1.0 : Math.Clamp(Math.Abs(row.DualValue()), 0, 1)).ToArray();
        return new Relaxation(inst.Weight.Sum() + objective.Value(), y, lambda.Select(l => l.SolutionValue()).ToArray());
    }
}
