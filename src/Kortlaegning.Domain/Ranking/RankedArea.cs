namespace Kortlaegning.Domain.Ranking;

/// <summary>One area in the ranking result. A higher score always means more need; rank 1 is the most need.</summary>
/// <param name="Level">Area level, as given.</param>
/// <param name="Code">Area code, as given.</param>
/// <param name="Name">Area name, as given.</param>
/// <param name="Score">Σ wᵢ·xᵢ / Σ wᵢ over the indicators present; null when no indicator is present.</param>
/// <param name="Rank">Competition rank (1, 2, 2, 4) by descending score; null when unscored.</param>
/// <param name="Quintile">5 − ⌊5·(rank − 1) / M⌋ with M ranked areas: 5 = highest need; null when unscored.</param>
/// <param name="Contributions">wᵢ·xᵢ / Σ wᵢ per indicator present (or imputed); they sum to <paramref name="Score"/>.</param>
/// <param name="MissingIndicators">Indicator codes that were missing or suppressed (also when imputed by the median).</param>
/// <param name="Flags">"p90:&lt;code&gt;", "suppressed:&lt;code&gt;" and "small_population", in that order.</param>
/// <param name="RankInterval">[5th, 95th] percentile of the area's rank over the weight draws; null without sensitivity.</param>
/// <param name="TopNShare">Share of weight draws (0–1) in which the area ranks within the top N; null without sensitivity.</param>
public sealed record RankedArea(
    string Level,
    string Code,
    string Name,
    double? Score,
    int? Rank,
    int? Quintile,
    IReadOnlyDictionary<string, double> Contributions,
    IReadOnlyList<string> MissingIndicators,
    IReadOnlyList<string> Flags,
    IReadOnlyList<int>? RankInterval,
    double? TopNShare);
