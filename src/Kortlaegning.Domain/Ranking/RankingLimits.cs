namespace Kortlaegning.Domain.Ranking;

/// <summary>The limits of a ranking request, checked by the engine and quoted by the API.</summary>
public static class RankingLimits
{
    /// <summary>Upper bound on weight-sensitivity draws: 100,000 × 2,148 areas of ranks is already ~860 MB of int ranks.</summary>
    public const int MaxDraws = 100_000;
}
