using System.Diagnostics;
using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Distance;
using static Kortlaegning.Domain.Tests.Allocation.AllocationFixtures;

namespace Kortlaegning.Domain.Tests.Allocation;

/// <summary>The p-median Lagrangian bound against brute force on 50 seeded instances (12 demand points, 7 candidates).</summary>
public class PMedianBoundTests
{
    public static TheoryData<int> Seeds() => SeedData(50);

    private static PMedianInstance Instance(AllocationProblem p, int neighbours)
    {
        var input = new AllocationInput(p, EuclideanDistance.Instance);
        return PMedianInstance.Build(input.DemandPoints, input.Weights, input.SitePoints, EuclideanDistance.Instance, neighbours, input.Constraints);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheBoundNeverExceedsTheOptimumAndTheBestSelectionIsReal(int seed)
    {
        var p = Random(seed, AllocationObjective.PMedian);
        double least = Subsets(p, exactlyK: true).Min(s => Cost(p, s));
        foreach (int neighbours in new[] { 0, 2 })
        {
            var inst = Instance(p, neighbours);
            var start = PMedianHeuristic.Solve(inst, long.MaxValue, swap: false);
            var r = PMedianBound.Solve(inst, start, Stopwatch.GetTimestamp() + Stopwatch.Frequency);
            Assert.True(r.Bound <= least + 1e-6, $"neighbours {neighbours}: bound {r.Bound} above the optimum {least}");
            Assert.True(r.Best.Objective <= start.Objective + 1e-9);
            Assert.Equal(inst.SparseCost(r.Best.Sites), r.Best.Objective, 6);
        }
    }

    /// <summary>On complete lists the p-median LP is nearly always integral on instances this small: the bound should meet it.</summary>
    [Fact]
    public void OnSmallCompleteInstancesTheBoundMostlyClosesTheGap()
    {
        int closed = 0;
        for (int seed = 1; seed <= 50; seed++)
        {
            var p = Random(seed, AllocationObjective.PMedian);
            double least = Subsets(p, exactlyK: true).Min(s => Cost(p, s));
            var inst = Instance(p, 0);
            var r = PMedianBound.Solve(inst, PMedianHeuristic.Solve(inst, long.MaxValue), Stopwatch.GetTimestamp() + Stopwatch.Frequency);
            if (least - r.Bound <= 1e-3 * least) closed++;
        }
        Assert.True(closed >= 40, $"bound within 0.1 % of the optimum on {closed} of 50");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void PMedianAnswersReportAProvenGap(int seed)
    {
        var p = Random(seed, AllocationObjective.PMedian) with { Solver = SolverChoice.Heuristic };
        var r = LocationAllocation.Solve(p, EuclideanDistance.Instance);
        double least = Subsets(p, exactlyK: true).Min(s => Cost(p, s));
        Assert.NotNull(r.Gap);
        Assert.True(r.Bound <= least + 1e-6);
        if (r.Optimal) Assert.Equal(least, r.ObjectiveValue, 6);
    }
}
