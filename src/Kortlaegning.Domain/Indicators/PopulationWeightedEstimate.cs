namespace Kortlaegning.Domain.Indicators;

/// <summary>
/// Areal-weighted interpolation through a population grid ("dasymetric" with the grid as ancillary data; Goodchild &amp;
/// Lam 1980, Mennis 2003): for an arbitrary polygon, each grid cell contributes
/// w = cell population × overlap area / cell area. Population inside = Σ w (counts are summed);
/// the indicator estimate = Σ w·v / Σ w over cells whose area value v is known — a population-weighted mean of the
/// surrounding parish/municipality rates, not a measurement inside the polygon.
/// </summary>
public static class PopulationWeightedEstimate
{
    public static PolygonEstimate Estimate(IEnumerable<GridPiece> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        double population = 0, withValue = 0, weightedSum = 0;
        int cells = 0;
        foreach (var piece in pieces)
        {
            double w = piece.PopulationInside;
            population += w;
            cells++;
            if (piece.AreaValue is not { } v || double.IsNaN(v)) continue;
            withValue += w;
            weightedSum += w * v;
        }
        double? mean = withValue > 0 ? weightedSum / withValue : null;
        return new PolygonEstimate(population, mean, withValue, cells);
    }
}
