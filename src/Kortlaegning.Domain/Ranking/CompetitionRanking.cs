namespace Kortlaegning.Domain.Ranking;

/// <summary>
/// Standard competition ranking ("1224"): descending score, tied scores share the best rank and the next distinct
/// score skips the tied places, so a rank always says "this many areas have strictly more need, plus one".
/// </summary>
internal static class CompetitionRanking
{
    /// <summary>Buckets at most this large are insertion-sorted; larger ones (clumped scores) fall back to introsort.</summary>
    private const int InsertionSortLimit = 32;

    /// <summary>
    /// Writes the rank of <c>scores[j]</c> into <c>ranks[j]</c>. The scratch buffers (<paramref name="order"/> and
    /// <paramref name="buckets"/> of length n + 1, <paramref name="keys"/> of length n) belong to the caller so the
    /// sensitivity loop allocates nothing per draw.
    /// </summary>
    /// <remarks>
    /// Sorting dominates the sensitivity view (one sort per draw), so this is a distribution sort rather than a
    /// comparison sort: scores are spread over n equal-width buckets between the minimum and maximum, then each small
    /// bucket is insertion-sorted on the exact scores. Bucketing is monotone (IEEE subtraction, multiplication and
    /// truncation never reverse an order), so the result is exactly the descending order; for roughly even scores
    /// it is linear time, and a clumped bucket falls back to introsort, so the worst case stays O(n log n).
    /// </remarks>
    public static void Rank(
        ReadOnlySpan<double> scores, Span<int> order, Span<int> buckets, Span<double> keys, Span<int> ranks)
    {
        var n = scores.Length;
        SortDescending(scores, order[..n], buckets[..(n + 1)], keys[..n]);
        for (var p = 0; p < n; p++)
            ranks[order[p]] = p > 0 && scores[order[p]] == scores[order[p - 1]] ? ranks[order[p - 1]] : p + 1;
    }

    /// <summary>
    /// Quintile by rank position: 5 − ⌊5 · (rank − 1) / M⌋ for M ranked areas, so quintile 5 holds the fifth in most
    /// need and tied areas share a quintile.
    /// </summary>
    public static int Quintile(int rank, int rankedCount) => 5 - 5 * (rank - 1) / rankedCount;

    private static void SortDescending(ReadOnlySpan<double> scores, Span<int> order, Span<int> start, Span<double> keys)
    {
        var n = scores.Length;
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var s in scores)
        {
            min = Math.Min(min, s);
            max = Math.Max(max, s);
        }
        var scale = n / (max - min);
        if (!double.IsFinite(scale))
        {
            // All scores equal (scale = ∞) or a range too small to divide: a plain comparison sort is exact.
            SortSegment(scores, order, keys, 0, n, fill: true);
            return;
        }

        // Counting sort by bucket: the highest score goes to bucket 0.
        start.Clear();
        for (var j = 0; j < n; j++)
            start[Bucket(scores[j], max, scale, n) + 1]++;
        for (var b = 0; b < n; b++)
            start[b + 1] += start[b];
        for (var j = 0; j < n; j++)
        {
            var b = Bucket(scores[j], max, scale, n);
            order[start[b]++] = j;
        }

        // start[b] now holds the end of bucket b, which is where bucket b + 1 begins.
        var from = 0;
        for (var b = 0; b < n; b++)
        {
            var to = start[b];
            if (to - from > InsertionSortLimit)
                SortSegment(scores, order, keys, from, to, fill: false);
            else if (to - from > 1)
                InsertionSort(scores, order, from, to);
            from = to;
        }
    }

    private static int Bucket(double score, double max, double scale, int n) => Math.Min(n - 1, (int)((max - score) * scale));

    private static void InsertionSort(ReadOnlySpan<double> scores, Span<int> order, int from, int to)
    {
        for (var p = from + 1; p < to; p++)
        {
            var item = order[p];
            var score = scores[item];
            var q = p - 1;
            while (q >= from && scores[order[q]] < score)
            {
                order[q + 1] = order[q];
                q--;
            }
            order[q + 1] = item;
        }
    }

    /// <summary>Introsort of order[from..to] by descending score, via ascending −score keys.</summary>
    private static void SortSegment(ReadOnlySpan<double> scores, Span<int> order, Span<double> keys, int from, int to, bool fill)
    {
        if (fill)
        {
            for (var j = from; j < to; j++)
                order[j] = j;
        }
        for (var p = from; p < to; p++)
            keys[p] = -scores[order[p]];
        keys[from..to].Sort(order[from..to]);
    }
}
