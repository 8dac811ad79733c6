using NetTopologySuite.Geometries;

namespace Kortlaegning.Api.Areas;

/// <summary>
/// An area of any level (region, municipality, parish, postcode, housing department, local community, custom).
/// Geometry is stored in EPSG:25832; <see cref="MunicipalityCode"/> is the primary municipality (largest
/// overlap), denormalised from <see cref="AreaParent"/> for fast filtering.
/// </summary>
public sealed class Area
{
    public int Id { get; set; }
    public required string Level { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required MultiPolygon Geometry { get; set; }
    public double AreaKm2 { get; set; }
    public string? MunicipalityCode { get; set; }

    /// <summary>Catalogue id of the dataset the boundary came from, or "upload"/"drawn".</summary>
    public required string Source { get; set; }
    public int? SourceYear { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Row version for If-Match on own levels (<c>"v3"</c>); every write of the area adds one.</summary>
    public int Version { get; set; } = 1;

    /// <summary>
    /// <see cref="Infrastructure.Publication.Published"/> for national data (the column default); own data starts as a
    /// draft that only the owner's planners see (DESIGN.md §1).
    /// </summary>
    public string State { get; set; } = Infrastructure.Publication.Published;
}

/// <summary>A child area's overlap with a parent of another level (e.g. parish in municipality), kept when ≥ 1 %.</summary>
public sealed class AreaParent
{
    public int ChildId { get; set; }
    public int ParentId { get; set; }
    public required string ParentLevel { get; set; }

    /// <summary>Share of the child's area inside the parent, 0–1.</summary>
    public double OverlapFraction { get; set; }

    /// <summary>The parent with the largest overlap for this child and parent level.</summary>
    public bool IsPrimary { get; set; }
}
