namespace Kortlaegning.Domain.Ranking;

/// <summary>
/// A ranking of the areas of one level, resolved against the data loaded: the areas in scope (code, name), every
/// published value of the chosen indicators and of the population indicators at that level, all periods.
/// </summary>
public sealed record LevelRankingInput(
    string Level,
    IReadOnlyList<(string Code, string Name)> Areas,
    IReadOnlyList<LevelValue> Values,
    IReadOnlyList<ChosenIndicator> Indicators,
    string? Period = null,
    RankingMethod Method = RankingMethod.ZScore,
    MissingValuePolicy Missing = MissingValuePolicy.Exclude,
    int TopN = 10,
    SensitivityOptions? Sensitivity = null);
