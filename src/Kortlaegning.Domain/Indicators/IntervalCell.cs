namespace Kortlaegning.Domain.Indicators;

/// <summary>
/// A published total over a stretch of an ordered series: the counts at positions <c>From ≤ p &lt; To</c> (half-open),
/// for instance the registrations of a month, a quarter, a year or a year to date, with positions as day numbers.
/// </summary>
public sealed record IntervalCell(string Id, int From, int To);
