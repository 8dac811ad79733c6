using Kortlaegning.Domain.Ranking;
using static Kortlaegning.Domain.Tests.Ranking.RankingData;

namespace Kortlaegning.Domain.Tests.Ranking;

/// <summary>Each normalisation on one indicator, where the score equals the normalised value.</summary>
public class NormalisationTests
{
    [Fact]
    public void ZScoreUsesThePopulationStandardDeviation()
    {
        // Values 1, 2, 3, 6: mean 3; deviations −2, −1, 0, 3; squares 4 + 1 + 0 + 9 = 14;
        // population variance 14 / 4 = 3.5 (a sample sd would divide by 3); σ = √3.5 = 1.870829.
        // z = −2/1.870829 = −1.069045, −1/1.870829 = −0.534522, 0, 3/1.870829 = 1.603567.
        var result = CompositeIndex.Compute(OneIndicator(RankingMethod.ZScore, 1, 2, 3, 6));

        Assert.Equal(-1.069045, result.ScoreOf("A"), 6);
        Assert.Equal(-0.534522, result.ScoreOf("B"), 6);
        Assert.Equal(0, result.ScoreOf("C"), 12);
        Assert.Equal(1.603567, result.ScoreOf("D"), 6);
    }

    [Fact]
    public void ZScoreOfAConstantIndicatorIsZeroForEveryArea()
    {
        // σ = 0: the indicator cannot separate the areas, so everyone gets 0 and all tie at rank 1.
        var result = CompositeIndex.Compute(OneIndicator(RankingMethod.ZScore, 7, 7, 7));

        Assert.All(result.Areas, a => Assert.Equal(0, a.Score));
        Assert.All(result.Areas, a => Assert.Equal(1, a.Rank));
    }

    [Fact]
    public void PercentileIsRankMinusOneOverNMinusOneWithAverageRanksForTies()
    {
        // Values 10, 20, 20, 40: ranks 1, 2.5, 2.5, 4 (20 and 20 share (2 + 3) / 2);
        // (r − 1) / (N − 1) = 0/3, 1.5/3, 1.5/3, 3/3 = 0, 0.5, 0.5, 1.
        var result = CompositeIndex.Compute(OneIndicator(RankingMethod.Percentile, 10, 20, 20, 40));

        Assert.Equal([0, 0.5, 0.5, 1], result.Areas.OrderBy(a => a.Code).Select(a => a.Score!.Value));
    }

    [Fact]
    public void MinMaxMapsOntoZeroToOne()
    {
        // Values 2, 4, 10: min 2, max 10; (2−2)/8 = 0, (4−2)/8 = 0.25, (10−2)/8 = 1.
        var result = CompositeIndex.Compute(OneIndicator(RankingMethod.MinMax, 2, 4, 10));

        Assert.Equal([0, 0.25, 1], result.Areas.OrderBy(a => a.Code).Select(a => a.Score!.Value));
    }

    [Fact]
    public void MinMaxOfAConstantIndicatorIsOneHalf()
    {
        var result = CompositeIndex.Compute(OneIndicator(RankingMethod.MinMax, 3, 3));

        Assert.All(result.Areas, a => Assert.Equal(0.5, a.Score));
    }

    [Fact]
    public void RankExponentialFollowsTheEnglishIndicesOfDeprivationTransform()
    {
        // N = 4, values 1..4 so R = rank / N = 0.25, 0.5, 0.75, 1 and s = 1 − e^(−100/23) = 0.9870651.
        // R = 0.25: −23 · ln(1 − 0.25 · 0.9870651) = −23 · ln(0.7532337) = −23 · (−0.2833797) = 6.517733
        // R = 0.5:  −23 · ln(0.5064675) = 15.646790;  R = 0.75: −23 · ln(0.2597012) = 31.009144
        // R = 1:    −23 · ln(e^(−100/23)) = 100 (the area in most need).
        var result = CompositeIndex.Compute(OneIndicator(RankingMethod.RankExponential, 1, 2, 3, 4));

        Assert.Equal(6.517733, result.ScoreOf("A"), 6);
        Assert.Equal(15.646790, result.ScoreOf("B"), 6);
        Assert.Equal(31.009144, result.ScoreOf("C"), 6);
        Assert.Equal(100, result.ScoreOf("D"), 9);
    }

    [Fact]
    public void RankExponentialPutsAboutTheTenPercentInMostNeedAboveFifty()
    {
        // X > 50 ⇔ 1 − R·s < e^(−50/23) ⇔ R > (1 − 0.1137334) / 0.9870651 = 0.897875: the constant 23 stretches
        // roughly the top decile over 50–100. With N = 100 that is ranks 90..100 (R = 0.90 … 1.00), 11 areas.
        var result = CompositeIndex.Compute(OneIndicator(RankingMethod.RankExponential,
            Enumerable.Range(1, 100).Select(v => (double?)v).ToArray()));

        Assert.Equal(11, result.Areas.Count(a => a.Score > 50));
    }

    [Theory]
    [InlineData(RankingMethod.ZScore, 0)]
    [InlineData(RankingMethod.Percentile, 0.5)]
    [InlineData(RankingMethod.MinMax, 0.5)]
    [InlineData(RankingMethod.RankExponential, 100)]
    public void OneAreaGetsTheMethodsNeutralValueAndRankOne(RankingMethod method, double expected)
    {
        // N = 1: z = 0 (σ = 0), percentile 0.5 (N − 1 = 0), min–max 0.5 (max = min), IoD R = 1/1 → 100.
        var result = CompositeIndex.Compute(OneIndicator(method, 42));

        var only = Assert.Single(result.Areas);
        Assert.Equal(expected, only.Score!.Value, 9);
        Assert.Equal(1, only.Rank);
        Assert.Equal(5, only.Quintile);
        Assert.Equal(1, result.N);
    }

    [Fact]
    public void AverageRanksSplitTiedPlaces()
    {
        // 5, 1, 5, 3 sorted: 1 (rank 1), 3 (rank 2), 5 and 5 (ranks 3 and 4 → 3.5 each).
        Assert.Equal([3.5, 1, 3.5, 2], Normalisation.AverageRanks([5, 1, 5, 3]));
    }
}
