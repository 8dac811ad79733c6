using NetTopologySuite.Geometries;

namespace Kortlaegning.Domain.Indicators;

/// <summary>
/// One population grid cell (e.g. the 1 km Census grid) as an EPSG:25832 polygon, its population, and the indicator
/// value of the area the cell is allocated to (its parish or municipality rate; null if that area has none).
/// </summary>
public sealed record GridCell(Polygon Geometry, double Population, double? AreaValue);
