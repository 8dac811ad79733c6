using Google.OrTools.LinearSolver;
using Kortlaegning.Domain.Allocation;
using static Kortlaegning.Domain.Tests.Allocation.AllocationFixtures;

namespace Kortlaegning.Domain.Tests.Allocation;

/// <summary>
/// The LP relaxation solved as its dual (<see cref="MclpLp"/>) against the primal LP written out here as Church &amp;
/// ReVelle state it, on MclpExactTests' 40 seeded instances (a third with an area minimum), each also with a fixed site.
/// </summary>
public class MclpLpTests
{
    public static TheoryData<int> Seeds() => SeedData(40);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ValueAndYAreThoseOfThePrimalLp(int seed)
    {
        var plain = MclpExactTests.Cover(MclpExactTests.Instance(seed));
        var fix = new bool[plain.SiteCount];
        fix[seed % plain.SiteCount] = true;
        var withFixed = new CoverInstance(plain.Weight, plain.NodeStart, plain.NodeSites, plain.SiteCount, plain.Constraints with { Fixed = fix });
        foreach (var inst in new[] { plain, withFixed })
        {
            var lp = MclpLp.Solve(inst, 10, default);
            // A fixed site outside the area with a minimum can leave too few sites for it: then neither LP has a solution.
            if (PrimalLp(inst) is not { } primal)
            {
                Assert.Null(lp);
                continue;
            }
            Assert.NotNull(lp);
            Assert.Equal(primal, lp.Value, 1e-6 * Math.Max(1, primal));
            // The y read from the rows' duals is a primal optimum: feasible, and worth the LP value.
            var c = inst.Constraints;
            Assert.Equal(c.K, lp.Y.Sum(), 1e-6);
            Assert.All(Enumerable.Range(0, inst.SiteCount).Where(s => c.Fixed[s]), s => Assert.Equal(1, lp.Y[s], 1e-9));
            for (int a = 0; a < c.AreaMin.Length; a++)
            {
                Assert.True(Enumerable.Range(0, inst.SiteCount).Where(s => c.Area[s] == a).Sum(s => lp.Y[s]) >= c.AreaMin[a] - 1e-6, $"area {a} below its minimum");
            }
            double covered = Enumerable.Range(0, inst.NodeCount).Sum(i => inst.Weight[i] * Math.Min(1, Sum(inst.SitesOf(i), lp.Y)));
            Assert.Equal(lp.Value, covered, 1e-6 * Math.Max(1, covered));
        }
    }

    /// <summary>Null when infeasible; max Σ w_i x_i, x_i ≤ Σ_{j∈N_i} y_j, Σ y = K, area minimums, fixed sites at 1, 0 ≤ x, y ≤ 1.</summary>
    private static double? PrimalLp(CoverInstance inst)
    {
        using var solver = Solver.CreateSolver("GLOP");
        var c = inst.Constraints;
        var y = Enumerable.Range(0, inst.SiteCount).Select(s => solver.MakeNumVar(c.Fixed[s] ? 1 : 0, 1, "")).ToArray();
        var count = solver.MakeConstraint(c.K, c.K);
        foreach (var v in y) count.SetCoefficient(v, 1);
        for (int a = 0; a < c.AreaMin.Length; a++)
        {
            var area = solver.MakeConstraint(c.AreaMin[a], double.PositiveInfinity);
            for (int s = 0; s < inst.SiteCount; s++) if (c.Area[s] == a) area.SetCoefficient(y[s], 1);
        }
        var objective = solver.Objective();
        for (int i = 0; i < inst.NodeCount; i++)
        {
            var x = solver.MakeNumVar(0, 1, "");
            objective.SetCoefficient(x, inst.Weight[i]);
            var link = solver.MakeConstraint(double.NegativeInfinity, 0);
            link.SetCoefficient(x, 1);
            foreach (int s in inst.SitesOf(i)) link.SetCoefficient(y[s], -1);
        }
        objective.SetMaximization();
        return solver.Solve() == Solver.ResultStatus.OPTIMAL ? objective.Value() : null;
    }

    private static double Sum(ReadOnlySpan<int> sites, double[] y)
    {
        double sum = 0;
        foreach (int s in sites) sum += y[s];
        return sum;
    }
}
