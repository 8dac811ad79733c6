using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Domain.Ranking;

/// <summary>
/// One indicator in the composite index: its code, its relative weight and its polarity.
/// Mirrors an element of the request's <c>indicators</c> array; the API adds the catalogue's polarity.
/// </summary>
/// <param name="Code">Indicator code; unique within a request.</param>
/// <param name="Weight">Relative weight, finite and &gt; 0. Weights are normalised to sum to 1.</param>
/// <param name="CataloguePolarity">The indicator's polarity from the catalogue.</param>
/// <param name="Polarity">The request's override (<c>"polarity"</c>), or null to use <paramref name="CataloguePolarity"/>.</param>
public sealed record RankingIndicator(string Code, double Weight, Polarity CataloguePolarity, Polarity? Polarity = null)
{
    /// <summary>The polarity the engine uses: the override if given, otherwise the catalogue's.</summary>
    public Polarity EffectivePolarity => Polarity ?? CataloguePolarity;
}
