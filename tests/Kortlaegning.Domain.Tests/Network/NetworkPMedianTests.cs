using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Tests.Network;

public class NetworkPMedianTests
{
    /// <summary>
    /// A demand point no street reaches would make every p-median selection cost +∞ (objective Infinity, gap NaN, as the
    /// street-network benchmark first showed). It is left out of the objective and reported as uncoverable weight; the rest
    /// is priced on foot: from (100, 0) the far bank is 300 + 200 + 300 = 800 m away over the bridge.
    /// </summary>
    [Fact]
    public void DemandNoStreetReachesIsReportedAndTheRestIsPricedOnFoot()
    {
        var problem = new AllocationProblem
        {
            Objective = AllocationObjective.PMedian,
            K = 1,
            Demand =
            [
                new DemandPoint("west", RiverGrid.At(0, 0), 6),
                new DemandPoint("east", RiverGrid.At(3, 0), 5),
                new DemandPoint("far away", new PlanarPoint(150, 2_000), 7),
            ],
            Candidates = [new CandidateSite("c-west", RiverGrid.At(1, 0)), new CandidateSite("c-east", RiverGrid.At(3, 1))],
            Solver = SolverChoice.Exact,
        };
        var result = LocationAllocation.Solve(problem, RiverGrid.Provider());
        Assert.Equal(["c-west"], result.Selected);
        Assert.Equal(6 * 100 + 5 * 800, result.ObjectiveValue, 6);
        Assert.True(result.Optimal);
        Assert.Equal(7, result.UncoverableWeight);
        Assert.Equal(18, result.TotalWeight);
    }
}
