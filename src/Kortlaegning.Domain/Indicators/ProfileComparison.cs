namespace Kortlaegning.Domain.Indicators;

/// <summary>
/// The area profile's comparison of an area's value with its municipality's or Denmark's for the same period (OHID/PHE
/// Fingertips "spine chart"): <see cref="Comparison"/> on the 95 % interval — the one given with the value, else a
/// Wilson score interval from its numerator and denominator in the unit's scale (percent ×100, per 1,000 ×1,000). A value
/// in a unit that is not a rate (counts, years) without an interval of its own has nothing to judge by: not compared.
/// </summary>
public static class ProfileComparison
{
    public static ComparisonOutcome Compare(IndicatorValue area, double? comparator, Polarity polarity, string unit)
    {
        ArgumentNullException.ThrowIfNull(area);
        if (comparator is null || area.Value is null) return ComparisonOutcome.NotCompared;
        var multiplier = Units.RateMultiplier(unit);
        if (area.Interval is null && multiplier is null) return ComparisonOutcome.NotCompared;
        return Comparison.Compare(area, comparator, polarity, WilsonInterval.Z95, multiplier ?? 100);
    }
}
