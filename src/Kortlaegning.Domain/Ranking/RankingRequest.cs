namespace Kortlaegning.Domain.Ranking;

/// <summary>
/// Everything the composite index needs. Mirrors the ranking request body except <c>level</c>, <c>scope</c> and
/// <c>period</c>, which the API resolves into <paramref name="Areas"/>.
/// </summary>
/// <param name="Indicators">Indicators with weights and polarity; at least one, codes unique.</param>
/// <param name="Areas">The areas in scope with their values; at least one.</param>
/// <param name="Method">Normalisation applied to each indicator before weighting.</param>
/// <param name="Missing">Treatment of missing and suppressed values.</param>
/// <param name="TopN">Size of the "top N" used by the sensitivity view's share; at least 1.</param>
/// <param name="Sensitivity">Weight-uncertainty settings; null or 0 draws leaves the sensitivity fields null.</param>
public sealed record RankingRequest(
    IReadOnlyList<RankingIndicator> Indicators,
    IReadOnlyList<RankingArea> Areas,
    RankingMethod Method = RankingMethod.ZScore,
    MissingValuePolicy Missing = MissingValuePolicy.Exclude,
    int TopN = 10,
    SensitivityOptions? Sensitivity = null);
