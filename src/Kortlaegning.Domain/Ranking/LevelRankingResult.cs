namespace Kortlaegning.Domain.Ranking;

/// <summary>
/// The composite index of <see cref="LevelRanking"/>: the period used per indicator, the engine's result, each area's
/// values of the chosen indicators (by area code, then indicator code) and the notes, including one when the
/// indicators come from different periods.
/// </summary>
public sealed record LevelRankingResult(
    IReadOnlyDictionary<string, string> Periods,
    RankingResult Result,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double?>> Values,
    IReadOnlyList<string> Notes);
