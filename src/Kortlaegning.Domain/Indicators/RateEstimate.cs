namespace Kortlaegning.Domain.Indicators;

/// <summary>
/// A rate estimated for a polygon: the population-weighted mean (<see cref="PopulationWeightedEstimate"/>), the share of
/// the polygon's residents whose cell had a value (rounded to 4 decimals), and the level and period that most cells'
/// values came from.
/// </summary>
public sealed record RateEstimate(double? Value, double Coverage, string? SourceLevel, string? Period)
{
    /// <summary>
    /// Estimate from the polygon's <paramref name="pieces"/> (cell id, piece) and the values of those cells by cell id;
    /// a cell without a value counts towards the population but not towards the mean.
    /// </summary>
    public static RateEstimate For(IReadOnlyList<(int CellId, GridPiece Piece)> pieces, IReadOnlyDictionary<int, CellAreaValue> byCell)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        ArgumentNullException.ThrowIfNull(byCell);
        var result = PopulationWeightedEstimate.Estimate(pieces.Select(p => p.Piece with { AreaValue = byCell.TryGetValue(p.CellId, out var v) ? v.Value : null }));
        var used = byCell.Values.GroupBy(v => (v.Level, v.Period)).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        return new RateEstimate(result.WeightedMeanValue, Math.Round(result.Coverage, 4), used?.Level, used?.Period);
    }
}
