using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Tests.Allocation;

public class CoverageComparisonTests
{
    // Demand on a line at x = 0, 1000, 2000 m with weights 1, 10, 100.
    private static readonly DemandPoint[] Demand =
    [
        new("p0", new PlanarPoint(0, 0), 1),
        new("p1", new PlanarPoint(1000, 0), 10),
        new("p2", new PlanarPoint(2000, 0), 100),
    ];

    [Fact]
    public void SitesWithinOneMetreAreSharedWhateverTheirIds()
    {
        var r = CoverageComparison.Compare([new("a1", new(0, 0)), new("a2", new(1000, 0))], 100,
            [new("b1", new(0.5, 0)), new("b2", new(2000, 0))], 100, Demand, EuclideanDistance.Instance);
        Assert.Equal(["a1"], r.Shared);
        Assert.Equal(["a2"], r.OnlyA);
        Assert.Equal(["b2"], r.OnlyB);
    }

    [Fact]
    public void NewlyCoveredIsTheWeightBCoversAndANotAndNoLongerCoveredTheReverse()
    {
        // A covers p0 and p1 (radius 1000 from x = 0 … only p0, p1); B covers p2 only (radius 100 from x = 2000).
        var r = CoverageComparison.Compare([new("a", new(0, 0))], 1000, [new("b", new(2000, 0))], 100, Demand, EuclideanDistance.Instance);
        Assert.Equal(100, r.NewlyCoveredWeight);
        Assert.Equal(1, r.NewlyCoveredPoints);
        Assert.Equal(11, r.NoLongerCoveredWeight);
        Assert.Equal(2, r.NoLongerCoveredPoints);
    }

    [Fact]
    public void ASelectionWithoutARadiusCoversNobody()
    {
        var r = CoverageComparison.Compare([new("a", new(0, 0))], null, [new("b", new(0, 0))], 10, Demand, EuclideanDistance.Instance);
        Assert.Equal(1, r.NewlyCoveredWeight);
        Assert.Equal(0, r.NoLongerCoveredWeight);
    }
}
