using NetTopologySuite.Geometries;

namespace Kortlaegning.Api.Grid;

/// <summary>
/// A Census 2021 1 km cell (EPSG:3035 lower-left corner in km) with its residents, kept as a polygon in
/// EPSG:25832 for overlays and as demand points for access and location-allocation.
/// </summary>
public sealed class GridCell
{
    public int Id { get; set; }
    public int EKm { get; set; }
    public int NKm { get; set; }
    public int Population { get; set; }
    public required Polygon Geometry { get; set; }
}

/// <summary>A cell's share (0–1) allocated to one area of one level; a cell's shares per level sum to 1.</summary>
public sealed class GridCellArea
{
    public int CellId { get; set; }
    public int AreaId { get; set; }
    public double Share { get; set; }
}
