using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Domain.Tests.Indicators;

public class ProfileComparisonTests
{
    // 10/100 = 10 %: Wilson 95 % interval 5.52–17.44 %.
    [Fact]
    public void APercentageWithCountsIsJudgedOnItsWilsonInterval()
    {
        var area = new IndicatorValue(10, Numerator: 10, Denominator: 100);
        Assert.Equal(ComparisonOutcome.Better, ProfileComparison.Compare(area, 20, Polarity.LowIsGood, "percent"));
        Assert.Equal(ComparisonOutcome.Similar, ProfileComparison.Compare(area, 15, Polarity.LowIsGood, "percent"));
    }

    // 10/100 per 1,000 is 100 ‰ with the interval scaled by 1,000: 55.2–174.4.
    [Fact]
    public void ARatePerThousandScalesItsIntervalByAThousand() =>
        Assert.Equal(ComparisonOutcome.Worse, ProfileComparison.Compare(new IndicatorValue(100, Numerator: 10, Denominator: 100), 40, Polarity.LowIsGood, "per_1000"));

    [Fact]
    public void ACountWithoutAnIntervalIsNotCompared() =>
        Assert.Equal(ComparisonOutcome.NotCompared, ProfileComparison.Compare(new IndicatorValue(10, Numerator: 10, Denominator: 100), 50, Polarity.LowIsGood, "count"));

    [Fact]
    public void AValueInYearsWithItsOwnIntervalIsCompared() =>
        Assert.Equal(ComparisonOutcome.Better, ProfileComparison.Compare(new IndicatorValue(82, new ConfidenceInterval(81, 83)), 80, Polarity.HighIsGood, "years"));

    [Fact]
    public void WithoutAComparatorValueNothingIsCompared() =>
        Assert.Equal(ComparisonOutcome.NotCompared, ProfileComparison.Compare(new IndicatorValue(10, new ConfidenceInterval(8, 12)), null, Polarity.LowIsGood, "percent"));

    [Fact]
    public void WithoutTheAreasOwnValueNothingIsCompared() =>
        Assert.Equal(ComparisonOutcome.NotCompared, ProfileComparison.Compare(new IndicatorValue(null), 10, Polarity.LowIsGood, "percent"));
}
