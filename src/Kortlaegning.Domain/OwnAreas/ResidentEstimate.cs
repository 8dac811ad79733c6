namespace Kortlaegning.Domain.OwnAreas;

/// <summary>How much of one 1 km grid cell an own area covers: the cell's residents and area, and the overlap (m²).</summary>
public sealed record CellOverlap(string Code, long CellId, double CellResidents, double CellAreaM2, double OverlapM2);

/// <summary>An own area's residents where none were entered: the estimate, how it was apportioned, and a warning if it is weak.</summary>
public sealed record ResidentsEstimate(string Code, int Residents, string Method, string? Warning);

/// <summary>
/// Residents of own areas from the Census 2021 1 km grid when the file gives none (areal weighting, refined by homes):
/// <list type="number">
/// <item>Each cell's residents are taken in proportion to the share of the cell the areas cover:
/// A_c = P_c × min(1, Σ_d o_dc / a_c), o_dc the overlap of area d with cell c and a_c the cell's area.</item>
/// <item>A_c is split among the areas in the cell by their homes in it, h_d × o_dc / a_d (a department straddling two
/// cells splits its homes by area) — dasymetric mapping with homes as the ancillary variable — when every area in
/// the cell states its homes; otherwise by overlap o_dc.</item>
/// </list>
/// An area covering less than <see cref="SmallShare"/> of its cells in total is warned about: areal weighting assumes
/// residents are spread evenly over the cell, which a block of flats in a 1 km² cell of detached houses is not.
/// </summary>
public static class ResidentEstimator
{
    /// <summary>The covered share of a cell's area below which the estimate is flagged as weak.</summary>
    public const double SmallShare = 0.1;

    public static IReadOnlyList<ResidentsEstimate> Estimate(IReadOnlyList<CellOverlap> overlaps, IReadOnlyDictionary<string, int?> homes, IReadOnlyDictionary<string, double> areaM2)
    {
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        var byHomes = new Dictionary<string, bool>(StringComparer.Ordinal);
        var covered = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var cell in overlaps.GroupBy(o => o.CellId))
        {
            var inCell = cell.ToList();
            double cellArea = inCell[0].CellAreaM2, residents = inCell[0].CellResidents;
            if (cellArea <= 0) continue;
            double attributable = residents * Math.Min(1, inCell.Sum(o => o.OverlapM2) / cellArea);
            bool useHomes = inCell.All(o => homes.GetValueOrDefault(o.Code) is > 0 && areaM2.GetValueOrDefault(o.Code) > 0);
            double Weight(CellOverlap o) => useHomes ? homes[o.Code]!.Value * o.OverlapM2 / areaM2[o.Code] : o.OverlapM2;
            double sum = inCell.Sum(Weight);
            foreach (var o in inCell)
            {
                totals[o.Code] = totals.GetValueOrDefault(o.Code) + (sum > 0 ? attributable * Weight(o) / sum : 0);
                byHomes[o.Code] = byHomes.GetValueOrDefault(o.Code, true) && useHomes;
                covered[o.Code] = covered.GetValueOrDefault(o.Code) + o.OverlapM2 / cellArea;
            }
        }
        return totals.Keys.Order(StringComparer.Ordinal).Select(code =>
        {
            int cells = overlaps.Count(o => o.Code == code);
            double share = covered[code] / Math.Max(1, cells);
            string? warning = share < SmallShare
                ? $"covers {share:P1} of its grid cell(s) on average: the grid estimate assumes residents spread evenly over each 1 km cell; enter residents if known"
                : null;
            return new ResidentsEstimate(code, (int)Math.Round(totals[code], MidpointRounding.AwayFromZero), byHomes[code] ? "grid, apportioned by homes" : "grid, by area", warning);
        }).ToList();
    }
}
