using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Distance;
using static Kortlaegning.Domain.Tests.Allocation.AllocationFixtures;

namespace Kortlaegning.Domain.Tests.Allocation;

/// <summary>Property tests over 50 seeded random instances per objective: 12 demand points, 7 candidates, k 1..3.</summary>
public class ExactVersusBruteForceTests
{
    public static TheoryData<int> Seeds() => SeedData(50);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ExactMclpEqualsBruteForce(int seed)
    {
        var p = Random(seed, AllocationObjective.Mclp);
        var r = LocationAllocation.Solve(p, EuclideanDistance.Instance);
        double best = Subsets(p, exactlyK: true).Max(s => Covered(p, s));
        Assert.True(r.Optimal);
        Assert.Equal(best, r.ObjectiveValue, 9);
        Assert.Equal(0, r.Gap);
    }

    /// <summary>The heuristic's own bounds (Lagrangian / submodular) never cut off the optimum, and "optimal" from them is true.</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void HeuristicBoundsHoldTheOptimum(int seed)
    {
        var mclp = Random(seed, AllocationObjective.Mclp) with { Solver = SolverChoice.Heuristic };
        var r = LocationAllocation.Solve(mclp, EuclideanDistance.Instance);
        double most = Subsets(mclp, exactlyK: true).Max(s => Covered(mclp, s));
        Assert.NotNull(r.Bound);
        Assert.True(r.Bound >= most - 1e-6, $"MCLP bound {r.Bound} below optimum {most}");
        if (r.Optimal) Assert.Equal(most, r.ObjectiveValue, 9);

        var pmedian = Random(seed, AllocationObjective.PMedian) with { Solver = SolverChoice.Heuristic };
        r = LocationAllocation.Solve(pmedian, EuclideanDistance.Instance);
        double least = Subsets(pmedian, exactlyK: true).Min(s => Cost(pmedian, s));
        Assert.NotNull(r.Bound);
        Assert.True(r.Bound <= least + 1e-6, $"p-median bound {r.Bound} above optimum {least}");
        if (r.Optimal) Assert.Equal(least, r.ObjectiveValue, 6);
        Assert.True(r.Gap is >= 0 and <= 1);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ExactPMedianEqualsBruteForce(int seed)
    {
        var p = Random(seed, AllocationObjective.PMedian);
        var r = LocationAllocation.Solve(p, EuclideanDistance.Instance);
        double best = Subsets(p, exactlyK: true).Min(s => Cost(p, s));
        Assert.True(r.Optimal);
        Assert.Equal(best, r.ObjectiveValue, 6);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SparsePMedianBoundNeverExceedsTheBruteForceOptimum(int seed)
    {
        // Two neighbours per demand point: the exact model is a relaxation, so its bound must stay below the true optimum.
        var p = Random(seed, AllocationObjective.PMedian) with { PMedianNeighbours = 2 };
        var r = LocationAllocation.Solve(p, EuclideanDistance.Instance);
        double best = Subsets(p, exactlyK: true).Min(s => Cost(p, s));
        Assert.NotNull(r.Bound);
        Assert.True(r.Bound <= best * (1 + 1e-6) + 1e-6, $"bound {r.Bound} > optimum {best}");
        Assert.True(r.ObjectiveValue >= best - 1e-6);
        if (r.Optimal) Assert.Equal(best, r.ObjectiveValue, 6);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ExactLscpEqualsBruteForce(int seed)
    {
        var p = Random(seed, AllocationObjective.Lscp);
        var r = LocationAllocation.Solve(p, EuclideanDistance.Instance);
        double coverable = Covered(p, Enumerable.Range(0, p.Candidates.Count).ToArray());
        int best = Subsets(p, exactlyK: false).Where(s => Covered(p, s) >= coverable - 1e-9).Min(s => s.Length);
        Assert.True(r.Optimal);
        Assert.Equal(best, r.ObjectiveValue);
        Assert.Equal(coverable, r.CoveredWeight, 9);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void HeuristicIsNeverWorseThanPlainGreedy(int seed)
    {
        var p = Random(seed, AllocationObjective.Mclp, 30, 10) with { Solver = SolverChoice.Heuristic };
        var r = LocationAllocation.Solve(p, EuclideanDistance.Instance);
        Assert.True(r.ObjectiveValue >= Covered(p, PlainGreedy(p)) - 1e-9);
        Assert.True(r.ObjectiveValue <= Subsets(p, exactlyK: true).Max(s => Covered(p, s)) + 1e-9);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ReductionPreservesTheOptimum(int seed)
    {
        var p = Random(seed, AllocationObjective.Mclp, 30, 9);
        var inst = new AllocationInput(p, EuclideanDistance.Instance).CoverInstance();
        var reduced = CoverReduction.Reduce(inst, keepK: true);
        Assert.Equal(BruteForce(inst).Value, BruteForce(reduced.Instance).Value, 9);
    }

    /// <summary>Fixed sites, then the largest coverage gain (lowest index on ties) until k.</summary>
    private static List<int> PlainGreedy(AllocationProblem p)
    {
        var chosen = p.Fixed.Select(id => p.Candidates.ToList().FindIndex(c => c.Id == id)).ToList();
        while (chosen.Count < p.K)
        {
            int best = Enumerable.Range(0, p.Candidates.Count).Where(j => !chosen.Contains(j))
                .MaxBy(j => Covered(p, [.. chosen, j]));
            chosen.Add(best);
        }
        return chosen;
    }
}
