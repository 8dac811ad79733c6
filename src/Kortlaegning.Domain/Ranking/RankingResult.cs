namespace Kortlaegning.Domain.Ranking;

/// <summary>The composite index for every area in scope, with the settings that produced it.</summary>
/// <param name="Areas">Ranked areas by rank (ties by code), then unscored areas by code.</param>
/// <param name="Method">The normalisation used.</param>
/// <param name="Weights">Normalised weights per indicator code, in request order, summing to 1.</param>
/// <param name="N">Number of areas in scope (ranked and unranked).</param>
/// <param name="Notes">Plain-language notes on choices the engine made (polarity assumptions, imputation, unranked areas).</param>
public sealed record RankingResult(
    IReadOnlyList<RankedArea> Areas,
    RankingMethod Method,
    IReadOnlyDictionary<string, double> Weights,
    int N,
    IReadOnlyList<string> Notes);
