using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Distance;
using static Kortlaegning.Domain.Tests.Allocation.AllocationFixtures;

namespace Kortlaegning.Domain.Tests.Allocation;

public class LocationAllocationTests
{
    private static AllocationResult Solve(AllocationProblem p) => LocationAllocation.Solve(p, EuclideanDistance.Instance);

    [Theory]
    [InlineData(SolverChoice.Heuristic)]
    [InlineData(SolverChoice.Exact)]
    [InlineData(SolverChoice.Auto)]
    public void MclpOnALineCoversTheTwoHeaviestClusters(SolverChoice solver)
    {
        // Radius 1.5 m. A (x=0.5) reaches d0, d1 → 20; B (x=5) reaches d2 → 30; C (x=11) reaches d3..d5 → 15.
        // Nothing overlaps, so k = 2 takes B then A: 50 of 65. The curve reads 30, then +20.
        var p = new AllocationProblem
        {
            Objective = AllocationObjective.Mclp,
            K = 2,
            RadiusMetres = 1.5,
            Solver = solver,
            Demand = [D("d0", 0, 10), D("d1", 1, 10), D("d2", 5, 30), D("d3", 10, 5), D("d4", 11, 5), D("d5", 12, 5)],
            Candidates = [C("A", 0.5), C("B", 5), C("C", 11)],
        };
        var r = Solve(p);
        Assert.Equal(["B", "A"], r.Selected);
        Assert.Equal(50, r.ObjectiveValue);
        Assert.Equal(50, r.CoveredWeight);
        Assert.Equal(65, r.TotalWeight);
        Assert.Equal([30.0, 50.0], r.Marginal.Select(m => m.ObjectiveValue));
        Assert.Equal([30.0, 20.0], r.Marginal.Select(m => m.Gain));
        // Exact solvers prove it; the heuristic's Lagrangian bound meets its objective here, which proves it too.
        Assert.True(r.Optimal);
        Assert.Equal(0, r.Gap);
    }

    [Fact]
    public void MclpSwapRepairsTheGreedyTrap()
    {
        // Radius 1, weights 8, 10, 10, 10, 8 at x = 0..4. G (x=2) reaches d1..d3 = 30, the best single site;
        // L (x=1) reaches d0..d2 = 28 and R (x=3) reaches d2..d4 = 28. Greedy takes G, then L (+8) = 38.
        // {L, R} covers everything: 46. One swap (G out, R in) gains 8 and reaches it.
        var p = new AllocationProblem
        {
            Objective = AllocationObjective.Mclp,
            K = 2,
            RadiusMetres = 1,
            Solver = SolverChoice.Heuristic,
            Demand = [D("d0", 0, 8), D("d1", 1, 10), D("d2", 2, 10), D("d3", 3, 10), D("d4", 4, 8)],
            Candidates = [C("G", 2), C("L", 1), C("R", 3)],
        };
        var r = Solve(p);
        Assert.Equal(46, r.ObjectiveValue);
        Assert.Equal(["L", "R"], r.Selected.Order());
    }

    [Theory]
    [InlineData(SolverChoice.Heuristic)]
    [InlineData(SolverChoice.Auto)]
    public void PMedianOnALinePicksTheHeavyEndAndThenTheOtherEnd(SolverChoice solver)
    {
        // Demand x = 0 (w 1), 10 (w 1), 20 (w 3); candidates at the same places.
        // k = 1: site 0 costs 10 + 60 = 70, site 10 costs 10 + 30 = 40, site 20 costs 20 + 10 = 30 → site 20, cost 30.
        // k = 2: {0, 20} costs 0 + 10 + 0 = 10 and {10, 20} costs 10 + 0 + 0 = 10; {0, 10} costs 30 → 10.
        var p = new AllocationProblem
        {
            Objective = AllocationObjective.PMedian,
            K = 2,
            Solver = solver,
            Demand = [D("a", 0, 1), D("b", 10, 1), D("c", 20, 3)],
            Candidates = [C("s0", 0), C("s10", 10), C("s20", 20)],
        };
        var r = Solve(p);
        Assert.Equal(10, r.ObjectiveValue, 9);
        Assert.Equal("s20", r.Selected[0]);
        Assert.Equal(30, r.Marginal[0].ObjectiveValue, 9);
        Assert.Equal(20, r.Marginal[1].Gain, 9);
        Assert.Equal(5, r.PerSite.Sum(s => s.AssignedWeight));
    }

    [Theory]
    [InlineData(SolverChoice.Heuristic)]
    [InlineData(SolverChoice.Exact)]
    public void LscpCoversEveryReachablePointAndReportsTheRestAsUncoverable(SolverChoice solver)
    {
        // Radius 1. s1 reaches 0 and 2; s3 reaches 2 and 4; s5 reaches 4 and 6; nothing reaches x = 100 (weight 4).
        // 0 needs s1 and 6 needs s5; together they cover 0, 2, 4, 6 → 2 sites, and 4 of 8 is uncoverable, not infeasible.
        var p = new AllocationProblem
        {
            Objective = AllocationObjective.Lscp,
            RadiusMetres = 1,
            Solver = solver,
            Demand = [D("a", 0, 1), D("b", 2, 1), D("c", 4, 1), D("d", 6, 1), D("far", 100, 4)],
            Candidates = [C("s1", 1), C("s3", 3), C("s5", 5)],
        };
        var r = Solve(p);
        Assert.Equal(2, r.ObjectiveValue);
        Assert.Equal(["s1", "s5"], r.Selected.Order());
        Assert.Equal(4, r.UncoverableWeight);
        Assert.Equal(4, r.CoveredWeight);
    }

    [Fact]
    public void LscpWithACoverageTargetStopsAtTheTarget()
    {
        // Same line, weights 1, 1, 1, 7. s5 alone covers 4 and 6: 8 of 10 ≥ 70 %, so one site is enough.
        var p = new AllocationProblem
        {
            Objective = AllocationObjective.Lscp,
            RadiusMetres = 1,
            CoverageTarget = 0.7,
            Solver = SolverChoice.Auto,
            Demand = [D("a", 0, 1), D("b", 2, 1), D("c", 4, 1), D("d", 6, 7)],
            Candidates = [C("s1", 1), C("s3", 3), C("s5", 5)],
        };
        var r = Solve(p);
        Assert.Equal(["s5"], r.Selected);
        Assert.True(r.Optimal);
    }

    [Theory]
    [InlineData(SolverChoice.Heuristic)]
    [InlineData(SolverChoice.Exact)]
    public void CapacityLimitsWhatASiteServes(SolverChoice solver)
    {
        // A (capacity 10) reaches a and b (10 each); B (capacity 100) reaches only b. With k = 2 the best plan sends a to A
        // and b to B: 20. Without capacities A alone would cover 20; with them each site serves at most its capacity.
        var p = new AllocationProblem
        {
            Objective = AllocationObjective.Mclp,
            K = 2,
            RadiusMetres = 1.5,
            Solver = solver,
            Demand = [D("a", 0, 10), D("b", 2, 10)],
            Candidates = [C("A", 1, capacity: 10), C("B", 3, capacity: 100), C("Z", 50, capacity: 5)],
        };
        var r = Solve(p);
        Assert.All(r.PerSite, s => Assert.True(s.AssignedWeight <= p.Candidates.Single(c => c.Id == s.Id).Capacity + 1e-9));
        Assert.Equal(solver == SolverChoice.Exact ? 20 : r.ObjectiveValue, r.ObjectiveValue);
        Assert.True(r.ObjectiveValue >= 10);
    }

    [Theory]
    [InlineData(AllocationObjective.Mclp, SolverChoice.Heuristic)]
    [InlineData(AllocationObjective.Mclp, SolverChoice.Auto)]
    [InlineData(AllocationObjective.PMedian, SolverChoice.Heuristic)]
    [InlineData(AllocationObjective.PMedian, SolverChoice.Auto)]
    [InlineData(AllocationObjective.Lscp, SolverChoice.Heuristic)]
    [InlineData(AllocationObjective.Lscp, SolverChoice.Auto)]
    public void FixedSitesAreAlwaysSelectedEvenWhenUseless(AllocationObjective objective, SolverChoice solver)
    {
        var p = Random(7, objective) with { K = 3, Solver = solver, Fixed = ["far"] };
        p = p with { Candidates = [.. p.Candidates, C("far", 1e6, 1e6)] };
        var r = Solve(p);
        Assert.Contains("far", r.Selected);
        Assert.Equal("far", r.Selected[0]);
    }

    [Theory]
    [InlineData(AllocationObjective.Mclp, SolverChoice.Heuristic)]
    [InlineData(AllocationObjective.Mclp, SolverChoice.Exact)]
    [InlineData(AllocationObjective.PMedian, SolverChoice.Heuristic)]
    [InlineData(AllocationObjective.PMedian, SolverChoice.Exact)]
    [InlineData(AllocationObjective.Lscp, SolverChoice.Heuristic)]
    [InlineData(AllocationObjective.Lscp, SolverChoice.Exact)]
    public void MinimumSitesPerAreaAreRespected(AllocationObjective objective, SolverChoice solver)
    {
        // The only "island" candidate is far from all demand, so no objective would pick it unasked.
        var p = Random(11, objective) with { K = 2, Solver = solver, Fixed = [] };
        p = p with
        {
            Candidates = [.. p.Candidates, C("island", 5e5, 5e5, area: "island")],
            MinPerArea = new Dictionary<string, int> { ["island"] = 1, ["north"] = 1 },
        };
        var r = Solve(p);
        Assert.Contains("island", r.Selected);
        Assert.Contains(r.Selected, id => p.Candidates.Single(c => c.Id == id).AreaId == "north");
    }

    [Fact]
    public void MarginalCurveEndsAtTheReportedObjective()
    {
        var p = Random(3, AllocationObjective.Mclp, 40, 10) with { K = 3, Solver = SolverChoice.Auto, Fixed = [] };
        var r = Solve(p);
        Assert.Equal(3, r.Marginal.Count);
        Assert.Equal(r.ObjectiveValue, r.Marginal[^1].ObjectiveValue, 9);
        Assert.Equal(r.Selected, r.Marginal.Select(m => m.AddedId));
        Assert.True(r.Marginal.Zip(r.Marginal.Skip(1)).All(t => t.First.Gain >= t.Second.Gain - 1e-9));
    }
}
