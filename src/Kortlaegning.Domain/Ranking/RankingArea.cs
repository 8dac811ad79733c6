namespace Kortlaegning.Domain.Ranking;

/// <summary>
/// One area in scope with its raw indicator values for the requested period, as resolved by the API.
/// </summary>
/// <param name="Level">Area level, e.g. "sogn" or "kommune"; copied to the result.</param>
/// <param name="Code">Area code, e.g. "0461"; copied to the result and used to order tied areas.</param>
/// <param name="Name">Display name; copied to the result.</param>
/// <param name="Values">
/// Raw value per indicator code, in the indicator's own unit. A code that is absent or maps to null is missing.
/// Codes that are not among the request's indicators are ignored.
/// </param>
/// <param name="Population">Resident population, used for the "small_population" flag; null = unknown (no flag).</param>
/// <param name="Suppressed">
/// Indicator codes whose value was suppressed for disclosure control. A suppressed value is treated as missing
/// even if a number is present, and the area is flagged "suppressed:&lt;code&gt;".
/// </param>
public sealed record RankingArea(
    string Level,
    string Code,
    string Name,
    IReadOnlyDictionary<string, double?> Values,
    int? Population = null,
    IReadOnlyCollection<string>? Suppressed = null);
