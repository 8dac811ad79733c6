using NetTopologySuite.Geometries;

namespace Kortlaegning.Api.Facilities;

/// <summary>
/// A local facility: a room, building or place that can host activities or provides services (Odder track 2; Aalborg SØ's
/// missing GP). Geometry is stored in EPSG:25832: a point, or a (multi)polygon for types whose taxonomy entry allows it
/// (green areas). <see cref="Version"/> grows by one on every edit and is the ETag for optimistic concurrency.
/// </summary>
public sealed class Facility
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>A code of <c>data/facility_types.json</c>.</summary>
    public required string Type { get; set; }
    public required Geometry Geometry { get; set; }
    public string? Address { get; set; }

    /// <summary>Organisation or owner (municipality, housing organisation, association …).</summary>
    public string? Organisation { get; set; }

    /// <summary>Persons the facility holds at once; the supply S_j of the 2SFCA score (1 when missing).</summary>
    public int? Capacity { get; set; }

    /// <summary>indoor, outdoor or both.</summary>
    public required string Setting { get; set; }
    public bool? StepFree { get; set; }

    /// <summary>Bookable by external partners: yes, no or on_request; null when unknown.</summary>
    public string? Bookable { get; set; }
    public string? Contact { get; set; }
    public string? OpeningHours { get; set; }
    public string? Notes { get; set; }
    public string[] Tags { get; set; } = [];

    /// <summary>Where the record came from ("upload", a file name, "map" …).</summary>
    public required string Source { get; set; }
    public DateOnly? LastVerified { get; set; }

    /// <summary>May host a local health spot (sundhedspunkt).</summary>
    public bool CandidateSpot { get; set; }

    /// <summary>Made-up demonstration data, labelled wherever it appears.</summary>
    public bool Illustrative { get; set; }

    /// <summary>
    /// The owner: kommunekode of the municipality the facility lies in (its point on surface), derived by the store from
    /// the geometry on every write; null only outside every municipality (then it is national data, DESIGN.md §1).
    /// </summary>
    public string? Municipality { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    /// <summary>
    /// <see cref="Infrastructure.Publication.Published"/> for national data (the column default); own data starts as a
    /// draft that only the owner's planners see (DESIGN.md §1).
    /// </summary>
    public string State { get; set; } = Infrastructure.Publication.Published;
}
