using System.Text.Json.Serialization;

namespace Kortlaegning.Domain.Ranking;

/// <summary>
/// How each indicator's need-oriented values are put on a common scale before weighting.
/// The JSON names are the ones the ranking request uses ("zscore", "percentile", "minmax", "rank_exponential").
/// Formulas: docs/ranking.md.
/// </summary>
public enum RankingMethod
{
    /// <summary>(x − mean) / population standard deviation over the areas in scope; sd = 0 gives 0 for every area.</summary>
    [JsonStringEnumMemberName("zscore")]
    ZScore,

    /// <summary>(rank − 1) / (N − 1), ranks ascending in need with average ranks for ties (CDC/ATSDR SVI); N = 1 gives 0.5.</summary>
    [JsonStringEnumMemberName("percentile")]
    Percentile,

    /// <summary>(x − min) / (max − min) onto 0–1; max = min gives 0.5.</summary>
    [JsonStringEnumMemberName("minmax")]
    MinMax,

    /// <summary>
    /// The English Indices of Deprivation exponential transform: R = rank / N (ascending in need, so R is in (0, 1]),
    /// X = −23 · ln(1 − R · (1 − e^(−100/23))), giving 0–100 with roughly the 10 % in most need stretched over 50–100.
    /// </summary>
    [JsonStringEnumMemberName("rank_exponential")]
    RankExponential,
}
