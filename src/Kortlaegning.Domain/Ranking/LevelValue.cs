namespace Kortlaegning.Domain.Ranking;

/// <summary>
/// One stored value of an indicator for an area of the ranking's level, as published: disclosure control has already
/// nulled a suppressed value, and <paramref name="Suppressed"/> says that this is why it is missing.
/// </summary>
public sealed record LevelValue(string AreaCode, string Indicator, string Period, double? Value, bool Suppressed = false);
