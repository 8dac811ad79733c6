using System.Buffers;

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

    /// <summary>Bounds the workers, and with them the per-worker scratch buffers, to the cores there are.</summary>
    private static readonly ParallelOptions OneWorkerPerCore = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>
    /// Draws per parallel work item. Each item writes its ranks for an area as one run of 16 ints (64 bytes, one
    /// cache line) into the per-area store, instead of 16 scattered writes.
    /// </summary>
    private const int DrawsPerBlock = 16;

    /// <summary>
    /// Runs the draws. <paramref name="rankedAreas"/> lists the matrix rows that have a score and
    /// <paramref name="baseScores"/> their scores under the chosen weights; the returned arrays are indexed like them.
    /// All weight vectors are drawn up front from one seeded sampler, so the parallel scoring of draws cannot change
    /// the result: each draw is a pure function of its weight vector.
    /// </summary>
    public static (int[] Low, int[] High, double[] TopNShare) Run(
        IndicatorMatrix matrix, double[] weights, int[] rankedAreas, double[] baseScores, int draws, int seed, int topN,
        CancellationToken cancellationToken = default)
    {
        var drawWeights = DrawWeights(weights, draws, seed, cancellationToken);
        // Ranks stored per area ([area · draws + draw]) so each area's ranks are contiguous for the summary.
        // Pooled: at 2,148 areas × 1,000 draws it is 8.6 MB, a large-object-heap allocation per request otherwise.
        var ranksByArea = ArrayPool<int>.Shared.Rent(rankedAreas.Length * draws);
        try
        {
            RankAllDraws(matrix, drawWeights, rankedAreas, baseScores, draws, ranksByArea, cancellationToken);
            return Summarise(ranksByArea, rankedAreas.Length, draws, topN);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ranksByArea);
        }
    }

    private static void RankAllDraws(
        IndicatorMatrix matrix, double[] drawWeights, int[] rankedAreas, double[] baseScores, int draws, int[] ranksByArea,
        CancellationToken cancellationToken)
    {
        var k = matrix.IndicatorCount;
        var m = rankedAreas.Length;
        var scorer = new DrawScorer(matrix, rankedAreas, baseScores);
        var blocks = (draws + DrawsPerBlock - 1) / DrawsPerBlock;

        // A cancelled request stops between blocks (Parallel.For throws OperationCanceledException), not after all draws.
        var options = new ParallelOptions { MaxDegreeOfParallelism = OneWorkerPerCore.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(
            0,
            blocks,
            options,
            () => new Scratch(m),
            (block, _, scratch) =>
            {
                var first = block * DrawsPerBlock;
                var count = Math.Min(DrawsPerBlock, draws - first);
                for (var d = 0; d < count; d++)
                {
                    scorer.Score(drawWeights.AsSpan((first + d) * k, k), scratch.Scores);
                    CompetitionRanking.Rank(scratch.Scores, scratch.Order, scratch.Buckets, scratch.Keys, scratch.Ranks);
                    for (var j = 0; j < m; j++)
                        scratch.BlockRanks[j * DrawsPerBlock + d] = scratch.Ranks[j];
                }
                for (var j = 0; j < m; j++)
                    scratch.BlockRanks.AsSpan(j * DrawsPerBlock, count).CopyTo(ranksByArea.AsSpan(j * draws + first, count));
                return scratch;
            },
            _ => { });
    }

    private static double[] DrawWeights(double[] weights, int draws, int seed, CancellationToken cancellationToken)
    {
        var k = weights.Length;
        var concentration = ConcentrationPerIndicator * k;
        var sampler = new DirichletSampler(weights.Select(w => concentration * w).ToArray(), seed);
        var drawWeights = new double[draws * k];
        for (var d = 0; d < draws; d++)
        {
            if (d % 1024 == 0) cancellationToken.ThrowIfCancellationRequested();
            sampler.Next(drawWeights.AsSpan(d * k, k));
        }
        return drawWeights;
    }

    /// <summary>
    /// Nearest-rank percentiles: the p-th percentile of D ranks is the ⌈p·D/100⌉-th smallest. Found by counting over
    /// the area's rank range, O(D + range) instead of a sort per area.
    /// </summary>
    private static (int[] Low, int[] High, double[] TopNShare) Summarise(int[] ranksByArea, int areas, int draws, int topN)
    {
        var low = new int[areas];
        var high = new int[areas];
        var share = new double[areas];
        var lowCount = (5 * draws + 99) / 100;
        var highCount = (95 * draws + 99) / 100;
        Parallel.For(
            0,
            areas,
            OneWorkerPerCore,
            () => new int[areas + 1],
            (j, _, histogram) =>
            {
                var ranks = ranksByArea.AsSpan(j * draws, draws);
                var min = int.MaxValue;
                var max = int.MinValue;
                var inTop = 0;
                foreach (var r in ranks)
                {
                    min = Math.Min(min, r);
                    max = Math.Max(max, r);
                    inTop += r <= topN ? 1 : 0;
                }
                var counts = histogram.AsSpan(0, max - min + 1);
                counts.Clear();
                foreach (var r in ranks)
                    counts[r - min]++;
                low[j] = NthSmallest(counts, min, lowCount);
                high[j] = NthSmallest(counts, min, highCount);
                share[j] = (double)inTop / draws;
                return histogram;
            },
            _ => { });
        return (low, high, share);
    }

    /// <summary>The n-th smallest (1-based) value from counts of values min, min + 1, ….</summary>
    private static int NthSmallest(ReadOnlySpan<int> counts, int min, int n)
    {
        var seen = 0;
        for (var v = 0; v < counts.Length; v++)
        {
            seen += counts[v];
            if (seen >= n)
                return min + v;
        }
        return min + counts.Length - 1;
    }

    /// <summary>Per-thread buffers reused across that thread's draws.</summary>
    private sealed class Scratch(int n)
    {
        public double[] Scores { get; } = new double[n];
        public double[] Keys { get; } = new double[n];
        public int[] Order { get; } = new int[n];
        public int[] Buckets { get; } = new int[n + 1];
        public int[] Ranks { get; } = new int[n];
        public int[] BlockRanks { get; } = new int[n * DrawsPerBlock];
    }
}
