using Kortlaegning.Domain.Allocation;

namespace Kortlaegning.Domain.Tests.Allocation;

public class NeedWeightingTests
{
    [Fact]
    public void TheParishInMostNeedCountsDoubleAndTheLeastCountsOnce()
    {
        var f = NeedWeighting.Factors(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2, ["c"] = 3 });
        Assert.Equal(2.0, f["a"]);
        Assert.Equal(1.5, f["b"]);
        Assert.Equal(1.0, f["c"]);
    }

    [Fact]
    public void TiedParishesShareTheirFactor()
    {
        // Competition ranks 1, 1, 3 among n = 3: q = (3 − 1) / 2 = 1 for both ties.
        var f = NeedWeighting.Factors(new Dictionary<string, int> { ["a"] = 1, ["b"] = 1, ["c"] = 3 });
        Assert.Equal(f["a"], f["b"]);
        Assert.Equal(2.0, f["a"]);
    }

    [Fact]
    public void ASingleScoredParishKeepsFactorOne() =>
        Assert.Equal(1.0, NeedWeighting.Factors(new Dictionary<string, int> { ["a"] = 1 })["a"]);

    [Fact]
    public void AnUnscoredParishOrAPointOutsideEveryParishKeepsItsWeight()
    {
        var f = NeedWeighting.Factors(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 });
        Assert.Equal(10, NeedWeighting.Apply(10, "z", f));
        Assert.Equal(10, NeedWeighting.Apply(10, null, f));
        Assert.Equal(20, NeedWeighting.Apply(10, "a", f));
    }
}
