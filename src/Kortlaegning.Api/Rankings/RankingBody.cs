namespace Kortlaegning.Api.Rankings;

/// <summary>
/// The body of POST /api/rankings (and of a saved preset). Strings rather than enums so that every bad field is
/// answered by name in one 400, not by a JSON binding failure.
/// </summary>
public sealed record RankingBody(
    string? Level,
    RankingScope? Scope,
    string? Period,
    IReadOnlyList<RankingIndicatorBody>? Indicators,
    string? Method,
    string? Missing,
    int? TopN,
    SensitivityBody? Sensitivity);

/// <summary>Which areas: the areas of these municipalities, these area codes, or (both null) every area of the level.</summary>
public sealed record RankingScope(IReadOnlyList<string>? Municipalities, IReadOnlyList<string>? Areas);

/// <summary>An indicator with its weight; polarity overrides the catalogue, period overrides the body's period.</summary>
public sealed record RankingIndicatorBody(string? Code, double? Weight, string? Polarity, string? Period);

public sealed record SensitivityBody(int? Draws, int? Seed);
