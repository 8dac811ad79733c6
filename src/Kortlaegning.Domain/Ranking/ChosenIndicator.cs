using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Domain.Ranking;

/// <summary>
/// An indicator as the ranking request chose it: weight, the catalogue's polarity and an optional override, an optional
/// period (else the request's, else the latest at the level), and the levels that hold values (for the error message
/// when the chosen level has none).
/// </summary>
public sealed record ChosenIndicator(
    string Code, double Weight, Polarity CataloguePolarity, Polarity? Polarity = null, string? Period = null, IReadOnlyList<string>? LevelsWithValues = null);
