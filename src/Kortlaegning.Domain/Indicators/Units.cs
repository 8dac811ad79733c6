namespace Kortlaegning.Domain.Indicators;

/// <summary>
/// Units an indicator can have, and how a rate in that unit is made from a numerator and a denominator
/// (percent = n/d × 100, per 1,000 = n/d × 1,000). Units that are not rates have no multiplier.
/// </summary>
public static class Units
{
    public static readonly IReadOnlyList<string> All = ["percent", "per_1000", "per_100000", "count", "years", "persons_per_km2", "metres", "score", "index"];

    public static bool IsKnown(string unit) => All.Contains(unit);

    /// <summary>The rate multiplier, or null when the unit is not a rate of numerator over denominator.</summary>
    public static double? RateMultiplier(string unit) => unit switch
    {
        "percent" => 100,
        "per_1000" => 1_000,
        "per_100000" => 100_000,
        _ => null,
    };

    /// <summary>The value from counts: a rate for rate units, the numerator itself for counts.</summary>
    public static double? FromCounts(string unit, double? numerator, double? denominator) =>
        unit == "count" ? numerator
        : RateMultiplier(unit) is { } m && numerator is { } n && denominator is > 0 ? n / denominator.Value * m
        : null;
}
