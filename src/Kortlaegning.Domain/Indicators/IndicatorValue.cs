namespace Kortlaegning.Domain.Indicators;

/// <summary>
/// One area's value of an indicator as it enters a comparison: the value (same scale as the interval),
/// and either its confidence interval or the counts to compute a Wilson interval from.
/// </summary>
public sealed record IndicatorValue(double? Value, ConfidenceInterval? Interval = null, double? Numerator = null, double? Denominator = null);
