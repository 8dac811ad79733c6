namespace Kortlaegning.Domain.Ranking;

/// <summary>
/// Uncertainty of the ranks under plausible alternative weights, after Saisana, Saltelli and Tarantola (2005),
/// "Uncertainty and sensitivity analysis techniques as tools for the quality assessment of composite indicators",
/// J. R. Stat. Soc. A 168(2): draw weight vectors around the chosen weights, recompute every score and rank, and
/// report each area's 5th–95th percentile rank and how often it lands in the top N.
/// </summary>
internal static class WeightSensitivity
{
    /// <summary>
    /// κ per indicator in α = κ · w with κ = 50 · K. Each weight then has Var(wᵢ) = wᵢ(1 − wᵢ) / (κ + 1); for equal
    /// weights its coefficient of variation is √((K − 1) / (50K + 1)) ≈ 14 % whatever K is, i.e. weights move about
    /// ±30 % in 95 % of draws. Scaling κ with K keeps that spread constant as indicators are added.
    /// </summary>
    public const double ConcentrationPerIndicator = 50;

    /// <summary>
    /// Runs the draws. <paramref name="rankedAreas"/> lists the matrix rows that have a score; the returned arrays are
    /// indexed like it. All weight vectors are drawn up front from one seeded sampler, so the parallel scoring of
    /// draws cannot change the result: each draw is a pure function of its weight vector.
    /// </summary>
    public static (int[] Low, int[] High, double[] TopNShare) Run(
        IndicatorMatrix matrix, double[] weights, int[] rankedAreas, int draws, int seed, int topN)
    {
        var k = matrix.IndicatorCount;
        var drawWeights = DrawWeights(weights, draws, seed);
        var ranksByArea = new int[rankedAreas.Length * draws];

        Parallel.For(
            0,
            draws,
            () => new Scratch(rankedAreas.Length),
            (d, _, scratch) =>
            {
                var w = drawWeights.AsSpan(d * k, k);
                Score(matrix, w, rankedAreas, scratch.Scores);
                CompetitionRanking.Rank(scratch.Scores, scratch.Keys, scratch.Order, scratch.Ranks);
                for (var j = 0; j < rankedAreas.Length; j++)
                    ranksByArea[j * draws + d] = scratch.Ranks[j];
                return scratch;
            },
            _ => { });

        return Summarise(ranksByArea, rankedAreas.Length, draws, topN);
    }

    private static double[] DrawWeights(double[] weights, int draws, int seed)
    {
        var k = weights.Length;
        var concentration = ConcentrationPerIndicator * k;
        var sampler = new DirichletSampler(weights.Select(w => concentration * w).ToArray(), seed);
        var drawWeights = new double[draws * k];
        for (var d = 0; d < draws; d++)
            sampler.Next(drawWeights.AsSpan(d * k, k));
        return drawWeights;
    }

    /// <summary>Score = Σ wᵢ·xᵢ / Σ wᵢ over present indicators: one row-times-vector product per area.</summary>
    private static void Score(IndicatorMatrix matrix, ReadOnlySpan<double> w, int[] rankedAreas, double[] scores)
    {
        var k = w.Length;
        var total = 0.0;
        foreach (var wi in w)
            total += wi;
        var values = matrix.Values;
        var present = matrix.Present;
        for (var j = 0; j < rankedAreas.Length; j++)
        {
            var a = rankedAreas[j];
            var row = values.AsSpan(a * k, k);
            var numerator = 0.0;
            for (var i = 0; i < k; i++)
                numerator += w[i] * row[i];
            var denominator = total;
            if (!matrix.Complete[a])
            {
                denominator = 0;
                for (var i = 0; i < k; i++)
                    denominator += present[a * k + i] ? w[i] : 0;
            }
            scores[j] = numerator / denominator;
        }
    }

    /// <summary>Nearest-rank percentiles: the p-th percentile of D sorted ranks is the ⌈p·D/100⌉-th.</summary>
    private static (int[] Low, int[] High, double[] TopNShare) Summarise(int[] ranksByArea, int areas, int draws, int topN)
    {
        var low = new int[areas];
        var high = new int[areas];
        var share = new double[areas];
        var lowIndex = (5 * draws + 99) / 100 - 1;
        var highIndex = (95 * draws + 99) / 100 - 1;
        Parallel.For(0, areas, j =>
        {
            var ranks = ranksByArea.AsSpan(j * draws, draws);
            ranks.Sort();
            low[j] = ranks[lowIndex];
            high[j] = ranks[highIndex];
            var inTop = 0;
            foreach (var r in ranks)
                inTop += r <= topN ? 1 : 0;
            share[j] = (double)inTop / draws;
        });
        return (low, high, share);
    }

    /// <summary>Per-thread buffers reused across that thread's draws.</summary>
    private sealed class Scratch(int n)
    {
        public double[] Scores { get; } = new double[n];
        public double[] Keys { get; } = new double[n];
        public int[] Order { get; } = new int[n];
        public int[] Ranks { get; } = new int[n];
    }
}
