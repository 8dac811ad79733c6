namespace Kortlaegning.Domain.Followup;

/// <summary>A month of the chart: its first day and the count (null = withheld).</summary>
public sealed record MonthFigure(DateOnly Month, long? Count);
