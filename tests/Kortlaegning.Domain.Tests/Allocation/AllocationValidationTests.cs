using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Distance;
using static Kortlaegning.Domain.Tests.Allocation.AllocationFixtures;

namespace Kortlaegning.Domain.Tests.Allocation;

public class AllocationValidationTests
{
    private static readonly AllocationProblem Valid = new()
    {
        Objective = AllocationObjective.Mclp,
        K = 1,
        RadiusMetres = 100,
        Demand = [D("a", 0, 1)],
        Candidates = [C("s", 0), C("t", 10)],
    };

    private static AllocationValidationException Fails(AllocationProblem p) =>
        Assert.Throws<AllocationValidationException>(() => LocationAllocation.Solve(p, EuclideanDistance.Instance));

    [Fact]
    public void AValidRequestSolves() => Assert.Equal(["s"], LocationAllocation.Solve(Valid, EuclideanDistance.Instance).Selected);

    // Each case names the JSON field the API must point at in its 400 answer.
    [Fact] public void KBelowOneIsRejected() => Assert.Equal("k", Fails(Valid with { K = 0 }).Field);
    [Fact] public void KAboveTheCandidateCountIsRejected() => Assert.Equal("k", Fails(Valid with { K = 3 }).Field);
    [Fact] public void UnknownFixedIdIsRejected() => Assert.Equal("fixed[0]", Fails(Valid with { Fixed = ["nope"] }).Field);
    [Fact] public void MoreFixedSitesThanKIsRejected() => Assert.Equal("fixed", Fails(Valid with { Fixed = ["s", "t"] }).Field);
    [Fact] public void EmptyDemandIsRejected() => Assert.Equal("demand", Fails(Valid with { Demand = [] }).Field);
    [Fact] public void EmptyCandidatesAreRejected() => Assert.Contains(Fails(Valid with { Candidates = [] }).Errors, e => e.Field == "candidates");
    [Fact] public void NegativeWeightIsRejected() => Assert.Equal("demand[0].weight", Fails(Valid with { Demand = [D("a", 0, -1)] }).Field);
    [Fact] public void NonFiniteWeightIsRejected() => Assert.Equal("demand[0].weight", Fails(Valid with { Demand = [D("a", 0, double.NaN)] }).Field);
    [Fact] public void DuplicateDemandIdIsRejected() => Assert.Equal("demand[1].id", Fails(Valid with { Demand = [D("a", 0, 1), D("a", 1, 1)] }).Field);
    [Fact] public void DuplicateCandidateIdIsRejected() => Assert.Equal("candidates[1].id", Fails(Valid with { Candidates = [C("s", 0), C("s", 1)] }).Field);
    [Fact] public void ZeroRadiusIsRejected() => Assert.Equal("radiusMetres", Fails(Valid with { RadiusMetres = 0 }).Field);
    [Fact] public void MissingRadiusIsRejectedForCoverage() => Assert.Equal("radiusMetres", Fails(Valid with { RadiusMetres = null }).Field);
    [Fact]
    public void CoverageTargetOutsideZeroToOneIsRejected() =>
        Assert.Equal("coverageTarget", Fails(Valid with { Objective = AllocationObjective.Lscp, CoverageTarget = 1.5 }).Field);
    [Fact]
    public void AreaMinimumAboveItsCandidatesIsRejected() =>
        Assert.Equal("minPerArea.x", Fails(Valid with { MinPerArea = new Dictionary<string, int> { ["x"] = 1 } }).Field);

    [Fact]
    public void EveryBadFieldIsListedNotJustTheFirst()
    {
        var e = Fails(Valid with { K = 0, RadiusMetres = -1, Demand = [D("a", 0, -1)] });
        Assert.Equal(["demand[0].weight", "k", "radiusMetres"], e.Errors.Select(x => x.Field).Order());
        Assert.False(e.TooLarge);
    }

    [Fact]
    public void TooManyDemandPointsIsMarkedTooLarge()
    {
        var demand = Enumerable.Range(0, AllocationProblem.MaxDemand + 1).Select(i => D($"d{i}", i, 1)).ToArray();
        var e = Fails(Valid with { Demand = demand });
        Assert.True(e.TooLarge);
        Assert.Equal("demand", e.Field);
    }

    [Fact]
    public void TooManyCandidatesIsMarkedTooLarge()
    {
        var candidates = Enumerable.Range(0, AllocationProblem.MaxCandidates + 1).Select(j => C($"c{j}", j)).ToArray();
        Assert.True(Fails(Valid with { Candidates = candidates }).TooLarge);
    }
}
