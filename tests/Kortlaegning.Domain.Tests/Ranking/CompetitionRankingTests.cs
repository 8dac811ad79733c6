using Kortlaegning.Domain.Ranking;

namespace Kortlaegning.Domain.Tests.Ranking;

public class CompetitionRankingTests
{
    private static int[] Rank(double[] scores)
    {
        var n = scores.Length;
        var ranks = new int[n];
        CompetitionRanking.Rank(scores, new int[n], new int[n + 1], new double[n], ranks);
        return ranks;
    }

    /// <summary>The definition itself: 1 + the number of scores strictly greater.</summary>
    private static int[] ReferenceRank(double[] scores) =>
        scores.Select(s => 1 + scores.Count(other => other > s)).ToArray();

    [Fact]
    public void TiedScoresShareTheBestRankAndSkipTheNextPlaces()
    {
        // 0.2, 0.9, 0.5, 0.9, 0.5: 0.9 twice → 1, 1; 0.5 twice → 3, 3; 0.2 → 5.
        Assert.Equal([5, 1, 3, 1, 3], Rank([0.2, 0.9, 0.5, 0.9, 0.5]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TheBucketSortAgreesWithTheDefinitionOnEvenClumpedAndTiedScores(int seed)
    {
        // The distribution sort must be exact: uniform scores, a dense clump next to a far outlier (one bucket gets
        // nearly everything, forcing the introsort fallback), rounded scores with many ties, and equal scores.
        var random = new Random(seed);
        var uniform = Enumerable.Range(0, 500).Select(_ => random.NextDouble()).ToArray();
        var clumped = Enumerable.Range(0, 500).Select(i => i == 0 ? 1e6 : random.NextDouble() * 1e-3).ToArray();
        var tied = Enumerable.Range(0, 500).Select(_ => Math.Round(random.NextDouble() * 20) - 10).ToArray();
        var equal = Enumerable.Repeat(-0.25, 50).ToArray();

        foreach (var scores in new[] { uniform, clumped, tied, equal, [3.0] })
            Assert.Equal(ReferenceRank(scores), Rank(scores));
    }
}
