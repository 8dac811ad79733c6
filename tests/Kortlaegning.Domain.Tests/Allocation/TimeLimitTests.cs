using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Tests.Allocation;

public class TimeLimitTests
{
    /// <summary>
    /// A clock that moves a quarter of a second every time it is read: whatever the machine's load, a one-second limit is
    /// used up after a handful of deadline checks, so the test sees the solver stop by its own clock, never by wall time.
    /// </summary>
    private sealed class SteppingTime : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => 1_000;

        public override long GetTimestamp() => Interlocked.Add(ref _ticks, 250);
    }

    private static AllocationProblem Big(AllocationObjective objective)
    {
        var rng = new Random(42);
        var demand = Enumerable.Range(0, 20_000)
            .Select(i => new DemandPoint($"d{i}", new PlanarPoint(rng.NextDouble() * 20_000, rng.NextDouble() * 20_000), rng.Next(1, 500)))
            .ToArray();
        var sites = Enumerable.Range(0, 1_000)
            .Select(j => new CandidateSite($"c{j}", new PlanarPoint(rng.NextDouble() * 20_000, rng.NextDouble() * 20_000)))
            .ToArray();
        return new AllocationProblem
        {
            Objective = objective,
            K = 30,
            RadiusMetres = 1_200,
            Demand = demand,
            Candidates = sites,
            TimeLimitSeconds = 1,
        };
    }

    // Every phase works to one deadline of the solve's clock (docs/allocation.md, "Time budget"): when the time is up the
    // swaps stop ("greedy"), the exact solver is skipped, and the answer still says what it is, a full selection with a
    // gap against a bound, not a claim of optimality.
    [Theory]
    [InlineData(AllocationObjective.Mclp)]
    [InlineData(AllocationObjective.PMedian)]
    public void WhenTheTimeIsUpTheSolverStopsAndReportsAGreedySelectionWithItsGap(AllocationObjective objective)
    {
        var r = LocationAllocation.Solve(Big(objective), EuclideanDistance.Instance, default, new SteppingTime());
        Assert.Equal(30, r.Selected.Count);
        Assert.Equal("greedy", r.Solver);
        Assert.False(r.Optimal);
        Assert.NotNull(r.Gap);
        Assert.True(r.Gap > 0);
        Assert.True(r.Seconds >= 1, $"the solve's own clock says {r.Seconds} s");
    }

    [Fact]
    public void ACancelledSolveThrowsInsteadOfAnswering()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => LocationAllocation.Solve(Big(AllocationObjective.Mclp), EuclideanDistance.Instance, cts.Token));
    }
}
