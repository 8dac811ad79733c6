using Kortlaegning.Domain.OwnAreas;

namespace Kortlaegning.Domain.Tests.OwnAreas;

public class ResidentEstimatorTests
{
    private const double Cell = 1_000_000; // 1 km² in m²

    private static Dictionary<string, double> Areas(params (string Code, double M2)[] a) => a.ToDictionary(x => x.Code, x => x.M2);

    [Fact]
    public void AnAreaCoveringAQuarterOfACellGetsAQuarterOfItsResidents()
    {
        var e = ResidentEstimator.Estimate([new CellOverlap("a", 1, 400, Cell, 250_000)], new Dictionary<string, int?>(), Areas(("a", 250_000))).Single();
        Assert.Equal(100, e.Residents);
        Assert.Equal("grid, by area", e.Method);
        Assert.Null(e.Warning);
    }

    [Fact]
    public void TwoAreasInOneCellShareItsCoveredResidentsByHomes()
    {
        // Together they cover 40 % of a cell of 1,000 residents: 400 residents, split 3:1 by homes (30 and 10), not 1:1 by area.
        var overlaps = new[] { new CellOverlap("a", 1, 1000, Cell, 200_000), new CellOverlap("b", 1, 1000, Cell, 200_000) };
        var homes = new Dictionary<string, int?> { ["a"] = 30, ["b"] = 10 };
        var e = ResidentEstimator.Estimate(overlaps, homes, Areas(("a", 200_000), ("b", 200_000)));
        Assert.Equal(300, e.Single(x => x.Code == "a").Residents);
        Assert.Equal(100, e.Single(x => x.Code == "b").Residents);
        Assert.All(e, x => Assert.Equal("grid, apportioned by homes", x.Method));
    }

    [Fact]
    public void WithoutHomesForEveryAreaInACellTheSplitIsByArea()
    {
        var overlaps = new[] { new CellOverlap("a", 1, 1000, Cell, 300_000), new CellOverlap("b", 1, 1000, Cell, 100_000) };
        var homes = new Dictionary<string, int?> { ["a"] = 30, ["b"] = null };
        var e = ResidentEstimator.Estimate(overlaps, homes, Areas(("a", 300_000), ("b", 100_000)));
        Assert.Equal(300, e.Single(x => x.Code == "a").Residents);
        Assert.Equal(100, e.Single(x => x.Code == "b").Residents);
    }

    [Fact]
    public void AnAreaStraddlingTwoCellsSumsItsParts()
    {
        var overlaps = new[] { new CellOverlap("a", 1, 100, Cell, 500_000), new CellOverlap("a", 2, 200, Cell, 500_000) };
        var e = ResidentEstimator.Estimate(overlaps, new Dictionary<string, int?>(), Areas(("a", 1_000_000))).Single();
        Assert.Equal(150, e.Residents);
    }

    [Fact]
    public void ADepartmentMuchSmallerThanItsCellIsWarnedAbout()
    {
        // A 100 m × 100 m block of flats: 1 % of its cell.
        var e = ResidentEstimator.Estimate([new CellOverlap("small", 1, 2000, Cell, 10_000)], new Dictionary<string, int?>(), Areas(("small", 10_000))).Single();
        Assert.Equal(20, e.Residents);
        Assert.NotNull(e.Warning);
        Assert.Contains("1 km", e.Warning);
    }

    [Fact]
    public void OverlapsBeyondTheCellNeverCountMoreThanItsResidents()
    {
        // Overlapping areas drawn on top of each other cover 150 % of the cell in sum: the cell still gives 500 only.
        var overlaps = new[] { new CellOverlap("a", 1, 500, Cell, 1_000_000), new CellOverlap("b", 1, 500, Cell, 500_000) };
        var e = ResidentEstimator.Estimate(overlaps, new Dictionary<string, int?>(), Areas(("a", 1_000_000), ("b", 500_000)));
        Assert.Equal(500, e.Sum(x => x.Residents));
    }
}
