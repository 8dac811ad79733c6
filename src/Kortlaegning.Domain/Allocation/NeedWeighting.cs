namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// Need weighting of demand by a parish ranking (docs/allocation.md, "Need weighting"): factor 1 + q per parish, where
/// q = (n − rank) / (n − 1) is the parish's percentile rank among the n parishes the ranking scores (competition ranks,
/// rank 1 = most need → q = 1, least need → q = 0; ties share q; a single scored parish gets q = 0). Unscored parishes and
/// points outside every parish keep factor 1. Monotone in need and within [1, 2], so weights stay positive and the
/// population still dominates.
/// </summary>
public static class NeedWeighting
{
    /// <summary>Factor per parish code from the competition rank of each scored parish.</summary>
    public static IReadOnlyDictionary<string, double> Factors(IReadOnlyDictionary<string, int> ranks)
    {
        ArgumentNullException.ThrowIfNull(ranks);
        int n = ranks.Count;
        return ranks.ToDictionary(kv => kv.Key, kv => 1 + (n > 1 ? (double)(n - kv.Value) / (n - 1) : 0), StringComparer.Ordinal);
    }

    /// <summary><paramref name="weight"/> times the factor of <paramref name="parish"/> (1 when it has none).</summary>
    public static double Apply(double weight, string? parish, IReadOnlyDictionary<string, double> factors) =>
        weight * (parish is { } code && factors.TryGetValue(code, out var f) ? f : 1);
}
