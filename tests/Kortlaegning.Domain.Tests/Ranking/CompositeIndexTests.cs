using Kortlaegning.Domain.Indicators;
using Kortlaegning.Domain.Ranking;
using static Kortlaegning.Domain.Tests.Ranking.RankingData;

namespace Kortlaegning.Domain.Tests.Ranking;

public class CompositeIndexTests
{
    [Fact]
    public void HighIsGoodIndicatorsAreFlippedSoAHigherScoreMeansMoreNeed()
    {
        // Good self-rated health 1 % in A and 3 % in B: need = −1 and −3; min–max (−1 − −3) / 2 = 1 for A, 0 for B.
        var request = new RankingRequest(
            [Indicator("good_health", polarity: Polarity.HighIsGood)],
            [Area("A", ("good_health", 1)), Area("B", ("good_health", 3))],
            RankingMethod.MinMax);

        var result = CompositeIndex.Compute(request);

        Assert.Equal(1, result.ScoreOf("A"));
        Assert.Equal(0, result.ScoreOf("B"));
        Assert.Equal(["A", "B"], result.Areas.Select(a => a.Code));
    }

    [Fact]
    public void APolarityOverrideReplacesTheCataloguePolarityAndIsNoted()
    {
        // Catalogue says low is good; the request says high is good, so A (1) is now the area in most need.
        var request = new RankingRequest(
            [new RankingIndicator("x", 1, Polarity.LowIsGood, Polarity.HighIsGood)],
            [Area("A", ("x", 1)), Area("B", ("x", 3))],
            RankingMethod.MinMax);

        var result = CompositeIndex.Compute(request);

        Assert.Equal(1, result.ByCode("A").Rank);
        Assert.Contains(result.Notes, n => n.Contains("'x'") && n.Contains("HighIsGood"));
    }

    [Fact]
    public void NoJudgementIndicatorsCountHigherAsMoreNeedAndSaySo()
    {
        var request = new RankingRequest(
            [Indicator("aged_65_plus", polarity: Polarity.NoJudgement)],
            [Area("A", ("aged_65_plus", 10)), Area("B", ("aged_65_plus", 30))],
            RankingMethod.MinMax);

        var result = CompositeIndex.Compute(request);

        Assert.Equal(1, result.ByCode("B").Rank);
        Assert.Contains(result.Notes, n => n.Contains("'aged_65_plus'") && n.Contains("higher values are treated as more need"));
    }

    [Fact]
    public void TiesShareACompetitionRank()
    {
        // Values 3, 2, 2, 1 → min–max 1, 0.5, 0.5, 0 → ranks 1, 2, 2, 4 (place 3 is skipped).
        // Quintile = 5 − ⌊5·(rank − 1)/4⌋: rank 1 → 5 − 0 = 5; rank 2 → 5 − ⌊5/4⌋ = 4; rank 4 → 5 − ⌊15/4⌋ = 2.
        var result = CompositeIndex.Compute(OneIndicator(RankingMethod.MinMax, 3, 2, 2, 1));

        Assert.Equal(["A", "B", "C", "D"], result.Areas.Select(a => a.Code));
        Assert.Equal([1, 2, 2, 4], result.Areas.Select(a => a.Rank!.Value));
        Assert.Equal([5, 4, 4, 2], result.Areas.Select(a => a.Quintile!.Value));
    }

    [Fact]
    public void QuintileFiveHoldsTheFifthInMostNeed()
    {
        // Ten areas, distinct ranks 1..10: quintile 5 − ⌊5·(r − 1)/10⌋ gives 5, 5, 4, 4, 3, 3, 2, 2, 1, 1.
        var result = CompositeIndex.Compute(OneIndicator(RankingMethod.MinMax,
            Enumerable.Range(1, 10).Select(v => (double?)(11 - v)).ToArray()));

        Assert.Equal([5, 5, 4, 4, 3, 3, 2, 2, 1, 1], result.Areas.Select(a => a.Quintile!.Value));
    }

    [Fact]
    public void AnAreaWithoutAnyValueIsUnrankedAndListedLast()
    {
        // C has no value: no score, rank or quintile; N still counts it; A (0) and B (1) are ranked B, A.
        var request = new RankingRequest(
            [Indicator("x")],
            [Area("C"), Area("A", ("x", 1)), Area("B", ("x", 3))],
            RankingMethod.MinMax);

        var result = CompositeIndex.Compute(request);

        Assert.Equal(["B", "A", "C"], result.Areas.Select(a => a.Code));
        var c = result.ByCode("C");
        Assert.Null(c.Score);
        Assert.Null(c.Rank);
        Assert.Null(c.Quintile);
        Assert.Empty(c.Contributions);
        Assert.Equal(["x"], c.MissingIndicators);
        Assert.Equal(3, result.N);
        Assert.Contains(result.Notes, n => n.StartsWith("1 area(s) have no value"));
    }

    /// <summary>
    /// x (weight 1) and y (weight 3), min–max; weights normalise to 0.25 and 0.75.
    /// A: x 0, y 0. B: x 10, y missing. C: x 5, y 10.
    /// </summary>
    private static RankingRequest TwoIndicators(MissingValuePolicy missing) => new(
        [Indicator("x", 1), Indicator("y", 3)],
        [Area("A", ("x", 0), ("y", 0)), Area("B", ("x", 10)), Area("C", ("x", 5), ("y", 10))],
        RankingMethod.MinMax,
        missing);

    [Fact]
    public void ExcludeScoresAnAreaOverTheIndicatorsItHas()
    {
        // x min–max: A 0, B 1, C 0.5. y over A and C only: A 0, C 1.
        // A = 0. B: only x, Σw = 0.25 → 0.25·1 / 0.25 = 1. C: (0.25·0.5 + 0.75·1) / 1 = 0.125 + 0.75 = 0.875.
        var result = CompositeIndex.Compute(TwoIndicators(MissingValuePolicy.Exclude));

        Assert.Equal(1, result.ScoreOf("B"), 12);
        Assert.Equal(0.875, result.ScoreOf("C"), 12);
        Assert.Equal(0, result.ScoreOf("A"), 12);
        Assert.Equal(["B", "C", "A"], result.Areas.Select(a => a.Code));
        Assert.Equal(["y"], result.ByCode("B").MissingIndicators);
        Assert.Equal(["x"], result.ByCode("B").Contributions.Keys);
        Assert.Equal(new Dictionary<string, double> { ["x"] = 0.25, ["y"] = 0.75 }, result.Weights);
    }

    [Fact]
    public void MedianReplacesAMissingValueBeforeNormalisationAndStillListsIt()
    {
        // y observed 0 (A) and 10 (C): median 5 goes to B. y min–max over 0, 5, 10: A 0, B 0.5, C 1.
        // B = 0.25·1 + 0.75·0.5 = 0.25 + 0.375 = 0.625; C = 0.875 as before; A = 0 → order C, B, A.
        var result = CompositeIndex.Compute(TwoIndicators(MissingValuePolicy.Median));

        Assert.Equal(0.625, result.ScoreOf("B"), 12);
        Assert.Equal(0.375, result.ByCode("B").Contributions["y"], 12);
        Assert.Equal(["C", "B", "A"], result.Areas.Select(a => a.Code));
        Assert.Equal(["y"], result.ByCode("B").MissingIndicators);
        Assert.Contains(result.Notes, n => n.Contains("'y'") && n.Contains("median"));
    }

    [Fact]
    public void ContributionsSumToTheScore()
    {
        // C: contributions x = 0.25·0.5 = 0.125 and y = 0.75·1 = 0.75, summing to the score 0.875.
        var result = CompositeIndex.Compute(TwoIndicators(MissingValuePolicy.Exclude));
        var c = result.ByCode("C");

        Assert.Equal(0.125, c.Contributions["x"], 12);
        Assert.Equal(0.75, c.Contributions["y"], 12);
        Assert.All(result.Areas, a => Assert.Equal(a.Score!.Value, a.Contributions.Values.Sum(), 12));
    }

    [Fact]
    public void WeightsAreNormalisedToSumToOne()
    {
        var request = new RankingRequest(
            [Indicator("x", 2), Indicator("y", 2), Indicator("z", 4)],
            [Area("A", ("x", 1), ("y", 1), ("z", 1))]);

        var result = CompositeIndex.Compute(request);

        Assert.Equal([0.25, 0.25, 0.5], result.Weights.Values);
        Assert.Equal(RankingMethod.ZScore, result.Method);
    }

    [Fact]
    public void ValuesAtOrAboveTheNinetiethPercentileOfNeedAreFlagged()
    {
        // Values 1..11: percentile (r − 1)/10 → 10 is 0.9 and 11 is 1.0, flagged; 9 is 0.8, not flagged.
        var result = CompositeIndex.Compute(OneIndicator(RankingMethod.ZScore,
            Enumerable.Range(1, 11).Select(v => (double?)v).ToArray()));

        Assert.Equal(["J", "K"], result.Areas.Where(a => a.Flags.Contains("p90:x")).Select(a => a.Code).Order());
    }

    [Fact]
    public void TheNinetiethPercentileFlagFollowsPolarity()
    {
        // High is good: need is −value, so the two lowest values (1 and 2) are in most need.
        var request = new RankingRequest(
            [Indicator("good_health", polarity: Polarity.HighIsGood)],
            Enumerable.Range(1, 11).Select(v => Area($"S{v:00}", ("good_health", v))).ToArray());

        var result = CompositeIndex.Compute(request);

        Assert.Equal(["S01", "S02"], result.Areas.Where(a => a.Flags.Contains("p90:good_health")).Select(a => a.Code).Order());
    }

    [Fact]
    public void SmallPopulationIsFlaggedBelowOneHundredAndUnknownIsNot()
    {
        var request = new RankingRequest(
            [Indicator("x")],
            [
                Area("A", ("x", 1)) with { Population = 99 },
                Area("B", ("x", 1)) with { Population = 100 },
                Area("C", ("x", 1)) with { Population = null },
            ]);

        var result = CompositeIndex.Compute(request);

        Assert.Contains("small_population", result.ByCode("A").Flags);
        Assert.DoesNotContain("small_population", result.ByCode("B").Flags);
        Assert.DoesNotContain("small_population", result.ByCode("C").Flags);
    }

    [Fact]
    public void ASuppressedValueIsTreatedAsMissingAndFlagged()
    {
        // C's x = 100 is suppressed, so x min–max runs over A (1 → 0) and B (2 → 1) only; C is scored on y alone.
        var request = new RankingRequest(
            [Indicator("x"), Indicator("y")],
            [
                Area("A", ("x", 1), ("y", 0)),
                Area("B", ("x", 2), ("y", 0)),
                Area("C", ("x", 100), ("y", 0)) with { Suppressed = ["x"] },
            ],
            RankingMethod.MinMax);

        var result = CompositeIndex.Compute(request);

        var c = result.ByCode("C");
        Assert.Equal(["suppressed:x"], c.Flags);
        Assert.Equal(["x"], c.MissingIndicators);
        Assert.Equal(["y"], c.Contributions.Keys);
        // Weights 0.5 each; y is constant, so its min–max is 0.5 everywhere.
        // B = 0.5·1 + 0.5·0.5 = 0.75; C = 0.5·0.5 / 0.5 = 0.5 (only y present).
        Assert.Equal(0.75, result.ScoreOf("B"), 12);
        Assert.Equal(0.5, result.ScoreOf("C"), 12);
    }

    [Fact]
    public void FlagsComeInAFixedOrder()
    {
        var request = new RankingRequest(
            [Indicator("x"), Indicator("y")],
            [
                Area("A", ("x", 9), ("y", 5)) with { Population = 12, Suppressed = ["y"] },
                .. Enumerable.Range(1, 9).Select(v => Area($"B{v}", ("x", v), ("y", v))),
            ]);

        var result = CompositeIndex.Compute(request);

        Assert.Equal(["p90:x", "suppressed:y", "small_population"], result.ByCode("A").Flags);
    }

    [Fact]
    public void WithoutSensitivityTheIntervalAndShareAreNull()
    {
        var zeroDraws = OneIndicator(RankingMethod.MinMax, 1, 2) with { Sensitivity = new SensitivityOptions(Draws: 0) };

        foreach (var request in new[] { OneIndicator(RankingMethod.MinMax, 1, 2), zeroDraws })
        {
            var result = CompositeIndex.Compute(request);
            Assert.All(result.Areas, a => Assert.Null(a.RankInterval));
            Assert.All(result.Areas, a => Assert.Null(a.TopNShare));
        }
    }
}
