namespace Kortlaegning.Domain.Indicators;

/// <summary>
/// Estimate for a drawn polygon: population inside, the population-weighted mean of the areas' values (null when no
/// population inside has a value), and how much of the population inside had a value to weight.
/// </summary>
public sealed record PolygonEstimate(double Population, double? WeightedMeanValue, double PopulationWithValue, int Cells)
{
    /// <summary>Share (0–1) of the population inside that the mean rests on; 0 for an empty polygon.</summary>
    public double Coverage => Population > 0 ? PopulationWithValue / Population : 0;
}
