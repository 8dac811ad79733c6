namespace Kortlaegning.Domain.Indicators;

/// <summary>Lower and upper confidence limits, in the same scale as the value they belong to (e.g. percent).</summary>
public readonly record struct ConfidenceInterval(double Lower, double Upper)
{
    /// <summary>True when <paramref name="value"/> lies inside the interval, limits included.</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
