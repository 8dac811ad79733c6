using Kortlaegning.Domain.Ranking;
using static Kortlaegning.Domain.Tests.Ranking.RankingData;

namespace Kortlaegning.Domain.Tests.Ranking;

public class WeightSensitivityTests
{
    private static double[] Draws(int seed, int count = 5)
    {
        var sampler = new DirichletSampler([30, 60, 90], seed);
        var all = new double[count * 3];
        for (var d = 0; d < count; d++)
            sampler.Next(all.AsSpan(d * 3, 3));
        return all;
    }

    [Fact]
    public void DirichletDrawsAreReproducibleWithTheSameSeed()
    {
        Assert.Equal(Draws(seed: 1), Draws(seed: 1));
    }

    [Fact]
    public void DirichletDrawsDifferWithAnotherSeed()
    {
        Assert.NotEqual(Draws(seed: 1), Draws(seed: 2));
    }

    [Fact]
    public void DirichletDrawsSumToOneAndAverageToTheCentre()
    {
        // α = (30, 60, 90): mean αᵢ / Σα = (1/6, 1/3, 1/2); Var(w₁) = (1/6)(5/6)/181 → sd 0.0277, so the mean of
        // 20,000 draws has sd 0.0002 and 0.002 is a > 5 sd tolerance.
        var draws = Draws(seed: 7, count: 20_000);
        var mean = new double[3];
        for (var d = 0; d < 20_000; d++)
        {
            Assert.Equal(1, draws[3 * d] + draws[3 * d + 1] + draws[3 * d + 2], 12);
            for (var i = 0; i < 3; i++)
                mean[i] += draws[3 * d + i] / 20_000;
        }
        Assert.Equal(1.0 / 6, mean[0], 0.002);
        Assert.Equal(1.0 / 3, mean[1], 0.002);
        Assert.Equal(1.0 / 2, mean[2], 0.002);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(1)]
    [InlineData(4.5)]
    public void GammaVariatesHaveMeanAndVarianceEqualToTheShape(double shape)
    {
        // Gamma(k, 1) has mean k and variance k; 50,000 variates put the sample mean within ±4.5·√(k/50,000).
        var sampler = new DirichletSampler([1.0], seed: 3);
        var values = Enumerable.Range(0, 50_000).Select(_ => sampler.Gamma(shape)).ToArray();
        var mean = values.Average();
        var variance = values.Select(v => (v - mean) * (v - mean)).Average();

        Assert.Equal(shape, mean, 4.5 * Math.Sqrt(shape / 50_000));
        Assert.Equal(shape, variance, 0.05 * shape);
    }

    [Fact]
    public void ADominantAreaIsAlwaysFirstUnderEveryWeightDraw()
    {
        // A is in the most need on every indicator by a wide margin, so no weight vector can move it off rank 1.
        var request = new RankingRequest(
            [Indicator("x", 1), Indicator("y", 2), Indicator("z", 3)],
            [
                Area("A", ("x", 100), ("y", 100), ("z", 100)),
                Area("B", ("x", 1), ("y", 5), ("z", 2)),
                Area("C", ("x", 5), ("y", 1), ("z", 3)),
                Area("D", ("x", 3), ("y", 2), ("z", 1)),
            ],
            TopN: 1,
            Sensitivity: new SensitivityOptions(Draws: 1000, Seed: 1));

        var result = CompositeIndex.Compute(request);

        var a = result.ByCode("A");
        Assert.Equal(1.0, a.TopNShare);
        Assert.Equal([1, 1], a.RankInterval!);
        Assert.All(result.Areas.Where(x => x.Code != "A"), x => Assert.Equal(0.0, x.TopNShare));
        Assert.All(result.Areas.Where(x => x.Code != "A"), x => Assert.InRange(x.RankInterval![0], 2, 4));
    }

    [Fact]
    public void AnAreaWithAMissingIndicatorIsScoredOverItsOwnIndicatorsInEveryDraw()
    {
        // Min–max, x and y. B has only x, and the highest x, so its score is w_x·1 / w_x = 1 whatever the draw.
        // C = w_x·0.5 + w_y·1 < 1 as long as w_x > 0, A = 0. Dividing B by the full weight sum instead would give
        // B ≈ 0.25 and push it to rank 2 or 3, so [1, 1] and share 1 show that the per-area denominator is used.
        var request = new RankingRequest(
            [Indicator("x", 1), Indicator("y", 3)],
            [Area("A", ("x", 0), ("y", 0)), Area("B", ("x", 10)), Area("C", ("x", 5), ("y", 10))],
            RankingMethod.MinMax,
            TopN: 1,
            Sensitivity: new SensitivityOptions(Draws: 200, Seed: 3));

        var b = CompositeIndex.Compute(request).ByCode("B");

        Assert.Equal([1, 1], b.RankInterval!);
        Assert.Equal(1.0, b.TopNShare);
    }

    [Fact]
    public void SensitivityIsReproducibleForTheSameSeedDespiteParallelDraws()
    {
        // Draws are scored in parallel; the result must not depend on how the threads were scheduled.
        var request = Synthetic(areas: 300, indicators: 4) with { TopN = 20, Sensitivity = new SensitivityOptions(500, Seed: 11) };

        var first = CompositeIndex.Compute(request);
        var second = CompositeIndex.Compute(request);

        Assert.Equal(first.Areas.Select(a => a.RankInterval), second.Areas.Select(a => a.RankInterval));
        Assert.Equal(first.Areas.Select(a => a.TopNShare), second.Areas.Select(a => a.TopNShare));
    }

    [Fact]
    public void RankIntervalsBracketTheRankForTheGivenWeightsInTypicalData()
    {
        var request = Synthetic(areas: 300, indicators: 4) with { Sensitivity = new SensitivityOptions(1000, Seed: 5) };

        var result = CompositeIndex.Compute(request);

        Assert.All(result.Areas, a => Assert.True(a.RankInterval![0] <= a.RankInterval[1]));
        // Not a law for every area, but with ±14 % weight noise nearly all central ranks should sit inside.
        Assert.True(result.Areas.Count(a => a.Rank >= a.RankInterval![0] && a.Rank <= a.RankInterval[1]) > 0.9 * 300);
        Assert.Contains(result.Notes, n => n.StartsWith("Sensitivity: 1000 weight vectors"));
    }

    private static RankingRequest Synthetic(int areas, int indicators)
    {
        var random = new Random(42);
        var codes = Enumerable.Range(0, indicators).Select(i => $"i{i}").ToArray();
        return new RankingRequest(
            codes.Select((c, i) => Indicator(c, weight: i + 1)).ToArray(),
            Enumerable.Range(0, areas)
                .Select(a => Area($"{a:0000}", codes.Select(c => (c, (double?)random.NextDouble())).ToArray()))
                .ToArray());
    }
}
