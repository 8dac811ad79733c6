using Kortlaegning.Domain.Ranking;
using static Kortlaegning.Domain.Tests.Ranking.RankingData;

namespace Kortlaegning.Domain.Tests.Ranking;

/// <summary>Every request the engine refuses; the API turns each into a 400 naming the field.</summary>
public class RankingValidationTests
{
    private static readonly RankingRequest Valid = OneIndicator(RankingMethod.ZScore, 1, 2, 3);

    private static RankingInputException Refused(RankingRequest request) =>
        Assert.Throws<RankingInputException>(() => CompositeIndex.Compute(request));

    [Fact]
    public void ARequestWithoutIndicatorsIsRefused()
    {
        // Nothing to combine: the score would be 0/0 for every area.
        var error = Refused(Valid with { Indicators = [] });

        Assert.Equal("indicators", error.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void AWeightThatIsNotAPositiveFiniteNumberIsRefused(double weight)
    {
        // Zero or negative weights would silently reverse or drop an indicator; NaN/∞ would poison every score.
        var error = Refused(Valid with { Indicators = [Indicator("x", weight)] });

        Assert.Equal("indicators[0].weight", error.ParamName);
    }

    [Fact]
    public void ADuplicateIndicatorCodeIsRefused()
    {
        // The second "x" would double its weight without anyone seeing it in the weights table.
        var error = Refused(Valid with { Indicators = [Indicator("x"), Indicator("y"), Indicator("x")] });

        Assert.Equal("indicators[2].code", error.ParamName);
    }

    [Fact]
    public void ARequestWithoutAreasIsRefused()
    {
        // An empty scope usually means a wrong level/scope/period upstream; ranking nothing hides that.
        var error = Refused(Valid with { Areas = [] });

        Assert.Equal("areas", error.ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100_001)]
    public void DrawsOutsideZeroToOneHundredThousandAreRefused(int draws)
    {
        // Negative draws are meaningless; above 100,000 the rank store alone would exhaust memory for 2,148 areas.
        var error = Refused(Valid with { Sensitivity = new SensitivityOptions(draws) });

        Assert.Equal("sensitivity.draws", error.ParamName);
    }

    [Fact]
    public void DrawsTimesAreasBeyondOneArrayAreRefused()
    {
        // 30,000 areas × 100,000 draws = 3·10⁹ ranks, more than one .NET array can hold.
        var areas = Enumerable.Range(0, 30_000).Select(a => Area($"{a}", ("x", a))).ToArray();

        var error = Refused(Valid with { Areas = areas, Sensitivity = new SensitivityOptions(100_000) });

        Assert.Equal("sensitivity.draws", error.ParamName);
    }

    [Fact]
    public void ATopNBelowOneIsRefused()
    {
        // A top 0 share would always be 0 and look like a finding.
        var error = Refused(Valid with { TopN = 0 });

        Assert.Equal("topN", error.ParamName);
    }

    [Fact]
    public void ANonFiniteValueIsRefusedBecauseMissingMustBeNull()
    {
        var error = Refused(Valid with { Areas = [Area("A", ("x", double.NaN))] });

        Assert.Equal("areas[0].values.x", error.ParamName);
    }

    [Fact]
    public void EveryBadFieldIsReportedAtOnce()
    {
        var error = Refused(Valid with { Indicators = [Indicator("x", 0)], Areas = [], TopN = 0 });

        Assert.Equal(["indicators[0].weight", "areas", "topN"], error.Errors.Keys);
    }
}
