namespace Kortlaegning.Domain.Indicators;

/// <summary>The value a grid cell takes for an estimate: that of its dominant area at the finest level with values.</summary>
public sealed record CellAreaValue(string Level, string Period, double? Value);
