namespace Kortlaegning.Domain.Indicators;

/// <summary>A count recorded at one position of an ordered series (e.g. the participants registered on one day).</summary>
public sealed record SeriesCount(int Position, long Count);
