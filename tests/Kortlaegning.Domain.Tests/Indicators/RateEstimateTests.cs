using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Domain.Tests.Indicators;

public class RateEstimateTests
{
    // Two whole cells of 100 and 300 residents with 10 % and 20 %: (100·10 + 300·20) / 400 = 17.5 %.
    [Fact]
    public void TheRateIsThePopulationWeightedMeanOfTheCellsValues()
    {
        var estimate = RateEstimate.For(
            [(1, new GridPiece(0, 100, 1, 1, null)), (2, new GridPiece(1, 300, 1, 1, null))],
            new Dictionary<int, CellAreaValue> { [1] = new("parish", "2021", 10), [2] = new("parish", "2021", 20) });
        Assert.Equal(17.5, estimate.Value!.Value, 9);
        Assert.Equal(1, estimate.Coverage);
        Assert.Equal(("parish", "2021"), (estimate.SourceLevel, estimate.Period));
    }

    // Half of the first cell lies inside: 50 residents without a value, 300 with: coverage 300/350 = 0.8571.
    [Fact]
    public void ACellWithoutAValueLowersTheCoverageButNotTheMean()
    {
        var estimate = RateEstimate.For(
            [(1, new GridPiece(0, 100, 0.5, 1, null)), (2, new GridPiece(1, 300, 1, 1, null))],
            new Dictionary<int, CellAreaValue> { [2] = new("municipality", "2021", 20) });
        Assert.Equal(20, estimate.Value!.Value, 9);
        Assert.Equal(0.8571, estimate.Coverage);
    }

    [Fact]
    public void TheSourceIsTheLevelAndPeriodMostCellsTookTheirValueFrom()
    {
        var estimate = RateEstimate.For(
            [(1, new GridPiece(0, 1, 1, 1, null)), (2, new GridPiece(1, 1, 1, 1, null)), (3, new GridPiece(2, 1, 1, 1, null))],
            new Dictionary<int, CellAreaValue> { [1] = new("municipality", "2020", 1), [2] = new("parish", "2021", 1), [3] = new("parish", "2021", 1) });
        Assert.Equal(("parish", "2021"), (estimate.SourceLevel, estimate.Period));
    }

    [Fact]
    public void NoCellsWithValuesGiveNoValueAndNoSource()
    {
        var estimate = RateEstimate.For([(1, new GridPiece(0, 100, 1, 1, null))], new Dictionary<int, CellAreaValue>());
        Assert.Null(estimate.Value);
        Assert.Equal(0, estimate.Coverage);
        Assert.Null(estimate.SourceLevel);
    }
}
