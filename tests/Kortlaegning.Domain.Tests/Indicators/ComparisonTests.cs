using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Domain.Tests.Indicators;

public class ComparisonTests
{
    private static readonly IndicatorValue Area = new(10, new ConfidenceInterval(8, 12));

    [Theory]
    [InlineData(5, Polarity.HighIsGood, ComparisonOutcome.Better)]
    [InlineData(5, Polarity.LowIsGood, ComparisonOutcome.Worse)]
    [InlineData(5, Polarity.NoJudgement, ComparisonOutcome.Higher)]
    [InlineData(15, Polarity.HighIsGood, ComparisonOutcome.Worse)]
    [InlineData(15, Polarity.LowIsGood, ComparisonOutcome.Better)]
    [InlineData(15, Polarity.NoJudgement, ComparisonOutcome.Lower)]
    [InlineData(11, Polarity.HighIsGood, ComparisonOutcome.Similar)]
    [InlineData(11, Polarity.NoJudgement, ComparisonOutcome.Similar)]
    public void IntervalExcludingTheComparatorIsJudgedByPolarity(double comparator, Polarity polarity, ComparisonOutcome expected) =>
        Assert.Equal(expected, Comparison.Compare(Area, comparator, polarity));

    // Fingertips treats a limit equal to the comparator as overlapping it.
    [Fact]
    public void IntervalTouchingTheComparatorIsSimilar() =>
        Assert.Equal(ComparisonOutcome.Similar, Comparison.Compare(Area, 12, Polarity.LowIsGood));

    // 10/100 has a Wilson 95 % interval of 5.52–17.44 %: 20 % lies above it, 15 % inside it.
    [Fact]
    public void MissingIntervalIsComputedFromTheCounts()
    {
        var area = new IndicatorValue(10, Numerator: 10, Denominator: 100);
        Assert.Equal(ComparisonOutcome.Better, Comparison.Compare(area, 20, Polarity.LowIsGood));
        Assert.Equal(ComparisonOutcome.Similar, Comparison.Compare(area, 15, Polarity.LowIsGood));
    }

    // At 99.8 % (3.97–23.01 %) the same 20 % comparator is no longer significantly different.
    [Fact]
    public void StricterLevelCanTurnADifferenceIntoSimilar()
    {
        var area = new IndicatorValue(10, Numerator: 10, Denominator: 100);
        Assert.Equal(ComparisonOutcome.Similar, Comparison.Compare(area, 20, Polarity.LowIsGood, WilsonInterval.Z998));
    }

    [Fact]
    public void NothingToBuildAnIntervalFromIsNotCompared()
    {
        Assert.Equal(ComparisonOutcome.NotCompared, Comparison.Compare(new IndicatorValue(10), 20, Polarity.LowIsGood));
        Assert.Equal(ComparisonOutcome.NotCompared, Comparison.Compare(new IndicatorValue(10, Numerator: 3), 20, Polarity.LowIsGood));
    }

    [Fact]
    public void MissingValueOrComparatorIsNotCompared()
    {
        Assert.Equal(ComparisonOutcome.NotCompared, Comparison.Compare(new IndicatorValue(null, new ConfidenceInterval(1, 2)), 5, Polarity.HighIsGood));
        Assert.Equal(ComparisonOutcome.NotCompared, Comparison.Compare(Area, null, Polarity.HighIsGood));
    }
}
