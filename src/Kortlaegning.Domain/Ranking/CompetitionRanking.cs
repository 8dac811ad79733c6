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
        SortDescending(scores, order[..n], buckets[..(n + 1)], keys[..n], ranks[..n]);
        // keys now holds the scores in descending order, so ties are adjacent equal keys.
        for (var p = 0; p < n; p++)
            ranks[order[p]] = p > 0 && keys[p] == keys[p - 1] ? ranks[order[p - 1]] : p + 1;
    }

    /// <summary>
    /// Quintile by rank position: 5 − ⌊5 · (rank − 1) / M⌋ for M ranked areas, so quintile 5 holds the fifth in most
    /// need and tied areas share a quintile.
    /// </summary>
    public static int Quintile(int rank, int rankedCount) => 5 - 5 * (rank - 1) / rankedCount;

    /// <summary>
    /// Fills <paramref name="keys"/> with the scores in descending order and <paramref name="order"/> with their
    /// indices. <paramref name="bucketOf"/> is scratch (the caller's rank buffer, overwritten afterwards).
    /// </summary>
    private static void SortDescending(
        ReadOnlySpan<double> scores, Span<int> order, Span<int> start, Span<double> keys, Span<int> bucketOf)
    {
        var n = scores.Length;
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var s in scores)
        {
            if (s < min)
                min = s;
            if (s > max)
                max = s;
        }
        var scale = n / (max - min);
        if (!double.IsFinite(scale))
        {
            // All scores equal (scale = ∞) or a range too small to divide: a plain comparison sort is exact.
            for (var j = 0; j < n; j++)
            {
                keys[j] = scores[j];
                order[j] = j;
            }
            SortSegment(keys, order);
            return;
        }

        // Counting sort by bucket (the highest score goes to bucket 0), moving the scores along with their indices
        // so the sorting within buckets and the tie check read contiguous memory.
        start.Clear();
        for (var j = 0; j < n; j++)
        {
            var b = Math.Min(n - 1, (int)((max - scores[j]) * scale));
            bucketOf[j] = b;
            start[b + 1]++;
        }
        for (var b = 0; b < n; b++)
            start[b + 1] += start[b];
        for (var j = 0; j < n; j++)
        {
            var position = start[bucketOf[j]]++;
            keys[position] = scores[j];
            order[position] = j;
        }

        // start[b] now holds the end of bucket b, which is where bucket b + 1 begins.
        var from = 0;
        for (var b = 0; b < n; b++)
        {
            var to = start[b];
            if (to - from > InsertionSortLimit)
                SortSegment(keys[from..to], order[from..to]);
            else if (to - from > 1)
                InsertionSort(keys[from..to], order[from..to]);
            from = to;
        }
    }

    private static void InsertionSort(Span<double> keys, Span<int> order)
    {
        for (var p = 1; p < keys.Length; p++)
        {
            var key = keys[p];
            var item = order[p];
            var q = p - 1;
            while (q >= 0 && keys[q] < key)
            {
                keys[q + 1] = keys[q];
                order[q + 1] = order[q];
                q--;
            }
            keys[q + 1] = key;
            order[q + 1] = item;
        }
    }

    /// <summary>Introsort by descending key: negate, sort ascending, negate back (negation is exact).</summary>
    private static void SortSegment(Span<double> keys, Span<int> order)
    {
        for (var p = 0; p < keys.Length; p++)
            keys[p] = -keys[p];
        keys.Sort(order);
        for (var p = 0; p < keys.Length; p++)
            keys[p] = -keys[p];
    }
}
