using System.Diagnostics;
using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Tests.Allocation;

public class TimeLimitTests
{
    // Known failure, kept visible: on the shared 2-core machine these took 5.7 s (MCLP) and 15 s (p-median) while the
    // rest of the suite ran in parallel. The exact phase is cut short, but the radius search, reduction, heuristic and
    // report (p-median marginal curve: k² × n distance calls) are not yet budgeted. See the branch report.
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
