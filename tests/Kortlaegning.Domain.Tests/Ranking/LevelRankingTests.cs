using Kortlaegning.Domain.Indicators;
using Kortlaegning.Domain.Ranking;

namespace Kortlaegning.Domain.Tests.Ranking;

public class LevelRankingTests
{
    private static readonly (string Code, string Name)[] Areas = [("a", "A"), ("b", "B")];

    private static LevelRankingInput Input(IReadOnlyList<LevelValue> values, string? period = null, string? indicatorPeriod = null, SensitivityOptions? sensitivity = null) =>
        new("parish", Areas, values, [new ChosenIndicator("x", 1, Polarity.LowIsGood, Period: indicatorPeriod, LevelsWithValues: ["parish"])], period, Sensitivity: sensitivity);

    private static readonly LevelValue[] TwoPeriods =
    [
        new("a", "x", "2020", 1), new("b", "x", "2020", 9),
        new("a", "x", "2021", 9), new("b", "x", "2021", 1),
    ];

    [Fact]
    public void WithoutAPeriodTheLatestIsUsed()
    {
        var result = LevelRanking.Rank(Input(TwoPeriods));
        Assert.Equal("2021", result.Periods["x"]);
        Assert.Equal("a", result.Result.Areas[0].Code); // low is good: 9 is the most need
        Assert.Equal(9, result.Values["a"]["x"]);
    }

    [Fact]
    public void TheIndicatorsOwnPeriodWinsOverTheRequests()
    {
        var result = LevelRanking.Rank(Input(TwoPeriods, period: "2021", indicatorPeriod: "2020"));
        Assert.Equal("2020", result.Periods["x"]);
        Assert.Equal("b", result.Result.Areas[0].Code);
    }

    [Fact]
    public void APeriodWithoutValuesIsRefusedWithThePeriodsThereAre()
    {
        var e = Assert.Throws<RankingInputException>(() => LevelRanking.Rank(Input(TwoPeriods, period: "1999")));
        Assert.Contains("2020, 2021", e.Errors["indicators[0].period"][0]);
    }

    [Fact]
    public void AnIndicatorWithoutValuesAtTheLevelIsRefused()
    {
        var e = Assert.Throws<RankingInputException>(() => LevelRanking.Rank(Input([])));
        Assert.True(e.Errors.ContainsKey("indicators[0].code"));
    }

    [Fact]
    public void TheGridPopulationIsPreferredOverTheRegisterCount()
    {
        LevelValue[] values = [.. TwoPeriods, new("a", "dst.population", "2024", 5000), new("a", "grid.population", "2021", 40)];
        var result = LevelRanking.Rank(Input(values));
        Assert.Contains("small_population", result.Result.Areas.Single(a => a.Code == "a").Flags);
    }

    [Fact]
    public void ASuppressedValueIsReportedAsSuppressed()
    {
        LevelValue[] values = [new("a", "x", "2021", null, Suppressed: true), new("b", "x", "2021", 1)];
        var result = LevelRanking.Rank(Input(values));
        Assert.Null(result.Values["a"]["x"]);
        Assert.Contains("x", result.Result.Areas.Single(a => a.Code == "a").MissingIndicators);
    }

    [Fact]
    public void IndicatorsFromDifferentPeriodsAreNoted()
    {
        var input = Input([.. TwoPeriods, new("a", "y", "2019", 1), new("b", "y", "2019", 2)]) with
        {
            Indicators = [new ChosenIndicator("x", 1, Polarity.LowIsGood), new ChosenIndicator("y", 1, Polarity.LowIsGood)],
        };
        Assert.Contains(LevelRanking.Rank(input).Notes, n => n.StartsWith("Indicators come from different periods", StringComparison.Ordinal));
    }

    [Fact]
    public void ACancelledRequestStopsTheSensitivityDraws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => LevelRanking.Rank(Input(TwoPeriods, sensitivity: new SensitivityOptions(10_000)), cts.Token));
    }
}
