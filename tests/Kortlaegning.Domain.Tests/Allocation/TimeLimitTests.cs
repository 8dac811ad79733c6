using System.Diagnostics;
using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Tests.Allocation;

public class TimeLimitTests
{
    // Every phase now works to one deadline (docs/allocation.md, "Time budget"). These took 5.7 s (MCLP) and 15 s
    // (p-median) before; after, 0.6–1.0 s in the Debug build on the shared 2-core machine with the suite in parallel.
    // 2.5 s leaves room for machine load; the result must still say what it is (optimal, or a gap against a bound).
    [Theory]
    [InlineData(AllocationObjective.Mclp)]
    [InlineData(AllocationObjective.PMedian)]
    public void ABigInstanceWithAOneSecondLimitReturnsWithinTwoSeconds(AllocationObjective objective)
    {
        var rng = new Random(42);
        var demand = Enumerable.Range(0, 50_000)
            .Select(i => new DemandPoint($"d{i}", new PlanarPoint(rng.NextDouble() * 20_000, rng.NextDouble() * 20_000), rng.Next(1, 500)))
            .ToArray();
        var sites = Enumerable.Range(0, 2_000)
            .Select(j => new CandidateSite($"c{j}", new PlanarPoint(rng.NextDouble() * 20_000, rng.NextDouble() * 20_000)))
            .ToArray();
        var p = new AllocationProblem
        {
            Objective = objective, K = 30, RadiusMetres = 1_200, Demand = demand, Candidates = sites, TimeLimitSeconds = 1,
        };
        var watch = Stopwatch.StartNew();
        var r = LocationAllocation.Solve(p, EuclideanDistance.Instance);
        watch.Stop();
        Assert.Equal(30, r.Selected.Count);
        Assert.True(watch.Elapsed.TotalSeconds < 2.5, $"took {watch.Elapsed.TotalSeconds:0.00} s");
        if (!r.Optimal) Assert.True(r.Gap is null or > 0);
    }
}
