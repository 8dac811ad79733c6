namespace Kortlaegning.Domain.Ranking;

/// <summary>
/// Standard competition ranking ("1224"): descending score, tied scores share the best rank and the next distinct
/// score skips the tied places, so a rank always says "this many areas have strictly more need, plus one".
/// </summary>
internal static class CompetitionRanking
{
    /// <summary>
    /// Writes the rank of <c>scores[j]</c> into <c>ranks[j]</c>. <paramref name="keys"/> and <paramref name="order"/>
    /// are caller-owned scratch buffers of the same length, so the sensitivity loop allocates nothing per draw.
    /// </summary>
    public static void Rank(ReadOnlySpan<double> scores, Span<double> keys, Span<int> order, Span<int> ranks)
    {
        var n = scores.Length;
        for (var j = 0; j < n; j++)
        {
            // Sorting −score ascending is sorting score descending without a custom comparer (keeps the fast path).
            keys[j] = -scores[j];
            order[j] = j;
        }
        keys[..n].Sort(order[..n]);
        for (var p = 0; p < n; p++)
            ranks[order[p]] = p > 0 && keys[p] == keys[p - 1] ? ranks[order[p - 1]] : p + 1;
    }

    /// <summary>
    /// Quintile by rank position: 5 − ⌊5 · (rank − 1) / M⌋ for M ranked areas, so quintile 5 holds the fifth in most
    /// need and tied areas share a quintile.
    /// </summary>
    public static int Quintile(int rank, int rankedCount) => 5 - 5 * (rank - 1) / rankedCount;
}
