using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Kortlaegning.Domain.Indicators;

/// <summary>
/// Which grid cells a polygon overlaps, and by how much (square metres, EPSG:25832). Cells are first filtered by
/// envelope, then by a prepared geometry: cells the polygon fully covers take their own area without an
/// intersection (most cells of a large polygon), and only boundary cells pay for an overlay.
/// </summary>
public static class GridOverlap
{
    /// <summary>Pieces of the cells that overlap <paramref name="polygon"/> with positive area; <c>CellIndex</c> indexes <paramref name="cells"/>.</summary>
    public static IReadOnlyList<GridPiece> Pieces(Geometry polygon, IReadOnlyList<GridCell> cells)
    {
        ArgumentNullException.ThrowIfNull(polygon);
        ArgumentNullException.ThrowIfNull(cells);
        if (polygon.IsEmpty || polygon.Dimension != Dimension.Surface)
            throw new ArgumentException("Expected a non-empty polygon or multipolygon.", nameof(polygon));
        if (!polygon.IsValid)
            throw new ArgumentException("The polygon is not valid (self-intersecting?); repair it before estimating.", nameof(polygon));

        var envelope = polygon.EnvelopeInternal;
        var prepared = PreparedGeometryFactory.Prepare(polygon);
        var pieces = new List<GridPiece>();
        for (int i = 0; i < cells.Count; i++)
        {
            var cell = cells[i].Geometry;
            if (!envelope.Intersects(cell.EnvelopeInternal) || !prepared.Intersects(cell)) continue;
            double cellArea = cell.Area;
            double overlap = prepared.Covers(cell) ? cellArea : polygon.Intersection(cell).Area;
            if (overlap <= 0) continue;
            pieces.Add(new GridPiece(i, cells[i].Population, overlap, cellArea, cells[i].AreaValue));
        }
        return pieces;
    }
}
