namespace Kortlaegning.Domain.Indicators;

/// <summary>
/// Compares an area with a comparator by whether the area's confidence interval excludes the comparator value
/// (OHID/PHE Fingertips "Comparisons" technical guidance: 95 % or 99.8 % intervals, comparator treated as exact).
/// The polarity then names the direction: better/worse, or higher/lower for indicators with no judgement.
/// An interval touching the comparator counts as including it (Similar).
/// </summary>
public static class Comparison
{
    /// <summary>
    /// Outcome for <paramref name="area"/> against <paramref name="comparator"/>. Without an interval, a Wilson interval
    /// is computed from the area's numerator/denominator at <paramref name="z"/>, scaled by <paramref name="multiplier"/>
    /// (which must match the scale of the value); without those either, the area is not compared.
    /// </summary>
    public static ComparisonOutcome Compare(IndicatorValue area, double? comparator, Polarity polarity, double z = WilsonInterval.Z95, double multiplier = 100)
    {
        ArgumentNullException.ThrowIfNull(area);
        if (area.Value is not { } value || double.IsNaN(value) || comparator is not { } c || double.IsNaN(c))
            return ComparisonOutcome.NotCompared;

        var interval = area.Interval ?? WilsonInterval.TryCompute(area.Numerator, area.Denominator, z, multiplier);
        if (interval is not { } ci)
            return ComparisonOutcome.NotCompared;

        if (ci.Contains(c))
            return ComparisonOutcome.Similar;
        bool higher = ci.Lower > c;
        return polarity switch
        {
            Polarity.HighIsGood => higher ? ComparisonOutcome.Better : ComparisonOutcome.Worse,
            Polarity.LowIsGood => higher ? ComparisonOutcome.Worse : ComparisonOutcome.Better,
            _ => higher ? ComparisonOutcome.Higher : ComparisonOutcome.Lower,
        };
    }
}
