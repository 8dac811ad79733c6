using System.Text.Json.Serialization;

namespace Kortlaegning.Domain.Ranking;

/// <summary>What the composite index does with an indicator value that is missing or suppressed for an area.</summary>
public enum MissingValuePolicy
{
    /// <summary>
    /// Score the area over the indicators it has, re-normalising the weights over those; an area with none is
    /// unranked (score and rank null) and listed last.
    /// </summary>
    [JsonStringEnumMemberName("exclude")]
    Exclude,

    /// <summary>
    /// Replace the value by that indicator's median over the areas in scope (raw values, before normalisation);
    /// the indicator is still listed in the area's missing indicators.
    /// </summary>
    [JsonStringEnumMemberName("median")]
    Median,
}
