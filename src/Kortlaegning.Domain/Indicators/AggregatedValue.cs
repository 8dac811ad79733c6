namespace Kortlaegning.Domain.Indicators;

/// <summary>A parent area's summed counts and recomputed rate (null when not computable), and its notes.</summary>
public sealed record AggregatedValue(double? Numerator, double? Denominator, double? Rate, ValueNote Note, int Children);
